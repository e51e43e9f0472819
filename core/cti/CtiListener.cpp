// SPDX-License-Identifier: GPL-3.0-or-later
#include "cti/CtiListener.h"

#include "util/Clock.h"
#include "util/LineSplitter.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace dispatch {

struct CtiListener::Client
{
    LineSplitter lines{kMaxLine};
};

CtiListener::CtiListener(RingingCalls& calls, const Clock& clock, QObject* parent)
    : QObject(parent), m_calls(calls), m_clock(clock), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &CtiListener::accept);
}

CtiListener::~CtiListener()
{
    for (const auto& [socket, client] : m_clients)
        socket->disconnect(this);
}

Status CtiListener::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server->listen(address, port))
        return Error{tr("cannot take the telephone system's calls on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_server->errorString())};
    return Done{};
}

bool CtiListener::isListening() const
{
    return m_server->isListening();
}

quint16 CtiListener::port() const
{
    return m_server->serverPort();
}

void CtiListener::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_clients.size() >= std::size_t(kMaxConnections)) {
            ++m_stats.connectionsRefused;
            m_stats.lastProblem = tr("more than %1 connections at once: one closed").arg(kMaxConnections);
            socket->abort();
            socket->deleteLater();
            Q_EMIT statsChanged();
            continue;
        }
        m_clients.emplace(socket, std::make_unique<Client>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        // Queued: the socket may report its end while one of its lines is being handled.
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { closed(socket); }, Qt::QueuedConnection);
        Q_EMIT connectionsChanged();
    }
}

void CtiListener::closed(QTcpSocket* socket)
{
    read(socket); // whatever arrived with the end
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    if (!it->second->lines.pending().trimmed().isEmpty()) {
        handleLine(it->second->lines.pending()); // a last event without its line end
        Q_EMIT statsChanged();
    }
    m_clients.erase(it);
    socket->deleteLater();
    Q_EMIT connectionsChanged();
}

void CtiListener::read(QTcpSocket* socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    const auto cut = [this] {
        ++m_stats.lines;
        ++m_stats.malformed;
        m_stats.lastProblem = tr("a line longer than %1 bytes").arg(kMaxLine);
    };
    it->second->lines.feed(
        socket->readAll(),
        [&](QByteArrayView line) {
            if (line.size() > kMaxLine)
                cut(); // ended within one read, yet longer than a line may be
            else
                handleLine(line);
            return true;
        },
        cut);
    Q_EMIT statsChanged();
}

void CtiListener::handleLine(QByteArrayView line)
{
    const QByteArrayView text = line.trimmed();
    if (text.isEmpty())
        return;
    ++m_stats.lines;
    const Result<CtiEvent> event = CtiEvents::parseLine(text);
    if (!event) {
        ++m_stats.malformed;
        m_stats.lastProblem = event.errorString();
        return;
    }
    CtiEvent e = *event;
    if (m_ownTimeOnly)
        e.atMs = 0;
    if (const Status s = m_calls.apply(e, m_clock.nowMs()); !s) {
        ++m_stats.refused;
        m_stats.lastProblem = s.errorString();
        return;
    }
    ++m_stats.applied;
    if (const PhoneCall* call = m_calls.call(event->callId))
        Q_EMIT applied(event->type, *call);
    Q_EMIT callChanged(event->callId);
}

} // namespace dispatch
