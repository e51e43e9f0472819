// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/User.h"
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
class ResponsePolicy;

/// What one committed command changed; the facade turns it into batched signals after COMMIT.
struct ChangeSet
{
    QSet<qint64> incidents;
    QSet<qint64> units;
    QHash<qint64, qint64> refixed; ///< units whose position was only fixed again → the new fix time
    bool reference = false; ///< zones, stations, staging points, agencies, users, centre settings
    bool transfers = false; ///< a transfer opened, signed for or overdue
    bool callbacks = false; ///< a callback or rectification opened, tried, done or overdue
    bool supervision = false; ///< a supervision opened, noted, closed or overdue
    bool mediation = false; ///< a mediation assigned, ended or overdue
    bool instructions = false; ///< an instruction registered, signed for, forwarded, answered or overdue
    bool ledger = false; ///< a repeat-ledger entry opened, grown, worked, closed or overdue
    bool handovers = false; ///< a handover prepared, noted, signed, accepted or rejected; a flag or roster set
    qint64 lastSeq = 0;

    bool isEmpty() const
    {
        return incidents.isEmpty() && units.isEmpty() && refixed.isEmpty() && !reference && !transfers && !callbacks && !supervision
               && !mediation && !instructions && !ledger && !handovers && !lastSeq;
    }
};

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
    ChangeSet& changes() { return m_changes; }
    const ResponsePolicy& policy() const;
    void setPolicy(const ResponsePolicy* policy) { m_policy = policy; }

    /// Appends an event in this transaction.
    EventRecord record(const QString& kind, const QString& entity, qint64 entityId, const QJsonObject& payload);
    /// Writes the chain head after the transaction's last event; the facade calls it just before committing.
    void seal();

    /// Refuses unless a signed-in user holds one of the roles; `allowSystem` lets tools (dispatchctl,
    /// the clock, the simulator) act without a user.
    void requireRole(std::initializer_list<Role> roles, bool allowSystem = true) const;

private:
    Database& m_db;
    const Board& m_board;
    Actor m_actor;
    std::optional<Role> m_role;
    qint64 m_now;
    ChangeSet m_changes;
    const ResponsePolicy* m_policy = nullptr;
    std::optional<EventRecord> m_lastEvent; ///< the last event this transaction appended
};

} // namespace dispatch
