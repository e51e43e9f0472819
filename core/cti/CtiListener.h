// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cti/RingingCalls.h"
#include "util/Result.h"

#include <QHostAddress>
#include <QObject>

#include <memory>
#include <unordered_map>

class QTcpServer;
class QTcpSocket;

namespace dispatch {

class Clock;

/// What the CTI feed brought so far, over every connection.
struct CtiStats
{
    int lines = 0;     ///< non-empty lines received
    int applied = 0;   ///< events that changed the calls
    int malformed = 0; ///< lines that are not an event (bad JSON, a field wrong or missing), cut lines included
    int refused = 0;   ///< events that could not apply (a second ring of one call, a location of no call)
    int connectionsRefused = 0; ///< connections closed on arrival, kMaxConnections being open
    QString lastProblem; ///< the last malformed or refused line's reason, "field: what"
};

/// The telephone system's feed the desk opens with --cti-listen HOST:PORT.
///
/// Protocol: the centre's CTI middleware connects over TCP and sends JSON Lines (UTF-8, LF or CR LF), one event per
/// line, as CtiEvents::parseLine reads them; the desk never answers. Any number of connections (a middleware per
/// switch, a reconnect after a drop); the listener keeps listening when one drops, so the middleware reconnects
/// by itself. A line that is not an event is counted and dropped, the connection stays; a line without an end after
/// kMaxLine bytes is dropped up to its end. Events apply to the desk's RingingCalls in the order they arrive, each
/// with the receive time of the desk's clock for the events that carry no time.
class CtiListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtiListener)

public:
    CtiListener(RingingCalls& calls, const Clock& clock, QObject* parent = nullptr);
    ~CtiListener() override;

    /// Starts listening; port 0 takes a free port (see port()). HOST:PORT text is read by AvlListener::parseAddress.
    Status listen(const QHostAddress& address, quint16 port);
    bool isListening() const;
    quint16 port() const;

    /// Every event takes the listener's clock at receipt, whatever time the line carries: an exercise runs on its own
    /// time, which a practice switch's wall clock knows nothing of.
    void setOwnTimeOnly(bool on) { m_ownTimeOnly = on; }
    const CtiStats& stats() const { return m_stats; }
    /// Connections open now: 0 means the telephone system is not connected, which the desk shows.
    int connectionCount() const { return int(m_clients.size()); }

    static constexpr qsizetype kMaxLine = 8192;
    /// A switch's middleware holds a connection or two: more at once are closed on arrival (and counted).
    static constexpr int kMaxConnections = 16;

Q_SIGNALS:
    /// An event was applied: its type and the call as it stands after it (the desk records it in the store).
    void applied(dispatch::CtiEventType type, const dispatch::PhoneCall& call);
    /// A call changed (rang, was answered, moved, ended).
    void callChanged(const QString& callId);
    void statsChanged();
    void connectionsChanged();

private:
    struct Client;
    void accept();
    void read(QTcpSocket* socket);
    void closed(QTcpSocket* socket);
    void handleLine(QByteArrayView line);

    RingingCalls& m_calls;
    const Clock& m_clock;
    QTcpServer* m_server;
    std::unordered_map<QTcpSocket*, std::unique_ptr<Client>> m_clients;
    CtiStats m_stats;
    bool m_ownTimeOnly = false;
};

} // namespace dispatch
