// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace dispatch {

/// What the trainee should reach for a call (the ground truth the after-action report scores against).
struct ScenarioTruth
{
    QString category;
    int priority = 0;
    QString divertTo;       ///< agency code, empty: a police matter
    bool mediation = false;
};

/// One event of a scenario's timeline, at an offset from the scenario's start.
struct ScenarioEvent
{
    enum class Type { Call, Escalation, Unit, Instruction };
    enum class UnitEvent { Breakdown, AvlLost, LateOnScene };

    Type type = Type::Call;
    qint64 atSeconds = 0;
    QString id;              ///< calls and escalations: unique within the scenario

    // Calls and escalations (an escalation is a further caller of the event `sameEventAs` whose truth changes).
    QString line = QStringLiteral("110");
    QString caller, phone, address, text;
    std::optional<GeoPoint> position;
    QString sameEventAs;     ///< a further caller of that call's event (to be merged, not a new incident)
    std::optional<ScenarioTruth> truth; ///< required for a first call; optional for a further caller
    /// Placed by a role-player from a telephone of the training room: with a practice switch connected to the
    /// console the call rings when the switch rings from `phone`, else at its time like any other.
    bool practiceLine = false;

    // Unit events.
    QString unit;
    UnitEvent unitEvent = UnitEvent::Breakdown;
    int minutes = 0;         ///< how long (breakdown, AVL lost) or how late (late on scene); 0: to the end

    // Instructions from higher command.
    QString source;
    QString instructionClass = QStringLiteral("general");
};

/// A unit of the scenario's roster.
struct ScenarioUnit
{
    QString callsign;
    QString type;
    GeoPoint position;
    QString state = QStringLiteral("available_patrol");
    QString stagingPoint;    ///< staging point code of the district, if any
    QString station;         ///< station code of the district, if any
    QString certificateNo;   ///< mediators
    QString certificateValidUntil;
};

/// How simulated people behave: each range [min, max] is drawn from uniformly by the seeded generator.
struct ScenarioBehaviour
{
    using Range = std::pair<int, int>;
    Range answerSeconds{3, 12};          ///< the automatic dispatcher picks up
    Range intakeSeconds{25, 70};         ///< … and saves the incident
    Range dispatchSeconds{5, 20};        ///< … and sends the recommended units
    Range signForSeconds{5, 35};         ///< a unit signs for (签收)
    Range enRouteSeconds{5, 20};         ///< … and sets off
    std::pair<double, double> travelFactor{0.9, 1.3}; ///< the recommendation's ETA × this
    QMap<QString, Range> onSceneMinutes; ///< by category; "default" for the rest
    Range reviewSeconds{30, 120};        ///< the automatic dispatcher accepts the feedback
    Range instructionSeconds{30, 180};   ///< … signs for and handles an instruction
};

/// A training scenario (模拟演练脚本), read from the documented JSON format (resources/scenarios/README.md).
struct Scenario
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::Scenario)

public:
    QString title;
    QString description;
    QString zones = QStringLiteral("demo"); ///< "demo" or a GeoJSON file (absolute, or relative to the scenario)
    qint64 startMs = 0;
    int utcOffsetSeconds = 8 * 3600;        ///< the start's offset, kept for writing the file again
    qint64 durationSeconds = 0;             ///< 0: until two hours after the last event
    bool demoUnits = true;                  ///< the demo district's units (when "units" is "demo")
    QList<ScenarioUnit> units;
    ScenarioBehaviour behaviour;
    QList<ScenarioEvent> events;            ///< by offset, then in file order

    /// Every problem of the file, each with the file, the JSON path and the reason; empty when the file is good.
    static Result<Scenario> fromJson(const QByteArray& json, const QString& fileName);
    static Result<Scenario> fromFile(const QString& path);
    QJsonObject toJson() const;

    qint64 endMs() const;
    const ScenarioEvent* call(const QString& id) const;
    /// The first call of an event, following further callers and escalations back.
    const ScenarioEvent* origin(const ScenarioEvent& call) const;
    int callCount() const;
};

} // namespace dispatch
