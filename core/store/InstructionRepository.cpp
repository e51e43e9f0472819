// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/InstructionRepository.h"

#include "store/Sql.h"

#include <QSqlQuery>

namespace dispatch {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, source, text, class, incident_id, received_at, registered_at, registered_by, sign_deadline_at, "
    "signed_at, signed_by, forwarded_at, forwarded_to, forwarded_by, reply_deadline_at, answered_at, answered_by, "
    "answer, sign_overdue_at, overdue_at FROM instructions ");

// Forward targets are kept as one line; names never hold a line break.
const QChar kSeparator = QLatin1Char('\n');

QList<Instruction> select(const QSqlDatabase& db, const QString& rest, const QVariantList& binds = {})
{
    sql::Query q = sql::run(db, kSelect + rest, binds);
    QList<Instruction> out;
    while (q.next()) {
        Instruction i;
        i.id = q.value(0).toLongLong();
        i.source = q.value(1).toString();
        i.text = q.value(2).toString();
        i.cls = InstructionCodes::classFromCode(q.value(3).toString()).value_or(InstructionClass::General);
        i.incidentId = q.value(4).toLongLong();
        i.receivedAtMs = q.value(5).toLongLong();
        i.registeredAtMs = q.value(6).toLongLong();
        i.registeredBy = q.value(7).toString();
        i.signDeadlineMs = q.value(8).toLongLong();
        i.signedAtMs = q.value(9).toLongLong();
        i.signedBy = q.value(10).toString();
        i.forwardedAtMs = q.value(11).toLongLong();
        i.forwardedTo = q.value(12).toString().split(kSeparator, Qt::SkipEmptyParts);
        i.forwardedBy = q.value(13).toString();
        i.replyDeadlineMs = q.value(14).toLongLong();
        i.answeredAtMs = q.value(15).toLongLong();
        i.answeredBy = q.value(16).toString();
        i.answer = q.value(17).toString();
        i.signOverdueAtMs = q.value(18).toLongLong();
        i.overdueAtMs = q.value(19).toLongLong();
        out.append(i);
    }
    return out;
}

} // namespace

qint64 InstructionRepository::insert(const QSqlDatabase& db, const Instruction& i)
{
    return sql::run(db,
                    QStringLiteral("INSERT INTO instructions(source, text, class, incident_id, received_at, registered_at, "
                                   "registered_by, sign_deadline_at, reply_deadline_at) VALUES (?,?,?,?,?,?,?,?,?)"),
                    {i.source, i.text, InstructionCodes::code(i.cls), sql::idOrNull(i.incidentId), i.receivedAtMs,
                     i.registeredAtMs, sql::text(i.registeredBy), i.signDeadlineMs, i.replyDeadlineMs})
        .lastInsertId()
        .toLongLong();
}

void InstructionRepository::update(const QSqlDatabase& db, const Instruction& i)
{
    sql::run(db,
             QStringLiteral("UPDATE instructions SET signed_at = ?, signed_by = ?, forwarded_at = ?, forwarded_to = ?, "
                            "forwarded_by = ?, answered_at = ?, answered_by = ?, answer = ?, sign_overdue_at = ?, "
                            "overdue_at = ? WHERE id = ?"),
             {sql::idOrNull(i.signedAtMs), sql::text(i.signedBy), sql::idOrNull(i.forwardedAtMs),
              sql::text(i.forwardedTo.join(kSeparator)), sql::text(i.forwardedBy), sql::idOrNull(i.answeredAtMs),
              sql::text(i.answeredBy), sql::text(i.answer), sql::idOrNull(i.signOverdueAtMs), sql::idOrNull(i.overdueAtMs),
              i.id});
}

std::optional<Instruction> InstructionRepository::find(const QSqlDatabase& db, qint64 id)
{
    const QList<Instruction> l = select(db, QStringLiteral("WHERE id = ?"), {id});
    return l.isEmpty() ? std::nullopt : std::optional(l.first());
}

QList<Instruction> InstructionRepository::open(const QSqlDatabase& db)
{
    return select(db, QStringLiteral("WHERE answered_at IS NULL ORDER BY signed_at IS NOT NULL, "
                                     "CASE WHEN signed_at IS NULL THEN sign_deadline_at ELSE reply_deadline_at END, id"));
}

QList<Instruction> InstructionRepository::receivedBetween(const QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    return select(db, QStringLiteral("WHERE received_at >= ? AND received_at < ? ORDER BY received_at, id"), {fromMs, toMs});
}

QList<Instruction> InstructionRepository::dueOverdue(const QSqlDatabase& db, qint64 nowMs)
{
    return select(db, QStringLiteral("WHERE answered_at IS NULL AND ((signed_at IS NULL AND sign_overdue_at IS NULL AND "
                                     "sign_deadline_at < ?) OR (overdue_at IS NULL AND reply_deadline_at < ?)) ORDER BY id"),
                  {nowMs, nowMs});
}

} // namespace dispatch
