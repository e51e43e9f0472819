// SPDX-License-Identifier: GPL-3.0-or-later
#include "avl/AvlListener.h"

#include "service/DispatchService.h"
#include "util/LineSplitter.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <optional>

namespace dispatch {

struct AvlListener::Client
{
    qint64 unitId = 0;        ///< 0 until the UNIT line is accepted
    bool refused = false;     ///< ERR sent, closing: anything else it sends is dropped
    LineSplitter lines{kMaxLine};
    NmeaDecoder decoder;
    std::optional<AvlFix> lastStored;
};

AvlListener::AvlListener(DispatchService& service, QObject* parent)
    : QObject(parent), m_service(service), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &AvlListener::accept);
}

AvlListener::~AvlListener()
{
    for (const auto& [socket, client] : m_clients)
        socket->disconnect(this);
}

Result<std::pair<QHostAddress, quint16>> AvlListener::parseAddress(const QString& hostPort)
{
    const QString text = hostPort.trimmed();
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return Error{tr("\"%1\" has no port: give HOST:PORT, for example 127.0.0.1:4101").arg(hostPort)};
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return Error{tr("\"%1\" in \"%2\" is not a port number (1 to 65535)").arg(text.mid(colon + 1), hostPort)};
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return Error{tr("\"%1\" in \"%2\" is not an IP address (or localhost) of this machine").arg(host, hostPort)};
    return std::pair{address, quint16(port)};
}

Status AvlListener::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server->listen(address, port))
        return Error{tr("cannot take positions on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_server->errorString())};
    return Done{};
}

bool AvlListener::isListening() const
{
    return m_server->isListening();
}

quint16 AvlListener::port() const
{
    return m_server->serverPort();
}

QHostAddress AvlListener::address() const
{
    return m_server->serverAddress();
}

AvlStats AvlListener::totals() const
{
    AvlStats t = m_closedTotals;
    for (const auto& [socket, client] : m_clients)
        t += client->decoder.stats();
    return t;
}

AvlListener::UnitFeed AvlListener::unitFeed(qint64 unitId) const
{
    UnitFeed feed;
    feed.stats = m_closedByUnit.value(unitId);
    feed.stored = m_storedByUnit.value(unitId);
    for (const auto& [socket, client] : m_clients)
        if (client->unitId == unitId) {
            feed.stats += client->decoder.stats();
            ++feed.connections;
        }
    return feed;
}

void AvlListener::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_clients.emplace(socket, std::make_unique<Client>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        // Queued: the socket may report its end while one of its lines is being handled.
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { closed(socket); }, Qt::QueuedConnection);
        Q_EMIT connectionsChanged();
    }
}

void AvlListener::closed(QTcpSocket* socket)
{
    read(socket); // whatever arrived with the end
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    Client& c = *it->second;
    if (c.unitId && !c.refused && !c.lines.pending().isEmpty()) {
        handleLine(c, c.lines.pending()); // a last sentence without its line end
        Q_EMIT statsChanged();
    }
    m_closedTotals += c.decoder.stats();
    if (c.unitId)
        m_closedByUnit[c.unitId] += c.decoder.stats();
    m_clients.erase(it);
    socket->deleteLater();
    Q_EMIT connectionsChanged();
}

void AvlListener::read(QTcpSocket* socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    Client& c = *it->second;
    if (c.refused) {
        socket->readAll();
        return;
    }
    c.lines.feed(
        socket->readAll(),
        [&](QByteArrayView line) {
            if (!c.unitId)
                greet(socket, c, line);
            else
                handleLine(c, line);
            return !c.refused;
        },
        [&] {
            if (!c.unitId)
                refuse(socket, c, "ERR expected UNIT <callsign>\r\n");
            else
                c.decoder.countCutLine();
        });
    Q_EMIT statsChanged();
}

void AvlListener::greet(QTcpSocket* socket, Client& c, QByteArrayView line)
{
    const QString text = QString::fromUtf8(line).trimmed();
    if (text.isEmpty())
        return;
    if (!text.startsWith(QLatin1String("UNIT ")))
        return refuse(socket, c, "ERR expected UNIT <callsign>\r\n");
    const QString callsign = text.mid(5).trimmed();
    const Unit* unit = m_service.board().unitByCallsign(callsign);
    if (!unit)
        return refuse(socket, c, "ERR unknown unit " + callsign.toUtf8() + "\r\n");
    c.unitId = unit->id;
    socket->write("OK " + unit->callsign.toUtf8() + "\r\n");
    Q_EMIT connectionsChanged();
}

void AvlListener::refuse(QTcpSocket* socket, Client& c, const QByteArray& reason)
{
    c.refused = true;
    ++m_refused;
    socket->write(reason);
    socket->disconnectFromHost();
    Q_EMIT connectionsChanged();
}

void AvlListener::handleLine(Client& c, QByteArrayView line)
{
    const std::optional<AvlFix> fix = c.decoder.decode(line);
    if (!fix)
        return;
    if (c.lastStored && fix->time && c.lastStored->time == fix->time && c.lastStored->position == fix->position)
        return;
    const Status stored = m_service.reportPosition(c.unitId, fix->position);
    if (!stored) {
        qWarning("AVL: position of unit %lld not stored: %s", c.unitId, qPrintable(stored.errorString()));
        return;
    }
    c.lastStored = fix;
    ++m_storedByUnit[c.unitId];
    Q_EMIT fixStored(c.unitId);
}

} // namespace dispatch
