// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/RoadGraph.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace dispatch {

/// One journey of a unit from history: where it left from (its station), where it went, and how long it took from
/// going en route to arriving. The last part of a period is held out of the fit to measure it.
struct CalibrationTrip
{
    GeoPoint from, to;
    double seconds = 0;
    bool holdout = false;
};

/// A unit's journey as history records it: the unit, where it went, when it went en route and when it arrived.
struct UnitJourney
{
    QString unit;
    GeoPoint to;
    qint64 enRouteMs = 0, onSceneMs = 0;
};

/// A station a unit leaves from, known by the number in its name ("Fire Station #15" → "15").
struct CalibrationStation
{
    QString number;
    GeoPoint at;
};

/// What became of the journeys read from history.
struct TripSelection
{
    QList<CalibrationTrip> trips;
    int journeys = 0;
    int noStation = 0;       ///< the unit's name gives no station of the file
    int outsideOwnArea = 0;  ///< another station is nearer the incident: the unit may not have left from its own
    int implausible = 0;     ///< under 20 s or over 20 min from en route to on scene
};

/// Road classes fitted together (a class alone is rarely driven enough to fit): one factor scales the starting
/// profile's times on all of them, so that they keep their proportions.
struct CalibrationGroup
{
    QString name;          ///< "motorway", "primary", "secondary", "local"
    QStringList classes;
    double kmh = 0;        ///< its first class's speed, fitted or (too little of it driven) the starting one
    double metres = 0;     ///< driven on it over the fitted trips
    bool fitted = false;
};

/// How far a model's times are from the times the units took.
struct CalibrationAccuracy
{
    int trips = 0;
    double medianAbsError = 0; ///< seconds
    double bias = 0;           ///< mean of predicted − taken, seconds: > 0 the model is slow, < 0 it promises too much
    double within60 = 0;       ///< share of trips predicted within a minute
};

struct CalibrationResult
{
    RoadProfile profile;            ///< the fitted profile (the starting one's other values kept)
    QList<CalibrationGroup> groups;
    double straightStartSeconds = 0; ///< the best straight-line model: start + distance / speed
    double straightKmh = 0;
    int fitTrips = 0, holdoutTrips = 0;
    double medianMetres = 0;        ///< of the journeys used, as the crow flies
    int offNetwork = 0;             ///< trips left out: an end off the roads or no road between them
    int iterations = 0;
    /// On the held-out trips: the starting profile, the fitted one, the straight line; and on the fitted trips.
    CalibrationAccuracy startingHeldOut, fittedHeldOut, straightHeldOut, fittedFit, straightFit;
};

/// Fits the speeds of road classes and a fixed start-up time to the times units took in history (least absolute
/// deviations, by GLPK's simplex: a median fit, so that the odd trip — a unit that stopped on the way, a wrong
/// "on scene" button — does not pull it), re-routing with each fit's speeds until the routes settle. The best
/// straight-line model (start + distance / speed) is fitted on the same trips by the same method, so that the two
/// are compared fairly on the held-out trips.
class SpeedCalibration
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::SpeedCalibration)

public:
    static QList<CalibrationGroup> groups();
    /// The journeys that tell a unit's speed: the unit's station from the number `unitPattern` captures in its name
    /// ("E32" → station 32), the incident in that station's own area (no station nearer to it), 20 s to 20 min on
    /// the way. The last `heldOutShare` of them in time is held out of the fit.
    static TripSelection select(const QList<UnitJourney>& journeys, const QList<CalibrationStation>& stations,
                                const QRegularExpression& unitPattern, double heldOutShare = 0.3);
    static Result<CalibrationResult> fit(const QList<RoadRecord>& roads, const QList<CalibrationTrip>& trips,
                                         const RoadProfile& start, int iterations = 3);
    /// The fitted profile as a profile file, with how it was fitted ("fitted": trips, groups, accuracy).
    static QJsonObject toJson(const CalibrationResult& r);

    static constexpr int kMinTrips = 30;
};

} // namespace dispatch
