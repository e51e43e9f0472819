// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "avl/NmeaDecoder.h"
#include "util/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <memory>
#include <unordered_map>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace dispatch {

class DispatchService;

/// The live position feed (AVL) the desk opens with --avl-listen HOST:PORT.
///
/// Protocol: one TCP connection per unit; lines end in LF or CR LF; text is UTF-8 (callsigns) or ASCII
/// (NMEA).
///   1. The client's first line is `UNIT <callsign>` (the callsign as the roster shows it).
///   2. The desk answers `OK <callsign>`, or `ERR <reason>` and closes the connection: for a callsign no
///      unit has (`ERR unknown unit <callsign>`) and for any other first line, including one longer than
///      kMaxLine (`ERR expected UNIT <callsign>`). The answers are protocol, always in English.
///   3. The client then streams NMEA-0183 sentences, read by NmeaDecoder. Every good fix is stored as the
///      unit's position with DispatchService::reportPosition and the receive time of the service's clock
///      (staleness is about when the desk last heard of the unit, not the receiver's clock). A fix that
///      repeats the one just stored from this connection (same UTC time of day, same position: RMC, GGA and
///      GLL of one epoch) is counted as a fix but not stored again.
///   The desk never sends anything after OK; the client may close at any time, the unit keeps its last fix.
///
/// Garbage, bad checksums, sentences without a fix and other sentences are counted (per connection, per
/// unit and in total, as in AvlStats) and ignored. A line still without an end after kMaxLine bytes is
/// dropped (counted as garbage) up to its end; the connection stays. Each connection has its own buffer and
/// decoder, so one connection's garbage never disturbs another's; a client sending only garbage only
/// raises its counters.
class AvlListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvlListener)

public:
    /// What the feed brought for one unit over all its connections so far.
    struct UnitFeed
    {
        AvlStats stats;      ///< every line after the UNIT line
        int stored = 0;      ///< fixes written to the store (repeats of one epoch are not)
        int connections = 0; ///< connections open now
    };

    explicit AvlListener(DispatchService& service, QObject* parent = nullptr);
    ~AvlListener() override;

    /// "127.0.0.1:4101", "[::1]:4101", "localhost:4101" → address and port (1–65535), or why it is not.
    static Result<std::pair<QHostAddress, quint16>> parseAddress(const QString& hostPort);
    /// Starts listening; port 0 takes a free port (see port()).
    Status listen(const QHostAddress& address, quint16 port);
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;

    /// Every line seen on every connection so far (open and closed).
    AvlStats totals() const;
    UnitFeed unitFeed(qint64 unitId) const;
    /// Connections open now, whether they have sent their UNIT line yet or not.
    int connectionCount() const { return int(m_clients.size()); }
    /// Connections turned away (unknown callsign, bad first line).
    int refusedCount() const { return m_refused; }

    /// The longest line kept in a connection's buffer while waiting for its end.
    static constexpr qsizetype kMaxLine = 4096;

Q_SIGNALS:
    /// A unit's position was stored.
    void fixStored(qint64 unitId);
    /// Counters changed (after each batch of received lines).
    void statsChanged();
    /// A connection opened, identified itself, was refused or closed.
    void connectionsChanged();

private:
    struct Client;
    void accept();
    void read(QTcpSocket* socket);
    void closed(QTcpSocket* socket);
    void greet(QTcpSocket* socket, Client& c, QByteArrayView line);
    void refuse(QTcpSocket* socket, Client& c, const QByteArray& reason);
    void handleLine(Client& c, QByteArrayView line);

    DispatchService& m_service;
    QTcpServer* m_server;
    std::unordered_map<QTcpSocket*, std::unique_ptr<Client>> m_clients;
    AvlStats m_closedTotals;                 ///< lines of connections already closed
    QHash<qint64, AvlStats> m_closedByUnit;  ///< the same, per unit
    QHash<qint64, int> m_storedByUnit;
    int m_refused = 0;
};

} // namespace dispatch
