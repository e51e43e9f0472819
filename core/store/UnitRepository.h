// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Unit.h"

#include <QHash>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// Rows of the `units` table.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::UnitRepository)

public:
    static qint64 insert(const QSqlDatabase& db, const Unit& unit);
    /// Writes the unit's row if it is still at the row version read (the version then goes up by one, in the store
    /// and in `unit`); refused with a DispatchError when another writer changed it in between. A position fix
    /// (setPosition) leaves the version as it is.
    static void update(const QSqlDatabase& db, Unit& unit);
    /// find()'s statement, which binds the id (a read sent ahead, see Transaction::commitReadingVersion()).
    static const QString& findStatement();
    static std::optional<Unit> find(const QSqlDatabase& db, qint64 id);
    static std::optional<Unit> findByCallsign(const QSqlDatabase& db, const QString& callsign);
    static QList<Unit> all(const QSqlDatabase& db);
    /// Each unit's last fix time (0: never fixed): how a desk notices the positions other desks stored.
    static QHash<qint64, qint64> fixTimes(const QSqlDatabase& db);
    static int count(const QSqlDatabase& db);
    /// Stores a position fix unless the stored one is newer. Returns whether it was stored.
    static bool setPosition(const QSqlDatabase& db, qint64 id, const GeoPoint& position, qint64 fixAtMs);
    /// Fixes the stored positions of `ids` again at `fixAtMs` (units standing still), in one statement; units
    /// without a position or with a newer fix are left alone. Returns the ids whose fix moved.
    static QList<qint64> confirmFixes(const QSqlDatabase& db, const QList<qint64>& ids, qint64 fixAtMs);
};

} // namespace dispatch
