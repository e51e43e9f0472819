// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ServerAnswer.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

/// How every statement goes to a PostgreSQL server (the sql wrapper's server side runs through here): with libpq on the
/// connection the QPSQL driver opened, kept prepared on the server by name, sent together in one round trip with
/// libpq's pipeline mode, and the statements a write transaction holds back until then.
///
/// A write command is a dozen short statements; on a server each one waited for its answer before the next left, so
/// a command cost a dozen network round trips on top of the work. Most of them are writes whose outcome nobody reads
/// (the event appended to the log, the chain's head, the change feed's rows, the clocks started): defer() holds them
/// on the connection while its write transaction is open, and they go out ahead of the next statement that must be
/// answered, or with the commit. Nothing is reordered: every other statement on the connection (through the sql
/// wrapper) first sends what is held, and a held write that fails fails that statement with its own message, so the
/// transaction rolls back as it would have.
///
/// A command's transaction (not a batch's step, whose writes a savepoint's rollback may drop unsent) puts each write
/// in a pipeline as it comes instead, whose answers are read with the next statement that must be answered. The
/// writes wait in the connection's buffer until sendAheadNow() or the next round trip: a command sends at the points
/// where the server has work worth starting (the transaction's opening, the incident's row), so that the server takes
/// the lock and inserts the incident while the desk is still making the event that records it, without a system call
/// on the desk and a wake-up of the server for every statement. The answers and failures are the same, read at the
/// same point.
namespace dispatch::sql {

/// One statement of a pipeline: text with `?` placeholders, and its values; a held statement whose answer is read
/// later says where it goes once sent.
struct PipelineStep
{
    QString statement;
    QVariantList binds;
    std::shared_ptr<ServerAnswer> answer = {};
    /// A read whose failure fails nothing (it is only not answered): the reads sent after a commit.
    bool mayFail = false;
    /// A read whose best plan is the same whatever its values (a lookup by an indexed column or box): the server runs
    /// it with its prepared, generic plan instead of planning it again for each set of values, which it otherwise
    /// does for ever once it estimates a plan made for the values cheaper to run (on a large table, every time).
    bool genericPlan = false;
};

/// Whether the server keeps the statement prepared by name (one SELECT, INSERT, UPDATE, DELETE, WITH or VALUES); the
/// rest (BEGIN, COMMIT, DDL, SET, LISTEN, several statements in one text) run as they are, without values.
bool preparable(const QString& statement);

/// Whether the connection's writes are held back now (a server connection inside Database's write transaction).
bool defers(const QSqlDatabase& db);
/// Starts holding writes back on a server connection (the write transaction has begun); nothing on SQLite. `ahead`:
/// each write goes into the connection's pipeline as it comes (on the wire with sendAheadNow() or the next round trip),
/// its answer read with the next statement asked (dropDeferred() can drop none of them).
void startDeferring(const QSqlDatabase& db, bool ahead = false);
/// Stops holding writes back and forgets what is held (the transaction ended: committed with them, or rolled back);
/// what was sent ahead is settled() first.
void stopDeferring(const QSqlDatabase& db);
/// Reads the answers of what was sent ahead and not answered yet, if anything, so that the connection can be used
/// otherwise (a rollback through the driver): false when one of them failed or the server did not answer.
bool settle(const QSqlDatabase& db);
/// Forgets the writes held back, deferring still (a savepoint of a batch rolled back).
void dropDeferred(const QSqlDatabase& db);
/// A write whose outcome nobody reads: held back while the connection defers, else run at once (SQLite always).
void defer(const QSqlDatabase& db, const QString& statement, const QVariantList& binds);
/// A statement whose answer is read later, held back on a server connection that defers (it goes with the next
/// statement that must be answered); the answer is there once it was sent (sendDeferred() sends it at once).
/// `genericPlan`: as PipelineStep's.
std::shared_ptr<ServerAnswer> deferAnswered(const QSqlDatabase& db, const QString& statement,
                                            const QVariantList& binds = {}, bool genericPlan = false);
/// How many writes are held back or sent ahead without their answers yet (the tests).
qsizetype deferredCount(const QSqlDatabase& db);
/// Whether the connection of this name holds writes back now, or has sent some ahead without their answers yet.
bool holdsWrites(const QString& connection);
/// Sends what is held back, if anything, in one round trip. Throws DispatchError naming the statement that failed.
void sendDeferred(const QSqlDatabase& db);
/// Sends at once what a command's transaction wrote ahead and left in the connection's buffer (nothing else, and
/// nothing when there is none), so that the server works on it while the desk goes on; the answers are read as ever.
void sendAheadNow(const QSqlDatabase& db);
/// Sends what is held back and then `steps`, all in one round trip, and returns the answer of each of `steps`.
/// Throws DispatchError naming the first statement that failed (the server skips the rest).
QList<ServerAnswer> pipeline(const QSqlDatabase& db, const QList<PipelineStep>& steps);
/// One statement (preparable()) and what is held back before it, in one round trip: its answer.
ServerAnswer ask(const QSqlDatabase& db, const QString& statement, const QVariantList& binds);
/// A statement that is not preparable(), without values, after what is held back: the last statement's answer.
ServerAnswer execute(const QSqlDatabase& db, const QString& statement);
/// Keeps the answers of reads sent after a commit, in its round trip, for the statements that ask them next (the
/// board's refresh after the command): the first statement of the same text and values is answered from here
/// instead of the server, and all that is kept is let go at the first statement that is not one of them (whatever
/// ran on the connection since may have changed what they answer).
void keepAnswers(const QSqlDatabase& db, const QList<PipelineStep>& reads, const QList<ServerAnswer>& answers);
/// Sends what is held back and `reads` in one round trip, and keeps their answers (keepAnswers()) for the statements
/// that ask them next: a command that knows which reads it is about to make sends them together instead of one round
/// trip each. Nothing on SQLite, and nothing is lost when the reads asked differ (those go to the server as ever).
void readAhead(const QSqlDatabase& db, const QList<PipelineStep>& reads);
/// How many round trips the connection made to the server so far (the tests).
qint64 roundTrips(const QSqlDatabase& db);
/// The kept answer to this statement with these values, taken; none (and nothing kept any more) when there is none.
std::optional<ServerAnswer> takeKept(const QSqlDatabase& db, const QString& statement, const QVariantList& binds);
/// Forgets the statements prepared on the connection (it is about to close).
void forgetPipelineStatements(const QSqlDatabase& db);
/// How many statements the server keeps prepared for the connection (the tests).
qsizetype preparedCount(const QSqlDatabase& db);

} // namespace dispatch::sql
