// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <optional>

namespace dispatch {

class Clock;
class Database;

/// A desk's watch over its store on a server: wakes the desk when another desk commits, and notices a lost
/// connection and gets it back.
///
/// It listens on a connection of its own (LISTEN on Database::kChangeChannel; every commit notifies it with the
/// committing connection's server process, so this desk's own commits are told apart). A notification is only a
/// wake-up: the desk then reads the change feed after the last event it applied, so a notification missed while
/// the connection was down loses nothing. Every few seconds check() asks both connections for a trivial answer;
/// when one does not answer, the watch says so at once (connectionLost, with the time it was first noticed, again
/// on every failed check), opens the connections again and listens again — a fresh connection each time, since a
/// subscription does not survive a server restart — and, when both answer, says so (connectionRestored) and wakes
/// the desk to catch up.
class ServerWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerWatch)

public:
    static constexpr int kCheckIntervalMs = 2000;

    ServerWatch(Database& db, const Clock& clock, QObject* parent = nullptr);
    ~ServerWatch() override;

    /// Listens and starts the periodic check (the desk); tests call check() themselves.
    void start();
    bool isListening() const { return m_listening; }
    /// Since when the store has not answered (nothing while it does).
    std::optional<qint64> lostSinceMs() const { return m_lostSinceMs; }

    /// One round: both connections asked; a lost one opened again.
    void check();

Q_SIGNALS:
    /// Another desk or tool committed, or the connection came back: read the change feed.
    void woken();
    void connectionLost(qint64 sinceMs, const QString& why);
    void connectionRestored(qint64 lostForMs);

private:
    bool listen(QString* why);
    void closeListener();
    void notified(const QString& name, const QVariant& payload);
    void restored();

    Database& m_db;
    const Clock& m_clock;
    QString m_listenerName;
    QSqlDatabase m_listener;
    QTimer m_timer;
    bool m_listening = false;
    std::optional<qint64> m_lostSinceMs;
};

} // namespace dispatch
