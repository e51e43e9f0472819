// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dispatch {

/// How the call back of an abandoned call ended: the caller reached and there is no emergency, the caller reached
/// and the call taken as an incident, or the caller not reached after the policy's number of tries.
enum class CallBackOutcome { None, NoEmergency, Incident, Unreachable };

/// A call the switch reported (CTI), as the store keeps it for the whole centre: written by every desk that heard
/// it, the same row whichever desk wrote first. An abandoned call (it rang and nobody answered) is owed a call back
/// by a deadline (the policy's `abandoned_call_back_seconds` after it ended).
struct CallRecord
{
    qint64 id = 0;
    QString callId;        ///< the switch's id of the call, unique
    QString line;
    QString number;
    QString callerName;
    std::optional<double> lat, lon;
    int radiusM = 0;
    QString locationSource;
    qint64 rangMs = 0;     ///< 0: no desk heard it ring
    qint64 answeredMs = 0;
    QString answeredDesk;
    qint64 endedMs = 0;
    bool abandoned = false;
    qint64 callBackDueMs = 0;
    qint64 callBackOverdueMs = 0; ///< when the missed deadline was recorded (once)
    int callBackTries = 0;        ///< tries that did not reach the caller
    qint64 callBackFirstMs = 0;   ///< the first try, reached or not (the call back's "in time" is measured to it)
    qint64 callBackDoneMs = 0;
    QString callBackBy;
    CallBackOutcome outcome = CallBackOutcome::None;
    QString callBackNote;
    qint64 incidentId = 0;        ///< the incident the call (or its call back) became
    qint64 rowVersion = 0;

    bool owesCallBack() const { return abandoned && outcome == CallBackOutcome::None; }
    /// On the list of call backs owed (the follow-up lists' word).
    bool isOpen() const { return owesCallBack(); }
};

class CallBackOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::CallBackOutcomes)

public:
    static QString code(CallBackOutcome o); ///< "" for None
    static std::optional<CallBackOutcome> fromCode(const QString& code);
    static QString label(CallBackOutcome o);
};

} // namespace dispatch
