// SPDX-License-Identifier: GPL-3.0-or-later
// The zone panel with 500 units and 2,000 active incidents (a third of them past their deadline, so their
// pins pulse): building the scene, a full repaint, the one-second tick (pulse + repaint), and a burst of 50
// AVL fixes, each against a baseline of the same run: a bare QPainter drawing the same number of polygons,
// circles and pin shapes on an image of the same size. Also checks that every unit and incident is drawn.
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_zone_scene)
#include "BenchStats.h"
#include "BenchStore.h"
#include "map/MapItems.h"
#include "map/ZonePanel.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <vector>

using namespace dispatch;
using bench::median;

namespace {

constexpr double kLat0 = 22.74, kLon0 = 100.93, kSpan = 0.09; // the demo district, about 10 km square
constexpr qint64 kNow = 1795309200000;                        // 2026-11-22 01:00 UTC
constexpr int kUnits = 500, kIncidents = 2000;

void exec(sqlite3* db, const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        qFatal("%s: %s", sql, error);
}

/// Fills the store up to 500 units and adds 2,000 triaged incidents with a running call → dispatch clock;
/// every third one is past its deadline.
void fill(const QString& path, int existingUnits)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    exec(db, "BEGIN");
    sqlite3_stmt* unit = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO units(callsign, type, officers, auxiliaries, state, state_since, lat, lon, fix_at) "
                       "VALUES (?,?,1,2,?,?,?,?,?)",
                       -1, &unit, nullptr);
    QRandomGenerator rng(500);
    const char* types[] = {"patrol_car", "station_car", "traffic", "motorbike", "special_police", "mediator"};
    const char* states[] = {"available_patrol", "available_patrol", "available_staging", "busy", "off_duty"};
    for (int i = existingUnits; i < kUnits; ++i) {
        const QByteArray callsign = "S" + QByteArray::number(i);
        sqlite3_bind_text(unit, 1, callsign.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(unit, 2, types[i % 6], -1, SQLITE_STATIC);
        sqlite3_bind_text(unit, 3, states[i % 5], -1, SQLITE_STATIC);
        sqlite3_bind_int64(unit, 4, kNow);
        sqlite3_bind_double(unit, 5, kLat0 + rng.generateDouble() * kSpan);
        sqlite3_bind_double(unit, 6, kLon0 + rng.generateDouble() * kSpan);
        sqlite3_bind_int64(unit, 7, i % 10 == 0 ? kNow - 3600 * 1000 : kNow - 10 * 1000);
        sqlite3_step(unit);
        sqlite3_reset(unit);
    }
    sqlite3_finalize(unit);
    sqlite3_stmt* inc = nullptr;
    sqlite3_stmt* clk = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO incidents(number, line, lat, lon, summary, category, priority, state, "
                       "state_since, received_at, created_at, updated_at) VALUES (?,'110',?,?,'测试','public_order',?,"
                       "'triaged',?,?,?,?)",
                       -1, &inc, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO incident_clocks(incident_id, kind, started_at, allowed_ms, deadline) "
                       "VALUES (?, 'call_to_dispatch', ?, ?, ?)",
                       -1, &clk, nullptr);
    for (int i = 1; i <= kIncidents; ++i) {
        const qint64 at = kNow - rng.bounded(1800) * 1000;
        const QByteArray number = "SC" + QByteArray::number(i);
        sqlite3_bind_text(inc, 1, number.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(inc, 2, kLat0 + rng.generateDouble() * kSpan);
        sqlite3_bind_double(inc, 3, kLon0 + rng.generateDouble() * kSpan);
        sqlite3_bind_int(inc, 4, 1 + i % 4);
        for (int c = 5; c <= 8; ++c)
            sqlite3_bind_int64(inc, c, at);
        sqlite3_step(inc);
        sqlite3_reset(inc);
        // A third already breached; the rest with hours to go.
        const qint64 deadline = i % 3 == 0 ? kNow - 5000 : kNow + 4 * 3600 * 1000;
        sqlite3_bind_int64(clk, 1, sqlite3_last_insert_rowid(db));
        sqlite3_bind_int64(clk, 2, at);
        sqlite3_bind_int64(clk, 3, deadline - at);
        sqlite3_bind_int64(clk, 4, deadline);
        sqlite3_step(clk);
        sqlite3_reset(clk);
    }
    sqlite3_finalize(inc);
    sqlite3_finalize(clk);
    exec(db, "COMMIT");
    sqlite3_close(db);
}

/// What the panel draws, with a bare QPainter: the zones' outlines filled, one circle and label per unit,
/// one pin path and label per incident (a halo on every third), on an image of the viewport's size.
double bareFrameUs(const ui::ZonePanel& panel, const QList<QPolygonF>& zones, const std::vector<QPointF>& units,
                   const std::vector<QPointF>& pins)
{
    QImage image(panel.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer t;
    t.start();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(image.rect(), QColor(0xec, 0xef, 0xf1));
    p.setTransform(panel.viewportTransform());
    p.setPen(QPen(Qt::darkGray, 0));
    p.setBrush(QColor(0x66, 0xbb, 0x6a, 60));
    for (const QPolygonF& z : zones)
        p.drawPolygon(z);
    p.resetTransform();
    const QTransform toView = panel.viewportTransform();
    QPainterPath pin;
    pin.moveTo(0, 0);
    pin.cubicTo(-3, -8, -9, -12, -9, -19);
    pin.arcTo(QRectF(-9, -28, 18, 18), 180, -180);
    pin.cubicTo(9, -12, 3, -8, 0, 0);
    p.setPen(QPen(Qt::white, 1.5));
    for (const QPointF& u : units) {
        const QPointF at = toView.map(u);
        p.setBrush(Qt::darkGreen);
        p.drawEllipse(at, 7, 7);
        p.drawText(at + QPointF(9, 4), QStringLiteral("S123"));
    }
    int i = 0;
    for (const QPointF& q : pins) {
        const QPointF at = toView.map(q);
        if (++i % 3 == 0) {
            p.setBrush(QColor(0xc6, 0x28, 0x28, 110));
            p.drawEllipse(at + QPointF(0, -16), 20, 20);
        }
        p.setBrush(Qt::red);
        p.drawPath(pin.translated(at));
        p.drawText(at + QPointF(11, -16), QStringLiteral("SC1234"));
    }
    p.end();
    return double(t.nsecsElapsed()) / 1000.0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    ManualClock clock(kNow);
    int demoUnits = 0;
    bench::installDemo(path, clock, [&](DispatchService& svc) { demoUnits = int(svc.board().unitIds().size()); });
    fill(path, demoUnits);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    DispatchService svc(**db, clock, QStringLiteral("bench"));
    svc.actAsSystem(QStringLiteral("bench"));

    QElapsedTimer t;
    t.start();
    ui::ZonePanel panel(svc);
    panel.resize(1200, 800);
    panel.show();
    QApplication::processEvents();
    const double buildMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("zone panel: %d zones, %d units, %d incidents drawn (board: %d units, %d incidents); "
                "scene built and first shown in %.0f ms\n",
                panel.zoneItemCount(), panel.unitItemCount(), panel.incidentItemCount(),
                int(svc.board().unitIds().size()), int(svc.board().activeIncidentIds().size()), buildMs);
    if (panel.unitItemCount() != kUnits || panel.incidentItemCount() != kIncidents) {
        std::printf("FAILED: not every unit and incident is drawn\n");
        return 1;
    }

    // Baseline geometry: the same things, in scene coordinates.
    QList<QPolygonF> zones;
    for (const Zone& z : svc.board().zones())
        for (const QPolygonF& ring : panel.zoneItem(z.id)->path().toFillPolygons())
            zones.append(ring);
    std::vector<QPointF> units, pins;
    for (qint64 id : svc.board().unitIds())
        if (const Unit* u = svc.board().unit(id); u->position)
            units.push_back(panel.projection().toScene(*u->position));
    for (qint64 id : svc.board().activeIncidentIds())
        if (const Incident* i = svc.board().incident(id); i->position)
            pins.push_back(panel.projection().toScene(*i->position));

    constexpr int kRounds = 20;
    std::vector<double> repaint, tick, avl, bare;
    QRandomGenerator rng(9);
    const QList<qint64> unitIds = svc.board().unitIds();
    for (int r = 0; r < kRounds; ++r) {
        t.start();
        panel.viewport()->repaint();
        repaint.push_back(double(t.nsecsElapsed()) / 1000.0);

        clock.advanceMs(1000);
        t.start();
        panel.tick();
        panel.viewport()->repaint();
        tick.push_back(double(t.nsecsElapsed()) / 1000.0);

        t.start();
        for (int k = 0; k < 50; ++k) {
            const qint64 id = unitIds.at(int(rng.bounded(int(unitIds.size()))));
            svc.reportPosition(id, {kLat0 + rng.generateDouble() * kSpan, kLon0 + rng.generateDouble() * kSpan});
        }
        QApplication::processEvents();
        panel.viewport()->repaint();
        avl.push_back(double(t.nsecsElapsed()) / 1000.0);

        bare.push_back(bareFrameUs(panel, zones, units, pins));
    }
    const double base = median(bare);
    std::printf("full repaint: median %.1f ms (ratio %.2f to a bare QPainter frame of the same things, %.1f ms)\n",
                median(repaint) / 1000.0, median(repaint) / base, base / 1000.0);
    std::printf("one-second tick (staleness, %d pulsing pins) + repaint: median %.1f ms (ratio %.2f)\n",
                kIncidents / 3, median(tick) / 1000.0, median(tick) / base);
    std::printf("50 AVL fixes stored and drawn + repaint: median %.1f ms (ratio %.2f)\n", median(avl) / 1000.0,
                median(avl) / base);
    return 0;
}
