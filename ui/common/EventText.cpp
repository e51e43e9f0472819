// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/EventText.h"

#include "clocks/ResponsePolicy.h"
#include "common/Labels.h"
#include "domain/Callback.h"
#include "domain/CallRecord.h"
#include "domain/EventKinds.h"
#include "domain/IncidentState.h"
#include "domain/Instruction.h"
#include "domain/LedgerEntry.h"
#include "domain/Mediation.h"
#include "domain/Supervision.h"
#include "domain/UnitState.h"
#include "domain/User.h"
#include "domain/WorkOrder.h"
#include "followup/DeclaredFollowUp.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace dispatch::ui {

namespace {

/// Each returns a QString (declared, not deduced: a deduced QStringBuilder would outlive its parts).
using Describe = std::function<QString(const QJsonObject&)>;

QString str(const QJsonObject& p, const char* key)
{
    return p.value(QLatin1String(key)).toString();
}

QString incidentState(const QString& code)
{
    const auto s = IncidentLifecycle::fromCode(code);
    return s ? IncidentLifecycle::label(*s) : code;
}

QString unitState(const QString& code)
{
    const auto s = UnitLifecycle::fromCode(code);
    return s ? UnitLifecycle::label(*s) : code;
}

QString clockLabel(const QString& code)
{
    const auto k = ResponsePolicy::kindFromCode(code);
    return k ? ResponsePolicy::label(*k) : code;
}

QString seconds(const QJsonObject& p, const char* key)
{
    return Labels::duration(qint64(p.value(QLatin1String(key)).toDouble() * 1000.0));
}

/// " — reason" when the payload has one (a reason a user typed is kept as typed).
QString because(const QJsonObject& p, const char* key = "reason")
{
    const QString r = str(p, key);
    return r.isEmpty() ? QString() : EventText::tr(" — %1").arg(r);
}

QString late(const QJsonObject& p)
{
    const double s = p.value(QStringLiteral("late_seconds")).toDouble();
    return s > 0 ? EventText::tr(", %1 late").arg(Labels::duration(qint64(s * 1000.0))) : QString();
}

/// A declared follow-up list's item, named in the session's language ("referral"), and its fields in words.
const DeclaredFollowUpKind* declaredKind(const QJsonObject& p)
{
    return dynamic_cast<const DeclaredFollowUpKind*>(FollowUpKinds::find(str(p, "kind")));
}

QString declaredItem(const QJsonObject& p)
{
    const DeclaredFollowUpKind* k = declaredKind(p);
    return k ? declaredText(k->declaration()->itemLabel) : str(p, "kind");
}

QString declaredFields(const QJsonObject& p)
{
    QMap<QString, QString> fields;
    const QJsonObject o = p.value(QStringLiteral("fields")).toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        fields.insert(it.key(), it.value().toString());
    const DeclaredFollowUpKind* k = declaredKind(p);
    return k ? k->describe(fields) : QStringList(fields.values()).join(QStringLiteral(" · "));
}

QString declaredOutcome(const QJsonObject& p)
{
    const DeclaredFollowUpKind* k = declaredKind(p);
    const FollowUpChoice* o = k ? k->declaration()->outcome(str(p, "outcome")) : nullptr;
    return o ? declaredText(o->label) : str(p, "outcome");
}

QString releaseText(const QString& code)
{
    if (code == QLatin1String("cleared"))
        return EventText::tr("cleared");
    if (code == QLatin1String("recalled"))
        return EventText::tr("recalled");
    if (code == QLatin1String("reassigned"))
        return EventText::tr("taken for another incident");
    if (code == QLatin1String("closed"))
        return EventText::tr("the incident ended");
    return code;
}

QString place(const QJsonObject& p)
{
    const QString address = str(p, "address");
    const QString where = address.isEmpty() ? EventText::tr("(no address)") : address;
    if (!p.contains(QStringLiteral("lat")))
        return EventText::tr("%1, no point").arg(where);
    return EventText::tr("%1 (%2, %3, %4)")
        .arg(where)
        .arg(p.value(QStringLiteral("lat")).toDouble(), 0, 'f', 5)
        .arg(p.value(QStringLiteral("lon")).toDouble(), 0, 'f', 5)
        .arg(Labels::tier(p.value(QStringLiteral("tier")).toInt()));
}

QString satisfaction(const QString& code)
{
    const auto s = CallbackCodes::satisfactionFromCode(code);
    return s ? CallbackCodes::label(*s) : code;
}

QString mediationOutcome(const QString& code)
{
    const auto o = MediationCodes::outcomeFromCode(code);
    return o ? MediationCodes::label(*o) : code;
}

const QHash<QString, Describe>& describers()
{
    static const QHash<QString, Describe> all{
        // The call.
        {events::kIncidentCreated,
         [](const QJsonObject& p) -> QString {
             return EventText::tr("Call recorded: %1, %2, %3")
                 .arg(Labels::line(str(p, "line")), Labels::category(str(p, "category")),
                      Labels::priority(p.value(QStringLiteral("priority")).toInt()));
         }},
        {events::kIncidentStateChanged,
         [](const QJsonObject& p) -> QString {
             QString text = EventText::tr("Status %1 → %2").arg(incidentState(str(p, "from")), incidentState(str(p, "to")));
             if (!str(p, "completed_by").isEmpty())
                 text += EventText::tr(" — the work order was completed by %1").arg(Labels::agency(str(p, "completed_by")));
             if (!str(p, "returned_by").isEmpty())
                 text += EventText::tr(" — returned by %1 as %2, %3")
                             .arg(Labels::agency(str(p, "returned_by")), Labels::category(str(p, "category_to")),
                                  Labels::priority(p.value(QStringLiteral("priority_to")).toInt()));
             return text + because(p);
         }},
        {events::kIncidentTriageOverridden,
         [](const QJsonObject& p) -> QString {
             const QJsonObject was = p.value(QStringLiteral("proposed")).toObject();
             const QJsonObject now = p.value(QStringLiteral("chosen")).toObject();
             return EventText::tr("Triage overridden: proposed %1 %2, chosen %3 %4")
                 .arg(Labels::category(str(was, "category")), Labels::priority(was.value(QStringLiteral("priority")).toInt()),
                      Labels::category(str(now, "category")), Labels::priority(now.value(QStringLiteral("priority")).toInt()));
         }},
        {events::kIncidentCallerAdded,
         [](const QJsonObject& p) -> QString {
             return EventText::tr("Further caller %1 %2: %3").arg(str(p, "caller_name"), str(p, "caller_phone"), str(p, "summary"));
         }},
        {events::kIncidentHandedIn,
         [](const QJsonObject& p) -> QString {
             QString text = EventText::tr("Handed in by %1 (EIDO %2)").arg(str(p, "sender"), str(p, "id"));
             if (!str(p, "call_started").isEmpty())
                 text += EventText::tr("; the call began there at %1").arg(str(p, "call_started"));
             return text;
         }},
        {events::kIncidentLinked,
         [](const QJsonObject& p) -> QString { return EventText::tr("Linked to %1").arg(str(p, "linked_number")) + because(p); }},
        {events::kIncidentRepeatMarked,
         [](const QJsonObject& p) -> QString {
             const QString mark = str(p, "mark");
             const QString what = mark == QLatin1String("same_event") ? EventText::tr("repeated calls about the same event")
                                  : mark == QLatin1String("recurred")  ? EventText::tr("again after handling")
                                                                       : EventText::tr("repeated at this place");
             return EventText::tr("Repeat mark: %1 (%2)").arg(what, LedgerCodes::classLabel(str(p, "class")));
         }},
        {events::kIncidentPlaceCorrected,
         [](const QJsonObject& p) -> QString {
             return EventText::tr("Place corrected: %1 → %2")
                        .arg(place(p.value(QStringLiteral("from")).toObject()), place(p.value(QStringLiteral("to")).toObject()))
                    + because(p);
         }},
        // Units on the incident.
        {events::kIncidentUnitDispatched,
         [](const QJsonObject& p) -> QString {
             QString text = EventText::tr("%1 dispatched").arg(str(p, "callsign"));
             if (p.contains(QStringLiteral("eta_seconds")))
                 text += EventText::tr(", ETA %1").arg(seconds(p, "eta_seconds"));
             if (p.contains(QStringLiteral("reassigned_from")))
                 text += EventText::tr(" (taken from another incident)");
             return text;
         }},
        {events::kIncidentUnitStep,
         [](const QJsonObject& p) -> QString {
             QString text = EventText::tr("%1: %2").arg(str(p, "callsign"), unitState(str(p, "step")));
             if (p.value(QStringLiteral("signed_for_late_seconds")).toDouble() > 0)
                 text += EventText::tr(" (signed for %1 late)").arg(seconds(p, "signed_for_late_seconds"));
             if (p.contains(QStringLiteral("travel_seconds")))
                 text += EventText::tr(" after %1").arg(seconds(p, "travel_seconds"));
             return text;
         }},
        {events::kIncidentUnitReleased,
         [](const QJsonObject& p) -> QString {
             return EventText::tr("%1 released: %2").arg(str(p, "callsign"), releaseText(str(p, "release"))) + because(p);
         }},
        {events::kIncidentFeedback,
         [](const QJsonObject& p) -> QString {
             const QString who = str(p, "callsign");
             return (who.isEmpty() ? EventText::tr("Feedback: %1 — %2") : EventText::tr("Feedback from %3: %1 — %2"))
                 .arg(Labels::disposition(str(p, "disposition")), str(p, "result"), who);
         }},
        {events::kFeedbackAccepted, [](const QJsonObject& p) -> QString { return EventText::tr("Feedback accepted") + because(p); }},
        {events::kFeedbackReturned, [](const QJsonObject& p) -> QString { return EventText::tr("Feedback returned to the unit") + because(p); }},
        // Clocks.
        {events::kClockBreached,
         [](const QJsonObject& p) -> QString { return EventText::tr("Clock breached: %1").arg(clockLabel(str(p, "clock"))); }},
        {events::kUnitSignForLate,
         [](const QJsonObject& p) -> QString { return EventText::tr("%1 did not sign for within %2").arg(str(p, "callsign"), seconds(p, "allowed_seconds")); }},
        // Linked agencies.
        {events::kAgencyNotified,
         [](const QJsonObject& p) -> QString { return EventText::tr("%1 notified").arg(Labels::agency(str(p, "agency"))) + because(p, "note"); }},
        {events::kAgencyAcknowledged,
         [](const QJsonObject& p) -> QString {
             const QString who = str(p, "by");
             return (who.isEmpty() ? EventText::tr("%1 acknowledged") : EventText::tr("%1 acknowledged (%2)"))
                 .arg(Labels::agency(str(p, "agency")), who);
         }},
        {events::kIncidentAnswersRecorded,
         [](const QJsonObject& p) -> QString {
             return EventText::tr("Call-taker's questions answered: %n", nullptr, int(p.value(QStringLiteral("answers")).toObject().size()));
         }},
        // After the call.
        {events::kTransferSent,
         [](const QJsonObject& p) -> QString { return EventText::tr("Transferred to %1").arg(str(p, "station")) + because(p); }},
        {events::kTransferAccepted,
         [](const QJsonObject& p) -> QString { return EventText::tr("%1 signed for the transfer (%2)").arg(str(p, "station"), str(p, "signed_by")) + late(p); }},
        {events::kTransferOverdue,
         [](const QJsonObject& p) -> QString { return EventText::tr("%1 has not signed for the transfer in time").arg(str(p, "station")); }},
        {events::kCallAbandoned,
         [](const QJsonObject& p) -> QString {
             return EventText::tr("Call from %1 on %2 abandoned before an answer: call back owed").arg(str(p, "number"), str(p, "line"));
         }},
        {events::kCallBackNotReached,
         [](const QJsonObject& p) -> QString {
             return EventText::tr("Call back of %1: not reached (try %2 of %3)")
                 .arg(str(p, "number"))
                 .arg(p.value(QStringLiteral("attempt")).toInt())
                 .arg(p.value(QStringLiteral("of")).toInt());
         }},
        {events::kCallBackClosed,
         [](const QJsonObject& p) -> QString {
             const auto o = CallBackOutcomes::fromCode(str(p, "outcome"));
             const QString note = str(p, "note");
             const QString incident = str(p, "incident_number");
             return EventText::tr("Call back of %1: %2").arg(str(p, "number"), o ? CallBackOutcomes::label(*o) : str(p, "outcome"))
                    + (incident.isEmpty() ? QString() : EventText::tr(" — %1").arg(incident))
                    + (note.isEmpty() ? QString() : EventText::tr(" — %1").arg(note)) + late(p);
         }},
        {events::kCallBackOverdue,
         [](const QJsonObject& p) -> QString { return EventText::tr("Call back of %1 overdue").arg(str(p, "number")); }},
        {events::kCallbackOpened, [](const QJsonObject&) -> QString { return EventText::tr("Callback to the caller due"); }},
        {events::kCallbackReached,
         [](const QJsonObject& p) -> QString {
             const QString words = str(p, "words");
             return EventText::tr("Caller called back: %1").arg(satisfaction(str(p, "satisfaction")))
                    + (words.isEmpty() ? QString() : EventText::tr(" — %1").arg(words)) + late(p);
         }},
        {events::kCallbackNotReached, [](const QJsonObject&) -> QString { return EventText::tr("Callback: caller not reached"); }},
        {events::kCallbackUnreachable, [](const QJsonObject&) -> QString { return EventText::tr("Callback: caller unreachable, given up"); }},
        {events::kCallbackOverdue, [](const QJsonObject&) -> QString { return EventText::tr("Callback overdue"); }},
        {events::kRectificationOpened,
         [](const QJsonObject& p) -> QString { return EventText::tr("Rectification opened: %1").arg(str(p, "issue")); }},
        {events::kRectificationDone,
         [](const QJsonObject& p) -> QString { return EventText::tr("Rectification done: %1").arg(str(p, "result")) + late(p); }},
        {events::kRectificationOverdue, [](const QJsonObject&) -> QString { return EventText::tr("Rectification overdue"); }},
        {events::kMediationAssigned,
         [](const QJsonObject& p) -> QString { return EventText::tr("Handed to mediator %1").arg(str(p, "callsign")); }},
        {events::kMediationOverdue, [](const QJsonObject&) -> QString { return EventText::tr("Mediation outcome overdue"); }},
        {events::kSupervisionOpened,
         [](const QJsonObject& p) -> QString {
             const auto m = SupervisionCodes::methodFromCode(str(p, "method"));
             return EventText::tr("Under supervision: %1, owner %2, %3")
                 .arg(str(p, "title"), str(p, "owner"), m ? SupervisionCodes::label(*m) : str(p, "method"));
         }},
        {events::kSupervisionNote, [](const QJsonObject& p) -> QString { return EventText::tr("Supervision progress: %1").arg(str(p, "text")); }},
        {events::kSupervisionClosed,
         [](const QJsonObject& p) -> QString { return EventText::tr("Supervision closed: %1").arg(str(p, "result")) + late(p); }},
        {events::kSupervisionOverdue, [](const QJsonObject&) -> QString { return EventText::tr("Supervision overdue"); }},
        {events::kFollowUpOpened,
         [](const QJsonObject& p) -> QString {
             return EventText::tr("Opened a %1 for %2: %3").arg(declaredItem(p), str(p, "assignee"), declaredFields(p));
         }},
        {events::kFollowUpNote,
         [](const QJsonObject& p) -> QString { return EventText::tr("Progress on the %1: %2").arg(declaredItem(p), str(p, "text")); }},
        {events::kFollowUpClosed,
         [](const QJsonObject& p) -> QString {
             return EventText::tr("The %1 closed: %2 — %3").arg(declaredItem(p), declaredOutcome(p), str(p, "result")) + late(p);
         }},
        {events::kFollowUpOverdue,
         [](const QJsonObject& p) -> QString { return EventText::tr("The %1 for %2 is overdue").arg(declaredItem(p), str(p, "assignee")); }},
        {events::kShiftFlagged, [](const QJsonObject& p) -> QString { return EventText::tr("Flagged for the handover: %1").arg(str(p, "text")); }},
        // Units, sessions and the rest of the log.
        {events::kUnitStateChanged,
         [](const QJsonObject& p) -> QString {
             return EventText::tr("%1: %2 → %3").arg(str(p, "callsign"), unitState(str(p, "from")), unitState(str(p, "to"))) + because(p);
         }},
        {events::kSessionLogin, [](const QJsonObject& p) -> QString { return EventText::tr("%1 signed in").arg(str(p, "username")); }},
        {events::kSessionLogout, [](const QJsonObject& p) -> QString { return EventText::tr("%1 signed out").arg(str(p, "username")); }},
        {events::kSessionLoginFailed,
         [](const QJsonObject& p) -> QString { return EventText::tr("Failed sign-in as %1").arg(str(p, "username")); }},
    };
    return all;
}

} // namespace

QString EventText::describe(const EventRecord& e)
{
    const QJsonObject p = e.payloadObject();
    if (const auto it = describers().constFind(e.kind); it != describers().cend())
        return (*it)(p);
    if (e.kind.startsWith(events::kWorkOrderPrefix)) {
        const auto to = WorkOrderLifecycle::fromCode(e.kind.mid(11));
        return tr("Work order to %1: %2").arg(Labels::agency(str(p, "agency")), to ? WorkOrderLifecycle::label(*to) : e.kind)
               + because(p, "note");
    }
    if (e.kind.startsWith(events::kMediationPrefix))
        return tr("Mediation: %1").arg(mediationOutcome(str(p, "outcome"))) + because(p, "note") + late(p);
    return tr("Recorded: %1").arg(e.kind);
}

bool EventText::knows(const QString& kind)
{
    return describers().contains(kind) || kind.startsWith(events::kWorkOrderPrefix)
           || kind.startsWith(events::kMediationPrefix);
}

} // namespace dispatch::ui
