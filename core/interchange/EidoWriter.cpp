// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/Eido.h"

#include "domain/Places.h"
#include "domain/Taxonomy.h"
#include "interchange/EidoTypes.h"
#include "util/Slug.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamWriter>

namespace dispatch {

namespace {

QJsonObject ref(const QString& id)
{
    return {{QStringLiteral("$ref"), id}};
}

/// The prologue every data component starts with.
QJsonObject component(const QString& id, qint64 atMs, const EidoSource& s)
{
    return {{QStringLiteral("$id"), id},
            {QStringLiteral("lastUpdateTimeStamp"), EidoWriter::time(atMs, s.zone)},
            {QStringLiteral("updatedByAgencyReference"), ref(s.agencyId)}};
}

/// A point as PIDF-LO (RFC 4119 with a GML point, RFC 5491), the form EIDO carries a location by value in.
QString pidfPoint(const QString& entity, const GeoPoint& p)
{
    QString out;
    QXmlStreamWriter x(&out);
    x.writeStartElement(QStringLiteral("presence"));
    x.writeDefaultNamespace(QStringLiteral("urn:ietf:params:xml:ns:pidf"));
    x.writeNamespace(QStringLiteral("urn:ietf:params:xml:ns:pidf:geopriv10"), QStringLiteral("gp"));
    x.writeNamespace(QStringLiteral("http://www.opengis.net/gml"), QStringLiteral("gml"));
    x.writeAttribute(QStringLiteral("entity"), QStringLiteral("pres:") + entity);
    x.writeStartElement(QStringLiteral("tuple"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("incident"));
    x.writeStartElement(QStringLiteral("status"));
    x.writeStartElement(QStringLiteral("urn:ietf:params:xml:ns:pidf:geopriv10"), QStringLiteral("geopriv"));
    x.writeStartElement(QStringLiteral("urn:ietf:params:xml:ns:pidf:geopriv10"), QStringLiteral("location-info"));
    x.writeStartElement(QStringLiteral("http://www.opengis.net/gml"), QStringLiteral("Point"));
    x.writeAttribute(QStringLiteral("srsName"), QStringLiteral("urn:ogc:def:crs:EPSG::4326"));
    x.writeTextElement(QStringLiteral("http://www.opengis.net/gml"), QStringLiteral("pos"),
                       QString::number(p.lat, 'f', 6) + u' ' + QString::number(p.lon, 'f', 6));
    x.writeEndElement(); // Point
    x.writeEndElement(); // location-info
    x.writeEmptyElement(QStringLiteral("urn:ietf:params:xml:ns:pidf:geopriv10"), QStringLiteral("usage-rules"));
    x.writeEndElement(); // geopriv
    x.writeEndElement(); // status
    x.writeEndElement(); // tuple
    x.writeEndElement(); // presence
    return out;
}

QJsonArray statusCommon(IncidentState state)
{
    switch (state) {
    case IncidentState::Received:
    case IncidentState::Triaged:
        return {QStringLiteral("Active")};
    case IncidentState::Dispatched:
    case IncidentState::Acknowledged:
        return {QStringLiteral("Active"), QStringLiteral("ResourcesAssigned")};
    case IncidentState::EnRoute:
        return {QStringLiteral("Active"), QStringLiteral("ResourcesEnroute")};
    case IncidentState::OnScene:
    case IncidentState::FeedbackGiven:
        return {QStringLiteral("Active"), QStringLiteral("ResourcesOnscene")};
    case IncidentState::Cancelled:
        return {QStringLiteral("Cancelled")};
    case IncidentState::Closed:
    case IncidentState::Diverted:
    case IncidentState::Transferred:
    case IncidentState::Merged:
        return {QStringLiteral("Closed")};
    }
    return {QStringLiteral("Active")};
}

/// The incident's type, priority and status as this centre holds them (written into the incident component).
void setIncidentFacts(QJsonObject& c, const EidoSource& s)
{
    const Incident& i = s.incident;
    c.insert(QStringLiteral("incidentTypeCommonRegistryText"), EidoWriter::commonType(i.category));
    if (!i.category.isEmpty()) {
        c.insert(QStringLiteral("incidentTypeInternalCode"), i.category);
        c.insert(QStringLiteral("incidentTypeInternalText"), Taxonomy::builtin().categoryLabel(i.category, QStringLiteral("en")));
    } else {
        c.remove(QStringLiteral("incidentTypeInternalCode"));
        c.remove(QStringLiteral("incidentTypeInternalText"));
    }
    c.insert(QStringLiteral("incidentStatusCommonRegistryText"), statusCommon(i.state));
    c.insert(QStringLiteral("incidentStatusInternalText"), QJsonArray{IncidentLifecycle::code(i.state)});
    if (i.priority > 0) {
        c.insert(QStringLiteral("incidentCommonPriorityNumber"), i.priority);
        c.insert(QStringLiteral("incidentPriorityInternalText"), QStringLiteral("P%1").arg(i.priority));
    } else {
        c.remove(QStringLiteral("incidentCommonPriorityNumber"));
        c.remove(QStringLiteral("incidentPriorityInternalText"));
    }
    if (!s.zoneName.isEmpty())
        c.insert(QStringLiteral("beatOrDispatchGroupText"), s.zoneName);
}

QJsonObject locationComponent(const QString& id, qint64 atMs, const EidoSource& s)
{
    QJsonObject c = component(id, atMs, s);
    c.insert(QStringLiteral("locationTypeDescriptionRegistryText"), QStringLiteral("CurrentIncident"));
    if (s.incident.position)
        c.insert(QStringLiteral("locationByValue"), pidfPoint(id, *s.incident.position));
    if (!s.incident.address.isEmpty())
        c.insert(QStringLiteral("locationDescriptionText"), s.incident.address);
    return c;
}

QString secondaryStatus(const Assignment& a)
{
    if (!a.isOpen())
        return a.release == QLatin1String("cleared") ? QStringLiteral("Cleared") : QStringLiteral("AssignmentCancelled");
    switch (a.stage()) {
    case UnitState::OnScene:
        return QStringLiteral("Arrived");
    case UnitState::EnRoute:
        return QStringLiteral("Enroute");
    case UnitState::Acknowledged:
        return QStringLiteral("AcknowledgedTransmission");
    default:
        return QStringLiteral("Assigned");
    }
}

QString unitId(const QString& callsign, const QString& agencyId)
{
    return QStringLiteral("urn:emergency:uid:resourceid:%1:%2").arg(callsign, agencyId);
}

/// The units this centre sent: one dispatch component per unit sent, and the unit as an emergency resource.
void appendResources(QJsonObject& doc, const EidoSource& s, const QString& incidentId)
{
    if (s.resources.isEmpty())
        return;
    QJsonArray dispatches = doc.value(QStringLiteral("dispatchComponent")).toArray();
    QJsonArray resources = doc.value(QStringLiteral("emergencyResourceComponent")).toArray();
    QStringList listed;
    for (const QJsonValue& r : std::as_const(resources))
        listed.append(r.toObject().value(QStringLiteral("$id")).toString());
    for (const EidoSource::Resource& r : s.resources) {
        const Assignment& a = r.assignment;
        const QString rid = unitId(r.callsign, s.agencyId);
        const qint64 last = std::max({a.dispatchedAtMs, a.acknowledgedAtMs, a.enRouteAtMs, a.onSceneAtMs, a.releasedAtMs});
        QJsonObject res = component(rid, last, s);
        res.insert(QStringLiteral("emergencyResourceName"), r.callsign);
        res.insert(QStringLiteral("emergencyResourceTypeCommonRegistryText"), QStringLiteral("PatrolUnit"));
        res.insert(QStringLiteral("emergencyResourceTypeInternalText"), r.unitType);
        res.insert(QStringLiteral("resourceAttributeRegistryText"), QJsonArray{QStringLiteral("Other")});
        res.insert(QStringLiteral("resourceAttributeInternalText"), QJsonArray{r.unitType});
        res.insert(QStringLiteral("primaryUnitStatusRegistryText"),
                   a.isOpen() ? QStringLiteral("NotAvailable") : QStringLiteral("Available"));
        res.insert(QStringLiteral("secondaryUnitStatusRegistryText"), QJsonArray{secondaryStatus(a)});
        res.insert(QStringLiteral("unitStatusInternal"),
                   QJsonArray{a.isOpen() ? UnitLifecycle::code(a.stage()) : a.release});
        res.insert(QStringLiteral("agentReference"), QJsonArray{});
        if (a.isOpen())
            res.insert(QStringLiteral("activeOnIncidentId"), incidentId);
        if (const int eta = a.etaSeconds; eta >= 0 && a.isOpen() && !a.onSceneAtMs)
            res.insert(QStringLiteral("eta"), EidoWriter::time(a.dispatchedAtMs + qint64(eta) * 1000, s.zone));
        if (const qsizetype at = listed.indexOf(rid); at >= 0) {
            resources.replace(at, res);
        } else {
            resources.append(res);
            listed.append(rid);
        }
        QJsonObject d = component(QStringLiteral("%1:dispatch:%2:%3").arg(incidentId, s.agencyId, QString::number(a.id)),
                                  a.dispatchedAtMs, s);
        d.insert(QStringLiteral("agencyReference"), ref(s.agencyId));
        d.insert(QStringLiteral("emergencyResourceReference"), QJsonArray{ref(rid)});
        dispatches.append(d);
    }
    doc.insert(QStringLiteral("dispatchComponent"), dispatches);
    doc.insert(QStringLiteral("emergencyResourceComponent"), resources);
}

QJsonObject agency(const EidoSource& s, qint64 atMs, const QStringList& roles, bool owning)
{
    QJsonObject a = component(s.agencyId, atMs, s);
    a.insert(QStringLiteral("agencyRoleDescriptionRegistryText"), QJsonArray::fromStringList(roles));
    a.insert(QStringLiteral("agencyType"), QJsonArray{QStringLiteral("police")});
    a.insert(QStringLiteral("incidentOwningAgencyIndicator"), owning);
    if (!s.agencyName.isEmpty()) {
        // The agency's contact as a jCard (RFC 7095), which EIDO carries as a string.
        const QJsonArray card{QStringLiteral("vcard"),
                              QJsonArray{QJsonArray{QStringLiteral("version"), QJsonObject{}, QStringLiteral("text"), QStringLiteral("4.0")},
                                         QJsonArray{QStringLiteral("kind"), QJsonObject{}, QStringLiteral("text"), QStringLiteral("org")},
                                         QJsonArray{QStringLiteral("fn"), QJsonObject{}, QStringLiteral("text"), s.agencyName}}};
        a.insert(QStringLiteral("agencyJcard"), QString::fromUtf8(QJsonDocument(card).toJson(QJsonDocument::Compact)));
    }
    return a;
}

qint64 lastUpdate(const EidoSource& s)
{
    qint64 last = s.incident.updatedAtMs;
    for (const EidoSource::Resource& r : s.resources) {
        const Assignment& a = r.assignment;
        last = std::max({last, a.dispatchedAtMs, a.acknowledgedAtMs, a.enRouteAtMs, a.onSceneAtMs, a.releasedAtMs});
    }
    return last;
}

/// An incident of this centre, written whole.
QJsonObject writeOwn(const EidoSource& s)
{
    const Incident& i = s.incident;
    const QString id = EidoWriter::incidentId(i.number, s.agencyId);
    const qint64 last = lastUpdate(s);
    QJsonObject doc = component(id, last, s);
    doc.insert(QStringLiteral("eidoVersion"), QStringLiteral("1.0"));
    doc.insert(QStringLiteral("issuingElementIdentification"), s.agencyId);

    QStringList roles{QStringLiteral("CallReceiving")};
    if (!s.resources.isEmpty())
        roles.append(QStringLiteral("Dispatching"));
    doc.insert(QStringLiteral("agencyComponent"), QJsonArray{agency(s, last, roles, true)});

    QJsonObject inc = component(id, i.updatedAtMs, s);
    setIncidentFacts(inc, s);
    inc.insert(QStringLiteral("internalIncidentId"), i.number);

    const QString callId = QStringLiteral("urn:emergency:uid:callid:%1:%2").arg(i.number, s.agencyId);
    QJsonObject call = component(callId, i.createdAtMs, s);
    call.insert(QStringLiteral("queueIdentifier"), i.line);
    call.insert(QStringLiteral("standardPrimaryCallType"), QStringLiteral("emergency"));
    call.insert(QStringLiteral("direction"), QStringLiteral("incoming"));
    call.insert(QStringLiteral("callStartTimestamp"), EidoWriter::time(i.receivedAtMs, s.zone));
    call.insert(QStringLiteral("callStateRegistryText"), QStringLiteral("callEnded"));

    if (!i.address.isEmpty() || i.position) {
        const QString locId = id + QStringLiteral(":location:1");
        doc.insert(QStringLiteral("locationComponent"), QJsonArray{locationComponent(locId, i.createdAtMs, s)});
        inc.insert(QStringLiteral("locationReference"), QJsonArray{ref(locId)});
        call.insert(QStringLiteral("locationReference"), QJsonArray{ref(locId)});
    }
    if (!i.callerName.isEmpty() || !i.callerPhone.isEmpty()) {
        const QString personId = id + QStringLiteral(":caller:1");
        QJsonObject person = component(personId, i.createdAtMs, s);
        person.insert(QStringLiteral("personIncidentRoleRegistryText"), QJsonArray{QStringLiteral("Caller")});
        person.insert(QStringLiteral("callIdentifier"), QJsonArray{callId});
        if (!i.callerName.isEmpty())
            person.insert(QStringLiteral("ncPersonComponent"),
                          QJsonObject{{QStringLiteral("name"),
                                       QJsonArray{QJsonObject{{QStringLiteral("personFullName"),
                                                               QJsonArray{QJsonObject{{QStringLiteral("value"), i.callerName}}}}}}}});
        if (!i.callerPhone.isEmpty()) {
            const QString cbId = id + QStringLiteral(":callback:1");
            QJsonObject cb = component(cbId, i.createdAtMs, s);
            cb.insert(QStringLiteral("callBackInformationUri"), QJsonArray{QJsonValue(QStringLiteral("tel:") + i.callerPhone)});
            doc.insert(QStringLiteral("callbackComponent"), QJsonArray{cb});
            person.insert(QStringLiteral("callBackReference"), ref(cbId));
            call.insert(QStringLiteral("callBackReference"), ref(cbId));
        }
        doc.insert(QStringLiteral("personComponent"), QJsonArray{person});
        inc.insert(QStringLiteral("personReference"), QJsonArray{ref(personId)});
        call.insert(QStringLiteral("personReference"), QJsonArray{ref(personId)});
    }
    if (!i.summary.isEmpty()) {
        const QString noteId = id + QStringLiteral(":note:1");
        QJsonObject note = component(noteId, i.createdAtMs, s);
        note.insert(QStringLiteral("notesActionComments"), i.summary.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
        doc.insert(QStringLiteral("notesComponent"), QJsonArray{note});
        inc.insert(QStringLiteral("notesReference"), QJsonArray{ref(noteId)});
    }
    doc.insert(QStringLiteral("incidentComponent"), inc);
    doc.insert(QStringLiteral("callComponent"), QJsonArray{call});
    appendResources(doc, s, id);
    return doc;
}

/// A handed-in incident: the sender's document, with this centre's changes since added as this centre's.
QJsonObject writeReceived(const EidoSource& s)
{
    QJsonObject doc = s.receipt->document;
    const QString id = doc.value(QStringLiteral("$id")).toString();
    doc.insert(QStringLiteral("issuingElementIdentification"), s.agencyId);
    const bool rowChanged = s.incident.rowVersion != s.receipt->rowVersion;
    if (!rowChanged && s.resources.isEmpty())
        return doc;

    const qint64 last = lastUpdate(s);
    QJsonObject inc = doc.value(QStringLiteral("incidentComponent")).toObject();
    if (rowChanged) {
        setIncidentFacts(inc, s);
        inc.insert(QStringLiteral("lastUpdateTimeStamp"), EidoWriter::time(s.incident.updatedAtMs, s.zone));
        inc.insert(QStringLiteral("updatedByAgencyReference"), ref(s.agencyId));
        const bool moved = s.incident.address != s.receipt->address
                           || s.incident.position.has_value() != s.receipt->position.has_value()
                           || (s.incident.position && !(*s.incident.position == *s.receipt->position));
        if (moved) {
            const QString locId = QStringLiteral("%1:location:%2").arg(id, s.agencyId);
            QJsonArray locations = doc.value(QStringLiteral("locationComponent")).toArray();
            locations.append(locationComponent(locId, s.incident.updatedAtMs, s));
            doc.insert(QStringLiteral("locationComponent"), locations);
            QJsonArray refs = inc.value(QStringLiteral("locationReference")).toArray();
            refs.prepend(ref(locId));
            inc.insert(QStringLiteral("locationReference"), refs);
        }
    }
    doc.insert(QStringLiteral("incidentComponent"), inc);
    appendResources(doc, s, id);

    // This centre joins the agencies: taken in from the sender, and dispatching if it sent units.
    QStringList roles{QStringLiteral("TransferredTo")};
    if (!s.resources.isEmpty())
        roles.append(QStringLiteral("Dispatching"));
    QJsonArray agencies = doc.value(QStringLiteral("agencyComponent")).toArray();
    bool found = false;
    for (qsizetype k = 0; k < agencies.size(); ++k)
        if (agencies.at(k).toObject().value(QStringLiteral("$id")).toString() == s.agencyId) {
            agencies.replace(k, agency(s, last, roles, false));
            found = true;
        }
    if (!found)
        agencies.append(agency(s, last, roles, false));
    doc.insert(QStringLiteral("agencyComponent"), agencies);
    doc.insert(QStringLiteral("lastUpdateTimeStamp"), EidoWriter::time(last, s.zone));
    doc.insert(QStringLiteral("updatedByAgencyReference"), ref(s.agencyId));
    return doc;
}

} // namespace

QJsonObject EidoWriter::write(const EidoSource& source)
{
    return source.receipt ? writeReceived(source) : writeOwn(source);
}

QString EidoWriter::agencyId(const CentreInfo& centre)
{
    const QString slug = slugOf(centre.nameEn);
    return (slug.isEmpty() ? QStringLiteral("centre") : slug) + QStringLiteral(".dispatch.local");
}

QString EidoWriter::incidentId(const QString& number, const QString& agencyId)
{
    return QStringLiteral("urn:emergency:uid:incidentid:%1:%2").arg(number, agencyId);
}

QString EidoWriter::time(qint64 ms, const QTimeZone& zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const int offset = t.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
           + QStringLiteral("%1%2:%3")
                 .arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                 .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                 .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString EidoWriter::commonType(const QString& category)
{
    return EidoTypes::instance().exportType(category);
}

QString EidoWriter::categoryForCommonType(const QString& registryValue)
{
    return EidoTypes::instance().importCategory(registryValue);
}

} // namespace dispatch
