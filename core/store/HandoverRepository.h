// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handover/Handover.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// Rows of `handovers`, `handover_reviews` and `shift_roster`.
class HandoverRepository
{
public:
    static qint64 insert(const QSqlDatabase& db, const Handover& h);
    static void update(const QSqlDatabase& db, const Handover& h);
    static std::optional<Handover> find(const QSqlDatabase& db, qint64 id);
    static std::optional<Handover> forShift(const QSqlDatabase& db, qint64 shiftStartMs);
    /// Newest shift first; `text` (if not empty) must occur in the content or a signer's name; [fromMs, toMs) on
    /// the shift's start when given.
    static QList<Handover> list(const QSqlDatabase& db, const QString& text = {}, qint64 fromMs = 0, qint64 toMs = 0);
    /// Every accepted handover (for the store check).
    static QList<Handover> accepted(const QSqlDatabase& db);

    static void insertReview(const QSqlDatabase& db, const HandoverReview& r);
    static QList<HandoverReview> reviews(const QSqlDatabase& db, qint64 handoverId);

    static void setRoster(const QSqlDatabase& db, qint64 shiftStartMs, qint64 shiftEndMs, const QString& shiftName,
                          const QList<RosterEntry>& entries);
    static QList<RosterEntry> roster(const QSqlDatabase& db, qint64 shiftStartMs);
};

} // namespace dispatch
