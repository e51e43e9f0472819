// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/EventText.h"

#include "common/Labels.h"
#include "domain/IncidentState.h"
#include "domain/UnitState.h"
#include "domain/WorkOrder.h"

#include <QJsonObject>

namespace dispatch::ui {

namespace {
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
} // namespace

QString EventText::describe(const EventRecord& e)
{
    const QJsonObject p = e.payloadObject();
    const QString reason = p.value(QStringLiteral("reason")).toString();
    const QString because = reason.isEmpty() ? QString() : tr(" — %1").arg(reason);
    if (e.kind == QStringLiteral("incident.created"))
        return tr("Call recorded: %1, %2, %3")
            .arg(Labels::line(p.value(QStringLiteral("line")).toString()),
                 Labels::category(p.value(QStringLiteral("category")).toString()),
                 Labels::priority(p.value(QStringLiteral("priority")).toInt()));
    if (e.kind == QStringLiteral("incident.state_changed"))
        return tr("Status %1 → %2")
                   .arg(incidentState(p.value(QStringLiteral("from")).toString()),
                        incidentState(p.value(QStringLiteral("to")).toString()))
            + because;
    if (e.kind == QStringLiteral("unit.state_changed"))
        return tr("%1: %2 → %3")
                   .arg(p.value(QStringLiteral("callsign")).toString(),
                        unitState(p.value(QStringLiteral("from")).toString()),
                        unitState(p.value(QStringLiteral("to")).toString()))
            + because;
    if (e.kind == QStringLiteral("incident.triage_overridden")) {
        const QJsonObject was = p.value(QStringLiteral("proposed")).toObject();
        const QJsonObject now = p.value(QStringLiteral("chosen")).toObject();
        return tr("Triage overridden: proposed %1 %2, chosen %3 %4")
            .arg(Labels::category(was.value(QStringLiteral("category")).toString()),
                 Labels::priority(was.value(QStringLiteral("priority")).toInt()),
                 Labels::category(now.value(QStringLiteral("category")).toString()),
                 Labels::priority(now.value(QStringLiteral("priority")).toInt()));
    }
    if (e.kind == QStringLiteral("incident.caller_added"))
        return tr("Further caller %1 %2: %3")
            .arg(p.value(QStringLiteral("caller_name")).toString(), p.value(QStringLiteral("caller_phone")).toString(),
                 p.value(QStringLiteral("summary")).toString());
    if (e.kind == QStringLiteral("incident.linked"))
        return tr("Linked to %1").arg(p.value(QStringLiteral("linked_number")).toString()) + because;
    if (e.kind == QStringLiteral("incident.repeat_marked")) {
        const QString mark = p.value(QStringLiteral("mark")).toString();
        const QString what = mark == QLatin1String("same_event") ? tr("repeated calls about the same event")
                             : mark == QLatin1String("recurred") ? tr("again after handling")
                                                                 : tr("repeated at this place");
        return tr("Repeat mark: %1 (%2)").arg(what, p.value(QStringLiteral("class")).toString());
    }
    if (e.kind.startsWith(QStringLiteral("work_order."))) {
        const auto to = WorkOrderLifecycle::fromCode(e.kind.mid(11));
        const QString note = p.value(QStringLiteral("note")).toString();
        return tr("Work order to %1: %2")
                   .arg(Labels::agency(p.value(QStringLiteral("agency")).toString()),
                        to ? WorkOrderLifecycle::label(*to) : e.kind)
            + (note.isEmpty() ? QString() : tr(" — %1").arg(note));
    }
    if (e.kind == QStringLiteral("session.login"))
        return tr("%1 signed in").arg(p.value(QStringLiteral("username")).toString());
    if (e.kind == QStringLiteral("session.logout"))
        return tr("%1 signed out").arg(p.value(QStringLiteral("username")).toString());
    if (e.kind == QStringLiteral("session.login_failed"))
        return tr("Failed sign-in as %1").arg(p.value(QStringLiteral("username")).toString());
    return e.kind;
}

} // namespace dispatch::ui
