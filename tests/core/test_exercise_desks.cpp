// SPDX-License-Identifier: GPL-3.0-or-later
// Trainees at desks of their own, on the file and on the server: the exercise's time kept in the training store
// (paused, sped up, jumped) and read by every desk, trainees signing in with their own passwords, a ringing call
// taken by one trainee alone (the other refused with who got it), and on the server an exercise held in a schema of
// the centre's training database, never beside a live store, which `dispatchctl exercises` lists and drops.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestServer.h"
#include "TestExercise.h"
#include "TestStore.h"

#include "service/DispatchService.h"
#include "store/Database.h"
#include "store/ExerciseSchemas.h"
#include "store/Sql.h"
#include "store/TrainingRepository.h"
#include "training/ExerciseClock.h"
#include "training/TrainingRun.h"
#include "training/TrainingStore.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

namespace {

constexpr qint64 kSecond = 1000;

Scenario small()
{
    const Result<Scenario> s = Scenario::fromFile(testDataPath(QStringLiteral("scenarios/small.json")));
    REQUIRE(s.ok());
    return *s;
}

/// A trainee's desk at another PC: its own connection to the exercise, on the exercise's clock.
struct TraineeDesk
{
    TraineeDesk(const QString& location, const Clock& wall, const QString& deskName) : clock(wall)
    {
        auto opened = TrainingStore::open(location);
        INFO(opened.errorString().toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(clock.refresh(db->connection()).ok());
        service = std::make_unique<DispatchService>(*db, clock, deskName);
    }
    ExerciseClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<DispatchService> service;
};

} // namespace

TEST_CASE("exercise pace: simulated time from the store's clock, paused, sped up, stopped at the end", "[training][pace]")
{
    ExercisePace p;
    p.simMs = 1000 * kSecond;
    p.storeMs = 50 * kSecond;
    p.speed = 10;
    p.paused = false;
    p.endMs = 1600 * kSecond;
    CHECK(p.simAt(50 * kSecond) == 1000 * kSecond);
    CHECK(p.simAt(53 * kSecond) == 1030 * kSecond);
    CHECK(p.simAt(200 * kSecond) == 1600 * kSecond); // never past the scenario's end
    p.paused = true;
    CHECK(p.simAt(53 * kSecond) == 1000 * kSecond);

    const auto back = ExercisePace::fromJson(p.toJson());
    REQUIRE(back);
    CHECK(back->simMs == p.simMs);
    CHECK(back->storeMs == p.storeMs);
    CHECK(back->speed == p.speed);
    CHECK(back->paused);
    CHECK(back->endMs == p.endMs);
    CHECK_FALSE(ExercisePace::fromJson(QStringLiteral("{}")));

    // A desk's clock: the store's clock 5 s ahead of this PC's.
    ManualClock wall(45 * kSecond);
    ExerciseClock clock(wall);
    p.paused = false;
    clock.setPace(p, 5 * kSecond);
    CHECK(clock.nowMs() == 1000 * kSecond);
    wall.advanceSecs(2);
    CHECK(clock.nowMs() == 1020 * kSecond);
    // The trainer paused a moment ago, at 1010 s: the desk read it late and stands until time catches up.
    ExercisePace paused = p;
    paused.simMs = 1010 * kSecond;
    paused.storeMs = 51 * kSecond;
    paused.paused = true;
    clock.setPace(paused, 5 * kSecond);
    CHECK(clock.nowMs() == 1020 * kSecond);
    ExercisePace resumed = paused;
    resumed.paused = false;
    resumed.storeMs = 52 * kSecond;
    clock.setPace(resumed, 5 * kSecond);
    CHECK(clock.nowMs() == 1020 * kSecond); // 1010 s + 0 s at 10×: still behind what the desk showed
    wall.advanceSecs(2);
    CHECK(clock.nowMs() == 1030 * kSecond);
}

TEST_CASE("a desk that joins an exercise runs on the trainer's time, read from the store", "[training][pace]")
{
    QTemporaryDir dir;
    const Scenario s = small();
    const QString location = newExercise(dir);
    auto trainer = TrainingStore::start(location, s, twoTrainees(), SimulationOptions{});
    INFO(trainer.errorString().toStdString());
    REQUIRE(trainer.ok());

    // Before the trainer sets time going the exercise stands at its start.
    ManualClock wall(QDateTime::currentMSecsSinceEpoch());
    TraineeDesk desk(location, wall, QStringLiteral("trainee-pc-1"));
    CHECK(desk.clock.nowMs() == s.startMs);

    // The trainer resumes at 10× from 09:01:00; the desk follows with this PC's clock.
    ExercisePace p;
    p.simMs = s.startMs + 60 * kSecond;
    p.speed = 10;
    p.paused = false;
    p.endMs = s.endMs();
    REQUIRE(p.publish(**trainer).ok());
    REQUIRE(desk.clock.refresh(desk.db->connection()).ok());
    const qint64 read = desk.clock.nowMs();
    // Off by the real time between the desk measuring the store's clock and the trainer's write, at 10× (this
    // test's wall clock stands still meanwhile).
    CHECK(std::abs(read - p.simMs) < 5 * kSecond);
    wall.advanceSecs(6);
    CHECK(desk.clock.nowMs() == read + 60 * kSecond);

    // Paused: the desk stands still.
    p.simMs = desk.clock.nowMs();
    p.paused = true;
    REQUIRE(p.publish(**trainer).ok());
    REQUIRE(desk.clock.refresh(desk.db->connection()).ok());
    const qint64 stood = desk.clock.nowMs();
    wall.advanceSecs(60);
    CHECK(desk.clock.nowMs() == stood);
}

TEST_CASE("trainees sign in to an exercise with their own passwords, at any desk", "[training][start]")
{
    QTemporaryDir dir;
    const QString location = newExercise(dir);
    auto trainer = TrainingStore::start(location, small(), twoTrainees(), SimulationOptions{});
    REQUIRE(trainer.ok());
    ManualClock wall(QDateTime::currentMSecsSinceEpoch());
    TraineeDesk desk(location, wall, QStringLiteral("trainee-pc-2"));
    CHECK_FALSE(desk.service->login(QStringLiteral("wang"), QStringLiteral("wang110")).ok());
    const auto in = desk.service->login(QStringLiteral("wang"), QStringLiteral("wang-own-pass"));
    INFO(in.errorString().toStdString());
    REQUIRE(in.ok());
    CHECK(in->displayName == QStringLiteral("王学员"));
    CHECK(in->role == Role::Dispatcher);

    // A trainee taken from the live store: the name and the hash as the live store has them.
    TestStore live;
    const Result<Trainee> t = TrainingStore::trainee(live.db(), QStringLiteral("dispatcher"));
    REQUIRE(t.ok());
    REQUIRE(t->password);
    CHECK(t->password->matches(QStringLiteral("dispatcher110")));
    CHECK_FALSE(TrainingStore::trainee(live.db(), QStringLiteral("nobody")).ok());
}

TEST_CASE("two trainees reach for one ringing call: one takes it, the other is told who", "[training][conflict]")
{
    QTemporaryDir dir;
    const Scenario s = small();
    const QString location = newExercise(dir);
    auto trainer = TrainingStore::start(location, s, twoTrainees(), SimulationOptions{});
    REQUIRE(trainer.ok());
    ExercisePace p;
    p.simMs = s.startMs + 61 * kSecond; // the fight rang at 09:01:00
    p.endMs = s.endMs();
    REQUIRE(p.publish(**trainer).ok());

    ManualClock wall(QDateTime::currentMSecsSinceEpoch());
    TraineeDesk a(location, wall, QStringLiteral("trainee-pc-1"));
    TraineeDesk b(location, wall, QStringLiteral("trainee-pc-2"));
    REQUIRE(a.service->login(QStringLiteral("wang"), QStringLiteral("wang-own-pass")).ok());
    REQUIRE(b.service->login(QStringLiteral("lina"), QStringLiteral("lina-own-pass")).ok());
    const qint64 now = a.clock.nowMs();
    REQUIRE(TrainingRepository::ringing(a.db->connection(), now, QStringLiteral("wang")).size() == 1);
    REQUIRE(TrainingRepository::ringing(b.db->connection(), now, QStringLiteral("lina")).size() == 1);

    const Result<TrainingCall> first = TrainingStore::answer(*a.service, QStringLiteral("fight"));
    INFO(first.errorString().toStdString());
    REQUIRE(first.ok());
    CHECK(first->takenBy == QStringLiteral("wang"));
    CHECK(first->takenAtDesk == QStringLiteral("trainee-pc-1"));
    CHECK(first->text.contains(QStringLiteral("烧烤店")));

    // The second trainee's list still showed it: refused, naming the trainee, the desk and the time.
    const Result<TrainingCall> second = TrainingStore::answer(*b.service, QStringLiteral("fight"));
    REQUIRE_FALSE(second.ok());
    CHECK(second.errorString() == QStringLiteral("this call was answered by 王学员 at desk trainee-pc-1 at 09:01:01"));
    // It leaves the other trainee's list and stays on the taker's until it is saved.
    CHECK(TrainingRepository::ringing(b.db->connection(), now, QStringLiteral("lina")).isEmpty());
    CHECK(TrainingRepository::ringing(a.db->connection(), now, QStringLiteral("wang")).size() == 1);
    CHECK(TrainingStore::answer(*a.service, QStringLiteral("fight")).ok()); // answered again by its taker: still theirs

    // Saved as an incident, the call is answered for everyone; reaching for it again says so.
    IncidentDraft d;
    d.summary = first->text;
    d.category = QStringLiteral("public_order");
    d.priority = 1;
    d.receivedAtMs = first->ringAtMs;
    d.sourceRef = first->sourceRef();
    const Result<qint64> saved = a.service->createIncident(d);
    REQUIRE(saved.ok());
    {
        Transaction tx(*a.db);
        TrainingRepository::link(*a.db, QStringLiteral("fight"), *saved, false, now);
        tx.commit();
    }
    CHECK(TrainingRepository::ringing(a.db->connection(), now, QStringLiteral("wang")).isEmpty());
    const Result<TrainingCall> late = TrainingStore::answer(*b.service, QStringLiteral("fight"));
    REQUIRE_FALSE(late.ok());
    CHECK(late.errorString().contains(QStringLiteral("王学员")));
    CHECK_FALSE(TrainingStore::answer(*b.service, QStringLiteral("no-such-call")).ok());
}

TEST_CASE("server: an exercise is a schema of the centre's training database, never beside a live store",
          "[server][.]")
{
    const QString training = createServerDatabase();
    const auto address = TrainingStore::newLocation(training, QDateTime(QDate(2026, 12, 5), QTime(18, 30, 1, 5), QTimeZone::utc()));
    REQUIRE(address.ok());
    CHECK(ExerciseSchemas::schemaOf(*address) == QStringLiteral("exercise_20261205_183001005"));
    CHECK(ExerciseSchemas::trainingDatabaseOf(*address) == training);

    auto started = TrainingStore::start(*address, small(), twoTrainees(), SimulationOptions{});
    INFO(started.errorString().toStdString());
    REQUIRE(started.ok());
    std::unique_ptr<Database> store = std::move(started).value();
    CHECK(store->isServer());
    CHECK(TrainingStore::isExercise(*store));
    // The training database's own schema holds nothing of it: the exercise is in its schema alone.
    CHECK_FALSE(Database::open(training, Database::Mode::OpenExisting).ok());
    const auto held = ExerciseSchemas::list(training);
    REQUIRE(held.ok());
    CHECK(*held == QStringList{*address});
    // An exercise is always new.
    CHECK_FALSE(TrainingStore::start(*address, small(), twoTrainees(), SimulationOptions{}).ok());
    store.reset();
    TrainingStore::discard(*address);
    CHECK(ExerciseSchemas::list(training)->isEmpty());

    // The same run on the server as in a file: one seed, one final state.
    QTemporaryDir dir;
    SimulationOptions automatic;
    automatic.seed = 4;
    automatic.autoDispatch = true;
    const auto onServerRun = TrainingRun::run(small(), *TrainingStore::newLocation(training, QDateTime::currentDateTimeUtc()), automatic);
    const auto inFileRun = TrainingRun::run(small(), dir.filePath(QStringLiteral("drill.sqlite")), automatic);
    REQUIRE(onServerRun.ok());
    REQUIRE(inFileRun.ok());
    CHECK(onServerRun->dispatched > 0);
    CHECK(onServerRun->stateHash == inFileRun->stateHash);

    // The live store's database is refused, and nothing is made in it.
    TestStore live;
    const auto beside = TrainingStore::newLocation(live.path(), QDateTime::currentDateTimeUtc());
    REQUIRE(beside.ok());
    const auto refused = TrainingStore::start(*beside, small(), twoTrainees(), SimulationOptions{});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorString().contains(QStringLiteral("holds a live store")));
    CHECK(ExerciseSchemas::list(live.path())->isEmpty());
    // A live store is never opened as an exercise.
    CHECK_FALSE(TrainingStore::open(live.path()).ok());
}

TEST_CASE("server: dispatchctl exercises lists what a training database holds and drops one", "[server][.]")
{
    const QString training = createServerDatabase();
    const auto address = TrainingStore::newLocation(training, QDateTime::currentDateTimeUtc());
    REQUIRE(address.ok());
    {
        auto store = TrainingStore::start(*address, small(), twoTrainees(), SimulationOptions{});
        REQUIRE(store.ok());
    }
    const QString schema = ExerciseSchemas::schemaOf(*address);
    const CtlRun listed = ctl({QStringLiteral("exercises"), QStringLiteral("--db"), training, QStringLiteral("--json")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    const QJsonObject e = list.first().toObject();
    CHECK(e.value(QStringLiteral("schema")).toString() == schema);
    CHECK(e.value(QStringLiteral("address")).toString() == *address);
    CHECK(e.value(QStringLiteral("title")).toString() == QStringLiteral("Small drill"));
    CHECK(e.value(QStringLiteral("trainees")).toArray() == QJsonArray{QStringLiteral("wang"), QStringLiteral("lina")});
    CHECK(e.value(QStringLiteral("paused")).toBool());
    CHECK(e.value(QStringLiteral("start")).toString() == QStringLiteral("2026-11-22T01:00:00.000Z"));
    CHECK(e.value(QStringLiteral("now")).toString() == QStringLiteral("2026-11-22T01:00:00.000Z"));

    const CtlRun text = ctl({QStringLiteral("exercises"), QStringLiteral("--db"), training});
    CHECK(text.out.contains(QStringLiteral("dispatcher --db '%1'").arg(*address)));
    const CtlRun wrong = ctl({QStringLiteral("exercises"), QStringLiteral("--db"), training, QStringLiteral("--drop"),
                              QStringLiteral("exercise_20000101_000000000")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("no exercise exercise_20000101_000000000")));
    const CtlRun dropped = ctl({QStringLiteral("exercises"), QStringLiteral("--db"), training, QStringLiteral("--drop"), schema});
    INFO(dropped.err.toStdString());
    CHECK(dropped.exitCode == 0);
    CHECK(ExerciseSchemas::list(training)->isEmpty());
    CHECK(ctl({QStringLiteral("exercises"), QStringLiteral("--db"), QStringLiteral("/tmp/file.sqlite")}).exitCode == 2);
}
