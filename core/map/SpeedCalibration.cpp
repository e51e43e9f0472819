// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/SpeedCalibration.h"

#include <glpk.h>

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <memory>

namespace dispatch {

namespace {

struct ProblemDeleter
{
    void operator()(glp_prob* p) const { glp_delete_prob(p); }
};

/// A linear model t = Σ_k x_k · a_k fitted by least absolute deviations: minimise Σ |t_i − Σ_k x_k a_ik| with each
/// x_k within its bounds. Returns the x_k, or nothing when the solver fails.
std::optional<std::vector<double>> leastAbsolute(const std::vector<std::vector<double>>& a, const std::vector<double>& t,
                                                 const std::vector<std::pair<double, double>>& bounds)
{
    const int n = int(t.size()), k = int(bounds.size());
    glp_term_out(GLP_OFF);
    std::unique_ptr<glp_prob, ProblemDeleter> lp(glp_create_prob());
    glp_set_obj_dir(lp.get(), GLP_MIN);
    glp_add_cols(lp.get(), k + 2 * n);
    for (int j = 0; j < k; ++j)
        glp_set_col_bnds(lp.get(), j + 1, bounds[std::size_t(j)].first == bounds[std::size_t(j)].second ? GLP_FX : GLP_DB,
                         bounds[std::size_t(j)].first, bounds[std::size_t(j)].second);
    for (int i = 0; i < 2 * n; ++i) {
        glp_set_col_bnds(lp.get(), k + i + 1, GLP_LO, 0, 0);
        glp_set_obj_coef(lp.get(), k + i + 1, 1);
    }
    glp_add_rows(lp.get(), n);
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0};
    for (int i = 0; i < n; ++i) {
        glp_set_row_bnds(lp.get(), i + 1, GLP_FX, t[std::size_t(i)], t[std::size_t(i)]);
        for (int j = 0; j < k; ++j)
            if (const double v = a[std::size_t(i)][std::size_t(j)]; v != 0) {
                ia.push_back(i + 1);
                ja.push_back(j + 1);
                ar.push_back(v);
            }
        // t_i = Σ x a + over_i − under_i
        ia.push_back(i + 1);
        ja.push_back(k + 2 * i + 1);
        ar.push_back(1);
        ia.push_back(i + 1);
        ja.push_back(k + 2 * i + 2);
        ar.push_back(-1);
    }
    glp_load_matrix(lp.get(), int(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    glp_smcp simplex;
    glp_init_smcp(&simplex);
    simplex.presolve = GLP_ON;
    if (glp_simplex(lp.get(), &simplex) != 0 || glp_get_status(lp.get()) != GLP_OPT)
        return std::nullopt;
    std::vector<double> x(std::size_t(k), 0);
    for (int j = 0; j < k; ++j)
        x[std::size_t(j)] = glp_get_col_prim(lp.get(), j + 1);
    return x;
}

CalibrationAccuracy accuracyOf(const std::vector<double>& predicted, const std::vector<double>& taken)
{
    CalibrationAccuracy a;
    a.trips = int(taken.size());
    if (taken.empty())
        return a;
    std::vector<double> abs;
    double sum = 0;
    int close = 0;
    for (std::size_t i = 0; i < taken.size(); ++i) {
        const double e = predicted[i] - taken[i];
        abs.push_back(std::fabs(e));
        sum += e;
        close += std::fabs(e) <= 60;
    }
    std::sort(abs.begin(), abs.end());
    const std::size_t m = abs.size() / 2;
    a.medianAbsError = abs.size() % 2 ? abs[m] : (abs[m - 1] + abs[m]) / 2;
    a.bias = sum / double(taken.size());
    a.within60 = double(close) / double(taken.size());
    return a;
}

/// Each trip's way by road under `profile`, grouped by where the trips start (one search per start).
QList<std::optional<RoadLegs>> route(const RoadGraph& graph, const QList<CalibrationTrip>& trips)
{
    QList<std::optional<RoadLegs>> out(trips.size());
    QHash<QPair<double, double>, QList<qsizetype>> byStart;
    for (qsizetype i = 0; i < trips.size(); ++i)
        byStart[{trips.at(i).from.lat, trips.at(i).from.lon}].append(i);
    for (auto it = byStart.cbegin(); it != byStart.cend(); ++it) {
        QList<GeoPoint> targets;
        for (qsizetype i : it.value())
            targets.append(trips.at(i).to);
        const QList<std::optional<RoadLegs>> legs = graph.legsFrom(trips.at(it.value().first()).from, targets);
        for (qsizetype j = 0; j < it.value().size(); ++j)
            out[it.value().at(j)] = legs.at(j);
    }
    return out;
}

} // namespace

QList<CalibrationGroup> SpeedCalibration::groups()
{
    return {{QStringLiteral("motorway"), {QStringLiteral("motorway"), QStringLiteral("trunk")}},
            {QStringLiteral("primary"), {QStringLiteral("primary")}},
            {QStringLiteral("secondary"), {QStringLiteral("secondary"), QStringLiteral("tertiary")}},
            {QStringLiteral("local"),
             {QStringLiteral("unclassified"), QStringLiteral("residential"), QStringLiteral("road"),
              QStringLiteral("living_street"), QStringLiteral("service"), QStringLiteral("track"),
              QStringLiteral("pedestrian")}}};
}

TripSelection SpeedCalibration::select(const QList<UnitJourney>& journeys, const QList<CalibrationStation>& stations,
                                       const QRegularExpression& unitPattern, double heldOutShare)
{
    TripSelection out;
    const auto number = [](const QString& digits) { return QString::number(digits.toLongLong()); }; // "07" is 7
    QHash<QString, GeoPoint> stationAt;
    for (const CalibrationStation& s : stations)
        stationAt.insert(number(s.number), s.at);
    QList<std::pair<qint64, CalibrationTrip>> kept;
    for (const UnitJourney& j : journeys) {
        ++out.journeys;
        const QRegularExpressionMatch m = unitPattern.match(j.unit);
        const auto home = m.hasMatch() && m.lastCapturedIndex() >= 1 ? stationAt.constFind(number(m.captured(1)))
                                                                      : stationAt.cend();
        if (home == stationAt.cend()) {
            ++out.noStation;
            continue;
        }
        const double own = geo::distanceMetres(*home, j.to);
        bool nearest = true;
        for (const CalibrationStation& s : stations)
            if (geo::distanceMetres(s.at, j.to) < own - 1) {
                nearest = false;
                break;
            }
        if (!nearest) {
            ++out.outsideOwnArea;
            continue;
        }
        const double seconds = double(j.onSceneMs - j.enRouteMs) / 1000.0;
        if (seconds < 20 || seconds > 1200) {
            ++out.implausible;
            continue;
        }
        kept.append({j.enRouteMs, CalibrationTrip{*home, j.to, seconds, false}});
    }
    std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const qsizetype firstHeld = kept.size() - qsizetype(std::llround(double(kept.size()) * std::clamp(heldOutShare, 0.0, 0.9)));
    for (qsizetype i = 0; i < kept.size(); ++i) {
        kept[i].second.holdout = i >= firstHeld;
        out.trips.append(kept.at(i).second);
    }
    return out;
}

Result<CalibrationResult> SpeedCalibration::fit(const QList<RoadRecord>& roads, const QList<CalibrationTrip>& trips,
                                                const RoadProfile& start, int iterations)
{
    CalibrationResult r;
    r.profile = start;
    r.profile.maxspeedShare = 0; // the fitted class speeds are the speeds driven; a mapped limit would override them
    r.groups = groups();
    const int G = int(r.groups.size());
    QHash<QString, int> groupOf;
    for (int g = 0; g < G; ++g)
        for (const QString& c : r.groups.at(g).classes)
            groupOf.insert(c, g);

    // Which trips are used: both ends on the network and a road between them, under the starting profile.
    const RoadGraph first = RoadGraph::build(roads, start);
    if (first.isEmpty())
        return Error{tr("no map is loaded: speeds are fitted over the roads (dispatchctl map import)")};
    const QList<std::optional<RoadLegs>> startLegs = route(first, trips);
    QList<CalibrationTrip> used;
    QList<std::optional<RoadLegs>> legs; // each used trip's way under the current speeds: the starting ones first
    std::vector<double> startingPredicted, heldOutTaken;
    for (qsizetype i = 0; i < trips.size(); ++i) {
        if (!startLegs.at(i)) {
            ++r.offNetwork;
            continue;
        }
        used.append(trips.at(i));
        legs.append(startLegs.at(i));
        if (trips.at(i).holdout) {
            startingPredicted.push_back(startLegs.at(i)->seconds);
            heldOutTaken.push_back(trips.at(i).seconds);
        }
    }
    r.startingHeldOut = accuracyOf(startingPredicted, heldOutTaken);
    std::vector<double> lengths;
    for (const CalibrationTrip& t : used) {
        (t.holdout ? r.holdoutTrips : r.fitTrips) += 1;
        lengths.push_back(geo::distanceMetres(t.from, t.to));
    }
    if (!lengths.empty()) {
        std::nth_element(lengths.begin(), lengths.begin() + std::ptrdiff_t(lengths.size() / 2), lengths.end());
        r.medianMetres = lengths[lengths.size() / 2];
    }
    if (r.fitTrips < kMinTrips)
        return Error{tr("%1 journeys to fit on (at least %2 are needed): a longer period, or the units' stations")
                         .arg(r.fitTrips)
                         .arg(kMinTrips)};

    // The straight line: t = start + distance · pace.
    {
        std::vector<std::vector<double>> a;
        std::vector<double> t;
        for (const CalibrationTrip& trip : used)
            if (!trip.holdout) {
                a.push_back({1.0, geo::distanceMetres(trip.from, trip.to)});
                t.push_back(trip.seconds);
            }
        const auto x = leastAbsolute(a, t, {{0, 600}, {3.6 / 150, 3.6 / 3}});
        if (!x)
            return Error{tr("the solver found no straight-line fit")};
        r.straightStartSeconds = (*x)[0];
        r.straightKmh = 3.6 / (*x)[1];
    }

    // The roads: fit on the routes found, route again with the fitted speeds, for the rounds asked.
    for (int round = 0; round < std::max(1, iterations); ++round) {
        ++r.iterations;
        std::vector<double> driven(std::size_t(G), 0);
        for (qsizetype i = 0; i < used.size(); ++i)
            if (!used.at(i).holdout && legs.at(i))
                for (auto it = legs.at(i)->metresByClass.cbegin(); it != legs.at(i)->metresByClass.cend(); ++it)
                    if (const auto g = groupOf.constFind(it.key()); g != groupOf.cend())
                        driven[std::size_t(*g)] += it.value();
        double total = 0;
        for (double d : driven)
            total += d;
        // A group is fitted when it carries at least 2 % of the metres driven; else it keeps the starting speed.
        // Each group's coefficient scales its classes' starting times (a factor of 0.2 to 5), so that the classes
        // of a group keep their proportions (a service road stays slower than a residential street).
        std::vector<std::pair<double, double>> bounds{{0, 600}};
        for (int g = 0; g < G; ++g) {
            CalibrationGroup& group = r.groups[g];
            group.metres = driven[std::size_t(g)];
            group.fitted = total > 0 && group.metres >= 0.02 * total;
            bounds.push_back(group.fitted ? std::pair{0.2, 5.0} : std::pair{1.0, 1.0});
        }
        std::vector<std::vector<double>> a;
        std::vector<double> t;
        for (qsizetype i = 0; i < used.size(); ++i) {
            if (used.at(i).holdout || !legs.at(i))
                continue;
            std::vector<double> row(std::size_t(G) + 1, 0);
            row[0] = 1;
            for (auto it = legs.at(i)->metresByClass.cbegin(); it != legs.at(i)->metresByClass.cend(); ++it)
                if (const auto g = groupOf.constFind(it.key()); g != groupOf.cend())
                    if (const double kmh = start.speedKmh.value(it.key(), 0); kmh > 0)
                        row[std::size_t(*g) + 1] += it.value() / (kmh / 3.6);
            a.push_back(std::move(row));
            // The way to and from the network is timed at the profile's access speed, as the desk times it.
            t.push_back(used.at(i).seconds - legs.at(i)->accessMetres / (start.accessKmh / 3.6));
        }
        const auto x = leastAbsolute(a, t, bounds);
        if (!x)
            return Error{tr("the solver found no fit of the road speeds")};
        r.profile.startSeconds = (*x)[0];
        for (int g = 0; g < G; ++g) {
            const double factor = (*x)[std::size_t(g) + 1];
            for (const QString& c : r.groups.at(g).classes)
                if (const double kmh = start.speedKmh.value(c, 0); kmh > 0 && factor > 0)
                    r.profile.speedKmh.insert(c, kmh / factor);
            r.groups[g].kmh = r.profile.speedKmh.value(r.groups.at(g).classes.first(), 0);
        }
        legs = route(RoadGraph::build(roads, r.profile), used);
    }

    // The fitted profile and the straight line, each on the trips fitted and the trips held out.
    std::vector<double> fittedFit, fittedHeld, straightFit, straightHeld, takenFit, takenHeld;
    for (qsizetype i = 0; i < used.size(); ++i) {
        const CalibrationTrip& trip = used.at(i);
        if (!legs.at(i))
            continue; // reachable under the starting speeds, so under the fitted ones too: not expected
        const double straight = r.straightStartSeconds + geo::distanceMetres(trip.from, trip.to) / (r.straightKmh / 3.6);
        (trip.holdout ? fittedHeld : fittedFit).push_back(legs.at(i)->seconds);
        (trip.holdout ? straightHeld : straightFit).push_back(straight);
        (trip.holdout ? takenHeld : takenFit).push_back(trip.seconds);
    }
    r.fittedFit = accuracyOf(fittedFit, takenFit);
    r.straightFit = accuracyOf(straightFit, takenFit);
    r.fittedHeldOut = accuracyOf(fittedHeld, takenHeld);
    r.straightHeldOut = accuracyOf(straightHeld, takenHeld);
    return r;
}

QJsonObject SpeedCalibration::toJson(const CalibrationResult& r)
{
    const auto accuracy = [](const CalibrationAccuracy& a) {
        return QJsonObject{{QStringLiteral("trips"), a.trips},
                           {QStringLiteral("median_abs_error_s"), std::round(a.medianAbsError * 10) / 10},
                           {QStringLiteral("bias_s"), std::round(a.bias * 10) / 10},
                           {QStringLiteral("within_60s"), std::round(a.within60 * 1000) / 1000}};
    };
    QJsonArray groups;
    for (const CalibrationGroup& g : r.groups)
        groups.append(QJsonObject{{QStringLiteral("group"), g.name},
                                  {QStringLiteral("classes"), QJsonArray::fromStringList(g.classes)},
                                  {QStringLiteral("kmh"), std::round(g.kmh * 10) / 10},
                                  {QStringLiteral("km_driven"), std::round(g.metres / 100) / 10},
                                  {QStringLiteral("fitted"), g.fitted}});
    QJsonObject o = r.profile.toJson();
    o.insert(QStringLiteral("fitted"),
             QJsonObject{{QStringLiteral("method"), QStringLiteral("least absolute deviations (GLPK simplex), routes re-found "
                                                                   "with each round's speeds")},
                         {QStringLiteral("trips"), r.fitTrips},
                         {QStringLiteral("held_out_trips"), r.holdoutTrips},
                         {QStringLiteral("off_network"), r.offNetwork},
                         {QStringLiteral("median_km"), std::round(r.medianMetres / 10) / 100},
                         {QStringLiteral("rounds"), r.iterations},
                         {QStringLiteral("groups"), groups},
                         {QStringLiteral("straight_line"),
                          QJsonObject{{QStringLiteral("start_seconds"), std::round(r.straightStartSeconds * 10) / 10},
                                      {QStringLiteral("kmh"), std::round(r.straightKmh * 10) / 10}}},
                         {QStringLiteral("held_out"),
                          QJsonObject{{QStringLiteral("starting_profile"), accuracy(r.startingHeldOut)},
                                      {QStringLiteral("fitted_profile"), accuracy(r.fittedHeldOut)},
                                      {QStringLiteral("straight_line"), accuracy(r.straightHeldOut)}}},
                         {QStringLiteral("fit"),
                          QJsonObject{{QStringLiteral("fitted_profile"), accuracy(r.fittedFit)},
                                      {QStringLiteral("straight_line"), accuracy(r.straightFit)}}}});
    return o;
}

} // namespace dispatch
