// SPDX-License-Identifier: GPL-3.0-or-later
// Instructions from higher command (上级指令): signed for, forwarded or answered by the class's deadlines.
#include "followup/FollowUpKind.h"
#include "followup/FollowUpKinds.h"

#include "handover/CarriedList.h"
#include "service/InstructionCommands.h"
#include "service/OwedItems.h"
#include "store/HandoverQueries.h"
#include "store/InstructionRepository.h"

#include <QCoreApplication>

namespace dispatch {

namespace {

class InstructionKind final : public FollowUpKind
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::InstructionKind)

public:
    Entity entity() const override { return Entity::Instruction; }
    QString code() const override { return QStringLiteral("instruction"); }
    QString label() const override { return tr("Instruction"); }
    bool hasDue(const QSqlDatabase& db, qint64 nowMs) const override
    {
        return !InstructionRepository::dueOverdue(db, nowMs).isEmpty();
    }
    QList<qint64> sweep(CommandContext& ctx) const override { return InstructionCommands::sweepOverdue(ctx); }

    void owed(OwedList& out) const override
    {
        for (const Instruction& i : InstructionRepository::open(out.db())) {
            const QString owner = i.forwardedAtMs ? i.forwardedTo.join(tr(", ")) : tr("the centre (sign for and handle)");
            out.add({code(), label(), entity(), i.id, i.incidentId, {},
                     QStringLiteral("[%1] %2: %3").arg(InstructionCodes::label(i.cls), i.source, i.text), owner,
                     i.receivedAtMs, i.currentDeadlineMs()});
        }
    }

    void carried(CarriedList& out) const override
    {
        const qint64 t = out.asOf();
        for (const HandoverQueries::InstructionRow& i : HandoverQueries::instructionsOpenAt(out.db(), t)) {
            const bool signedFor = i.signedAtMs && *i.signedAtMs < t;
            const bool forwarded = i.forwardedAtMs && *i.forwardedAtMs < t;
            const auto cls = InstructionCodes::classFromCode(i.cls).value_or(InstructionClass::General);
            out.add({code(), i.id, i.incidentId, {},
                     QStringLiteral("[%1] %2: %3").arg(InstructionCodes::label(cls), i.source, i.text),
                     forwarded   ? QStringLiteral("forwarded")
                     : signedFor ? QStringLiteral("signed_for")
                                 : QStringLiteral("received"),
                     forwarded ? i.forwardedTo.split(u'\n', Qt::SkipEmptyParts).join(HandoverReport::tr(", "))
                               : HandoverReport::tr("the centre (sign for and handle)"),
                     i.receivedMs, signedFor ? i.replyDeadlineMs : i.signDeadlineMs});
        }
    }
};

} // namespace

const FollowUpKind& followup::instructions()
{
    static const InstructionKind kind;
    return kind;
}

} // namespace dispatch
