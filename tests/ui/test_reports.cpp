// SPDX-License-Identifier: GPL-3.0-or-later
// Warnings on the zone panel and in the bulletin (PDF and CAP), the reports window with its charts, PDF and
// CSV (text checked with pdftotext), the dashboard's refresh rule, and the history import with its progress bar.
#include "CatchQt.h"
#include "HistoryRows.h"
#include "PdfText.h"
#include "TestStore.h"
#include "UiHelpers.h"

#include "map/MapItems.h"
#include "map/ZonePanel.h"
#include "reports/DashboardWidget.h"
#include "reports/HistoryImportDialog.h"
#include "reports/ReportCharts.h"
#include "reports/ReportsWindow.h"
#include "reports/WarningBulletinDialog.h"
#include "shell/MainWindow.h"
#include "stats/ReportTables.h"

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

/// 人民路 red for crime (20 against about 6), 振兴大道 orange for disputes (20 against 10).
void raiseWarnings(TestStore& s)
{
    Series series(s);
    const qint64 asOf = s.clock().nowMs();
    series.recordsSince(asOf - 20 * kWeek);
    series.add("renminlu", "criminal", 20, asOf - kHour);
    series.baseline("renminlu", "criminal", {6, 5, 7, 6, 8, 5, 6, 7}, asOf);
    series.add("zhenxing", "dispute", 20, asOf - 2 * kDay);
    series.baseline("zhenxing", "dispute", {10, 10, 10, 10, 10, 10, 10, 10}, asOf);
}

qint64 countReceived(TestStore& s, qint64 from, qint64 to)
{
    QSqlQuery q(s.db().connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE received_at >= ? AND received_at < ? "
                             "AND origin IN ('live', 'imported')"));
    q.addBindValue(from);
    q.addBindValue(to);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("the zone panel is tinted by the four-colour warnings and reads them again every few minutes",
          "[ui][warnings][map]")
{
    TestStore store;
    raiseWarnings(store);
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    ZonePanel* map = w.zonePanel();
    REQUIRE(map->tintMode() == ZonePanel::TintMode::Warnings);
    Series series(store);
    const qint64 red = series.zone("renminlu");
    const qint64 orange = series.zone("zhenxing");
    const qint64 quiet = series.zone("minhang");
    CHECK(map->zoneItem(red)->brush().color().rgb() == ZonePanel::warningColor(WarningLevel::Red).rgb());
    CHECK(map->zoneItem(orange)->brush().color().rgb() == ZonePanel::warningColor(WarningLevel::Orange).rgb());
    CHECK(map->zoneItem(quiet)->brush().color().rgb() == ZonePanel::warningColor(WarningLevel::Green).rgb());
    CHECK(map->zoneItem(red)->toolTip().contains(QStringLiteral("20 in the last 7 day")));
    CHECK(map->warnings().countAt(WarningLevel::Red) == 2); // the crime and the zone as a whole
    saveShot(w, "warnings-1-zone-panel.png");

    // The active-load tint is the other view, from the View menu.
    w.findChild<QAction*>(QStringLiteral("actionTintLoad"))->trigger();
    CHECK(map->zoneItem(red)->brush().color().rgb() == ZonePanel::warningColor(WarningLevel::Green).rgb());
    w.findChild<QAction*>(QStringLiteral("actionTintWarnings"))->trigger();
    CHECK(map->zoneItem(red)->brush().color().rgb() == ZonePanel::warningColor(WarningLevel::Red).rgb());

    // New history in a quiet zone shows after the refresh interval, not before.
    series.add("minhang", "traffic", 6, store.clock().nowMs() - kHour);
    store.clock().advanceMs(ZonePanel::kWarningRefreshMs - 1000);
    w.tick();
    CHECK(map->zoneItem(quiet)->brush().color().rgb() == ZonePanel::warningColor(WarningLevel::Green).rgb());
    store.clock().advanceMs(1000);
    w.tick();
    CHECK(map->zoneItem(quiet)->brush().color().rgb() == ZonePanel::warningColor(WarningLevel::Red).rgb());
}

TEST_CASE("the warning bulletin lists the raised levels and exports PDF and CAP", "[ui][warnings]")
{
    TestStore store;
    raiseWarnings(store);
    WarningBulletinDialog d(store.service());
    d.show();
    REQUIRE(QTest::qWaitForWindowExposed(&d));
    QTableWidget* table = d.table();
    REQUIRE(table->rowCount() == 4); // red crime + red zone, orange dispute + orange zone
    CHECK(table->item(0, 0)->text() == WarningPolicy::label(WarningLevel::Red));
    CHECK(table->item(2, 0)->text() == WarningPolicy::label(WarningLevel::Orange));
    CHECK(d.findChild<QLabel*>(QStringLiteral("bulletinCounts"))->text().startsWith(QStringLiteral("Red 2 · orange 2 · yellow 0")));
    saveShot(d, "warnings-2-bulletin.png");

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bulletin.pdf"));
    REQUIRE(d.exportPdf(pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Warning bulletin 2026-11-22 09:00")));
    // (Qt's PDF text map names 民 by its radical-supplement twin ⺠, which has no compatibility fold.)
    CHECK(text.contains(QStringLiteral("路片区")));
    CHECK(text.contains(QStringLiteral("6.3 ± 1.0")));
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));

    const QString cap = dir.filePath(QStringLiteral("bulletin.xml"));
    REQUIRE(d.exportCap(cap).ok());
    QFile f(cap);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    CHECK(xml.contains("<status>Test</status>")); // the demo district's data is never an actual alert
    CHECK(xml.count("<info>") == 4);

    // Before any of it, nothing is raised.
    d.setAsOf(store.clock().nowMs() - 100 * kDay);
    CHECK(table->rowCount() == 0);
    const Status bad = d.exportCap(dir.filePath(QStringLiteral("missing/folder/x.xml")));
    CHECK_FALSE(bad.ok());
    CHECK(bad.errorString().contains(QStringLiteral("x.xml")));
}

TEST_CASE("the monthly report: figures against a direct count, six charts, PDF and CSV", "[ui][reports]")
{
    TestStore store(TestStore::Demo, QStringLiteral("admin"));
    DispatchService& svc = store.service();
    GenerateOptions gen;
    gen.incidents = 4000;
    gen.days = 70;
    gen.seed = 11;
    REQUIRE(svc.generateHistory(gen).ok());

    ReportsWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.setPeriod(ReportPeriod::Kind::Month, QDate(2026, 10, 15));
    const ReportPeriod& month = w.period();
    CHECK(month.first == QDate(2026, 10, 1));
    const qint64 expected = countReceived(store, month.fromMs, month.toMs);
    REQUIRE(expected > 1000);
    CHECK(w.statistics().incidents == expected);
    CHECK(w.findChild<QTableWidget*>(QStringLiteral("reportSummary"))->item(0, 1)->text() == QString::number(expected));
    for (int c = 0; c < ReportCharts::kChartCount; ++c) {
        INFO("chart " << c);
        CHECK(w.plot(c)->plottableCount() == 1);
    }
    // The response chart carries the 1/3/5-minute marks (a line and a label each).
    CHECK(w.plot(ReportCharts::ResponseDistribution)->itemCount() == 6);
    auto* bars = qobject_cast<QCPBars*>(w.plot(ReportCharts::VolumeTrend)->plottable(0));
    REQUIRE(bars);
    CHECK(bars->data()->size() == 31);
    saveShot(w, "reports-1-month.png");

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("month.pdf"));
    REQUIRE(w.exportPdf(pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Monthly report 2026-10")));
    CHECK(text.contains(QStringLiteral("Zone ranking")));
    CHECK(text.contains(QString::number(expected)));
    const int pages = pdfPages(text);
    CHECK(pages >= 2);
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("片区"))); // zone names render in Chinese

    const QString csv = dir.filePath(QStringLiteral("month.csv"));
    REQUIRE(w.exportCsv(csv).ok());
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString table = QString::fromUtf8(f.readAll());
    CHECK(table.contains(QStringLiteral("Incidents,%1,").arg(expected)));
    CHECK(table.contains(QStringLiteral("zone_ranking,Zone ranking")));

    // Alt+Left: the month before, compared with its own previous month.
    QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
    CHECK(w.period().first == QDate(2026, 9, 1));
    CHECK(w.statistics().incidents == countReceived(store, w.period().fromMs, w.period().toMs));
    // The month still running is read to now and set against October to the same day and hour.
    w.setPeriod(ReportPeriod::Kind::Month, QDate(2026, 11, 22));
    REQUIRE(w.isInProgress());
    const qint64 now = store.clock().nowMs();
    const qint64 elapsed = now - w.period().fromMs;
    CHECK(w.statistics().incidents == countReceived(store, w.period().fromMs, now));
    const ReportPeriod october = w.period().previous(svc.board().timeZone());
    CHECK(w.previousStatistics().incidents == countReceived(store, october.fromMs, october.fromMs + elapsed));
    CHECK(w.statistics().daily.size() == 22); // 1 to 22 November, not the days to come
    CHECK(w.findChild<QLabel*>(QStringLiteral("reportHeading"))->text() == QStringLiteral("Monthly report 2026-11 (to date)"));
    // A weekly report of the same store.
    w.setPeriod(ReportPeriod::Kind::Week, QDate(2026, 11, 11));
    CHECK(w.period().first == QDate(2026, 11, 9));
    CHECK_FALSE(w.isInProgress());
    CHECK(w.statistics().incidents == countReceived(store, w.period().fromMs, w.period().toMs));
}

TEST_CASE("the dashboard follows the shift without reading the store on every tick", "[ui][reports][dashboard]")
{
    TestStore store;
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    DashboardWidget* dash = w.dashboard();
    const int before = dash->statistics().incidents;
    IncidentDraft d;
    d.summary = QStringLiteral("邻里纠纷");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    REQUIRE(svc.createIncident(d).ok());

    // Hidden behind the roster: nothing is read.
    w.dashboardDock()->hide();
    const int reads = dash->refreshCount();
    store.clock().advanceMs(DashboardWidget::kMaxRefreshMs);
    w.tick();
    CHECK(dash->refreshCount() == reads);
    // Shown: read again once the minimum interval has passed since the last reading.
    w.dashboardDock()->show();
    w.dashboardDock()->raise();
    QCoreApplication::processEvents();
    w.tick();
    CHECK(dash->refreshCount() == reads + 1);
    CHECK(dash->statistics().incidents == before + 1);
    CHECK(dash->figureText(QStringLiteral("incidents")) == QString::number(before + 1));
    w.tick();
    CHECK(dash->refreshCount() == reads + 1); // no change and no time: no read
    store.clock().advanceMs(DashboardWidget::kMinRefreshMs);
    w.tick();
    CHECK(dash->refreshCount() == reads + 1); // still clean: waits for the longer interval
    REQUIRE(svc.createIncident(d).ok());
    w.tick();
    CHECK(dash->refreshCount() == reads + 2);
    CHECK(dash->statistics().incidents == before + 2);
    saveShot(w, "dashboard-1-shift.png");
}

TEST_CASE("the dashboard and the handover give the same figures for the shift; history never counts", "[ui][reports][dashboard]")
{
    TestStore store(TestStore::Demo, QStringLiteral("trainer"));
    DispatchService& svc = store.service();
    // A synthetic history reaching into this shift (as the demo store has), then two live calls, one sent and
    // signed for late.
    GenerateOptions g;
    g.incidents = 400;
    g.days = 2;
    g.endMs = store.clock().nowMs();
    REQUIRE(svc.generateHistory(g).ok());
    IncidentDraft d;
    d.summary = QStringLiteral("两人打架");
    d.category = QStringLiteral("public_order");
    d.priority = 2;
    d.position = geo::offsetMetres({22.780, 100.970}, 0, -300);
    const auto fight = svc.createIncident(d);
    REQUIRE(fight.ok());
    d.summary = QStringLiteral("邻里纠纷");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    REQUIRE(svc.createIncident(d).ok());
    REQUIRE(svc.dispatchUnits(*fight, {{svc.board().unitByCallsign(QStringLiteral("城北01"))->id}}).ok());
    store.clock().advanceMs(45 * 1000);
    REQUIRE(svc.advanceUnit(svc.board().unitByCallsign(QStringLiteral("城北01"))->id, UnitState::Acknowledged).ok());

    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.dashboardDock()->show();
    w.dashboardDock()->raise();
    QCoreApplication::processEvents();
    store.clock().advanceMs(DashboardWidget::kMaxRefreshMs);
    w.tick();
    DashboardWidget* dash = w.dashboard();
    const HandoverReport handover = svc.buildHandoverReport(svc.currentShift());
    CHECK(handover.figures.calls == 2);
    CHECK(dash->figureText(QStringLiteral("incidents")) == QString::number(handover.figures.calls));
    CHECK(dash->figureText(QStringLiteral("sign_for"))
          == ReportTables::percent(handover.figures.signForMet, handover.figures.signForN));
    CHECK(dash->figureText(QStringLiteral("sign_for")) == ReportTables::percent(0, 1));
    CHECK(dash->figureText(QStringLiteral("arrival"))
          == ReportTables::percent(handover.figures.arrivalMet, handover.figures.arrivalN));
    CHECK(dash->figureText(QStringLiteral("diverted")) == QString::number(handover.figures.diverted));
    CHECK(dash->statistics().incidents == 2); // the charts read the same live calls
}

TEST_CASE("history import from the desk: progress, the SF export, cancel and the role rule", "[ui][import]")
{
    const QString csv = testDataPath(QStringLiteral("sf/sf_fire_calls_2020-04.csv"));
    {
        TestStore store(TestStore::Demo, QStringLiteral("leader"));
        HistoryImportDialog d(store.service());
        d.setCsvPath(csv);
        d.setProfile(QStringLiteral("sf-fire-calls"));
        REQUIRE(d.start());
        d.cancel();
        d.waitForFinished();
        REQUIRE(d.outcome().has_value());
        CHECK_FALSE(d.outcome()->ok());
        CHECK(d.outcomeLabel()->text() == QStringLiteral("Cancelled: nothing was written."));
        CHECK(countReceived(store, 0, std::numeric_limits<qint64>::max()) == 0);

        QSignalSpy imported(&d, &HistoryImportDialog::imported);
        REQUIRE(d.start());
        d.waitForFinished();
        REQUIRE(d.outcome().has_value());
        REQUIRE(d.outcome()->ok());
        CHECK((*d.outcome())->incidents == 5292);
        CHECK((*d.outcome())->rows == 10410);
        CHECK(d.progressValue() == 1000);
        CHECK(imported.count() == 1);
        CHECK(d.outcomeLabel()->text().contains(QStringLiteral("5,292 incidents")));
        // The desk's own connection sees them, as history.
        StatsQuery history;
        history.origins = {QStringLiteral("imported")};
        CHECK(store.service().statistics(history)->incidents == 5292);
        saveShot(d, "import-1-done.png");

        d.setProfile(QStringLiteral("/nonexistent/profile.json"));
        CHECK_FALSE(d.start());
        CHECK(d.outcomeLabel()->text().contains(QStringLiteral("profile.json")));
    }
    {
        TestStore store; // the dispatcher
        HistoryImportDialog d(store.service());
        d.setCsvPath(csv);
        CHECK_FALSE(d.start());
        CHECK(d.outcomeLabel()->text().contains(QStringLiteral("administrator or a shift leader")));
    }
}
