// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/Siting.h"

#include <glpk.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <numbers>

namespace dispatch {

namespace {

/// Incidents that join the network at one node with about the same way to it, counted together.
struct DemandItem
{
    int node = 0;
    double accessSeconds = 0;
    int weight = 0;
    QHash<QString, int> zones;
};

struct ProblemDeleter
{
    void operator()(glp_prob* p) const { glp_delete_prob(p); }
};

} // namespace

Result<SitingResult> Siting::solve(const RoadGraph& graph, const QList<SitingDemand>& demand,
                                   const QList<SitingSite>& existing, const SitingOptions& o)
{
    if (graph.isEmpty())
        return Error{tr("no map is loaded: sites are chosen over the roads (dispatchctl map import)")};
    if (o.points < 1)
        return Error{tr("choose at least one site"), QStringLiteral("points")};
    if (o.targetSeconds < 30 || o.targetSeconds > 3600)
        return Error{tr("the target must be 30 to 3,600 seconds"), QStringLiteral("target")};
    for (const QString& code : o.keep)
        if (std::none_of(existing.begin(), existing.end(), [&](const SitingSite& s) { return s.code == code; }))
            return Error{tr("no existing site has the code \"%1\"").arg(code), QStringLiteral("keep")};
    if (o.keep.size() > o.points)
        return Error{tr("%1 sites are kept but only %2 chosen").arg(o.keep.size()).arg(o.points), QStringLiteral("keep")};

    SitingResult r;
    // The incidents by the node they join the network at (and their way to it, to 10 s).
    std::map<std::pair<int, int>, int> itemOf;
    QList<DemandItem> items;
    GeoBox box;
    QHash<QString, int> offByZone; // counted in their zone, never covered
    for (const SitingDemand& d : demand) {
        ++r.incidents;
        const auto n = graph.nearestNode(d.point);
        if (!n) {
            ++r.offNetwork;
            ++offByZone[d.zone];
            continue;
        }
        box.extend(d.point);
        const double access = graph.accessSeconds(n->second);
        const std::pair<int, int> key{n->first, int(std::lround(access / 10.0))};
        auto it = itemOf.find(key);
        if (it == itemOf.end()) {
            it = itemOf.emplace(key, int(items.size())).first;
            items.append({n->first, double(key.second) * 10.0, 0, {}});
        }
        DemandItem& item = items[it->second];
        ++item.weight;
        ++item.zones[d.zone];
    }
    if (items.isEmpty())
        return Error{tr("no incident of the period lies on the map's roads: nothing to cover")};

    // The candidates: the existing sites on the network, then (unless only they may be chosen) one road node per
    // square of the spacing's side where incidents are.
    QList<SitingSite> candidates;
    for (const SitingSite& s : existing)
        if (graph.nearestNode(s.point)) {
            candidates.append(s);
            ++r.existingOnNetwork;
        } else if (o.keep.contains(s.code)) {
            return Error{tr("the kept site %1 is off the map's roads").arg(s.code), QStringLiteral("keep")};
        }
    if (!o.amongExisting) {
        const double dLat = o.spacingMetres / 111320.0;
        const double dLon = o.spacingMetres / (111320.0 * std::max(0.2, std::cos(box.minLat * std::numbers::pi / 180.0)));
        QSet<qint64> cells;
        QSet<qint64> wanted; // the squares incidents fall in, and the squares around them
        for (const DemandItem& item : items) {
            const GeoPoint& p = graph.nodePoint(item.node);
            const qint64 row = qint64(std::floor(p.lat / dLat)), col = qint64(std::floor(p.lon / dLon));
            for (qint64 r2 = row - 1; r2 <= row + 1; ++r2)
                for (qint64 c2 = col - 1; c2 <= col + 1; ++c2)
                    wanted.insert((r2 << 32) ^ (c2 & 0xffffffffLL));
        }
        for (int node = 0; node < graph.nodeCount(); ++node) {
            const GeoPoint& p = graph.nodePoint(node);
            const qint64 key = (qint64(std::floor(p.lat / dLat)) << 32) ^ (qint64(std::floor(p.lon / dLon)) & 0xffffffffLL);
            if (!wanted.contains(key) || cells.contains(key))
                continue;
            cells.insert(key);
            candidates.append({QStringLiteral("N%1").arg(node), QString(), p, false});
        }
    }
    r.candidates = int(candidates.size());
    if (o.points > candidates.size())
        return Error{tr("only %1 candidate sites for %2 to choose").arg(candidates.size()).arg(o.points),
                     QStringLiteral("points")};

    // Which demand each candidate reaches in time: one search per candidate, stopped at the target.
    QHash<int, QList<int>> itemsAtNode;
    for (qsizetype i = 0; i < items.size(); ++i)
        itemsAtNode[items[i].node].append(int(i));
    std::vector<std::vector<int>> covers(std::size_t(candidates.size()));
    for (qsizetype j = 0; j < candidates.size(); ++j)
        for (const auto& [node, seconds] : graph.nodesWithin(candidates[j].point, o.targetSeconds)) {
            const auto it = itemsAtNode.constFind(node);
            if (it == itemsAtNode.cend())
                continue;
            for (int i : *it)
                if (seconds + items[i].accessSeconds <= o.targetSeconds)
                    covers[std::size_t(j)].push_back(i);
        }
    auto coverage = [&](const std::vector<int>& chosen, int& once, int& twice, std::vector<int>* by = nullptr) {
        std::vector<int> count(std::size_t(items.size()), 0);
        for (int j : chosen)
            for (int i : covers[std::size_t(j)])
                ++count[std::size_t(i)];
        once = twice = 0;
        for (qsizetype i = 0; i < items.size(); ++i) {
            once += count[std::size_t(i)] >= 1 ? items[i].weight : 0;
            twice += count[std::size_t(i)] >= 2 ? items[i].weight : 0;
        }
        if (by)
            *by = std::move(count);
    };
    std::vector<int> existingIdx;
    for (qsizetype j = 0; j < candidates.size(); ++j)
        if (candidates[j].existing)
            existingIdx.push_back(int(j));
    std::vector<int> nowCount;
    coverage(existingIdx, r.coveredNow, r.coveredTwiceNow, &nowCount);

    // The programme: x_j (a site chosen, binary), y_i (demand item covered, 0..1), with backup u_i (covered twice).
    glp_term_out(GLP_OFF);
    std::unique_ptr<glp_prob, ProblemDeleter> lp(glp_create_prob());
    glp_set_obj_dir(lp.get(), GLP_MAX);
    const int J = int(candidates.size()), I = int(items.size());
    double total = 0;
    for (const DemandItem& item : items)
        total += item.weight;
    glp_add_cols(lp.get(), J + I + (o.backup ? I : 0));
    for (int j = 0; j < J; ++j) {
        glp_set_col_kind(lp.get(), j + 1, GLP_BV);
        if (o.keep.contains(candidates[j].code) && candidates[j].existing)
            glp_set_col_bnds(lp.get(), j + 1, GLP_FX, 1, 1);
    }
    for (int i = 0; i < I; ++i) {
        glp_set_col_bnds(lp.get(), J + i + 1, GLP_DB, 0, 1);
        glp_set_obj_coef(lp.get(), J + i + 1, items[i].weight);
        if (o.backup) {
            glp_set_col_bnds(lp.get(), J + I + i + 1, GLP_DB, 0, 1);
            glp_set_obj_coef(lp.get(), J + I + i + 1, items[i].weight / (total + 1)); // breaks ties only
        }
    }
    std::vector<std::vector<int>> coveredBy(static_cast<std::size_t>(I));
    for (int j = 0; j < J; ++j)
        for (int i : covers[std::size_t(j)])
            coveredBy[std::size_t(i)].push_back(j);
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0};
    auto entry = [&](int row, int col, double v) {
        ia.push_back(row);
        ja.push_back(col);
        ar.push_back(v);
    };
    const int rows = I + 1 + (o.backup ? I : 0);
    glp_add_rows(lp.get(), rows);
    for (int i = 0; i < I; ++i) {
        // y_i (+ u_i) − Σ x_j ≤ 0: covered only by a chosen site that reaches it (twice by two).
        glp_set_row_bnds(lp.get(), i + 1, GLP_UP, 0, 0);
        entry(i + 1, J + i + 1, 1);
        if (o.backup)
            entry(i + 1, J + I + i + 1, 1);
        for (int j : coveredBy[std::size_t(i)])
            entry(i + 1, j + 1, -1);
    }
    glp_set_row_bnds(lp.get(), I + 1, GLP_FX, o.points, o.points); // Σ x_j = N
    for (int j = 0; j < J; ++j)
        entry(I + 1, j + 1, 1);
    if (o.backup)
        for (int i = 0; i < I; ++i) { // u_i − y_i ≤ 0: a second site counts only for a covered incident
            glp_set_row_bnds(lp.get(), I + 2 + i, GLP_UP, 0, 0);
            entry(I + 2 + i, J + I + i + 1, 1);
            entry(I + 2 + i, J + i + 1, -1);
        }
    glp_load_matrix(lp.get(), int(ia.size()) - 1, ia.data(), ja.data(), ar.data());

    QElapsedTimer t;
    t.start();
    glp_smcp simplex;
    glp_init_smcp(&simplex);
    simplex.msg_lev = GLP_MSG_OFF;
    if (glp_simplex(lp.get(), &simplex) != 0 || glp_get_status(lp.get()) != GLP_OPT)
        return Error{tr("the solver could not solve the relaxed problem")};
    const double bound = glp_get_obj_val(lp.get());
    glp_iocp mip;
    glp_init_iocp(&mip);
    mip.msg_lev = GLP_MSG_OFF;
    mip.tm_lim = o.timeLimitSeconds * 1000;
    const int rc = glp_intopt(lp.get(), &mip);
    r.solverSeconds = double(t.nsecsElapsed()) / 1e9;
    const int status = glp_mip_status(lp.get());
    if ((rc != 0 && rc != GLP_ETMLIM) || (status != GLP_OPT && status != GLP_FEAS))
        return Error{tr("the solver found no choice of sites within %1 s").arg(o.timeLimitSeconds)};
    r.optimal = rc == 0 && status == GLP_OPT;
    const double found = glp_mip_obj_val(lp.get());
    r.gap = r.optimal ? 0.0 : std::max(0.0, (bound - found) / std::max(found, 1e-9));

    std::vector<int> chosen;
    for (int j = 0; j < J; ++j)
        if (glp_mip_col_val(lp.get(), j + 1) > 0.5)
            chosen.push_back(j);
    std::vector<int> proposedCount;
    coverage(chosen, r.coveredProposed, r.coveredTwiceProposed, &proposedCount);
    for (int j : chosen) {
        int covered = 0;
        for (int i : covers[std::size_t(j)])
            covered += items[i].weight;
        r.chosen.append({candidates[j], covered});
    }
    std::sort(r.chosen.begin(), r.chosen.end(), [](const SitingChosen& a, const SitingChosen& b) {
        if (a.site.existing != b.site.existing)
            return a.site.existing;
        return a.covered > b.covered;
    });

    QHash<QString, SitingZone> zones;
    for (qsizetype i = 0; i < items.size(); ++i)
        for (auto it = items[i].zones.cbegin(); it != items[i].zones.cend(); ++it) {
            SitingZone& z = zones[it.key()];
            z.zone = it.key();
            z.incidents += it.value();
            z.coveredNow += nowCount[std::size_t(i)] > 0 ? it.value() : 0;
            z.coveredProposed += proposedCount[std::size_t(i)] > 0 ? it.value() : 0;
        }
    for (auto it = offByZone.cbegin(); it != offByZone.cend(); ++it) {
        SitingZone& z = zones[it.key()];
        z.zone = it.key();
        z.incidents += it.value();
    }
    r.zones = zones.values();
    std::sort(r.zones.begin(), r.zones.end(), [](const SitingZone& a, const SitingZone& b) {
        return a.incidents != b.incidents ? a.incidents > b.incidents : a.zone < b.zone;
    });
    return r;
}

QByteArray Siting::toGeoJson(const SitingResult& result)
{
    QJsonArray features;
    for (const SitingChosen& c : result.chosen)
        features.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("code"), c.site.code},
                                                       {QStringLiteral("name"), c.site.name},
                                                       {QStringLiteral("existing"), c.site.existing},
                                                       {QStringLiteral("covered"), c.covered}}},
            {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                     {QStringLiteral("coordinates"), QJsonArray{c.site.point.lon, c.site.point.lat}}}}});
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                     {QStringLiteral("features"), features}})
        .toJson(QJsonDocument::Indented);
}

} // namespace dispatch
