// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Transfer.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// Rows of the `transfers` table.
class TransferRepository
{
public:
    static qint64 insert(const QSqlDatabase& db, const Transfer& t);
    static void update(const QSqlDatabase& db, const Transfer& t);
    static std::optional<Transfer> find(const QSqlDatabase& db, qint64 id);
    static std::optional<Transfer> openForIncident(const QSqlDatabase& db, qint64 incidentId);
    /// Every transfer of an incident, oldest first.
    static QList<Transfer> forIncident(const QSqlDatabase& db, qint64 incidentId);
    /// The transfers not yet signed for, earliest deadline first.
    static QList<Transfer> open(const QSqlDatabase& db);
    /// Signed for in [fromMs, toMs), latest first.
    static QList<Transfer> acceptedBetween(const QSqlDatabase& db, qint64 fromMs, qint64 toMs);
    /// Open transfers past their deadline whose miss has not been recorded yet.
    static QList<Transfer> dueOverdue(const QSqlDatabase& db, qint64 nowMs);
};

} // namespace dispatch
