// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerWatch.h"

#include "store/Database.h"
#include "store/SqlServer.h"
#include "util/Clock.h"

#include <QSqlDriver>
#include <QSqlError>

#include <atomic>

namespace dispatch {

namespace {

std::atomic<int> s_watches{0};

} // namespace

ServerWatch::ServerWatch(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock),
      m_listenerName(QStringLiteral("dispatch-listener-%1").arg(++s_watches))
{
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ServerWatch::check);
}

ServerWatch::~ServerWatch()
{
    closeListener();
}

void ServerWatch::start()
{
    QString why;
    if (!listen(&why)) {
        m_lostSinceMs = m_clock.nowMs();
        Q_EMIT connectionLost(*m_lostSinceMs, why);
    }
    m_timer.start();
}

void ServerWatch::closeListener()
{
    m_listening = false;
    if (m_listener.isValid()) {
        if (QSqlDriver* driver = m_listener.driver())
            disconnect(driver, nullptr, this, nullptr);
        m_listener.close();
        m_listener = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_listenerName);
    }
}

bool ServerWatch::listen(QString* why)
{
    closeListener();
    m_listener = QSqlDatabase::cloneDatabase(m_db.connection(), m_listenerName);
    if (!m_listener.open()) {
        *why = m_listener.lastError().text().trimmed();
        return false;
    }
    QSqlDriver* driver = m_listener.driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(Database::kChangeChannel))) {
        *why = driver->lastError().text().trimmed();
        return false;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                notified(name, payload);
            });
    m_listening = true;
    return true;
}

void ServerWatch::notified(const QString& name, const QVariant& payload)
{
    if (name != QLatin1String(Database::kChangeChannel))
        return;
    if (payload.toString() == QString::number(m_db.backendPid()))
        return; // this desk's own commit: already applied
    Q_EMIT woken();
}

void ServerWatch::check()
{
    QString why;
    bool listening = m_listening && sql::answers(m_listener, &why);
    bool alive = m_db.isAlive();
    if (!alive && why.isEmpty())
        why = tr("the server does not answer");
    if (listening && alive) {
        if (m_lostSinceMs)
            restored();
        return;
    }
    if (!m_lostSinceMs)
        m_lostSinceMs = m_clock.nowMs();
    Q_EMIT connectionLost(*m_lostSinceMs, why);
    // Fresh connections: the old ones (and their subscription) may belong to a server that restarted.
    if (!alive) {
        if (Status s = m_db.reconnect(); s)
            alive = true;
        else
            why = s.errorString();
    }
    if (!listening)
        listening = listen(&why);
    if (alive && listening)
        restored();
}

void ServerWatch::restored()
{
    const qint64 lostFor = m_clock.nowMs() - *m_lostSinceMs;
    m_lostSinceMs.reset();
    Q_EMIT connectionRestored(lostFor);
    Q_EMIT woken(); // what was committed meanwhile is read from the feed
}

} // namespace dispatch
