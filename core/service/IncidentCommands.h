// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace dispatch {

class CommandContext;
namespace sql {
class ServerAnswer;
}

/// Commands on incidents: creation and lifecycle transitions.
class IncidentCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::IncidentCommands)

public:
    /// Adds the call as a new incident: with the id and number reserve() asked of a server for it, when given.
    static qint64 create(CommandContext& ctx, const IncidentDraft& draft,
                         const std::shared_ptr<sql::ServerAnswer>& reserved = {});
    /// On a server, asks for the new incident's id and number with the command's next statement (see
    /// IncidentRepository::reserveNumbered()): a command that reads before create() has them in that round trip, and
    /// the incident's INSERT is then held back with the rest of its writes. None on SQLite.
    static std::shared_ptr<sql::ServerAnswer> reserve(CommandContext& ctx, const IncidentDraft& draft);
    static void transition(CommandContext& ctx, qint64 incidentId, IncidentState to, const QString& reason);

    /// Loads an incident inside the transaction or refuses with "no incident".
    static Incident load(CommandContext& ctx, qint64 incidentId);
    /// Refuses when the incident's row has changed since the desk's screen showed it at row version `seen` (another
    /// desk's change the screen had not shown yet), naming who changed it and when; nothing when `seen` is empty.
    static void requireAsSeen(CommandContext& ctx, qint64 incidentId, std::optional<qint64> seen);
    /// Moves the incident to `to` (checked by the state machine), records "incident.state_changed".
    /// Feedback review (反馈审核): the reviewer accepts the feedback (the incident is closed and enters the
    /// callbacks) or returns it to the unit with a reason (the incident is on scene again).
    static void reviewFeedback(CommandContext& ctx, qint64 incidentId, bool accept, const QString& reason);
    static void applyTransition(CommandContext& ctx, Incident& incident, IncidentState to, const QString& reason,
                                QJsonObject extra = {});
    static QJsonObject toJson(const Incident& incident);
    /// A correction of where the incident is (an address misheard, a point set wrong): recorded as an event with the
    /// place before and after; a new point re-finds the zone and its circle tier. Not on a closed record.
    static void correctPlace(CommandContext& ctx, qint64 incidentId, const QString& address,
                             const std::optional<GeoPoint>& position, const QString& reason);
    /// Refuses a call's free text longer than its limit (phone, name, address, what happened) and a bad point.
    static void requireCallText(const IncidentDraft& draft);
};

} // namespace dispatch
