// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingStore.h"

#include "auth/SignInPolicy.h"
#include "demo/DistrictData.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "store/ExerciseSchemas.h"
#include "store/TrainingRepository.h"
#include "store/UserRepository.h"
#include "training/ExerciseClock.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

namespace dispatch {

namespace {

/// Who sits the exercise, as the training meta says it: the trainees' user names, and the automatic dispatcher.
QString whoSitsIt(const QList<Trainee>& trainees, const SimulationOptions& options)
{
    QStringList names;
    for (const Trainee& t : trainees)
        names << t.username;
    if (options.autoDispatch)
        names << QStringLiteral("auto-dispatcher");
    return names.join(u',');
}

/// The password a trainee's exercise account is made with: replaced at once by the trainee's own hash when there is
/// one; otherwise the demo rule (the user name followed by 110), made long enough for the password rules.
QString placeholderPassword(const Trainee& t)
{
    if (t.password)
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString demo = QStringLiteral("%1110").arg(t.username);
    return SignInPolicy::passwordProblem(demo, t.username) ? demo + QStringLiteral("-exercise") : demo;
}

/// The district, zones and units of the scenario, installed by the tool at the scenario's start (so that every
/// record's time is the exercise's); then, in one transaction, the training mark, tables, meta and calls.
Status fill(Database& db, const Scenario& scenario, const QList<Trainee>& trainees, const SimulationOptions& options)
{
    Result<DistrictData> district = DistrictLoader::demo();
    if (!district)
        return district.error();
    DistrictData d = std::move(district).value();
    d.passwordIterations = 1000; // demo accounts of a scratch store
    for (const Trainee& t : trainees)
        if (std::none_of(d.users.cbegin(), d.users.cend(), [&](const auto& u) { return u.user.username == t.username; }))
            d.users.append({User{0, t.username, t.displayName, Role::Dispatcher, true}, placeholderPassword(t)});
    if (!scenario.demoUnits) {
        d.units.clear();
        const QTimeZone zone(d.centre.timeZone.toUtf8());
        for (const ScenarioUnit& su : scenario.units) {
            Unit u;
            u.callsign = su.callsign;
            u.type = su.type;
            u.position = su.position;
            u.state = UnitLifecycle::fromCode(su.state).value_or(UnitState::AvailablePatrol);
            u.officers = 1;
            if (!su.certificateNo.isEmpty()) {
                u.certificateNo = su.certificateNo;
                const QDate until = QDate::fromString(su.certificateValidUntil, Qt::ISODate);
                u.certificateExpiresMs = until.isValid() ? QDateTime(until.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch() : 0;
            }
            d.units.append({u, su.station, su.stagingPoint});
        }
    }

    ManualClock clock(scenario.startMs);
    DispatchService svc(db, clock, QStringLiteral("training"));
    svc.actAsSystem(QStringLiteral("simulator"));
    if (const Status s = svc.installDistrict(d); !s)
        return s.error();
    if (scenario.zones != QLatin1String("demo"))
        if (const auto z = svc.importZones(scenario.zones, ZoneImportOptions{}); !z)
            return z.error();
    for (const ScenarioUnit& su : scenario.units)
        if (const Unit* u = svc.board().unitByCallsign(su.callsign))
            svc.reportPosition(u->id, su.position, scenario.startMs);
    try {
        Transaction tx(db);
        db.setMeta(QStringLiteral("training"), QStringLiteral("1"));
        TrainingRepository::createTables(db);
        TrainingRepository::setMeta(db, QStringLiteral("scenario"),
                                    QString::fromUtf8(QJsonDocument(scenario.toJson()).toJson(QJsonDocument::Compact)));
        TrainingRepository::setMeta(db, QStringLiteral("title"), scenario.title);
        TrainingRepository::setMeta(db, QStringLiteral("start"), QString::number(scenario.startMs));
        TrainingRepository::setMeta(db, QStringLiteral("seed"), QString::number(options.seed));
        TrainingRepository::setMeta(db, QStringLiteral("trainee"), whoSitsIt(trainees, options));
        // Trainees who came with their own password sign in with it, at whichever desk they sit.
        for (const Trainee& t : trainees)
            if (t.password)
                if (const auto row = UserRepository::findByUsername(db.connection(), t.username))
                    UserRepository::setPassword(db.connection(), row->user.id, *t.password);
        // Time stands at the scenario's start until the trainer sets it going.
        ExercisePace pace;
        pace.simMs = scenario.startMs;
        pace.storeMs = TrainingRepository::storeTimeMs(db.connection());
        pace.endMs = scenario.endMs();
        pace.write(db);
        if (options.practiceSwitch)
            TrainingRepository::setMeta(db, QStringLiteral("practice_switch"), QStringLiteral("1"));
        for (const ScenarioEvent& e : scenario.events) {
            if (e.type != ScenarioEvent::Type::Call && e.type != ScenarioEvent::Type::Escalation)
                continue;
            if (options.practiceSwitch && e.practiceLine)
                continue; // it rings when the role-player calls (PracticeSwitch)
            const ScenarioEvent* origin = scenario.origin(e);
            TrainingRepository::insertCall(db, TrainingStore::callOf(e, scenario.startMs + e.atSeconds * 1000,
                                                                     origin && origin != &e ? origin->id : QString(),
                                                                     TrainingStore::truthAt(scenario, e)));
        }
        tx.commit();
    } catch (const DispatchError& e) {
        return e.error();
    }
    return Done{};
}

} // namespace

Result<QString> TrainingStore::newLocation(const QString& dirOrServer, const QDateTime& when)
{
    if (Database::isServerAddress(dirOrServer))
        return ExerciseSchemas::newAddress(dirOrServer, when);
    QDir().mkpath(dirOrServer);
    return QDir(dirOrServer).filePath(
        QStringLiteral("exercise-%1.sqlite").arg(when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
}

Result<Trainee> TrainingStore::trainee(const Database& live, const QString& username)
{
    std::optional<UserRepository::Row> row;
    try {
        row = UserRepository::findByUsername(live.connection(), username);
    } catch (const DispatchError& e) {
        return e.error();
    }
    if (!row)
        return Error{tr("no user \"%1\" in the live store").arg(username)};
    return Trainee{row->user.username, row->user.displayName, row->password};
}

Result<std::unique_ptr<Database>> TrainingStore::open(const QString& path)
{
    if (!Database::isServerAddress(path) && !QFileInfo::exists(path))
        return Error{tr("no training store here"), path};
    auto db = Database::open(path, Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    try {
        if (!TrainingRepository::isTrainingStore((*db)->connection()))
            return Error{tr("this store is not a training store: an exercise never runs on a live store"), (*db)->path()};
        Transaction tx(**db);
        TrainingRepository::createTables(**db);
        tx.commit();
    } catch (const DispatchError& e) {
        return e.error();
    }
    (*db)->useScratchDurability();
    return std::move(db).value();
}

Result<std::unique_ptr<Database>> TrainingStore::start(const QString& path, const Scenario& scenario,
                                                       const QList<Trainee>& trainees, const SimulationOptions& options)
{
    if (Database::isServerAddress(path)) {
        if (const Status made = ExerciseSchemas::create(path); !made)
            return made.error();
    } else if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        return Error{tr("a file is already there: a training store is always new"), path};
    }
    auto opened = Database::open(path, Database::Mode::CreateOrMigrate);
    if (!opened) {
        discard(path);
        return opened.error();
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    db->useScratchDurability();
    if (const Status s = fill(*db, scenario, trainees, options); !s) {
        db.reset();
        discard(path);
        return s.error();
    }
    return db;
}

Result<QList<HeldExercise>> TrainingStore::held(const QString& trainingUri)
{
    const Result<QStringList> addresses = ExerciseSchemas::list(trainingUri);
    if (!addresses)
        return addresses.error();
    QList<HeldExercise> out;
    for (const QString& address : *addresses) {
        auto db = Database::open(address, Database::Mode::Inspect);
        if (!db)
            return db.error();
        HeldExercise e;
        e.address = address;
        e.schema = ExerciseSchemas::schemaOf(address);
        try {
            const QSqlDatabase& c = (*db)->connection();
            e.title = TrainingRepository::meta(c, QStringLiteral("title"));
            e.trainees = TrainingRepository::meta(c, QStringLiteral("trainee"));
            e.startMs = TrainingRepository::meta(c, QStringLiteral("start")).toLongLong();
            const ExercisePace pace = ExercisePace::read(c);
            e.paused = pace.paused;
            e.nowMs = pace.simAt(TrainingRepository::storeTimeMs(c));
            e.incidents = TrainingRepository::incidentCount(c);
        } catch (const DispatchError& err) {
            return Error{err.error().message, address};
        }
        out.append(e);
    }
    return out;
}

bool TrainingStore::isExercise(const Database& db)
{
    try {
        return TrainingRepository::isTrainingStore(db.connection());
    } catch (const DispatchError&) {
        return false;
    }
}

void TrainingStore::discard(const QString& path)
{
    if (Database::isServerAddress(path)) {
        ExerciseSchemas::drop(path);
        return;
    }
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<TrainingCall> TrainingStore::answer(DispatchService& desk, const QString& ref)
{
    const std::optional<User>& user = desk.currentUser();
    if (!user)
        return Error{tr("sign in to answer a call")};
    std::optional<TrainingCall> call;
    try {
        Transaction tx(desk.database());
        call = TrainingRepository::take(desk.database(), ref, user->username, desk.desk(), desk.clock().nowMs());
        tx.commit();
    } catch (const DispatchError& e) {
        return e.error();
    }
    if (!call)
        return Error{tr("there is no call %1 in this exercise").arg(ref)};
    if (call->takenBy == user->username)
        return *call;
    if (!call->takenBy.isEmpty()) {
        QString who = call->takenBy;
        for (const User& u : desk.board().users())
            if (u.username == call->takenBy)
                who = u.displayName;
        return Error{tr("this call was answered by %1 at desk %2 at %3")
                         .arg(who, call->takenAtDesk,
                              QDateTime::fromMSecsSinceEpoch(call->takenAtMs, desk.board().timeZone()).toString(QStringLiteral("HH:mm:ss")))};
    }
    return Error{tr("this call was answered already")};
}

ScenarioTruth TrainingStore::truthAt(const Scenario& scenario, const ScenarioEvent& e)
{
    // A further caller carries the event's truth as it stands at that call.
    const ScenarioEvent* origin = scenario.origin(e);
    ScenarioTruth t = e.truth ? *e.truth : (origin && origin->truth ? *origin->truth : ScenarioTruth{});
    if (!e.truth && origin)
        for (const ScenarioEvent& x : scenario.events)
            if (x.type == ScenarioEvent::Type::Escalation && x.truth && x.atSeconds <= e.atSeconds && scenario.origin(x) == origin)
                t = *x.truth;
    return t;
}

TrainingCall TrainingStore::callOf(const ScenarioEvent& e, qint64 ringAtMs, const QString& sameEventAs, const ScenarioTruth& truth)
{
    TrainingCall c;
    c.ref = e.id;
    c.ringAtMs = ringAtMs;
    c.line = e.line;
    c.caller = e.caller;
    c.phone = e.phone;
    c.address = e.address;
    c.position = e.position;
    c.text = e.text;
    c.sameEventAs = sameEventAs;
    c.escalation = e.type == ScenarioEvent::Type::Escalation;
    c.truth = truth;
    return c;
}

} // namespace dispatch
