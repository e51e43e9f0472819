// SPDX-License-Identifier: GPL-3.0-or-later
// dispatcher: the workstation. Parses arguments, opens the store, builds the facade, installs the
// translators and runs the desk session. Nothing else lives here.
#include "avl/AvlListener.h"
#include "avl/AvlReplay.h"
#include "service/DispatchService.h"
#include "shell/DeskController.h"
#include "store/StoreLocator.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QSysInfo>

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
                                      QApplication::translate("main", "Work on this store file (default: the embedded demo store)."),
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
    parser.addOptions({dbOption, langOption, deskOption, userOption, rulesOption, avlListenOption, avlReplayOption});
    parser.process(app);

    auto opened = StoreLocator::open(parser.value(dbOption));
    if (!opened) {
        const QString message = opened.errorString();
        std::fprintf(stderr, "dispatcher: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the store"), message);
        return 1;
    }
    QSettings settings;
    const QString desk = parser.isSet(deskOption)
                             ? parser.value(deskOption)
                             : settings.value(QStringLiteral("desk/name"), QSysInfo::machineHostName()).toString();

    SystemClock clock;
    DispatchService service(*opened->db, clock, desk);
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
    // Live positions: a TCP listener and recorded replays, both through the same NMEA decoder.
    std::unique_ptr<AvlListener> listener;
    if (parser.isSet(avlListenOption)) {
        auto address = AvlListener::parseAddress(parser.value(avlListenOption));
        Status listening = address ? Status(Done{}) : Status(address.error());
        if (address) {
            listener = std::make_unique<AvlListener>(service);
            listening = listener->listen(address->first, address->second);
        }
        if (!listening) {
            std::fprintf(stderr, "dispatcher: %s\n", qPrintable(listening.errorString()));
            QMessageBox::warning(nullptr, QApplication::translate("main", "No live positions"), listening.errorString());
            listener.reset();
        }
    }
    struct Replay
    {
        qint64 unitId;
        AvlReplay replay;
    };
    std::vector<Replay> replays;
    for (const QString& spec : parser.values(avlReplayOption)) {
        const QString callsign = spec.section(u'=', 0, 0);
        const Unit* unit = service.board().unitByCallsign(callsign);
        Result<AvlReplay> loaded = !unit ? Result<AvlReplay>(Error{QApplication::translate("main", "no unit with callsign \"%1\"").arg(callsign), spec})
                                         : AvlReplay::load(spec.section(u'=', 1), unit->position);
        if (!loaded) {
            std::fprintf(stderr, "dispatcher: %s\n", qPrintable(loaded.errorString()));
            continue;
        }
        replays.push_back({unit->id, std::move(loaded).value()});
        replays.back().replay.start(clock.nowMs());
    }

    ui::DeskController desk_(service);
    QObject::connect(&desk_, &ui::DeskController::ticked, &desk_, [&] {
        for (Replay& r : replays)
            if (const auto due = r.replay.advance(clock.nowMs()); !due.isEmpty())
                service.reportPosition(r.unitId, due.last().position);
    });
    if (!desk_.signIn(parser.value(userOption)))
        return 0;
    const int rc = QApplication::exec();
    service.logout();
    return rc;
}
