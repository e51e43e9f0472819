// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <memory>

namespace dispatch::ctl {

/// Exit codes of dispatchctl.
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

/// Shared plumbing of the subcommands: output streams, argument parsing, opening the store.
class CtlContext
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ctl::CtlContext)

public:
    CtlContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// Parses the subcommand's arguments; prints the problem and returns false on error.
    bool parse(QCommandLineParser& parser, const QStringList& args, const QString& command);
    /// Adds --db and --json to a parser.
    static void addDbOption(QCommandLineParser& parser);
    static void addJsonOption(QCommandLineParser& parser);
    /// Adds --user, --tool and --desk: who acts (a user, whose password is read from DISPATCH_PASSWORD, or a tool
    /// by name) and at which desk, as every event of the command records.
    static void addActorOptions(QCommandLineParser& parser);

    /// Opens the store named by --db (errors are printed). Mode as for Database::open.
    Database* openStore(const QCommandLineParser& parser, Database::Mode mode);
    /// For a command that only reads (incidents, stats, owed, ledger, warnings, handover): a store file this account
    /// may not write, or whose folder it may not write (an auditor, a read-only copy), is opened read-only as `check`
    /// opens it; any other store as every desk opens it.
    Database* openStoreToRead(const QCommandLineParser& parser);
    /// A facade acting as "dispatchctl" on the opened store (or as set by actAs).
    DispatchService& service();
    /// Acts as the options of addActorOptions say: signs the user in, or names the tool; errors are printed. Call it
    /// before service(), which it makes with the desk's name.
    bool actAs(const QCommandLineParser& parser);

    /// Adds --admin: the administrator who signs in for a command that changes users, rules or policies or deletes
    /// anything (the password is the first line of standard input).
    static void addAdminOption(QCommandLineParser& parser);
    /// Signs in the administrator such a command needs, after openStore(); errors are printed and false returned.
    /// Accepted: --admin NAME with the password on standard input (a shift leader too where `orShiftLeader`); on a
    /// centre's server, a connection whose server role is a member of dispatch_admin (or a superuser); and a store
    /// without any active administrator yet (its first one is being added). The command's events name who it was.
    bool signInAdministrator(const QCommandLineParser& parser, bool orShiftLeader = false);
    /// The next line of standard input, trimmed (one reader for the whole command: lines are never lost between
    /// two readers' buffers).
    QString readStdinLine();

    /// The exit code of the last problem reported (fail → 1, usage → 2).
    int exitCode() const { return m_exitCode; }
    int fail(const QString& message);
    int usage(const QString& message);
    void printJson(const QJsonDocument& doc);

    QString localTime(qint64 ms) const;
    /// "2020-04-07" (start of that day) or "2020-04-07T08:00" (local to the centre) or with an offset or Z.
    static std::optional<qint64> parseWhen(const QString& text, const QTimeZone& zone);
    /// --from and --to, when given, read into `fromMs` and `toMs` (left as they are otherwise) in the open store's
    /// time zone; false after a usage message naming the option that is not a date.
    bool readPeriod(const QCommandLineParser& p, qint64& fromMs, qint64& toMs);

private:
    QTextStream m_out;
    QTextStream m_err;
    QTextStream m_in;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    int m_exitCode = 0;
    std::unique_ptr<DispatchService> m_service;
    QString m_desk;
};

int runInit(CtlContext& ctx, const QStringList& args);
int runCheck(CtlContext& ctx, const QStringList& args);
int runAnchor(CtlContext& ctx, const QStringList& args);
int runKey(CtlContext& ctx, const QStringList& args);
int runExercises(CtlContext& ctx, const QStringList& args);
int runIncidents(CtlContext& ctx, const QStringList& args);
int runUsers(CtlContext& ctx, const QStringList& args);
int runTriage(CtlContext& ctx, const QStringList& args);
int runUnits(CtlContext& ctx, const QStringList& args);
int runRecommend(CtlContext& ctx, const QStringList& args);
int runAvl(CtlContext& ctx, const QStringList& args);
int runCti(CtlContext& ctx, const QStringList& args);
int runMap(CtlContext& ctx, const QStringList& args);
int runRoute(CtlContext& ctx, const QStringList& args);
int runGeocode(CtlContext& ctx, const QStringList& args);
int runSiting(CtlContext& ctx, const QStringList& args);
int runCalibrate(CtlContext& ctx, const QStringList& args);
/// Point features of a GeoJSON file as sites: the code from "code", "facility_id" or "id", the name from "name" or
/// "common_name" (dispatchctl siting --sites, dispatchctl calibrate --stations).
Result<QList<SitingSite>> sitesFrom(const QString& path);
int runZones(CtlContext& ctx, const QStringList& args);
int runImport(CtlContext& ctx, const QStringList& args);
int runImportEido(CtlContext& ctx, const QStringList& args);
int runExport(CtlContext& ctx, const QStringList& args);
int runStats(CtlContext& ctx, const QStringList& args);
int runGenerate(CtlContext& ctx, const QStringList& args);
int runWarnings(CtlContext& ctx, const QStringList& args);
int runOwed(CtlContext& ctx, const QStringList& args);
int runLedger(CtlContext& ctx, const QStringList& args);
int runHandover(CtlContext& ctx, const QStringList& args);
int runSimulate(CtlContext& ctx, const QStringList& args);
int runScenario(CtlContext& ctx, const QStringList& args);
int runCall(CtlContext& ctx, const QStringList& args);
int runDispatch(CtlContext& ctx, const QStringList& args);
int runStep(CtlContext& ctx, const QStringList& args);
int runDesks(CtlContext& ctx, const QStringList& args);

} // namespace dispatch::ctl
