// SPDX-License-Identifier: GPL-3.0-or-later
// DispatchService: the one sweep of every deadline (incident clocks and the follow-up kinds), run from the tick.
#include "service/DispatchService.h"
#include "service/DispatchServicePerform.h"

#include "clocks/IncidentClock.h"
#include "followup/FollowUpKind.h"
#include "service/ClockRules.h"
#include "store/AssignmentRepository.h"

namespace dispatch {

Result<QList<ClockBreach>> DispatchService::sweepClocks()
{
    bool due = false;
    try {
        const QSqlDatabase& db = m_db.connection();
        const qint64 now = m_clock.nowMs();
        due = !ClockRepository::dueBreaches(db, now).isEmpty() || !AssignmentRepository::dueSignForBreaches(db, now).isEmpty();
        for (const FollowUpKind* kind : FollowUpKinds::all())
            due = due || kind->hasDue(db, now);
    } catch (const DispatchError& e) {
        Q_EMIT storeReadFailed(e.error());
        return e.error();
    }
    if (!due)
        return QList<ClockBreach>{};
    QList<QPair<Entity, QList<qint64>>> overdue;
    auto r = perform<QList<ClockBreach>>([&](CommandContext& ctx) {
        overdue.clear();
        for (const FollowUpKind* kind : FollowUpKinds::all())
            if (QList<qint64> ids = kind->sweep(ctx); !ids.isEmpty())
                overdue.append({kind->entity(), ids});
        return ClockRules::sweep(ctx);
    });
    if (!r)
        return r;
    if (!r->isEmpty())
        Q_EMIT clocksBreached(*r);
    for (const auto& [kind, ids] : std::as_const(overdue))
        Q_EMIT followUpOverdue(kind, ids);
    return r;
}

} // namespace dispatch
