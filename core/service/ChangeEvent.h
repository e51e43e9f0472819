// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

namespace dispatch {

/// The kinds of things a committed change can touch, each named by its id.
enum class Entity : quint8 {
    Incident,
    Unit,
    Transfer,
    Callback,
    Rectification,
    Supervision,
    Mediation,
    Instruction,
    Ledger,
    FollowUp, ///< an item of a declared follow-up list (FollowUpDeclaration), whichever list it is on
    PhoneCall, ///< a call the telephone switch reported (its call back when it was abandoned)
    Handover,
    Reference, ///< zones, stations, staging points, agencies, users, centre settings (id 0: all of them)
};
inline constexpr int kEntityCount = int(Entity::Reference) + 1;

namespace Entities {
/// The stored code ("incident", "unit", …); the change feed keeps it beside the event that made the change.
QString code(Entity e);
std::optional<Entity> fromCode(const QString& code);
} // namespace Entities

/// What one committed change touched, by kind and id: the one change every view applies, whether this desk made
/// it or another desk (or a tool) did and it was read back from the store's change feed. Views update the rows
/// of the ids named and nothing else.
class ChangeEvent
{
public:
    void touch(Entity e, qint64 id) { m_ids[std::size_t(e)].insert(id); }
    /// A unit whose stored position was only fixed again (the same place, a new fix time): no read needed.
    void refix(qint64 unitId, qint64 fixAtMs) { m_refixed.insert(unitId, fixAtMs); }
    void merge(const ChangeEvent& other);

    bool touches(Entity e) const { return !m_ids[std::size_t(e)].isEmpty(); }
    const QSet<qint64>& ids(Entity e) const { return m_ids[std::size_t(e)]; }
    /// The ids of a kind, ascending.
    QList<qint64> sortedIds(Entity e) const;
    const QHash<qint64, qint64>& refixed() const { return m_refixed; }
    bool isEmpty() const;

    /// The last event of the change in the store's log (0: telemetry only, no event).
    qint64 lastSeq() const { return m_lastSeq; }
    /// The first event of the change (0: none).
    qint64 firstSeq() const { return m_firstSeq; }
    /// Notes an event of the change (the first one noted stays the first).
    void setLastSeq(qint64 seq)
    {
        if (!m_firstSeq)
            m_firstSeq = seq;
        m_lastSeq = seq;
    }
    /// Made by another process and read back from the feed.
    bool fromElsewhere() const { return m_fromElsewhere; }
    void setFromElsewhere(bool elsewhere) { m_fromElsewhere = elsewhere; }

private:
    std::array<QSet<qint64>, kEntityCount> m_ids;
    QHash<qint64, qint64> m_refixed;
    qint64 m_firstSeq = 0;
    qint64 m_lastSeq = 0;
    bool m_fromElsewhere = false;
};

} // namespace dispatch
