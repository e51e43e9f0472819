// SPDX-License-Identifier: GPL-3.0-or-later
// A practice telephone switch in an exercise: its feed over 127.0.0.1 (beside a malformed client) rings the
// scenario's practice-line calls when the role-players call from their numbers, with the switch's place, at the
// exercise's time; a ring from a number no script waits for rings as an unscripted call; an answer at a trainee's
// desk takes the call from the others; a hang-up before an answer leaves every list and is owed a call back in the
// exercise; the after-action report scores the scripted calls against their script, times the unscripted ones only,
// and names the practice-line calls nobody placed.
#include "CatchQt.h"
#include "TestServer.h"
#include "TestExercise.h"
#include "TestStore.h"
#include "WaitFor.h"

#include "cti/CtiListener.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "store/TrainingRepository.h"
#include "training/AfterAction.h"
#include "training/PracticeSwitch.h"
#include "training/TrainingStore.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;

Scenario practice()
{
    const Result<Scenario> s = Scenario::fromFile(testDataPath(QStringLiteral("scenarios/practice.json")));
    INFO(s.errorString().toStdString());
    REQUIRE(s.ok());
    return *s;
}

QStringList names(const char* spaced)
{
    return QString::fromUtf8(spaced).split(u' ');
}

QStringList refs(const QList<TrainingCall>& calls)
{
    QStringList out;
    for (const TrainingCall& c : calls)
        out << c.ref;
    return out;
}

/// The trainer's side of an exercise with a practice switch: the simulator's facade on the training store, on the
/// exercise's clock, and the console's listener feeding the PracticeSwitch.
struct Trainer
{
    explicit Trainer(const QString& location, const Scenario& s) : clock(s.startMs), calls(QStringLiteral("practice-switch"))
    {
        SimulationOptions o;
        o.practiceSwitch = true;
        auto started = TrainingStore::start(location, s, twoTrainees(), o);
        INFO(started.errorString().toStdString());
        REQUIRE(started.ok());
        db = std::move(started).value();
        svc = std::make_unique<DispatchService>(*db, clock, QStringLiteral("simulation"));
        svc->actAsSystem(QStringLiteral("simulator"));
        sim = std::make_unique<Simulator>(*svc, clock, s, o);
        sw = std::make_unique<PracticeSwitch>(*svc, sim->scenario());
        listener = std::make_unique<CtiListener>(calls, clock);
        listener->setOwnTimeOnly(true);
        REQUIRE(listener->listen(QHostAddress::LocalHost, 0).ok());
        QObject::connect(listener.get(), &CtiListener::applied, [this](CtiEventType type, const PhoneCall& call) {
            const Status s = sw->apply(type, call);
            if (!s)
                problems << s.errorString();
        });
    }
    ManualClock clock;
    RingingCalls calls;
    std::unique_ptr<Database> db;
    std::unique_ptr<DispatchService> svc;
    std::unique_ptr<Simulator> sim;
    std::unique_ptr<PracticeSwitch> sw;
    std::unique_ptr<CtiListener> listener;
    QStringList problems;
};

} // namespace

TEST_CASE("practice switch: role-players' calls ring in the exercise, scored against their script or only timed",
          "[training][cti]")
{
    QTemporaryDir dir;
    const Scenario s = practice();
    const QString location = newExercise(dir);
    Trainer trainer(location, s);
    const QSqlDatabase& db = trainer.db->connection();
    // The practice-line calls wait for the role-players; the rest of the scenario rings at its times.
    CHECK(refs(TrainingRepository::calls(db)) == names("lamp quarrel quarrel-2"));
    CHECK(TrainingRepository::meta(db, QStringLiteral("practice_switch")) == QStringLiteral("1"));

    // Two trainees at their own desks, signed in there.
    auto deskDb = TrainingStore::open(location);
    REQUIRE(deskDb.ok());
    DispatchService wangDesk(**deskDb, trainer.clock, QStringLiteral("trainee-pc-1"));
    REQUIRE(wangDesk.login(QStringLiteral("wang"), QStringLiteral("wang-own-pass")).ok());
    auto deskDb2 = TrainingStore::open(location);
    REQUIRE(deskDb2.ok());
    DispatchService linaDesk(**deskDb2, trainer.clock, QStringLiteral("trainee-pc-2"));
    REQUIRE(linaDesk.login(QStringLiteral("lina"), QStringLiteral("lina-own-pass")).ok());

    QTcpSocket peer, rude;
    for (QTcpSocket* c : {&peer, &rude})
        c->connectToHost(QHostAddress::LocalHost, trainer.listener->port());
    REQUIRE(waitFor([&] { return trainer.listener->connectionCount() == 2; }));

    // 09:02:30 in the exercise: the role-player of the fight calls from the scripted number (spelt with +86), the
    // switch's wall-clock time on the line ignored; a stranger calls from a number no script knows.
    trainer.sim->advanceTo(s.startMs + 150 * kSecond);
    rude.write("not json\n");
    peer.write(R"({"event":"ringing","call":"P-17","line":"110","number":"+8613900000001","location":{"lat":22.7731,"lon":100.9734,"radius_m":40,"source":"cell"},"time":"2026-12-06T19:00:00Z"})"
               "\n"
               R"({"event":"ringing","call":"P-18","line":"110","number":"13911112222"})"
               "\n");
    REQUIRE(waitFor([&] { return trainer.sw->scriptedRung() == 1 && trainer.sw->unscriptedRung() == 1; }));
    REQUIRE(waitFor([&] { return trainer.listener->stats().malformed == 1; }));
    CHECK(trainer.problems.isEmpty());
    CHECK(trainer.sw->refOf(QStringLiteral("P-17")) == QStringLiteral("fight"));
    CHECK(trainer.sw->refOf(QStringLiteral("P-18")) == QStringLiteral("tel-P-18"));

    const std::optional<TrainingCall> fight = TrainingRepository::call(db, QStringLiteral("fight"));
    REQUIRE(fight);
    CHECK(fight->ringAtMs == s.startMs + 150 * kSecond); // the exercise's time, not the switch's
    CHECK(fight->phone == QStringLiteral("+8613900000001"));
    CHECK(fight->text.contains(QStringLiteral("烧烤店")));
    CHECK(fight->truth.category == QStringLiteral("public_order"));
    CHECK(fight->truth.priority == 1);
    REQUIRE(fight->position);
    CHECK(fight->position->lat == Approx(22.7731)); // where the network places the role-player
    const std::optional<TrainingCall> stranger = TrainingRepository::call(db, QStringLiteral("tel-P-18"));
    REQUIRE(stranger);
    CHECK(stranger->truth.category.isEmpty());
    CHECK(stranger->text == PracticeSwitch::unscriptedText());
    const qint64 now = trainer.clock.nowMs();
    CHECK(refs(TrainingRepository::ringing(db, now, QStringLiteral("lina"))) == names("fight tel-P-18"));

    // A better fix moves the ringing call; the fight answered on the practice telephone at Wang's desk leaves Lina's
    // list and stays on Wang's; the stranger hangs up unanswered.
    peer.write(R"({"event":"location","call":"P-17","location":{"lat":22.7728,"lon":100.9731,"radius_m":8,"source":"gps"}})"
               "\n"
               R"({"event":"answered","call":"P-17","desk":"trainee-pc-1"})"
               "\n"
               R"({"event":"ended","call":"P-18","outcome":"abandoned"})"
               "\n");
    REQUIRE(waitFor([&] { return TrainingRepository::call(db, QStringLiteral("tel-P-18"))->abandonedAtMs != 0; }));
    CHECK(trainer.problems.isEmpty());
    const std::optional<TrainingCall> taken = TrainingRepository::call(db, QStringLiteral("fight"));
    CHECK(taken->position->lat == Approx(22.7728));
    CHECK(taken->takenBy == QStringLiteral("wang"));
    CHECK(taken->takenAtDesk == QStringLiteral("trainee-pc-1"));
    CHECK(TrainingRepository::ringing(db, now, QStringLiteral("lina")).isEmpty());
    CHECK(refs(TrainingRepository::ringing(db, now, QStringLiteral("wang"))) == names("fight"));
    // The exercise's record of its calls: the hang-up is owed a call back there.
    const auto owed = trainer.svc->owedCallBacks();
    REQUIRE(owed.size() == 1);
    CHECK(owed.first().number == QStringLiteral("13911112222"));

    // Wang saves the fight as the script has it; the simulator links it.
    const Result<TrainingCall> answered = TrainingStore::answer(wangDesk, QStringLiteral("fight"));
    REQUIRE(answered.ok());
    IncidentDraft d;
    d.summary = answered->text;
    d.category = QStringLiteral("public_order");
    d.priority = 1;
    d.position = answered->position;
    d.receivedAtMs = answered->ringAtMs;
    d.sourceRef = answered->sourceRef();
    REQUIRE(wangDesk.createIncident(d).ok());
    trainer.sim->advanceTo(s.endMs());

    const AfterActionReport r = AfterActionReport::build(db, trainer.svc->responsePolicy(), trainer.sim->scenario(), s.endMs());
    QStringList events;
    for (const AfterActionEvent& e : r.events)
        events << e.ref;
    CHECK(events == names("fight tel-P-18 lamp quarrel"));
    const AfterActionEvent& scored = r.events[0];
    CHECK(scored.scripted());
    CHECK(scored.answered());
    CHECK(scored.categoryRight());
    const AfterActionEvent& timed = r.events[1];
    CHECK_FALSE(timed.scripted());
    CHECK_FALSE(timed.answered());
    CHECK(timed.abandonedAtMs == now);
    // Category and priority are judged on the one scripted call answered; the stranger counts only as not answered.
    CHECK(r.category.n == 1);
    CHECK(r.category.ok == 1);
    CHECK(r.answered.n == 4);
    CHECK(r.answered.ok == 1);
    CHECK(r.dispatchInTime.n == 2); // the fight and the quarrel (the lamp is the power company's)
    CHECK(r.notPlaced == names("fight-2"));
    const QList<ReportTable> tables = r.tables(QTimeZone(8 * 3600), QStringLiteral("en"));
    CHECK(tables[0].rows.last() == QStringList{QStringLiteral("Practice-line calls no role-player placed"), QStringLiteral("fight-2")});
    CHECK(tables[1].rows[1][2] == QStringLiteral("unscripted (practice line)"));
    CHECK(tables[1].rows[1][3].startsWith(QStringLiteral("abandoned: the caller hung up after")));
}

TEST_CASE("practice switch: without one the practice-line calls ring at their times; the file is checked",
          "[training][cti]")
{
    QTemporaryDir dir;
    const Scenario s = practice();
    auto started = TrainingStore::start(newExercise(dir), s, twoTrainees(), SimulationOptions{});
    REQUIRE(started.ok());
    CHECK(refs(TrainingRepository::calls((*started)->connection()))
          == names("fight fight-2 lamp quarrel quarrel-2"));
    // The file written again keeps the mark.
    const Result<Scenario> again = Scenario::fromJson(QJsonDocument(s.toJson()).toJson(), QStringLiteral("again.json"));
    REQUIRE(again.ok());
    CHECK(again->call(QStringLiteral("fight"))->practiceLine);
    CHECK_FALSE(again->call(QStringLiteral("lamp"))->practiceLine);

    QByteArray text = QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact);
    QByteArray noPhone = text;
    noPhone.replace("\"phone\":\"13900000001\",", "");
    const Result<Scenario> refused = Scenario::fromJson(noPhone, QStringLiteral("drill.json"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorString().contains(QStringLiteral("events[0].phone: a call on the practice line needs the number")));
    QByteArray notBool = text;
    notBool.replace("\"practice_line\":true", "\"practice_line\":\"yes\"");
    const Result<Scenario> refused2 = Scenario::fromJson(notBool, QStringLiteral("drill.json"));
    REQUIRE_FALSE(refused2.ok());
    CHECK(refused2.errorString().contains(QStringLiteral("events[0].practice_line: true or false")));
}
