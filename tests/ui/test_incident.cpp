// SPDX-License-Identifier: GPL-3.0-or-later
// The selected incident's record at the desk: its age follows the clock, its place is corrected through the menu (an
// event that re-finds the zone), and its history speaks plain language in both languages — no event name, no code.
#include "CatchQt.h"
#include "TestStore.h"
#include "UiHelpers.h"

#include "common/EventText.h"
#include "common/Labels.h"
#include "dispatch/DispatchPanel.h"
#include "domain/TextLimits.h"
#include "incident/IncidentDetailPanel.h"
#include "incident/InterchangeActions.h"
#include "incident/PlaceCorrectionDialog.h"
#include "queue/IncidentQueueWidget.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

const GeoPoint kHospital = geo::offsetMetres({22.780, 100.970}, 0, -300);

qint64 unitId(DispatchService& svc, const char* callsign)
{
    return svc.board().unitByCallsign(QString::fromUtf8(callsign))->id;
}

QStringList historyLines(MainWindow& w)
{
    QStringList out;
    auto* tree = w.detail()->findChild<QTreeWidget*>(QStringLiteral("incidentHistory"));
    for (int r = 0; r < tree->topLevelItemCount(); ++r)
        out << tree->topLevelItem(r)->text(2);
    return out;
}

/// A whole life on one incident: override, further caller, dispatch, a missed sign-for, steps, feedback, review,
/// callback; and a diverted call completed by its agency.
std::pair<qint64, qint64> livedIncidents(TestStore& s)
{
    DispatchService& svc = s.service();
    IncidentDraft d;
    d.summary = QStringLiteral("两人在医院门口打架");
    d.category = QStringLiteral("public_order");
    d.priority = 1;
    d.position = kHospital;
    d.callerPhone = QStringLiteral("13900001111");
    d.proposed = TriageChoice{QStringLiteral("dispute"), 3, {}, false, {}, {}};
    const qint64 id = *svc.createIncident(d);
    REQUIRE(svc.mergeCall(id, d).ok());
    REQUIRE(svc.dispatchUnits(id, {{unitId(svc, "特巡08")}, {unitId(svc, "城东01")}}).ok());
    s.clock().advanceMs(31 * 1000);
    REQUIRE(svc.sweepClocks().ok());
    REQUIRE(svc.advanceUnit(unitId(svc, "特巡08"), UnitState::OnScene).ok());
    REQUIRE(svc.clearUnit(unitId(svc, "城东01"), UnitState::AvailablePatrol, QStringLiteral("另有警情")).ok());
    REQUIRE(svc.recordFeedback(id, unitId(svc, "特巡08"), QStringLiteral("双方已劝离"), QStringLiteral("resolved_on_scene")).ok());
    REQUIRE(svc.reviewFeedback(id, true).ok());
    REQUIRE(svc.recordCallback(svc.callbackOf(id)->id, true, Satisfaction::Satisfied).ok());

    IncidentDraft lamp;
    lamp.summary = QStringLiteral("路灯不亮");
    lamp.category = QStringLiteral("non_police");
    lamp.priority = 4;
    lamp.divertTo = QStringLiteral("streetlight");
    const qint64 diverted = *svc.createIncident(lamp);
    const qint64 order = svc.workOrders(diverted).first().id;
    REQUIRE(svc.advanceWorkOrder(order, WorkOrderState::Accepted).ok());
    REQUIRE(svc.advanceWorkOrder(order, WorkOrderState::Completed).ok());
    return {id, diverted};
}

} // namespace

TEST_CASE("the detail's receive age follows the clock", "[ui][incident]")
{
    TestStore store;
    MainWindow w(store.service());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    IncidentDraft d;
    d.summary = QStringLiteral("邻里纠纷");
    d.category = QStringLiteral("dispute");
    d.priority = 3;
    const qint64 id = *store.service().createIncident(d);
    w.queue()->selectIncident(id);
    CHECK(w.detail()->receivedText().contains(Labels::duration(0)));
    store.clock().advanceMs(88 * 1000);
    w.tick();
    CHECK(w.detail()->receivedText().contains(Labels::duration(88 * 1000)));
}

TEST_CASE("an incident handed in from another centre says by whom in its history", "[ui][incident][eido]")
{
    TestStore store;
    MainWindow w(store.service());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto read = EidoReader::read(testData(QStringLiteral("interchange/foreign-psap.eido.json")), QStringLiteral("in.json"));
    REQUIRE(read.ok());
    auto ids = store.service().handIn(*read, QStringLiteral("instruction"));
    REQUIRE(ids.ok());
    w.queue()->selectIncident(ids->first());
    w.detail()->showIncident(ids->first());
    const QStringList lines = historyLines(w);
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.filter(QStringLiteral("Handed in by psap.harbour-county.example (EIDO urn:emergency:uid:incidentid:HC-2026-000412:"
                                      "psap.harbour-county.example); the call began there at 2026-11-22 08:52:10"))
              .size()
          == 1);
}

TEST_CASE("incidents are handed over as EIDO from the Incident menu and taken in from a file", "[ui][incident][eido]")
{
    TestStore store;
    MainWindow w(store.service());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.findChild<QAction*>(QStringLiteral("actionHandOverEido")));
    REQUIRE(w.findChild<QAction*>(QStringLiteral("actionTakeInEido")));

    IncidentDraft d;
    d.summary = QStringLiteral("超市门口有人抢手机");
    d.category = QStringLiteral("criminal");
    d.priority = 2;
    const qint64 id = *store.service().createIncident(d);
    const QString out = store.dir() + QStringLiteral("/handed.eido.json");
    REQUIRE(w.interchange()->exportIncident(id, out).ok());
    QFile written(out);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(written.readAll()).object();
    CHECK(doc.value(QStringLiteral("incidentComponent")).toObject().value(QStringLiteral("internalIncidentId")).toString()
          == store.service().board().incident(id)->number);

    QStringList notes;
    const QString foreign = testDataPath(QStringLiteral("interchange/foreign-psap.eido.json"));
    auto ids = w.interchange()->takeIn(foreign, &notes);
    INFO(ids.errorString().toStdString());
    REQUIRE(ids.ok());
    CHECK(ids->size() == 2);
    CHECK(store.service().board().incident(ids->at(0))->line == QStringLiteral("instruction"));
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().contains(QStringLiteral("ABDOM")));
    auto again = w.interchange()->takeIn(foreign, &notes);
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorString().contains(QStringLiteral("was already taken in")));
}

TEST_CASE("the place of a saved incident is corrected from the menu; units can be ranked at once", "[ui][incident]")
{
    TestStore store;
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    IncidentDraft d;
    d.summary = QStringLiteral("有人打架");
    d.category = QStringLiteral("public_order");
    d.priority = 2;
    d.address = QStringLiteral("医院");
    const qint64 id = *svc.createIncident(d);
    w.queue()->selectIncident(id);
    CHECK(w.dispatchPanel()->candidatesView()->topLevelItemCount() == 0);

    PlaceCorrectionDialog dialog(svc, id, &w);
    CHECK(dialog.addressEdit()->text() == QStringLiteral("医院"));
    CHECK(dialog.addressEdit()->maxLength() == TextLimits::kAddress);
    dialog.addressEdit()->setText(QStringLiteral("区人民医院门诊楼"));
    typeText(dialog.locationEdit(), QStringLiteral("22.7800, 200.0"));
    CHECK(dialog.zoneLabel()->text().contains(QStringLiteral("latitude")));
    dialog.locationEdit()->clear();
    typeText(dialog.locationEdit(), QStringLiteral("%1, %2").arg(kHospital.lat, 0, 'f', 5).arg(kHospital.lon, 0, 'f', 5));
    CHECK(dialog.zoneLabel()->text().contains(Labels::tier(1)));
    dialog.reasonEdit()->setText(QStringLiteral("报警人重新说明"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(svc.board().incident(id)->tier == 1);
    CHECK(w.dispatchPanel()->candidatesView()->topLevelItemCount() > 0);
    CHECK(historyLines(w).last().startsWith(QStringLiteral("Place corrected")));
    CHECK(historyLines(w).last().contains(QStringLiteral("区人民医院门诊楼")));
}

TEST_CASE("every line of an incident's history is in words, in English and in Chinese", "[ui][incident][translations]")
{
    TestStore store;
    DispatchService& svc = store.service();
    const auto lived = livedIncidents(store);
    const qint64 id = lived.first, diverted = lived.second; // (clang 14 does not capture structured bindings)
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    // Every event of the whole log that belongs to these incidents has its own wording.
    QStringList kinds;
    for (qint64 incident : {id, diverted})
        for (const EventRecord& e : svc.incidentHistory(incident)) {
            CHECK(EventText::knows(e.kind));
            kinds << e.kind;
        }
    for (const char* k : {"incident.triage_overridden", "incident.caller_added", "unit.sign_for_late", "clock.breached",
                          "incident.unit_released", "feedback.accepted", "callback.reached", "work_order.completed"})
        CHECK(kinds.contains(QString::fromLatin1(k)));

    const QRegularExpression raw(QStringLiteral(R"(\b[a-z]+[._][a-z_]+\b|streetlight|resolved_on_scene|public_order)"));
    const auto checkWords = [&](const QString& language) {
        for (qint64 incident : {id, diverted}) {
            w.detail()->showIncident(incident);
            const QStringList lines = historyLines(w);
            REQUIRE(lines.size() >= 3);
            for (const QString& line : lines) {
                INFO(language.toStdString() << ": " << line.toStdString());
                CHECK_FALSE(raw.match(line).hasMatch());
                CHECK_FALSE(line.startsWith(EventText::tr("Recorded: %1").arg(QString())));
            }
        }
    };
    checkWords(QStringLiteral("en"));

    QTranslator zh;
    REQUIRE(zh.load(QStringLiteral(":/i18n/dispatch_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    checkWords(QStringLiteral("zh_CN"));
    w.detail()->showIncident(diverted);
    CHECK(historyLines(w).join(u'\n').contains(QStringLiteral("路灯")));
    QCoreApplication::removeTranslator(&zh);
    QLocale::setDefault(QLocale(QLocale::English));
}
