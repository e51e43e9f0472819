// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/RoadGraph.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dispatch {

/// A place a unit can wait at: an existing staging point or station, or a road node proposed as a new one.
struct SitingSite
{
    QString code;   ///< the staging point's code, or "N<node>" for a road node
    QString name;
    GeoPoint point;
    bool existing = false;
};

/// What to site (科学布点).
struct SitingOptions
{
    int points = 8;              ///< how many sites to choose
    double targetSeconds = 300;  ///< an incident is covered when a unit from a chosen site reaches it in this time
    QStringList keep;            ///< codes of existing sites that stay whatever the solver finds
    bool backup = false;         ///< among the best covers, prefer the one reaching most incidents from a second site
    bool amongExisting = false;  ///< choose among the existing sites only (the best N of today's stations)
    double spacingMetres = 400;  ///< road nodes offered as new sites: one per square of this side where incidents are
    int timeLimitSeconds = 60;   ///< the solver's time limit
};

/// An incident of the period the sites are chosen for, with its zone (empty when outside every zone).
struct SitingDemand
{
    GeoPoint point;
    QString zone;
};

struct SitingChosen
{
    SitingSite site;
    int covered = 0; ///< incidents it reaches within the target
};

struct SitingZone
{
    QString zone;
    int incidents = 0;
    int coveredNow = 0;
    int coveredProposed = 0;
};

struct SitingResult
{
    int incidents = 0;   ///< of the period, with a position
    int offNetwork = 0;  ///< of them, farther than the road network's reach (never covered)
    int candidates = 0;  ///< sites the solver chose among
    int existingOnNetwork = 0;
    int coveredNow = 0, coveredTwiceNow = 0;           ///< by every existing site
    int coveredProposed = 0, coveredTwiceProposed = 0; ///< by the chosen sites
    QList<SitingChosen> chosen;
    QList<SitingZone> zones; ///< by zone name, the most incidents first
    bool optimal = false;    ///< the solver proved the cover the best one
    double gap = 0;          ///< (bound − found) / found: 0 when optimal; the LP relaxation's bound otherwise
    double solverSeconds = 0;
};

/// Maximal covering (ReVelle and Church): choose `points` sites among the existing ones and road nodes so that the
/// most incidents are reached over the roads within the target, optionally keeping some existing sites; solved as
/// a mixed-integer programme by GLPK (exactly unless the time limit stops it, the gap then reported).
class Siting
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::Siting)

public:
    static Result<SitingResult> solve(const RoadGraph& graph, const QList<SitingDemand>& demand,
                                      const QList<SitingSite>& existing, const SitingOptions& options);
    /// The chosen sites as a GeoJSON FeatureCollection of points (code, name, existing, covered).
    static QByteArray toGeoJson(const SitingResult& result);
};

} // namespace dispatch
