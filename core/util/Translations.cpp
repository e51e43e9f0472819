// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dispatch {

QStringList Translations::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Translations::systemLanguage()
{
    for (const QString& ui : QLocale::system().uiLanguages()) {
        if (ui.startsWith(QStringLiteral("zh")))
            return QStringLiteral("zh_CN");
        if (ui.startsWith(QStringLiteral("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Translations::currentLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Translations::install(const QString& requested)
{
    const QString lang = requested.isEmpty() ? systemLanguage() : requested;
    if (!available().contains(lang))
        return {};
    QLocale::setDefault(QLocale(lang));
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/dispatch_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace dispatch
