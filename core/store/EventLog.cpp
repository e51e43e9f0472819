// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/EventLog.h"

#include "domain/EventKinds.h"
#include "store/ChainKey.h"
#include "store/ServerPipeline.h"
#include "store/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QDateTime>
#include <QTimeZone>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

namespace dispatch {

namespace {

const QString kColumns = QStringLiteral("seq, at, user_id, username, desk, kind, entity, entity_id, payload, "
                                        "prev_hash, hash");
const QString kHeadKey = QStringLiteral("chain_head");

EventRecord fromQuery(const sql::Query& q)
{
    EventRecord e;
    e.seq = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.userId = q.value(2).toLongLong();
    e.username = q.value(3).toString();
    e.desk = q.value(4).toString();
    e.kind = q.value(5).toString();
    e.entity = q.value(6).toString();
    e.entityId = q.value(7).toLongLong();
    e.payload = q.value(8).toString().toUtf8();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

QString describe(const EventRecord& e)
{
    return EventLog::tr("event #%1 (%2, %3, by %4)")
        .arg(e.seq)
        .arg(e.kind, QDateTime::fromMSecsSinceEpoch(e.atMs, QTimeZone::utc()).toString(Qt::ISODate), e.username);
}

} // namespace

QJsonObject EventRecord::payloadObject() const
{
    return QJsonDocument::fromJson(payload).object();
}

QString EventLog::genesisHash()
{
    return QString(64, u'0');
}

QString EventLog::computeHash(const EventRecord& e, const QByteArray& key)
{
    if (e.hash.startsWith(QLatin1String("k2:")))
        return computeHash(e, HashScheme::Keyed, key);
    return computeHash(e, e.hash.isEmpty() || e.hash.startsWith(QLatin1String("2:")) ? HashScheme::V2 : HashScheme::V1);
}

QString EventLog::computeHash(const EventRecord& e, HashScheme scheme, const QByteArray& key)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (scheme == HashScheme::V1) {
        // Kept as it was written, to verify the events hashed with it (see the class comment for its flaw).
        const QByteArray head = QStringLiteral("seq=%1\nat=%2\nuser=%3\nusername=%4\ndesk=%5\nkind=%6\nentity=%7\n"
                                               "entity_id=%8\nprev=%9\npayload=")
                                    .arg(e.seq)
                                    .arg(e.atMs)
                                    .arg(e.userId)
                                    .arg(e.username, e.desk, e.kind, e.entity)
                                    .arg(e.entityId)
                                    .arg(e.prevHash)
                                    .toUtf8();
        h.addData(head);
        h.addData(e.payload);
        return QString::fromLatin1(h.result().toHex());
    }
    // Scheme 2: a tag, then every field as its length (8 bytes, big-endian) and its bytes; keyed, an HMAC of them.
    if (scheme == HashScheme::Keyed && key.isEmpty())
        return {};
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    const auto field = [&](const QByteArray& bytes) {
        const quint64 n = quint64(bytes.size());
        char length[8];
        for (int i = 0; i < 8; ++i)
            length[i] = char((n >> (8 * (7 - i))) & 0xff);
        if (scheme == HashScheme::Keyed) {
            mac.addData(length, 8);
            mac.addData(bytes);
        } else {
            h.addData(QByteArrayView(length, 8));
            h.addData(bytes);
        }
    };
    field(QByteArrayLiteral("dispatch-event-2"));
    field(QByteArray::number(e.seq));
    field(QByteArray::number(e.atMs));
    field(QByteArray::number(e.userId));
    field(e.username.toUtf8());
    field(e.desk.toUtf8());
    field(e.kind.toUtf8());
    field(e.entity.toUtf8());
    field(QByteArray::number(e.entityId));
    field(e.prevHash.toLatin1());
    field(e.payload);
    if (scheme == HashScheme::Keyed)
        return QStringLiteral("k2:") + QString::fromLatin1(mac.result().toHex());
    return QStringLiteral("2:") + QString::fromLatin1(h.result().toHex());
}

EventLog::Link EventLog::last(const QSqlDatabase& db)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"));
    if (q.next())
        return {q.value(0).toLongLong(), q.value(1).toString()};
    return {0, genesisHash()};
}

EventRecord EventLog::append(const QSqlDatabase& db, const Link& previous, const Actor& actor, qint64 atMs,
                             const QString& kind, const QString& entity, qint64 entityId, const QJsonObject& payload)
{
    const std::optional<ChainKey> key = ChainKey::of(db);
    if (previous.hash.startsWith(QLatin1String("k2:")) && !key)
        throw DispatchError(tr("this store's event log is keyed, and this program has not got the centre's key: name "
                               "its file in DISPATCH_CHAIN_KEY (or put it beside the store as STORE.key)"));
    EventRecord e;
    e.seq = previous.seq + 1;
    e.prevHash = previous.hash;
    e.atMs = atMs;
    e.userId = actor.userId;
    e.username = actor.username;
    e.desk = actor.desk;
    e.kind = kind;
    e.entity = entity;
    e.entityId = entityId;
    e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    e.hash = key && e.seq >= key->fromSeq ? computeHash(e, HashScheme::Keyed, key->secret) : computeHash(e);
    sql::defer(db,
               QStringLiteral("INSERT INTO events(") + kColumns + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
               {e.seq, e.atMs, sql::idOrNull(e.userId), sql::text(e.username), sql::text(e.desk), e.kind, e.entity, sql::idOrNull(e.entityId),
                QString::fromUtf8(e.payload), e.prevHash, e.hash});
    return e;
}

void EventLog::writeHead(const QSqlDatabase& db, const EventRecord& last)
{
    sql::defer(db,
               QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
               {kHeadKey, QStringLiteral("%1 %2").arg(last.seq).arg(last.hash)});
}

ChainReport EventLog::verify(const QSqlDatabase& db)
{
    ChainReport r;
    sql::Query q = sql::run(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM events ORDER BY seq"));
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    auto fail = [&](qint64 seq, const QString& why) {
        r.ok = false;
        r.brokenSeq = seq;
        r.reason = why;
        return r;
    };
    bool schemeTwo = false;
    qint64 firstKeyed = 0;
    const std::optional<ChainKey> key = ChainKey::of(db);
    while (q.next()) {
        const EventRecord e = fromQuery(q);
        const bool keyed = e.hash.startsWith(QLatin1String("k2:"));
        const bool two = keyed || e.hash.startsWith(QLatin1String("2:"));
        if (schemeTwo && !two)
            return fail(e.seq, tr("%1 is hashed with the old scheme after events hashed with the new one (the log "
                                  "was rewritten)").arg(describe(e)));
        schemeTwo = two;
        if (!keyed && (firstKeyed || (key && e.seq >= key->fromSeq)))
            return fail(e.seq, tr("%1 is not hashed with the centre's key, which keys the log from event #%2 on (the "
                                  "log was rewritten without the key)")
                                   .arg(describe(e))
                                   .arg(firstKeyed ? firstKeyed : key->fromSeq));
        if (keyed && !firstKeyed)
            firstKeyed = e.seq;
        if (e.seq != expectedSeq)
            return fail(expectedSeq, tr("event #%1 is missing (the next stored event is #%2)").arg(expectedSeq).arg(e.seq));
        if (e.prevHash != prev)
            return fail(e.seq, tr("%1 does not follow the event before it (an event was removed, inserted or "
                                  "reordered)").arg(describe(e)));
        if (keyed && !key)
            ++r.unverified; // its link is checked; its content needs the key
        else if (computeHash(e, key ? key->secret : QByteArray()) != e.hash)
            return fail(e.seq, tr("%1 was altered after it was written (its content no longer matches its hash)")
                                   .arg(describe(e)));
        prev = e.hash;
        ++expectedSeq;
        ++r.events;
    }
    const QString head = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kHeadKey}).toString();
    const QString expectedHead = r.events ? QStringLiteral("%1 %2").arg(r.events).arg(prev) : QString();
    if (head != expectedHead) {
        const qint64 headSeq = head.section(u' ', 0, 0).toLongLong();
        return fail(r.events + 1,
                    headSeq > r.events
                        ? tr("the log ends at event #%1 but the chain head records #%2: events at the end were "
                             "removed").arg(r.events).arg(headSeq)
                        : tr("the chain head does not match the last event"));
    }
    return r;
}

QString EventLog::anchorLine(const QSqlDatabase& db, qint64 nowMs)
{
    const Link head = last(db);
    if (head.seq == 0)
        return {};
    return QStringLiteral("%1 %2 %3").arg(head.seq).arg(head.hash,
                                                       QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).toString(Qt::ISODate));
}

Result<QList<ChainAnchor>> EventLog::readAnchors(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{tr("cannot read the anchor file: %1").arg(f.errorString()), path};
    QList<ChainAnchor> out;
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
        bool ok = false;
        const qint64 seq = parts.value(0).toLongLong(&ok);
        static const QRegularExpression hash(QStringLiteral("^(2:|k2:)?[0-9a-f]{64}$"));
        if (parts.size() < 2 || !ok || seq < 1 || !hash.match(parts.at(1)).hasMatch())
            return Error{tr("not an anchor (\"SEQ HASH [TIME]\", as dispatchctl anchor writes it)"),
                         QStringLiteral("%1:%2").arg(path).arg(line)};
        out.append({seq, parts.at(1), parts.mid(2).join(u' '), line});
    }
    return out;
}

QStringList EventLog::verifyAnchors(const QSqlDatabase& db, const QList<ChainAnchor>& anchors)
{
    QStringList problems;
    const qint64 lastSeqNow = lastSeq(db);
    for (const ChainAnchor& a : anchors) {
        const QString what = a.note.isEmpty() ? tr("the anchor of event #%1").arg(a.seq)
                                              : tr("the anchor of event #%1 (%2)").arg(a.seq).arg(a.note);
        if (a.seq > lastSeqNow) {
            problems << tr("%1: the log now ends at event #%2; the events from #%3 on were removed")
                            .arg(what).arg(lastSeqNow).arg(lastSeqNow + 1);
            continue;
        }
        const QString stored =
            sql::scalar(db, QStringLiteral("SELECT hash FROM events WHERE seq = ?"), {a.seq}).toString();
        if (stored != a.hash)
            problems << tr("%1: the log holds another event #%2 than the one anchored; the log was rewritten at or "
                           "before it").arg(what).arg(a.seq);
    }
    return problems;
}

QList<EventRecord> EventLog::forEntity(const QSqlDatabase& db, const QString& entity, qint64 entityId)
{
    QList<EventRecord> out;
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM events WHERE entity = ? AND entity_id = ? ORDER BY seq"),
                            {entity, entityId});
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

std::optional<EventRecord> EventLog::lastForEntity(const QSqlDatabase& db, const QString& entity, qint64 entityId)
{
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM events WHERE entity = ? AND entity_id = ?"
                                                 " ORDER BY seq DESC LIMIT 1"),
                            {entity, entityId});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<EventRecord> EventLog::lastOfEntity(const QSqlDatabase& db, const QString& entity, qint64 entityId, int limit)
{
    QList<EventRecord> out;
    sql::Query q = sql::run(db,
                            QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM events WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT ?"),
                            {entity, entityId, limit});
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

QList<EventRecord> EventLog::range(const QSqlDatabase& db, qint64 fromSeq, int limit)
{
    QList<EventRecord> out;
    sql::Query q = sql::run(
        db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM events WHERE seq >= ? ORDER BY seq LIMIT ?"),
        {fromSeq, limit});
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

qint64 EventLog::lastSeq(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM events")).toLongLong();
}

QList<DeskSession> EventLog::desks(const QSqlDatabase& db)
{
    sql::Query q = sql::run(db, QStringLiteral("SELECT d.desk, d.last_at, s.kind, s.username, s.at FROM ("
                                               " SELECT desk, max(at) AS last_at,"
                                               " max(CASE WHEN kind = ? OR kind = ? THEN seq END) AS session_seq"
                                               " FROM events WHERE desk <> '' GROUP BY desk) d"
                                               " LEFT JOIN events s ON s.seq = d.session_seq ORDER BY d.desk"),
                            {events::kSessionLogin, events::kSessionLogout});
    QList<DeskSession> out;
    while (q.next()) {
        DeskSession d;
        d.desk = q.value(0).toString();
        d.lastEventMs = q.value(1).toLongLong();
        d.signedIn = q.value(2).toString() == events::kSessionLogin;
        d.username = q.value(3).toString();
        d.sinceMs = q.value(4).toLongLong();
        out.append(d);
    }
    return out;
}

} // namespace dispatch
