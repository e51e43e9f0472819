// SPDX-License-Identifier: GPL-3.0-or-later
// The zone panel at city scale: San Francisco's whole street network (the TIGER roads, 5,739 ways) under its 41
// neighbourhoods as zones, with 500 units and 2,000 incidents on the streets, in a 1366 × 768 window; a full repaint
// with the whole city in view (main roads), zoomed in four times (every street, street names), and panned there, each
// against a baseline of the same run: a bare QPainter drawing the same geometry (the roads shown and meeting the
// view, each a path stroked with a casing and a line as the panel does, the zones, a circle and a label per unit, a pin and a label per incident) on an image of the
// same size.
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_base_map [FRAME.png])
#include "BenchStats.h"
#include "BenchStore.h"
#include "map/BaseMapLayer.h"
#include "map/MapItems.h"
#include "map/ZonePanel.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "store/MapRepository.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dispatch;
using bench::median;

namespace {

constexpr qint64 kNow = 1795309200000; // 2026-11-22 01:00 UTC
constexpr int kUnits = 500, kIncidents = 2000;

QString data(const char* name)
{
    return QStringLiteral(DISPATCH_TEST_DATA "/") + QLatin1String(name);
}

void exec(sqlite3* db, const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        qFatal("%s: %s", sql, error);
}

/// The demo district's places moved to San Francisco and its zones and units taken out (the city's neighbourhoods
/// come in as zones next); 2,000 triaged incidents at the given places.
void moveToTheCity(const QString& path, const std::vector<GeoPoint>& incidents)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    exec(db, "PRAGMA foreign_keys = OFF");
    exec(db, "BEGIN");
    exec(db, "UPDATE staging_points SET zone_id = NULL, lat = lat + 14.98, lon = lon - 223.40");
    exec(db, "UPDATE stations SET lat = lat + 14.98, lon = lon - 223.40");
    exec(db, "DELETE FROM units");
    exec(db, "DELETE FROM zones");
    sqlite3_stmt* inc = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO incidents(number, line, lat, lon, summary, category, priority, state, "
                       "state_since, received_at, created_at, updated_at) VALUES (?,'110',?,?,'测试','public_order',?,"
                       "'triaged',?,?,?,?)",
                       -1, &inc, nullptr);
    for (int i = 0; i < int(incidents.size()); ++i) {
        const QByteArray number = "SF" + QByteArray::number(i + 1);
        sqlite3_bind_text(inc, 1, number.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(inc, 2, incidents[std::size_t(i)].lat);
        sqlite3_bind_double(inc, 3, incidents[std::size_t(i)].lon);
        sqlite3_bind_int(inc, 4, 1 + i % 4);
        for (int c = 5; c <= 8; ++c)
            sqlite3_bind_int64(inc, c, kNow - 60'000);
        sqlite3_step(inc);
        sqlite3_reset(inc);
    }
    sqlite3_finalize(inc);
    exec(db, "COMMIT");
    sqlite3_close(db);
}

struct Road
{
    QPainterPath path;
    QRectF bounds;
    int rank;
    QPen casing, pen;
};

struct Geometry
{
    std::vector<Road> roads;
    QList<QPolygonF> zones;
    std::vector<QPointF> units, pins;
};

/// What the panel shows, drawn with a bare QPainter on an image of the viewport's size.
double bareFrameUs(const ui::ZonePanel& panel, const Geometry& g)
{
    const double mpp = 1.0 / panel.transform().m11();
    QImage image(panel.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer t;
    t.start();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(image.rect(), QColor(0xec, 0xef, 0xf1));
    p.setTransform(panel.viewportTransform());
    p.setPen(QPen(Qt::darkGray, 0));
    p.setBrush(QColor(0x66, 0xbb, 0x6a, 60));
    for (const QPolygonF& z : g.zones)
        p.drawPolygon(z);
    p.setBrush(Qt::NoBrush);
    // Each road shown at this scale and meeting the view, as one path (a competent bare drawing leaves out what
    // is out of view, as the panel's scene does).
    const QRectF inView = panel.mapToScene(panel.viewport()->rect()).boundingRect();
    for (int rank = 2; rank >= 0; --rank) {
        if ((rank == 1 && mpp >= 10.0) || (rank == 2 && mpp >= 2.5))
            continue;
        for (const Road& r : g.roads)
            if (r.rank == rank && r.bounds.intersects(inView)) {
                p.setPen(r.casing);
                p.drawPath(r.path);
                p.setPen(r.pen);
                p.drawPath(r.path);
            }
    }
    p.resetTransform();
    const QTransform toView = panel.viewportTransform();
    QPainterPath pin;
    pin.moveTo(0, 0);
    pin.cubicTo(-3, -8, -9, -12, -9, -19);
    pin.arcTo(QRectF(-9, -28, 18, 18), 180, -180);
    pin.cubicTo(9, -12, 3, -8, 0, 0);
    p.setPen(QPen(Qt::white, 1.5));
    const QRectF view = image.rect().adjusted(-40, -40, 40, 40);
    for (const QPointF& u : g.units) {
        const QPointF at = toView.map(u);
        if (!view.contains(at))
            continue;
        p.setBrush(Qt::darkGreen);
        p.drawEllipse(at, 7, 7);
        p.drawText(at + QPointF(9, 4), QStringLiteral("B123"));
    }
    for (const QPointF& q : g.pins) {
        const QPointF at = toView.map(q);
        if (!view.contains(at))
            continue;
        p.setBrush(Qt::red);
        p.drawPath(pin.translated(at));
        p.drawText(at + QPointF(11, -16), QStringLiteral("SF1234"));
    }
    p.end();
    return double(t.nsecsElapsed()) / 1000.0;
}

struct Figures
{
    std::vector<double> panel, bare;
};

void report(const char* what, const Figures& f, int roadsShown)
{
    std::printf("%s (%d roads shown): median %.1f ms, slowest %.1f ms; bare QPainter frame %.1f ms; ratio (median) %.2f\n",
                what, roadsShown, median(f.panel) / 1000.0, *std::max_element(f.panel.begin(), f.panel.end()) / 1000.0,
                median(f.bare) / 1000.0, median(f.panel) / median(f.bare));
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    ManualClock clock(kNow);
    bench::installDemo(path, clock, [&](DispatchService& svc) {
        if (const auto m = svc.importMap(data("map/sf-roads-tiger2013.osm")); !m)
            qFatal("%s", qPrintable(m.errorString()));
    });
    // Units and incidents at random places of the streets.
    std::vector<GeoPoint> nodes;
    {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        DispatchService svc(**db, clock, QStringLiteral("bench"));
        for (const RoadRecord& r : MapRepository::roadRecords((*db)->connection()))
            for (const GeoPoint& p : r.points)
                nodes.push_back(p);
    }
    QRandomGenerator rng(415);
    std::vector<GeoPoint> incidents;
    for (int i = 0; i < kIncidents; ++i)
        incidents.push_back(nodes[std::size_t(rng.bounded(int(nodes.size())))]);
    moveToTheCity(path, incidents);
    bench::addUnits(path, kUnits, kNow, [&](int) { return nodes[std::size_t(rng.bounded(int(nodes.size())))]; });
    auto db = Database::open(path, Database::Mode::OpenExisting);
    DispatchService svc(**db, clock, QStringLiteral("bench"));
    svc.actAsSystem(QStringLiteral("bench"));
    ZoneImportOptions zones;
    zones.nameProperty = QStringLiteral("nhood");
    if (const auto z = svc.importZones(data("sf/sf_analysis_neighborhoods.geojson"), zones); !z)
        qFatal("%s", qPrintable(z.errorString()));

    QElapsedTimer t;
    t.start();
    ui::ZonePanel panel(svc);
    panel.resize(1366, 768);
    panel.show();
    QApplication::processEvents();
    std::printf("zone panel over San Francisco: %d zones, %d units, %d incidents, %d roads in the base map; built and "
                "first shown in %.0f ms\n",
                panel.zoneItemCount(), panel.unitItemCount(), panel.incidentItemCount(),
                panel.baseMap() ? panel.baseMap()->roadCount() : 0, double(t.nsecsElapsed()) / 1e6);
    if (!panel.baseMap() || panel.unitItemCount() != kUnits || panel.incidentItemCount() != kIncidents) {
        std::printf("FAILED: the streets, every unit and every incident are not all drawn\n");
        return 1;
    }

    // The baseline's geometry, in scene coordinates.
    Geometry g;
    GeoBox box;
    for (const Zone& z : svc.board().zones())
        box.extend(z.area.bounds());
    box.extend(GeoPoint{box.minLat - 0.02, box.minLon - 0.02});
    box.extend(GeoPoint{box.maxLat + 0.02, box.maxLon + 0.02});
    for (const MapLine& road : svc.mapRoads(box)) {
        QPainterPath line;
        for (qsizetype i = 0; i < road.points.size(); ++i) {
            const QPointF at = panel.projection().toScene(road.points.at(i));
            if (i == 0)
                line.moveTo(at);
            else
                line.lineTo(at);
        }
        const int rank = ui::BaseMapLayer::rank(road.kind);
        // The panel's pens: a grey casing under a lighter line, the same width on screen at every zoom.
        QPen casing(QColor(0x90, 0x90, 0x90), rank == 0 ? 4.2 : 2.6);
        casing.setCosmetic(true);
        QPen pen(QColor(0xfa, 0xfa, 0xfa), rank == 0 ? 3.0 : 1.4);
        pen.setCosmetic(true);
        g.roads.push_back({line, line.boundingRect(), rank, casing, pen});
    }
    for (const Zone& z : svc.board().zones())
        for (const QPolygonF& ring : panel.zoneItem(z.id)->path().toFillPolygons())
            g.zones.append(ring);
    for (qint64 id : svc.board().unitIds())
        if (const Unit* u = svc.board().unit(id); u->position)
            g.units.push_back(panel.projection().toScene(*u->position));
    for (qint64 id : svc.board().activeIncidentIds())
        if (const Incident* i = svc.board().incident(id); i->position)
            g.pins.push_back(panel.projection().toScene(*i->position));

    constexpr int kRounds = 20;
    const auto measure = [&](const char* what) {
        Figures f;
        for (int r = 0; r < kRounds; ++r) {
            t.start();
            panel.viewport()->repaint();
            f.panel.push_back(double(t.nsecsElapsed()) / 1000.0);
            f.bare.push_back(bareFrameUs(panel, g));
        }
        report(what, f, panel.baseMap()->shownRoads());
    };
    measure("the whole city in view");
    panel.zoomBy(4);
    QApplication::processEvents(); // the street names laid out for the new scale
    measure("zoomed in four times");
    Figures pan;
    for (int r = 0; r < kRounds; ++r) {
        t.start();
        panel.horizontalScrollBar()->setValue(panel.horizontalScrollBar()->value() + (r % 2 ? -300 : 300));
        panel.layoutLabels();
        panel.viewport()->repaint();
        pan.panel.push_back(double(t.nsecsElapsed()) / 1000.0);
        QApplication::processEvents(); // the scroll's own update, outside the timing (the frame is drawn above)
        pan.bare.push_back(bareFrameUs(panel, g));
    }
    report("panned by 300 px there, labels laid out again", pan, panel.baseMap()->shownRoads());
    if (argc > 1) // a look at the street-level frame: bench_base_map FILE.png
        panel.grab().save(QString::fromLocal8Bit(argv[1]));
    std::vector<double> layout;
    for (int r = 0; r < kRounds; ++r) {
        t.start();
        panel.layoutLabels();
        layout.push_back(double(t.nsecsElapsed()) / 1000.0);
    }
    std::printf("  of a pan, laying out the captions (%d street names among them, %d shown): median %.1f ms\n",
                int(panel.baseMap()->labels().size()), panel.baseMap()->shownLabels(), median(layout) / 1000.0);
    return 0;
}
