// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the workstation on a store with 1,000,000 historical incidents: the time to a usable window
// (target under 2 s: the queue holds the active incidents only, history is paged), measured as the app does
// it — open the store file, build the facade (board load), sign in, build the main window, show it and
// process events until it is exposed and the queue has painted. Against a baseline of the same run: the
// same opening on a store with the demo district and the same active incidents but NO history. Five fresh
// openings of each; median and max, ratio, and per phase. Both files were just written, so the OS file cache
// is warm for every opening, the first included: a cold start after a reboot is not measured here.
// Fails only when the window is not usable or the queue shows history.
// With --server, both stores are databases on a PostgreSQL server (libpq's defaults: run it under pg_virtualenv),
// as a desk of a centre opens them.
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_open [HISTORY_INCIDENTS] [--server])
#include "BenchStats.h"
#include "demo/DistrictData.h"
#include "queue/IncidentQueueModel.h"
#include "queue/IncidentQueueWidget.h"
#include "service/DispatchService.h"
#include "shell/MainWindow.h"
#include "store/StoreLocator.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dispatch;
using bench::median;

namespace {

constexpr qint64 kNow = 1795309200000; // 2026-11-22 01:00 UTC
constexpr int kActive = 40;            // live incidents in both stores
constexpr int kRounds = 5;
constexpr double kTargetMs = 2000;

/// A store with the demo district, `history` generated closed/transferred incidents over the last year
/// and kActive live calls taken by the demo dispatcher (the same calls in every store).
void makeStore(const QString& path, int history, double* genMs)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.errorString()));
    ManualClock clock(kNow);
    DispatchService svc(**db, clock, QStringLiteral("bench"));
    svc.actAsSystem(QStringLiteral("bench"));
    DistrictData district = DistrictLoader::demo().value();
    district.passwordIterations = 1000;
    if (const Status s = svc.installDistrict(district); !s)
        qFatal("%s", qPrintable(s.errorString()));
    if (history > 0) {
        GenerateOptions o;
        o.incidents = history;
        o.days = 365;
        o.seed = 7;
        o.endMs = kNow;
        QElapsedTimer t;
        t.start();
        if (auto r = svc.generateHistory(o); !r)
            qFatal("%s", qPrintable(r.errorString()));
        *genMs = double(t.nsecsElapsed()) / 1e6;
    }
    if (auto r = svc.login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110")); !r)
        qFatal("%s", qPrintable(r.errorString()));
    const char* categories[] = {"public_order", "dispute", "assistance", "criminal"};
    for (int i = 0; i < kActive; ++i) {
        IncidentDraft d;
        d.summary = QStringLiteral("测试警情 %1").arg(i);
        d.category = QString::fromLatin1(categories[i % 4]);
        d.priority = 1 + i % 4;
        d.position = GeoPoint{22.745 + 0.002 * i, 100.935 + 0.0019 * i};
        d.receivedAtMs = kNow - (kActive - i) * 30 * 1000;
        if (auto r = svc.createIncident(d); !r)
            qFatal("%s", qPrintable(r.errorString()));
    }
    svc.logout();
}

/// Notes the first paint of a widget.
class PaintWatch final : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        painted = painted || event->type() == QEvent::Paint;
        return QObject::eventFilter(watched, event);
    }
};

enum Phase { Store, Board, SignIn, Window, Shown, Total, Phases };
const char* const kPhaseNames[Phases] = {"open store", "facade + board", "sign in", "build window", "show + paint",
                                         "total"};

struct Opening
{
    double ms[Phases] = {};
    int queueRows = 0, boardActive = 0, historyInQueue = 0;
    bool usable = false;
};

/// One opening as the dispatcher app does it (StoreLocator with --db, DispatchService, sign-in, MainWindow).
Opening openOnce(const QString& path, const Clock& clock)
{
    Opening o;
    QElapsedTimer total, t;
    total.start();
    t.start();
    auto opened = StoreLocator::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.errorString()));
    o.ms[Store] = double(t.nsecsElapsed()) / 1e6;
    t.start();
    DispatchService svc(*opened->db, clock, QStringLiteral("bench"));
    o.ms[Board] = double(t.nsecsElapsed()) / 1e6;
    t.start();
    if (auto r = svc.login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110")); !r)
        qFatal("%s", qPrintable(r.errorString()));
    o.ms[SignIn] = double(t.nsecsElapsed()) / 1e6;
    t.start();
    ui::MainWindow window(svc);
    o.ms[Window] = double(t.nsecsElapsed()) / 1e6;
    t.start();
    PaintWatch watch;
    window.queue()->view()->viewport()->installEventFilter(&watch);
    window.show();
    window.activateWindow();
    QElapsedTimer limit;
    limit.start();
    while (!(window.windowHandle() && window.windowHandle()->isExposed() && watch.painted) && limit.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    o.ms[Shown] = double(t.nsecsElapsed()) / 1e6;
    o.ms[Total] = double(total.nsecsElapsed()) / 1e6;
    o.usable = window.windowHandle() && window.windowHandle()->isExposed() && watch.painted;

    const ui::IncidentQueueModel* model = window.queue()->model();
    o.queueRows = model->rowCount();
    o.boardActive = int(svc.board().activeIncidentIds().size());
    for (int r = 0; r < o.queueRows; ++r) {
        const std::optional<Incident> i = svc.findIncident(model->incidentId(r));
        o.historyInQueue += !i || i->origin == IncidentOrigin::Imported || !i->isActive();
    }
    window.queue()->view()->viewport()->removeEventFilter(&watch);
    window.hide();
    svc.logout();
    return o;
}

struct Series
{
    std::vector<double> ms[Phases];
    Opening last;
    bool ok = true;
};

Series measure(const QString& path)
{
    ManualClock clock(kNow);
    Series s;
    for (int round = 0; round < kRounds; ++round) {
        const Opening o = openOnce(path, clock);
        for (int p = 0; p < Phases; ++p)
            s.ms[p].push_back(o.ms[p]);
        s.ok = s.ok && o.usable && o.historyInQueue == 0 && o.queueRows == kActive;
        s.last = o;
        QApplication::processEvents(); // deferred deletions of the round's window
    }
    return s;
}

/// A fresh database on the server (libpq's defaults), as an address for --db.
QString serverStore(const QString& name)
{
    QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("bench-admin"), false);
    if (!admin.isValid()) {
        admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open())
            qFatal("no PostgreSQL server (run under pg_virtualenv): %s", qPrintable(admin.lastError().text()));
    }
    QSqlQuery q(admin);
    if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
        || !q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
        qFatal("%s", qPrintable(q.lastError().text()));
    return QStringLiteral("postgresql:///") + name;
}

double maxOf(const std::vector<double>& v)
{
    return *std::max_element(v.begin(), v.end());
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_open"));
    QStandardPaths::setTestModeEnabled(true); // no saved window layout of a real desk
    const QStringList args = QApplication::arguments();
    const bool server = args.contains(QStringLiteral("--server"));
    const int history = argc > 1 && args.at(1) != QLatin1String("--server") ? args.at(1).toInt() : 1000000;

    QTemporaryDir dir;
    const QString basePath =
        server ? serverStore(QStringLiteral("dispatch_bench_open_base")) : dir.filePath(QStringLiteral("demo.sqlite"));
    const QString bigPath = server ? serverStore(QStringLiteral("dispatch_bench_open_history"))
                                   : dir.filePath(QStringLiteral("history.sqlite"));
    if (server)
        std::printf("on the PostgreSQL server (%s, %s)\n", qPrintable(basePath), qPrintable(bigPath));
    double genMs = 0;
    makeStore(basePath, 0, &genMs);
    QElapsedTimer t;
    t.start();
    makeStore(bigPath, history, &genMs);
    std::printf("store with %d historical incidents built in %.1f s (generation %.1f s); baseline: demo district, "
                "no history; both with the same %d active incidents\n",
                history, double(t.elapsed()) / 1000.0, genMs / 1000.0, kActive);
    std::fflush(stdout);

    const Series base = measure(basePath);
    const Series big = measure(bigPath);
    std::printf("%d openings each, fresh store/facade/window every time (files just written: OS cache warm):\n",
                kRounds);
    for (int p = 0; p < Phases; ++p)
        std::printf("  %-15s no history: median %7.1f ms, max %7.1f ms | %d history: median %7.1f ms, max %7.1f ms "
                    "| ratio %.2f\n",
                    kPhaseNames[p], median(base.ms[p]), maxOf(base.ms[p]), history, median(big.ms[p]),
                    maxOf(big.ms[p]), median(big.ms[p]) / std::max(0.001, median(base.ms[p])));
    const double bigMedian = median(big.ms[Total]);
    std::printf("time to a usable window with %d historical incidents: median %.0f ms, max %.0f ms — %s the %.0f ms "
                "target (%.0f%% of it); baseline without history median %.0f ms, max %.0f ms; ratio %.2f\n",
                history, bigMedian, maxOf(big.ms[Total]), bigMedian < kTargetMs ? "within" : "OVER", kTargetMs,
                100.0 * bigMedian / kTargetMs, median(base.ms[Total]), maxOf(base.ms[Total]),
                bigMedian / median(base.ms[Total]));
    std::printf("queue model rows: %d with history (board active %d), %d without; history rows in the queue: %d\n",
                big.last.queueRows, big.last.boardActive, base.last.queueRows, big.last.historyInQueue);
    if (!base.ok || !big.ok) {
        std::printf("FAILED: the window was not usable, or its queue did not hold exactly the %d active incidents\n",
                    kActive);
        return 1;
    }
    return 0;
}
