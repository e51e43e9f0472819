// SPDX-License-Identifier: GPL-3.0-or-later
// The gazetteer: names compared in one form whichever way they are written (traditional characters, full-width
// digits, 号, spaces), the real streets of central Futian with an address list in Chinese (tests/data/map), found as
// they are typed; a bad list refused whole naming its line; the incidents' confirmed addresses found next time; a
// second call at an address written another way offered as a duplicate without coordinates.
#include "CatchQt.h"
#include "TestStore.h"

#include "domain/EventKinds.h"
#include "map/AddressList.h"
#include "map/AddressText.h"
#include "store/Database.h"
#include "store/EventLog.h"
#include "store/GazetteerQueries.h"
#include "store/GazetteerRepository.h"
#include "store/SchemaPostgres.h"
#include "store/Sql.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return f.fileName();
}

QStringList texts(const QList<GazetteerHit>& hits)
{
    QStringList out;
    for (const GazetteerHit& h : hits)
        out << h.text;
    return out;
}

} // namespace

TEST_CASE("gazetteer: one comparable form for the ways an address is written", "[gazetteer]")
{
    REQUIRE(AddressText::convertsTraditional());
    CHECK(AddressText::key(QStringLiteral("深南大道 88 號")) == QStringLiteral("深南大道88"));
    CHECK(AddressText::key(QStringLiteral("深南大道８８号")) == QStringLiteral("深南大道88"));
    CHECK(AddressText::key(QStringLiteral("福田區華強北路")) == QStringLiteral("福田区华强北路"));
    CHECK(AddressText::key(QStringLiteral("长乐路 12 衖 3 号")) == QStringLiteral("长乐路12弄3"));
    CHECK(AddressText::key(QStringLiteral("Quai Antoine 1er, 6")) == QStringLiteral("quaiantoine1er6"));
    CHECK(AddressText::key(QStringLiteral("ＡＢＣ－１２")) == QStringLiteral("abc12"));
    CHECK(AddressText::key(QStringLiteral("号外大厦")) == QStringLiteral("号外大厦")); // 号 after no number stays
    CHECK(AddressText::key(QStringLiteral("  ！，。 ")).isEmpty());
    CHECK(AddressText::keyWords(QStringLiteral("福田　深南大道，88號")) == QStringList{u"福田"_qs, u"深南大道"_qs, u"88"_qs});
}

TEST_CASE("gazetteer: Futian's streets and an address list in Chinese, found as they are typed", "[gazetteer]")
{
    TestStore store(TestStore::Demo, QStringLiteral("admin"));
    DispatchService& svc = store.service();
    REQUIRE(svc.importMap(testDataPath(QStringLiteral("map/futian.osm"))).ok());
    const QSqlDatabase db = store.db().connection();
    CHECK(GazetteerRepository::count(db, QStringLiteral("map")) == 153); // one entry per distinct road name in the file

    // On a server the words typed are found inside the names through pg_trgm's index, not by reading every name.
    if (sql::isPostgres(db)) {
        CHECK(postgres::hasSearchIndex(db));
        sql::run(db, QStringLiteral("SET enable_seqscan = off")); // a small table: ask whether the index serves it at all
        QString forced;
        for (sql::Query q = sql::run(db, QStringLiteral("EXPLAIN SELECT id FROM gazetteer g WHERE g.key LIKE '%南大道%'"));
             q.next();)
            forced += q.value(0).toString() + u'\n';
        sql::run(db, QStringLiteral("RESET enable_seqscan"));
        INFO(forced.toStdString());
        CHECK(forced.contains(QStringLiteral("gazetteer_trgm")));
    }

    const Result<MapSummary> listed = svc.importAddressList(testDataPath(QStringLiteral("map/futian-addresses.csv")));
    INFO(listed.errorString().toStdString());
    REQUIRE(listed.ok());
    CHECK(listed->listed == 57);
    CHECK(listed->listSource == QStringLiteral("futian-addresses.csv"));

    // The whole address, written with the traditional 號 and full-width digits: found first, as a whole.
    QList<GazetteerHit> hits = svc.findPlaces(QStringLiteral("深南大道１８號"));
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.front().text == QStringLiteral("深南大道18号"));
    CHECK(hits.front().match == 0);
    CHECK(hits.front().source == QStringLiteral("list"));
    CHECK(hits.front().point.lat == Approx(22.536596));

    // Two characters: what begins with them, addresses before the roads.
    hits = svc.findPlaces(QStringLiteral("深南"), 20);
    REQUIRE(hits.size() >= 8);
    CHECK(hits.front().kind == QStringLiteral("address"));
    CHECK(texts(hits).contains(QStringLiteral("深南大道")));
    CHECK(texts(hits).contains(QStringLiteral("深南大道辅路")));
    for (const GazetteerHit& h : hits)
        CHECK(h.key.startsWith(QStringLiteral("深南")));

    // A building's name inside the entry (the trigram index), and words in any order.
    hits = svc.findPlaces(QStringLiteral("香蜜湖小学"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().text == QStringLiteral("福田区农林路12号 (香蜜湖小学)"));
    CHECK(hits.front().match == 2);
    hits = svc.findPlaces(QStringLiteral("12 农林路"));
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.front().text == QStringLiteral("福田区农林路12号 (香蜜湖小学)"));
    CHECK(hits.front().match == 3);
    CHECK(svc.findPlaces(QStringLiteral("不存在的路")).isEmpty());
    CHECK(svc.findPlaces(QStringLiteral("，")).isEmpty());

    // A road is resolved by its whole name; an address by its own.
    REQUIRE(GazetteerQueries::resolve(db, QStringLiteral("红荔西路")));
    CHECK(GazetteerQueries::resolve(db, QStringLiteral("红荔西路"))->kind == QStringLiteral("road"));
    CHECK_FALSE(GazetteerQueries::resolve(db, QStringLiteral("红荔西")));

    // A second list replaces the first; the map's import keeps the list.
    QTemporaryDir dir;
    const QString two = write(dir, QStringLiteral("two.csv"), "address,lat,lon\n福强路1号,22.53,114.02\n福强路3号,22.531,114.021\n");
    REQUIRE(svc.importAddressList(two).ok());
    CHECK(GazetteerRepository::count(db, QStringLiteral("list")) == 2);
    CHECK(svc.findPlaces(QStringLiteral("深南大道18")).isEmpty()); // the first list is gone
    REQUIRE(svc.importMap(testDataPath(QStringLiteral("map/futian.osm"))).ok());
    CHECK(GazetteerRepository::count(db, QStringLiteral("list")) == 2);
    int imported = 0;
    for (const EventRecord& e : EventLog::range(db, 0, 100000))
        imported += e.kind == events::kAddressListImported;
    CHECK(imported == 2);
}

TEST_CASE("gazetteer: a bad address list is refused whole, naming its line and column", "[gazetteer]")
{
    TestStore store(TestStore::Demo, QStringLiteral("admin"));
    DispatchService& svc = store.service();
    QTemporaryDir dir;
    REQUIRE(svc.importAddressList(write(dir, QStringLiteral("good.csv"), "address,lat,lon\n人民路1号,22.78,100.97\n")).ok());

    const QString badLat = write(dir, QStringLiteral("bad.csv"), "address,lat,lon\n人民路2号,22.78,100.97\n人民路3号,北纬,100.97\n");
    Result<MapSummary> r = svc.importAddressList(badLat);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().where == badLat + QStringLiteral(": line 3"));
    CHECK(r.errorString().contains(QStringLiteral("the latitude (column \"lat\") is \"北纬\"")));
    const QString noColumn = write(dir, QStringLiteral("nocol.csv"), "地址,lat,lon\n人民路2号,22.78,100.97\n");
    r = svc.importAddressList(noColumn);
    CHECK(r.error().where == noColumn + QStringLiteral(": line 1"));
    CHECK(r.errorString().contains(QStringLiteral("no column \"address\"")));
    const QString empty = write(dir, QStringLiteral("empty.csv"), "address,lat,lon\n\"\",22.78,100.97\n");
    CHECK(svc.importAddressList(empty).error().where == empty + QStringLiteral(": line 2"));
    CHECK(GazetteerRepository::count(store.db().connection(), QStringLiteral("list")) == 1); // nothing of them written

    // A list in GB18030 with its own column names, through a profile; a profile's unknown key is named.
    QStringEncoder gb("GB18030");
    REQUIRE(gb.isValid());
    const QByteArray gbText = gb.encode(QStringLiteral("地址;纬度;经度\n思茅区人民路5号;22.781;100.971\n"));
    const QString gbFile = write(dir, QStringLiteral("gb.csv"), gbText);
    const QString profile = write(dir, QStringLiteral("p.json"),
                                  QStringLiteral(R"({"address": "地址", "lat": "纬度", "lon": "经度", "separator": ";",
                                                     "encoding": "GBK"})").toUtf8());
    r = svc.importAddressList(gbFile, profile);
    INFO(r.errorString().toStdString());
    REQUIRE(r.ok());
    CHECK(svc.findPlaces(QStringLiteral("人民路5")).front().text == QStringLiteral("思茅区人民路5号"));
    CHECK(svc.importAddressList(gbFile).errorString().contains(QStringLiteral("no column")));
    const QString badProfile = write(dir, QStringLiteral("bad.json"), R"({"adress": "地址"})");
    CHECK(svc.importAddressList(gbFile, badProfile).error().where == badProfile + QStringLiteral(": adress"));

    // Only an administrator loads it.
    store.signIn(QStringLiteral("dispatcher"));
    CHECK(svc.importAddressList(gbFile, profile).errorString().contains(QStringLiteral("may not load the address list")));
}

TEST_CASE("gazetteer: an incident's placed address is found next time, and a second call there without "
          "coordinates is offered as a duplicate", "[gazetteer]")
{
    TestStore store;
    DispatchService& svc = store.service();
    const GeoPoint teaMarket{22.7800, 100.9700};
    IncidentDraft d;
    d.line = QStringLiteral("110");
    d.callerPhone = QStringLiteral("13900001111");
    d.address = QStringLiteral("茶城大道88号");
    d.position = teaMarket;
    d.summary = QStringLiteral("茶城门口两人打架");
    d.category = QStringLiteral("public_order");
    d.priority = 1;
    const Result<qint64> fight = svc.createIncident(d);
    REQUIRE(fight.ok());
    QList<GazetteerHit> hits = svc.findPlaces(QStringLiteral("茶城大道"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().source == QStringLiteral("incident"));
    CHECK(hits.front().uses == 1);
    d.callerPhone = QStringLiteral("13900002222");
    REQUIRE(svc.createIncident(d).ok());
    hits = svc.findPlaces(QStringLiteral("茶城大道"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().uses == 2);

    // Another caller, no coordinates, the address written with 號 and full-width digits: the same event.
    store.clock().advanceMs(5 * 60 * 1000);
    DuplicateQuery q{QStringLiteral("13500000000"), std::nullopt, QStringLiteral("茶城大道８８號"),
                     QStringLiteral("dispute"), QStringLiteral("有人在打架"), 0};
    const DuplicateReport r = svc.findDuplicates(q);
    REQUIRE(r.candidates.size() == 2);
    CHECK(r.candidates[0].has(DuplicateKind::SameEvent));
    CHECK(r.candidates[0].distanceMetres == Approx(0).margin(1));
    // An address nobody placed finds nothing.
    q.address = QStringLiteral("茶城大道99号");
    CHECK(svc.findDuplicates(q).candidates.isEmpty());
}

TEST_CASE("gazetteer: a store of schema 26 with a map gets its gazetteer when it is upgraded", "[gazetteer][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store-v26.sqlite"));
    execRawSql(path, QString::fromUtf8(testData(QStringLiteral("stores/store-v26.sql"))));
    auto db = Database::open(path, Database::Mode::OpenExisting);
    INFO(db.errorString().toStdString());
    REQUIRE(db.ok());
    const QSqlDatabase c = (*db)->connection();
    CHECK(GazetteerRepository::count(c, QStringLiteral("map")) == 3); // the school, 人民路, 月光路
    const QList<GazetteerHit> school = GazetteerQueries::search(c, QStringLiteral("第一小學")); // traditional 學
    REQUIRE(school.size() == 1);
    CHECK(school.front().text == QStringLiteral("思茅第一小学"));
    CHECK(GazetteerRepository::count(c, QStringLiteral("incident")) > 0); // the recorded calls' placed addresses
}
