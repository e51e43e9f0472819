// SPDX-License-Identifier: GPL-3.0-or-later
#include "avl/AvlListener.h"

#include "service/DispatchService.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace dispatch {

struct AvlListener::Client
{
    qint64 unitId = 0;
    QByteArray buffer;
    NmeaDecoder decoder;
    int droppedLines = 0; ///< over-long lines, counted as garbage
    bool discarding = false; ///< the rest of a dropped line is skipped up to its end
};

AvlListener::AvlListener(DispatchService& service, QObject* parent)
    : QObject(parent), m_service(service), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &AvlListener::accept);
}

AvlListener::~AvlListener() = default;

Result<std::pair<QHostAddress, quint16>> AvlListener::parseAddress(const QString& hostPort)
{
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon > 0 ? hostPort.mid(colon + 1).toUInt(&ok) : 0;
    QHostAddress address(colon > 0 ? hostPort.left(colon) : QString());
    if (colon > 0 && hostPort.left(colon) == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    if (!ok || port > 65535 || address.isNull())
        return Error{tr("\"%1\" is not HOST:PORT (for example 127.0.0.1:4101)").arg(hostPort),
                     QStringLiteral("--avl-listen")};
    return std::pair{address, quint16(port)};
}

Status AvlListener::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server->listen(address, port))
        return Error{tr("cannot listen for positions on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_server->errorString()),
                     QStringLiteral("--avl-listen")};
    return Done{};
}

quint16 AvlListener::port() const
{
    return m_server->serverPort();
}

AvlStats AvlListener::totals() const
{
    AvlStats t = m_closed;
    for (const auto& c : m_clients) {
        t += c->decoder.stats();
        t.garbage += c->droppedLines;
        t.lines += c->droppedLines;
    }
    return t;
}

void AvlListener::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_clients.insert(socket, std::make_shared<Client>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (auto c = m_clients.take(socket)) {
                m_closed += c->decoder.stats();
                m_closed.garbage += c->droppedLines;
                m_closed.lines += c->droppedLines;
            }
            socket->deleteLater();
            Q_EMIT statsChanged();
        });
    }
}

void AvlListener::read(QTcpSocket* socket)
{
    const std::shared_ptr<Client> client = m_clients.value(socket);
    if (!client)
        return;
    client->buffer += socket->readAll();
    qsizetype start = 0;
    for (qsizetype nl = client->buffer.indexOf('\n'); nl >= 0; nl = client->buffer.indexOf('\n', start)) {
        const QByteArrayView line = QByteArrayView(client->buffer).sliced(start, nl - start);
        start = nl + 1;
        if (client->discarding) {
            client->discarding = false;
            continue;
        }
        if (!client->unitId) {
            const QString first = QString::fromUtf8(line).trimmed();
            const Unit* unit = first.startsWith(QLatin1String("UNIT "))
                                   ? m_service.board().unitByCallsign(first.mid(5).trimmed())
                                   : nullptr;
            if (!unit) {
                socket->write(first.startsWith(QLatin1String("UNIT ")) ? "ERR unknown unit\r\n"
                                                                       : "ERR the first line must be UNIT <callsign>\r\n");
                socket->disconnectFromHost();
                client->buffer.clear();
                return;
            }
            client->unitId = unit->id;
            socket->write("OK " + unit->callsign.toUtf8() + "\r\n");
            continue;
        }
        handleLine(*client, line);
    }
    client->buffer.remove(0, start);
    if (client->buffer.size() > kMaxLine) { // no end of line in sight: drop it, keep the connection
        client->buffer.clear();
        if (!client->discarding)
            ++client->droppedLines;
        client->discarding = true;
    }
    Q_EMIT statsChanged();
}

void AvlListener::handleLine(Client& c, QByteArrayView line)
{
    const std::optional<AvlFix> fix = c.decoder.decode(line);
    if (!fix)
        return;
    if (m_service.reportPosition(c.unitId, fix->position)) {
        ++m_fixesByUnit[c.unitId];
        Q_EMIT fixStored(c.unitId);
    }
}

} // namespace dispatch
