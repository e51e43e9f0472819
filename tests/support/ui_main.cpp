// SPDX-License-Identifier: GPL-3.0-or-later
// UI tests drive real widgets headless: the offscreen platform is forced before QApplication starts.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings and data folders go to a test location
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DispatchDeskTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    QLocale::setDefault(QLocale(QLocale::English));
    return Catch::Session().run(argc, argv);
}
