// SPDX-License-Identifier: GPL-3.0-or-later
// DispatchService: the one sweep of every deadline (incident clocks and the follow-up lists), run from the tick.
#include "service/DispatchService.h"
#include "service/DispatchServicePerform.h"

#include "clocks/IncidentClock.h"
#include "service/CallbackCommands.h"
#include "service/ClockRules.h"
#include "service/InstructionCommands.h"
#include "service/LedgerCommands.h"
#include "service/MediationCommands.h"
#include "service/SupervisionCommands.h"
#include "service/TransferCommands.h"
#include "store/AssignmentRepository.h"
#include "store/CallbackRepository.h"
#include "store/InstructionRepository.h"
#include "store/LedgerRepository.h"
#include "store/MediationRepository.h"
#include "store/SupervisionRepository.h"
#include "store/TransferRepository.h"

namespace dispatch {

Result<QList<ClockBreach>> DispatchService::sweepClocks()
{
    bool clocks = false, followUp = false;
    try {
        const QSqlDatabase& db = m_db.connection();
        const qint64 now = m_clock.nowMs();
        clocks = !ClockRepository::dueBreaches(db, now).isEmpty()
                 || !AssignmentRepository::dueSignForBreaches(db, now).isEmpty();
        followUp = !TransferRepository::dueOverdue(db, now).isEmpty() || !CallbackRepository::dueOverdue(db, now).isEmpty()
                   || !CallbackRepository::rectificationsOverdue(db, now).isEmpty()
                   || !SupervisionRepository::dueOverdue(db, now).isEmpty()
                   || !MediationRepository::dueOverdue(db, now).isEmpty()
                   || !InstructionRepository::dueOverdue(db, now).isEmpty()
                   || !LedgerRepository::dueOverdue(db, now).isEmpty();
    } catch (const DispatchError& e) {
        return e.error();
    }
    if (!clocks && !followUp)
        return QList<ClockBreach>{};
    QList<qint64> overdue;
    CallbackCommands::Overdue late;
    QList<qint64> supervisions, mediations, instructions, ledger;
    auto r = perform<QList<ClockBreach>>([&](CommandContext& ctx) {
        overdue = TransferCommands::sweepOverdue(ctx);
        late = CallbackCommands::sweepOverdue(ctx);
        supervisions = SupervisionCommands::sweepOverdue(ctx);
        mediations = MediationCommands::sweepOverdue(ctx);
        instructions = InstructionCommands::sweepOverdue(ctx);
        ledger = LedgerCommands::sweepOverdue(ctx);
        return ClockRules::sweep(ctx);
    });
    if (r && !r->isEmpty())
        Q_EMIT clocksBreached(*r);
    if (r && !overdue.isEmpty())
        Q_EMIT transfersOverdue(overdue);
    if (r && !late.isEmpty())
        Q_EMIT callbacksOverdue(late.callbacks, late.rectifications);
    if (r && !supervisions.isEmpty())
        Q_EMIT supervisionOverdue(supervisions);
    if (r && !mediations.isEmpty())
        Q_EMIT mediationOverdue(mediations);
    if (r && !instructions.isEmpty())
        Q_EMIT instructionsOverdue(instructions);
    if (r && !ledger.isEmpty())
        Q_EMIT ledgerOverdue(ledger);
    return r;
}

} // namespace dispatch
