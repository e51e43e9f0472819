// SPDX-License-Identifier: GPL-3.0-or-later
// The siting dialog (科学布点) from the Reports menu: the period's incidents reached over the demo streets, the
// proposed sites in the table and on the zone panel, today's points kept on request.
#include "CatchQt.h"
#include "TestStore.h"

#include "map/ZonePanel.h"
#include "reports/SitingDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

TEST_CASE("siting dialog: sites found for the period's incidents, shown on the map, cleared on close", "[ui][siting]")
{
    TestStore store(TestStore::Demo, QStringLiteral("admin"));
    REQUIRE(store.service().importMap(testDataPath(QStringLiteral("map/demo-streets.osm"))).ok());
    store.signIn(QStringLiteral("dispatcher"));
    // Incidents along 人民路 (22.77, 100.96 → 22.79, 100.98): four at its south end, two at its north end.
    const QList<GeoPoint> at{{22.7702, 100.9602}, {22.7703, 100.9603}, {22.7701, 100.9601}, {22.7704, 100.9604},
                             {22.7899, 100.9799}, {22.7898, 100.9798}};
    for (const GeoPoint& p : at) {
        IncidentDraft d;
        d.line = QStringLiteral("110");
        d.address = QStringLiteral("人民路");
        d.position = p;
        d.summary = QStringLiteral("路口有人打架");
        d.category = QStringLiteral("public_order");
        d.priority = 2;
        REQUIRE(store.service().createIncident(d).ok());
    }

    MainWindow w(store.service());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QAction* open = w.findChild<QAction*>(QStringLiteral("actionSiting"));
    REQUIRE(open);
    open->trigger();
    auto* dialog = w.findChild<SitingDialog*>(QStringLiteral("sitingDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    dialog->pointsBox()->setValue(1);
    dialog->targetBox()->setValue(120);
    QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog->result());
    CHECK(dialog->result()->incidents == 6);
    CHECK(dialog->result()->coveredProposed == 4); // one site reaches the south group; the north end is 3 km away
    CHECK(dialog->result()->optimal);
    CHECK(dialog->sitesTable()->rowCount() == 1);
    CHECK(dialog->sitesTable()->item(0, 3)->text() == QStringLiteral("4"));
    CHECK(dialog->summary()->text().contains(QStringLiteral("4 reached (66.7 %)")));
    CHECK(dialog->zonesTable()->rowCount() >= 1);
    CHECK(w.zonePanel()->proposedSiteCount() == 1);

    // Two points: both groups.
    dialog->pointsBox()->setValue(2);
    dialog->run();
    CHECK(dialog->result()->coveredProposed == 6);
    CHECK(w.zonePanel()->proposedSiteCount() == 2);

    // Only today's points, none of them near 人民路's ends within two minutes: nothing reached, said so.
    dialog->amongExistingBox()->setChecked(true);
    dialog->pointsBox()->setValue(1);
    dialog->run();
    REQUIRE(dialog->result());
    CHECK(dialog->result()->chosen.front().site.existing);

    dialog->close();
    CHECK(w.zonePanel()->proposedSiteCount() == 0);
}
