// SPDX-License-Identifier: GPL-3.0-or-later
#include "cti/RingingCalls.h"

#include <algorithm>

namespace dispatch {

Status RingingCalls::apply(const CtiEvent& e, qint64 receivedAtMs)
{
    const qint64 at = e.atMs && e.atMs <= receivedAtMs && receivedAtMs - e.atMs <= kMaxSkewMs ? e.atMs : receivedAtMs;
    auto it = m_calls.find(e.callId);
    switch (e.type) {
    case CtiEventType::Ringing: {
        if (it != m_calls.end())
            return Error{tr("call %1 is already known: a call rings once").arg(e.callId), QStringLiteral("call")};
        auto added = remember(e.callId, receivedAtMs);
        if (!added)
            return added.error();
        PhoneCall& c = **added;
        c.line = e.line;
        c.number = e.number;
        c.callerName = e.callerName;
        c.location = e.location;
        c.ringAtMs = at;
        return Done{};
    }
    case CtiEventType::Answered: {
        auto known = it != m_calls.end() ? Result<PhoneCall*>(&it->second) : remember(e.callId, receivedAtMs);
        if (!known)
            return known.error();
        PhoneCall& c = **known;
        if (c.state == PhoneCall::State::Ringing || c.state == PhoneCall::State::Abandoned) {
            c.answeredAtMs = at;
            c.answeredBy = e.desk;
            c.state = e.desk == m_desk ? PhoneCall::State::AnsweredHere : PhoneCall::State::AnsweredElsewhere;
        }
        return Done{};
    }
    case CtiEventType::Location: {
        if (it == m_calls.end())
            return Error{tr("no call %1 rang: its location is not taken").arg(e.callId), QStringLiteral("call")};
        PhoneCall& c = it->second;
        // A later fix replaces the first unless it is coarser than what the desk has.
        if (!c.location || !e.location->radiusM || !c.location->radiusM || e.location->radiusM <= c.location->radiusM)
            c.location = e.location;
        return Done{};
    }
    case CtiEventType::Ended: {
        auto known = it != m_calls.end() ? Result<PhoneCall*>(&it->second) : remember(e.callId, receivedAtMs);
        if (!known)
            return known.error();
        PhoneCall& c = **known;
        c.endedAtMs = at;
        // The switch says who hung up before an answer: a call answered here with F2 whose caller was gone by
        // then is owed a call back as well.
        if (c.state == PhoneCall::State::Ringing || c.state == PhoneCall::State::AnsweredHere)
            c.state = e.abandoned && c.ringAtMs ? PhoneCall::State::Abandoned : PhoneCall::State::Ended;
        return Done{};
    }
    }
    return Done{};
}

Result<PhoneCall*> RingingCalls::remember(const QString& callId, qint64 nowMs)
{
    if (m_calls.size() >= std::size_t(kMaxCalls))
        forgetEnded(nowMs, 0); // calls over and ghosts make room first
    if (m_calls.size() >= std::size_t(kMaxCalls))
        return Error{tr("%1 calls are kept already: call %2 is not taken").arg(kMaxCalls).arg(callId), QStringLiteral("call")};
    PhoneCall c;
    c.callId = callId;
    return &m_calls.emplace(callId, std::move(c)).first->second;
}

QList<PhoneCall> RingingCalls::ringing() const
{
    QList<PhoneCall> out;
    for (const auto& [id, c] : m_calls)
        if (c.state == PhoneCall::State::Ringing)
            out.append(c);
    std::sort(out.begin(), out.end(), [](const PhoneCall& a, const PhoneCall& b) {
        return a.ringAtMs != b.ringAtMs ? a.ringAtMs < b.ringAtMs : a.callId < b.callId;
    });
    return out;
}

QList<PhoneCall> RingingCalls::abandoned() const
{
    QList<PhoneCall> out;
    for (const auto& [id, c] : m_calls)
        if (c.state == PhoneCall::State::Abandoned)
            out.append(c);
    std::sort(out.begin(), out.end(), [](const PhoneCall& a, const PhoneCall& b) {
        return a.endedAtMs != b.endedAtMs ? a.endedAtMs < b.endedAtMs : a.callId < b.callId;
    });
    return out;
}

const PhoneCall* RingingCalls::call(const QString& callId) const
{
    const auto it = m_calls.find(callId);
    return it == m_calls.end() ? nullptr : &it->second;
}

bool RingingCalls::takeAbandoned(const QString& callId)
{
    const auto it = m_calls.find(callId);
    if (it == m_calls.end() || it->second.state != PhoneCall::State::Abandoned)
        return false;
    it->second.state = PhoneCall::State::Ended;
    return true;
}

void RingingCalls::forgetEnded(qint64 nowMs, qint64 keepMs)
{
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        const PhoneCall& c = it->second;
        const bool over = c.state == PhoneCall::State::Ended || c.state == PhoneCall::State::AnsweredElsewhere;
        const qint64 since = std::max(c.endedAtMs, c.answeredAtMs);
        const bool ghost = c.state == PhoneCall::State::Ringing && nowMs - c.ringAtMs > kMaxRingMs;
        if ((over && nowMs - since > keepMs) || ghost)
            it = m_calls.erase(it);
        else
            ++it;
    }
}

} // namespace dispatch
