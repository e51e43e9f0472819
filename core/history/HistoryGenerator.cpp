// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryGenerator.h"

#include "clocks/ResponsePolicy.h"
#include "domain/EventKinds.h"
#include "service/Board.h"
#include "service/CommandContext.h"
#include "store/ImportRepository.h"
#include "store/IncidentRepository.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>

#include <array>
#include <cmath>
#include <vector>

namespace dispatch {

namespace {

struct Weighted
{
    const char* code;
    double weight;
};

// Seed 003 (two months, 5,046 incidents): criminal 327, public order 459, dispute 1,286, assistance 2,239,
// other 735 (spread here over traffic, inquiry and non-police).
constexpr std::array<Weighted, 7> kCategories{{{"criminal", 327},
                                               {"public_order", 459},
                                               {"dispute", 1286},
                                               {"assistance", 2239},
                                               {"traffic", 400},
                                               {"inquiry", 200},
                                               {"non_police", 135}}};
// Relative load by hour of day (local): low before dawn, high in the day and evening.
constexpr std::array<double, 24> kHourly{{2.6, 2.0, 1.6, 1.3, 1.1, 1.2, 1.8, 2.8, 3.9, 4.6, 5.0, 5.0,
                                          4.8, 4.7, 4.8, 4.9, 5.0, 5.1, 5.2, 5.3, 5.4, 5.0, 4.2, 3.4}};

template<size_t N>
size_t pick(QRandomGenerator& rng, const std::array<double, N>& cumulative)
{
    const double x = rng.generateDouble() * cumulative.back();
    for (size_t i = 0; i < N; ++i)
        if (x < cumulative[i])
            return i;
    return N - 1;
}

/// A log-normal draw with the given median and spread (sigma of the log).
double logNormal(QRandomGenerator& rng, double median, double sigma)
{
    const double u1 = std::max(rng.generateDouble(), 1e-12), u2 = rng.generateDouble();
    const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    return median * std::exp(sigma * z);
}

} // namespace

qint64 HistoryGenerator::run(CommandContext& ctx, const GenerateOptions& o)
{
    ctx.requireRole({Role::Administrator, Role::Trainer});
    if (o.incidents < 1 || o.days < 1)
        throw DispatchError(tr("at least one incident over at least one day"));
    const Board& board = ctx.board();
    if (board.zones().isEmpty())
        throw DispatchError(tr("the store has no zones to place incidents in"));
    const ResponsePolicy& policy = ctx.policy();
    QRandomGenerator rng(o.seed);
    const QTimeZone zone = board.timeZone();

    // The days, weighted (weekends busier), and the hours.
    const qint64 end = o.endMs ? o.endMs : ctx.now();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(end - 1, zone).date();
    const QDate firstDay = lastDay.addDays(1 - o.days);
    std::vector<double> dayCumulative;
    double sum = 0;
    for (int d = 0; d < o.days; ++d) {
        sum += firstDay.addDays(d).dayOfWeek() >= 6 ? 1.1 : 1.0;
        dayCumulative.push_back(sum);
    }
    std::array<double, 24> hourCumulative{};
    sum = 0;
    for (size_t h = 0; h < 24; ++h)
        hourCumulative[h] = (sum += kHourly[h]);
    std::array<double, kCategories.size()> categoryCumulative{};
    sum = 0;
    for (size_t c = 0; c < kCategories.size(); ++c)
        categoryCumulative[c] = (sum += kCategories[c].weight);
    // Zones weighted by tier: the inner circles see more calls.
    std::vector<const Zone*> zones;
    std::vector<double> zoneCumulative;
    sum = 0;
    for (const Zone& z : board.zones()) {
        zones.push_back(&z);
        zoneCumulative.push_back(sum += 6.0 - z.tier);
    }

    ImportRecord record;
    record.source = QStringLiteral("GEN");
    record.profile = QStringLiteral("generated");
    record.file = QStringLiteral("seed %1, %2 days").arg(o.seed).arg(o.days);
    record.rows = record.incidents = o.incidents;
    record.importedAtMs = ctx.now();
    record.importedBy = ctx.actor().username;
    const qint64 importId = ImportRepository::insert(ctx.db(), record);

    // The values every generated incident shares.
    Incident incident;
    incident.createdAtMs = incident.updatedAtMs = ctx.now();
    incident.origin = IncidentOrigin::Imported;
    IncidentHistory history;
    IncidentRepository::Batch rows(ctx.db());
    history.importId = importId;
    const QString lines[] = {QStringLiteral("110"), QStringLiteral("122")};
    std::array<QString, kCategories.size()> categoryCodes;
    for (size_t c = 0; c < kCategories.size(); ++c)
        categoryCodes[c] = QString::fromLatin1(kCategories[c].code);
    QHash<qint64, qint64> midnightUtc; // local day index → UTC ms of its midnight
    for (int n = 0; n < o.incidents; ++n) {
        // A day and an hour by their weights; the end of the last day (after the end of the history) is drawn again.
        qint64 received = 0;
        do {
            const double x = rng.generateDouble() * dayCumulative.back();
            size_t d = size_t(std::lower_bound(dayCumulative.begin(), dayCumulative.end(), x) - dayCumulative.begin());
            d = std::min(d, dayCumulative.size() - 1);
            auto mid = midnightUtc.constFind(qint64(d));
            if (mid == midnightUtc.cend())
                mid = midnightUtc.insert(qint64(d),
                                         QDateTime(firstDay.addDays(qint64(d)), QTime(0, 0), zone).toMSecsSinceEpoch());
            const size_t hour = pick(rng, hourCumulative);
            received = *mid + qint64(hour) * 3600000 + qint64(rng.bounded(3600000));
        } while (received >= end);

        const size_t categoryIndex = pick(rng, categoryCumulative);
        const char* category = kCategories[categoryIndex].code;
        const int priority = category == std::string_view("criminal") ? 1 + int(rng.bounded(2))
                             : rng.bounded(10) == 0                     ? 1
                                                                        : 2 + int(rng.bounded(3)) % 3;
        const Zone* z = zones[size_t(std::lower_bound(zoneCumulative.begin(), zoneCumulative.end(),
                                                      rng.generateDouble() * zoneCumulative.back()) - zoneCumulative.begin())];
        const GeoBox& box = z->area.bounds();
        GeoPoint p{box.minLat, box.minLon};
        for (int tries = 0; tries < 50; ++tries) {
            p = {box.minLat + rng.generateDouble() * (box.maxLat - box.minLat),
                 box.minLon + rng.generateDouble() * (box.maxLon - box.minLon)};
            if (z->area.contains(p))
                break;
        }
        // First-unit times around the policy's targets; inquiries and non-police calls get no unit.
        const bool dispatched = category != std::string_view("inquiry") && category != std::string_view("non_police");
        const qint64 toDispatch = qint64(logNormal(rng, 55, 0.6) * 1000);
        const qint64 toSign = qint64(logNormal(rng, 15, 0.5) * 1000);
        const qint64 target = policy.allowedMs(ClockKind::Arrival, priority, z->tier);
        const qint64 toScene = qint64(logNormal(rng, double(target) * 0.8, 0.45));
        const bool arrived = dispatched && rng.bounded(100) < 96;
        const bool transferred = rng.bounded(1000) < 216;
        const qint64 closedAt = received + toDispatch + toScene + qint64(logNormal(rng, 1800, 0.7) * 1000);

        // Numbered by the generation's import id, so that a second run (even with the same seed) adds to the first.
        const QString tail = QString::number(importId) + u'-' + QString::number(n + 1);
        incident.number = QStringLiteral("GEN-") + tail;
        incident.sourceRef = QStringLiteral("GEN:") + tail;
        incident.line = lines[rng.bounded(20) == 0 ? 1 : 0];
        incident.position = p;
        incident.zoneId = z->id;
        incident.tier = z->tier;
        incident.category = categoryCodes[categoryIndex];
        incident.priority = priority;
        incident.state = transferred ? IncidentState::Transferred : IncidentState::Closed;
        incident.stateSinceMs = closedAt;
        incident.receivedAtMs = received;
        history.firstDispatchedMs = dispatched ? std::optional(received + toDispatch) : std::nullopt;
        history.firstSignedForMs = dispatched ? std::optional(received + toDispatch + toSign) : std::nullopt;
        history.firstOnSceneMs = arrived ? std::optional(received + toDispatch + toScene) : std::nullopt;
        rows.insert(incident, history);
    }
    ctx.record(events::kHistoryGenerated, QStringLiteral("import"), importId,
               QJsonObject{{QStringLiteral("incidents"), o.incidents},
                           {QStringLiteral("days"), o.days},
                           {QStringLiteral("seed"), qint64(o.seed)},
                           {QStringLiteral("first_day"), firstDay.toString(Qt::ISODate)},
                           {QStringLiteral("last_day"), lastDay.toString(Qt::ISODate)}});
    return importId;
}

} // namespace dispatch
