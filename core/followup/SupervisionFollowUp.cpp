// SPDX-License-Identifier: GPL-3.0-or-later
// Supervision (督办) of incidents and follow-up items: progress noted, closed with a result by the deadline.
#include "followup/FollowUpKind.h"
#include "followup/FollowUpKinds.h"

#include "handover/CarriedList.h"
#include "service/OwedItems.h"
#include "service/SupervisionCommands.h"
#include "store/HandoverQueries.h"
#include "store/SupervisionRepository.h"

#include <QCoreApplication>

namespace dispatch {

namespace {

class SupervisionKind final : public FollowUpKind
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::SupervisionKind)

public:
    Entity entity() const override { return Entity::Supervision; }
    QString code() const override { return QStringLiteral("supervision"); }
    QString label() const override { return tr("Supervision"); }
    bool hasDue(const QSqlDatabase& db, qint64 nowMs) const override
    {
        return !SupervisionRepository::dueOverdue(db, nowMs).isEmpty();
    }
    QList<qint64> sweep(CommandContext& ctx) const override { return SupervisionCommands::sweepOverdue(ctx); }

    void owed(OwedList& out) const override
    {
        for (const Supervision& s : SupervisionRepository::open(out.db()))
            out.add({code(), label(), entity(), s.id, s.incidentId, {}, s.title, s.owner, s.createdAtMs, s.deadlineMs});
    }

    void carried(CarriedList& out) const override
    {
        for (const HandoverQueries::OpenItem& i : HandoverQueries::supervisionsOpenAt(out.db(), out.asOf()))
            out.add({code(), i.id, i.incidentId, {}, i.text, QStringLiteral("open"), i.owner, i.sinceMs, i.deadlineMs});
    }
};

} // namespace

const FollowUpKind& followup::supervisions()
{
    static const SupervisionKind kind;
    return kind;
}

} // namespace dispatch
