// SPDX-License-Identifier: GPL-3.0-or-later
// Zones from any GeoJSON file: the real San Francisco neighbourhoods, every refusal with its file and feature,
// the merge and replace rules, one event, nothing written on error; the lookup against real call points.
#include "CatchQt.h"
#include "TestStore.h"
#include "ZoneFiles.h"

#include "geo/GeoJson.h"
#include "geo/ZoneImport.h"
#include "store/EventLog.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>

using namespace dispatch;
using namespace dispatch::test;

namespace {

const QString kSf = QStringLiteral("sf/sf_analysis_neighborhoods.geojson");

/// Everything the zones table holds, to prove that a refused import changed nothing.
QString zonesDump(TestStore& s)
{
    sql::Query q = sql::run(s.db().connection(),
                            QStringLiteral("SELECT id, code, name, tier, geometry, source FROM zones ORDER BY id"));
    QString out;
    while (q.next())
        for (int c = 0; c < 6; ++c)
            out += q.value(c).toString() + u'|';
    return out;
}

qint64 lastSeq(TestStore& s) { return EventLog::lastSeq(s.db().connection()); }
EventRecord lastEvent(TestStore& s) { return EventLog::range(s.db().connection(), lastSeq(s), 1).value(0); }

ZoneImportOptions demoOptions(bool replace = false)
{
    ZoneImportOptions o;
    o.nameProperty = QStringLiteral("name");
    o.codeProperty = QStringLiteral("code");
    o.tierProperty = QStringLiteral("tier");
    o.replace = replace;
    return o;
}

QJsonArray demoFeatures()
{
    QFile f(QStringLiteral(":/dispatch/demo/zones.geojson"));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("no demo zones resource");
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray();
}

QByteArray toCollection(const QJsonArray& features)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                     {QStringLiteral("features"), features}})
        .toJson();
}

/// The features without the zones of the given codes.
QJsonArray without(QJsonArray features, const QStringList& codes)
{
    for (qsizetype i = features.size() - 1; i >= 0; --i)
        if (codes.contains(features[i].toObject()[QStringLiteral("properties")].toObject()[QStringLiteral("code")].toString()))
            features.removeAt(i);
    return features;
}

} // namespace

TEST_CASE("zone import reads the 41 San Francisco neighbourhoods with names from nhood", "[zones]")
{
    auto file = ZoneImport::readFile(testDataPath(kSf), {});
    INFO(file.errorString().toStdString());
    REQUIRE(file.ok());
    CHECK(file->nameProperty == QStringLiteral("nhood")); // the only text property: chosen without asking
    CHECK(file->fileName == QStringLiteral("sf_analysis_neighborhoods.geojson"));
    REQUIRE(file->zones.size() == 41);
    CHECK(file->vertices == 42667);
    int open = 0, parts = 0;
    QSet<QString> codes;
    for (const Zone& z : file->zones) {
        open += z.area.vertexCount();
        parts += int(z.area.parts().size());
        codes.insert(z.code);
        CHECK(z.tier == 3);
        CHECK(z.source == file->fileName);
    }
    CHECK(open == 42588); // 79 rings, kept in memory without their repeated closing position
    CHECK(parts == 79);
    CHECK(codes.size() == 41);
    CHECK(file->zones.first().name == QStringLiteral("Bayview Hunters Point"));
    CHECK(file->zones.first().code == QStringLiteral("bayview-hunters-point"));
    CHECK(codes.contains(QStringLiteral("castro-upper-market")));
    CHECK(codes.contains(QStringLiteral("lone-mountain-usf")));

    ZoneImportOptions o;
    o.defaultTier = 2;
    auto tier2 = ZoneImport::readFile(testDataPath(kSf), o);
    REQUIRE(tier2.ok());
    CHECK(tier2->zones.last().tier == 2);
}

TEST_CASE("zone codes derived from names are stable and keep any script", "[zones]")
{
    CHECK(ZoneImport::codeFromName(QStringLiteral("Castro/Upper Market")) == QStringLiteral("castro-upper-market"));
    CHECK(ZoneImport::codeFromName(QStringLiteral("  Café  Noir! ")) == QStringLiteral("cafe-noir"));
    CHECK(ZoneImport::codeFromName(QStringLiteral("人民路片区")) == QStringLiteral("人民路片区"));
    CHECK(ZoneImport::codeFromName(QStringLiteral("ＡＢＣ１ 区")) == QStringLiteral("abc1-区"));
    CHECK(ZoneImport::codeFromName(QStringLiteral("-/-")).isEmpty());
}

TEST_CASE("a zone import writes one event, reloads the board and agrees with the SF call file", "[zones]")
{
    TestStore s(TestStore::Empty);
    DispatchService& svc = s.service();
    svc.actAsSystem(QStringLiteral("test-import"));
    QSignalSpy reference(&svc, &DispatchService::referenceChanged);
    const qint64 before = lastSeq(s);

    auto r = svc.importZones(testDataPath(kSf), {});
    INFO(r.errorString().toStdString());
    REQUIRE(r.ok());
    CHECK(r->added.size() == 41);
    CHECK(r->updated.isEmpty());
    CHECK(r->removed.isEmpty());
    CHECK(r->vertices == 42667);
    CHECK(lastSeq(s) == before + 1);
    const EventRecord e = lastEvent(s);
    CHECK(e.kind == QStringLiteral("zones.imported"));
    CHECK(e.username == QStringLiteral("test-import"));
    const QJsonObject p = e.payloadObject();
    CHECK(p.value(QStringLiteral("file")).toString() == QStringLiteral("sf_analysis_neighborhoods.geojson"));
    CHECK(p.value(QStringLiteral("name_property")).toString() == QStringLiteral("nhood"));
    CHECK(p.value(QStringLiteral("added")).toInt() == 41);
    CHECK(p.value(QStringLiteral("vertices")).toInt() == 42667);
    CHECK(reference.count() == 1);
    REQUIRE(svc.board().zones().size() == 41);

    // Ground truth: 300 call points of April 2020 with the neighbourhood the call file gives them.
    QByteArray csv = testData(QStringLiteral("sf/fire_calls_2020-04_sample.csv"));
    QTextStream in(&csv);
    CHECK(in.readLine() == QStringLiteral("incident_number,lat,lon,nhood"));
    int rows = 0, agree = 0;
    QStringList mismatches;
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(u',');
        REQUIRE(f.size() == 4);
        ++rows;
        const Zone* z = svc.board().zoneAt({f[1].toDouble(), f[2].toDouble()});
        if (z && z->name == f[3])
            ++agree;
        else
            mismatches << f[0] + u':' + f[3] + QStringLiteral(" > ") + (z ? z->name : QStringLiteral("none"));
    }
    CHECK(rows == 300);
    CHECK(agree == 292); // 97.3 %; the whole call file: 5,203 of 5,292
    // The known mismatches (tests/data/sf/SOURCE.txt): Potrero Ave blocks the call file puts in Potrero Hill.
    QStringList known;
    for (const char* n : {"20041718", "20041752", "20042069", "20042086", "20042123", "20042523", "20043080", "20043342"})
        known << QString::fromLatin1(n) + QStringLiteral(":Potrero Hill > Mission");
    CHECK(mismatches == known);

    // The same file again changes nothing, and the import is still recorded.
    auto again = svc.importZones(testDataPath(kSf), {});
    REQUIRE(again.ok());
    CHECK(again->unchanged.size() == 41);
    CHECK(again->added.isEmpty());
    CHECK(again->updated.isEmpty());
    CHECK(lastSeq(s) == before + 2);
    CHECK(lastEvent(s).payloadObject().value(QStringLiteral("unchanged")).toInt() == 41);
}

TEST_CASE("a bad zone file is refused as a whole, naming the file and the feature", "[zones]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    QTemporaryDir dir;
    const QByteArray a = geoFeature(R"({"name":"A"})", polygonGeometry(squareRing(0, 0, 1)));
    const QByteArray b = geoFeature(R"({"name":"B"})", polygonGeometry(squareRing(2, 0, 1)));
    auto withB = [&](const QByteArray& geometry) { return featureCollection({a, geoFeature(R"({"name":"B"})", geometry)}); };
    ZoneImportOptions named, coded, tiered, badTier;
    named.nameProperty = QStringLiteral("name");
    coded.codeProperty = QStringLiteral("code");
    tiered.tierProperty = QStringLiteral("tier");
    badTier.defaultTier = 9;
    struct Case
    {
        QString file;
        QByteArray json;
        ZoneImportOptions options;
        QStringList expected; ///< fragments of the message besides the file name
    };
    const QList<Case> cases{
        {QStringLiteral("feature.geojson"), geoFeature("{}", polygonGeometry(squareRing(0, 0, 1))), {},
         {QStringLiteral("not a GeoJSON FeatureCollection")}},
        {QStringLiteral("broken.geojson"), "{\"type\":", {}, {QStringLiteral("not valid JSON")}},
        {QStringLiteral("empty.geojson"), featureCollection({}), {}, {QStringLiteral("no features")}},
        {QStringLiteral("nogeometry.geojson"), withB("null"), {}, {QStringLiteral("feature 1"), QStringLiteral("no geometry")}},
        {QStringLiteral("line.geojson"), withB(R"({"type":"LineString","coordinates":[[0,0],[1,1]]})"), {},
         {QStringLiteral("feature 1"), QStringLiteral("\"LineString\" is not an area")}},
        {QStringLiteral("open.geojson"), withB(polygonGeometry("[[2,0],[3,0],[3,1],[2,1]]")), {},
         {QStringLiteral("feature 1"), QStringLiteral("not closed")}},
        {QStringLiteral("short.geojson"), withB(polygonGeometry("[[2,0],[3,0],[2,0]]")), {},
         {QStringLiteral("feature 1"), QStringLiteral("at least 4 positions, found 3")}},
        {QStringLiteral("range.geojson"), withB(polygonGeometry("[[2,0],[3,0],[3,95],[2,0]]")), {},
         {QStringLiteral("feature 1"), QStringLiteral("out of range (3, 95)")}},
        {QStringLiteral("flat.geojson"), withB(polygonGeometry(squareRing(2, 0, 0))), {},
         {QStringLiteral("feature 1"), QStringLiteral("encloses no area")}},
        {QStringLiteral("unnamed.geojson"), featureCollection({a, geoFeature(R"({"label":"B"})", polygonGeometry(squareRing(2, 0, 1)))}),
         named, {QStringLiteral("feature 1"), QStringLiteral("no name in property \"name\" (the feature has: label)")}},
        {QStringLiteral("ambiguous.geojson"),
         featureCollection({geoFeature(R"({"label":"A","district":"North","tier":1})", polygonGeometry(squareRing(0, 0, 1)))}), {},
         {QStringLiteral("several properties could name the zones (district, label)"),
          QStringLiteral("the features have: district, label, tier")}},
        {QStringLiteral("nameless.geojson"), featureCollection({geoFeature(R"({"tier":1})", polygonGeometry(squareRing(0, 0, 1)))}),
         {}, {QStringLiteral("no property holds a name"), QStringLiteral("the features have: tier")}},
        {QStringLiteral("twice.geojson"), featureCollection({a, b, a}), {},
         {QStringLiteral("feature 2"), QStringLiteral("the name \"A\" is also the name of feature 0")}},
        {QStringLiteral("codes.geojson"),
         featureCollection({geoFeature(R"({"name":"Castro/Upper Market"})", polygonGeometry(squareRing(0, 0, 1))),
                            geoFeature(R"({"name":"Castro Upper Market"})", polygonGeometry(squareRing(2, 0, 1)))}), {},
         {QStringLiteral("feature 1"), QStringLiteral("the code \"castro-upper-market\""), QStringLiteral("feature 0")}},
        {QStringLiteral("nocode.geojson"), featureCollection({a}), coded,
         {QStringLiteral("feature 0"), QStringLiteral("no code in property \"code\" (the feature has: name)")}},
        {QStringLiteral("tier.geojson"),
         featureCollection({a, geoFeature(R"({"name":"B","tier":7})", polygonGeometry(squareRing(2, 0, 1)))}), tiered,
         {QStringLiteral("feature 1"), QStringLiteral("property \"tier\" must be a circle tier from 1 to 5, not 7")}},
        {QStringLiteral("default.geojson"), featureCollection({a}), badTier, {QStringLiteral("default tier")}},
    };
    const QString dump = zonesDump(s);
    const qint64 seq = lastSeq(s);
    for (const Case& c : cases) {
        INFO(c.file.toStdString());
        auto r = s.service().importZones(writeTestFile(dir, c.file, c.json), c.options);
        REQUIRE_FALSE(r.ok());
        INFO(r.errorString().toStdString());
        CHECK(r.errorString().contains(c.file));
        for (const QString& fragment : c.expected)
            CHECK(r.errorString().contains(fragment));
    }
    auto missing = s.service().importZones(dir.filePath(QStringLiteral("missing.geojson")), {});
    CHECK(missing.errorString().contains(QStringLiteral("missing.geojson")));
    CHECK(missing.errorString().contains(QStringLiteral("cannot read")));
    // Only administrators (and tools) load zones.
    s.signIn(QStringLiteral("dispatcher"));
    const qint64 afterSignIn = lastSeq(s);
    auto refused = s.service().importZones(testDataPath(kSf), {});
    CHECK(refused.errorString().contains(QStringLiteral("may not")));
    CHECK(lastSeq(s) == afterSignIn);
    CHECK(zonesDump(s) == dump);
    CHECK(afterSignIn == seq + 1); // only the sign-in
}

TEST_CASE("zone import merges by code keeping ids, and replaces only zones nothing refers to", "[zones]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    DispatchService& svc = s.service();
    const Board& board = svc.board();
    QTemporaryDir dir;
    const QJsonArray demo = demoFeatures();
    auto same = svc.importZones(writeTestFile(dir, QStringLiteral("demo.geojson"), toCollection(demo)), demoOptions());
    INFO(same.errorString().toStdString());
    REQUIRE(same.ok());
    CHECK(same->unchanged.size() == 20);
    CHECK(same->added.isEmpty());
    CHECK(same->updated.isEmpty());
    // Read without the code property, the codes come from the names: the stored zones' names would be doubled.
    const qint64 seq0 = lastSeq(s);
    auto doubled = svc.importZones(writeTestFile(dir, QStringLiteral("uncoded.geojson"), toCollection(demo)), {});
    REQUIRE_FALSE(doubled.ok());
    CHECK(doubled.errorString().contains(QStringLiteral("uncoded.geojson")));
    CHECK(doubled.errorString().contains(QStringLiteral("\"人民路片区\" (人民路片区 in the file, renminlu in the store)")));
    CHECK(board.zones().size() == 20);
    CHECK(lastSeq(s) == seq0);

    // A staging point refers to `staged`; an incident will refer to `called`; nothing to `spare`.
    QSet<qint64> staging;
    for (const StagingPoint& p : board.stagingPoints())
        staging.insert(p.zoneId);
    QStringList free;
    for (const Zone& z : board.zones())
        if (!staging.contains(z.id))
            free << z.code;
    REQUIRE(free.size() >= 2);
    REQUIRE(board.zone(board.stagingPoints().first().zoneId) != nullptr);
    const QString staged = board.zone(board.stagingPoints().first().zoneId)->code;
    const QString called = free[0], spare = free[1];
    const Zone calledZone = *std::find_if(board.zones().begin(), board.zones().end(),
                                          [&](const Zone& z) { return z.code == called; });
    s.signIn(QStringLiteral("dispatcher"));
    IncidentDraft d;
    d.summary = QStringLiteral("邻居吵架");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    d.position = calledZone.area.labelPoint();
    auto incident = svc.createIncident(d);
    REQUIRE(incident.ok());
    REQUIRE(svc.findIncident(*incident)->zoneId == calledZone.id);
    const int tierAtCall = svc.findIncident(*incident)->tier;
    s.signIn(QStringLiteral("admin"));

    // Merge: `called` gets tier 5 and a new name, one zone is new, the zones left out of the file stay.
    QJsonArray edited = without(demo, {spare});
    for (qsizetype i = 0; i < edited.size(); ++i) {
        QJsonObject f = edited[i].toObject();
        QJsonObject props = f[QStringLiteral("properties")].toObject();
        if (props[QStringLiteral("code")].toString() == called) {
            props[QStringLiteral("tier")] = 5;
            props[QStringLiteral("name")] = QStringLiteral("改名片区");
            f[QStringLiteral("properties")] = props;
            edited[i] = f;
        }
    }
    edited.append(QJsonDocument::fromJson(geoFeature(R"({"code":"east","name":"东区","tier":4})",
                                                     polygonGeometry(squareRing(101.1, 22.7, 0.05))))
                      .object());
    const QString editedPath = writeTestFile(dir, QStringLiteral("edited.geojson"), toCollection(edited));
    auto merged = svc.importZones(editedPath, demoOptions());
    REQUIRE(merged.ok());
    CHECK(merged->updated == QStringList{called});
    CHECK(merged->added == QStringList{QStringLiteral("east")});
    CHECK(merged->unchanged.size() == 18);
    CHECK(merged->removed.isEmpty());
    CHECK(board.zones().size() == 21);
    const Zone* renamed = board.zone(calledZone.id); // updated in place: same id
    REQUIRE(renamed != nullptr);
    CHECK(renamed->name == QStringLiteral("改名片区"));
    CHECK(renamed->tier == 5);
    CHECK(svc.findIncident(*incident)->zoneId == calledZone.id); // history is not rewritten
    CHECK(svc.findIncident(*incident)->tier == tierAtCall);

    // Replace without `staged`, `called` and `spare`: two are referred to, so nothing at all happens.
    const QString dump = zonesDump(s);
    const qint64 seq = lastSeq(s);
    const QString lacking = writeTestFile(dir, QStringLiteral("lacking.geojson"), toCollection(without(edited, {staged, called})));
    auto refused = svc.importZones(lacking, demoOptions(true));
    REQUIRE_FALSE(refused.ok());
    INFO(refused.errorString().toStdString());
    CHECK(refused.errorString().contains(QStringLiteral("lacking.geojson")));
    CHECK(refused.errorString().contains(staged + QStringLiteral(" \"")));
    CHECK(refused.errorString().contains(QStringLiteral("staging point")));
    CHECK(refused.errorString().contains(called + QStringLiteral(" \"改名片区\" (1 incident")));
    CHECK_FALSE(refused.errorString().contains(spare));
    CHECK(zonesDump(s) == dump);
    CHECK(lastSeq(s) == seq);

    // Replace with every referred zone kept: `spare` goes.
    auto replaced = svc.importZones(editedPath, demoOptions(true));
    REQUIRE(replaced.ok());
    CHECK(replaced->removed == QStringList{spare});
    CHECK(replaced->unchanged.size() == 20);
    CHECK(board.zones().size() == 20);
    CHECK(lastEvent(s).payloadObject().value(QStringLiteral("removed_codes")).toArray() == QJsonArray{spare});
    CHECK(EventLog::verify(s.db().connection()).ok);
}

TEST_CASE("a zone file's properties are offered before choosing how to import it", "[zones]")
{
    auto sf = ZoneImport::propertiesOfFile(testDataPath(kSf));
    REQUIRE(sf.ok());
    CHECK(sf->features == 41);
    CHECK(sf->refused == 0);
    CHECK(sf->names == QStringList{QStringLiteral("nhood")});
    CHECK(sf->suggestedName == QStringLiteral("nhood"));

    auto demo = ZoneImport::properties(toCollection(demoFeatures()), QStringLiteral("demo.geojson"));
    REQUIRE(demo.ok());
    CHECK(demo->names.contains(QStringLiteral("name")));
    CHECK(demo->names.contains(QStringLiteral("code")));
    CHECK(demo->all.contains(QStringLiteral("tier")));
    CHECK_FALSE(demo->names.contains(QStringLiteral("tier"))); // a number, not text
    CHECK(demo->suggestedName == QStringLiteral("name"));

    QJsonArray two = demoFeatures();
    for (qsizetype i = 0; i < two.size(); ++i) {
        QJsonObject f = two[i].toObject();
        QJsonObject p = f[QStringLiteral("properties")].toObject();
        p.insert(QStringLiteral("label"), p.take(QStringLiteral("name")));
        f[QStringLiteral("properties")] = p;
        two[i] = f;
    }
    auto ambiguous = ZoneImport::properties(toCollection(two), QStringLiteral("two.geojson"));
    REQUIRE(ambiguous.ok());
    CHECK(ambiguous->names == QStringList{QStringLiteral("code"), QStringLiteral("label")});
    CHECK(ambiguous->suggestedName.isEmpty()); // two could name the zones: the user chooses

    auto bad = ZoneImport::properties("{\"type\":\"Feature\"}", QStringLiteral("bad.geojson"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorString().contains(QStringLiteral("bad.geojson")));
}

TEST_CASE("a zone polygon that crosses itself is refused with the point where it crosses", "[zones]")
{
    // A bow tie: the edges (0,0)-(2,2) and (2,0)-(0,2) cross at (1,1). (The ring goes into its polygon as a QJsonValue:
    // a QJsonArray in braces around a single QJsonArray is a copy of it for clang, CWG 2137.)
    const QJsonObject bowTie{{QStringLiteral("type"), QStringLiteral("Polygon")},
                             {QStringLiteral("coordinates"),
                              QJsonArray{QJsonValue(QJsonArray{QJsonArray{100.0, 22.0}, QJsonArray{100.02, 22.02},
                                                               QJsonArray{100.02, 22.0}, QJsonArray{100.0, 22.02},
                                                               QJsonArray{100.0, 22.0}})}}};
    const auto refused = GeoJsonReader::parseGeometry(bowTie);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message
          == QStringLiteral("the ring crosses itself at (100.010000, 22.010000), between positions 0 and 2"));
    // The same four corners in order are a square, and a ring that only touches itself is left alone.
    const QJsonObject square{{QStringLiteral("type"), QStringLiteral("Polygon")},
                             {QStringLiteral("coordinates"),
                              QJsonArray{QJsonValue(QJsonArray{QJsonArray{100.0, 22.0}, QJsonArray{100.02, 22.0},
                                                               QJsonArray{100.02, 22.02}, QJsonArray{100.0, 22.02},
                                                               QJsonArray{100.0, 22.0}})}}};
    CHECK(GeoJsonReader::parseGeometry(square).ok());
}
