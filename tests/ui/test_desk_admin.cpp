// SPDX-License-Identifier: GPL-3.0-or-later
// Shift work on the desk: units on and off duty for a shift in one step, and zones loaded from a GeoJSON
// file from the menu, with the property that names them chosen in the dialog.
#include "CatchQt.h"
#include "TestStore.h"
#include "UiHelpers.h"

#include "map/ZoneImportDialog.h"
#include "map/ZonePanel.h"
#include "roster/ShiftDutyDialog.h"
#include "roster/UnitRosterModel.h"
#include "roster/UnitRosterWidget.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

qint64 unitId(DispatchService& svc, const QString& callsign)
{
    const Unit* u = svc.board().unitByCallsign(callsign);
    REQUIRE(u);
    return u->id;
}

void tick(ShiftDutyDialog& d, qint64 unit, bool onDuty)
{
    const int row = d.rowOf(unit);
    REQUIRE(row >= 0);
    d.table()->item(row, ShiftDutyDialog::OnDuty)->setCheckState(onDuty ? Qt::Checked : Qt::Unchecked);
}

} // namespace

TEST_CASE("units for the shift: tick the incoming units, a station at a time, saved in one step", "[ui][duty]")
{
    TestStore store;
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const qint64 west2 = unitId(svc, QStringLiteral("城西02"));
    const qint64 north1 = unitId(svc, QStringLiteral("城北01"));
    const qint64 north2 = unitId(svc, QStringLiteral("城北02"));
    const qint64 special8 = unitId(svc, QStringLiteral("特巡08"));

    // 特巡08 is on an incident: it cannot be unticked, and the dialog says why.
    IncidentDraft d;
    d.summary = QStringLiteral("医院门口有人打架");
    d.category = QStringLiteral("public_order");
    d.priority = 2;
    d.position = svc.board().unit(special8)->position;
    auto incident = svc.createIncident(d);
    REQUIRE(incident.ok());
    REQUIRE(svc.dispatchUnits(*incident, {{special8}}).ok());

    ShiftDutyDialog dialog(svc, &w);
    CHECK(dialog.table()->rowCount() == svc.board().unitIds().size());
    const int lockedRow = dialog.rowOf(special8);
    CHECK_FALSE(dialog.table()->item(lockedRow, ShiftDutyDialog::OnDuty)->flags() & Qt::ItemIsEnabled);
    CHECK(dialog.table()->item(lockedRow, ShiftDutyDialog::Note)->text().contains(svc.board().incident(*incident)->number));
    CHECK(dialog.summaryLabel()->text().startsWith(QStringLiteral("0 unit")));

    // The 城北 station's units all off at once, and 城西02 on.
    const qint64 northStation = svc.board().unit(north1)->stationId;
    REQUIRE(northStation);
    dialog.stationBox()->setCurrentIndex(dialog.stationBox()->findData(northStation));
    CHECK(dialog.table()->isRowHidden(dialog.rowOf(west2)));
    CHECK_FALSE(dialog.table()->isRowHidden(dialog.rowOf(north1)));
    dialog.setShownOnDuty(false);
    dialog.stationBox()->setCurrentIndex(0);
    tick(dialog, west2, true);
    CHECK(dialog.summaryLabel()->text().startsWith(QStringLiteral("1 unit")));
    dialog.setShownOnDuty(false); // everything shown off…
    CHECK(dialog.table()->item(lockedRow, ShiftDutyDialog::OnDuty)->checkState() == Qt::Checked); // …but not this one
    dialog.setShownOnDuty(true);
    dialog.stationBox()->setCurrentIndex(dialog.stationBox()->findData(northStation));
    dialog.setShownOnDuty(false);
    dialog.show();
    saveShot(dialog, "shift-duty.png");
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    CHECK(svc.board().unit(north1)->state == UnitState::OffDuty);
    CHECK(svc.board().unit(north2)->state == UnitState::OffDuty);
    CHECK(svc.board().unit(west2)->isAvailable());
    CHECK(svc.board().unit(special8)->incidentId == *incident);
    // The roster follows.
    UnitRosterModel* roster = w.roster()->model();
    CHECK(roster->index(roster->rowOf(north1), UnitRosterModel::Status).data().toString().startsWith(
        UnitLifecycle::label(UnitState::OffDuty)));
}

TEST_CASE("the shift dialog keeps the refusal and changes nothing when a unit got committed meanwhile", "[ui][duty]")
{
    TestStore store;
    DispatchService& svc = store.service();
    const qint64 north1 = unitId(svc, QStringLiteral("城北01"));
    ShiftDutyDialog dialog(svc);
    tick(dialog, north1, false);
    IncidentDraft d;
    d.summary = QStringLiteral("有人在店里偷东西");
    d.category = QStringLiteral("public_order");
    d.priority = 3;
    d.position = svc.board().unit(north1)->position;
    auto incident = svc.createIncident(d);
    INFO(incident.errorString().toStdString());
    REQUIRE(incident.ok());
    REQUIRE(svc.dispatchUnits(*incident, {{north1}}).ok());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("dutyError"))->text().contains(QStringLiteral("城北01")));
    CHECK(svc.board().unit(north1)->incidentId == *incident);
}

TEST_CASE("zones from a GeoJSON file on the desk: choose the name property, see the outcome", "[ui][zones]")
{
    TestStore store(TestStore::Demo, QStringLiteral("admin"));
    DispatchService& svc = store.service();
    MainWindow w(svc);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.findChild<QAction*>(QStringLiteral("actionImportZones")));
    const int before = w.zonePanel()->zoneItemCount();

    ZoneImportDialog dialog(svc, &w);
    dialog.setPath(QStringLiteral("/nonexistent/zones.geojson"));
    CHECK(dialog.outcomeLabel()->text().contains(QStringLiteral("/nonexistent/zones.geojson")));
    CHECK_FALSE(dialog.importButton()->isEnabled());

    dialog.setPath(testDataPath(QStringLiteral("sf/sf_analysis_neighborhoods.geojson")));
    CHECK(dialog.nameBox()->currentData().toString() == QStringLiteral("nhood"));
    CHECK(dialog.codeBox()->currentData().toString().isEmpty()); // derived from the name
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("zoneFileInfo"))->text().contains(QStringLiteral("41")));
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.defaultTierBox()->setValue(2);
    REQUIRE(dialog.runImport());
    dialog.show();
    saveShot(dialog, "zone-import.png");
    CHECK(dialog.outcomeLabel()->text().contains(QStringLiteral("41")));
    CHECK(w.zonePanel()->zoneItemCount() == before + 41);
    const Zone* castro = nullptr;
    for (const Zone& z : svc.board().zones())
        if (z.name == QStringLiteral("Castro/Upper Market"))
            castro = &z;
    REQUIRE(castro);
    CHECK(castro->tier == 2);
    CHECK_FALSE(dialog.importButton()->isEnabled()); // done; a second import needs the file chosen again
}

TEST_CASE("a dispatcher sees why the zone import is not theirs to run", "[ui][zones]")
{
    TestStore store;
    ZoneImportDialog dialog(store.service());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("zoneImportNotAllowed")));
    dialog.setPath(testDataPath(QStringLiteral("sf/sf_analysis_neighborhoods.geojson")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
}
