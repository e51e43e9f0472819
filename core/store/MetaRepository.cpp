// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MetaRepository.h"

#include "store/Sql.h"

namespace dispatch {

QString MetaRepository::value(const QSqlDatabase& db, const QString& key, const QString& fallback)
{
    const QVariant v = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return v.isValid() ? v.toString() : fallback;
}

void MetaRepository::set(const QSqlDatabase& db, const QString& key, const QString& value)
{
    sql::run(db,
             QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
             {key, value});
}

} // namespace dispatch
