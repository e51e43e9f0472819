// SPDX-License-Identifier: GPL-3.0-or-later
// Dispatch in a real window (offscreen): ranked units, one key to send, the steps from the keyboard,
// feedback, drag and drop, and the same state in the queue, the roster and the zone panel at every step.
#include "CatchQt.h"
#include "TestStore.h"
#include "UiHelpers.h"

#include "common/Labels.h"
#include "common/UnitDrag.h"
#include "dispatch/DispatchPanel.h"
#include "dispatch/FeedbackDialog.h"
#include "intake/IntakePanel.h"
#include "map/MapItems.h"
#include "map/ZonePanel.h"
#include "queue/IncidentQueueModel.h"
#include "queue/IncidentQueueWidget.h"
#include "roster/UnitRosterModel.h"
#include "roster/UnitRosterWidget.h"
#include "shell/MainWindow.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

const GeoPoint kNearHospital = geo::offsetMetres({22.780, 100.970}, 0, -300);

qint64 newIncident(DispatchService& svc, int priority, const GeoPoint& where = kNearHospital)
{
    IncidentDraft d;
    d.summary = QStringLiteral("两人在医院门口打架");
    d.category = QStringLiteral("public_order");
    d.priority = priority;
    d.position = where;
    auto id = svc.createIncident(d);
    REQUIRE(id.ok());
    return *id;
}

QString queueCell(MainWindow& w, qint64 incidentId, int column)
{
    QAbstractItemModel* m = w.queue()->view()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(IncidentQueueModel::IncidentIdRole).toLongLong() == incidentId)
            return m->index(r, column).data().toString();
    return {};
}

QString rosterCell(MainWindow& w, qint64 unitId, int column)
{
    UnitRosterModel* m = w.roster()->model();
    return m->index(m->rowOf(unitId), column).data().toString();
}

/// Every view shows the unit's state and incident as the board has it.
void checkViewsAgree(MainWindow& w, DispatchService& svc, qint64 unitId)
{
    const Unit* u = svc.board().unit(unitId);
    REQUIRE(u);
    CHECK(rosterCell(w, unitId, UnitRosterModel::Status).startsWith(UnitLifecycle::label(u->state)));
    const Incident* i = svc.board().incident(u->incidentId);
    CHECK(rosterCell(w, unitId, UnitRosterModel::Incident) == (i ? i->number : QString()));
    CHECK(w.zonePanel()->unitItem(unitId)->color() == Labels::unitStateColor(u->state));
    if (i) {
        CHECK(queueCell(w, i->id, IncidentQueueModel::Units).contains(u->callsign));
        CHECK(queueCell(w, i->id, IncidentQueueModel::Status) == IncidentLifecycle::label(i->state));
    }
}

} // namespace

TEST_CASE("select an incident, see ranked units, dispatch with one key and follow the steps everywhere",
          "[ui][dispatch]")
{
    TestStore store;
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const qint64 incident = newIncident(svc, 2);
    w.queue()->selectIncident(incident);
    DispatchPanel* panel = w.dispatchPanel();
    REQUIRE(panel->incidentId() == incident);

    // Ranked candidates with ETA and the 1-minute target of the hospital's circle; exclusions with reasons.
    QTreeWidget* candidates = panel->candidatesView();
    REQUIRE(candidates->topLevelItemCount() > 0);
    const Candidate best = panel->recommendation().candidates.first();
    CHECK(candidates->topLevelItem(0)->text(0).contains(best.callsign));
    CHECK(candidates->topLevelItem(0)->text(3) == Labels::duration(qint64(best.etaSeconds) * 1000));
    CHECK(candidates->topLevelItem(0)->text(4).startsWith(best.meetsTarget ? QStringLiteral("✓") : QStringLiteral("✗")));
    CHECK(panel->excludedView()->topLevelItemCount() == panel->recommendation().excluded.size());
    CHECK(w.zonePanel()->recommendationLineCount() == 1);
    saveShot(w, "dispatch-1-recommended.png");

    // F3 from anywhere sends the best unit.
    w.queue()->view()->setFocus();
    QTest::keyClick(&w, Qt::Key_F3);
    const Unit* sent = svc.board().unit(best.unitId);
    REQUIRE(sent->state == UnitState::Dispatched);
    CHECK(sent->incidentId == incident);
    CHECK(svc.board().incident(incident)->state == IncidentState::Dispatched);
    CHECK(panel->assignedView()->topLevelItemCount() == 1);
    CHECK(panel->assignedView()->topLevelItem(0)->text(3).contains(Labels::duration(30000)));
    CHECK(queueCell(w, incident, IncidentQueueModel::Deadline).contains(ResponsePolicy::shortLabel(ClockKind::SignFor)));
    checkViewsAgree(w, svc, best.unitId);

    // The 30 s sign-for runs late: the roster says so.
    store.clock().advanceMs(35000);
    w.tick();
    CHECK(rosterCell(w, best.unitId, UnitRosterModel::Status).contains(Labels::duration(5000)));

    // Steps from the roster's keys: A signed for, R on scene.
    w.roster()->selectUnit(best.unitId);
    w.roster()->view()->setFocus();
    QTest::keyClick(w.roster()->view(), Qt::Key_A);
    CHECK(svc.board().unit(best.unitId)->state == UnitState::Acknowledged);
    checkViewsAgree(w, svc, best.unitId);
    QTest::keyClick(w.roster()->view(), Qt::Key_R);
    CHECK(svc.board().incident(incident)->state == IncidentState::OnScene);
    checkViewsAgree(w, svc, best.unitId);
    saveShot(w, "dispatch-2-on-scene.png");

    // Feedback with a disposition.
    FeedbackDialog dialog(svc, incident, &w);
    CHECK(dialog.unitBox()->currentData().toLongLong() == best.unitId);
    dialog.resultEdit()->setPlainText(QStringLiteral("双方已劝离，无人受伤"));
    dialog.dispositionBox()->setCurrentIndex(dialog.dispositionBox()->findData(QStringLiteral("resolved_on_scene")));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(svc.board().incident(incident)->state == IncidentState::FeedbackGiven);
    CHECK(queueCell(w, incident, IncidentQueueModel::Status) == IncidentLifecycle::label(IncidentState::FeedbackGiven));

    // C on the assigned unit clears it: free again, and every view says so.
    panel->assignedView()->setFocus();
    QTest::keyClick(panel->assignedView(), Qt::Key_C);
    CHECK(svc.board().unit(best.unitId)->isAvailable());
    checkViewsAgree(w, svc, best.unitId);
}

TEST_CASE("a feedback refused by the core stays in the dialog with the reason", "[ui][dispatch]")
{
    TestStore store;
    DispatchService& svc = store.service();
    const qint64 incident = newIncident(svc, 2);
    FeedbackDialog dialog(svc, incident);
    dialog.resultEdit()->setPlainText(QStringLiteral("已处置"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(svc.feedback(incident).isEmpty());
}

TEST_CASE("a unit dropped on a queue row is sent to that incident", "[ui][dispatch]")
{
    TestStore store;
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const qint64 incident = newIncident(svc, 3);
    const qint64 unit = svc.board().unitByCallsign(QStringLiteral("铁骑01"))->id;

    // What the roster puts in the drag…
    UnitRosterModel* roster = w.roster()->model();
    std::unique_ptr<QMimeData> mime(roster->mimeData({roster->index(roster->rowOf(unit), 0)}));
    CHECK(UnitDrag::decode(mime.get()) == QList<qint64>{unit});
    // …dropped on the incident's row.
    QAbstractItemModel* queue = w.queue()->view()->model();
    QModelIndex row;
    for (int r = 0; r < queue->rowCount(); ++r)
        if (queue->index(r, 0).data(IncidentQueueModel::IncidentIdRole).toLongLong() == incident)
            row = queue->index(r, 0);
    REQUIRE(row.isValid());
    CHECK(queue->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, row));
    queue->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, row);
    CHECK(svc.board().unit(unit)->incidentId == incident);
    CHECK(w.dispatchPanel()->incidentId() == incident);
    checkViewsAgree(w, svc, unit);
}

TEST_CASE("zone panel: load tints, pulsing breached pins, reach circles", "[ui][dispatch][map]")
{
    TestStore store;
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    ZonePanel* map = w.zonePanel();
    QAction* byLoad = w.findChild<QAction*>(QStringLiteral("actionTintLoad"));
    REQUIRE(byLoad);
    byLoad->trigger();
    CHECK(map->tintMode() == ZonePanel::TintMode::ActiveLoad);
    const qint64 zoneId = svc.board().zoneAt(kNearHospital)->id;
    CHECK(map->zoneItem(zoneId)->brush().color().rgb() == ZonePanel::warningColor(WarningLevel::Green).rgb());
    const qint64 first = newIncident(svc, 1);
    newIncident(svc, 2, geo::offsetMetres(kNearHospital, 50, 0));
    CHECK(map->zoneItem(zoneId)->brush().color().rgb() == ZonePanel::warningColor(WarningLevel::Yellow).rgb());

    // P1: 60 s to dispatch. Past it, the pin pulses (its halo changes with each tick).
    w.tick();
    CHECK_FALSE(map->incidentItem(first)->isBreached());
    store.clock().advanceMs(61000);
    w.tick();
    CHECK(map->incidentItem(first)->isBreached());
    CHECK(queueCell(w, first, IncidentQueueModel::Deadline).contains(Labels::clock(1000)));

    QAction* reach = w.findChild<QAction*>(QStringLiteral("actionReach"));
    REQUIRE(reach);
    reach->trigger();
    CHECK(map->reachItemCount() == 3 * int(svc.board().stagingPoints().size()));
    saveShot(w, "dispatch-3-reach.png");
    reach->trigger();
    CHECK(map->reachItemCount() == 0);
    w.findChild<QAction*>(QStringLiteral("actionTintWarnings"))->trigger(); // the default for the next tests
}

TEST_CASE("the dispatch panel never offers or sends units ranked for another incident", "[ui][dispatch]")
{
    TestStore store;
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    DispatchPanel* panel = w.dispatchPanel();
    const qint64 located = newIncident(svc, 2);
    w.queue()->selectIncident(located);
    REQUIRE(panel->candidatesView()->topLevelItemCount() > 0);
    REQUIRE(w.zonePanel()->recommendationLineCount() == 1);

    // A call without a location, taken with F2 and saved: it becomes the selected incident.
    QTest::keyClick(&w, Qt::Key_F2);
    typeText(w.intake()->summaryEdit(), QStringLiteral("有人在小区里吵架"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(svc.board().activeIncidentCount() == 2);
    const qint64 unlocated = w.queue()->currentIncident();
    REQUIRE(unlocated != located);
    REQUIRE(panel->incidentId() == unlocated);
    CHECK(panel->candidatesView()->topLevelItemCount() == 0);
    CHECK(w.zonePanel()->recommendationLineCount() == 0);

    // Enter in the candidates (Ctrl+4 goes there) sends nothing.
    QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
    QTest::keyClick(panel->candidatesView(), Qt::Key_Return);
    panel->dispatchHighlighted();
    for (qint64 id : svc.board().unitIds())
        CHECK(svc.board().unit(id)->incidentId == 0);

    // A diverted incident (it stays on the queue with its work order) shows no candidates and no units needed.
    w.queue()->selectIncident(located);
    REQUIRE(panel->candidatesView()->topLevelItemCount() > 0);
    IncidentDraft streetLight;
    streetLight.summary = QStringLiteral("路灯不亮");
    streetLight.category = QStringLiteral("non_police");
    streetLight.priority = 4;
    streetLight.position = kNearHospital;
    streetLight.divertTo = QStringLiteral("streetlight");
    const auto diverted = svc.createIncident(streetLight);
    REQUIRE(diverted.ok());
    w.queue()->selectIncident(*diverted);
    REQUIRE(panel->incidentId() == *diverted);
    CHECK(panel->candidatesView()->topLevelItemCount() == 0);
    CHECK(w.zonePanel()->recommendationLineCount() == 0);
    CHECK_FALSE(panel->headerText().contains(QStringLiteral("assigned")));
    panel->dispatchHighlighted();
    CHECK(svc.assignments(*diverted).isEmpty());

    // Closing the selected incident clears the list and the map's line at once.
    w.queue()->selectIncident(located);
    REQUIRE(panel->candidatesView()->topLevelItemCount() > 0);
    REQUIRE(svc.changeIncidentState(located, IncidentState::Cancelled, QStringLiteral("误报")).ok());
    CHECK(panel->candidatesView()->topLevelItemCount() == 0);
    CHECK(w.zonePanel()->recommendationLineCount() == 0);
}

TEST_CASE("zone panel: captions never overlap, the view stays when another desk saves, units are drawn where they "
          "are, picking a place is shown", "[ui][dispatch][map]")
{
    TestStore store;
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    ZonePanel* map = w.zonePanel();
    for (int k = 0; k < 6; ++k)
        newIncident(svc, 2, geo::offsetMetres(kNearHospital, 40.0 * k, 25.0 * k));
    map->fitDistrict();
    map->layoutLabels();
    // Every caption shown is clear of every other caption and of every symbol but its own.
    QList<QPair<QRectF, QGraphicsItem*>> captions, symbols;
    const QTransform t = map->viewportTransform();
    for (QGraphicsItem* item : map->scene()->items()) {
        MapLabel l;
        bool shown = false;
        if (item->type() == UnitItem::Type && item->isVisible()) {
            l = static_cast<UnitItem*>(item)->label();
            shown = static_cast<UnitItem*>(item)->isLabelShown();
        } else if (item->type() == IncidentItem::Type && item->isVisible()) {
            l = static_cast<IncidentItem*>(item)->label();
            shown = static_cast<IncidentItem*>(item)->isLabelShown();
        } else if (item->type() == PlaceItem::Type) {
            l = static_cast<PlaceItem*>(item)->label();
            shown = static_cast<PlaceItem*>(item)->isLabelShown();
        } else if (item->type() == ZoneItem::Type) {
            l = static_cast<ZoneItem*>(item)->label();
            shown = static_cast<ZoneItem*>(item)->isLabelShown();
        } else {
            continue;
        }
        const QPointF at = t.map(l.anchor);
        if (!l.symbol.isEmpty())
            symbols.append({l.symbol.translated(at), item});
        if (shown && l.caption.translated(at).intersects(QRectF(map->viewport()->rect())))
            captions.append({l.caption.translated(at), item});
    }
    REQUIRE(captions.size() > 10);
    CHECK(map->hiddenLabelCount() > 0); // the demo's crowded centre hides some
    for (int a = 0; a < captions.size(); ++a) {
        for (int b = a + 1; b < captions.size(); ++b)
            CHECK_FALSE(captions[a].first.intersects(captions[b].first));
        // …and of every symbol of something ranked as high (an incident's pin stops a unit's callsign).
        const auto rank = [](QGraphicsItem* item) {
            switch (item->type()) {
            case IncidentItem::Type: return 0;
            case UnitItem::Type: return 1;
            case PlaceItem::Type: return 2;
            default: return 4;
            }
        };
        for (const auto& [box, owner] : symbols)
            if (owner != captions[a].second && rank(owner) <= rank(captions[a].second))
                CHECK_FALSE(captions[a].first.intersects(box));
    }
    // Incidents come first: of a cluster, at least one keeps its number; zoomed in, every one.
    int incidentLabels = 0;
    for (qint64 id : svc.board().activeIncidentIds())
        incidentLabels += map->incidentItem(id)->isLabelShown();
    CHECK(incidentLabels >= 1);
    map->zoomBy(25.0);
    map->centerOnIncident(svc.board().activeIncidentIds().at(2));
    map->layoutLabels();
    for (qint64 id : svc.board().activeIncidentIds())
        CHECK(map->incidentItem(id)->isLabelShown());
    map->fitDistrict();

    // Zoomed in by the dispatcher; another desk saves a call: the view does not move.
    map->zoomBy(3.0);
    map->centerOnIncident(svc.board().activeIncidentIds().first());
    const qreal zoom = map->transform().m11();
    const QPointF centre = map->mapToScene(map->viewport()->rect().center());
    auto otherDb = Database::open(store.path(), Database::Mode::OpenExisting);
    REQUIRE(otherDb.ok());
    DispatchService other(**otherDb, store.clock(), QStringLiteral("desk-2"));
    REQUIRE(other.login(QStringLiteral("dispatcher2"), QStringLiteral("dispatcher2110")).ok());
    newIncident(other, 3, geo::offsetMetres(kNearHospital, 900, 900));
    w.tick();
    CHECK(map->incidentItemCount() == 7);
    CHECK(map->transform().m11() == Approx(zoom));
    CHECK(QLineF(map->mapToScene(map->viewport()->rect().center()), centre).length() < 2.0);

    // A unit on scene is drawn at the incident, not at its staging point.
    const qint64 incident = svc.board().activeIncidentIds().first();
    const qint64 unit = svc.board().unitByCallsign(QStringLiteral("特巡08"))->id;
    REQUIRE(svc.dispatchUnits(incident, {{unit}}).ok());
    REQUIRE(svc.advanceUnit(unit, UnitState::OnScene).ok());
    CHECK(QLineF(map->unitItem(unit)->pos(), map->incidentItem(incident)->pos()).length() < 0.5);

    // Picking the caller's place is armed: the panel says so; Esc ends it.
    map->setPickingLocation(true);
    REQUIRE(map->pickHint());
    CHECK(map->pickHint()->isVisible());
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Escape);
    CHECK_FALSE(map->isPickingLocation());
    CHECK_FALSE(map->pickHint()->isVisible());
    // Armed from the intake (Ctrl+P), ended on the map: the intake's button is released too.
    QTest::keyClick(&w, Qt::Key_F2);
    QTest::keyClick(w.intake()->summaryEdit(), Qt::Key_P, Qt::ControlModifier);
    REQUIRE(map->isPickingLocation());
    auto* pick = w.intake()->findChild<QPushButton*>(QStringLiteral("intakePick"));
    REQUIRE(pick);
    CHECK(pick->isChecked());
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Escape);
    CHECK_FALSE(pick->isChecked());
    CHECK_FALSE(map->isPickingLocation());
}
