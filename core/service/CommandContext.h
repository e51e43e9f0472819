// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/User.h"
#include "service/ChangeEvent.h"
#include "store/EventLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <initializer_list>
#include <optional>

namespace dispatch {

class Board;
class Database;
class Transaction;
class IncidentTransitions;
class ResponsePolicy;

/// Everything a command body may use while its transaction is open. Commands read the store (not the
/// board) for anything they change, record one event per change and note what changed.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::CommandContext)

public:
    CommandContext(Database& db, const Board& board, Actor actor, std::optional<Role> role, qint64 nowMs);

    const QSqlDatabase& db() const;
    Database& database() { return m_db; }
    const Board& board() const { return m_board; }
    const Actor& actor() const { return m_actor; }
    qint64 now() const { return m_now; }
    QTimeZone timeZone() const;
    /// Notes that this transaction changed `id` of kind `e`; after COMMIT the facade applies and announces it, and
    /// the store keeps it beside the transaction's last event for the other desks (the change feed).
    void touch(Entity e, qint64 id) { m_changes.touch(e, id); }
    /// A unit's position fixed again, no other change (telemetry, no event).
    void refix(qint64 unitId, qint64 fixAtMs) { m_changes.refix(unitId, fixAtMs); }
    const ChangeEvent& changes() const { return m_changes; }
    const ResponsePolicy& policy() const;
    void setPolicy(const ResponsePolicy* policy) { m_policy = policy; }
    /// The transaction the command runs in: the first event recorded follows the event log's last link as the
    /// transaction found it (Transaction::chainHeadAtStart(), on a server read in its first round trip) without
    /// reading it again.
    void setTransaction(const Transaction* tx) { m_transaction = tx; }
    /// The consequences of an incident's change of state (see IncidentTransitions), run inside this transaction.
    const IncidentTransitions& transitions() const;
    void setTransitions(const IncidentTransitions* transitions) { m_transitions = transitions; }

    /// Appends an event in this transaction.
    EventRecord record(const QString& kind, const QString& entity, qint64 entityId, const QJsonObject& payload);
    /// Writes the chain head after the transaction's last event and the change feed's entry of the transaction (what it
    /// touched, kept under that event); the facade calls it just before committing.
    void seal();

    /// When an event was recorded and by whom, for a sentence: "at 09:01:00 by dispatcher2 at desk 7".
    QString whenAndWho(const EventRecord& e) const;
    /// The same of the newest event about an entity (empty when the log says nothing about it).
    QString lastChangeBy(const QString& entity, qint64 entityId) const;

    /// Refuses unless a signed-in user holds one of the roles; `allowSystem` lets tools (dispatchctl,
    /// the clock, the simulator) act without a user.
    void requireRole(std::initializer_list<Role> roles, bool allowSystem = true) const;
    void requireRole(const QList<Role>& roles, bool allowSystem = true) const;

private:
    Database& m_db;
    const Board& m_board;
    Actor m_actor;
    std::optional<Role> m_role;
    qint64 m_now;
    ChangeEvent m_changes;
    const ResponsePolicy* m_policy = nullptr;
    const IncidentTransitions* m_transitions = nullptr;
    std::optional<EventRecord> m_lastEvent; ///< the last event this transaction appended
    const Transaction* m_transaction = nullptr;
};

} // namespace dispatch
