// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerEntry.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// Rows of the `ledger_entries`, `ledger_marks` and `ledger_actions` tables; entries are read with their mark
/// and action counts, the kinds of their marks and their latest action.
class LedgerRepository
{
public:
    static qint64 insert(const QSqlDatabase& db, const LedgerEntry& e);
    /// Owner, closure and the overdue stamp (the place and class never change).
    static void update(const QSqlDatabase& db, const LedgerEntry& e);
    static std::optional<LedgerEntry> find(const QSqlDatabase& db, qint64 id);
    /// Open entries, earliest deadline first.
    static QList<LedgerEntry> open(const QSqlDatabase& db);
    /// Open entries of a class that may be at a place, with only their place (id, class, address, position), the
    /// latest first: those of the same address (when it is not empty) or within geo::boxAround(position,
    /// radiusMetres) — what attaching a repeat mark compares against, without reading every open entry
    /// of the class or counting their marks.
    static QList<LedgerEntry> openPlacesOfClass(const QSqlDatabase& db, const QString& cls, const QString& address,
                                                const std::optional<GeoPoint>& position, double radiusMetres);
    static QList<LedgerEntry> dueOverdue(const QSqlDatabase& db, qint64 nowMs);
    /// For the weekly bulletin: opened in [from, to); closed in [from, to); open at `atMs` (opened before, not
    /// closed before).
    static QList<LedgerEntry> openedBetween(const QSqlDatabase& db, qint64 fromMs, qint64 toMs);
    static QList<LedgerEntry> closedBetween(const QSqlDatabase& db, qint64 fromMs, qint64 toMs);
    static QList<LedgerEntry> openAt(const QSqlDatabase& db, qint64 atMs);
    /// The entry a repeat mark went to, if any.
    static std::optional<qint64> entryOfMark(const QSqlDatabase& db, qint64 markId);
    static int marksBetween(const QSqlDatabase& db, qint64 entryId, qint64 fromMs, qint64 toMs);

    static void insertMark(const QSqlDatabase& db, qint64 entryId, qint64 markId, qint64 incidentId, const QString& mark,
                           qint64 atMs);
    /// The incidents of an entry, oldest mark first (an incident marked twice appears once).
    static QList<qint64> incidents(const QSqlDatabase& db, qint64 entryId);
    static qint64 insertAction(const QSqlDatabase& db, const LedgerAction& a);
    /// Oldest first.
    static QList<LedgerAction> actions(const QSqlDatabase& db, qint64 entryId);
};

} // namespace dispatch
