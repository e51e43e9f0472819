// SPDX-License-Identifier: GPL-3.0-or-later
// DispatchService: the follow-up lists (feedback review, transfers, callbacks and rectifications, supervision).
#include "service/DispatchService.h"
#include "service/DispatchServicePerform.h"

#include "service/CallbackCommands.h"
#include "service/IncidentCommands.h"
#include "service/SupervisionCommands.h"
#include "service/TransferCommands.h"
#include "store/CallbackRepository.h"
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

QList<Transfer> DispatchService::openTransfers() const
{
    try {
        return TransferRepository::open(m_db.connection());
    } catch (const DispatchError&) {
        return {};
    }
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

QList<Callback> DispatchService::openCallbacks() const
{
    try {
        return CallbackRepository::open(m_db.connection());
    } catch (const DispatchError&) {
        return {};
    }
}

std::optional<Callback> DispatchService::callbackOf(qint64 incidentId) const
{
    try {
        return CallbackRepository::forIncident(m_db.connection(), incidentId);
    } catch (const DispatchError&) {
        return std::nullopt;
    }
}

QList<Rectification> DispatchService::openRectifications() const
{
    try {
        return CallbackRepository::openRectifications(m_db.connection());
    } catch (const DispatchError&) {
        return {};
    }
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

QList<Supervision> DispatchService::openSupervisions() const
{
    try {
        return SupervisionRepository::open(m_db.connection());
    } catch (const DispatchError&) {
        return {};
    }
}

QList<SupervisionNote> DispatchService::supervisionNotes(qint64 supervisionId) const
{
    try {
        return SupervisionRepository::notes(m_db.connection(), supervisionId);
    } catch (const DispatchError&) {
        return {};
    }
}

QList<Transfer> DispatchService::transfersOf(qint64 incidentId) const
{
    try {
        return TransferRepository::forIncident(m_db.connection(), incidentId);
    } catch (const DispatchError&) {
        return {};
    }
}

} // namespace dispatch
