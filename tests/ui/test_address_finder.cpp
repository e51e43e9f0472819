// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the caller's place in the intake form (接警知方位): candidates from the gazetteer as the address is typed,
// one chosen from the keyboard sets the location; an address far from the location, or matching nothing, is flagged.
#include "CatchQt.h"
#include "TestStore.h"

#include "intake/AddressFinder.h"
#include "intake/IntakePanel.h"
#include "shell/MainWindow.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QApplication>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using namespace dispatch::test;
using namespace dispatch::ui;

namespace {

/// Text as a Chinese input method gives it to the field: committed at once, as the user's own edit.
void typeByInputMethod(QLineEdit* edit, const QString& text)
{
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(edit, &commit);
}

} // namespace

TEST_CASE("address finder: typed in Chinese, chosen from the keyboard, the location follows; doubts are flagged",
          "[ui][intake][gazetteer]")
{
    TestStore store(TestStore::Demo, QStringLiteral("admin"));
    QTemporaryDir dir;
    QFile list(dir.filePath(QStringLiteral("addresses.csv")));
    REQUIRE(list.open(QIODevice::WriteOnly));
    list.write("address,lat,lon\n茶城大道88号,22.7800,100.9700\n茶城大道90号,22.7803,100.9704\n"
               "思茅区月光路3号 (思茅第一小学),22.7808,100.9706\n");
    list.close();
    REQUIRE(store.service().importAddressList(list.fileName()).ok());
    store.signIn(QStringLiteral("dispatcher"));

    MainWindow w(store.service());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    IntakePanel* intake = w.intake();
    QTest::keyClick(&w, Qt::Key_F2);
    REQUIRE(intake->hasCall());
    auto* address = intake->findChild<QLineEdit*>(QStringLiteral("intakeAddress"));
    auto* flag = intake->findChild<QLabel*>(QStringLiteral("intakeAddressFlag"));
    REQUIRE(address);
    REQUIRE(flag);
    AddressFinder* finder = intake->addressFinder();

    // Full-width digits, as a Chinese input method writes them: both numbers of the street offered, 88 first.
    address->setFocus();
    typeByInputMethod(address, QStringLiteral("茶城大道８８"));
    REQUIRE(finder->candidates().size() == 1);
    CHECK(finder->candidates().front().text == QStringLiteral("茶城大道88号"));
    QAbstractItemView* popup = finder->completer()->popup();
    CHECK(popup->isVisible());
    CHECK(popup->model()->index(0, 0).data().toString().contains(QStringLiteral("the centre's list")));
    address->clear();
    typeByInputMethod(address, QStringLiteral("茶城"));
    REQUIRE(finder->candidates().size() == 2);

    // Down and Enter: the first is chosen, written whole, and the call is placed there (zone and circle with it).
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(address->text() == QStringLiteral("茶城大道88号"));
    REQUIRE(intake->location());
    CHECK(intake->location()->lat == Approx(22.7800));
    CHECK(intake->location()->lon == Approx(100.9700));
    CHECK(intake->findChild<QLabel*>(QStringLiteral("intakeZone"))->text().startsWith(QStringLiteral("zone: ")));
    CHECK(flag->isHidden());

    // A location typed 1.5 km away from the chosen address: flagged with the distance and the address.
    QLineEdit* location = intake->locationEdit();
    location->setText(QStringLiteral("22.7935, 100.9700"));
    QMetaObject::invokeMethod(location, "editingFinished");
    CHECK(flag->isVisible());
    CHECK(flag->text().contains(QStringLiteral("1.5 km from \"茶城大道88号\"")));
    location->setText(QStringLiteral("22.7801, 100.9701"));
    QMetaObject::invokeMethod(location, "editingFinished");
    CHECK(flag->isHidden());

    // An address typed whole and never chosen is still checked against the location when the field is left.
    address->clear();
    typeByInputMethod(address, QStringLiteral("思茅第一小学"));
    REQUIRE(finder->candidates().size() == 1);
    popup->hide();
    address->setText(QStringLiteral("思茅区月光路3号 (思茅第一小学)"));
    QMetaObject::invokeMethod(address, "editingFinished");
    REQUIRE(finder->place());
    CHECK(flag->isHidden()); // 100 m from the location: the same place

    // An address that matches nothing of the list: flagged, not silently accepted.
    address->clear();
    typeByInputMethod(address, QStringLiteral("不存在路1号"));
    CHECK(finder->candidates().isEmpty());
    QMetaObject::invokeMethod(address, "editingFinished");
    CHECK(flag->isVisible());
    CHECK(flag->text().contains(QStringLiteral("is not on the map")));

    // A new call starts clean.
    intake->cancel(false);
    CHECK(flag->isHidden());
    CHECK_FALSE(finder->place());
}
