// SPDX-License-Identifier: GPL-3.0-or-later
// History at scale, each against a baseline of the same run:
//  - import of the real SF export (10,410 unit rows) through the profile, against raw sqlite3 prepared inserts
//    of the same incident and unit rows into the same tables of a fresh store (one transaction);
//  - statistics over one year of 180,000 generated incidents and over 1,000,000 (the whole store, and the
//    last month as the monthly report reads it), against a bare sqlite3 loop stepping over the same rows.
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_history [INCIDENTS...])
#include "BenchStats.h"
#include "demo/DistrictData.h"
#include "history/CsvReader.h"
#include "service/DispatchService.h"
#include "stats/ReportPeriod.h"
#include "stats/ReportTables.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <vector>

using namespace dispatch;
using bench::median;

namespace {

constexpr qint64 kNow = 1795309200000; // 2026-11-22 01:00 UTC

std::unique_ptr<Database> freshStore(const QString& path, ManualClock& clock)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.errorString()));
    DispatchService svc(**db, clock, QStringLiteral("bench"));
    svc.actAsSystem(QStringLiteral("bench"));
    DistrictData district = DistrictLoader::demo().value();
    district.passwordIterations = 1000;
    if (const Status s = svc.installDistrict(district); !s)
        qFatal("%s", qPrintable(s.errorString()));
    return std::move(db).value();
}

/// The rows an import wrote, read back as text and numbers, to be inserted again by raw sqlite3.
struct WrittenRows
{
    QList<QList<QVariant>> incidents, units;
};

const char* kIncidentColumns = "number, line, address, lat, lon, zone_id, tier, summary, category, priority, state, "
                               "state_since, received_at, created_at, updated_at, desk, origin, source_ref, import_id, "
                               "first_dispatched_at, first_signed_for_at, first_on_scene_at";
const char* kUnitColumns = "incident_id, unit_ref, unit_type, dispatched_at, signed_for_at, on_scene_at, cleared_at";

QList<QList<QVariant>> readBack(sqlite3* db, const QByteArray& sql)
{
    QList<QList<QVariant>> rows;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
        QList<QVariant> row;
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            switch (sqlite3_column_type(st, c)) {
            case SQLITE_INTEGER: row << QVariant(qint64(sqlite3_column_int64(st, c))); break;
            case SQLITE_FLOAT: row << QVariant(sqlite3_column_double(st, c)); break;
            case SQLITE_NULL: row << QVariant(); break;
            default: row << QVariant(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, c)), sqlite3_column_bytes(st, c)));
            }
        }
        rows << row;
    }
    sqlite3_finalize(st);
    return rows;
}

/// Raw sqlite3 prepared inserts of the same rows into the same tables of a fresh store, one transaction.
double rawInsertMs(sqlite3* db, const WrittenRows& rows)
{
    const auto insertAll = [&](const char* table, const char* columns, const QList<QList<QVariant>>& data) {
        if (data.isEmpty())
            return;
        QByteArray sql = QByteArray("INSERT INTO ") + table + "(" + columns + ") VALUES(";
        for (qsizetype i = 0; i < data.first().size(); ++i)
            sql += i ? ",?" : "?";
        sql += ")";
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            qFatal("%s", sqlite3_errmsg(db));
        for (const QList<QVariant>& row : data) {
            for (int i = 0; i < row.size(); ++i) {
                const QVariant& v = row[i];
                if (v.isNull())
                    sqlite3_bind_null(st, i + 1);
                else if (v.typeId() == QMetaType::LongLong)
                    sqlite3_bind_int64(st, i + 1, v.toLongLong());
                else if (v.typeId() == QMetaType::Double)
                    sqlite3_bind_double(st, i + 1, v.toDouble());
                else {
                    const QByteArray b = v.toByteArray();
                    sqlite3_bind_text(st, i + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
                }
            }
            if (sqlite3_step(st) != SQLITE_DONE)
                qFatal("%s", sqlite3_errmsg(db));
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
    };
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "INSERT INTO imports(source, profile, file, rows, incidents, assignments, rejected, already_imported, "
                     "imported_at, imported_by) VALUES ('SFFD','raw','raw',0,0,0,0,0,0,'bench')", nullptr, nullptr, nullptr);
    insertAll("incidents", kIncidentColumns, rows.incidents);
    insertAll("imported_assignments", kUnitColumns, rows.units);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return double(t.nsecsElapsed()) / 1e6;
}

void benchImport()
{
    const QString csvPath = QStringLiteral(DISPATCH_TEST_DATA "/sf/sf_fire_calls_2020-04.csv");
    auto profile = ImportProfile::fromFile(QStringLiteral(":/dispatch/import/sf-fire-calls.json"));
    std::vector<double> ours, raw;
    int rows = 0;
    for (int round = 0; round < 5; ++round) {
        QTemporaryDir dir;
        ManualClock clock(kNow);
        auto db = freshStore(dir.filePath(QStringLiteral("s.sqlite")), clock);
        DispatchService svc(*db, clock, QStringLiteral("bench"));
        svc.actAsSystem(QStringLiteral("bench"));
        QElapsedTimer t;
        t.start();
        auto r = svc.importHistory(*profile, csvPath);
        ours.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r || r->incidents != 5292)
            qFatal("import failed: %s", qPrintable(r.ok() ? QStringLiteral("count") : r.errorString()));
        rows = r->rows;
        WrittenRows written;
        written.incidents = readBack(db->handle(), QByteArray("SELECT ") + kIncidentColumns + " FROM incidents ORDER BY id");
        written.units = readBack(db->handle(), QByteArray("SELECT ") + kUnitColumns + " FROM imported_assignments ORDER BY id");
        QTemporaryDir other;
        ManualClock otherClock(kNow);
        auto fresh = freshStore(other.filePath(QStringLiteral("raw.sqlite")), otherClock);
        raw.push_back(rawInsertMs(fresh->handle(), written));
    }
    const double oursRate = rows / median(ours) * 1000, rawRate = rows / median(raw) * 1000;
    std::printf("import of the SF export (%d rows -> 5,292 incidents + 10,410 unit rows): median %.0f ms = %.0f rows/s; "
                "raw sqlite3 prepared inserts of the same incident and unit rows into the same tables: median %.0f ms = %.0f rows/s; "
                "rate ratio %.2f\n",
                rows, median(ours), oursRate, median(raw), rawRate, oursRate / rawRate);
    std::fflush(stdout);
}

double bareScanMs(sqlite3* db, qint64 from, qint64 to)
{
    QElapsedTimer t;
    t.start();
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT received_at, first_dispatched_at, first_on_scene_at, category FROM incidents "
                           "WHERE received_at >= ? AND received_at < ?", -1, &st, nullptr);
    sqlite3_bind_int64(st, 1, from);
    sqlite3_bind_int64(st, 2, to);
    qint64 sum = 0;
    while (sqlite3_step(st) == SQLITE_ROW)
        sum += sqlite3_column_int64(st, 0) + sqlite3_column_int64(st, 1) + sqlite3_column_bytes(st, 3);
    sqlite3_finalize(st);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    return sum == 42 ? ms + 1 : ms;
}

void benchStats(const QList<int>& sizes)
{
    QTemporaryDir dir;
    ManualClock clock(kNow);
    auto db = freshStore(dir.filePath(QStringLiteral("s.sqlite")), clock);
    DispatchService svc(*db, clock, QStringLiteral("bench"));
    svc.actAsSystem(QStringLiteral("bench"));
    int have = 0;
    for (int n : sizes) {
        GenerateOptions o;
        o.incidents = n - have;
        o.days = 365;
        o.seed = quint32(n);
        o.endMs = kNow;
        QElapsedTimer t;
        t.start();
        if (auto r = svc.generateHistory(o); !r)
            qFatal("%s", qPrintable(r.errorString()));
        const double genMs = double(t.nsecsElapsed()) / 1e6;
        have = n;
        const qint64 yearFrom = kNow - 365LL * 86400000, monthFrom = kNow - 30LL * 86400000;
        std::vector<double> year, month, bareYear, bareMonth, report, bareReport, warnings, bareWarnings;
        const QTimeZone zone = svc.board().timeZone();
        const ReportPeriod period =
            ReportPeriod::containing(ReportPeriod::Kind::Month, QDateTime::fromMSecsSinceEpoch(kNow - 1, zone).date(), zone);
        const ReportPeriod before = period.previous(zone);
        const qint64 warnFrom = kNow - (8 * 7 + 7) * 86400000LL;
        for (int round = 0; round < 5; ++round) {
            StatsQuery q;
            q.fromMs = yearFrom;
            q.toMs = kNow;
            t.start();
            auto s = svc.statistics(q);
            year.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!s || s->incidents != n)
                qFatal("stats counted %d of %d", s ? s->incidents : -1, n);
            q.fromMs = monthFrom;
            t.start();
            auto m = svc.statistics(q);
            month.push_back(double(t.nsecsElapsed()) / 1e6);
            bareYear.push_back(bareScanMs(db->handle(), yearFrom, kNow));
            bareMonth.push_back(bareScanMs(db->handle(), monthFrom, kNow));

            // The monthly report: the month and the month before, their tables and the CSV.
            t.start();
            StatsQuery cur;
            cur.fromMs = period.fromMs;
            cur.toMs = period.toMs;
            StatsQuery prev;
            prev.fromMs = before.fromMs;
            prev.toMs = before.toMs;
            auto a = svc.statistics(cur);
            auto b = svc.statistics(prev);
            if (!a || !b)
                qFatal("report statistics failed");
            const QByteArray csv = ReportTables::toCsv(period.title(), ReportTables::build(period, *a, *b, svc.board().zones(),
                                                                                          QStringLiteral("en")));
            report.push_back(double(t.nsecsElapsed()) / 1e6);
            if (csv.isEmpty())
                qFatal("no CSV");
            bareReport.push_back(bareScanMs(db->handle(), before.fromMs, period.toMs));

            // The four-colour warnings: 7 days against 8 weeks.
            t.start();
            auto w = svc.zoneWarnings(kNow);
            warnings.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!w)
                qFatal("%s", qPrintable(w.errorString()));
            bareWarnings.push_back(bareScanMs(db->handle(), warnFrom, kNow));
        }
        std::printf("%7d incidents over a year (generated in %.0f ms): stats for the year median %.0f ms (bare sqlite3 scan of "
                    "the same rows %.0f ms, ratio %.1f); the last 30 days median %.0f ms (bare %.0f ms, ratio %.1f)\n",
                    n, genMs, median(year), median(bareYear), median(year) / median(bareYear), median(month),
                    median(bareMonth), median(month) / median(bareMonth));
        std::printf("%7d incidents: monthly report %s (this month and the one before, tables, CSV) median %.0f ms (bare scan of "
                    "the two months %.0f ms, ratio %.1f); zone warnings (7 days against 8 weeks) median %.0f ms (bare scan of "
                    "the 63 days %.0f ms, ratio %.1f)\n",
                    n, qPrintable(period.title()), median(report), median(bareReport), median(report) / median(bareReport),
                    median(warnings), median(bareWarnings), median(warnings) / median(bareWarnings));
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {180000, 1000000};
    benchImport();
    benchStats(sizes);
    return 0;
}
