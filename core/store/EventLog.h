// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/User.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dispatch {

/// One entry of the append-only, hash-chained event log.
struct EventRecord
{
    qint64 seq = 0;
    qint64 atMs = 0;
    qint64 userId = 0;
    QString username;
    QString desk;
    QString kind;     ///< e.g. "incident.created", "unit.state_changed"
    QString entity;   ///< e.g. "incident", "unit", "user", "session"
    qint64 entityId = 0;
    QByteArray payload; ///< compact JSON object, keys sorted
    QString prevHash;
    QString hash;

    QJsonObject payloadObject() const;
};

/// A desk as the log knows it: who signed in there last, whether they are still signed in, when it last wrote.
struct DeskSession
{
    QString desk;
    QString username;        ///< of the last sign-in or sign-out there
    bool signedIn = false;   ///< the last session event there is a sign-in
    qint64 sinceMs = 0;      ///< that event's time
    qint64 lastEventMs = 0;  ///< the desk's last event of any kind
};

/// Result of walking the chain.
struct ChainReport
{
    bool ok = true;
    qint64 events = 0;      ///< events checked
    qint64 brokenSeq = 0;   ///< first broken link (0 when ok)
    QString reason;
    qint64 unverified = 0;  ///< keyed events whose content could not be verified here (no key): links checked only
};

/// A point of the chain written down outside the store (`dispatchctl anchor`): the log must still hold this event
/// with this hash, or it was cut or rewritten.
struct ChainAnchor
{
    qint64 seq = 0;
    QString hash;
    QString note;  ///< when it was taken, as written in the anchor file
    int line = 0;  ///< its line in the anchor file
};

/// The event log: every change the facade makes is recorded here, in the same transaction as the change.
/// Each event's SHA-256 covers its content and the previous event's hash, and the head of the chain is
/// kept in `meta`, so an edited, deleted, inserted or reordered event breaks the chain.
///
/// Hash schemes, told apart by the stored hash: scheme 1 (64 hex digits, no prefix) hashed the fields as text
/// joined with QString::arg, where a desk name holding "%8" was read as another field; it is still verified for
/// the events written with it. Scheme 2 ("2:" and 64 hex digits) hashes a tag and each field length-prefixed, so
/// no field can pass for another. Every new event is written with scheme 2, and an event of scheme 1 after one of
/// scheme 2 breaks the chain. With the centre's key (ChainKey) the hash is an HMAC-SHA256 of the same bytes
/// ("k2:"): a forger without the key cannot make a rewritten log verify, an unkeyed event after a keyed one is a
/// rewrite, and a program without the key refuses to append to a keyed log.
class EventLog
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::EventLog)

public:
    static QString genesisHash();
    enum class HashScheme { V1, V2, Keyed };
    /// The event's hash by the scheme of its stored hash (scheme 2 for an event not yet hashed). `key` is the
    /// centre's key (ChainKey::secret) for a keyed hash; a keyed hash without it is empty.
    static QString computeHash(const EventRecord& e, const QByteArray& key = {});
    static QString computeHash(const EventRecord& e, HashScheme scheme, const QByteArray& key = {});

    /// The last event's place in the chain (seq 0 and the genesis hash for an empty log).
    struct Link
    {
        qint64 seq = 0;
        QString hash;
    };
    static Link last(const QSqlDatabase& db);
    /// Appends one event after `previous` (the log's last event, read in the same transaction, or the event this
    /// transaction appended before); call inside a write transaction (BEGIN IMMEDIATE), which serialises writers.
    /// The chain head in `meta` is written by writeHead() once the transaction's events are all appended.
    static EventRecord append(const QSqlDatabase& db, const Link& previous, const Actor& actor, qint64 atMs,
                              const QString& kind, const QString& entity, qint64 entityId, const QJsonObject& payload);
    static void writeHead(const QSqlDatabase& db, const EventRecord& last);

    static ChainReport verify(const QSqlDatabase& db);
    /// The chain's head as an anchor line: "SEQ HASH TIME" (empty log: nothing).
    static QString anchorLine(const QSqlDatabase& db, qint64 nowMs);
    /// Reads an anchor file's lines; a line that is not an anchor is an error naming the file and the line.
    static Result<QList<ChainAnchor>> readAnchors(const QString& path);
    /// One sentence per anchor the log no longer extends (cut before it, or rewritten at or before it).
    static QStringList verifyAnchors(const QSqlDatabase& db, const QList<ChainAnchor>& anchors);

    static QList<EventRecord> forEntity(const QSqlDatabase& db, const QString& entity, qint64 entityId);
    /// The newest event about one entity.
    /// The newest `limit` events of one entity, newest first.
    static QList<EventRecord> lastOfEntity(const QSqlDatabase& db, const QString& entity, qint64 entityId, int limit);
    static std::optional<EventRecord> lastForEntity(const QSqlDatabase& db, const QString& entity, qint64 entityId);
    static QList<EventRecord> range(const QSqlDatabase& db, qint64 fromSeq, int limit);
    static qint64 lastSeq(const QSqlDatabase& db);
    /// Every desk that ever wrote to the log, by name, with its last session event (one pass over the log).
    static QList<DeskSession> desks(const QSqlDatabase& db);
};

} // namespace dispatch
