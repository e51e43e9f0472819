// SPDX-License-Identifier: GPL-3.0-or-later
// DispatchService: the follow-up lists (feedback review, transfers, callbacks and rectifications, supervision, the
// declared lists).
#include "service/DispatchService.h"
#include "service/DispatchServicePerform.h"

#include "service/CallbackCommands.h"
#include "service/FollowUpItemCommands.h"
#include "service/IncidentCommands.h"
#include "service/InstructionCommands.h"
#include "service/LedgerCommands.h"
#include "service/MediationCommands.h"
#include "service/SupervisionCommands.h"
#include "service/TransferCommands.h"
#include "store/CallbackRepository.h"
#include "store/FollowUpItemRepository.h"
#include "store/InstructionRepository.h"
#include "store/LedgerRepository.h"
#include "store/MediationRepository.h"
#include "store/SupervisionRepository.h"
#include "store/TransferRepository.h"

namespace dispatch {

Result<qint64> DispatchService::transferIncident(qint64 incidentId, qint64 stationId, const QString& reason)
{
    return perform<qint64>([&](CommandContext& ctx) { return TransferCommands::transfer(ctx, incidentId, stationId, reason); });
}

Status DispatchService::acceptTransfer(qint64 transferId, const QString& signedBy)
{
    return perform<Done>([&](CommandContext& ctx) {
        TransferCommands::accept(ctx, transferId, signedBy);
        return Done{};
    });
}

ReadList<Transfer> DispatchService::openTransfers() const
{
    return read<ReadList<Transfer>>([&] { return TransferRepository::open(m_db.connection()); });
}

Status DispatchService::reviewFeedback(qint64 incidentId, bool accept, const QString& reason)
{
    return perform<Done>([&](CommandContext& ctx) {
        IncidentCommands::reviewFeedback(ctx, incidentId, accept, reason);
        return Done{};
    });
}

Status DispatchService::recordCallback(qint64 callbackId, bool reached, Satisfaction satisfaction, const QString& words)
{
    return perform<Done>([&](CommandContext& ctx) {
        CallbackCommands::recordAttempt(ctx, callbackId, reached, satisfaction, words);
        return Done{};
    });
}

Status DispatchService::completeRectification(qint64 rectificationId, const QString& result)
{
    return perform<Done>([&](CommandContext& ctx) {
        CallbackCommands::completeRectification(ctx, rectificationId, result);
        return Done{};
    });
}

ReadList<Callback> DispatchService::openCallbacks() const
{
    return read<ReadList<Callback>>([&] { return CallbackRepository::open(m_db.connection()); });
}

ReadOne<Callback> DispatchService::callbackOf(qint64 incidentId) const
{
    return read<ReadOne<Callback>>([&] { return CallbackRepository::forIncident(m_db.connection(), incidentId); });
}

ReadList<Rectification> DispatchService::openRectifications() const
{
    return read<ReadList<Rectification>>([&] { return CallbackRepository::openRectifications(m_db.connection()); });
}

Result<qint64> DispatchService::supervise(SupervisionSubject subject, qint64 subjectId, const QString& owner,
                                          SupervisionMethod method, qint64 deadlineMs, const QString& title)
{
    return perform<qint64>([&](CommandContext& ctx) {
        return SupervisionCommands::open(ctx, subject, subjectId, owner, method, deadlineMs, title);
    });
}

Status DispatchService::addSupervisionNote(qint64 supervisionId, const QString& text)
{
    return perform<Done>([&](CommandContext& ctx) {
        SupervisionCommands::addNote(ctx, supervisionId, text);
        return Done{};
    });
}

Status DispatchService::closeSupervision(qint64 supervisionId, const QString& result)
{
    return perform<Done>([&](CommandContext& ctx) {
        SupervisionCommands::close(ctx, supervisionId, result);
        return Done{};
    });
}

ReadList<Supervision> DispatchService::openSupervisions() const
{
    return read<ReadList<Supervision>>([&] { return SupervisionRepository::open(m_db.connection()); });
}

ReadList<SupervisionNote> DispatchService::supervisionNotes(qint64 supervisionId) const
{
    return read<ReadList<SupervisionNote>>([&] { return SupervisionRepository::notes(m_db.connection(), supervisionId); });
}

Result<qint64> DispatchService::openFollowUp(const QString& kind, qint64 incidentId, const QString& assignee,
                                             const QMap<QString, QString>& fields, qint64 deadlineMs)
{
    return perform<qint64>(
        [&](CommandContext& ctx) { return FollowUpItemCommands::open(ctx, kind, incidentId, assignee, fields, deadlineMs); });
}

Status DispatchService::addFollowUpNote(qint64 itemId, const QString& text)
{
    return perform<Done>([&](CommandContext& ctx) {
        FollowUpItemCommands::addNote(ctx, itemId, text);
        return Done{};
    });
}

Status DispatchService::closeFollowUp(qint64 itemId, const QString& outcome, const QString& result)
{
    return perform<Done>([&](CommandContext& ctx) {
        FollowUpItemCommands::close(ctx, itemId, outcome, result);
        return Done{};
    });
}

ReadList<FollowUpItem> DispatchService::openFollowUps(const QString& kind) const
{
    return read<ReadList<FollowUpItem>>([&] { return FollowUpItemRepository::open(m_db.connection(), kind); });
}

ReadOne<FollowUpItem> DispatchService::findFollowUp(qint64 itemId) const
{
    return read<ReadOne<FollowUpItem>>([&] { return FollowUpItemRepository::find(m_db.connection(), itemId); });
}

ReadList<FollowUpNote> DispatchService::followUpNotes(qint64 itemId) const
{
    return read<ReadList<FollowUpNote>>([&] { return FollowUpItemRepository::notes(m_db.connection(), itemId); });
}

ReadList<QString> DispatchService::followUpAssignees(const QString& kind) const
{
    return read<ReadList<QString>>([&] { return FollowUpItemRepository::assignees(m_db.connection(), kind, 30); });
}

Result<qint64> DispatchService::assignMediation(qint64 incidentId, qint64 unitId, const QString& note)
{
    return perform<qint64>([&](CommandContext& ctx) { return MediationCommands::assign(ctx, incidentId, unitId, note); });
}

Status DispatchService::recordMediation(qint64 mediationId, MediationOutcome outcome, const QString& note)
{
    return perform<Done>([&](CommandContext& ctx) {
        MediationCommands::record(ctx, mediationId, outcome, note);
        return Done{};
    });
}

ReadList<Mediation> DispatchService::openMediations() const
{
    return read<ReadList<Mediation>>([&] { return MediationRepository::open(m_db.connection()); });
}

ReadList<Mediation> DispatchService::mediationsOf(qint64 incidentId) const
{
    return read<ReadList<Mediation>>([&] { return MediationRepository::forIncident(m_db.connection(), incidentId); });
}

Result<qint64> DispatchService::registerInstruction(const InstructionDraft& draft)
{
    return perform<qint64>([&](CommandContext& ctx) { return InstructionCommands::registerInstruction(ctx, draft); });
}

Status DispatchService::signForInstruction(qint64 instructionId, const QStringList& forwardTo)
{
    return perform<Done>([&](CommandContext& ctx) {
        InstructionCommands::signFor(ctx, instructionId, forwardTo);
        return Done{};
    });
}

Status DispatchService::forwardInstruction(qint64 instructionId, const QStringList& to)
{
    return perform<Done>([&](CommandContext& ctx) {
        InstructionCommands::forward(ctx, instructionId, to);
        return Done{};
    });
}

Status DispatchService::answerInstruction(qint64 instructionId, const QString& answer)
{
    return perform<Done>([&](CommandContext& ctx) {
        InstructionCommands::answer(ctx, instructionId, answer);
        return Done{};
    });
}

ReadList<Instruction> DispatchService::openInstructions() const
{
    return read<ReadList<Instruction>>([&] { return InstructionRepository::open(m_db.connection()); });
}

ReadOne<Instruction> DispatchService::findInstruction(qint64 instructionId) const
{
    return read<ReadOne<Instruction>>([&] { return InstructionRepository::find(m_db.connection(), instructionId); });
}

Result<qint64> DispatchService::addLedgerAction(qint64 entryId, const QString& text)
{
    return perform<qint64>([&](CommandContext& ctx) { return LedgerCommands::addAction(ctx, entryId, text); });
}

Status DispatchService::assignLedgerEntry(qint64 entryId, const QString& owner)
{
    return perform<Done>([&](CommandContext& ctx) {
        LedgerCommands::assign(ctx, entryId, owner);
        return Done{};
    });
}

Status DispatchService::closeLedgerEntry(qint64 entryId, const QString& result)
{
    return perform<Done>([&](CommandContext& ctx) {
        LedgerCommands::close(ctx, entryId, result);
        return Done{};
    });
}

ReadList<LedgerEntry> DispatchService::openLedgerEntries() const
{
    return read<ReadList<LedgerEntry>>([&] { return LedgerRepository::open(m_db.connection()); });
}

ReadOne<LedgerEntry> DispatchService::findLedgerEntry(qint64 entryId) const
{
    return read<ReadOne<LedgerEntry>>([&] { return LedgerRepository::find(m_db.connection(), entryId); });
}

ReadList<LedgerAction> DispatchService::ledgerActions(qint64 entryId) const
{
    return read<ReadList<LedgerAction>>([&] { return LedgerRepository::actions(m_db.connection(), entryId); });
}

ReadList<qint64> DispatchService::ledgerIncidents(qint64 entryId) const
{
    return read<ReadList<qint64>>([&] { return LedgerRepository::incidents(m_db.connection(), entryId); });
}

Result<LedgerBulletin> DispatchService::ledgerBulletin(const ReportPeriod& period) const
{
    return LedgerBulletin::build(m_db.connection(), period, m_clock.nowMs());
}

ReadList<OwedItem> DispatchService::owed() const
{
    return read<ReadList<OwedItem>>([&] { return OwedItems::collect(m_db.connection(), m_board, m_policy, m_clock.nowMs()); });
}

ReadList<Transfer> DispatchService::transfersOf(qint64 incidentId) const
{
    return read<ReadList<Transfer>>([&] { return TransferRepository::forIncident(m_db.connection(), incidentId); });
}

ReadOne<Transfer> DispatchService::findTransfer(qint64 transferId) const
{
    return read<ReadOne<Transfer>>([&] { return TransferRepository::find(m_db.connection(), transferId); });
}

ReadOne<Callback> DispatchService::findCallback(qint64 callbackId) const
{
    return read<ReadOne<Callback>>([&] { return CallbackRepository::find(m_db.connection(), callbackId); });
}

ReadOne<Rectification> DispatchService::findRectification(qint64 rectificationId) const
{
    return read<ReadOne<Rectification>>([&] { return CallbackRepository::findRectification(m_db.connection(), rectificationId); });
}

ReadOne<Supervision> DispatchService::findSupervision(qint64 supervisionId) const
{
    return read<ReadOne<Supervision>>([&] { return SupervisionRepository::find(m_db.connection(), supervisionId); });
}

ReadOne<Mediation> DispatchService::findMediation(qint64 mediationId) const
{
    return read<ReadOne<Mediation>>([&] { return MediationRepository::find(m_db.connection(), mediationId); });
}

} // namespace dispatch
