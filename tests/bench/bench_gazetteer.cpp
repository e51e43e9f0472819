// SPDX-License-Identifier: GPL-3.0-or-later
// The gazetteer looked up as each character of an address is typed, with 1,000,000 entries (default; argv[1] to
// change), against a baseline measured in the same run: the bare SQLite lookup of the same comparable form (the FTS5
// trigram MATCH for three characters or more, the key index's range below), without ranking or reading the rows.
// The load itself (comparable forms made, rows written, the trigram index built) is timed too.
// With --server, the same on a PostgreSQL server (libpq's defaults: run it under pg_virtualenv), against the bare libpq
// lookup of the same form (LIKE '%word%' through pg_trgm's index for three characters or more, the key's pattern index
// for a beginning).
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_gazetteer [N] [--server])
#include "BenchLibpq.h"
#include "BenchStats.h"
#include "map/AddressText.h"
#include "store/Database.h"
#include "store/GazetteerQueries.h"
#include "store/GazetteerRepository.h"
#include "store/SchemaPostgres.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <vector>

using namespace dispatch;
using bench::median;
using bench::p99;

namespace {

const QStringList kDistricts{u"福田区"_qs, u"罗湖区"_qs, u"南山区"_qs, u"宝安区"_qs, u"龙岗区"_qs, u"盐田区"_qs,
                             u"龙华区"_qs, u"坪山区"_qs, u"光明区"_qs, u"大鹏新区"_qs};
const QString kStems = QStringLiteral("深南红荔福强农园香梅泰然白石新洲华强莲花景田益田彩田上沙下沙车公庙竹子林侨香安托山"
                                      "梅林皇岗滨河金田民田中康北环园岭八卦笋岗东门翠竹布心");
const QStringList kTypes{u"路"_qs, u"街"_qs, u"大道"_qs, u"巷"_qs, u"一路"_qs, u"二路"_qs, u"东路"_qs, u"西路"_qs};
const QStringList kBuildings{u"大厦"_qs, u"花园"_qs, u"小学"_qs, u"市场"_qs, u"广场"_qs, u"公寓"_qs};

QString street(QRandomGenerator& rng)
{
    return QString(kStems.at(rng.bounded(kStems.size()))) + kStems.at(rng.bounded(kStems.size()))
           + kTypes.at(rng.bounded(kTypes.size()));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const bool server = args.contains(QStringLiteral("--server"));
    int n = 1000000;
    for (const QString& a : args)
        if (!a.startsWith(QLatin1String("--")))
            n = a.toInt();
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    PGconn* admin = nullptr;
    if (server) {
        admin = bench::connect("postgres");
        bench::exec(admin, "DROP DATABASE IF EXISTS dispatch_bench_gazetteer WITH (FORCE)");
        bench::exec(admin, "CREATE DATABASE dispatch_bench_gazetteer");
        path = QStringLiteral("postgresql:///dispatch_bench_gazetteer");
    }
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.errorString()));
    QRandomGenerator rng(110);
    QList<GazetteerEntry> entries;
    entries.reserve(n);
    for (int i = 0; i < n; ++i) {
        QString text = kDistricts.at(rng.bounded(kDistricts.size())) + street(rng) + QString::number(1 + rng.bounded(2000))
                       + u'号';
        if (rng.bounded(5) == 0)
            text += QStringLiteral(" (") + kStems.mid(rng.bounded(kStems.size() - 2), 2) + kBuildings.at(rng.bounded(kBuildings.size())) + u')';
        entries.append({QStringLiteral("list"), QStringLiteral("address"), text,
                        GeoPoint{22.50 + rng.generateDouble() * 0.1, 113.9 + rng.generateDouble() * 0.2}});
    }
    QElapsedTimer t;
    t.start();
    {
        Transaction tx(**db);
        GazetteerRepository::replace((*db)->connection(), QStringLiteral("list"), entries);
        tx.commit();
    }
    if (server && args.contains(QStringLiteral("--no-index"))) // what the lookup costs without pg_trgm
        sql::run((*db)->connection(), QStringLiteral("DROP INDEX gazetteer_trgm"));
    if (server)
        (*db)->updatePlannerStatistics();
    const double loadS = double(t.elapsed()) / 1000.0;
    std::printf("loaded %d addresses (comparable forms, rows, trigram index) in %.1f s: %.0f rows/s%s\n", n, loadS,
                n / loadS, server ? (postgres::hasSearchIndex((*db)->connection()) ? " [server, pg_trgm index]" : " [server, NO trigram index]") : "");
    // 200 addresses typed character by character: half from the district on, half from the street on (the part a
    // caller says first), each prefix a lookup as the desk makes it, then the bare lookup of the same form.
    QStringList prefixes;
    for (int a = 0; a < 200; ++a) {
        const QString target = entries.at(rng.bounded(n)).text;
        const QString typed = a % 2 ? target : target.mid(target.indexOf(u'区') + 1);
        for (qsizetype len = 1; len <= typed.size(); ++len)
            if (!AddressText::key(typed.left(len)).isEmpty())
                prefixes << typed.left(len);
    }
    std::vector<double> lookup, baseline;
    int hits = 0;
    const auto measure = [&](const auto& bare) {
        for (const QString& prefix : std::as_const(prefixes)) {
            t.start();
            const QList<GazetteerHit> found = GazetteerQueries::search((*db)->connection(), prefix, 8);
            lookup.push_back(double(t.nsecsElapsed()) / 1000.0);
            hits += int(found.size());
            const QByteArray key = AddressText::key(prefix).toUtf8();
            t.start();
            bare(key);
            baseline.push_back(double(t.nsecsElapsed()) / 1000.0);
        }
    };

    if (server) {
        PGconn* raw = bench::connect("dispatch_bench_gazetteer");
        PQclear(PQprepare(raw, "inside", "SELECT id FROM gazetteer WHERE key LIKE $1 LIMIT 300", 1, nullptr));
        measure([&](const QByteArray& key) {
            // A word of three characters or more is looked for inside the keys, a shorter one at their beginning.
            const QByteArray pattern = QString::fromUtf8(key).size() >= 3 ? QByteArray('%' + key + '%') : QByteArray(key + '%');
            const char* values[1] = {pattern.constData()};
            PQclear(PQexecPrepared(raw, "inside", 1, values, nullptr, nullptr, 0));
        });
        PQfinish(raw);
        std::unique_ptr<Database> closing = std::move(db).value();
        closing.reset();
        bench::exec(admin, "DROP DATABASE IF EXISTS dispatch_bench_gazetteer WITH (FORCE)");
        PQfinish(admin);
        std::printf("lookup as typed at %d addresses on the server (%d keystrokes): median %.0f us, p99 %.0f us (target: p99 "
                    "under 20,000 us); bare libpq lookup median %.0f us, p99 %.0f us; ratio (median) %.1f  [%d candidates]\n",
                    n, int(prefixes.size()), median(lookup), p99(lookup), median(baseline), p99(baseline),
                    median(lookup) / median(baseline), hits);
        return 0;
    }

    sqlite3* raw = nullptr;
    sqlite3_open(path.toUtf8().constData(), &raw);
    sqlite3_stmt* match = nullptr;
    sqlite3_prepare_v2(raw, "SELECT rowid FROM gazetteer_text WHERE gazetteer_text MATCH ? LIMIT 300", -1, &match, nullptr);
    sqlite3_stmt* range = nullptr;
    sqlite3_prepare_v2(raw, "SELECT id FROM gazetteer WHERE key >= ? AND key < ? LIMIT 300", -1, &range, nullptr);
    measure([&](const QByteArray& key) {
        sqlite3_stmt* st = key.size() >= 9 ? match : range; // three CJK characters are nine bytes
        if (st == match) {
            const QByteArray phrase = '"' + key + '"';
            sqlite3_bind_text(st, 1, phrase.constData(), int(phrase.size()), SQLITE_TRANSIENT);
        } else {
            const QByteArray last = key + "\xF4\x8F\xBF\xBF";
            sqlite3_bind_text(st, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 2, last.constData(), int(last.size()), SQLITE_TRANSIENT);
        }
        while (sqlite3_step(st) == SQLITE_ROW)
            ;
        sqlite3_reset(st);
    });
    sqlite3_finalize(match);
    sqlite3_finalize(range);
    sqlite3_close(raw);
    std::printf("lookup as typed at %d addresses (%d keystrokes): median %.0f us, p99 %.0f us (target: p99 under "
                "20,000 us); bare SQLite lookup median %.0f us, p99 %.0f us; ratio (median) %.1f  [%d candidates]\n",
                n, int(prefixes.size()), median(lookup), p99(lookup), median(baseline), p99(baseline),
                median(lookup) / median(baseline), hits);
    return 0;
}
