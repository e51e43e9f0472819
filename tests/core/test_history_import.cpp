// SPDX-License-Identifier: GPL-3.0-or-later
// CAD history through a mapping profile: the real San Francisco export checked against a plain pass over the
// same file made here (no code shared with the importer), every kind of bad row with its line and column,
// bad profiles refused before anything is read, one transaction (a stop or a cancel writes nothing).
#include "CatchQt.h"
#include "TestStore.h"

#include "history/CadImport.h"
#include "history/CsvReader.h"
#include "history/TimestampParser.h"
#include "store/EventLog.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace dispatch;
using namespace dispatch::test;

namespace {

const QString kSfCalls = QStringLiteral("sf/sf_fire_calls_2020-04.csv");

ImportProfile sfProfile()
{
    auto p = ImportProfile::fromFile(QStringLiteral(":/dispatch/import/sf-fire-calls.json"));
    REQUIRE(p.ok());
    return *p;
}

/// The SF file read the simplest way: split on commas outside quotes, times through QDateTime.
struct PlainIncident
{
    qint64 received = 0;
    qint64 firstOnScene = 0; // 0: no unit on scene
    qint64 firstDispatched = 0;
    QString finalPriority;
};

QList<QString> splitCsvLine(const QString& line)
{
    QList<QString> out;
    QString cur;
    bool quoted = false;
    for (const QChar ch : line) {
        if (ch == u'"')
            quoted = !quoted;
        else if (ch == u',' && !quoted) {
            out.append(cur);
            cur.clear();
        } else
            cur.append(ch);
    }
    out.append(cur);
    return out;
}

QHash<QString, PlainIncident> plainPass()
{
    QFile f(testDataPath(kSfCalls));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList header = splitCsvLine(QString::fromUtf8(f.readLine()).trimmed());
    const auto col = [&](const char* name) {
        const auto i = header.indexOf(QString::fromLatin1(name));
        REQUIRE(i >= 0);
        return i;
    };
    const auto cId = col("Incident Number"), cRecv = col("Received DtTm"), cDisp = col("Dispatch DtTm"),
               cScene = col("On Scene DtTm"), cPri = col("Final Priority");
    const QTimeZone la("America/Los_Angeles");
    const auto when = [&](const QString& s) -> qint64 {
        if (s.isEmpty())
            return 0;
        QDateTime dt = QDateTime::fromString(s, QStringLiteral("MM/dd/yyyy hh:mm:ss AP"));
        REQUIRE(dt.isValid());
        dt.setTimeZone(la);
        return dt.toMSecsSinceEpoch();
    };
    QHash<QString, PlainIncident> out;
    while (!f.atEnd()) {
        const QStringList r = splitCsvLine(QString::fromUtf8(f.readLine()).trimmed());
        REQUIRE(r.size() == header.size());
        PlainIncident& i = out[r[cId]];
        const qint64 recv = when(r[cRecv]), disp = when(r[cDisp]), scene = when(r[cScene]);
        i.received = i.received ? std::min(i.received, recv) : recv;
        if (disp)
            i.firstDispatched = i.firstDispatched ? std::min(i.firstDispatched, disp) : disp;
        if (scene)
            i.firstOnScene = i.firstOnScene ? std::min(i.firstOnScene, scene) : scene;
        i.finalPriority = r[cPri];
    }
    return out;
}

/// Nearest-rank percentile.
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t rank = size_t(std::ceil(p * double(v.size())));
    return v[std::max<size_t>(rank, 1) - 1];
}

QString storeDump(TestStore& s)
{
    QString out;
    for (const char* table : {"incidents", "imported_assignments", "imports", "events"}) {
        sql::Query q = sql::run(s.db().connection(), QStringLiteral("SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM %1")
                                                         .arg(QString::fromLatin1(table)));
        q.next();
        out += QStringLiteral("%1:%2/%3 ").arg(QString::fromLatin1(table), q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

qint64 scalar(TestStore& s, const QString& sqlText)
{
    sql::Query q = sql::run(s.db().connection(), sqlText);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// A small profile over a constructed file: one row per incident.
QByteArray smallProfile(const char* onBadRow = "skip", const char* extra = "")
{
    return QByteArray(R"({"name":"small","source":"T","grain":"incident","on_bad_row":")") + onBadRow +
           R"(","columns":{"incident_id":"id","received":"recv","dispatched":"disp","on_scene":"scene",
             "priority":"pri","call_type":"type","location":"loc"},
             "timestamp":{"format":"yyyy-MM-dd HH:mm:ss","time_zone":"Asia/Shanghai"},
             "line":"110","categories":{"theft":"criminal","fight":"public_order"},
             "priorities":{"A":1,"B":2})" + extra + "}";
}

ImportProfile profileOf(const QByteArray& json)
{
    auto p = ImportProfile::fromJson(json, QStringLiteral("small.json"));
    INFO(p.errorString().toStdString());
    REQUIRE(p.ok());
    return *p;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

} // namespace

TEST_CASE("the real SF export imports as 5,292 incidents whose figures agree with a plain pass over the file",
          "[history][import]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    const QHash<QString, PlainIncident> plain = plainPass();
    REQUIRE(plain.size() == 5292);

    const qint64 seqBefore = EventLog::lastSeq(s.db().connection());
    auto r = s.service().importHistory(sfProfile(), testDataPath(kSfCalls));
    REQUIRE(r.ok());
    CHECK(r->rows == 10410);
    CHECK(r->incidents == 5292);
    CHECK(r->assignments == 10410);
    CHECK(r->rejected == 0);
    CHECK(r->issues.isEmpty());
    CHECK(EventLog::lastSeq(s.db().connection()) == seqBefore + 1); // one event for the import

    // Per-priority counts: Final Priority 3 → P1, 2 → P3.
    int p3 = 0, p2 = 0;
    for (const PlainIncident& i : plain)
        (i.finalPriority == QStringLiteral("3") ? p3 : p2) += 1;
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE origin = 'imported' AND priority = 1")) == p3);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE origin = 'imported' AND priority = 3")) == p2);
    CHECK(p3 == 3018);
    CHECK(p2 == 2274);

    // Received → first on scene: p50, p90 and the share within 5 minutes, in seconds.
    std::vector<double> plainSecs;
    for (const PlainIncident& i : plain)
        if (i.firstOnScene)
            plainSecs.push_back(double(i.firstOnScene - i.received) / 1000.0);
    std::vector<double> storeSecs;
    sql::Query q = sql::run(s.db().connection(),
                            QStringLiteral("SELECT (first_on_scene_at - received_at) / 1000.0 FROM incidents "
                                           "WHERE origin = 'imported' AND first_on_scene_at IS NOT NULL"));
    while (q.next())
        storeSecs.push_back(q.value(0).toDouble());
    REQUIRE(storeSecs.size() == plainSecs.size());
    CHECK(percentile(storeSecs, 0.5) == percentile(plainSecs, 0.5));
    CHECK(percentile(storeSecs, 0.9) == percentile(plainSecs, 0.9));
    const auto within5 = [](const std::vector<double>& v) {
        return double(std::count_if(v.begin(), v.end(), [](double x) { return x <= 300; })) / double(v.size());
    };
    CHECK(within5(storeSecs) == Approx(within5(plainSecs)));
    // Received → first dispatch, median: SOURCE.txt measured 103 s.
    std::vector<double> dispatchSecs;
    for (const PlainIncident& i : plain)
        dispatchSecs.push_back(double(i.firstDispatched - i.received) / 1000.0);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE origin = 'imported' AND first_dispatched_at IS NOT NULL"))
          == qint64(dispatchSecs.size()));
    CHECK(percentile(dispatchSecs, 0.5) == Approx(103).margin(1));

    // Marked as history: closed, origin imported, referenced SFFD:<incident number>, never on the board.
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE origin = 'imported' AND state <> 'closed'")) == 0);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE source_ref = 'SFFD:20041901'")) == 1);
    CHECK(s.service().board().activeIncidentIds().isEmpty());
    // The first row of the file: received 04/07/2020 11:53:08 PM Pacific = 2020-04-08 06:53:08 UTC.
    CHECK(scalar(s, QStringLiteral("SELECT received_at FROM incidents WHERE source_ref = 'SFFD:20041901'"))
          == QDateTime(QDate(2020, 4, 8), QTime(6, 53, 8), Qt::UTC).toMSecsSinceEpoch());
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM imported_assignments a JOIN incidents i ON i.id = a.incident_id "
                                   "WHERE i.source_ref = 'SFFD:20041901'")) == 2);

    // Imported again: nothing new, every incident recognised.
    auto again = s.service().importHistory(sfProfile(), testDataPath(kSfCalls));
    REQUIRE(again.ok());
    CHECK(again->incidents == 0);
    CHECK(again->alreadyImported == 5292);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE origin = 'imported'")) == 5292);
}

TEST_CASE("zones of imported history come from the export's zone names when the store has those zones",
          "[history][import][zones]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    REQUIRE(s.service().importZones(testDataPath(QStringLiteral("sf/sf_analysis_neighborhoods.geojson")), {}).ok());
    auto r = s.service().importHistory(sfProfile(), testDataPath(kSfCalls));
    REQUIRE(r.ok());
    // Every SF incident but two names one of the 41 neighbourhoods; those two say "None" and lie south of the
    // city line, outside every polygon.
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE origin = 'imported' AND zone_id IS NULL")) == 2);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE origin = 'imported' AND zone_id IS NULL "
                                   "AND source_ref IN ('SFFD:20042250', 'SFFD:20046248')")) == 2);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(DISTINCT zone_id) FROM incidents WHERE origin = 'imported'")) == 41);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM incidents i JOIN zones z ON z.id = i.zone_id "
                                   "WHERE i.source_ref = 'SFFD:20041901' AND z.name = 'Bernal Heights'")) == 1);
}

TEST_CASE("every kind of bad row is reported with its line and column, and skipped", "[history][import]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    QTemporaryDir dir;
    const QByteArray csv = "id,recv,disp,scene,pri,type,loc\n"
                           "1,2026-11-01 08:00:00,2026-11-01 08:01:00,2026-11-01 08:04:00,A,theft,\"(22.78, 100.97)\"\n"
                           "2,2026-11-01 09:00:00,,,B,fight,\n"               // good, never dispatched
                           "3,2026-11-01 09:00:00,2026-11-01 09:01:00\n"     // line 4: too few fields
                           ",2026-11-01 09:00:00,,,A,theft,\n"                // line 5: no incident id
                           "6,,,,A,theft,\n"                                  // line 6: no received
                           "7,01/11/2026 09:00,,,A,theft,\n"                  // line 7: bad time
                           "8,2026-11-01 09:00:00,,,Z,theft,\n"               // line 8: unknown priority
                           "9,2026-11-01 09:00:00,,,A,arson,\n"               // line 9: unknown call type
                           "10,2026-11-01 09:00:00,,,A,theft,\"(north, east)\"\n" // line 10: bad location
                           "11,2026-11-01 09:00:00,2026-11-01 08:59:00,,A,theft,\n" // line 11: dispatched before received
                           "12,2026-11-01 10:00:00,,,B,\"fight\",\"(22.77, 100.96)\"\n";
    const QString path = writeFile(dir, QStringLiteral("bad.csv"), csv);
    auto r = s.service().importHistory(profileOf(smallProfile()), path);
    REQUIRE(r.ok());
    CHECK(r->rows == 11);
    CHECK(r->incidents == 3);
    CHECK(r->assignments == 1); // only incident 1 had a unit sent
    CHECK(r->rejected == 8);
    REQUIRE(r->issues.size() == 8);
    const struct
    {
        int line;
        const char* column;
        const char* says;
    } expected[] = {{4, "", "3 fields"},           {5, "id", "incident id"},          {6, "recv", "required"},
                    {7, "recv", "01/11/2026 09:00"}, {8, "pri", "\"Z\""},            {9, "type", "\"arson\""},
                    {10, "loc", "(north, east)"},    {11, "disp", "earlier than"}};
    for (int i = 0; i < 8; ++i) {
        INFO(r->issues[i].toString().toStdString());
        CHECK(r->issues[i].line == expected[i].line);
        CHECK(r->issues[i].column == QString::fromLatin1(expected[i].column));
        CHECK(r->issues[i].reason.contains(QString::fromUtf8(expected[i].says)));
    }
    // The good rows: times in Asia/Shanghai, first-unit times kept.
    CHECK(scalar(s, QStringLiteral("SELECT first_on_scene_at - received_at FROM incidents WHERE source_ref = 'T:1'")) == 240000);
    CHECK(scalar(s, QStringLiteral("SELECT received_at FROM incidents WHERE source_ref = 'T:1'"))
          == QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE source_ref = 'T:2' AND first_dispatched_at IS NULL")) == 1);
    // The demo district's zone under the point (22.78, 100.97) was found by position.
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE source_ref = 'T:1' AND zone_id IS NOT NULL AND tier > 0")) == 1);

    // report_first limits the list, not the count.
    auto few = s.service().importHistory(profileOf(smallProfile("skip", R"(,"source":"U","report_first":2)")), path);
    // (a duplicate "source" key: JSON keeps the last one)
    REQUIRE(few.ok());
    CHECK(few->rejected == 8);
    CHECK(few->issues.size() == 2);
}

TEST_CASE("a GBK export: read through its profile's encoding, a line that is not text in it refused with its line",
          "[history][import]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    QTemporaryDir dir;
    const QString utf8 = QStringLiteral("id,recv,disp,scene,pri,type,loc,addr\n"
                                        "1,2026-11-01 08:00:00,,,A,theft,,思茅区月光路12号\n"
                                        "2,2026-11-01 09:00:00,,,B,fight,,人民路8号\n");
    QStringEncoder gbk("GB18030");
    QByteArray csv = gbk.encode(utf8);
    csv += "3,2026-11-01 10:00:00,,,A,theft,,\x81\x20\n"; // line 4: a lead byte without its second byte
    const QString path = writeFile(dir, QStringLiteral("gbk.csv"), csv);
    const QByteArray withAddress = R"(,"columns":{"incident_id":"id","received":"recv","dispatched":"disp","on_scene":"scene",
             "priority":"pri","call_type":"type","location":"loc","address":"addr"})";

    // Read as UTF-8 (the default), the Chinese rows are refused, saying what the profile needs.
    auto asUtf8 = s.service().importHistory(profileOf(smallProfile("skip", withAddress.constData())), path);
    REQUIRE(asUtf8.ok());
    CHECK(asUtf8->incidents == 0);
    CHECK(asUtf8->rejected == 3);
    REQUIRE_FALSE(asUtf8->issues.isEmpty());
    CHECK(asUtf8->issues.first().line == 2);
    CHECK(asUtf8->issues.first().reason.contains(QStringLiteral("\"encoding\": \"gb18030\"")));

    // Read as GB18030: the addresses arrive as written; the broken line is refused with its number.
    auto asGbk = s.service().importHistory(
        profileOf(smallProfile("skip", QByteArray(withAddress + R"(,"source":"G","encoding":"gbk")").constData())), path);
    REQUIRE(asGbk.ok());
    CHECK(asGbk->incidents == 2);
    CHECK(asGbk->rejected == 1);
    REQUIRE(asGbk->issues.size() == 1);
    CHECK(asGbk->issues.first().line == 4);
    CHECK(asGbk->issues.first().reason == QStringLiteral("not GB18030 text"));
    sql::Query q = sql::run(s.db().connection(), QStringLiteral("SELECT address FROM incidents WHERE source_ref = 'G:1'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("思茅区月光路12号"));

    // An encoding the import does not know is refused naming the field.
    CHECK(ImportProfile::fromJson(smallProfile("skip", R"(,"encoding":"big5")"), QStringLiteral("p.json")).errorString().contains(
        QStringLiteral("encoding")));
}

TEST_CASE("on_bad_row stop: the first bad row stops the import and the store is unchanged", "[history][import][sqlite]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("stop.csv"),
                                   "id,recv,disp,scene,pri,type,loc\n"
                                   "1,2026-11-01 08:00:00,,,A,theft,\n"
                                   "2,2026-11-01 08:00:00,,,A,burglary,\n"
                                   "3,2026-11-01 08:00:00,,,A,theft,\n");
    const QString before = storeDump(s);
    auto r = s.service().importHistory(profileOf(smallProfile("stop")), path);
    REQUIRE(r.ok());
    CHECK(r->stopped);
    CHECK(r->incidents == 0);
    REQUIRE(r->issues.size() == 1);
    CHECK(r->issues[0].line == 3);
    CHECK(storeDump(s) == before);
}

TEST_CASE("a cancelled import writes nothing", "[history][import][sqlite]")
{
    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    const QString before = storeDump(s);
    int calls = 0;
    auto r = s.service().importHistory(sfProfile(), testDataPath(kSfCalls), [&](qint64 done, qint64 total) {
        CHECK(done <= total);
        return ++calls < 3;
    });
    CHECK_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("cancelled")));
    CHECK(storeDump(s) == before);
}

TEST_CASE("a bad profile is refused naming the field; a header without a mapped column names it", "[history][import][sqlite]")
{
    const struct
    {
        const char* replace;
        const char* with;
        const char* field;
    } cases[] = {
        {R"("grain":"incident")", R"("grain":"call")", "grain"},
        {R"("on_bad_row":"skip")", R"("on_bad_row":"ignore")", "on_bad_row"},
        {R"("incident_id":"id",)", "", "columns.incident_id"},
        {R"("location":"loc")", R"("location":"loc","colour":"c")", "columns.colour"},
        {R"("format":"yyyy-MM-dd HH:mm:ss")", R"("format":"yy-MM-dd")", "timestamp.format"},
        {R"("format":"yyyy-MM-dd HH:mm:ss")", R"("format":"yyyy-MM-dd hh:mm:ss")", "timestamp.format"},
        {R"("time_zone":"Asia/Shanghai")", R"("time_zone":"Mars/Olympus")", "timestamp.time_zone"},
        {R"("line":"110")", R"("line":"999")", "line"},
        {R"("theft":"criminal")", R"("theft":"stealing")", "categories.theft"},
        {R"("A":1)", R"("A":7)", "priorities.A"},
        {R"("source":"T")", R"("source":"A:B")", "source"},
    };
    for (const auto& c : cases) {
        QByteArray json = smallProfile();
        REQUIRE(json.contains(c.replace));
        json.replace(c.replace, c.with);
        auto p = ImportProfile::fromJson(json, QStringLiteral("p.json"));
        INFO(c.field);
        REQUIRE_FALSE(p.ok());
        CHECK(p.errorString().startsWith(QStringLiteral("p.json: ") + QString::fromLatin1(c.field) + u':'));
    }
    CHECK(ImportProfile::fromJson("{not json", QStringLiteral("p.json")).errorString().contains(QStringLiteral("p.json")));

    TestStore s(TestStore::Demo, QStringLiteral("admin"));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("h.csv"), "id,received,disp,scene,pri,type,loc\n1,2026-11-01 08:00:00,,,A,theft,\n");
    const QString before = storeDump(s);
    auto r = s.service().importHistory(profileOf(smallProfile()), path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("h.csv: line 1")));
    CHECK(r.errorString().contains(QStringLiteral("\"recv\"")));
    CHECK(r.errorString().contains(QStringLiteral("columns.received")));
    CHECK(storeDump(s) == before);
}

TEST_CASE("only shift leaders, administrators and tools import history", "[history][import]")
{
    TestStore s; // the demo dispatcher
    int progressCalls = 0;
    auto r = s.service().importHistory(sfProfile(), testDataPath(kSfCalls), [&](qint64, qint64) {
        ++progressCalls;
        return true;
    });
    CHECK_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("may not import history")));
    CHECK(progressCalls == 0); // refused before the file is read
}

TEST_CASE("the export is read before the store is locked: a cancel while reading leaves no transaction",
          "[history][import]")
{
    TestStore s(TestStore::Demo, QStringLiteral("leader"));
    qint64 lastDone = -1, lastTotal = 0;
    auto r = s.service().importHistory(sfProfile(), testDataPath(kSfCalls), [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return done < total / 4; // cancel a quarter into the reading half
    });
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("cancelled")));
    CHECK(lastDone < lastTotal / 2); // it never reached the writing half
    CHECK_FALSE(s.db().inTransaction());
    StatsQuery history;
    history.origins = {QStringLiteral("imported")};
    CHECK(s.service().statistics(history)->incidents == 0);
}

TEST_CASE("timestamps: patterns, 12-hour clock, time zones with daylight saving", "[history][time]")
{
    auto la = TimestampParser::create(QStringLiteral("MM/dd/yyyy hh:mm:ss AP"), QTimeZone("America/Los_Angeles"));
    REQUIRE(la.ok());
    TimestampParser p = *la;
    const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
    };
    CHECK(p.parse("04/07/2020 11:53:08 PM") == utc(2020, 4, 8, 6, 53, 8));  // PDT, UTC−7
    CHECK(p.parse("04/08/2020 12:00:00 AM") == utc(2020, 4, 8, 7, 0, 0));   // midnight is 12 AM
    CHECK(p.parse("04/08/2020 12:30:00 PM") == utc(2020, 4, 8, 19, 30, 0)); // noon is 12 PM
    CHECK(p.parse("01/15/2020 08:00:00 AM") == utc(2020, 1, 15, 16, 0, 0)); // PST, UTC−8
    CHECK_FALSE(p.parse("13/01/2020 08:00:00 AM"));
    CHECK_FALSE(p.parse("02/30/2020 08:00:00 AM"));
    CHECK_FALSE(p.parse("04/07/2020 11:53:08"));
    CHECK_FALSE(p.parse("04/07/2020 00:53:08 PM"));

    auto cn = TimestampParser::create(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"), QTimeZone("Asia/Shanghai"));
    REQUIRE(cn.ok());
    TimestampParser q = *cn;
    CHECK(q.parse("2026-11-22 09:00:00.250") == utc(2026, 11, 22, 1, 0, 0) + 250);
    auto iso = TimestampParser::create(QStringLiteral("iso"), QTimeZone("Asia/Shanghai"));
    REQUIRE(iso.ok());
    TimestampParser r = *iso;
    CHECK(r.parse("2026-11-22T09:00:00") == utc(2026, 11, 22, 1, 0, 0));
    CHECK(r.parse("2026-11-22T09:00:00Z") == utc(2026, 11, 22, 9, 0, 0));
    auto epoch = TimestampParser::create(QStringLiteral("epoch_s"), QTimeZone("Asia/Shanghai"));
    REQUIRE(epoch.ok());
    TimestampParser e = *epoch;
    CHECK(e.parse("1795309200") == 1795309200000);
    CHECK_FALSE(TimestampParser::create(QStringLiteral("dd.MM.yy"), QTimeZone("UTC")).ok());
    CHECK_FALSE(TimestampParser::create(QStringLiteral("yyyy-MM-dd hh:mm"), QTimeZone("UTC")).ok());
}

TEST_CASE("CSV records: quotes, doubled quotes, separators and line breaks inside quotes, line numbers",
          "[history][csv]")
{
    const QByteArray text = "\xEF\xBB\xBF" "a,b,c\r\n"
                            "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                            "2,\"two\nlines\",\n"
                            "3,,last";
    CsvReader r(text);
    QList<QByteArrayView> f;
    REQUIRE(r.next(f));
    CHECK(f.size() == 3);
    CHECK(f[0] == "a");
    REQUIRE(r.next(f));
    CHECK(r.line() == 2);
    CHECK(f[1] == "x, y");
    CHECK(f[2] == "say \"hi\"");
    REQUIRE(r.next(f));
    CHECK(r.line() == 3);
    CHECK(f[1] == "two\nlines");
    CHECK(f[2].isEmpty());
    REQUIRE(r.next(f));
    CHECK(r.line() == 5);
    CHECK(f.size() == 3);
    CHECK(f[2] == "last");
    CHECK_FALSE(r.next(f));
    CHECK_FALSE(r.unterminatedQuote());
}
