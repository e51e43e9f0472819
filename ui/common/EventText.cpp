// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/EventText.h"

#include "common/Labels.h"
#include "domain/IncidentState.h"
#include "domain/UnitState.h"

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
    if (e.kind == QStringLiteral("session.login"))
        return tr("%1 signed in").arg(p.value(QStringLiteral("username")).toString());
    if (e.kind == QStringLiteral("session.logout"))
        return tr("%1 signed out").arg(p.value(QStringLiteral("username")).toString());
    if (e.kind == QStringLiteral("session.login_failed"))
        return tr("Failed sign-in as %1").arg(p.value(QStringLiteral("username")).toString());
    return e.kind;
}

} // namespace dispatch::ui
