// SPDX-License-Identifier: GPL-3.0-or-later
// Abandoned calls (回拨): a call that rang and was not answered is a possible emergency, owed a call back within the
// policy's `abandoned_call_back_seconds` (see PhoneCommands).
#include "followup/FollowUpKind.h"
#include "followup/FollowUpKinds.h"

#include "clocks/ResponsePolicy.h"
#include "domain/EventKinds.h"
#include "handover/CarriedList.h"
#include "service/OwedItems.h"
#include "service/PhoneCommands.h"
#include "store/CallRepository.h"

#include <QCoreApplication>

namespace dispatch {

namespace {

class AbandonedCallKind final : public FollowUpKind
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::AbandonedCallKind)

public:
    Entity entity() const override { return Entity::PhoneCall; }
    QString code() const override { return QStringLiteral("call_back"); }
    QString label() const override { return tr("Abandoned calls"); }
    bool hasDue(const QSqlDatabase& db, qint64 nowMs) const override
    {
        return !CallRepository::dueOverdue(db, nowMs).isEmpty();
    }
    QList<qint64> sweep(CommandContext& ctx) const override { return PhoneCommands::sweepOverdue(ctx); }

    /// "110 · 13800001111 (2 tries so far)".
    static QString describe(const CallRecord& c, int tries)
    {
        return tr("%1 · %2 (%3 tries so far)")
            .arg(c.line, c.number.isEmpty() ? tr("number withheld") : c.number)
            .arg(tries);
    }

    void owed(OwedList& out) const override
    {
        for (const CallRecord& c : CallRepository::owed(out.db()))
            out.add({code(), label(), entity(), c.id, 0, {}, describe(c, c.callBackTries), tr("the centre (call backs)"),
                     c.endedMs, c.callBackDueMs});
    }

    void carried(CarriedList& out) const override
    {
        for (const CallRecord& c : CallRepository::owedAt(out.db(), out.asOf()))
            out.add({code(), c.id, 0, {},
                     describe(c, out.eventsBefore(QStringLiteral("phone_call"), c.id, events::kCallBackNotReached)),
                     QStringLiteral("due"), tr("the centre (call backs)"), c.endedMs, c.callBackDueMs});
    }
};

} // namespace

const FollowUpKind& followup::abandonedCalls()
{
    static const AbandonedCallKind kind;
    return kind;
}

} // namespace dispatch
