// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/HandoverRepository.h"

#include "store/Sql.h"

#include <QSqlQuery>

namespace dispatch {

namespace {

const QString kSelect = QStringLiteral("SELECT id, shift_start, shift_end, slot, shift_name, state, content, built_at, "
                                       "outgoing_user, outgoing_name, signed_at, incoming_user, incoming_name, accepted_at, "
                                       "content_hash FROM handovers ");

QList<Handover> select(const QSqlDatabase& db, const QString& rest, const QVariantList& binds = {})
{
    sql::Query q = sql::run(db, kSelect + rest, binds);
    QList<Handover> out;
    while (q.next()) {
        Handover h;
        h.id = q.value(0).toLongLong();
        h.shiftStartMs = q.value(1).toLongLong();
        h.shiftEndMs = q.value(2).toLongLong();
        h.slot = q.value(3).toInt();
        h.shiftName = q.value(4).toString();
        h.state = HandoverCodes::fromCode(q.value(5).toString()).value_or(HandoverState::Draft);
        h.content = q.value(6).toString().toUtf8();
        h.builtAtMs = q.value(7).toLongLong();
        h.outgoingUser = q.value(8).toString();
        h.outgoingName = q.value(9).toString();
        h.signedAtMs = q.value(10).toLongLong();
        h.incomingUser = q.value(11).toString();
        h.incomingName = q.value(12).toString();
        h.acceptedAtMs = q.value(13).toLongLong();
        h.contentHash = q.value(14).toString();
        out.append(h);
    }
    return out;
}

QVariantList fields(const Handover& h)
{
    return {h.shiftStartMs, h.shiftEndMs, h.slot, sql::text(h.shiftName), HandoverCodes::code(h.state),
            QString::fromUtf8(h.content), h.builtAtMs, sql::text(h.outgoingUser), sql::text(h.outgoingName),
            sql::idOrNull(h.signedAtMs), sql::text(h.incomingUser), sql::text(h.incomingName), sql::idOrNull(h.acceptedAtMs),
            sql::text(h.contentHash)};
}

} // namespace

qint64 HandoverRepository::insert(const QSqlDatabase& db, const Handover& h)
{
    return sql::run(db,
                    QStringLiteral("INSERT INTO handovers(shift_start, shift_end, slot, shift_name, state, content, built_at, "
                                   "outgoing_user, outgoing_name, signed_at, incoming_user, incoming_name, accepted_at, "
                                   "content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                    fields(h))
        .lastInsertId()
        .toLongLong();
}

void HandoverRepository::update(const QSqlDatabase& db, const Handover& h)
{
    QVariantList binds = fields(h);
    binds << h.id;
    sql::run(db,
             QStringLiteral("UPDATE handovers SET shift_start = ?, shift_end = ?, slot = ?, shift_name = ?, state = ?, "
                            "content = ?, built_at = ?, outgoing_user = ?, outgoing_name = ?, signed_at = ?, incoming_user = ?, "
                            "incoming_name = ?, accepted_at = ?, content_hash = ? WHERE id = ?"),
             binds);
}

std::optional<Handover> HandoverRepository::find(const QSqlDatabase& db, qint64 id)
{
    const QList<Handover> l = select(db, QStringLiteral("WHERE id = ?"), {id});
    return l.isEmpty() ? std::nullopt : std::optional(l.first());
}

std::optional<Handover> HandoverRepository::forShift(const QSqlDatabase& db, qint64 shiftStartMs)
{
    const QList<Handover> l = select(db, QStringLiteral("WHERE shift_start = ?"), {shiftStartMs});
    return l.isEmpty() ? std::nullopt : std::optional(l.first());
}

QList<Handover> HandoverRepository::list(const QSqlDatabase& db, const QString& text, qint64 fromMs, qint64 toMs)
{
    QStringList where;
    QVariantList binds;
    if (!text.trimmed().isEmpty()) {
        where << QStringLiteral("(instr(content, ?) > 0 OR instr(outgoing_name, ?) > 0 OR instr(incoming_name, ?) > 0 "
                                "OR instr(shift_name, ?) > 0)");
        const QString t = text.trimmed();
        binds << t << t << t << t;
    }
    if (fromMs) {
        where << QStringLiteral("shift_start >= ?");
        binds << fromMs;
    }
    if (toMs) {
        where << QStringLiteral("shift_start < ?");
        binds << toMs;
    }
    return select(db, (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
                          + QStringLiteral(" ORDER BY shift_start DESC"),
                  binds);
}

QList<Handover> HandoverRepository::accepted(const QSqlDatabase& db)
{
    return select(db, QStringLiteral("WHERE state = 'accepted' ORDER BY id"));
}

void HandoverRepository::insertReview(const QSqlDatabase& db, const HandoverReview& r)
{
    sql::run(db, QStringLiteral("INSERT INTO handover_reviews(handover_id, at, by, decision, comment) VALUES (?,?,?,?,?)"),
             {r.handoverId, r.atMs, sql::text(r.by), r.decision, sql::text(r.comment)});
}

QList<HandoverReview> HandoverRepository::reviews(const QSqlDatabase& db, qint64 handoverId)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT id, handover_id, at, by, decision, comment FROM handover_reviews WHERE "
                                               "handover_id = ? ORDER BY id"),
                            {handoverId});
    QList<HandoverReview> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString()});
    return out;
}

void HandoverRepository::setRoster(const QSqlDatabase& db, qint64 shiftStartMs, qint64 shiftEndMs, const QString& shiftName,
                                   const QList<RosterEntry>& entries)
{
    sql::run(db, QStringLiteral("DELETE FROM shift_roster WHERE shift_start = ?"), {shiftStartMs});
    for (const RosterEntry& e : entries)
        sql::run(db, QStringLiteral("INSERT INTO shift_roster(shift_start, shift_end, shift_name, user_id, duty, desk) "
                                    "VALUES (?,?,?,?,?,?)"),
                 {shiftStartMs, shiftEndMs, sql::text(shiftName), e.userId, e.duty, sql::text(e.desk)});
}

QList<RosterEntry> HandoverRepository::roster(const QSqlDatabase& db, qint64 shiftStartMs)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT r.user_id, u.username, u.display_name, r.duty, r.desk FROM shift_roster r "
                                               "JOIN users u ON u.id = r.user_id WHERE r.shift_start = ? ORDER BY r.duty = 'dispatcher', "
                                               "r.desk, u.username"),
                            {shiftStartMs});
    QList<RosterEntry> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}

} // namespace dispatch
