// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "domain/Places.h"
#include "domain/ShiftPattern.h"
#include "domain/Unit.h"
#include "domain/User.h"
#include "geo/ZoneIndex.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QTimeZone>

namespace dispatch {

/// The current picture every screen reads: active incidents, units and the reference data.
/// Only DispatchService refreshes it, from the store, after each commit; views keep ids, never copies.
class Board
{
public:
    struct IncidentDelta
    {
        QList<qint64> added;   ///< now active, not on the board before
        QList<qint64> changed; ///< active before and after
        QList<qint64> removed; ///< left the board (closed, merged, cancelled)
    };

    void load(const QSqlDatabase& db);
    void reloadReference(const QSqlDatabase& db);
    IncidentDelta refreshIncidents(const QSqlDatabase& db, const QSet<qint64>& ids);
    /// Up to this many units are read one by one (UnitRepository::find()); more, the roster at once.
    static constexpr qsizetype kUnitsReadOneByOne = 8;
    void refreshUnits(const QSqlDatabase& db, const QSet<qint64>& ids);
    /// Units whose stored position was only fixed again (the same place, a new fix time): no read needed.
    void refixUnits(const QHash<qint64, qint64>& fixAtMs);

    // Reference data
    const CentreInfo& centre() const { return m_centre; }
    QTimeZone timeZone() const { return m_timeZone; }
    const ShiftPattern& shiftPattern() const { return m_shifts; }
    const QList<Zone>& zones() const { return m_zones; }
    const Zone* zone(qint64 id) const;
    const Zone* zoneAt(const GeoPoint& p) const;
    const QList<Station>& stations() const { return m_stations; }
    const Station* station(qint64 id) const;
    const QList<StagingPoint>& stagingPoints() const { return m_staging; }
    const StagingPoint* stagingPoint(qint64 id) const;
    const QList<Agency>& agencies() const { return m_agencies; }
    const Agency* agency(const QString& code) const;
    const User* user(qint64 id) const;
    const QList<User>& users() const { return m_users; }

    // Live state
    const Incident* incident(qint64 id) const;
    QList<qint64> activeIncidentIds() const;
    int activeIncidentCount() const { return int(m_incidents.size()); }
    const Unit* unit(qint64 id) const;
    const Unit* unitByCallsign(const QString& callsign) const;
    const QList<qint64>& unitIds() const { return m_unitOrder; }

private:
    CentreInfo m_centre;
    QTimeZone m_timeZone;
    ShiftPattern m_shifts;
    QList<Zone> m_zones;
    ZoneIndex m_zoneIndex;
    QList<Station> m_stations;
    QList<StagingPoint> m_staging;
    QList<Agency> m_agencies;
    QList<User> m_users;

    QHash<qint64, Incident> m_incidents;
    QHash<qint64, Unit> m_units;
    QList<qint64> m_unitOrder;
};

} // namespace dispatch
