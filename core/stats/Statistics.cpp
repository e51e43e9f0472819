// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/Statistics.h"

#include "clocks/ResponsePolicy.h"
#include "store/Database.h"
#include "store/StatisticsQueries.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <vector>

namespace dispatch {

namespace {

/// Percentiles by selection (nth_element), not a full sort: the shares are counted directly.
IntervalStats summarise(std::vector<qint64>& ms, int negative)
{
    IntervalStats s;
    s.negative = negative;
    s.n = int(ms.size());
    if (ms.empty())
        return s;
    int w60 = 0, w180 = 0, w300 = 0;
    for (const qint64 v : ms) {
        w60 += v <= 60000;
        w180 += v <= 180000;
        w300 += v <= 300000;
    }
    const double n = double(ms.size());
    s.shareWithin60s = w60 / n;
    s.shareWithin180s = w180 / n;
    s.shareWithin300s = w300 / n;
    // Nearest rank, taken in increasing order so that each selection narrows the next.
    auto from = ms.begin();
    for (auto [p, out] : {std::pair{0.5, &s.p50}, std::pair{0.9, &s.p90}, std::pair{0.95, &s.p95}}) {
        const size_t rank = std::max<size_t>(size_t(std::ceil(p * n)), 1) - 1;
        const auto nth = ms.begin() + qsizetype(rank);
        std::nth_element(from, nth, ms.end());
        *out = double(*nth) / 1000.0;
        from = nth;
    }
    return s;
}

QJsonObject toJson(const IntervalStats& s)
{
    return {{QStringLiteral("n"), s.n},
            {QStringLiteral("p50"), s.p50},
            {QStringLiteral("p90"), s.p90},
            {QStringLiteral("p95"), s.p95},
            {QStringLiteral("share_within_60s"), s.shareWithin60s},
            {QStringLiteral("share_within_180s"), s.shareWithin180s},
            {QStringLiteral("share_within_300s"), s.shareWithin300s},
            {QStringLiteral("left_out_negative"), s.negative}};
}

/// Throws DispatchError when the store fails.
Statistics computeIn(const QSqlDatabase& db, const ResponsePolicy& policy, const QTimeZone& zone, const StatsQuery& query)
{
    Statistics s;
    s.fromMs = query.fromMs;
    s.toMs = query.toMs;

    // One pass over the period's rows: counts, time of day, days and the intervals to the first unit.
    // The few distinct codes (lines, categories, states) are counted by their text as the store hands it over.
    using TextCounts = std::vector<std::pair<QByteArray, int>>; // a dozen codes at most: a linear search
    TextCounts lines, categories, states, transferredCategories;
    const auto countText = [](TextCounts& into, QByteArrayView key) {
        for (auto& [code, n] : into)
            if (code == key) {
                ++n;
                return;
            }
        into.emplace_back(key.toByteArray(), 1); // a copy: the text dies with the row
    };
    std::array<int, 5> priorities{};
    std::unordered_map<qint64, int> zones;
    // One pass for the time of day, the days and the intervals to the first unit.
    std::vector<qint64> recvDisp, dispSigned, dispScene, recvScene;
    int negRecvDisp = 0, negDispSigned = 0, negDispScene = 0, negRecvScene = 0;
    QHash<qint64, int> offsetByUtcHour;
    qint64 lastUtcHour = std::numeric_limits<qint64>::min();
    int lastOffset = 0;
    QMap<qint64, int> byLocalDay; // days since epoch (local) → count
    qint64 lastDay = std::numeric_limits<qint64>::min();
    int* lastDayCount = nullptr;
    {
        const auto take = [](std::vector<qint64>& into, int& negative, std::optional<qint64> a, std::optional<qint64> b) {
            if (!a || !b)
                return std::optional<qint64>();
            const qint64 d = *b - *a;
            if (d < 0) {
                ++negative;
                return std::optional<qint64>();
            }
            into.push_back(d);
            return std::optional<qint64>(d);
        };
        for (IncidentFigureRows rows = StatisticsQueries::incidents(db, query); rows.next();) {
            const IncidentFigures& r = rows.row();
            const qint64 received = r.receivedMs;
            const qint64 utcHour = received >= 0 ? received / 3600000 : (received - 3599999) / 3600000;
            if (utcHour != lastUtcHour) { // rows come in received order: the hour rarely changes
                auto off = offsetByUtcHour.constFind(utcHour);
                if (off == offsetByUtcHour.cend())
                    off = offsetByUtcHour.insert(utcHour, zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcHour * 3600000, QTimeZone::utc())));
                lastUtcHour = utcHour;
                lastOffset = *off;
            }
            const qint64 localSec = received / 1000 + lastOffset;
            const qint64 day = localSec >= 0 ? localSec / 86400 : (localSec - 86399) / 86400;
            s.byHour[size_t((localSec - day * 86400) / 3600)] += 1;
            s.byWeekday[size_t(((day % 7) + 7 + 3) % 7)] += 1; // 1970-01-01 was a Thursday (index 3)
            if (day != lastDay) {
                lastDayCount = &byLocalDay[day];
                lastDay = day;
            }
            ++*lastDayCount;

            const int priority = r.priority;
            const int tier = r.tier;
            countText(lines, r.line);
            countText(categories, r.category);
            countText(states, r.state);
            if (r.state == QByteArrayView("transferred"))
                countText(transferredCategories, r.category);
            priorities[size_t(std::clamp(priority, 0, 4))] += 1;
            zones[r.zoneId] += 1;
            s.diverted += r.diverted;
            ++s.incidents;
            if (const auto d = take(recvDisp, negRecvDisp, r.receivedMs, r.firstDispatchedMs)) {
                ++s.callToDispatchN;
                s.callToDispatchMet += *d <= policy.allowedMs(ClockKind::CallToDispatch, priority, tier);
            }
            if (const auto d = take(dispSigned, negDispSigned, r.firstDispatchedMs, r.firstSignedForMs)) {
                ++s.signForN;
                s.signForWithin30s += *d <= 30000;
            }
            if (const auto d = take(dispScene, negDispScene, r.firstDispatchedMs, r.firstOnSceneMs)) {
                const qint64 bin = *d / (Statistics::kHistogramBinSeconds * 1000);
                s.arrivalHistogram[size_t(std::min<qint64>(bin, qint64(s.arrivalHistogram.size()) - 1))] += 1;
                if (tier > 0) {
                    const bool met = *d <= policy.allowedMs(ClockKind::Arrival, priority, tier);
                    ++s.arrivalN;
                    s.arrivalMet += met;
                    auto& t = s.arrivalByTier[tier];
                    ++t.first;
                    t.second += met;
                    auto& z = s.arrivalByZone[r.zoneId];
                    ++z.first;
                    z.second += met;
                }
            }
            take(recvScene, negRecvScene, r.receivedMs, r.firstOnSceneMs);
        }
    }
    for (const auto& [code, n] : lines)
        s.byLine.insert(QString::fromUtf8(code), n);
    for (const auto& [code, n] : categories)
        s.byCategory.insert(QString::fromUtf8(code), n);
    for (const auto& [code, n] : states)
        s.byState.insert(QString::fromUtf8(code), n);
    for (const auto& [code, n] : transferredCategories)
        s.transferredByCategory.insert(QString::fromUtf8(code), n);
    for (size_t p = 0; p < priorities.size(); ++p)
        if (priorities[p])
            s.byPriority.insert(int(p), priorities[p]);
    for (const auto& [zoneId, n] : zones)
        s.byZone.insert(zoneId, n);
    s.transferred = s.byState.value(QStringLiteral("transferred"));
    s.merged = s.byState.value(QStringLiteral("merged"));
    s.cancelled = s.byState.value(QStringLiteral("cancelled"));
    s.closed = s.byState.value(QStringLiteral("closed"));
    s.receivedToDispatched = summarise(recvDisp, negRecvDisp);
    s.dispatchedToSignedFor = summarise(dispSigned, negDispSigned);
    s.dispatchedToOnScene = summarise(dispScene, negDispScene);
    s.receivedToOnScene = summarise(recvScene, negRecvScene);

    // Every day of the period, with its count (days without incidents count as 0).
    if (!byLocalDay.isEmpty()) {
        const auto localDay = [&](qint64 utcMs) {
            const qint64 sec = utcMs / 1000 + zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
            return sec >= 0 ? sec / 86400 : (sec - 86399) / 86400;
        };
        const qint64 first = query.fromMs ? localDay(query.fromMs) : byLocalDay.firstKey();
        const qint64 last = query.toMs ? localDay(query.toMs - 1) : byLocalDay.lastKey();
        const QDate epoch(1970, 1, 1);
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int k = 0;
        for (qint64 d = first; d <= last; ++d, ++k) {
            const int n = byLocalDay.value(d);
            s.daily.append({epoch.addDays(d), n});
            sx += k;
            sy += n;
            sxx += double(k) * k;
            sxy += double(k) * n;
        }
        s.dailyAverage = k ? sy / k : 0;
        const double den = k * sxx - sx * sx;
        s.trendPerDay = den != 0 ? (k * sxy - sx * sy) / den : 0;
        if (!s.fromMs)
            s.fromMs = QDateTime(epoch.addDays(first), QTime(0, 0), zone).toMSecsSinceEpoch();
        if (!s.toMs)
            s.toMs = QDateTime(epoch.addDays(last + 1), QTime(0, 0), zone).toMSecsSinceEpoch();
    }

    // Feedback dispositions by category (live work), repeat marks, callbacks and mediations.
    for (const FeedbackFigures& f : StatisticsQueries::feedbackByCategory(db, query))
        s.resolvedOnSceneByCategory.insert(f.category, {f.withFeedback, f.resolvedOnScene});
    s.repeatMarks = StatisticsQueries::repeatMarks(db, query);
    const CallbackFigures calls = StatisticsQueries::callbacks(db, query);
    s.callbacks = calls.callbacks;
    s.callbacksReached = calls.reached;
    s.callbacksUnreachable = calls.unreachable;
    s.satisfied = calls.satisfied;
    s.basicallySatisfied = calls.basicallySatisfied;
    s.unsatisfied = calls.unsatisfied;
    const MediationFigures mediations = StatisticsQueries::mediations(db, query);
    s.mediationsOpen = mediations.open;
    s.mediationsSettled = mediations.settled;
    s.mediationsNotSettled = mediations.notSettled;
    s.mediationsReferred = mediations.referred;
    if (query.origins.contains(QStringLiteral("live")) && query.zoneIds.isEmpty() && query.categories.isEmpty()) {
        const InstructionFigures ins = StatisticsQueries::instructions(db, query.fromMs, query.toMs);
        s.instructions = ins.received;
        s.instructionsAnswered = ins.answered;
        s.instructionsAnsweredDirectly = ins.answeredDirectly;
        const TelephoneFigures t = StatisticsQueries::telephone(db, query.fromMs, query.toMs);
        s.phoneCalls = t.calls;
        s.phoneAnswered = t.answered;
        s.phoneAnswerTimed = t.answerTimed;
        s.answeredWithin10s = t.within10s;
        s.answeredWithin15s = t.within15s;
        s.answeredWithin20s = t.within20s;
        s.abandonedCalls = t.abandoned;
        s.abandonedCalledBack = t.calledBack;
        s.abandonedCalledBackInTime = t.calledBackInTime;
        s.abandonedReached = t.reached;
        s.abandonedBecameIncidents = t.becameIncidents;
        s.abandonedUnreachable = t.unreachable;
        s.abandonedOwed = t.owed;
    }
    return s;
}

} // namespace

Result<Statistics> StatisticsQuery::compute(Database& database, const ResponsePolicy& policy, const QTimeZone& zone,
                                            const StatsQuery& query)
{
    try {
        return computeIn(database.connection(), policy, zone, query);
    } catch (const DispatchError& e) {
        return e.error();
    }
}

QJsonObject Statistics::toJson(const QTimeZone& zone) const
{
    const auto iso = [&](qint64 ms) {
        return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate)) : QJsonValue();
    };
    const auto counts = [](const auto& map) {
        QJsonObject o;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(QVariant(it.key()).toString(), it.value());
        return o;
    };
    QJsonArray hours, weekdays, days;
    for (int n : byHour)
        hours.append(n);
    for (int n : byWeekday)
        weekdays.append(n);
    for (const auto& [date, n] : daily)
        days.append(QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("count"), n}});
    QJsonObject tiers;
    for (auto it = arrivalByTier.cbegin(); it != arrivalByTier.cend(); ++it)
        tiers.insert(QString::number(it.key()), QJsonObject{{QStringLiteral("n"), it->first},
                                                            {QStringLiteral("met"), it->second},
                                                            {QStringLiteral("share"), share(it->second, it->first)}});
    QJsonObject zoneArrival;
    for (auto it = arrivalByZone.cbegin(); it != arrivalByZone.cend(); ++it)
        zoneArrival.insert(QString::number(it.key()), QJsonObject{{QStringLiteral("n"), it->first},
                                                                  {QStringLiteral("met"), it->second},
                                                                  {QStringLiteral("share"), share(it->second, it->first)}});
    QJsonArray histogram;
    for (int n : arrivalHistogram)
        histogram.append(n);
    QJsonObject closure;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        const int moved = transferredByCategory.value(it.key());
        closure.insert(it.key(), QJsonObject{{QStringLiteral("incidents"), it.value()},
                                             {QStringLiteral("transferred"), moved},
                                             {QStringLiteral("closed_on_scene_share"), share(it.value() - moved, it.value())}});
    }
    QJsonObject onScene;
    for (auto it = resolvedOnSceneByCategory.cbegin(); it != resolvedOnSceneByCategory.cend(); ++it)
        onScene.insert(it.key(), QJsonObject{{QStringLiteral("with_feedback"), it->first},
                                             {QStringLiteral("resolved_on_scene"), it->second},
                                             {QStringLiteral("share"), share(it->second, it->first)}});
    return {
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), iso(fromMs)},
                                                {QStringLiteral("to"), iso(toMs)},
                                                {QStringLiteral("days"), int(daily.size())}}},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("by_line"), counts(byLine)},
        {QStringLiteral("by_category"), counts(byCategory)},
        {QStringLiteral("by_priority"), counts(byPriority)},
        {QStringLiteral("by_zone"), counts(byZone)},
        {QStringLiteral("by_state"), counts(byState)},
        {QStringLiteral("by_hour"), hours},
        {QStringLiteral("by_weekday"), weekdays},
        {QStringLiteral("daily"), QJsonObject{{QStringLiteral("average"), dailyAverage},
                                               {QStringLiteral("trend_per_day"), trendPerDay},
                                               {QStringLiteral("days"), days}}},
        {QStringLiteral("intervals"), QJsonObject{{QStringLiteral("received_to_dispatched"), dispatch::toJson(receivedToDispatched)},
                                                   {QStringLiteral("dispatched_to_signed_for"), dispatch::toJson(dispatchedToSignedFor)},
                                                   {QStringLiteral("dispatched_to_on_scene"), dispatch::toJson(dispatchedToOnScene)},
                                                   {QStringLiteral("received_to_on_scene"), dispatch::toJson(receivedToOnScene)}}},
        {QStringLiteral("compliance"),
         QJsonObject{{QStringLiteral("sign_for_30s"), QJsonObject{{QStringLiteral("n"), signForN},
                                                                   {QStringLiteral("met"), signForWithin30s},
                                                                   {QStringLiteral("share"), share(signForWithin30s, signForN)}}},
                     {QStringLiteral("call_to_dispatch"), QJsonObject{{QStringLiteral("n"), callToDispatchN},
                                                                       {QStringLiteral("met"), callToDispatchMet},
                                                                       {QStringLiteral("share"), share(callToDispatchMet, callToDispatchN)}}},
                     {QStringLiteral("arrival_own_tier"), QJsonObject{{QStringLiteral("n"), arrivalN},
                                                                       {QStringLiteral("met"), arrivalMet},
                                                                       {QStringLiteral("share"), share(arrivalMet, arrivalN)},
                                                                       {QStringLiteral("by_tier"), tiers},
                                                                       {QStringLiteral("by_zone"), zoneArrival}}}}},
        {QStringLiteral("dispatched_to_on_scene_histogram"),
         QJsonObject{{QStringLiteral("bin_seconds"), kHistogramBinSeconds}, {QStringLiteral("counts"), histogram}}},
        {QStringLiteral("outcomes"),
         QJsonObject{{QStringLiteral("diverted"), diverted},
                     {QStringLiteral("diversion_rate"), share(diverted, incidents)},
                     {QStringLiteral("transferred"), transferred},
                     {QStringLiteral("transfer_rate"), share(transferred, incidents)},
                     {QStringLiteral("merged"), merged},
                     {QStringLiteral("cancelled"), cancelled},
                     {QStringLiteral("closed"), closed},
                     {QStringLiteral("resolved_on_scene_by_category"), onScene},
                     {QStringLiteral("by_category"), closure},
                     {QStringLiteral("repeat_marks"), repeatMarks},
                     {QStringLiteral("callbacks"), QJsonObject{{QStringLiteral("to_make"), callbacks},
                                                               {QStringLiteral("reached"), callbacksReached},
                                                               {QStringLiteral("unreachable"), callbacksUnreachable},
                                                               {QStringLiteral("satisfied"), satisfied},
                                                               {QStringLiteral("basically_satisfied"), basicallySatisfied},
                                                               {QStringLiteral("unsatisfied"), unsatisfied}}},
                     {QStringLiteral("callback_rate"), callbacks ? QJsonValue(callbackRate()) : QJsonValue()},
                     {QStringLiteral("satisfaction_rate"), callbacksReached ? QJsonValue(satisfactionRate()) : QJsonValue()},
                     {QStringLiteral("mediations"), QJsonObject{{QStringLiteral("open"), mediationsOpen},
                                                                {QStringLiteral("settled"), mediationsSettled},
                                                                {QStringLiteral("not_settled"), mediationsNotSettled},
                                                                {QStringLiteral("referred"), mediationsReferred}}},
                     {QStringLiteral("mediation_success_rate"),
                      mediationsEnded() ? QJsonValue(mediationSuccessRate()) : QJsonValue()},
                     {QStringLiteral("instructions"), QJsonObject{{QStringLiteral("received"), instructions},
                                                                  {QStringLiteral("answered"), instructionsAnswered},
                                                                  {QStringLiteral("answered_directly"), instructionsAnsweredDirectly}}},
                     {QStringLiteral("instructions_answered_directly"),
                      instructionsAnswered ? QJsonValue(instructionsDirectShare()) : QJsonValue()},
                     {QStringLiteral("telephone"),
                      QJsonObject{{QStringLiteral("calls"), phoneCalls},
                                  {QStringLiteral("answered"), phoneAnswered},
                                  {QStringLiteral("answer_timed"), phoneAnswerTimed},
                                  {QStringLiteral("answered_within_10s"), answeredWithin10s},
                                  {QStringLiteral("answered_within_15s"), answeredWithin15s},
                                  {QStringLiteral("answered_within_20s"), answeredWithin20s},
                                  {QStringLiteral("abandoned"), abandonedCalls},
                                  {QStringLiteral("called_back"), abandonedCalledBack},
                                  {QStringLiteral("called_back_in_time"), abandonedCalledBackInTime},
                                  {QStringLiteral("reached"), abandonedReached},
                                  {QStringLiteral("became_incidents"), abandonedBecameIncidents},
                                  {QStringLiteral("unreachable"), abandonedUnreachable},
                                  {QStringLiteral("still_owed"), abandonedOwed}}}}},
    };
}

} // namespace dispatch
