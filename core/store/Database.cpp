// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "store/ChainKey.h"
#include "store/MetaRepository.h"
#include "store/Schema.h"
#include "store/ServerPipeline.h"
#include "store/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace dispatch {

namespace {

std::atomic<int> s_connectionCounter{0};

Status checkHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Database::tr("cannot read the file: %1").arg(f.errorString()), path};
    static const QByteArray magic("SQLite format 3\0", 16);
    if (f.read(16) != magic)
        return Error{Database::tr("this is not a SQLite database (wrong file header); the file was left untouched"),
                     path};
    return Done{};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_db.isValid()) {
        ChainKey::bind(m_db, std::nullopt);
        sql::forgetStatements(m_db);
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    if (isServerAddress(path))
        return openServer(path, mode);
    const QFileInfo fi(path);
    if (fi.exists() && fi.isDir())
        return Error{tr("this is a directory, not a store file"), path};
    const bool hasContent = fi.exists() && fi.size() > 0;
    if (hasContent) {
        if (Status s = checkHeader(path); !s)
            return s.error();
    } else if (mode != Mode::CreateOrMigrate) {
        return Error{tr("no store here (the file is missing or empty)"), path};
    } else {
        // Callers' names and phones and the password hashes are in it: a new store, and a folder made for it, are
        // readable by their owner only (SQLite gives its journal files the store's permissions).
        const bool newFolder = !QFileInfo::exists(fi.absolutePath());
        if (!QDir().mkpath(fi.absolutePath()))
            return Error{tr("cannot create the folder for the store"), fi.absolutePath()};
        if (newFolder)
            QFile::setPermissions(fi.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append)
            || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            return Error{tr("cannot create the store file: %1").arg(file.errorString()), path};
    }

    std::unique_ptr<Database> db(
        new Database(path, QStringLiteral("dispatch-store-%1").arg(++s_connectionCounter)));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_db.isValid())
        return Error{tr("Qt's SQLite driver (QSQLITE) is not installed (Debian package libqt6sql6-sqlite)"), path};
    db->m_db.setDatabaseName(path);
    // Inspecting never writes: the file is opened read-only, so an auditor without write access can check it.
    db->m_db.setConnectOptions(mode == Mode::Inspect ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                                     : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return Error{tr("cannot open the store: %1").arg(db->m_db.lastError().text()), path};
    if (Status s = db->configure(mode); !s) {
        const bool writable = fi.isWritable() && QFileInfo(fi.absolutePath()).isWritable();
        if (mode != Mode::Inspect || writable || !hasContent)
            return s.error();
        // A WAL store read without write access needs its shared-memory file, which only a writer can make. When no
        // write-ahead log is pending (every desk has closed the store: the log was folded into the file and
        // removed), the file alone is the whole store, and SQLite may read it as immutable.
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (wal.exists() && wal.size() > 0)
            return Error{tr("the store is being written (its write-ahead log is not empty) and this account may not "
                            "write to its folder, so it cannot be read consistently now: check it when the desks have "
                            "closed it, or with write access to the folder (%1)")
                             .arg(s.error().message),
                         path};
        db->m_db.close();
        db->m_db.setDatabaseName(QUrl::fromLocalFile(fi.absoluteFilePath()).toString(QUrl::FullyEncoded)
                                 + QStringLiteral("?immutable=1"));
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db->m_db.open())
            return Error{tr("cannot open the store: %1").arg(db->m_db.lastError().text()), path};
        if (Status again = db->configure(mode); !again)
            return again.error();
    }
    return db;
}

QString Database::exposure() const
{
    if (m_server)
        return {};
    const QFileInfo file(m_path);
    const QFileInfo folder(file.absolutePath());
    const auto others = QFile::ReadGroup | QFile::ReadOther;
    if (file.permissions() & others)
        return tr("the store can be read by other accounts on this computer (callers' names and phones, password "
                  "hashes): chmod 600 %1")
            .arg(m_path);
    if (folder.permissions() & (QFile::ExeGroup | QFile::ExeOther) && folder.permissions() & others)
        return tr("the store's folder is open to other accounts on this computer: chmod 700 %1").arg(folder.filePath());
    return {};
}

Status Database::configure(Mode mode)
{
    try {
        sql::run(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
        const int tables = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
        const int appId = sql::scalar(m_db, QStringLiteral("PRAGMA application_id")).toInt();
        m_schemaVersion = sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();

        if (tables == 0) {
            if (mode != Mode::CreateOrMigrate)
                return Error{tr("this SQLite file holds no store"), m_path};
            m_created = true;
            m_schemaVersion = 0;
        } else if (appId != kApplicationId) {
            return Error{tr("this SQLite database is not a dispatcher store; the file was left untouched"), m_path};
        }
        if (m_schemaVersion > kSchemaVersion)
            return Error{tr("the store was written by a newer version of the workstation (schema %1; this build "
                            "reads up to %2). Use a newer build; the file was not changed.")
                             .arg(m_schemaVersion)
                             .arg(kSchemaVersion),
                         m_path};

        // An existing store is copied as it is before anything in it changes (the journal mode included): a copy that
        // cannot be made refuses the upgrade.
        if (mode != Mode::Inspect && !m_created && m_schemaVersion < kSchemaVersion)
            if (Status s = keepCopyBeforeMigrating(); !s)
                return s;

        if (mode != Mode::Inspect) {
            const QString journal =
                sql::scalar(m_db, QStringLiteral("PRAGMA journal_mode = WAL")).toString().toLower();
            if (journal != QStringLiteral("wal") && journal != QStringLiteral("memory"))
                return Error{tr("cannot switch the store to WAL journaling (got \"%1\")").arg(journal), m_path};
        }
        // FULL: each commit is on disk before we report it (see the class comment).
        sql::run(m_db, QStringLiteral("PRAGMA synchronous = FULL"));

        if (mode != Mode::Inspect && m_schemaVersion < kSchemaVersion)
            return migrate(m_schemaVersion);
        return Done{};
    } catch (const DispatchError& e) {
        return Error{tr("cannot read the store: %1").arg(e.error().message), m_path};
    }
}

Status Database::keepCopyBeforeMigrating()
{
    const QString base = m_path + QStringLiteral(".pre-v%1").arg(kSchemaVersion);
    QString copy = base;
    for (int n = 2; QFileInfo::exists(copy) || QFileInfo(copy).isSymLink(); ++n) // an earlier copy is kept as it is
        copy = base + QStringLiteral(".%1").arg(n);
    // VACUUM INTO writes a consistent copy through this connection (what is still in the WAL included); the store
    // itself is only read.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(copy);
    if (!q.exec()) {
        const QString why = q.lastError().databaseText();
        QFile::remove(copy); // what was written of it, if anything
        return Error{tr("cannot write a copy of the store %1 before upgrading it from schema %2 to %3: %4. The store "
                        "was not upgraded and not changed.")
                         .arg(m_path, QString::number(m_schemaVersion), QString::number(kSchemaVersion), why),
                     copy};
    }
    m_preMigrationCopy = copy;
    return Done{};
}

Status Database::migrate(int from)
{
    for (const Schema::Step& step : Schema::steps()) {
        if (step.toVersion <= from)
            continue;
        try {
            Transaction tx(*this);
            step.apply(m_db);
            if (step.toVersion == 1)
                sql::run(m_db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
            sql::run(m_db, QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion));
            tx.commit();
        } catch (const DispatchError& e) {
            const QString failed =
                tr("upgrading the store to schema %1 (%2) failed: %3. The store was left at schema %4.")
                    .arg(step.toVersion)
                    .arg(QString::fromUtf8(step.description), e.error().message)
                    .arg(m_schemaVersion);
            if (m_preMigrationCopy.isEmpty())
                return Error{failed, m_path};
            return Error{failed + u' ' + tr("The store as it was before the upgrade is in %1.").arg(m_preMigrationCopy),
                         m_path};
        }
        m_schemaVersion = step.toVersion;
    }
    if (!m_created)
        m_migratedFrom = from;
    return Done{};
}

qint64 Database::dataVersion() const
{
    if (m_server)
        return serverDataVersion();
    return sql::scalar(m_db, QStringLiteral("PRAGMA data_version")).toLongLong();
}

sqlite3* Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.constData());
    return nullptr;
}

void Database::useScratchDurability()
{
    if (m_server) {
        sql::run(m_db, QStringLiteral("SET synchronous_commit = off"));
        return;
    }
    sql::run(m_db, QStringLiteral("PRAGMA synchronous = OFF"));
}

QString Database::meta(const QString& key, const QString& fallback) const
{
    return MetaRepository::value(m_db, key, fallback);
}

void Database::setMeta(const QString& key, const QString& value)
{
    MetaRepository::set(m_db, key, value);
}

void Database::beginBatch()
{
    if (m_inBatch || m_inTransaction)
        throw DispatchError(QStringLiteral("internal error: a batch inside a transaction"));
    if (!m_server)
        sql::run(m_db, QStringLiteral("PRAGMA temp_store = MEMORY")); // the savepoints' journal
    beginWriting(false);
    m_headAtBegin.reset(); // each step of the batch reads the log's last link for itself
    m_inBatch = true;
}

void Database::commitBatch()
{
    if (!m_inBatch)
        return;
    commitWriting();
    m_inBatch = false;
}

qint64 Database::commitWriting(const QList<sql::PipelineStep>& readsAfter)
{
    if (!m_server) {
        // A connection's own commits leave its data version as it is, and nobody else commits while this one writes.
        const qint64 version = dataVersion();
        sql::run(m_db, QStringLiteral("COMMIT"));
        return version;
    }
    // What the transaction held back, the data version, the notification for the other desks (delivered when the
    // commit is through) and the commit, in one round trip; each statement's outcome is read, the commit's included.
    static const QString versionAndNotice =
        QStringLiteral("SELECT ") + QLatin1String(kServerDataVersion) + QStringLiteral(", pg_notify(?, ?)");
    QList<sql::PipelineStep> steps{
        {versionAndNotice, {QString::fromLatin1(kChangeChannel), QString::number(m_backendPid)}},
        {QStringLiteral("COMMIT"), {}}};
    const qsizetype committed = steps.size();
    for (sql::PipelineStep read : readsAfter) {
        read.mayFail = true; // the commit is through whatever they meet
        steps.append(std::move(read));
    }
    const QList<sql::ServerAnswer> answers = sql::pipeline(m_db, steps);
    endWriting();
    if (!readsAfter.isEmpty())
        sql::keepAnswers(m_db, readsAfter, answers.mid(committed));
    return answers.at(0).integer(0, 0);
}

void Database::endWriting()
{
    sql::stopDeferring(m_db);
    m_begun.reset();
    m_versionAtBegin.reset();
    m_headAtBegin.reset();
}

bool Database::begun() const
{
    return !m_begun || !m_begun->isEmpty();
}

void Database::beginWriting(bool ahead)
{
    if (!m_server) {
        sql::run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
        return;
    }
    // Sent ahead with the writes, or held back with a batch's (ServerPipeline.h): the transaction, the lock and what
    // the command reads first under it (the data version, the log's last link), answered in the round trip of the
    // command's first statement. (A store being created or upgraded may not have those tables yet: only the
    // transaction and the lock.)
    sql::startDeferring(m_db, ahead);
    m_begun = sql::deferAnswered(m_db, QStringLiteral("BEGIN"));
    sql::defer(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kApplicationId});
    if (m_schemaVersion == kSchemaVersion) {
        // One statement for both (a row always; the link's columns NULL while the log is empty).
        static const QString versionAndHead =
            QStringLiteral("SELECT ") + QLatin1String(kServerDataVersion)
            + QStringLiteral(", e.seq, e.hash FROM (SELECT 1) o"
                             " LEFT JOIN (SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1) e ON true");
        m_versionAtBegin = m_headAtBegin = sql::deferAnswered(m_db, versionAndHead);
    }
    sql::sendAheadNow(m_db); // the server takes the lock while the desk builds the command
}

Transaction::Transaction(Database& db) : m_db(db)
{
    if (db.m_inTransaction)
        throw DispatchError(QStringLiteral("internal error: nested transaction"));
    if (db.m_inBatch)
        sql::run(db.connection(), QStringLiteral("SAVEPOINT step"));
    else
        db.beginWriting();
    db.m_inTransaction = true;
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery q(m_db.connection());
        if (m_db.m_inBatch) {
            sql::dropDeferred(m_db.connection()); // the step's own writes: the earlier steps' went with its SAVEPOINT
            q.exec(QStringLiteral("ROLLBACK TO step"));
            q.exec(QStringLiteral("RELEASE step"));
        } else {
            sql::settle(m_db.connection()); // what went ahead is answered first: the driver cannot talk across it
            if (m_db.begun()) // else nothing was sent: the server never saw the transaction
                q.exec(QStringLiteral("ROLLBACK"));
            m_db.endWriting();
        }
        m_db.m_inTransaction = false;
    }
}

qint64 Transaction::commitReadingVersion(const QList<sql::PipelineStep>& readsAfter)
{
    if (!m_db.m_inBatch) {
        const qint64 version = m_db.commitWriting(readsAfter);
        m_done = true;
        m_db.m_inTransaction = false;
        return version;
    }
    const qint64 version = m_db.dataVersion();
    commit();
    return version;
}

qint64 Transaction::versionAtStart() const
{
    const std::shared_ptr<sql::ServerAnswer>& version = m_db.m_versionAtBegin;
    if (!version || m_db.m_inBatch)
        return m_db.dataVersion();
    if (version->isEmpty())
        sql::sendDeferred(m_db.connection()); // nothing was asked of the server yet
    return version->integer(0, 0);
}

std::optional<EventLog::Link> Transaction::chainHeadAtStart() const
{
    const std::shared_ptr<sql::ServerAnswer>& head = m_db.m_headAtBegin;
    if (!head || m_db.m_inBatch)
        return std::nullopt;
    if (head->isEmpty())
        sql::sendDeferred(m_db.connection());
    if (head->rowCount() != 1 || head->isNull(0, 1))
        return EventLog::Link{0, EventLog::genesisHash()};
    return EventLog::Link{head->integer(0, 1), QString::fromLatin1(head->text(0, 2))};
}

void Transaction::commit()
{
    if (m_db.m_inBatch)
        sql::run(m_db.connection(), QStringLiteral("RELEASE step"));
    else
        m_db.commitWriting();
    m_done = true;
    m_db.m_inTransaction = false;
}

} // namespace dispatch
