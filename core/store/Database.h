// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/EventLog.h"
#include "store/ServerPipeline.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace dispatch {

/// One store opened through a named Qt Sql connection: a SQLite file (the default: one desk, a laptop, training,
/// the tests) or a centre's store on a PostgreSQL server, named by a libpq URI (`postgresql://user@host/db`).
///
/// Durability: WAL journal with synchronous=FULL. Every commit is synced to disk before the facade reports
/// success, so an incident the screen showed as saved survives a crash *and* a power loss. NORMAL would be
/// faster but may drop the last commits on power loss, which a 110 centre cannot accept.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Mode {
        CreateOrMigrate, ///< create a new store if the file is missing or empty; migrate an older one
        OpenExisting,    ///< the file must be a store; migrate an older one
        Inspect,         ///< the file must be a store; never write the schema (used by `check`)
    };

    /// The schema this build writes: the version of the last step in Schema::steps(). Schema.cpp does not compile
    /// while the two differ, so a new step comes with a new value here.
    static constexpr int kSchemaVersion = 29;
    static constexpr int kApplicationId = 0x44313130; // "D110"

    /// A file path, or a `postgresql://` URI (see isServerAddress()).
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::CreateOrMigrate);
    ~Database();

    /// Whether a --db value names a PostgreSQL server rather than a file.
    static bool isServerAddress(const QString& location);
    /// The store is on a PostgreSQL server.
    bool isServer() const { return m_server; }

    /// On a server: the channel every commit notifies (its payload the committing connection's backend), which
    /// ServerWatch listens on.
    static constexpr const char* kChangeChannel = "dispatch_store";
    /// On a server: the server process of this connection (what its commits' notifications carry); 0 on SQLite.
    qint64 backendPid() const { return m_backendPid; }
    /// On a server: whether the connection still answers (a trivial statement, outside the statement cache).
    bool isAlive() const;
    /// After a bulk write (an import, a generated history): on a server, the tables it wrote are vacuumed and their
    /// planner statistics taken again at once (VACUUM (ANALYZE)), so that the next desk to open reads its open
    /// incidents through their partial index and the warnings read the history from the covering index alone,
    /// rather than scanning the rows before autovacuum gets to them. Nothing on SQLite. A failure is logged: the
    /// rows are committed.
    void updatePlannerStatistics();
    /// On a server: opens the connection again after it was lost (the statements prepared on the old one are
    /// forgotten). Not inside a transaction.
    Status reconnect();

    const QSqlDatabase& connection() const { return m_db; }
    /// The raw handle of the QSQLITE driver, for hot paths (bulk import, benchmarks); null on a server.
    sqlite3* handle() const;
    /// The file, or the server's URI without its password.
    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    bool wasCreated() const { return m_created; }
    int migratedFrom() const { return m_migratedFrom; }
    /// Where the store was copied, as it was, before this open upgraded it: "<file>.pre-v<kSchemaVersion>" (with
    /// ".2", ".3" … after it when an earlier copy has that name). Empty unless an existing store was upgraded.
    const QString& preMigrationCopy() const { return m_preMigrationCopy; }

    /// A file store that other accounts of the computer can read (or whose folder they can list): what to do about it,
    /// as a sentence; empty when only its owner can, and on a server.
    QString exposure() const;

    QString meta(const QString& key, const QString& fallback = {}) const;
    /// Writes a meta value; call inside a transaction.
    void setMeta(const QString& key, const QString& value);

    bool inTransaction() const { return m_inTransaction; }

    /// A number that changes whenever another connection (another desk, a tool) commits to the store; the same
    /// between two calls when nobody else wrote. Cheap: the wake-up of the change feed.
    qint64 dataVersion() const;

    /// For a scratch store only (a training exercise, which nobody needs after a power cut): commits are no longer
    /// synced to disk (synchronous=OFF), which makes a simulated day of work run in a fraction of a second.
    void useScratchDurability();

    /// For a headless run on a scratch store that nobody else reads meanwhile (a simulated exercise at full speed):
    /// everything up to commitBatch() is one transaction, and each facade transaction becomes a savepoint inside
    /// it — a step that fails is still undone alone, but nothing is committed (nor synced) until the batch commits.
    void beginBatch();
    void commitBatch();

private:
    friend class Transaction;
    Database(QString path, QString connectionName);
    Status configure(Mode mode);
    static Result<std::unique_ptr<Database>> openServer(const QString& uri, Mode mode);
    Status configureServer(Mode mode);
    qint64 serverDataVersion() const;
    /// On a server: the newest event and the newest position report, what another desk's commit or a unit's fix
    /// changes.
    static constexpr const char* kServerDataVersion =
        "coalesce((SELECT max(seq) FROM events), 0) + coalesce((SELECT max(fix_at) FROM units), 0)";
    /// `ahead`: the transaction's writes go to the server as they come (sql::startDeferring()); a batch holds its
    /// steps' writes, which a step's rollback drops unsent.
    void beginWriting(bool ahead = true);
    /// Commits; returns the data version as this connection sees it at the commit (read in the same round trip), and
    /// on a server sends `readsAfter` after the commit in that round trip, kept for who asks next (sql::keepAnswers()).
    qint64 commitWriting(const QList<sql::PipelineStep>& readsAfter = {});
    /// The write transaction is over (committed or rolled back): what it held back and read at its start is let go.
    void endWriting();
    /// Whether the server has been sent the write transaction's BEGIN (always on SQLite, and outside one).
    bool begun() const;
    Status keepCopyBeforeMigrating();
    Status migrate(int from);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_preMigrationCopy;
    int m_schemaVersion = 0;
    int m_migratedFrom = 0;
    bool m_created = false;
    bool m_inTransaction = false;
    bool m_inBatch = false;
    bool m_server = false;
    qint64 m_backendPid = 0;
    /// On a server, the write transaction's BEGIN, and what is read with the write lock in its first round trip:
    /// the data version and the event log's last link (not read for a batch's steps, each a savepoint of one long
    /// transaction). Each is empty until that round trip.
    std::shared_ptr<sql::ServerAnswer> m_begun;
    std::shared_ptr<sql::ServerAnswer> m_versionAtBegin;
    std::shared_ptr<sql::ServerAnswer> m_headAtBegin;
};

/// BEGIN IMMEDIATE … COMMIT (a savepoint inside a batch); rolls back unless commit() was reached. Throws
/// DispatchError on failure. On a server the transaction holds the store's write lock (an advisory lock) from its
/// start, so that writers take turns as they do on one SQLite file: one event chain, gap-free numbers.
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();
    /// Commits and returns the store's data version at the commit, this transaction's writes included and nobody
    /// else's (the write lock is held until then): what Database::dataVersion() says right after, unless another
    /// desk commits in the meantime.
    /// On a server, `readsAfter` go right after the commit in its round trip, and their answers are kept for the
    /// statements that ask them next, as they would have been read just after the commit (the board's refresh).
    qint64 commitReadingVersion(const QList<sql::PipelineStep>& readsAfter = {});
    /// The store's data version as the transaction began, nobody else's later commits included (the write lock is
    /// held): on a server read in the transaction's first round trip, on SQLite read now.
    qint64 versionAtStart() const;
    /// On a server, outside a batch: the event log's last link as the transaction began (read with the write lock, in
    /// its first round trip); nothing on SQLite, where reading it costs no round trip.
    std::optional<EventLog::Link> chainHeadAtStart() const;

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace dispatch
