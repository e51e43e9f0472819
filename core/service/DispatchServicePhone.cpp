// SPDX-License-Identifier: GPL-3.0-or-later
// The facade's telephone: the switch's calls recorded by every desk, and the call backs of abandoned ones.
#include "service/DispatchService.h"
#include "service/DispatchServicePerform.h"

#include "cti/RingingCalls.h"
#include "service/PhoneCommands.h"
#include "store/CallRepository.h"

namespace dispatch {

Status DispatchService::recordPhoneEvent(CtiEventType type, const PhoneCall& call)
{
    return perform<Done>([&](CommandContext& ctx) {
        PhoneCommands::record(ctx, type, call);
        return Done{};
    });
}

Status DispatchService::recordPhoneEvents(const QList<std::pair<CtiEventType, PhoneCall>>& events)
{
    return perform<Done>([&](CommandContext& ctx) {
        for (const auto& [type, call] : events)
            PhoneCommands::record(ctx, type, call);
        return Done{};
    });
}

Status DispatchService::callBackNotReached(qint64 phoneCallId, qint64 expectedVersion, const QString& note)
{
    return perform<Done>([&](CommandContext& ctx) {
        PhoneCommands::notReached(ctx, phoneCallId, expectedVersion, note);
        return Done{};
    });
}

Status DispatchService::callBackNoEmergency(qint64 phoneCallId, qint64 expectedVersion, const QString& note)
{
    return perform<Done>([&](CommandContext& ctx) {
        PhoneCommands::reachedNoEmergency(ctx, phoneCallId, expectedVersion, note);
        return Done{};
    });
}

ReadList<CallRecord> DispatchService::owedCallBacks() const
{
    return read<ReadList<CallRecord>>([&] { return CallRepository::owed(m_db.connection()); });
}

ReadOne<CallRecord> DispatchService::findPhoneCall(qint64 phoneCallId) const
{
    return read<ReadOne<CallRecord>>([&] { return CallRepository::find(m_db.connection(), phoneCallId); });
}

} // namespace dispatch
