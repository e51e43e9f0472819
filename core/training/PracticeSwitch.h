// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cti/RingingCalls.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace dispatch {

class DispatchService;
struct Scenario;

/// A practice telephone switch in an exercise (练习用交换机): role-players call the training room's lines from real
/// telephones, and the switch's CTI middleware feeds the trainer console in the format of a desk's --cti-listen.
/// Each call it rings rings on every trainee's desk as an exercise call; the scenario's practice-line call scripted
/// for that number (the earliest not yet rung) gives it its text and its truth, so it is scored like any other; a
/// ring from a number no script waits for is an unscripted call, answered and timed but with no truth to judge
/// its triage against. An answer at a desk (the trainee signed in there, else whoever sits at it) takes the call
/// from the other trainees' lists; a caller who hangs up before anyone answers leaves the lists as an abandoned
/// call. Every event is also written into the exercise's own record of its calls, as a desk hearing a switch writes
/// the centre's: abandoned calls are owed a call back there and the answer figures count them.
class PracticeSwitch
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::PracticeSwitch)

public:
    /// `exercise`: the simulator's facade on the training store; `scenario`: the exercise's.
    PracticeSwitch(DispatchService& exercise, const Scenario& scenario);

    /// An event the console's listener applied: its type and the call as it stands after it (times on the
    /// exercise's clock). An error is the training store's (the event is not lost from the switch's own list).
    Status apply(CtiEventType type, const PhoneCall& call);
    /// The exercise's call the switch's call `callId` rang as (empty: none).
    QString refOf(const QString& callId) const { return m_refs.value(callId); }
    int scriptedRung() const { return m_scripted; }
    int unscriptedRung() const { return m_unscripted; }

    /// The text an unscripted call rings with.
    static QString unscriptedText();

private:
    Status ring(const PhoneCall& call);
    /// Who answered at `desk`: the trainee signed in there, else the desk's own name.
    QString whoSitsAt(const QString& desk) const;

    DispatchService& m_svc;
    const Scenario& m_scenario;
    QHash<QString, QString> m_refs; ///< the switch's call id → the exercise call's ref
    int m_scripted = 0, m_unscripted = 0;
};

} // namespace dispatch
