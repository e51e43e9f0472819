// SPDX-License-Identifier: GPL-3.0-or-later
// Callbacks (回访) of closed incidents, and the rectifications (整改) an unsatisfied caller opens.
#include "followup/FollowUpKind.h"
#include "followup/FollowUpKinds.h"

#include "clocks/ResponsePolicy.h"
#include "domain/EventKinds.h"
#include "handover/CarriedList.h"
#include "service/CallbackCommands.h"
#include "service/OwedItems.h"
#include "store/CallbackRepository.h"
#include "store/HandoverQueries.h"

#include <QCoreApplication>

namespace dispatch {

namespace {

class CallbackKind final : public FollowUpKind
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::CallbackKind)

public:
    Entity entity() const override { return Entity::Callback; }
    QString code() const override { return QStringLiteral("callback"); }
    QString label() const override { return tr("Callback"); }
    bool hasDue(const QSqlDatabase& db, qint64 nowMs) const override
    {
        return !CallbackRepository::dueOverdue(db, nowMs).isEmpty();
    }
    QList<qint64> sweep(CommandContext& ctx) const override { return CallbackCommands::sweepOverdueCallbacks(ctx); }

    void owed(OwedList& out) const override
    {
        for (const Callback& c : CallbackRepository::open(out.db())) {
            const Incident& i = out.incident(c.incidentId);
            out.add({code(), label(), entity(), c.id, c.incidentId, {},
                     tr("%1 (%2 tries so far)").arg(i.callerPhone.isEmpty() ? tr("no phone") : i.callerPhone).arg(c.attempts),
                     tr("the centre (callbacks)"), c.dueMs - out.policy().callbackDueMs(), c.dueMs});
        }
    }

    void carried(CarriedList& out) const override
    {
        for (const HandoverQueries::CallbackRow& c : HandoverQueries::callbacksNotDoneAt(out.db(), out.asOf())) {
            if (!c.openedMs || c.openedMs >= out.asOf())
                continue;
            const int tries = out.eventsBefore(QStringLiteral("callback"), c.id, events::kCallbackNotReached);
            out.add({code(), c.id, c.incidentId, {},
                     HandoverReport::tr("%1 · %2 (%3 tries)").arg(c.callerPhone, c.summary).arg(tries),
                     QStringLiteral("due"), HandoverReport::tr("the centre (callbacks)"), c.openedMs, c.dueMs});
        }
    }
};

class RectificationKind final : public FollowUpKind
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::RectificationKind)

public:
    Entity entity() const override { return Entity::Rectification; }
    QString code() const override { return QStringLiteral("rectification"); }
    QString label() const override { return tr("Rectification"); }
    bool hasDue(const QSqlDatabase& db, qint64 nowMs) const override
    {
        return !CallbackRepository::rectificationsOverdue(db, nowMs).isEmpty();
    }
    QList<qint64> sweep(CommandContext& ctx) const override
    {
        return CallbackCommands::sweepOverdueRectifications(ctx);
    }

    void owed(OwedList& out) const override
    {
        for (const Rectification& r : CallbackRepository::openRectifications(out.db()))
            out.add({code(), label(), entity(), r.id, r.incidentId, {}, r.issue,
                     r.unitId ? out.callsign(r.unitId) : tr("the centre"), r.createdAtMs, r.deadlineMs});
    }

    void carried(CarriedList& out) const override
    {
        for (const HandoverQueries::OpenItem& i : HandoverQueries::rectificationsOpenAt(out.db(), out.asOf()))
            out.add({code(), i.id, i.incidentId, {}, i.text, QStringLiteral("open"),
                     i.ownerId ? out.callsign(i.ownerId) : HandoverReport::tr("the centre"), i.sinceMs, i.deadlineMs});
    }
};

} // namespace

const FollowUpKind& followup::callbacks()
{
    static const CallbackKind kind;
    return kind;
}

const FollowUpKind& followup::rectifications()
{
    static const RectificationKind kind;
    return kind;
}

} // namespace dispatch
