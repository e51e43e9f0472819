// SPDX-License-Identifier: GPL-3.0-or-later
// Four-colour zone warnings: the policy's thresholds, levels on constructed series (every count known in
// advance), the window and baseline boundaries, exercise data kept apart, the CAP 1.2 alert and dispatchctl.
#include "CatchQt.h"
#include "CtlRun.h"
#include "HistoryRows.h"
#include "SchemaCheck.h"
#include "TestStore.h"

#include "warnings/CapExport.h"
#include "warnings/WarningPolicy.h"
#include "warnings/ZoneWarnings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QXmlStreamReader>

#include <cmath>

using namespace dispatch;
using namespace dispatch::test;

namespace {

const ZoneWarning* find(const WarningReport& r, const char* zone, const char* category)
{
    for (const ZoneWarning& w : r.raised)
        if (w.zoneCode == QLatin1String(zone) && w.category == QLatin1String(category))
            return &w;
    return nullptr;
}

WarningPolicy policyFrom(const QByteArray& json)
{
    auto p = WarningPolicy::fromJson(json, QStringLiteral("test.json"));
    REQUIRE(p.ok());
    return std::move(p).value();
}

QByteArray policyJson(int recentDays, int baselineWeeks)
{
    return QStringLiteral(R"({"format": "dispatch-warning-policy", "version": 1, "recent_days": %1, "baseline_weeks": %2,
        "min_count": 3, "sd_floor": 1.0,
        "levels": {"yellow": {"z": 1.5, "ratio": 1.3}, "orange": {"z": 2.5, "ratio": 1.6}, "red": {"z": 3.5, "ratio": 2.0}},
        "categories": []})")
        .arg(recentDays)
        .arg(baselineWeeks)
        .toUtf8();
}

} // namespace

TEST_CASE("warning policy: the built-in thresholds and every level's two conditions", "[warnings]")
{
    const WarningPolicy& p = WarningPolicy::builtin();
    CHECK(p.recentDays() == 7);
    CHECK(p.baselineWeeks() == 8);
    CHECK(p.minCount() == 5);
    CHECK(p.threshold(WarningLevel::Red).z == 4.0);
    CHECK(p.threshold(WarningLevel::Orange).ratio == 1.6);

    // The deviation used is at least √mean (and the floor of 1): 6.25 ± 0.968 is judged with 2.5.
    CHECK(p.spread(6.25, 0.968) == 2.5);
    CHECK(p.spread(0.25, 0.4) == 1.0);
    CHECK(p.spread(4, 3.5) == 3.5);
    // 20 against 6.25: z 5.5, ratio 3.2 → red; 14: z 3.1 → orange only, though over twice the mean.
    CHECK(p.levelOf(20, 6.25, 0.968) == WarningLevel::Red);
    CHECK(p.levelOf(14, 6.25, 0.968) == WarningLevel::Orange);
    // Twice the mean but z under 4: orange only (20 against 10 ± 0: z 3.16 with √10).
    CHECK(p.levelOf(20, 10, 0) == WarningLevel::Orange);
    // 17 against 10: z 2.2 → yellow.
    CHECK(p.levelOf(17, 10, 0) == WarningLevel::Yellow);
    // The exact thresholds are reached (>=): mean 16, √16 = 4: 24 is z 2.0 and ratio 1.5.
    CHECK(p.levelOf(24, 16, 0) == WarningLevel::Yellow);
    CHECK(p.levelOf(23, 16, 0) == WarningLevel::Green);
    // The ratio holds a busy zone back: 100 against 70 ± 5 is z 3.6 (with √70) but ratio 1.43 → yellow.
    CHECK(p.levelOf(100, 70, 5) == WarningLevel::Yellow);
    // Under the minimum count nothing is raised, however quiet the baseline.
    CHECK(p.levelOf(4, 0, 0) == WarningLevel::Green);
    CHECK(p.levelOf(5, 0, 0) == WarningLevel::Red); // z 5 with the floor of 1
    CHECK(p.levelOf(0, 5, 1) == WarningLevel::Green);

    // Without the Poisson floor, the baseline's own deviation counts.
    const WarningPolicy plain = policyFrom(policyJson(7, 8).replace("\"min_count\"", "\"poisson_floor\": false, \"min_count\""));
    CHECK_FALSE(plain.poissonFloor());
    CHECK(plain.levelOf(14, 6.25, 0.968) == WarningLevel::Red);

    CHECK(WarningPolicy::code(WarningLevel::Orange) == QStringLiteral("orange"));
}

TEST_CASE("warning policy: a bad file is refused whole, naming the file and the field", "[warnings]")
{
    const auto refused = [](const QByteArray& json) {
        auto p = WarningPolicy::fromJson(json, QStringLiteral("centre.json"));
        REQUIRE_FALSE(p.ok());
        return p.errorString();
    };
    QByteArray good = policyJson(7, 8);
    CHECK(refused("{ not json").contains(QStringLiteral("centre.json")));
    CHECK(refused("[]").contains(QStringLiteral("JSON object")));
    CHECK(refused(QByteArray(good).replace("dispatch-warning-policy", "other")).contains(QStringLiteral("centre.json: format")));
    CHECK(refused(QByteArray(good).replace("\"recent_days\": 7", "\"recent_days\": 0")).contains(QStringLiteral("recent_days")));
    CHECK(refused(QByteArray(good).replace("\"baseline_weeks\": 8", "\"baseline_weeks\": 1.5")).contains(QStringLiteral("baseline_weeks")));
    CHECK(refused(QByteArray(good).replace("\"sd_floor\": 1.0", "\"sd_floor\": 0")).contains(QStringLiteral("sd_floor")));
    CHECK(refused(QByteArray(good).replace("\"red\": {\"z\": 3.5", "\"red\": {\"zz\": 3.5")).contains(QStringLiteral("levels.red.z")));
    CHECK(refused(QByteArray(good).replace("\"ratio\": 1.6", "\"ratio\": 0.5")).contains(QStringLiteral("levels.orange.ratio")));
    // Orange asking less than yellow.
    CHECK(refused(QByteArray(good).replace("\"orange\": {\"z\": 2.5", "\"orange\": {\"z\": 1.0")).contains(QStringLiteral("levels.orange")));
    CHECK(refused(QByteArray(good).replace("\"categories\": []", "\"categories\": [\"theft\"]")).contains(QStringLiteral("categories[0]")));
    CHECK(refused(QByteArray(good).replace("\"min_count\"", "\"minimum\"")).contains(QStringLiteral("minimum")));
    CHECK(refused(QByteArray(good).replace("\"min_count\"", "\"poisson_floor\": 1, \"min_count\"")).contains(QStringLiteral("poisson_floor")));

    QTemporaryDir dir;
    auto missing = WarningPolicy::fromFile(dir.filePath(QStringLiteral("none.json")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorString().contains(QStringLiteral("none.json")));
}

TEST_CASE("zone warnings: levels on constructed series, per zone and category and for the whole zone",
          "[warnings]")
{
    TestStore s;
    Series series(s);
    const qint64 asOf = defaultStartMs();
    series.recordsSince(asOf - 20 * kWeek);
    // 人民路: crime 20 this week against 6, 5, 7, 6, 8, 5, 6, 7 (mean 6.25, sd 0.968, judged with √6.25) → red.
    series.add("renminlu", "criminal", 20, asOf - kHour);
    series.baseline("renminlu", "criminal", {6, 5, 7, 6, 8, 5, 6, 7}, asOf);
    // 振兴大道: disputes 20 against 10 every week (z 3.16 with √10; ratio 2.0) → orange;
    // traffic 8 against 4 every week (z 2.0 with √4, ratio 2.0) → yellow. The zone as a whole: 28 against 14 → orange.
    series.add("zhenxing", "dispute", 20, asOf - 2 * kDay);
    series.baseline("zhenxing", "dispute", {10, 10, 10, 10, 10, 10, 10, 10}, asOf);
    series.add("zhenxing", "traffic", 8, asOf - 6 * kDay);
    series.baseline("zhenxing", "traffic", {4, 4, 4, 4, 4, 4, 4, 4}, asOf);
    // 月光路: traffic 2 against 4 → green.
    series.add("yueguang", "traffic", 2, asOf - kHour);
    series.baseline("yueguang", "traffic", {4, 4, 4, 4, 4, 4, 4, 4}, asOf);

    auto r = ZoneWarnings::compute(s.db(), WarningPolicy::builtin(), s.service().board().zones(), asOf);
    REQUIRE(r.ok());
    CHECK_FALSE(r->exercise);
    const ZoneWarning* crime = find(*r, "renminlu", "criminal");
    REQUIRE(crime);
    CHECK(crime->level == WarningLevel::Red);
    CHECK(crime->count == 20);
    CHECK(crime->baseline == QList<int>{6, 5, 7, 6, 8, 5, 6, 7});
    CHECK(crime->mean == Approx(6.25));
    CHECK(crime->sd == Approx(std::sqrt(7.5 / 8)));
    const ZoneWarning* dispute = find(*r, "zhenxing", "dispute");
    REQUIRE(dispute);
    CHECK(dispute->level == WarningLevel::Orange);
    CHECK(dispute->sd == 0);
    const ZoneWarning* traffic = find(*r, "zhenxing", "traffic");
    REQUIRE(traffic);
    CHECK(traffic->level == WarningLevel::Yellow);
    const ZoneWarning* whole = find(*r, "zhenxing", "");
    REQUIRE(whole);
    CHECK(whole->count == 28);
    CHECK(whole->mean == Approx(14));
    CHECK(whole->level == WarningLevel::Orange);
    CHECK(find(*r, "yueguang", "traffic") == nullptr);

    // Most severe first, then by count: 人民路 crime and its whole zone (both red, 20), then orange (28, 20), yellow.
    REQUIRE(r->raised.size() == 5);
    CHECK(r->raised[0].level == WarningLevel::Red);
    CHECK(r->raised[1].level == WarningLevel::Red);
    CHECK(r->raised[2].count == 28);
    CHECK(r->raised[3].count == 20);
    CHECK(r->raised[4].level == WarningLevel::Yellow);
    CHECK(r->countAt(WarningLevel::Red) == 2);
    CHECK(r->countAt(WarningLevel::Orange) == 2);
    CHECK(r->countAt(WarningLevel::Yellow) == 1);
    // Pairs judged: three zones' whole counts and their four categories.
    CHECK(r->pairsJudged == 7);
    CHECK(r->baselineWeeksCovered == 8);

    // Each zone takes its highest level; zones without incidents are listed green.
    CHECK(r->levelOf(series.zone("renminlu")) == WarningLevel::Red);
    CHECK(r->levelOf(series.zone("zhenxing")) == WarningLevel::Orange);
    CHECK(r->levelOf(series.zone("yueguang")) == WarningLevel::Green);
    CHECK(r->zoneLevels.size() == s.service().board().zones().size());
    CHECK(r->levelOf(series.zone("minhang")) == WarningLevel::Green);

    // The explanation gives the figures a leader reads.
    const QString why = crime->explanation(7, QStringLiteral("en"));
    CHECK(why.startsWith(QStringLiteral("Criminal in 人民路片区: 20 in the last 7 day")));
    CHECK(why.contains(QStringLiteral("against 6.3 ± 1.0 (same days of the previous 8 weeks)")));

    const QJsonObject json = r->toJson(QStringLiteral("en"));
    CHECK(json[QStringLiteral("status")].toString() == QStringLiteral("Actual"));
    CHECK(json[QStringLiteral("counts")].toObject()[QStringLiteral("red")].toInt() == 2);
    const QJsonObject first = json[QStringLiteral("raised")].toArray().first().toObject();
    CHECK(first[QStringLiteral("zone")].toString() == QStringLiteral("renminlu"));
    CHECK(first[QStringLiteral("level")].toString() == QStringLiteral("red"));
    CHECK(first[QStringLiteral("baseline")].toArray().size() == 8);
}

TEST_CASE("zone warnings: the window's edges, the same weekdays only, and exercise data kept apart", "[warnings]")
{
    TestStore s;
    Series series(s);
    const qint64 asOf = defaultStartMs();
    series.recordsSince(asOf - 20 * kWeek);
    // Recent: 5 crimes, one of them 1 ms before the moment; one AT the moment is not yet in the window.
    series.add("jianshe", "criminal", 4, asOf - kHour);
    series.add("jianshe", "criminal", 1, asOf - 1);
    series.add("jianshe", "criminal", 1, asOf);
    // A baseline of nothing: 5 against 0 is red (z 5 with the floor, any ratio).
    auto weekly = ZoneWarnings::compute(s.db(), WarningPolicy::builtin(), s.service().board().zones(), asOf);
    REQUIRE(weekly.ok());
    const ZoneWarning* w = find(*weekly, "jianshe", "criminal");
    REQUIRE(w);
    CHECK(w->count == 5);
    CHECK(w->level == WarningLevel::Red);

    // A 3-day policy: crimes 5 days ago are outside the recent window, and crimes 8 days ago (week 1, day 1)
    // are in the baseline while those 12 days ago (week 1, day 5) are not the same weekdays.
    series.add("zhushi", "criminal", 3, asOf - kHour);
    series.add("zhushi", "criminal", 7, asOf - 5 * kDay);
    series.add("zhushi", "criminal", 2, asOf - kWeek - kDay);
    series.add("zhushi", "criminal", 9, asOf - kWeek - 5 * kDay);
    const WarningPolicy threeDays = policyFrom(policyJson(3, 4));
    auto r = ZoneWarnings::compute(s.db(), threeDays, s.service().board().zones(), asOf);
    REQUIRE(r.ok());
    CHECK(r->recentDays == 3);
    const ZoneWarning* z = find(*r, "zhushi", "criminal");
    REQUIRE(z);
    CHECK(z->count == 3);
    CHECK(z->baseline == QList<int>{2, 0, 0, 0});
    CHECK(z->mean == Approx(0.5));
    // Beyond the baseline weeks nothing is read: 4 weeks + 3 days back and more.
    series.add("zhushi", "criminal", 50, asOf - 5 * kWeek - kHour);
    auto again = ZoneWarnings::compute(s.db(), threeDays, s.service().board().zones(), asOf);
    REQUIRE(again.ok());
    CHECK(find(*again, "zhushi", "criminal")->baseline == QList<int>{2, 0, 0, 0});

    // Exercise incidents never raise a live warning, and are judged on their own for a training store.
    series.add("minhang", "mass_incident", 12, asOf - kHour, "exercise");
    series.recordsSince(asOf - 20 * kWeek, "exercise");
    auto live = ZoneWarnings::compute(s.db(), WarningPolicy::builtin(), s.service().board().zones(), asOf);
    REQUIRE(live.ok());
    CHECK(live->levelOf(series.zone("minhang")) == WarningLevel::Green);
    auto drill = ZoneWarnings::compute(s.db(), WarningPolicy::builtin(), s.service().board().zones(), asOf,
                                       {QStringLiteral("exercise")});
    REQUIRE(drill.ok());
    CHECK(drill->exercise);
    CHECK(drill->levelOf(series.zone("minhang")) == WarningLevel::Red);
    CHECK(drill->levelOf(series.zone("jianshe")) == WarningLevel::Green);
    CHECK(drill->toJson(QStringLiteral("en"))[QStringLiteral("status")].toString() == QStringLiteral("Exercise"));

    // Imported history counts like live work.
    series.add("daxiang", "traffic", 5, asOf - kHour, "imported");
    auto withHistory = ZoneWarnings::compute(s.db(), WarningPolicy::builtin(), s.service().board().zones(), asOf);
    REQUIRE(withHistory.ok());
    CHECK(withHistory->levelOf(series.zone("daxiang")) == WarningLevel::Red);
}

TEST_CASE("zone warnings as a CAP 1.2 alert: status, one info per warning, severity, closed polygons",
          "[warnings][cap]")
{
    TestStore s;
    Series series(s);
    const qint64 asOf = defaultStartMs();
    series.recordsSince(asOf - 20 * kWeek);
    series.add("renminlu", "criminal", 20, asOf - kHour);
    series.baseline("renminlu", "criminal", {6, 5, 7, 6, 8, 5, 6, 7}, asOf);
    series.add("minhang", "dispute", 5, asOf - kHour, "exercise");
    series.recordsSince(asOf - 20 * kWeek, "exercise");
    const QList<Zone> zones = s.service().board().zones();
    const CapExport::Sender sender{QStringLiteral("dispatch@example.org"), QStringLiteral("测试指挥中心"),
                                   QTimeZone("Asia/Shanghai"), QStringLiteral("zh-CN")};

    auto r = ZoneWarnings::compute(s.db(), WarningPolicy::builtin(), zones, asOf);
    REQUIRE(r.ok());
    REQUIRE(r->raised.size() == 2); // the crime and the zone as a whole
    const QByteArray xml = CapExport::write(*r, zones, sender);

    QXmlStreamReader reader(xml);
    QString status, sent, scope;
    QStringList severities, urgencies, polygons, events;
    int infos = 0, polygonsOpen = 0;
    QString ns;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = reader.name();
        if (name == QLatin1String("alert"))
            ns = reader.namespaceUri().toString();
        else if (name == QLatin1String("status"))
            status = reader.readElementText();
        else if (name == QLatin1String("sent"))
            sent = reader.readElementText();
        else if (name == QLatin1String("scope"))
            scope = reader.readElementText();
        else if (name == QLatin1String("info"))
            ++infos;
        else if (name == QLatin1String("severity"))
            severities << reader.readElementText();
        else if (name == QLatin1String("urgency"))
            urgencies << reader.readElementText();
        else if (name == QLatin1String("event"))
            events << reader.readElementText();
        else if (name == QLatin1String("polygon")) {
            const QStringList points = reader.readElementText().split(u' ');
            polygons << points.first();
            if (points.size() < 4 || points.first() != points.last())
                ++polygonsOpen;
        }
    }
    INFO(reader.errorString().toStdString() << " at line " << reader.lineNumber());
    REQUIRE_FALSE(reader.hasError());
    CHECK(ns == QStringLiteral("urn:oasis:names:tc:emergency:cap:1.2"));
    CHECK(status == QStringLiteral("Actual"));
    CHECK(scope == QStringLiteral("Restricted"));
    CHECK(sent == QStringLiteral("2026-11-22T09:00:00+08:00"));
    CHECK(infos == 2);
    CHECK(severities == QStringList{QStringLiteral("Extreme"), QStringLiteral("Extreme")});
    CHECK(urgencies.first() == QStringLiteral("Immediate"));
    CHECK(polygonsOpen == 0);
    CHECK_FALSE(polygons.isEmpty());
    // "lat,lon": the demo district lies near 22.8° N, 101.0° E.
    const QStringList latLon = polygons.first().split(u',');
    REQUIRE(latLon.size() == 2);
    CHECK(std::abs(latLon[0].toDouble() - 22.8) < 0.2);
    CHECK(std::abs(latLon[1].toDouble() - 101.0) < 0.2);

    auto drill = ZoneWarnings::compute(s.db(), WarningPolicy::builtin(), zones, asOf, {QStringLiteral("exercise")});
    REQUIRE(drill.ok());
    const QByteArray exercise = CapExport::write(*drill, zones, sender);
    CHECK(exercise.contains("<status>Exercise</status>"));
    // Every alert validates against OASIS's CAP 1.2 schema; the schema is a real check (a "Z" time is refused).
    const QString xsd = testDataPath(QStringLiteral("interchange/CAP-v1.2.xsd"));
    for (const QByteArray& alert : {xml, exercise}) {
        const QStringList errors = xmlSchemaErrors(alert, xsd);
        INFO(errors.join(u'\n').toStdString());
        CHECK(errors.isEmpty());
    }
    QByteArray zulu = xml;
    zulu.replace("<sent>2026-11-22T09:00:00+08:00</sent>", "<sent>2026-11-22T01:00:00Z</sent>");
    REQUIRE(zulu != xml);
    CHECK_FALSE(xmlSchemaErrors(zulu, xsd).isEmpty());
    CHECK(exercise.count("<info>") == 2);
    CHECK(exercise.contains("民航路片区"));

    CentreInfo centre;
    centre.name = QStringLiteral("思茅分局指挥中心");
    centre.nameEn = QStringLiteral("Simao Sub-bureau Command Centre (demo)");
    const CapExport::Sender fromCentre = CapExport::senderFor(centre, QTimeZone("Asia/Shanghai"), QStringLiteral("en"));
    CHECK(fromCentre.id == QStringLiteral("simao-sub-bureau-command-centre-demo@dispatch.local"));
    CHECK(fromCentre.language == QStringLiteral("en-US"));
    // Written later than the figures: sent now, effective as of the report, valid a day from sending; a demo
    // centre's data goes out as Test.
    CapExport::Sender later = sender;
    later.sentMs = asOf + 3 * kHour;
    later.demo = true;
    const QByteArray late = CapExport::write(*r, zones, later);
    CHECK(late.contains("<sent>2026-11-22T12:00:00+08:00</sent>"));
    CHECK(late.contains("<effective>2026-11-22T09:00:00+08:00</effective>"));
    CHECK(late.contains("<expires>2026-11-23T12:00:00+08:00</expires>"));
    CHECK(late.contains("<status>Test</status>"));
    CHECK(xmlSchemaErrors(late, xsd).isEmpty());
    CHECK(CapExport::senderFor({}, QTimeZone::utc(), QStringLiteral("zh_CN")).id == QStringLiteral("centre@dispatch.local"));

    CHECK(CapExport::capTime(asOf, QTimeZone::utc()) == QStringLiteral("2026-11-22T01:00:00-00:00"));
    CHECK(CapExport::severity(WarningLevel::Yellow) == QStringLiteral("Moderate"));
    CHECK(CapExport::severity(WarningLevel::Orange) == QStringLiteral("Severe"));
    CHECK(CapExport::urgency(WarningLevel::Yellow) == QStringLiteral("Future"));
}

TEST_CASE("dispatchctl warnings: text, JSON, CAP file and a centre's policy", "[warnings][ctl]")
{
    TestStore s;
    Series series(s);
    series.recordsSince(defaultStartMs() - 20 * kWeek);
    series.add("renminlu", "criminal", 20, defaultStartMs() - kHour);
    series.baseline("renminlu", "criminal", {6, 5, 7, 6, 8, 5, 6, 7}, defaultStartMs());
    const QString db = s.path();
    QTemporaryDir dir;
    const QString asOf = QStringLiteral("2026-11-22T09:00:00");
    const CtlRun json = ctl({QStringLiteral("warnings"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), asOf,
                             QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o[QStringLiteral("as_of")].toString() == QStringLiteral("2026-11-22T01:00:00Z"));
    CHECK(o[QStringLiteral("counts")].toObject()[QStringLiteral("red")].toInt() == 2);
    CHECK(o[QStringLiteral("raised")].toArray().size() == 2);

    const QString cap = dir.filePath(QStringLiteral("bulletin.xml"));
    const CtlRun text = ctl({QStringLiteral("warnings"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), asOf,
                             QStringLiteral("--cap"), cap});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("red")));
    CHECK(text.out.contains(QStringLiteral("人民路片区")));
    QFile f(cap);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    CHECK(xml.contains("urn:oasis:names:tc:emergency:cap:1.2"));
    CHECK(xml.count("<info>") == 2);

    // A stricter centre policy: red only at five times the mean (20 is 3.2 times 6.25).
    const QString strict = dir.filePath(QStringLiteral("strict.json"));
    QFile pf(strict);
    REQUIRE(pf.open(QIODevice::WriteOnly));
    pf.write(policyJson(7, 8).replace("\"ratio\": 2.0", "\"ratio\": 5.0"));
    pf.close();
    const CtlRun strictRun = ctl({QStringLiteral("warnings"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), asOf,
                                  QStringLiteral("--policy"), strict, QStringLiteral("--json")});
    REQUIRE(strictRun.exitCode == 0);
    const QJsonObject so = QJsonDocument::fromJson(strictRun.out.toUtf8()).object();
    CHECK(so[QStringLiteral("counts")].toObject()[QStringLiteral("red")].toInt() == 0);
    CHECK(so[QStringLiteral("counts")].toObject()[QStringLiteral("orange")].toInt() == 2);

    pf.open(QIODevice::WriteOnly);
    pf.write("{\"format\": \"dispatch-warning-policy\", \"recent_days\": -1}");
    pf.close();
    const CtlRun bad = ctl({QStringLiteral("warnings"), QStringLiteral("--db"), db, QStringLiteral("--policy"), strict});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("strict.json")));
    CHECK(ctl({QStringLiteral("warnings"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("soon")}).exitCode == 2);
}

TEST_CASE("zone warnings: weeks before the records begin are unknown, not quiet", "[warnings]")
{
    TestStore s;
    Series series(s);
    const qint64 asOf = defaultStartMs();
    // A new store: a busy first week and nothing before it raises nothing.
    series.add("renminlu", "criminal", 30, asOf - kHour);
    auto fresh = ZoneWarnings::compute(s.db(), WarningPolicy::builtin(), s.service().board().zones(), asOf);
    REQUIRE(fresh.ok());
    CHECK(fresh->baselineWeeksCovered == 0);
    CHECK_FALSE(fresh->hasBaseline());
    CHECK(fresh->raised.isEmpty());
    CHECK(fresh->pairsJudged == 0);
    CHECK(fresh->levelOf(series.zone("renminlu")) == WarningLevel::Green);

    // Records from 3 weeks and a day back: weeks 1 and 2 are covered whole (week 3 only in part), so the
    // baseline is those two: 4 and 6, mean 5.
    series.recordsSince(asOf - 3 * kWeek - kDay);
    series.baseline("renminlu", "criminal", {4, 6}, asOf);
    auto young = ZoneWarnings::compute(s.db(), WarningPolicy::builtin(), s.service().board().zones(), asOf);
    REQUIRE(young.ok());
    CHECK(young->baselineWeeksCovered == 2);
    CHECK(young->toJson(QStringLiteral("en"))[QStringLiteral("baseline_weeks_covered")].toInt() == 2);
    const ZoneWarning* w = find(*young, "renminlu", "criminal");
    REQUIRE(w);
    CHECK(w->baseline == QList<int>{4, 6});
    CHECK(w->mean == Approx(5));
    CHECK(w->level == WarningLevel::Red);
    CHECK(w->explanation(7, QStringLiteral("en")).contains(QStringLiteral("previous 2 weeks")));
}
