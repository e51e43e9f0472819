// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl call, dispatch and step: the real binary takes calls, sends units and reports their steps through the
// desk's facade and rules, as a named user or tool at a named desk; refusals are the desk's sentences and exit 1;
// processes racing for one unit on one store: exactly one gets it, the others are told who did.
#include "CatchQt.h"
#include "CtlRun.h"
#include "OtherDesk.h"
#include "TestStore.h"

#include "store/AssignmentRepository.h"
#include "store/EventLog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <memory>
#include <vector>

using namespace dispatch;
using namespace dispatch::test;

namespace {

const QByteArray kFight = R"({"line":"110","phone":"13800001111","address":"城北路 18 号夜市",
    "lat":22.780,"lon":100.970,"text":"夜市里两伙人打架，有人拿着棍子"})";

QStringList with(const TestStore& s, QStringList args)
{
    args << QStringLiteral("--db") << s.path();
    return args;
}

QString takeCall(const TestStore& s, const QByteArray& call, const QStringList& extra = {})
{
    const CtlRun r = ctl(with(s, QStringList{QStringLiteral("call")} + extra), call);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.trimmed();
}

} // namespace

TEST_CASE("dispatchctl call takes a call, triaged as a desk proposes it, by the tool and desk it names", "[ctl][desk]")
{
    TestStore s;
    const CtlRun r = ctl(with(s, {QStringLiteral("call"), QStringLiteral("--json"), QStringLiteral("--tool"),
                                  QStringLiteral("12345-bridge"), QStringLiteral("--desk"), QStringLiteral("gateway-1")}),
                         kFight);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("taken")).toBool());
    const QString number = o.value(QStringLiteral("incident")).toString();
    CHECK(number.size() == 14);
    CHECK(o.value(QStringLiteral("category")).toString() == QStringLiteral("public_order"));
    CHECK(o.value(QStringLiteral("priority")).toInt() == 1);

    s.reopen();
    const EventRecord created = EventLog::forEntity(s.db().connection(), QStringLiteral("incident"),
                                                    s.service().board().activeIncidentIds().first())
                                    .first();
    CHECK(created.username == QStringLiteral("12345-bridge"));
    CHECK(created.desk == QStringLiteral("gateway-1"));
}

TEST_CASE("dispatchctl call holds a possible duplicate until told what to do", "[ctl][desk]")
{
    TestStore s;
    const QString first = takeCall(s, kFight);
    const CtlRun held = ctl(with(s, {QStringLiteral("call")}), kFight);
    CHECK(held.exitCode == 3);
    CHECK(held.out.contains(first));
    CHECK(held.err.contains(QStringLiteral("--caller-of")));
    s.reopen();
    CHECK(s.service().board().activeIncidentCount() == 1);

    const CtlRun merged = ctl(with(s, {QStringLiteral("call"), QStringLiteral("--caller-of"), first}), kFight);
    INFO(merged.err.toStdString());
    CHECK(merged.exitCode == 0);
    CHECK(merged.out.contains(first));
    const QString second = takeCall(s, kFight, {QStringLiteral("--new")});
    CHECK(second != first);
    s.reopen();
    CHECK(s.service().board().activeIncidentCount() == 2);
}

TEST_CASE("dispatchctl call names the field that is wrong and takes nothing", "[ctl][desk]")
{
    TestStore s;
    const struct
    {
        QByteArray json;
        const char* said;
    } bad[] = {
        {R"({"line":"110","phone":"13800001111"})", "\"text\" is required"},
        {R"({"text":"有人打架","lat":22.78})", "\"lat\" and \"lon\""},
        {R"({"text":"有人打架","lat":"north","lon":100.9})", "\"lat\" must be a number"},
        {R"({"text":"有人打架","priority":7})", "\"priority\" must be 1, 2, 3 or 4"},
        {R"({"text":"有人打架",)", "not JSON"},
    };
    for (const auto& b : bad) {
        const CtlRun r = ctl(with(s, {QStringLiteral("call")}), b.json);
        INFO(b.json.toStdString() << " → " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QLatin1String(b.said)));
    }
    s.reopen();
    CHECK(s.service().board().activeIncidentCount() == 0);
}

TEST_CASE("dispatchctl dispatch and step follow the desk's rules, and a user acts under their own name",
          "[ctl][desk]")
{
    TestStore s;
    const QString fight = takeCall(s, kFight);
    const QString theft = takeCall(s, R"({"text":"商场里手机被偷了","lat":22.70,"lon":100.90,"phone":"13900002222"})");
    QProcessEnvironment env;
    env.insert(QStringLiteral("DISPATCH_PASSWORD"), QStringLiteral("dispatcher2110"));
    const QStringList asDesk7{QStringLiteral("--user"), QStringLiteral("dispatcher2"), QStringLiteral("--desk"),
                              QStringLiteral("110-desk-07")};

    const CtlRun sent = ctl(with(s, QStringList{QStringLiteral("dispatch"), QStringLiteral("--incident"), fight,
                                                QStringLiteral("--unit"), QStringLiteral("城北01")} + asDesk7),
                            {}, env);
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    CHECK(sent.out.contains(fight));

    // Another desk sends the same unit elsewhere: refused, naming who got there first.
    const CtlRun again = ctl(with(s, {QStringLiteral("dispatch"), QStringLiteral("--incident"), theft,
                                      QStringLiteral("--unit"), QStringLiteral("城北01")}));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(fight));
    CHECK(again.err.contains(QStringLiteral("dispatcher2")));
    CHECK(again.err.contains(QStringLiteral("110-desk-07")));

    // A wrong password is refused; so is a step out of order.
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("DISPATCH_PASSWORD"), QStringLiteral("guess"));
    CHECK(ctl(with(s, QStringList{QStringLiteral("step"), QStringLiteral("--unit"), QStringLiteral("城北01"),
                                  QStringLiteral("signed_for")} + asDesk7),
              {}, wrong)
              .exitCode == 1);
    const auto step = [&](const char* what) {
        return ctl(with(s, {QStringLiteral("step"), QStringLiteral("--unit"), QStringLiteral("城北01"),
                            QString::fromLatin1(what)}));
    };
    CHECK(step("signed_for").exitCode == 0);
    CHECK(step("en_route").exitCode == 0);
    CHECK(step("on_scene").exitCode == 0);
    const CtlRun back = step("signed_for");
    CHECK(back.exitCode == 1);
    CHECK_FALSE(back.err.isEmpty());
    CHECK(step("clear").exitCode == 0);
    CHECK(ctl(with(s, {QStringLiteral("step"), QStringLiteral("--unit"), QStringLiteral("城北01"),
                       QStringLiteral("parked")}))
              .exitCode == 2);

    s.reopen();
    CHECK(s.service().board().unitByCallsign(QStringLiteral("城北01"))->state == UnitState::AvailablePatrol);
    CHECK(EventLog::verify(s.db().connection()).ok);
}

TEST_CASE("processes racing for one unit: exactly one sends it, every other is told who did", "[ctl][desk][conflict]")
{
    TestStore s;
    constexpr int kRacers = 6;
    QStringList numbers;
    for (int i = 0; i < kRacers; ++i)
        numbers << takeCall(s, QStringLiteral(R"({"text":"第%1起：有人打架","lat":22.7%2,"lon":100.9%2,"phone":"1370000%3"})")
                                   .arg(i + 1)
                                   .arg(i)
                                   .arg(1000 + i)
                                   .toUtf8(),
                            {QStringLiteral("--new")});
    std::vector<std::unique_ptr<QProcess>> racers;
    for (int i = 0; i < kRacers; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(DISPATCHCTL_PATH),
                 with(s, {QStringLiteral("dispatch"), QStringLiteral("--incident"), numbers.at(i), QStringLiteral("--unit"),
                          QStringLiteral("城南02"), QStringLiteral("--desk"), QStringLiteral("desk-%1").arg(i + 1)}));
        racers.push_back(std::move(p));
    }
    int won = 0;
    QString winner;
    QStringList refusals;
    for (int i = 0; i < kRacers; ++i) {
        QProcess& p = *racers.at(i);
        REQUIRE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(err.toStdString());
        if (p.exitCode() == 0) {
            ++won;
            winner = QStringLiteral("desk-%1").arg(i + 1);
        } else {
            CHECK(p.exitCode() == 1);
            refusals << err;
        }
    }
    REQUIRE(won == 1);
    // Every other process was refused with the sentence that names the desk that got there first.
    for (const QString& err : refusals) {
        INFO(err.toStdString());
        CHECK(err.contains(QStringLiteral("at desk %1").arg(winner)));
        CHECK(err.contains(QStringLiteral("confirm the reassignment")));
    }
    s.reopen();
    const std::optional<Assignment> open =
        AssignmentRepository::openForUnit(s.db().connection(), s.service().board().unitByCallsign(QStringLiteral("城南02"))->id);
    REQUIRE(open);
    CHECK(AssignmentRepository::sentBy(s.db().connection(), *open).desk == winner);
    CHECK(EventLog::verify(s.db().connection()).ok);
}

TEST_CASE("dispatchctl desks says who is signed in where, and when each desk was last seen", "[ctl][desk]")
{
    TestStore s; // the demo dispatcher signed in at test-desk
    OtherDesk two(s, QStringLiteral("dispatcher2"), QStringLiteral("110-desk-07"));
    OtherDesk leader(s, QStringLiteral("leader"), QStringLiteral("leader-desk"));
    leader.ownClock.advanceMs(60 * 1000);
    REQUIRE(leader.service->logout().ok());

    const CtlRun r = ctl(with(s, {QStringLiteral("desks"), QStringLiteral("--json")}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QHash<QString, QJsonObject> byDesk;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        byDesk.insert(v.toObject().value(QStringLiteral("desk")).toString(), v.toObject());
    REQUIRE(byDesk.contains(QStringLiteral("test-desk")));
    CHECK(byDesk.value(QStringLiteral("test-desk")).value(QStringLiteral("signed_in")).toBool());
    CHECK(byDesk.value(QStringLiteral("test-desk")).value(QStringLiteral("user")).toString() == QStringLiteral("dispatcher"));
    CHECK(byDesk.value(QStringLiteral("110-desk-07")).value(QStringLiteral("signed_in")).toBool());
    CHECK(byDesk.value(QStringLiteral("110-desk-07")).value(QStringLiteral("user")).toString() == QStringLiteral("dispatcher2"));
    CHECK_FALSE(byDesk.value(QStringLiteral("leader-desk")).value(QStringLiteral("signed_in")).toBool());
    CHECK(byDesk.value(QStringLiteral("leader-desk")).value(QStringLiteral("user")).toString() == QStringLiteral("leader"));
    CHECK(byDesk.value(QStringLiteral("leader-desk")).value(QStringLiteral("last_event")).toString()
          > byDesk.value(QStringLiteral("110-desk-07")).value(QStringLiteral("last_event")).toString());

    const CtlRun text = ctl(with(s, {QStringLiteral("desks")}));
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("dispatcher2 signed in since")));
    CHECK(text.out.contains(QStringLiteral("signed out (leader at")));
    CHECK(text.out.contains(QStringLiteral("2 signed in")));
}
