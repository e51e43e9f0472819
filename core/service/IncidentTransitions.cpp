// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/IncidentTransitions.h"

#include "service/CallbackCommands.h"
#include "service/ClockRules.h"
#include "service/DispatchCommands.h"

#include <QStringList>

namespace dispatch {

void IncidentTransitions::add(const QString& name, Handler handler)
{
    m_handlers.append({name, std::move(handler)});
}

void IncidentTransitions::run(CommandContext& ctx, Incident& incident, IncidentState from, IncidentState to) const
{
    for (const auto& [name, handler] : m_handlers)
        handler(ctx, incident, from, to);
}

QStringList IncidentTransitions::names() const
{
    QStringList out;
    for (const auto& h : m_handlers)
        out << h.first;
    return out;
}

const IncidentTransitions& IncidentTransitions::standard()
{
    static const IncidentTransitions transitions = [] {
        IncidentTransitions t;
        t.add(QStringLiteral("clocks"), [](CommandContext& ctx, Incident& i, IncidentState from, IncidentState to) {
            ClockRules::onTransition(ctx, i, from, to);
        });
        t.add(QStringLiteral("units released"), [](CommandContext& ctx, Incident& i, IncidentState, IncidentState to) {
            if (IncidentLifecycle::isTerminal(to) || to == IncidentState::Transferred || to == IncidentState::Diverted)
                DispatchCommands::releaseAll(ctx, i);
        });
        t.add(QStringLiteral("callback opened"), [](CommandContext& ctx, Incident& i, IncidentState, IncidentState to) {
            if (to == IncidentState::Closed)
                CallbackCommands::openFor(ctx, i); // 一警一回访
        });
        return t;
    }();
    return transitions;
}

} // namespace dispatch
