// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Scenario.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace dispatch {

class Database;

/// A scenario call as the training store keeps it: when it rings, what the caller says, what it should become,
/// and what the desk made of it.
struct TrainingCall
{
    qint64 id = 0;
    QString ref;              ///< the scenario's call id; incidents and merged callers carry "SIM:<ref>"
    qint64 ringAtMs = 0;
    QString line, caller, phone, address, text;
    std::optional<GeoPoint> position;
    QString sameEventAs;      ///< ref of the earlier call of the same event
    bool escalation = false;
    ScenarioTruth truth;      ///< what the event should be (for a further caller: the event's truth at that call)
    QString recommended;      ///< the callsign ranked first when the incident was first seen
    qint64 incidentId = 0;    ///< the incident it became, or was merged into
    bool merged = false;
    qint64 handledAtMs = 0;

    QString sourceRef() const { return QStringLiteral("SIM:") + ref; }
    bool isAnswered() const { return incidentId != 0; }
};

/// A training store (演练库): a store of its own for one exercise — never the live one —, marked as such (every
/// incident in it is an exercise), seeded with the demo district (the scenario's zones and roster when it has
/// them) and the scenario's calls. Commits are not synced (a scratch store).
class TrainingStore
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::TrainingStore)

public:
    /// Creates the store at `path` (which must not hold a store yet) for the scenario starting at its start time.
    /// `trainees`: users of the live store to add (username, display name), so that they can sit the exercise.
    static Result<std::unique_ptr<Database>> create(const QString& path, const Scenario& scenario,
                                                    const QList<QPair<QString, QString>>& trainees = {});
    /// Opens a training store (another desk, the trainer console); refuses a store that is not one.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    static bool isTrainingStore(const QSqlDatabase& db);

    static QList<TrainingCall> calls(const QSqlDatabase& db);
    static std::optional<TrainingCall> call(const QSqlDatabase& db, const QString& ref);
    /// Calls that rang by `nowMs` and are not answered yet, oldest first.
    static QList<TrainingCall> ringing(const QSqlDatabase& db, qint64 nowMs);
    /// Adds a call that rings at `ringAtMs` (the scenario's, or one the trainer injects): `sameEventAs` names the
    /// first call of its event (empty for a first call), `truth` what the trainee should reach for it.
    static void insertCall(const QSqlDatabase& db, const ScenarioEvent& call, qint64 ringAtMs, const QString& sameEventAs,
                           const ScenarioTruth& truth);
    static void link(const QSqlDatabase& db, const QString& ref, qint64 incidentId, bool merged, qint64 atMs);
    static void setRecommended(const QSqlDatabase& db, const QString& ref, const QString& callsign);
    static QString meta(const QSqlDatabase& db, const QString& key);
    static void setMeta(const QSqlDatabase& db, const QString& key, const QString& value);
};

} // namespace dispatch
