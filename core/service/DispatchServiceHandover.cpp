// SPDX-License-Identifier: GPL-3.0-or-later
// DispatchService: shifts, rosters and the shift handover.
#include "service/DispatchService.h"
#include "service/DispatchServicePerform.h"

#include "handover/HandoverBuilder.h"
#include "service/HandoverCommands.h"
#include "store/HandoverRepository.h"

namespace dispatch {

ShiftInstance DispatchService::currentShift() const
{
    return m_board.shiftPattern().at(m_clock.now(), m_board.timeZone());
}

ShiftInstance DispatchService::previousShift(const ShiftInstance& shift) const
{
    return m_board.shiftPattern().at(shift.start.addMSecs(-1), m_board.timeZone());
}

Result<qint64> DispatchService::prepareHandover(const ShiftInstance& shift)
{
    return perform<qint64>([&](CommandContext& ctx) { return HandoverCommands::prepare(ctx, shift); });
}

Status DispatchService::setHandoverNotes(qint64 handoverId, const QString& section, const QString& text)
{
    return perform<Done>([&](CommandContext& ctx) {
        HandoverCommands::setNotes(ctx, handoverId, section, text);
        return Done{};
    });
}

Status DispatchService::signHandover(qint64 handoverId, const QString& password)
{
    if (const Status who = confirmSignature(password, QStringLiteral("handover signature")); !who)
        return who;
    return perform<Done>([&](CommandContext& ctx) {
        HandoverCommands::sign(ctx, handoverId);
        return Done{};
    });
}

Status DispatchService::acceptHandover(qint64 handoverId, const QString& password, const QString& comment)
{
    if (const Status who = confirmSignature(password, QStringLiteral("handover acceptance")); !who)
        return who;
    return perform<Done>([&](CommandContext& ctx) {
        HandoverCommands::accept(ctx, handoverId, comment);
        return Done{};
    });
}

Status DispatchService::rejectHandover(qint64 handoverId, const QString& password, const QString& comment)
{
    if (const Status who = confirmSignature(password, QStringLiteral("handover rejection")); !who)
        return who;
    return perform<Done>([&](CommandContext& ctx) {
        HandoverCommands::reject(ctx, handoverId, comment);
        return Done{};
    });
}

Status DispatchService::flagForHandover(const QString& text, qint64 incidentId)
{
    return perform<Done>([&](CommandContext& ctx) {
        HandoverCommands::flag(ctx, text, incidentId);
        return Done{};
    });
}

Status DispatchService::setShiftPattern(const ShiftPattern& pattern)
{
    return perform<Done>([&](CommandContext& ctx) {
        HandoverCommands::setShiftPattern(ctx, pattern);
        return Done{};
    });
}

Status DispatchService::setRoster(const ShiftInstance& shift, const QList<RosterEntry>& entries)
{
    return perform<Done>([&](CommandContext& ctx) {
        HandoverCommands::setRoster(ctx, shift, entries);
        return Done{};
    });
}

ReadList<RosterEntry> DispatchService::roster(const ShiftInstance& shift) const
{
    return read<ReadList<RosterEntry>>([&] { return HandoverRepository::roster(m_db.connection(), shift.start.toMSecsSinceEpoch()); });
}

ReadOne<Handover> DispatchService::handover(qint64 handoverId) const
{
    return read<ReadOne<Handover>>([&] { return HandoverRepository::find(m_db.connection(), handoverId); });
}

ReadOne<Handover> DispatchService::handoverForShift(qint64 shiftStartMs) const
{
    return read<ReadOne<Handover>>([&] { return HandoverRepository::forShift(m_db.connection(), shiftStartMs); });
}

ReadList<Handover> DispatchService::handovers(const QString& text, qint64 fromMs, qint64 toMs) const
{
    return read<ReadList<Handover>>([&] { return HandoverRepository::list(m_db.connection(), text, fromMs, toMs); });
}

ReadList<HandoverReview> DispatchService::handoverReviews(qint64 handoverId) const
{
    return read<ReadList<HandoverReview>>([&] { return HandoverRepository::reviews(m_db.connection(), handoverId); });
}

HandoverReport DispatchService::buildHandoverReport(const ShiftInstance& shift, qint64 asOfMs) const
{
    return HandoverBuilder::build(m_db.connection(), m_board, m_policy, shift, asOfMs ? asOfMs : m_clock.nowMs() + 1);
}

Result<HandoverFigures> DispatchService::shiftFigures(const ShiftInstance& shift, qint64 asOfMs) const
{
    try {
        return HandoverBuilder::figures(m_db.connection(), shift.start.toMSecsSinceEpoch(),
                                        asOfMs ? asOfMs : m_clock.nowMs() + 1);
    } catch (const DispatchError& e) {
        return e.error();
    }
}

} // namespace dispatch
