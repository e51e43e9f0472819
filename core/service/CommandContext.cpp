// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/CommandContext.h"

#include "clocks/ResponsePolicy.h"

#include "service/Board.h"
#include "service/IncidentTransitions.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"
#include "util/TimeFormat.h"

#include <QStringList>

namespace dispatch {

CommandContext::CommandContext(Database& db, const Board& board, Actor actor, std::optional<Role> role, qint64 nowMs)
    : m_db(db), m_board(board), m_actor(std::move(actor)), m_role(role), m_now(nowMs)
{
}

const QSqlDatabase& CommandContext::db() const
{
    return m_db.connection();
}

QString CommandContext::lastChangeBy(const QString& entity, qint64 entityId) const
{
    const std::optional<EventRecord> e = EventLog::lastForEntity(db(), entity, entityId);
    return e ? whenAndWho(*e) : QString();
}

QString CommandContext::whenAndWho(const EventRecord& e) const
{
    const QString at = timefmt::local(e.atMs, timeZone()).mid(11);
    if (e.desk.isEmpty())
        return tr("at %1 by %2").arg(at, e.username);
    return tr("at %1 by %2 at desk %3").arg(at, e.username, e.desk);
}

QTimeZone CommandContext::timeZone() const
{
    return m_board.timeZone();
}

EventRecord CommandContext::record(const QString& kind, const QString& entity, qint64 entityId,
                                   const QJsonObject& payload)
{
    std::optional<EventLog::Link> previous;
    if (m_lastEvent)
        previous = EventLog::Link{m_lastEvent->seq, m_lastEvent->hash};
    else if (m_transaction)
        previous = m_transaction->chainHeadAtStart();
    if (!previous)
        previous = EventLog::last(db());
    m_lastEvent = EventLog::append(db(), *previous, m_actor, m_now, kind, entity, entityId, payload);
    m_changes.setLastSeq(m_lastEvent->seq);
    return *m_lastEvent;
}

void CommandContext::seal()
{
    if (!m_lastEvent)
        return; // telemetry only: no event, nothing for the feed (positions travel on their own)
    EventLog::writeHead(db(), *m_lastEvent);
    QList<ChangeFeed::Touch> touches;
    for (int k = 0; k < kEntityCount; ++k)
        for (qint64 id : m_changes.sortedIds(Entity(k)))
            touches.append({m_lastEvent->seq, Entities::code(Entity(k)), id});
    ChangeFeed::append(db(), m_lastEvent->seq, touches);
}

void CommandContext::requireRole(std::initializer_list<Role> roles, bool allowSystem) const
{
    requireRole(QList<Role>(roles), allowSystem);
}

void CommandContext::requireRole(const QList<Role>& roles, bool allowSystem) const
{
    if (!m_role) {
        if (allowSystem && m_actor.userId == 0)
            return;
        throw DispatchError(tr("only a signed-in user may do this"));
    }
    for (Role r : roles)
        if (r == *m_role)
            return;
    QStringList names;
    for (Role r : roles)
        names << Roles::label(r);
    throw DispatchError(tr("%1 may not do this (allowed: %2)").arg(Roles::label(*m_role), names.join(QStringLiteral(", "))));
}

const IncidentTransitions& CommandContext::transitions() const
{
    static const IncidentTransitions none;
    return m_transitions ? *m_transitions : none;
}

const ResponsePolicy& CommandContext::policy() const
{
    return m_policy ? *m_policy : ResponsePolicy::builtin();
}

} // namespace dispatch
