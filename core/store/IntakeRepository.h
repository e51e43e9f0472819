// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "domain/WorkOrder.h"
#include "geo/GeoPoint.h"
#include "store/ServerPipeline.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// A further caller merged into an incident (the first caller is on the incident itself).
struct IncidentCaller
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString line;
    QString name;
    QString phone;
    QString address;
    QString summary;
    qint64 receivedAtMs = 0;
    qint64 addedAtMs = 0;
    qint64 addedBy = 0;
    QString desk;
    QString sourceRef;   ///< a training call: "SIM:<id>"
};

/// A repeat mark for the repeat-incident ledger (重复警情台账).
struct RepeatMark
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString mark;      ///< same_event (同类事件反复报警) / recurred (处置后再发) / frequent (反复多发)
    QString cls;       ///< gambling / drunk / noise / venue / other
    qint64 relatedId = 0;
    int placeCount = 0;
    qint64 createdAtMs = 0;
};

/// A row found near a point by the position index.
struct NearbyIncident
{
    qint64 id = 0;
    QString number;
    GeoPoint position;
    QString address;
    QString phone;
    QString category;
    IncidentState state = IncidentState::Received;
    qint64 receivedAtMs = 0;
    qint64 stateSinceMs = 0;
    QString summary;
    double distanceMetres = -1; ///< from the place searched for (IntakeRepository::near), else -1
};

/// Diversion in a period: live calls received, and the work orders sent for them.
struct DiversionFigures
{
    int calls = 0;      ///< live incidents received in the period
    int diverted = 0;   ///< of those, sent to an agency as a work order
    int returned = 0;   ///< of the diverted, returned as police matters
    int open = 0;       ///< of the diverted, still sent or accepted
    /// Share of calls that stayed with an agency: (diverted − returned) / calls; 0 with no calls.
    double rate() const { return calls ? double(diverted - returned) / double(calls) : 0.0; }
};

/// Callers, links, repeat marks and work orders; the position and phone lookups of duplicate search.
class IntakeRepository
{
public:
    static qint64 insertCaller(const QSqlDatabase& db, const IncidentCaller& c);
    static QList<IncidentCaller> callers(const QSqlDatabase& db, qint64 incidentId);

    static void insertLink(const QSqlDatabase& db, qint64 incidentId, qint64 linkedId, const QString& reason,
                           qint64 atMs, qint64 userId);
    static QList<qint64> links(const QSqlDatabase& db, qint64 incidentId); ///< both directions

    static qint64 insertMark(const QSqlDatabase& db, const RepeatMark& m);
    static QList<RepeatMark> marks(const QSqlDatabase& db, qint64 incidentId);

    static qint64 insertWorkOrder(const QSqlDatabase& db, const WorkOrder& w);
    static void updateWorkOrder(const QSqlDatabase& db, const WorkOrder& w);
    static std::optional<WorkOrder> workOrder(const QSqlDatabase& db, qint64 id);
    static QList<WorkOrder> workOrders(const QSqlDatabase& db, qint64 incidentId);
    /// Diversion figures of the live calls received in [fromMs, toMs).
    static DiversionFigures diversion(const QSqlDatabase& db, qint64 fromMs, qint64 toMs);

    /// What finds the incidents near a place first on a server: the place (a window of days, in which a busy place
    /// has fewer incidents than the whole district has in it) or the time (a window of hours: the district's last
    /// calls are fewer than all those ever near a busy place). SQLite's R*Tree is good for both.
    enum class NearBy { Place, Time };
    /// Live incidents within `radiusMetres` of `p` received at or after `sinceMs` (bounding box from the
    /// position index, then exact distance).
    static QList<NearbyIncident> near(const QSqlDatabase& db, const GeoPoint& p, double radiusMetres, qint64 sinceMs,
                                      NearBy by = NearBy::Place, int limit = 200);
    /// Live incidents with the same address text received at or after `sinceMs`.
    static QList<NearbyIncident> sameAddress(const QSqlDatabase& db, const QString& address, qint64 sinceMs,
                                             int limit = 200);
    /// Live incidents where the phone called (as first caller or merged caller) at or after `sinceMs`.
    static QList<NearbyIncident> samePhone(const QSqlDatabase& db, const QString& phone, qint64 sinceMs,
                                           int limit = 50);

    // The statements and values near(), sameAddress() and samePhone() read with, to be sent together
    // (sql::readAhead()).
    static sql::PipelineStep nearStatement(const QSqlDatabase& db, const GeoPoint& p, double radiusMetres, qint64 sinceMs,
                                           NearBy by = NearBy::Place);
    static sql::PipelineStep sameAddressStatement(const QString& address, qint64 sinceMs, int limit = 200);
    static sql::PipelineStep samePhoneStatement(const QString& phone, qint64 sinceMs, int limit = 50);
};

} // namespace dispatch
