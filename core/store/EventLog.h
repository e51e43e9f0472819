// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/User.h"

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
};

/// The event log: every change the facade makes is recorded here, in the same transaction as the change.
/// Each event's SHA-256 covers its content and the previous event's hash, and the head of the chain is
/// kept in `meta`, so an edited, deleted, inserted or reordered event breaks the chain.
class EventLog
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::EventLog)

public:
    static QString genesisHash();
    static QString computeHash(const EventRecord& e);

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
