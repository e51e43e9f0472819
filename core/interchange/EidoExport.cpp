// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/EidoExport.h"

#include "domain/EventKinds.h"
#include "service/Board.h"
#include "store/AssignmentRepository.h"
#include "store/EventLog.h"
#include "store/IncidentRepository.h"
#include "store/HandInQueries.h"
#include "store/UnitRepository.h"

namespace dispatch {

std::optional<EidoReceipt> EidoExport::receipt(const QSqlDatabase& db, qint64 incidentId)
{
    for (const EventRecord& e : EventLog::forEntity(db, QStringLiteral("incident"), incidentId)) {
        if (e.kind != events::kIncidentHandedIn)
            continue;
        const QJsonObject p = e.payloadObject();
        EidoReceipt r;
        r.document = p.value(QStringLiteral("document")).toObject();
        r.rowVersion = p.value(QStringLiteral("row_version")).toInteger();
        r.address = p.value(QStringLiteral("address")).toString();
        if (p.value(QStringLiteral("lat")).isDouble() && p.value(QStringLiteral("lon")).isDouble())
            r.position = GeoPoint{p.value(QStringLiteral("lat")).toDouble(), p.value(QStringLiteral("lon")).toDouble()};
        return r;
    }
    return std::nullopt;
}

EidoSource EidoExport::source(const QSqlDatabase& db, const Board& board, const Incident& incident)
{
    EidoSource s;
    s.incident = incident;
    if (const Zone* z = board.zone(incident.zoneId))
        s.zoneName = z->name;
    s.agencyId = EidoWriter::agencyId(board.centre());
    s.agencyName = board.centre().name;
    s.zone = board.timeZone();
    for (const Assignment& a : AssignmentRepository::forIncident(db, incident.id)) {
        EidoSource::Resource r{a, {}, {}};
        if (const Unit* u = board.unit(a.unitId)) {
            r.callsign = u->callsign;
            r.unitType = u->type;
        } else if (const std::optional<Unit> stored = UnitRepository::find(db, a.unitId)) {
            r.callsign = stored->callsign;
            r.unitType = stored->type;
        }
        s.resources.append(r);
    }
    s.receipt = receipt(db, incident.id);
    return s;
}

Result<QJsonObject> EidoExport::incident(const QSqlDatabase& db, const Board& board, const QString& number)
{
    const std::optional<qint64> id = HandInQueries::incidentByNumber(db, number);
    if (!id)
        return Error{tr("no incident %1 in this store").arg(number), QStringLiteral("--eido")};
    const std::optional<Incident> i = IncidentRepository::find(db, *id);
    if (!i)
        return Error{tr("no incident %1 in this store").arg(number), QStringLiteral("--eido")};
    return EidoWriter::write(source(db, board, *i));
}

QList<QJsonObject> EidoExport::received(const QSqlDatabase& db, const Board& board, qint64 fromMs, qint64 toMs)
{
    QList<QJsonObject> out;
    IncidentQuery query;
    query.origin = IncidentOrigin::Live;
    query.fromMs = fromMs;
    query.toMs = toMs;
    query.limit = 100000;
    const QList<Incident> newestFirst = IncidentRepository::list(db, query);
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        out.append(EidoWriter::write(source(db, board, *it)));
    return out;
}

} // namespace dispatch
