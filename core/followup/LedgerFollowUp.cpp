// SPDX-License-Identifier: GPL-3.0-or-later
// The repeat-incident ledger (重复警情台账): entries by place and class, worked to closure by their deadline.
#include "followup/FollowUpKind.h"
#include "followup/FollowUpKinds.h"

#include "handover/CarriedList.h"
#include "service/LedgerCommands.h"
#include "service/OwedItems.h"
#include "store/HandoverQueries.h"
#include "store/LedgerRepository.h"

#include <QCoreApplication>

namespace dispatch {

namespace {

class LedgerKind final : public FollowUpKind
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::LedgerKind)

public:
    Entity entity() const override { return Entity::Ledger; }
    QString code() const override { return QStringLiteral("ledger"); }
    QString label() const override { return tr("Repeat ledger"); }
    bool hasDue(const QSqlDatabase& db, qint64 nowMs) const override
    {
        return !LedgerRepository::dueOverdue(db, nowMs).isEmpty();
    }
    QList<qint64> sweep(CommandContext& ctx) const override { return LedgerCommands::sweepOverdue(ctx); }

    void owed(OwedList& out) const override
    {
        for (const LedgerEntry& e : LedgerRepository::open(out.db()))
            out.add({code(), label(), entity(), e.id, 0, {},
                     tr("%1 · %2 · %n mark(s)", nullptr, e.markCount).arg(e.place(), LedgerCodes::classLabel(e.cls)),
                     e.owner, e.openedAtMs, e.deadlineMs});
    }

    /// The ledger carries its entries open at the handover that changed in the shift (opened, marked again, worked).
    void carried(CarriedList& out) const override
    {
        for (const LedgerEntry& e : HandoverQueries::ledgerChanged(out.db(), out.shiftStart(), out.asOf()))
            out.add({code(), e.id, 0, QString(),
                     HandoverReport::tr("%1 · %2 · %n mark(s)", nullptr, e.markCount).arg(e.place(), LedgerCodes::classLabel(e.cls)),
                     QStringLiteral("open"), e.owner, e.openedAtMs, e.deadlineMs});
    }
};

} // namespace

const FollowUpKind& followup::ledger()
{
    static const LedgerKind kind;
    return kind;
}

} // namespace dispatch
