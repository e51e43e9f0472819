// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Board.h"

#include "store/IncidentRepository.h"
#include "store/MetaRepository.h"
#include "store/PlaceRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <algorithm>

namespace dispatch {

void Board::load(const QSqlDatabase& db)
{
    // Read whole into a board of its own, then taken: a read that fails half-way (the server gone, a damaged page)
    // leaves the board as it was, never with this store's incidents and half its units.
    Board next;
    next.reloadReference(db);
    for (Incident& i : IncidentRepository::active(db))
        next.m_incidents.insert(i.id, std::move(i));
    for (Unit& u : UnitRepository::all(db)) {
        next.m_unitOrder.append(u.id);
        next.m_units.insert(u.id, std::move(u));
    }
    *this = std::move(next);
}

void Board::reloadReference(const QSqlDatabase& db)
{
    m_centre.name = MetaRepository::value(db, QStringLiteral("centre_name"));
    m_centre.nameEn = MetaRepository::value(db, QStringLiteral("centre_name_en"));
    m_centre.timeZone = MetaRepository::value(db, QStringLiteral("time_zone"));
    m_centre.demo = MetaRepository::value(db, QStringLiteral("demo")) == QStringLiteral("1");
    m_centre.training = MetaRepository::value(db, QStringLiteral("training")) == QStringLiteral("1");
    m_timeZone = m_centre.timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(m_centre.timeZone.toUtf8());
    if (!m_timeZone.isValid())
        m_timeZone = QTimeZone::systemTimeZone();
    const QString shifts = MetaRepository::value(db, QStringLiteral("shift_pattern"));
    m_shifts = ShiftPattern();
    if (!shifts.isEmpty())
        if (auto p = ShiftPattern::fromJson(shifts.toUtf8()))
            m_shifts = std::move(p).value();
    m_zones = PlaceRepository::zones(db);
    m_zoneIndex = ZoneIndex(m_zones);
    m_stations = PlaceRepository::stations(db);
    m_staging = PlaceRepository::stagingPoints(db);
    m_agencies = PlaceRepository::agencies(db);
    m_users = UserRepository::all(db);
}

Board::IncidentDelta Board::refreshIncidents(const QSqlDatabase& db, const QSet<qint64>& ids)
{
    IncidentDelta d;
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    for (qint64 id : std::as_const(sorted)) {
        const bool wasActive = m_incidents.contains(id);
        std::optional<Incident> now = IncidentRepository::find(db, id);
        const bool isActive = now && now->isActive() && now->origin != IncidentOrigin::Imported;
        if (isActive) {
            m_incidents.insert(id, std::move(*now));
            (wasActive ? d.changed : d.added).append(id);
        } else if (wasActive) {
            m_incidents.remove(id);
            d.removed.append(id);
        }
    }
    return d;
}

void Board::refreshUnits(const QSqlDatabase& db, const QSet<qint64>& ids)
{
    // Many at once (a feed's positions): one read of the roster is cheaper than a read per unit.
    if (ids.size() > kUnitsReadOneByOne) {
        QSet<qint64> missing = ids;
        for (Unit& u : UnitRepository::all(db)) { // by id: new units join the order as they were added
            if (!missing.remove(u.id))
                continue;
            if (!m_units.contains(u.id))
                m_unitOrder.append(u.id);
            m_units.insert(u.id, std::move(u));
        }
        for (qint64 id : std::as_const(missing)) {
            m_units.remove(id);
            m_unitOrder.removeAll(id);
        }
        return;
    }
    for (qint64 id : ids) {
        std::optional<Unit> u = UnitRepository::find(db, id);
        if (!u) {
            m_units.remove(id);
            m_unitOrder.removeAll(id);
            continue;
        }
        if (!m_units.contains(id))
            m_unitOrder.append(id);
        m_units.insert(id, std::move(*u));
    }
}

void Board::refixUnits(const QHash<qint64, qint64>& fixAtMs)
{
    for (auto it = fixAtMs.cbegin(); it != fixAtMs.cend(); ++it)
        if (const auto u = m_units.find(it.key()); u != m_units.end())
            u->fixAtMs = it.value();
}

const Zone* Board::zone(qint64 id) const
{
    for (const Zone& z : m_zones)
        if (z.id == id)
            return &z;
    return nullptr;
}

const Zone* Board::zoneAt(const GeoPoint& p) const
{
    const int i = m_zoneIndex.find(p);
    return i >= 0 ? &m_zones[i] : nullptr;
}

const Station* Board::station(qint64 id) const
{
    for (const Station& s : m_stations)
        if (s.id == id)
            return &s;
    return nullptr;
}

const StagingPoint* Board::stagingPoint(qint64 id) const
{
    for (const StagingPoint& s : m_staging)
        if (s.id == id)
            return &s;
    return nullptr;
}

const Agency* Board::agency(const QString& code) const
{
    for (const Agency& a : m_agencies)
        if (a.code == code)
            return &a;
    return nullptr;
}

const User* Board::user(qint64 id) const
{
    for (const User& u : m_users)
        if (u.id == id)
            return &u;
    return nullptr;
}

const Incident* Board::incident(qint64 id) const
{
    auto it = m_incidents.constFind(id);
    return it == m_incidents.cend() ? nullptr : &it.value();
}

QList<qint64> Board::activeIncidentIds() const
{
    QList<qint64> ids = m_incidents.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

const Unit* Board::unit(qint64 id) const
{
    auto it = m_units.constFind(id);
    return it == m_units.cend() ? nullptr : &it.value();
}

const Unit* Board::unitByCallsign(const QString& callsign) const
{
    for (const Unit& u : m_units)
        if (u.callsign == callsign)
            return &u;
    return nullptr;
}

} // namespace dispatch
