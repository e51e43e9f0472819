// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/EidoTypes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dispatch {

const EidoTypes& EidoTypes::instance()
{
    static const EidoTypes types = [] {
        EidoTypes t;
        QFile f(QStringLiteral(":/dispatch/interchange/eido-incident-types.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the built-in EIDO incident types resource is missing");
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject out = root.value(QStringLiteral("export")).toObject();
        for (auto it = out.begin(); it != out.end(); ++it)
            t.m_export.insert(it.key(), it.value().toString());
        const QJsonObject in = root.value(QStringLiteral("import")).toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            for (const QJsonValue& v : it.value().toArray())
                t.m_import.insert(v.toString(), it.key());
        if (t.m_export.isEmpty() || t.m_import.isEmpty())
            qFatal("the built-in EIDO incident types resource is invalid");
        return t;
    }();
    return types;
}

QString EidoTypes::exportType(const QString& category) const
{
    return m_export.value(category, QStringLiteral("TROUBLE"));
}

QString EidoTypes::importCategory(const QString& registryValue) const
{
    return m_import.value(registryValue.trimmed().toUpper());
}

} // namespace dispatch
