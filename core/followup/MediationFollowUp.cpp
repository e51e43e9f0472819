// SPDX-License-Identifier: GPL-3.0-or-later
// Mediation (调解) of disputes by certified mediators: the outcome recorded by the policy's deadline.
#include "followup/FollowUpKind.h"
#include "followup/FollowUpKinds.h"

#include "handover/CarriedList.h"
#include "service/MediationCommands.h"
#include "service/OwedItems.h"
#include "store/HandoverQueries.h"
#include "store/MediationRepository.h"

#include <QCoreApplication>

namespace dispatch {

namespace {

class MediationKind final : public FollowUpKind
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::MediationKind)

public:
    Entity entity() const override { return Entity::Mediation; }
    QString code() const override { return QStringLiteral("mediation"); }
    QString label() const override { return tr("Mediation"); }
    bool hasDue(const QSqlDatabase& db, qint64 nowMs) const override
    {
        return !MediationRepository::dueOverdue(db, nowMs).isEmpty();
    }
    QList<qint64> sweep(CommandContext& ctx) const override { return MediationCommands::sweepOverdue(ctx); }

    void owed(OwedList& out) const override
    {
        for (const Mediation& m : MediationRepository::open(out.db()))
            out.add({code(), label(), entity(), m.id, m.incidentId, {},
                     tr("outcome: %1").arg(out.incident(m.incidentId).summary), out.callsign(m.unitId), m.assignedAtMs,
                     m.deadlineMs});
    }

    void carried(CarriedList& out) const override
    {
        for (const HandoverQueries::OpenItem& i : HandoverQueries::mediationsOpenAt(out.db(), out.asOf()))
            out.add({code(), i.id, i.incidentId, {}, i.text, QStringLiteral("open"), out.callsign(i.ownerId), i.sinceMs,
                     i.deadlineMs});
    }
};

} // namespace

const FollowUpKind& followup::mediations()
{
    static const MediationKind kind;
    return kind;
}

} // namespace dispatch
