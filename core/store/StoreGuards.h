// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dispatch {

/// A guard of the store found missing, switched off or rewritten.
struct GuardFinding
{
    QString trigger;  ///< its name (on a server also "dispatch_refuse", the function the triggers call)
    QString problem;  ///< "missing", "disabled" or "altered"

    QString toString() const;
};

/// The triggers that guard the store: the log refuses UPDATE, DELETE (and on a server TRUNCATE), an accepted
/// handover refuses change and deletion, and (on SQLite) the position index follows the incidents. Someone with
/// write access to the file or the server's rights can drop, disable or rewrite them; the hash chain still catches
/// an edited event, but nothing would stop the next one. check() compares each with its current definition (on
/// SQLite the exact text a new store is made with, read from a store built in memory); restore() makes them so
/// again. A desk restores them when it opens the store and records that it did (event store.guards_restored);
/// `dispatchctl check` reports what it finds without changing anything.
class StoreGuards
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::StoreGuards)

public:
    static QList<GuardFinding> check(const QSqlDatabase& db);
    /// Re-creates what check() finds, inside the caller's transaction; returns what it mended.
    static QList<GuardFinding> restore(const QSqlDatabase& db);
    /// How many guards a store of this backend has.
    static int count(const QSqlDatabase& db);
};

} // namespace dispatch
