// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace dispatch {

/// The desk's categories against the EIDO "Incident Type - Common" registry, read from
/// resources/interchange/eido-incident-types.json (data: a centre may change it).
class EidoTypes
{
public:
    static const EidoTypes& instance();

    /// The registry value written for a category; "TROUBLE" (unknown trouble) for an untriaged or unlisted one.
    QString exportType(const QString& category) const;
    /// The category a registry value stands for; empty when none.
    QString importCategory(const QString& registryValue) const;

private:
    QHash<QString, QString> m_export;
    QHash<QString, QString> m_import;
};

} // namespace dispatch
