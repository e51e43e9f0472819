// SPDX-License-Identifier: GPL-3.0-or-later
// Incidents handed between centres as NENA EIDO: what is written validates against NENA's published schema (made
// into JSON Schema, tests/data/interchange) and says what the store holds; a handed-in incident keeps the sender's
// ids and comes back out unchanged until this centre changes it; bad documents are refused naming the field.
#include "CatchQt.h"
#include "SchemaCheck.h"
#include "TestStore.h"

#include "geo/GeoPoint.h"
#include "interchange/EidoExport.h"
#include "store/IncidentRepository.h"
#include "store/MetaRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace dispatch;
using namespace dispatch::test;

namespace {

const GeoPoint kNearHospital = geo::offsetMetres({22.780, 100.970}, 0, -300);

QString schemaPath()
{
    return testDataPath(QStringLiteral("interchange/eido-1.0.schema.json"));
}

qint64 takeCall(DispatchService& svc)
{
    IncidentDraft d;
    d.callerName = QStringLiteral("王建国");
    d.callerPhone = QStringLiteral("13987912345");
    d.address = QStringLiteral("思茅区振兴大道人民医院东门");
    d.position = kNearHospital;
    d.summary = QStringLiteral("两个人拿着棍子在医院门口打人 <还在打>\n受伤的人倒在地上");
    d.category = QStringLiteral("criminal");
    d.priority = 1;
    auto id = svc.createIncident(d);
    REQUIRE(id.ok());
    return *id;
}

QJsonObject exportOf(TestStore& s, qint64 incidentId)
{
    const Incident* i = s.service().board().incident(incidentId);
    REQUIRE(i);
    auto eido = EidoExport::incident(s.db().connection(), s.service().board(), i->number);
    INFO(eido.errorString().toStdString());
    REQUIRE(eido.ok());
    return *eido;
}

QJsonObject firstOf(const QJsonObject& doc, const char* list)
{
    return doc.value(QString::fromLatin1(list)).toArray().at(0).toObject();
}

void requireValid(const QJsonObject& doc)
{
    const QStringList errors = jsonSchemaErrors(doc, schemaPath());
    INFO(errors.join(QStringLiteral("\n")).toStdString());
    REQUIRE(errors.isEmpty());
}

/// A second centre: a store of its own with another name (another EIDO agency).
void renameCentre(TestStore& s, const QString& nameEn)
{
    MetaRepository::set(s.db().connection(), QStringLiteral("centre_name_en"), nameEn);
    s.reopen();
}

QList<EidoHandIn> readBack(const QJsonValue& v)
{
    const QByteArray bytes = v.isArray() ? QJsonDocument(v.toArray()).toJson() : QJsonDocument(v.toObject()).toJson();
    auto read = EidoReader::read(bytes, QStringLiteral("handed.json"));
    INFO(read.errorString().toStdString());
    REQUIRE(read.ok());
    return *read;
}

QJsonObject withoutIssuer(QJsonObject doc)
{
    doc.remove(QStringLiteral("issuingElementIdentification"));
    return doc;
}

} // namespace

TEST_CASE("EIDO export: a centre's incident validates against NENA's schema and says what the store holds", "[eido]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const qint64 id = takeCall(svc);
    const Unit* car = svc.board().unitByCallsign(QStringLiteral("特巡01"));
    REQUIRE(car);
    REQUIRE(svc.dispatchUnits(id, {{car->id, 400, 90}}).ok());
    const QJsonObject doc = exportOf(s, id);
    requireValid(doc);

    const Incident* i = svc.board().incident(id);
    const QString agency = QStringLiteral("simao-sub-bureau-command-centre-demo.dispatch.local");
    CHECK(doc.value(QStringLiteral("eidoVersion")).toString() == QStringLiteral("1.0"));
    CHECK(doc.value(QStringLiteral("$id")).toString() == QStringLiteral("urn:emergency:uid:incidentid:%1:%2").arg(i->number, agency));
    CHECK(firstOf(doc, "agencyComponent").value(QStringLiteral("$id")).toString() == agency);
    CHECK(firstOf(doc, "agencyComponent").value(QStringLiteral("agencyRoleDescriptionRegistryText")).toArray()
          == QJsonArray{QStringLiteral("CallReceiving"), QStringLiteral("Dispatching")});

    const QJsonObject inc = doc.value(QStringLiteral("incidentComponent")).toObject();
    CHECK(inc.value(QStringLiteral("incidentTypeInternalCode")).toString() == QStringLiteral("criminal"));
    CHECK(inc.value(QStringLiteral("incidentTypeCommonRegistryText")).toString() == QStringLiteral("INVEST"));
    CHECK(inc.value(QStringLiteral("incidentCommonPriorityNumber")).toInt() == 1);
    CHECK(inc.value(QStringLiteral("incidentStatusCommonRegistryText")).toArray()
          == QJsonArray{QStringLiteral("Active"), QStringLiteral("ResourcesAssigned")});
    CHECK(inc.value(QStringLiteral("internalIncidentId")).toString() == i->number);
    CHECK_FALSE(inc.value(QStringLiteral("beatOrDispatchGroupText")).toString().isEmpty());

    // Times carry the centre's offset, never "Z"; the call began when the call-taker opened the form.
    const QJsonObject call = firstOf(doc, "callComponent");
    CHECK(call.value(QStringLiteral("callStartTimestamp")).toString() == QStringLiteral("2026-11-22T09:00:00+08:00"));
    CHECK(call.value(QStringLiteral("queueIdentifier")).toString() == QStringLiteral("110"));

    const QJsonObject place = firstOf(doc, "locationComponent");
    CHECK(place.value(QStringLiteral("locationTypeDescriptionRegistryText")).toString() == QStringLiteral("CurrentIncident"));
    CHECK(place.value(QStringLiteral("locationDescriptionText")).toString() == QStringLiteral("思茅区振兴大道人民医院东门"));
    CHECK(place.value(QStringLiteral("locationByValue")).toString().contains(
        QStringLiteral("<gml:pos>%1 %2</gml:pos>").arg(kNearHospital.lat, 0, 'f', 6).arg(kNearHospital.lon, 0, 'f', 6)));

    const QJsonObject person = firstOf(doc, "personComponent");
    CHECK(person.value(QStringLiteral("personIncidentRoleRegistryText")).toArray() == QJsonArray{QStringLiteral("Caller")});
    CHECK(firstOf(doc, "callbackComponent").value(QStringLiteral("callBackInformationUri")).toArray()
          == QJsonArray{QStringLiteral("tel:13987912345")});
    // Notes are HTML: the caller's "<" is escaped, the line break kept.
    CHECK(firstOf(doc, "notesComponent").value(QStringLiteral("notesActionComments")).toString()
          == QStringLiteral("两个人拿着棍子在医院门口打人 &lt;还在打&gt;<br>受伤的人倒在地上"));

    const QJsonObject unit = firstOf(doc, "emergencyResourceComponent");
    CHECK(unit.value(QStringLiteral("emergencyResourceName")).toString() == QStringLiteral("特巡01"));
    CHECK(unit.value(QStringLiteral("primaryUnitStatusRegistryText")).toString() == QStringLiteral("NotAvailable"));
    CHECK(unit.value(QStringLiteral("secondaryUnitStatusRegistryText")).toArray() == QJsonArray{QStringLiteral("Assigned")});
    CHECK(unit.value(QStringLiteral("eta")).toString() == QStringLiteral("2026-11-22T09:01:30+08:00"));
    CHECK(firstOf(doc, "dispatchComponent").value(QStringLiteral("emergencyResourceReference")).toArray().at(0)
              .toObject().value(QStringLiteral("$ref")) == unit.value(QStringLiteral("$id")));

    // The schema is a real check: a misspelt member, a missing required one, a "Z"-less bad time are each refused.
    QJsonObject misspelt = doc;
    QJsonObject badInc = inc;
    badInc.insert(QStringLiteral("incidentPriority"), 1);
    misspelt.insert(QStringLiteral("incidentComponent"), badInc);
    CHECK_FALSE(jsonSchemaErrors(misspelt, schemaPath()).isEmpty());
    QJsonObject unversioned = doc;
    unversioned.remove(QStringLiteral("eidoVersion"));
    CHECK_FALSE(jsonSchemaErrors(unversioned, schemaPath()).isEmpty());
    QJsonObject localTime = doc;
    localTime.insert(QStringLiteral("lastUpdateTimeStamp"), QStringLiteral("2026-11-22 09:00"));
    CHECK_FALSE(jsonSchemaErrors(localTime, schemaPath()).isEmpty());
}

TEST_CASE("EIDO round trip: export, take in at another centre, export again gives the same incident", "[eido]")
{
    TestStore a;
    const qint64 sent = takeCall(a.service());
    const Incident original = *a.service().board().incident(sent);
    const QJsonObject e1 = exportOf(a, sent);
    requireValid(e1);

    TestStore b;
    renameCentre(b, QStringLiteral("Ning'er County Command Centre"));
    DispatchService& svc = b.service();
    b.clock().advanceMs(5 * 60 * 1000);
    const QList<EidoHandIn> read = readBack(e1);
    REQUIRE(read.size() == 1);
    CHECK(read.first().notes.isEmpty());
    auto ids = svc.handIn(read, QStringLiteral("instruction"));
    INFO(ids.errorString().toStdString());
    REQUIRE(ids.ok());
    const Incident* taken = svc.board().incident(ids->first());
    REQUIRE(taken);
    CHECK(taken->line == QStringLiteral("instruction"));
    CHECK(taken->sourceRef == QStringLiteral("EIDO:") + e1.value(QStringLiteral("$id")).toString());
    CHECK(taken->category == original.category);
    CHECK(taken->priority == original.priority);
    CHECK(taken->state == IncidentState::Triaged);
    CHECK(taken->address == original.address);
    REQUIRE(taken->position);
    CHECK(geo::distanceMetres(*taken->position, *original.position) < 0.5);
    CHECK(taken->callerName == original.callerName);
    CHECK(taken->callerPhone == original.callerPhone);
    CHECK(taken->summary == original.summary);
    CHECK(taken->receivedAtMs == b.clock().nowMs()); // this centre's clocks start when it takes the incident in
    CHECK(read.first().callStartedMs == original.receivedAtMs);
    CHECK(taken->zoneId == original.zoneId); // the same district: the zone found again from the point

    // Unchanged here: the same incident comes back out, only the issuing element is this centre.
    const QJsonObject e2 = exportOf(b, taken->id);
    requireValid(e2);
    CHECK(e2.value(QStringLiteral("issuingElementIdentification")).toString()
          == QStringLiteral("ning-er-county-command-centre.dispatch.local"));
    CHECK(withoutIssuer(e2) == withoutIssuer(e1));

    // Taken in once: the second time says by whom and when; the sender's own incident is not taken back.
    auto again = svc.handIn(readBack(e2), QStringLiteral("instruction"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorString().contains(QStringLiteral("was already taken in as incident %1 by dispatcher").arg(taken->number)));
    auto back = a.service().handIn(readBack(e2), QStringLiteral("instruction"));
    REQUIRE_FALSE(back.ok());
    CHECK(back.errorString().contains(QStringLiteral("a centre does not take its own incident in again")));

    // Changed here (a unit sent): this centre's facts and units are added as its own; the sender's stay as sent.
    b.clock().advanceMs(60 * 1000);
    const Unit* car = svc.board().unitByCallsign(QStringLiteral("特巡02"));
    REQUIRE(car);
    REQUIRE(svc.dispatchUnits(taken->id, {{car->id}}).ok());
    const QJsonObject e3 = exportOf(b, taken->id);
    requireValid(e3);
    const QJsonObject inc3 = e3.value(QStringLiteral("incidentComponent")).toObject();
    CHECK(inc3.value(QStringLiteral("updatedByAgencyReference")).toObject().value(QStringLiteral("$ref")).toString()
          == QStringLiteral("ning-er-county-command-centre.dispatch.local"));
    CHECK(inc3.value(QStringLiteral("incidentStatusCommonRegistryText")).toArray().contains(QJsonValue(QStringLiteral("ResourcesAssigned"))));
    CHECK(inc3.value(QStringLiteral("internalIncidentId")) == e1.value(QStringLiteral("incidentComponent")).toObject().value(QStringLiteral("internalIncidentId")));
    CHECK(e3.value(QStringLiteral("callComponent")) == e1.value(QStringLiteral("callComponent")));
    CHECK(e3.value(QStringLiteral("personComponent")) == e1.value(QStringLiteral("personComponent")));
    const QJsonArray agencies = e3.value(QStringLiteral("agencyComponent")).toArray();
    REQUIRE(agencies.size() == 2);
    CHECK(agencies.at(0) == e1.value(QStringLiteral("agencyComponent")).toArray().at(0));
    CHECK(agencies.at(1).toObject().value(QStringLiteral("agencyRoleDescriptionRegistryText")).toArray()
          == QJsonArray{QStringLiteral("TransferredTo"), QStringLiteral("Dispatching")});
    CHECK(firstOf(e3, "emergencyResourceComponent").value(QStringLiteral("emergencyResourceName")).toString() == QStringLiteral("特巡02"));

    // A corrected place becomes this centre's location, first in the incident's references.
    REQUIRE(svc.correctPlace(taken->id, QStringLiteral("宁洱县城南客运站"), std::nullopt, QStringLiteral("caller rang back")).ok());
    const QJsonObject e4 = exportOf(b, taken->id);
    requireValid(e4);
    const QJsonArray places = e4.value(QStringLiteral("locationComponent")).toArray();
    REQUIRE(places.size() == 2);
    CHECK(places.at(1).toObject().value(QStringLiteral("locationDescriptionText")).toString() == QStringLiteral("宁洱县城南客运站"));
    CHECK(e4.value(QStringLiteral("incidentComponent")).toObject().value(QStringLiteral("locationReference")).toArray().at(0)
              .toObject().value(QStringLiteral("$ref")) == places.at(1).toObject().value(QStringLiteral("$id")));

    requireStoreChecks(a.path());
    requireStoreChecks(b.path());
}

TEST_CASE("EIDO import: another country's document (registry types, civic address, HTML notes, a type without a "
          "category here)", "[eido]")
{
    const QByteArray bytes = testData(QStringLiteral("interchange/foreign-psap.eido.json"));
    const QJsonArray docs = QJsonDocument::fromJson(bytes).array();
    REQUIRE(docs.size() == 2);
    for (const QJsonValue& d : docs)
        requireValid(d.toObject()); // written by hand to NENA's schema

    TestStore s;
    auto read = EidoReader::read(bytes, QStringLiteral("foreign-psap.eido.json"));
    INFO(read.errorString().toStdString());
    REQUIRE(read.ok());
    REQUIRE(read->size() == 2);
    const EidoHandIn& assault = read->at(0);
    CHECK(assault.sender == QStringLiteral("psap.harbour-county.example"));
    CHECK(assault.draft.category == QStringLiteral("criminal"));
    CHECK(assault.draft.priority == 2);
    CHECK(assault.draft.address == QStringLiteral("Harbour County Shoreline Harbour Road 114 Ferry Terminal, gate B"));
    REQUIRE(assault.draft.position);
    CHECK(assault.draft.position->lat == Approx(22.7705));
    CHECK(assault.draft.position->lon == Approx(100.9810));
    CHECK(assault.draft.callerName == QStringLiteral("Maria Lopez"));
    CHECK(assault.draft.callerPhone == QStringLiteral("+15555550123"));
    CHECK(assault.draft.summary == QStringLiteral("Man hitting a woman at the ferry gate, still ongoing.\nSuspect: tall, red jacket & cap"));
    CHECK(assault.callStartedMs == QDateTime(QDate(2026, 11, 22), QTime(0, 52, 10), QTimeZone::utc()).toMSecsSinceEpoch());
    CHECK(assault.draft.receivedAtMs == 0);
    const EidoHandIn& medical = read->at(1);
    CHECK(medical.draft.category.isEmpty());
    CHECK(medical.draft.priority == 0);
    REQUIRE(medical.notes.size() == 1);
    CHECK(medical.notes.first().contains(QStringLiteral("ABDOM")));

    auto ids = s.service().handIn(*read, QStringLiteral("12345"));
    INFO(ids.errorString().toStdString());
    REQUIRE(ids.ok());
    const Incident* first = s.service().board().incident(ids->at(0));
    const Incident* second = s.service().board().incident(ids->at(1));
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->line == QStringLiteral("12345"));
    CHECK(first->state == IncidentState::Triaged);
    CHECK(first->zoneId != 0);
    CHECK(second->state == IncidentState::Received); // left for the dispatcher to triage
    // Written back out it is still the sender's document, valid.
    requireValid(exportOf(s, first->id));
}

TEST_CASE("EIDO import refuses what it cannot take, naming the field, and takes nothing from that file", "[eido]")
{
    TestStore s;
    const qint64 before = IncidentRepository::count(s.db().connection());
    const QJsonArray docs = QJsonDocument::fromJson(testData(QStringLiteral("interchange/foreign-psap.eido.json"))).array();

    auto refusal = [](const QJsonValue& v) {
        const QByteArray bytes = v.isArray() ? QJsonDocument(v.toArray()).toJson() : QJsonDocument(v.toObject()).toJson();
        return EidoReader::read(bytes, QStringLiteral("in.json")).errorString();
    };
    QJsonObject second = docs.at(1).toObject();
    second.insert(QStringLiteral("eidoVersion"), QStringLiteral("2.0"));
    CHECK(refusal(QJsonArray{docs.at(0), second}) == QStringLiteral("in.json: [1].eidoVersion: EIDO 1.0 expected, found \"2.0\""));

    QJsonObject noOffset = docs.at(0).toObject();
    QJsonArray calls = noOffset.value(QStringLiteral("callComponent")).toArray();
    QJsonObject call = calls.at(0).toObject();
    call.insert(QStringLiteral("callStartTimestamp"), QStringLiteral("2026-11-21T16:52:10"));
    calls.replace(0, call);
    noOffset.insert(QStringLiteral("callComponent"), calls);
    CHECK(refusal(noOffset).startsWith(QStringLiteral("in.json: callComponent[0].callStartTimestamp: a date-time with its offset")));

    QJsonObject noIncident = docs.at(0).toObject();
    noIncident.remove(QStringLiteral("incidentComponent"));
    CHECK(refusal(noIncident) == QStringLiteral("in.json: incidentComponent: the incident component is missing"));
    CHECK(refusal(QJsonArray{docs.at(0), docs.at(0)}).contains(QStringLiteral("in the file twice")));
    CHECK(EidoReader::read("{\"eidoVersion\":", QStringLiteral("in.json")).errorString().startsWith(QStringLiteral("in.json: not JSON")));
    CHECK(EidoReader::read(QByteArray(17 * 1024 * 1024, ' '), QStringLiteral("big.json")).errorString()
          == QStringLiteral("big.json: 17 MB: larger than the 16 MB an EIDO file may be"));

    // Notes are HTML, but a '<' that opens no tag is the caller's text.
    QJsonObject plain = docs.at(1).toObject();
    QJsonArray notes = plain.value(QStringLiteral("notesComponent")).toArray();
    QJsonObject note = notes.at(0).toObject();
    note.insert(QStringLiteral("notesActionComments"), QStringLiteral("<b>Pain</b> for &gt; 2 h<br/>age < 30"));
    notes.replace(0, note);
    plain.insert(QStringLiteral("notesComponent"), notes);
    CHECK(readBack(plain).first().draft.summary == QStringLiteral("Pain for > 2 h\nage < 30"));

    // Not an EIDO at all, said as such; a kept document's own times must carry their offset too (it is written out again).
    CHECK(EidoReader::read("  \n", QStringLiteral("in.json")).errorString() == QStringLiteral("in.json: the file is empty"));
    CHECK(EidoReader::read("42", QStringLiteral("in.json")).errorString()
          == QStringLiteral("in.json: an EIDO object, or an array of them, expected"));
    QJsonObject numericId = docs.at(0).toObject();
    numericId.insert(QStringLiteral("$id"), 7);
    CHECK(refusal(numericId) == QStringLiteral("in.json: $id: the incident's id must be text"));
    QJsonObject localStamp = docs.at(0).toObject();
    QJsonArray places = localStamp.value(QStringLiteral("locationComponent")).toArray();
    QJsonObject placeOne = places.at(1).toObject();
    placeOne.insert(QStringLiteral("lastUpdateTimeStamp"), QStringLiteral("2026-11-21T16:55:00"));
    places.replace(1, placeOne);
    localStamp.insert(QStringLiteral("locationComponent"), places);
    CHECK(refusal(localStamp).startsWith(QStringLiteral("in.json: locationComponent[1].lastUpdateTimeStamp: a date-time with its offset")));
    QJsonObject huge = docs.at(0).toObject();
    huge.insert(QStringLiteral("padding"), QString(1100 * 1024, u'x'));
    CHECK(refusal(huge).contains(QStringLiteral("a document of more than 1024 KB")));

    // Text from elsewhere is shown as stored: control characters and direction overrides are taken out, and said;
    // a call-back "number" that is not one is left out, and said.
    QJsonObject hostile = docs.at(0).toObject();
    QJsonArray hostileNotes = hostile.value(QStringLiteral("notesComponent")).toArray();
    QJsonObject hostileNote = hostileNotes.at(0).toObject();
    hostileNote.insert(QStringLiteral("notesActionComments"), QStringLiteral("Pier\u001b[31mRED\u202e &#x1F600;"));
    hostileNotes.replace(0, hostileNote);
    hostile.insert(QStringLiteral("notesComponent"), hostileNotes);
    QJsonArray callbacks = hostile.value(QStringLiteral("callbackComponent")).toArray();
    QJsonObject callback = callbacks.at(0).toObject();
    callback.insert(QStringLiteral("callBackInformationUri"), QJsonArray{QStringLiteral("tel:<script>999")});
    callbacks.replace(0, callback);
    hostile.insert(QStringLiteral("callbackComponent"), callbacks);
    const EidoHandIn cleaned = readBack(hostile).first();
    CHECK(cleaned.draft.summary == QStringLiteral("Pier[31mRED ") + QString::fromUcs4(U"\U0001F600", 1));
    CHECK(cleaned.draft.callerPhone.isEmpty());
    CHECK(cleaned.notes.contains(QStringLiteral("control characters were taken out of the text")));
    CHECK(cleaned.notes.contains(QStringLiteral("the number to call back is not a telephone number: left out")));

    // In the store: the second document already taken in stops the whole file.
    REQUIRE(s.service().handIn(readBack(docs.at(1)), QStringLiteral("instruction")).ok());
    auto batch = s.service().handIn(readBack(docs), QStringLiteral("instruction"));
    REQUIRE_FALSE(batch.ok());
    CHECK(batch.errorString().startsWith(QStringLiteral("[1].$id: ")));
    CHECK(IncidentRepository::count(s.db().connection()) == before + 1);
    CHECK_FALSE(s.service().handIn(readBack(docs.at(0)), QStringLiteral("110")).ok()); // not a hand-in line
}
