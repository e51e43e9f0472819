// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace dispatch {

/// Installs the translators for the session language: the project's own (embedded) and Qt's (from the
/// system's qt6-translations-l10n). An empty request follows the system locale.
class Translations
{
public:
    static QStringList available(); ///< {"zh_CN", "en"}
    /// Returns the language chosen, or an empty string if the request names no available language.
    static QString install(const QString& requested);
    /// The language the system locale asks for, among the available ones (English otherwise).
    static QString systemLanguage();
    /// The language of the default locale now ("zh_CN" or "en"): the one install() chose.
    static QString currentLanguage();
};

} // namespace dispatch
