// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/PracticeSwitch.h"

#include "cti/CallerHistory.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "store/TrainingRepository.h"
#include "training/Scenario.h"
#include "training/TrainingStore.h"

#include <algorithm>

namespace dispatch {

namespace {

const QString kTool = QStringLiteral("practice-switch");
const QString kSimulator = QStringLiteral("simulator");

/// A call's ref made of the switch's call id: "tel-" and the id's letters, digits and - _ . kept.
QString refFor(const QString& callId)
{
    QString ref = QStringLiteral("tel-");
    for (const QChar c : callId)
        ref += c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' ? c : QChar(u'_');
    return ref;
}

} // namespace

PracticeSwitch::PracticeSwitch(DispatchService& exercise, const Scenario& scenario) : m_svc(exercise), m_scenario(scenario) {}

QString PracticeSwitch::unscriptedText()
{
    return tr("Unscripted call on the practice line: listen to the caller.");
}

Status PracticeSwitch::apply(CtiEventType type, const PhoneCall& call)
{
    // The exercise's record of its calls first, as a desk hearing a switch keeps the centre's.
    m_svc.actAsSystem(kTool);
    const Status recorded = m_svc.recordPhoneEvent(type, call);
    m_svc.actAsSystem(kSimulator);
    if (!recorded)
        return recorded;
    try {
        if (type == CtiEventType::Ringing)
            return ring(call);
        const QString ref = m_refs.value(call.callId);
        if (ref.isEmpty())
            return Done{}; // a call that rang before the console listened
        Transaction tx(m_svc.database());
        if (type == CtiEventType::Location && call.location)
            TrainingRepository::moveCall(m_svc.database(), ref, call.location->point);
        else if (type == CtiEventType::Answered && !call.answeredBy.isEmpty())
            TrainingRepository::take(m_svc.database(), ref, whoSitsAt(call.answeredBy), call.answeredBy, call.answeredAtMs);
        else if (type == CtiEventType::Ended && call.state == PhoneCall::State::Abandoned)
            TrainingRepository::abandon(m_svc.database(), ref, call.endedAtMs);
        tx.commit();
    } catch (const DispatchError& e) {
        return e.error();
    }
    return Done{};
}

Status PracticeSwitch::ring(const PhoneCall& call)
{
    const QSqlDatabase& db = m_svc.database().connection();
    // The script waiting for this number: its earliest practice-line call that has not rung yet.
    const QString number = CallerHistory::key(call.number);
    const ScenarioEvent* script = nullptr;
    if (!number.isEmpty())
        for (const ScenarioEvent& e : m_scenario.events) {
            if ((e.type != ScenarioEvent::Type::Call && e.type != ScenarioEvent::Type::Escalation) || !e.practiceLine
                || CallerHistory::key(e.phone) != number)
                continue;
            const bool rung = std::find(m_refs.cbegin(), m_refs.cend(), e.id) != m_refs.cend()
                              || TrainingRepository::call(db, e.id).has_value();
            if (!rung && (!script || e.atSeconds < script->atSeconds))
                script = &e;
        }
    TrainingCall c;
    if (script) {
        const ScenarioEvent* origin = m_scenario.origin(*script);
        c = TrainingStore::callOf(*script, call.ringAtMs, origin && origin != script ? origin->id : QString(),
                                  TrainingStore::truthAt(m_scenario, *script));
    } else {
        c.ref = refFor(call.callId);
        for (int n = 2; TrainingRepository::call(db, c.ref); ++n)
            c.ref = refFor(call.callId) + QLatin1Char('-') + QString::number(n);
        c.ringAtMs = call.ringAtMs;
        c.text = unscriptedText();
    }
    // What the switch knows of the call is what the desk sees: the line dialled, the number, the network's place.
    c.ringAtMs = call.ringAtMs;
    if (!call.line.isEmpty())
        c.line = call.line;
    c.phone = call.number;
    if (!call.callerName.isEmpty())
        c.caller = call.callerName;
    if (call.location)
        c.position = call.location->point;
    Transaction tx(m_svc.database());
    TrainingRepository::insertCall(m_svc.database(), c);
    tx.commit();
    m_refs.insert(call.callId, c.ref);
    ++(script ? m_scripted : m_unscripted);
    return Done{};
}

QString PracticeSwitch::whoSitsAt(const QString& desk) const
{
    const ReadList<DeskSession> desks = m_svc.desks();
    for (const DeskSession& d : desks)
        if (d.signedIn && d.desk == desk)
            return d.username;
    return desk;
}

} // namespace dispatch
