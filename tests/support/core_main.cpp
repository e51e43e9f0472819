// SPDX-License-Identifier: GPL-3.0-or-later
// Core tests run with a QCoreApplication only: no widgets, no GUI.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DispatchDeskTests"));
    QLocale::setDefault(QLocale(QLocale::English));
    return Catch::Session().run(argc, argv);
}
