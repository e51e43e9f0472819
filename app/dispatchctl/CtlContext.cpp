// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlContext.h"

#include "store/ChainKey.h"
#include "store/ServerConnection.h"
#include "util/TimeFormat.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSysInfo>

#include <cstdio>

namespace dispatch::ctl {

CtlContext::CtlContext() : m_out(stdout), m_err(stderr), m_in(stdin)
{
}

bool CtlContext::parse(QCommandLineParser& parser, const QStringList& args, const QString& command)
{
    parser.setApplicationDescription(command);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText().replace(QCoreApplication::arguments().constFirst(), args.constFirst());
        m_out.flush();
        return false;
    }
    return true;
}

void CtlContext::addDbOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"), tr("The store: a file, or a centre's server as postgresql://user@host/database."), tr("PATH")});
}

void CtlContext::addJsonOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
}

Database* CtlContext::openStore(const QCommandLineParser& parser, Database::Mode mode)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        usage(tr("--db PATH is required"));
        return nullptr;
    }
    auto db = Database::open(path, mode);
    if (!db) {
        fail(db.errorString());
        return nullptr;
    }
    m_db = std::move(db).value();
    // The centre's key of the event log, where one is set up (DISPATCH_CHAIN_KEY, or STORE.key beside the store).
    if (const Status keyed = ChainKey::useFor(*m_db); !keyed) {
        fail(keyed.errorString());
        return nullptr;
    }
    return m_db.get();
}

Database* CtlContext::openStoreToRead(const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    const QFileInfo file(path);
    const bool onServer = path.startsWith(QLatin1String("postgres"));
    const bool writable = onServer || !file.exists()
                          || (file.isWritable() && QFileInfo(file.absolutePath()).isWritable());
    return openStore(parser, writable ? Database::Mode::OpenExisting : Database::Mode::Inspect);
}

void CtlContext::addActorOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("user"),
                      tr("Act as this user (the password is read from the DISPATCH_PASSWORD environment variable)."),
                      tr("NAME")});
    parser.addOption({QStringLiteral("tool"), tr("Act as this tool, named on every event (default: dispatchctl)."),
                      tr("NAME")});
    parser.addOption({QStringLiteral("desk"), tr("The desk named on every event (default: dispatchctl@HOST)."),
                      tr("NAME")});
}

void CtlContext::addAdminOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("admin"),
                      tr("The administrator who signs in for this change; the password is the first line of standard "
                         "input."),
                      tr("NAME")});
}

QString CtlContext::readStdinLine()
{
    return m_in.readLine().trimmed();
}

bool CtlContext::signInAdministrator(const QCommandLineParser& parser, bool orShiftLeader)
{
    Q_ASSERT(m_db);
    DispatchService& svc = service();
    const QString admin = parser.value(QStringLiteral("admin")).trimmed();
    if (admin.isEmpty()) {
        if (m_db->isServer()) {
            // The server has authenticated the connection: its role may be the centre's administrator.
            if (const QString role = ServerConnection::administratorRole(m_db->connection()); !role.isEmpty()) {
                svc.actAsSystem(QStringLiteral("server role %1").arg(role)); // the log names it alike in every language
                return true;
            }
        }
        const QList<User>& users = svc.board().users();
        const bool anyAdmin = std::any_of(users.begin(), users.end(),
                                          [](const User& u) { return u.active && u.role == Role::Administrator; });
        if (!anyAdmin)
            return true;
        usage(orShiftLeader ? tr("this changes the store: --admin NAME (an administrator or a shift leader) is "
                                 "required, with the password on the first line of standard input")
                            : tr("this changes the store: --admin NAME (an administrator) is required, with the "
                                 "password on the first line of standard input"));
        return false;
    }
    const QString password = readStdinLine();
    if (password.isEmpty()) {
        usage(tr("--admin needs the password on the first line of standard input"));
        return false;
    }
    const Result<User> user = svc.login(admin, password);
    if (!user) {
        fail(user.errorString());
        return false;
    }
    if (user->role != Role::Administrator && !(orShiftLeader && user->role == Role::ShiftLeader)) {
        fail(orShiftLeader ? tr("%1 is not an administrator or a shift leader").arg(admin)
                           : tr("%1 is not an administrator").arg(admin));
        return false;
    }
    return true;
}

DispatchService& CtlContext::service()
{
    if (!m_service) {
        m_service = std::make_unique<DispatchService>(
            *m_db, m_clock, m_desk.isEmpty() ? QStringLiteral("dispatchctl@") + QSysInfo::machineHostName() : m_desk);
        m_service->actAsSystem(QStringLiteral("dispatchctl"));
    }
    return *m_service;
}

bool CtlContext::actAs(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("user")) && parser.isSet(QStringLiteral("tool"))) {
        usage(tr("--user and --tool exclude each other"));
        return false;
    }
    Q_ASSERT(!m_service); // the desk's name is given to the facade when it is made
    m_desk = parser.value(QStringLiteral("desk")).trimmed();
    DispatchService& svc = service();
    if (parser.isSet(QStringLiteral("user"))) {
        const QString password = qEnvironmentVariable("DISPATCH_PASSWORD");
        if (password.isEmpty()) {
            usage(tr("--user needs the password in the DISPATCH_PASSWORD environment variable"));
            return false;
        }
        if (const Result<User> user = svc.login(parser.value(QStringLiteral("user")), password); !user) {
            fail(user.errorString());
            return false;
        }
    } else if (parser.isSet(QStringLiteral("tool"))) {
        const QString tool = parser.value(QStringLiteral("tool")).trimmed();
        if (tool.isEmpty()) {
            usage(tr("--tool needs a name"));
            return false;
        }
        svc.actAsSystem(tool);
    }
    return true;
}

int CtlContext::fail(const QString& message)
{
    m_err << "dispatchctl: " << message << Qt::endl;
    m_exitCode = Failed;
    return Failed;
}

int CtlContext::usage(const QString& message)
{
    m_err << "dispatchctl: " << message << Qt::endl << tr("Try 'dispatchctl --help'.") << Qt::endl;
    m_exitCode = Usage;
    return Usage;
}

void CtlContext::printJson(const QJsonDocument& doc)
{
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

QString CtlContext::localTime(qint64 ms) const
{
    return timefmt::local(ms, m_service ? m_service->board().timeZone() : QTimeZone::systemTimeZone());
}

bool CtlContext::readPeriod(const QCommandLineParser& p, qint64& fromMs, qint64& toMs)
{
    for (const char* bound : {"to", "from"}) {
        const QString name = QString::fromLatin1(bound);
        if (!p.isSet(name))
            continue;
        const auto when = parseWhen(p.value(name), service().board().timeZone());
        if (!when) {
            usage(tr("--%1: \"%2\" is not an ISO date or date-time").arg(name, p.value(name)));
            return false;
        }
        (name == QLatin1String("from") ? fromMs : toMs) = *when;
    }
    return true;
}

std::optional<qint64> CtlContext::parseWhen(const QString& text, const QTimeZone& zone)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        dt = QDateTime(d, QTime(0, 0));
    }
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), zone);
    return dt.toMSecsSinceEpoch();
}

} // namespace dispatch::ctl
