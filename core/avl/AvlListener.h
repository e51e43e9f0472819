// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "avl/NmeaDecoder.h"
#include "util/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace dispatch {

class DispatchService;

/// The live position feed the desk opens with --avl-listen HOST:PORT.
///
/// Protocol (one TCP connection per unit, lines ending in LF or CRLF):
///   1. the client sends `UNIT <callsign>`;
///   2. the desk answers `OK <callsign>`, or `ERR <reason>` and closes (unknown callsign, bad first line);
///   3. the client streams NMEA-0183 sentences; every good fix is stored as the unit's position with the
///      desk's receive time (staleness is about when the desk last heard of the unit).
/// Garbage, bad checksums and sentences without a fix are counted (per connection and in total) and
/// ignored; a line longer than kMaxLine without an end is dropped as garbage. One connection's garbage
/// never disturbs another's.
class AvlListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvlListener)

public:
    explicit AvlListener(DispatchService& service, QObject* parent = nullptr);
    ~AvlListener() override;

    /// "127.0.0.1:4101" → address and port, or the reason it is not one.
    static Result<std::pair<QHostAddress, quint16>> parseAddress(const QString& hostPort);
    Status listen(const QHostAddress& address, quint16 port);
    quint16 port() const;

    /// Every sentence seen on every connection so far.
    AvlStats totals() const;
    int connectionCount() const { return int(m_clients.size()); }
    /// Fixes stored per unit id.
    int fixesFor(qint64 unitId) const { return m_fixesByUnit.value(unitId); }

    static constexpr qsizetype kMaxLine = 4096;

Q_SIGNALS:
    void fixStored(qint64 unitId);
    void statsChanged();

private:
    struct Client;
    void accept();
    void read(QTcpSocket* socket);
    void handleLine(Client& c, QByteArrayView line);

    DispatchService& m_service;
    QTcpServer* m_server;
    QHash<QTcpSocket*, std::shared_ptr<Client>> m_clients;
    AvlStats m_closed; ///< stats of connections already gone
    QHash<qint64, int> m_fixesByUnit;
};

} // namespace dispatch
