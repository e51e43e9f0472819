// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DistrictData.h"
#include "domain/Incident.h"
#include "domain/Unit.h"
#include "domain/User.h"
#include "service/Board.h"
#include "service/SetupCommands.h"
#include "store/EventLog.h"
#include "util/Result.h"

#include <QObject>

#include <optional>

namespace dispatch {

class Clock;
class CommandContext;
class Database;
struct ChangeSet;

/// The one door through which every change goes. Each command checks the rules, writes the new state
/// and its event in ONE transaction, refreshes the board from the store and then emits batched, typed
/// signals. Screens and reports derive from the board and the store; none keeps its own status.
class DispatchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispatchService)

public:
    DispatchService(Database& db, const Clock& clock, QString desk, QObject* parent = nullptr);
    ~DispatchService() override;

    Database& database() const { return m_db; }
    const Clock& clock() const { return m_clock; }
    const Board& board() const { return m_board; }
    const QString& desk() const { return m_desk; }

    // Session
    Result<User> login(const QString& username, const QString& password);
    Status logout();
    const std::optional<User>& currentUser() const { return m_user; }
    /// Lets a tool (dispatchctl, the simulator) act without a signed-in user; its name goes on every event.
    void actAsSystem(const QString& toolName);
    Actor actor() const;

    // Set-up and administration
    Status installDistrict(const DistrictData& district);
    Result<qint64> addUser(const SetupCommands::NewUser& user);
    Status setPassword(const QString& username, const QString& password,
                       int iterations = PasswordHash::kDefaultIterations);

    // Incidents
    Result<qint64> createIncident(const IncidentDraft& draft);
    Status changeIncidentState(qint64 incidentId, IncidentState to, const QString& reason = {});

    // Units
    Status changeUnitState(qint64 unitId, UnitState to, const QString& reason = {});

    // Reads
    /// An incident from the board, or from the store when it is no longer active.
    std::optional<Incident> findIncident(qint64 incidentId) const;
    /// Every event recorded about one entity, oldest first.
    QList<EventRecord> history(const QString& entity, qint64 entityId) const;

    /// Reloads the board when another process (another desk, dispatchctl) committed to the store.
    /// Cheap (one PRAGMA); meant to be called from the window's tick.
    bool refreshIfChangedElsewhere();

Q_SIGNALS:
    void incidentsAdded(const QList<qint64>& ids);
    void incidentsChanged(const QList<qint64>& ids);
    void incidentsRemoved(const QList<qint64>& ids);
    void unitsChanged(const QList<qint64>& ids);
    void referenceChanged();
    void eventsAppended(qint64 lastSeq);
    void boardReset();
    void sessionChanged();

private:
    template<typename T, typename Body>
    Result<T> perform(Body&& body);
    void publish(const ChangeSet& changes);
    qint64 dataVersion() const;

    Database& m_db;
    const Clock& m_clock;
    QString m_desk;
    Board m_board;
    std::optional<User> m_user;
    QString m_systemTool;
    qint64 m_dataVersion = 0;
};

} // namespace dispatch
