// SPDX-License-Identifier: GPL-3.0-or-later
// Transfers to police stations (移交): signed for by the station by the policy's deadline.
#include "followup/FollowUpKind.h"
#include "followup/FollowUpKinds.h"

#include "handover/CarriedList.h"
#include "service/Board.h"
#include "service/OwedItems.h"
#include "service/TransferCommands.h"
#include "store/HandoverQueries.h"
#include "store/TransferRepository.h"

#include <QCoreApplication>

namespace dispatch {

namespace {

class TransferKind final : public FollowUpKind
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::TransferKind)

public:
    Entity entity() const override { return Entity::Transfer; }
    QString code() const override { return QStringLiteral("transfer"); }
    QString label() const override { return tr("Transfer"); }
    bool hasDue(const QSqlDatabase& db, qint64 nowMs) const override
    {
        return !TransferRepository::dueOverdue(db, nowMs).isEmpty();
    }
    QList<qint64> sweep(CommandContext& ctx) const override { return TransferCommands::sweepOverdue(ctx); }

    void owed(OwedList& out) const override
    {
        for (const Transfer& t : TransferRepository::open(out.db())) {
            const Station* s = out.board().station(t.stationId);
            out.add({code(), label(), entity(), t.id, t.incidentId, {}, tr("sign for: %1").arg(t.reason),
                     s ? s->name : QString(), t.transferredAtMs, t.deadlineMs});
        }
    }

    void carried(CarriedList& out) const override
    {
        for (const HandoverQueries::OpenItem& i : HandoverQueries::transfersOpenAt(out.db(), out.asOf())) {
            const Station* s = out.board().station(i.ownerId);
            out.add({code(), i.id, i.incidentId, {}, i.text, QStringLiteral("sent"), s ? s->name : QString(), i.sinceMs,
                     i.deadlineMs});
        }
    }
};

} // namespace

const FollowUpKind& followup::transfers()
{
    static const TransferKind kind;
    return kind;
}

} // namespace dispatch
