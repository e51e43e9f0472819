// SPDX-License-Identifier: GPL-3.0-or-later
// Report periods in the centre's time zone, and the report's tables and CSV from known figures.
#include "CatchQt.h"
#include "HistoryRows.h"
#include "TestStore.h"

#include "stats/ReportPeriod.h"
#include "stats/ReportTables.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

using namespace dispatch;
using namespace dispatch::test;

namespace {

const QTimeZone kShanghai("Asia/Shanghai");

qint64 utc(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

const ReportTable& table(const QList<ReportTable>& tables, const char* id)
{
    for (const ReportTable& t : tables)
        if (t.id == QLatin1String(id))
            return t;
    FAIL("no table " << id);
    return tables.first();
}

QString cell(const ReportTable& t, const QString& firstColumn, int column)
{
    for (const QStringList& row : t.rows)
        if (row.first() == firstColumn)
            return row.value(column);
    FAIL("no row " << firstColumn.toStdString());
    return {};
}

} // namespace

TEST_CASE("report periods: a local day, a Monday-to-Sunday week and a calendar month", "[reports]")
{
    // 2026-11-22 is a Sunday.
    const ReportPeriod day = ReportPeriod::containing(ReportPeriod::Kind::Day, QDate(2026, 11, 22), kShanghai);
    CHECK(day.fromMs == utc(2026, 11, 21, 16));
    CHECK(day.toMs == utc(2026, 11, 22, 16));
    CHECK(day.days() == 1);
    CHECK(day.title() == QStringLiteral("Daily report 2026-11-22"));

    const ReportPeriod week = ReportPeriod::containing(ReportPeriod::Kind::Week, QDate(2026, 11, 22), kShanghai);
    CHECK(week.first == QDate(2026, 11, 16));
    CHECK(week.last == QDate(2026, 11, 22));
    CHECK(week.days() == 7);
    CHECK(week.toMs - week.fromMs == 7 * 86400000LL);
    CHECK(week.previous(kShanghai).first == QDate(2026, 11, 9));
    CHECK(ReportPeriod::containing(ReportPeriod::Kind::Week, QDate(2026, 11, 16), kShanghai).first == QDate(2026, 11, 16));
    CHECK(week.title() == QStringLiteral("Weekly report 2026-11-16 – 2026-11-22 (week 47)"));

    const ReportPeriod month = ReportPeriod::containing(ReportPeriod::Kind::Month, QDate(2026, 11, 22), kShanghai);
    CHECK(month.first == QDate(2026, 11, 1));
    CHECK(month.last == QDate(2026, 11, 30));
    CHECK(month.fromMs == utc(2026, 10, 31, 16));
    CHECK(month.days() == 30);
    const ReportPeriod october = month.previous(kShanghai);
    CHECK(october.days() == 31);
    CHECK(october.toMs == month.fromMs);
    CHECK(month.next(kShanghai).first == QDate(2026, 12, 1));
    CHECK(ReportPeriod::containing(ReportPeriod::Kind::Month, QDate(2028, 2, 10), kShanghai).days() == 29);
    CHECK(month.title() == QStringLiteral("Monthly report 2026-11"));

    // A zone with summer time: the week of the change is 167 hours long, midnight to midnight.
    const QTimeZone berlin("Europe/Berlin");
    const ReportPeriod dst = ReportPeriod::containing(ReportPeriod::Kind::Week, QDate(2026, 3, 29), berlin);
    CHECK(dst.toMs - dst.fromMs == (7 * 24 - 1) * 3600000LL);
}

TEST_CASE("report tables: summary against the previous period, category mix, zone ranking, CSV", "[reports]")
{
    TestStore s;
    const QList<Zone> zones = s.service().board().zones();
    REQUIRE(zones.size() >= 2);
    const ReportPeriod week = ReportPeriod::containing(ReportPeriod::Kind::Week, QDate(2026, 11, 22), kShanghai);

    Statistics now;
    now.incidents = 40;
    now.byCategory = {{QStringLiteral("dispute"), 25}, {QStringLiteral("criminal"), 15}};
    now.byZone = {{zones[1].id, 30}, {zones[0].id, 8}, {0, 2}};
    now.arrivalByZone = {{zones[1].id, {20, 15}}, {zones[0].id, {4, 4}}};
    now.arrivalN = 24;
    now.arrivalMet = 19;
    now.signForN = 30;
    now.signForWithin30s = 27;
    now.byHour[21] = 10;
    now.dailyAverage = 40.0 / 7;
    now.dispatchedToOnScene.n = 24;
    now.dispatchedToOnScene.p50 = 185;
    now.dispatchedToOnScene.p90 = 420;
    now.dispatchedToOnScene.shareWithin180s = 0.5;
    now.arrivalHistogram[0] = 2;
    now.arrivalHistogram[6] = 10;
    now.arrivalHistogram[20] = 12;
    now.transferred = 8;
    Statistics before;
    before.incidents = 32;
    before.byCategory = {{QStringLiteral("dispute"), 20}, {QStringLiteral("traffic"), 12}};

    const QList<ReportTable> tables = ReportTables::build(week, now, before, zones, QStringLiteral("en"));
    const ReportTable& summary = table(tables, "summary");
    CHECK(cell(summary, QStringLiteral("Incidents"), 1) == QStringLiteral("40"));
    CHECK(cell(summary, QStringLiteral("Incidents"), 2) == QStringLiteral("32"));
    CHECK(cell(summary, QStringLiteral("Change against the previous period"), 1) == QStringLiteral("+25.0%"));
    CHECK(cell(summary, QStringLiteral("Daily average"), 1) == QStringLiteral("5.7"));
    CHECK(cell(summary, QStringLiteral("Dispatch to on scene (median)"), 1) == QStringLiteral("3 min 05 s"));
    CHECK(cell(summary, QStringLiteral("Dispatch to on scene (median)"), 2) == QStringLiteral("–"));
    CHECK(cell(summary, QStringLiteral("On scene within 3 min of dispatch"), 1) == QStringLiteral("50.0%"));
    CHECK(cell(summary, QStringLiteral("Arrival within the zone's own circle"), 1) == QStringLiteral("79.2%"));
    CHECK(cell(summary, QStringLiteral("Signed for within 30 s"), 1) == QStringLiteral("90.0%"));
    CHECK(cell(summary, QStringLiteral("Transferred to stations"), 1) == QStringLiteral("8 (20.0%)"));

    const ReportTable& mix = table(tables, "by_category");
    REQUIRE(mix.rows.size() == 3); // traffic appears with 0 this period
    CHECK(mix.rows[0] == QStringList{QStringLiteral("Dispute"), QStringLiteral("25"), QStringLiteral("62.5%"),
                                     QStringLiteral("20"), QStringLiteral("+25.0%"), QStringLiteral("0"),
                                     QStringLiteral("100.0%")});
    CHECK(mix.rows[2][0] == QStringLiteral("Traffic"));
    CHECK(mix.rows[2][4] == QStringLiteral("-100.0%"));

    const ReportTable& rank = table(tables, "zone_ranking");
    REQUIRE(rank.rows.size() == 3);
    CHECK(rank.rows[0] == QStringList{QStringLiteral("1"), zones[1].name, QStringLiteral("30"), QStringLiteral("75.0%"),
                                      QStringLiteral("0"), QStringLiteral("20"), QStringLiteral("75.0%")});
    CHECK(rank.rows[1][1] == zones[0].name);
    CHECK(rank.rows[2][1] == QStringLiteral("Outside every zone"));
    CHECK(rank.rows[2][6] == QStringLiteral("–"));

    CHECK(cell(table(tables, "by_hour"), QStringLiteral("21:00–22:00"), 1) == QStringLiteral("10"));
    const ReportTable& hist = table(tables, "arrival_histogram");
    REQUIRE(hist.rows.size() == 21);
    CHECK(hist.rows[6] == QStringList{QStringLiteral("3 min 00 s"), QStringLiteral("3 min 30 s"), QStringLiteral("10"),
                                      QStringLiteral("50.0%")});
    CHECK(hist.rows[20][1] == QStringLiteral("and more"));
    CHECK(hist.rows[20][3] == QStringLiteral("100.0%"));

    const QByteArray csv = ReportTables::toCsv(week.title(), tables);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines[0] == week.title());
    CHECK(lines.contains(QStringLiteral("summary,Summary")));
    CHECK(lines.contains(QStringLiteral("Incidents,40,32")));
    // A cell with a comma is quoted.
    CHECK(lines.contains(QStringLiteral("Call to dispatch (median),–,–")));
    Statistics quoted = now;
    quoted.byCategory = {{QStringLiteral("a,b \"c\""), 1}};
    const QByteArray q = ReportTables::toCsv(QStringLiteral("t"), ReportTables::build(week, quoted, before, zones, QStringLiteral("en")));
    CHECK(q.contains("\"a,b \"\"c\"\"\",1,"));

    CHECK(ReportTables::percent(1, 3) == QStringLiteral("33.3%"));
    CHECK(ReportTables::percent(0, 0) == QStringLiteral("–"));
    CHECK(ReportTables::seconds(119.4) == QStringLiteral("119 s"));
    CHECK(ReportTables::seconds(600) == QStringLiteral("10 min 00 s"));
}

TEST_CASE("seed 003's two months: 5,046 incidents, 21.6 % transferred, on-scene closure 84.8 % and 94.1 %",
          "[reports][stats]")
{
    // The grid model's table (seed 003): incidents and transfers to stations per category ("other" spread over
    // traffic, inquiry and non-police). Written as closed or transferred history over two months.
    struct Row
    {
        const char* category;
        int incidents, transferred;
    };
    const Row seed003[] = {{"criminal", 327, 299}, {"public_order", 459, 412}, {"dispute", 1286, 195},
                         {"assistance", 2239, 131}, {"traffic", 400, 30}, {"inquiry", 200, 15}, {"non_police", 135, 6}};
    TestStore s;
    QSqlQuery q(s.db().connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    const qint64 start = QDateTime(QDate(2026, 9, 1), QTime(0, 0), kShanghai).toMSecsSinceEpoch();
    int n = 0;
    for (const Row& r : seed003)
        for (int i = 0; i < r.incidents; ++i, ++n) {
            q.prepare(QStringLiteral("INSERT INTO incidents (number, line, state, state_since, received_at, created_at, "
                                     "updated_at, category, priority, origin, source_ref) VALUES (?, '110', ?, ?, ?, ?, ?, ?, 3, "
                                     "'imported', ?)"));
            const qint64 at = start + qint64(n) * (61LL * 86400000 / 5046); // spread over September and October
            q.addBindValue(QStringLiteral("S3-%1").arg(n));
            q.addBindValue(i < r.transferred ? QStringLiteral("transferred") : QStringLiteral("closed"));
            for (int k = 0; k < 4; ++k)
                q.addBindValue(at);
            q.addBindValue(QString::fromLatin1(r.category));
            q.addBindValue(QStringLiteral("SEED003:%1").arg(n));
            REQUIRE(q.exec());
        }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));

    StatsQuery two;
    two.fromMs = start;
    two.toMs = QDateTime(QDate(2026, 11, 1), QTime(0, 0), kShanghai).toMSecsSinceEpoch();
    auto st = s.service().statistics(two);
    REQUIRE(st.ok());
    CHECK(st->incidents == 5046);
    CHECK(st->transferred == 1088);
    CHECK(ReportTables::percent(st->transferred, st->incidents) == QStringLiteral("21.6%"));
    CHECK(st->transferredByCategory.value(QStringLiteral("dispute")) == 195);
    CHECK(QString::number(100 * st->closedOnSceneShare(QStringLiteral("dispute")), 'f', 1) == QStringLiteral("84.8"));
    CHECK(QString::number(100 * st->closedOnSceneShare(QStringLiteral("assistance")), 'f', 1) == QStringLiteral("94.1"));
    const QJsonObject outcomes = st->toJson(kShanghai)[QStringLiteral("outcomes")].toObject();
    CHECK(outcomes[QStringLiteral("transfer_rate")].toDouble() == Approx(1088.0 / 5046));
    CHECK(outcomes[QStringLiteral("by_category")].toObject()[QStringLiteral("assistance")].toObject()
              [QStringLiteral("transferred")].toInt() == 131);

    // The same figures in the report's tables.
    const ReportPeriod month = ReportPeriod::containing(ReportPeriod::Kind::Month, QDate(2026, 10, 1), kShanghai);
    const QList<ReportTable> tables = ReportTables::build(month, *st, Statistics{}, s.service().board().zones(), QStringLiteral("en"));
    CHECK(cell(table(tables, "summary"), QStringLiteral("Transferred to stations"), 1) == QStringLiteral("1088 (21.6%)"));
    CHECK(cell(table(tables, "by_category"), QStringLiteral("Dispute"), 6) == QStringLiteral("84.8%"));
    CHECK(cell(table(tables, "by_category"), QStringLiteral("Assistance"), 6) == QStringLiteral("94.1%"));
    CHECK(cell(table(tables, "by_category"), QStringLiteral("Criminal"), 5) == QStringLiteral("299"));
}
