// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "domain/IncidentState.h"

#include <QList>
#include <QString>

#include <functional>

namespace dispatch {

class CommandContext;

/// What else happens, inside the same transaction, when an incident changes state: the clocks stop and start, the
/// units are released when it ends, a callback is opened when it closes. Each consequence is a handler registered
/// by whoever owns it (the facade builds the list, see standard()); the incident's commands run the list and know
/// none of the commands behind it, so the dependency runs one way.
class IncidentTransitions
{
public:
    using Handler = std::function<void(CommandContext& ctx, Incident& incident, IncidentState from, IncidentState to)>;

    /// Adds a handler; handlers run in the order they were added.
    void add(const QString& name, Handler handler);
    /// Runs every handler after the incident's new state and its event are written.
    void run(CommandContext& ctx, Incident& incident, IncidentState from, IncidentState to) const;
    /// The handlers' names, in order (what the tests and the README list).
    QStringList names() const;

    /// The centre's consequences: clocks, units released on an end, a callback for every closed incident (一警一回访).
    static const IncidentTransitions& standard();

private:
    QList<QPair<QString, Handler>> m_handlers;
};

} // namespace dispatch
