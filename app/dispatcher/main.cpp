// SPDX-License-Identifier: GPL-3.0-or-later
// dispatcher: the workstation. Parses arguments, opens the store, builds the facade, installs the
// translators and runs the desk session. Nothing else lives here.
#include "avl/AvlListener.h"
#include "avl/AvlReplay.h"
#include "cti/CallerHistory.h"
#include "cti/CtiListener.h"
#include "demo/DemoMotion.h"
#include "service/DispatchService.h"
#include "shell/DeskController.h"
#include "store/ChainKey.h"
#include "store/StoreGuards.h"
#include "store/StoreLocator.h"
#include "training/ExerciseClock.h"
#include "training/TrainingStore.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QSysInfo>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace dispatch;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dispatcher"));
    QApplication::setOrganizationName(QStringLiteral("DispatchDesk"));
    QApplication::setApplicationVersion(QStringLiteral(DISPATCH_VERSION));

    // The language comes first, so that the help text itself is translated.
    const QStringList args = QApplication::arguments();
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    const QString requested = langAt > 0 ? args.value(langAt + 1) : QString();
    if (Translations::install(requested).isEmpty()) {
        std::fprintf(stderr, "dispatcher: unknown language \"%s\" (zh_CN or en)\n", qPrintable(requested));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The dispatcher workstation of a 110 command centre."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Work on this store: a file, or a centre's server as postgresql://user@host/database (default: the embedded demo store)."),
                                      QApplication::translate("main", "PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Language: zh_CN or en (default: the system's)."),
                                        QApplication::translate("main", "LANG"));
    const QCommandLineOption deskOption(QStringLiteral("desk"),
                                        QApplication::translate("main", "Name of this desk (recorded on every event)."),
                                        QApplication::translate("main", "NAME"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QApplication::translate("main", "Fill in this user name at sign-in."),
                                        QApplication::translate("main", "NAME"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"),
                                         QApplication::translate("main", "Triage rules file (default: the one chosen in the desk's settings, else the built-in rules)."),
                                         QApplication::translate("main", "FILE"));
    const QCommandLineOption avlListenOption(QStringLiteral("avl-listen"),
                                             QApplication::translate("main", "Take live unit positions over TCP on HOST:PORT (each connection sends \"UNIT <callsign>\", then NMEA sentences)."),
                                             QApplication::translate("main", "HOST:PORT"));
    const QCommandLineOption avlReplayOption(QStringLiteral("avl-replay"),
                                             QApplication::translate("main", "Replay a recorded NMEA file as a unit's positions, moved to start where the unit is (repeatable)."),
                                             QApplication::translate("main", "CALLSIGN=FILE"));
    const QCommandLineOption ctiListenOption(QStringLiteral("cti-listen"),
                                             QApplication::translate("main", "Take the telephone system's calls over TCP on HOST:PORT (JSON Lines: ringing, answered, location, ended; see the README)."),
                                             QApplication::translate("main", "HOST:PORT"));
    const QCommandLineOption watchListOption(QStringLiteral("cti-watch-list"),
                                             QApplication::translate("main", "Numbers the centre watches (\"number,note\" per line), said when they ring."),
                                             QApplication::translate("main", "FILE"));
    parser.addOptions({dbOption, langOption, deskOption, userOption, rulesOption, avlListenOption, avlReplayOption,
                       ctiListenOption, watchListOption});
    parser.process(app);

    // The store: --db, else the one the PC is set up for (store/location in the settings; an administrator puts it in
    // /etc/xdg/DispatchDesk/dispatcher.conf for every account of a desk PC), else the embedded demo store.
    const QSettings setUp;
    const QString store = parser.isSet(dbOption) ? parser.value(dbOption)
                                                 : setUp.value(QStringLiteral("store/location")).toString();
    auto opened = StoreLocator::open(store);
    if (!opened) {
        const QString message = opened.errorString();
        std::fprintf(stderr, "dispatcher: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the store"), message);
        return 1;
    }
    // The centre's key of the event log, where one is set up: a key named but unreadable stops the desk.
    if (const Status keyed = ChainKey::useFor(*opened->db); !keyed) {
        std::fprintf(stderr, "dispatcher: %s\n", qPrintable(keyed.errorString()));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot read the event log's key"),
                              keyed.errorString());
        return 1;
    }
    // A store other accounts of this PC can read is said at once (it is the administrator's to close).
    if (const QString exposed = opened->db->exposure(); !exposed.isEmpty()) {
        std::fprintf(stderr, "dispatcher: %s\n", qPrintable(exposed));
        QMessageBox::warning(nullptr, QApplication::translate("main", "The store is readable by others"), exposed);
    }
    QSettings settings;
    // The desk's name is kept: a PC of the centre is set up once with --desk and keeps its name afterwards.
    if (parser.isSet(deskOption))
        settings.setValue(QStringLiteral("desk/name"), parser.value(deskOption));
    const QString desk = settings.value(QStringLiteral("desk/name"), QSysInfo::machineHostName()).toString();

    // A desk that opens a training store joins the exercise: it runs on the exercise's simulated time, as the
    // trainer's console sets it in the store (read a few times a second), not on the wall clock.
    SystemClock wall;
    std::unique_ptr<ExerciseClock> exercise;
    QTimer pace;
    if (TrainingStore::isExercise(*opened->db)) {
        exercise = std::make_unique<ExerciseClock>(wall);
        if (const Status read = exercise->refresh(opened->db->connection()); !read)
            std::fprintf(stderr, "dispatcher: %s\n", qPrintable(read.errorString()));
        pace.setInterval(250);
        QObject::connect(&pace, &QTimer::timeout, &pace, [&] { (void)exercise->refresh(opened->db->connection()); });
        pace.start();
    }
    const Clock& clock = exercise ? static_cast<const Clock&>(*exercise) : wall;
    // Guards found missing or altered are made again by the facade (an event); the desk also says it, since someone
    // changed the store outside the workstation.
    QStringList guardsFound;
    try {
        for (const GuardFinding& f : StoreGuards::check(opened->db->connection()))
            guardsFound << f.toString();
    } catch (const DispatchError&) {
        // a store that cannot be read is said just below
    }
    // The desk reads its board first: a store it cannot read (a damaged page) is said, and the desk does not open.
    std::unique_ptr<DispatchService> facade;
    try {
        facade = std::make_unique<DispatchService>(*opened->db, clock, desk);
    } catch (const DispatchError& e) {
        const QString message = QApplication::translate("main", "The store could not be read: %1\n\nRun dispatchctl check "
                                                                "on it and call the administrator; nothing was changed.")
                                    .arg(e.error().toString());
        std::fprintf(stderr, "dispatcher: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the store"), message);
        return 1;
    }
    DispatchService& service = *facade;
    if (!guardsFound.isEmpty()) {
        const QString message =
            QApplication::translate("main", "The store's guards were changed outside the workstation and have been made "
                                            "again: %1. Tell the administrator; dispatchctl check lists it.")
                .arg(guardsFound.join(QStringLiteral("; ")));
        std::fprintf(stderr, "dispatcher: %s\n", qPrintable(message));
        QMessageBox::warning(nullptr, QApplication::translate("main", "The store was changed outside the workstation"),
                             message);
    }
    // Triage rules: --rules, else the centre's file from the settings, else the built-in rules. A file
    // with an error is refused with its place; the built-in rules stay in force.
    const QString rulesPath = parser.isSet(rulesOption)
                                  ? parser.value(rulesOption)
                                  : settings.value(QStringLiteral("triage/rulesPath")).toString();
    if (!rulesPath.isEmpty()) {
        const Status loaded = service.loadTriageRules(rulesPath);
        if (!loaded) {
            const QString message = loaded.errorString();
            std::fprintf(stderr, "dispatcher: %s\n", qPrintable(message));
            QMessageBox::warning(nullptr, QApplication::translate("main", "Triage rules refused"),
                                 QApplication::translate("main", "The triage rules file was refused; the built-in rules are in force.\n\n%1")
                                     .arg(message));
        }
    }
    // Live positions: a TCP listener for the life of the process and recorded replays, both through the
    // same NMEA decoder; a problem is said once and the desk opens without it.
    QStringList avlProblems;
    std::unique_ptr<AvlListener> listener;
    if (parser.isSet(avlListenOption)) {
        const auto address = AvlListener::parseAddress(parser.value(avlListenOption));
        listener = std::make_unique<AvlListener>(service);
        const Status listening = address ? listener->listen(address->first, address->second) : Status(address.error());
        if (listening) {
            std::fprintf(stderr, "dispatcher: %s\n",
                         qPrintable(QApplication::translate("main", "taking live positions on %1 port %2")
                                        .arg(listener->address().toString())
                                        .arg(listener->port())));
        } else {
            avlProblems << QStringLiteral("--avl-listen: ") + listening.errorString();
            listener.reset();
        }
    }
    struct Replay
    {
        qint64 unitId;
        AvlReplay replay;
    };
    std::vector<Replay> replays;
    // CALLSIGN=FILE → the file's track, moved to start where the unit is.
    const auto loadReplay = [&service](const QString& spec, qint64* unitId) -> Result<AvlReplay> {
        const qsizetype eq = spec.indexOf(u'=');
        if (eq <= 0 || eq == spec.size() - 1)
            return Error{QApplication::translate("main", "give CALLSIGN=FILE"), spec};
        const QString callsign = spec.left(eq).trimmed();
        const Unit* unit = service.board().unitByCallsign(callsign);
        if (!unit)
            return Error{QApplication::translate("main", "no unit with callsign \"%1\"").arg(callsign), spec};
        if (!unit->position)
            return Error{QApplication::translate("main", "%1 has no position to start the replay at").arg(callsign), spec};
        *unitId = unit->id;
        return AvlReplay::load(spec.mid(eq + 1), unit->position);
    };
    for (const QString& spec : parser.values(avlReplayOption)) {
        qint64 unitId = 0;
        Result<AvlReplay> loaded = loadReplay(spec, &unitId);
        if (loaded)
            replays.push_back({unitId, std::move(loaded).value()});
        else
            avlProblems << QStringLiteral("--avl-replay: ") + loaded.errorString();
    }
    if (!avlProblems.isEmpty()) {
        for (const QString& problem : avlProblems)
            std::fprintf(stderr, "dispatcher: %s\n", qPrintable(problem));
        QMessageBox::warning(nullptr, QApplication::translate("main", "Live positions"),
                             QApplication::translate("main", "The desk opens without these live positions:\n\n%1")
                                 .arg(avlProblems.join(u'\n')));
    }

    // The telephone system: a listener for the life of the process, its calls as this desk sees them; a problem is
    // said once and the desk opens without it (calls are then typed as before).
    RingingCalls phoneCalls(desk);
    std::unique_ptr<CtiListener> phoneFeed;
    WatchList watchList;
    QStringList phoneProblems;
    if (parser.isSet(watchListOption)) {
        Result<WatchList> read = WatchList::fromFile(parser.value(watchListOption));
        if (read)
            watchList = std::move(read).value();
        else
            phoneProblems << QStringLiteral("--cti-watch-list: ") + read.errorString();
    }
    if (parser.isSet(watchListOption) && !parser.isSet(ctiListenOption))
        phoneProblems << QStringLiteral("--cti-watch-list: ")
                             + QApplication::translate("main", "the watch list is said when a number rings: it needs --cti-listen");
    if (parser.isSet(ctiListenOption)) {
        const auto address = AvlListener::parseAddress(parser.value(ctiListenOption));
        phoneFeed = std::make_unique<CtiListener>(phoneCalls, clock);
        const Status listening = address ? phoneFeed->listen(address->first, address->second) : Status(address.error());
        if (listening)
            std::fprintf(stderr, "dispatcher: %s\n",
                         qPrintable(QApplication::translate("main", "taking the telephone system's calls on port %1").arg(phoneFeed->port())));
        else {
            phoneProblems << QStringLiteral("--cti-listen: ") + listening.errorString();
            phoneFeed.reset();
        }
    }
    if (!phoneProblems.isEmpty()) {
        for (const QString& problem : phoneProblems)
            std::fprintf(stderr, "dispatcher: %s\n", qPrintable(problem));
        QMessageBox::warning(nullptr, QApplication::translate("main", "Telephone"),
                             QApplication::translate("main", "The desk opens without these parts of the telephone feed:\n\n%1")
                                 .arg(phoneProblems.join(u'\n')));
    }

    ui::DeskController desk_(service);
    if (phoneFeed)
        desk_.setTelephone({&phoneCalls, phoneFeed.get(), watchList});
    // Replays follow the window's tick: each starts at the first tick after sign-in and stores the last
    // fix that fell due (with the desk's time, like a live fix).
    QObject::connect(&desk_, &ui::DeskController::ticked, &desk_, [&] {
        const qint64 now = clock.nowMs();
        for (Replay& r : replays) {
            if (!r.replay.started())
                r.replay.start(now);
            if (const auto due = r.replay.advance(now); !due.isEmpty())
                if (const Status s = service.reportPosition(r.unitId, due.last().position); !s)
                    std::fprintf(stderr, "dispatcher: %s\n", qPrintable(s.errorString()));
        }
    });
    // The demo district moves by itself, as if an AVL feed reported its units: one step every few seconds.
    qint64 lastDemoStep = 0;
    if (service.board().centre().demo && !service.board().centre().training && replays.empty() && !listener)
        QObject::connect(&desk_, &ui::DeskController::ticked, &desk_, [&] {
            const qint64 step = clock.nowMs() / DemoMotion::kStepMs;
            if (step == lastDemoStep)
                return;
            lastDemoStep = step;
            if (const Status s = service.moveDemoUnits(); !s)
                std::fprintf(stderr, "dispatcher: %s\n", qPrintable(s.errorString()));
        });
    if (!desk_.signIn(parser.value(userOption)))
        return 0;
    const int rc = QApplication::exec();
    service.logout();
    return rc;
}
