// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl: the headless tool. Links dispatch_core only, which proves the core needs no widgets.
#include "CtlContext.h"

#include "util/Result.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>

#include <functional>
#include <memory>

using namespace dispatch::ctl;

namespace {

struct Command
{
    const char* name;
    const char* summary;
    std::function<int(CtlContext&, const QStringList&)> run;
};

const QList<Command>& commands()
{
    static const QList<Command> all{
        {"init", QT_TRANSLATE_NOOP("dispatchctl", "Create or upgrade a store; --demo seeds the demo district"),
         runInit},
        {"check", QT_TRANSLATE_NOOP("dispatchctl", "Verify the store: SQLite integrity, the event chain, the accepted handovers"), runCheck},
        {"anchor", QT_TRANSLATE_NOOP("dispatchctl", "Print the event chain's head to keep outside the store (check --anchors proves it)"),
         runAnchor},
        {"key", QT_TRANSLATE_NOOP("dispatchctl", "Make the centre's key for the event log (key init)"), runKey},
        {"incidents", QT_TRANSLATE_NOOP("dispatchctl", "List incidents"), runIncidents},
        {"users", QT_TRANSLATE_NOOP("dispatchctl", "List, add users and set passwords"), runUsers},
        {"triage", QT_TRANSLATE_NOOP("dispatchctl", "Triage calls given as JSON Lines (category, priority, diversion)"),
         runTriage},
        {"units", QT_TRANSLATE_NOOP("dispatchctl", "List units with status, position and staleness"), runUnits},
        {"recommend", QT_TRANSLATE_NOOP("dispatchctl", "Rank the units for an incident at a point"), runRecommend},
        {"avl", QT_TRANSLATE_NOOP("dispatchctl", "Feed recorded NMEA positions to a unit (avl replay)"), runAvl},
        {"cti", QT_TRANSLATE_NOOP("dispatchctl", "Write a recorded day of the telephone switch's calls into the store (cti replay)"),
         runCti},
        {"map", QT_TRANSLATE_NOOP("dispatchctl", "The centre's map: load an OpenStreetMap file (map import) or an address list (map addresses), or show what is loaded"),
         runMap},
        {"route", QT_TRANSLATE_NOOP("dispatchctl", "The fastest route by the roads of the centre's map between two points"),
         runRoute},
        {"geocode", QT_TRANSLATE_NOOP("dispatchctl", "The places of the gazetteer for an address or a name, best first"),
         runGeocode},
        {"siting", QT_TRANSLATE_NOOP("dispatchctl", "Where to put staging points: the sites reaching most incidents by road in time"),
         runSiting},
        {"calibrate", QT_TRANSLATE_NOOP("dispatchctl", "Fit the vehicles' road speeds to the units' journeys in imported history"),
         runCalibrate},
        {"zones", QT_TRANSLATE_NOOP("dispatchctl", "List zones or import them from a GeoJSON file"), runZones},
        {"import", QT_TRANSLATE_NOOP("dispatchctl", "Import CAD history from a CSV export through a profile, or take in "
                                                    "incidents handed over as EIDO (--eido)"),
         runImport},
        {"export", QT_TRANSLATE_NOOP("dispatchctl", "Write incidents as NENA EIDO JSON to hand them to another centre"),
         runExport},
        {"stats", QT_TRANSLATE_NOOP("dispatchctl", "Statistics of a period (counts, response intervals, compliance)"), runStats},
        {"generate", QT_TRANSLATE_NOOP("dispatchctl", "Write a synthetic history for benchmarks and demos"), runGenerate},
        {"warnings", QT_TRANSLATE_NOOP("dispatchctl", "Four-colour zone warnings (text, JSON, CAP 1.2)"), runWarnings},
        {"owed", QT_TRANSLATE_NOOP("dispatchctl", "Everything still owed after the call, with owner and deadline"), runOwed},
        {"ledger", QT_TRANSLATE_NOOP("dispatchctl", "The repeat-incident ledger's weekly bulletin"), runLedger},
        {"handover", QT_TRANSLATE_NOOP("dispatchctl", "The handover report of a shift (JSON, PDF)"), runHandover},
        {"simulate", QT_TRANSLATE_NOOP("dispatchctl", "Run a training scenario headless from its seed"), runSimulate},
        {"call", QT_TRANSLATE_NOOP("dispatchctl", "Take a call (JSON): the incident's number, or the open incidents it may duplicate"),
         runCall},
        {"dispatch", QT_TRANSLATE_NOOP("dispatchctl", "Send units to an open incident, under the desk's rules"), runDispatch},
        {"step", QT_TRANSLATE_NOOP("dispatchctl", "A unit's step: signed_for, en_route, on_scene or clear"), runStep},
        {"desks", QT_TRANSLATE_NOOP("dispatchctl", "Every desk of the store: who is signed in where, last seen"), runDesks},
        {"scenario", QT_TRANSLATE_NOOP("dispatchctl", "Check a training scenario, or write one from history"), runScenario},
        {"exercises", QT_TRANSLATE_NOOP("dispatchctl", "The exercises held in a training database on the server; drop one"),
         runExercises},
    };
    return all;
}

void printHelp(CtlContext& ctx)
{
    ctx.out() << QCoreApplication::translate("dispatchctl", "Usage: dispatchctl COMMAND [OPTIONS]") << "\n\n"
              << QCoreApplication::translate("dispatchctl", "The headless tool of the dispatcher workstation.") << "\n\n"
              << QCoreApplication::translate("dispatchctl", "Commands:") << "\n";
    for (const Command& c : commands())
        ctx.out() << "  " << QString::fromLatin1(c.name).leftJustified(12)
                  << QCoreApplication::translate("dispatchctl", c.summary) << "\n";
    ctx.out() << "\n"
              << QCoreApplication::translate("dispatchctl", "Options:") << "\n"
              << "  --help      " << QCoreApplication::translate("dispatchctl", "Show this help") << "\n"
              << "  --version   " << QCoreApplication::translate("dispatchctl", "Show the version") << "\n"
              << "  --lang L    " << QCoreApplication::translate("dispatchctl", "Language of the output: en (default) or zh_CN") << "\n\n"
              << QCoreApplication::translate("dispatchctl", "'dispatchctl COMMAND --help' describes one command.")
              << "\n";
    ctx.out().flush();
}

} // namespace

int main(int argc, char* argv[])
{
    // Writing a PDF lays out text with Qt Gui's fonts: then (and only then) a GUI application is made, on the
    // offscreen platform unless another is asked for, so that no display is needed.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || QByteArray(argv[i]) == "--pdf" || QByteArray(argv[i]).startsWith("--pdf=");
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        pdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dispatchctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("DispatchDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DISPATCH_VERSION));

    // dispatchctl speaks English unless asked otherwise (its output is read by scripts): --lang zh_CN.
    QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--lang")); at > 0) {
        const QString lang = args.value(at + 1);
        if (dispatch::Translations::install(lang).isEmpty()) {
            std::fprintf(stderr, "dispatchctl: unknown language \"%s\" (zh_CN or en)\n", qPrintable(lang));
            return Usage;
        }
        args.remove(at, qMin<qsizetype>(2, args.size() - at));
    }
    CtlContext ctx;
    if (args.size() < 2 || args.at(1) == QStringLiteral("--help") || args.at(1) == QStringLiteral("-h")
        || args.at(1) == QStringLiteral("help")) {
        printHelp(ctx);
        return args.size() < 2 ? Usage : Ok;
    }
    if (args.at(1) == QStringLiteral("--version") || args.at(1) == QStringLiteral("-v")) {
        ctx.out() << "dispatchctl " << QCoreApplication::applicationVersion() << "\n";
        return Ok;
    }
    const QString name = args.at(1);
    for (const Command& c : commands()) {
        if (name == QLatin1String(c.name)) {
            args.removeAt(1);
            args[0] = QStringLiteral("dispatchctl ") + name;
            // Whatever a damaged store or a failing disk throws is said, with exit status 1: never an abort.
            try {
                return c.run(ctx, args);
            } catch (const dispatch::DispatchError& e) {
                return ctx.fail(e.error().toString());
            } catch (const std::exception& e) {
                return ctx.fail(QString::fromLocal8Bit(e.what()));
            }
        }
    }
    return ctx.usage(QCoreApplication::translate("dispatchctl", "unknown command \"%1\"").arg(name));
}
