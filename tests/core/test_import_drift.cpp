// SPDX-License-Identifier: GPL-3.0-or-later
// A publisher's export from another year: the shipped SF profile names each column with every name it has had, so
// the earlier layout ("Neighborhood  District" for "Neighborhooods - Analysis Boundaries") imports the same; a file
// without the zone column imports with each zone found from its location; the report says which it did. A police
// call log with one time per call imports through a profile a user writes (resources/import/README.md), and what
// it lacks (dispatch, on scene) is absent from the statistics, not zero.
#include "CatchQt.h"
#include "TestStore.h"

#include "history/CadImport.h"
#include "stats/Statistics.h"
#include "store/Sql.h"

#include <QFile>

using namespace dispatch;
using namespace dispatch::test;

namespace {

ImportProfile shipped()
{
    auto p = ImportProfile::fromFile(QStringLiteral(":/dispatch/import/sf-fire-calls.json"));
    REQUIRE(p.ok());
    return *p;
}

qint64 scalar(TestStore& s, const QString& query)
{
    return sql::scalar(s.db().connection(), query).toLongLong();
}

} // namespace

TEST_CASE("the SF export in an earlier year's layout imports with the shipped profile, the renamed column named",
          "[history][import][drift]")
{
    TestStore now(TestStore::Demo, QStringLiteral("admin"));
    TestStore earlier(TestStore::Demo, QStringLiteral("admin"));
    for (TestStore* s : {&now, &earlier})
        REQUIRE(s->service().importZones(testDataPath(QStringLiteral("sf/sf_analysis_neighborhoods.geojson")), {}).ok());

    // The same 400 rows, in this year's layout (the first 400 of the real file, through a copy) and the earlier one.
    const QByteArray all = testData(QStringLiteral("sf/sf_fire_calls_2020-04.csv"));
    QByteArray first400;
    qsizetype at = 0;
    for (int line = 0; line <= 400; ++line)
        at = all.indexOf('\n', at) + 1;
    first400 = all.left(at);
    const QString nowPath = now.dir() + QStringLiteral("/now.csv");
    QFile f(nowPath);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(first400);
    f.close();

    auto a = now.service().importHistory(shipped(), nowPath);
    auto b = earlier.service().importHistory(shipped(), testDataPath(QStringLiteral("sf/sf_fire_calls_earlier_layout.csv")));
    REQUIRE(a.ok());
    INFO(b.errorString().toStdString());
    REQUIRE(b.ok());
    CHECK(a->columnNotes.isEmpty());
    CHECK(b->columnNotes == QStringList{QStringLiteral("columns.zone: read from \"Neighborhood  District\" (the file has "
                                                       "no \"Neighborhooods - Analysis Boundaries\")")});
    CHECK(b->rows == 400);
    CHECK(b->incidents == a->incidents);
    CHECK(b->incidents == 182);
    CHECK(b->rejected == 0);
    // Every incident in the same zone either way.
    const auto zones = [](TestStore& store) {
        QStringList out;
        for (sql::Query q = sql::run(store.db().connection(),
                                     QStringLiteral("SELECT i.source_ref, coalesce(z.code, '-') FROM incidents i LEFT JOIN "
                                                    "zones z ON z.id = i.zone_id WHERE i.origin = 'imported' ORDER BY "
                                                    "i.source_ref"));
             q.next();)
            out << q.value(0).toString() + u'=' + q.value(1).toString();
        return out;
    };
    CHECK(zones(now) == zones(earlier));
    CHECK(scalar(earlier, QStringLiteral("SELECT count(*) FROM incidents WHERE origin = 'imported' AND zone_id IS NULL")) < 10);
}

TEST_CASE("an export without the zone column imports with each zone found from its location, and says so",
          "[history][import][drift]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    REQUIRE(s.service().importZones(testDataPath(QStringLiteral("sf/sf_analysis_neighborhoods.geojson")), {}).ok());
    auto r = s.service().importHistory(shipped(), testDataPath(QStringLiteral("sf/sf_fire_calls_no_zone.csv")));
    INFO(r.errorString().toStdString());
    REQUIRE(r.ok());
    CHECK(r->incidents == 182);
    REQUIRE(r->columnNotes.size() == 1);
    CHECK(r->columnNotes.first().startsWith(QStringLiteral("columns.zone: the file has no \"Neighborhooods - Analysis "
                                                           "Boundaries\", \"Neighborhood  District\"; each incident's zone "
                                                           "was found from its location")));
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM incidents WHERE origin = 'imported' AND zone_id IS NOT NULL")) >= 175);

    // A column the import cannot do without is still refused, with every name it was looked for under.
    ImportProfile noTimes = shipped();
    noTimes.alternatives.insert(QStringLiteral("received"), {QStringLiteral("Received"), QStringLiteral("Recv")});
    noTimes.columns.insert(QStringLiteral("received"), QStringLiteral("Received"));
    auto refused = s.service().importHistory(noTimes, testDataPath(QStringLiteral("sf/sf_fire_calls_no_zone.csv")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorString().contains(QStringLiteral("no column \"Received\", \"Recv\" in the header (the profile's "
                                                        "columns.received)")));
    CHECK(refused.errorString().contains(QStringLiteral("line 1")));
}

TEST_CASE("a profile's column is one name or the list of names it has had; anything else is refused by field",
          "[history][import][drift]")
{
    const auto profile = [](const char* zone) {
        return ImportProfile::fromJson(QByteArray(R"({"name": "p", "source": "P", "grain": "incident",
            "columns": {"incident_id": "id", "received": "t", "zone": )") + zone + R"(},
            "timestamp": {"format": "iso", "time_zone": "UTC"}, "line": "110",
            "categories": {"*": "public_order"}, "priorities": {"*": 3}})",
                                       QStringLiteral("p.json"));
    };
    auto one = profile(R"("District")");
    REQUIRE(one.ok());
    CHECK(one->alternatives.value(QStringLiteral("zone")) == QStringList{QStringLiteral("District")});
    auto many = profile(R"(["District", "Police District", "Beat"])");
    REQUIRE(many.ok());
    CHECK(many->column(QStringLiteral("zone")) == QStringLiteral("District"));
    CHECK(many->alternatives.value(QStringLiteral("zone")).size() == 3);
    for (const char* bad : {"[]", R"(["District", 3])", "7", R"("")"}) {
        auto r = profile(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorString().contains(QStringLiteral("columns.zone")));
    }
}

TEST_CASE("a police call log with one time per call imports through a user's profile; no interval is made up",
          "[history][import][drift]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    auto profile = ImportProfile::fromFile(testDataPath(QStringLiteral("import/police-calls.json")));
    INFO(profile.errorString().toStdString());
    REQUIRE(profile.ok());
    auto r = s.service().importHistory(*profile, testDataPath(QStringLiteral("import/police-calls.csv")));
    INFO(r.errorString().toStdString());
    REQUIRE(r.ok());
    CHECK(r->rows == 12);
    CHECK(r->incidents == 12);
    CHECK(r->rejected == 0);
    CHECK(r->columnNotes.isEmpty());
    // Districts matched to the demo district's zones by name; the one it does not have left without a zone.
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM incidents WHERE source_ref LIKE 'PCL:%' AND zone_id IS NULL")) == 1);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM incidents i JOIN zones z ON z.id = i.zone_id WHERE "
                                   "i.source_ref LIKE 'PCL:%' AND z.name = '月光路片区'")) == 3);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM incidents WHERE source_ref LIKE 'PCL:%' AND category = 'traffic'")) == 3);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM incidents WHERE source_ref LIKE 'PCL:%' AND priority = 3")) == 12);

    StatsQuery q;
    q.origins = {QStringLiteral("imported")};
    auto st = s.service().statistics(q);
    REQUIRE(st.ok());
    CHECK(st->incidents == 12);
    CHECK(st->byCategory.value(QStringLiteral("public_order")) == 6);
    // No unit times in the file: every interval and compliance figure is over no incident, not zero seconds.
    for (const IntervalStats* i : {&st->receivedToDispatched, &st->dispatchedToSignedFor, &st->dispatchedToOnScene,
                                   &st->receivedToOnScene}) {
        CHECK(i->n == 0);
        CHECK(i->p50 == 0);
    }
    CHECK(st->callToDispatchN == 0);
    CHECK(st->arrivalN == 0);
    CHECK(st->signForN == 0);
}
