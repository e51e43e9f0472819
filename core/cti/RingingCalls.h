// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cti/CtiEvent.h"

#include <QList>
#include <QString>

#include <map>

namespace dispatch {

/// A call the switch told the desk about, from its ring to its end.
struct PhoneCall
{
    enum class State {
        Ringing,           ///< waiting for a call-taker
        AnsweredHere,      ///< this desk answered it
        AnsweredElsewhere, ///< another desk did: it no longer rings here
        Abandoned,         ///< the caller hung up before anyone answered: owed a call back
        Ended              ///< answered and over
    };

    QString callId;
    QString line;
    QString number;
    QString callerName;
    std::optional<CallerLocation> location;
    qint64 ringAtMs = 0;     ///< when it began to ring (the switch's time, else when the desk heard of it)
    qint64 answeredAtMs = 0;
    QString answeredBy;      ///< the desk that answered
    qint64 endedAtMs = 0;
    State state = State::Ringing;
};

/// The calls of the feed, as one desk sees them: what rings here now, who answered what, which calls were
/// abandoned. Times are the switch's when an event carries one, else the desk's clock at receipt. An event about a
/// call the desk never heard ring (it connected late) is taken as far as it goes: an answer or an end of an unknown
/// call is remembered without a ring, so that the call never starts ringing here afterwards.
class RingingCalls
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::RingingCalls)

public:
    explicit RingingCalls(QString ownDesk) : m_desk(std::move(ownDesk)) {}

    /// Applies one event received at `receivedAtMs`. Refused (and changing nothing): a second ring of a call already
    /// known, a location of a call never heard of, a ring while kMaxCalls are kept. The switch's time is taken when it
    /// is not after the receipt and at most kMaxSkewMs before it (a switch clock that is off cannot put a ring in the
    /// future or hours back); else the receipt's.
    Status apply(const CtiEvent& event, qint64 receivedAtMs);

    /// Calls ringing here now, the longest waiting first.
    QList<PhoneCall> ringing() const;
    /// Abandoned calls, oldest first (each owed a call back until the desk takes it off).
    QList<PhoneCall> abandoned() const;
    const PhoneCall* call(const QString& callId) const;
    /// Forgets calls over (answered and ended, answered elsewhere, taken off the abandoned list) for longer than
    /// `keepMs` before `nowMs`, and calls still "ringing" after kMaxRingMs (their end was lost, a connection dropped
    /// with it), so that a day's feed does not grow without end and no ghost waits longest.
    void forgetEnded(qint64 nowMs, qint64 keepMs);

    static constexpr qint64 kMaxSkewMs = 10 * 60 * 1000;
    static constexpr qint64 kMaxRingMs = 10 * 60 * 1000;
    static constexpr int kMaxCalls = 1000;
    /// An abandoned call taken off the list (its call back is owed elsewhere now).
    bool takeAbandoned(const QString& callId);
    int size() const { return int(m_calls.size()); }
    const QString& desk() const { return m_desk; }

private:
    /// A new call kept (ringing, or heard of only by its answer or end: remembered so that it never rings here
    /// afterwards), within kMaxCalls.
    Result<PhoneCall*> remember(const QString& callId, qint64 nowMs);

    QString m_desk;
    std::map<QString, PhoneCall> m_calls;
};

} // namespace dispatch
