// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dispatch {

/// Rows of `meta`: the store's settings by key (centre name, time zone, shift pattern, …).
class MetaRepository
{
public:
    /// The value of a key, or `fallback` when it is not set.
    static QString value(const QSqlDatabase& db, const QString& key, const QString& fallback = {});
    /// Sets a key's value; call inside a transaction.
    static void set(const QSqlDatabase& db, const QString& key, const QString& value);
};

} // namespace dispatch
