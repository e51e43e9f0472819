// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/Statistics.h"

#include "clocks/ResponsePolicy.h"
#include "store/Database.h"
#include "store/RawStatement.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <sqlite3.h>

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

QString text(sqlite3_stmt* st, int col)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, col)) : QString();
}

/// The WHERE clause and its bindings for a query.
struct Filter
{
    QString where;
    QList<QVariant> binds;
};

Filter filterOf(const StatsQuery& q, const QString& alias = QStringLiteral("i"))
{
    Filter f;
    QStringList parts;
    QStringList origins;
    for (const QString& o : q.origins) {
        origins << QStringLiteral("?");
        f.binds << o;
    }
    // "+": the origin term filters rows of the covering received_at index rather than choosing another one.
    parts << QStringLiteral("+%1.origin IN (%2)").arg(alias, origins.join(u','));
    if (q.fromMs) {
        parts << QStringLiteral("%1.received_at >= ?").arg(alias);
        f.binds << q.fromMs;
    }
    if (q.toMs) {
        parts << QStringLiteral("%1.received_at < ?").arg(alias);
        f.binds << q.toMs;
    }
    if (!q.zoneIds.isEmpty()) {
        QStringList z;
        for (qint64 id : q.zoneIds) {
            z << QStringLiteral("?");
            f.binds << id;
        }
        parts << QStringLiteral("%1.zone_id IN (%2)").arg(alias, z.join(u','));
    }
    if (!q.categories.isEmpty()) {
        QStringList c;
        for (const QString& code : q.categories) {
            c << QStringLiteral("?");
            f.binds << code;
        }
        parts << QStringLiteral("%1.category IN (%2)").arg(alias, c.join(u','));
    }
    f.where = parts.join(QStringLiteral(" AND "));
    return f;
}

} // namespace

Result<Statistics> StatisticsQuery::compute(Database& database, const ResponsePolicy& policy, const QTimeZone& zone,
                                            const StatsQuery& query)
{
    sqlite3* db = database.handle();
    if (!db)
        return Error{tr("the store's SQLite handle is not available")};
    Statistics s;
    s.fromMs = query.fromMs;
    s.toMs = query.toMs;
    const Filter f = filterOf(query);

    // One pass over the period's rows: counts, time of day, days and the intervals to the first unit.
    // The few distinct codes (lines, categories, states) are counted by their text as SQLite hands it over.
    using TextCounts = std::vector<std::pair<QByteArray, int>>; // a dozen codes at most: a linear search
    TextCounts lines, categories, states, transferredCategories;
    const auto countText = [](TextCounts& into, sqlite3_stmt* r, int col) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(r, col));
        const QByteArrayView key(p ? p : "", p ? sqlite3_column_bytes(r, col) : 0);
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
        RawStatement st(db, QStringLiteral("SELECT i.received_at, i.first_dispatched_at, i.first_signed_for_at, i.first_on_scene_at, "
                                   "i.priority, i.tier, i.line, i.category, i.state, COALESCE(i.zone_id, 0), i.divert_to <> '' "
                                   "FROM incidents i WHERE %1").arg(f.where),
                f.binds);
        const auto take = [](std::vector<qint64>& into, int& negative, sqlite3_stmt* r, int a, int b) {
            if (sqlite3_column_type(r, a) == SQLITE_NULL || sqlite3_column_type(r, b) == SQLITE_NULL)
                return std::optional<qint64>();
            const qint64 d = sqlite3_column_int64(r, b) - sqlite3_column_int64(r, a);
            if (d < 0) {
                ++negative;
                return std::optional<qint64>();
            }
            into.push_back(d);
            return std::optional<qint64>(d);
        };
        while (st.next()) {
            sqlite3_stmt* r = st.get();
            const qint64 received = sqlite3_column_int64(r, 0);
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

            const int priority = sqlite3_column_int(r, 4);
            const int tier = sqlite3_column_int(r, 5);
            countText(lines, r, 6);
            countText(categories, r, 7);
            countText(states, r, 8);
            if (QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(r, 8)), sqlite3_column_bytes(r, 8))
                == QByteArrayView("transferred"))
                countText(transferredCategories, r, 7);
            priorities[size_t(std::clamp(priority, 0, 4))] += 1;
            zones[sqlite3_column_int64(r, 9)] += 1;
            s.diverted += sqlite3_column_int(r, 10);
            ++s.incidents;
            if (const auto d = take(recvDisp, negRecvDisp, r, 0, 1)) {
                ++s.callToDispatchN;
                s.callToDispatchMet += *d <= policy.allowedMs(ClockKind::CallToDispatch, priority, tier);
            }
            if (const auto d = take(dispSigned, negDispSigned, r, 1, 2)) {
                ++s.signForN;
                s.signForWithin30s += *d <= 30000;
            }
            if (const auto d = take(dispScene, negDispScene, r, 1, 3)) {
                const qint64 bin = *d / (Statistics::kHistogramBinSeconds * 1000);
                s.arrivalHistogram[size_t(std::min<qint64>(bin, qint64(s.arrivalHistogram.size()) - 1))] += 1;
                if (tier > 0) {
                    const bool met = *d <= policy.allowedMs(ClockKind::Arrival, priority, tier);
                    ++s.arrivalN;
                    s.arrivalMet += met;
                    auto& t = s.arrivalByTier[tier];
                    ++t.first;
                    t.second += met;
                    auto& z = s.arrivalByZone[sqlite3_column_int64(r, 9)];
                    ++z.first;
                    z.second += met;
                }
            }
            take(recvScene, negRecvScene, r, 0, 3);
        }
        if (!st.error().isEmpty())
            return Error{st.error()};
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

    // Feedback dispositions by category (live work), and repeat marks.
    {
        RawStatement st(db, QStringLiteral("SELECT i.category, COUNT(DISTINCT i.id), COUNT(DISTINCT CASE WHEN f.disposition = "
                                   "'resolved_on_scene' THEN i.id END) FROM incidents i JOIN feedback f ON f.incident_id = i.id "
                                   "WHERE %1 GROUP BY 1").arg(f.where),
                f.binds);
        while (st.next())
            s.resolvedOnSceneByCategory.insert(text(st.get(), 0), {sqlite3_column_int(st.get(), 1), sqlite3_column_int(st.get(), 2)});
        RawStatement marks(db, QStringLiteral("SELECT COUNT(*) FROM repeat_marks m JOIN incidents i ON i.id = m.incident_id WHERE %1").arg(f.where),
                   f.binds);
        if (marks.next())
            s.repeatMarks = sqlite3_column_int(marks.get(), 0);
        RawStatement calls(db, QStringLiteral("SELECT COUNT(*), SUM(c.state = 'reached'), SUM(c.state = 'unreachable'), "
                                              "SUM(c.satisfaction = 'satisfied'), SUM(c.satisfaction = 'basically_satisfied'), "
                                              "SUM(c.satisfaction = 'unsatisfied') FROM callbacks c JOIN incidents i ON "
                                              "i.id = c.incident_id WHERE %1").arg(f.where),
                           f.binds);
        if (calls.next()) {
            sqlite3_stmt* r = calls.get();
            s.callbacks = sqlite3_column_int(r, 0);
            s.callbacksReached = sqlite3_column_int(r, 1);
            s.callbacksUnreachable = sqlite3_column_int(r, 2);
            s.satisfied = sqlite3_column_int(r, 3);
            s.basicallySatisfied = sqlite3_column_int(r, 4);
            s.unsatisfied = sqlite3_column_int(r, 5);
        }
        RawStatement mediations(db, QStringLiteral("SELECT SUM(m.outcome = ''), SUM(m.outcome = 'settled'), "
                                                   "SUM(m.outcome = 'not_settled'), SUM(m.outcome = 'referred') "
                                                   "FROM mediations m JOIN incidents i ON i.id = m.incident_id WHERE %1")
                                        .arg(f.where),
                                f.binds);
        if (mediations.next()) {
            sqlite3_stmt* r = mediations.get();
            s.mediationsOpen = sqlite3_column_int(r, 0);
            s.mediationsSettled = sqlite3_column_int(r, 1);
            s.mediationsNotSettled = sqlite3_column_int(r, 2);
            s.mediationsReferred = sqlite3_column_int(r, 3);
        }
        if (!st.error().isEmpty() || !marks.error().isEmpty() || !calls.error().isEmpty() || !mediations.error().isEmpty())
            return Error{st.error() + marks.error() + calls.error() + mediations.error()};
    }
    if (query.origins.contains(QStringLiteral("live")) && query.zoneIds.isEmpty() && query.categories.isEmpty()) {
        RawStatement ins(db, QStringLiteral("SELECT COUNT(*), COUNT(answered_at), COUNT(CASE WHEN answered_at IS NOT NULL "
                                            "AND forwarded_at IS NULL THEN 1 END) FROM instructions WHERE received_at >= ? "
                                            "AND received_at < ?"),
                         {query.fromMs, query.toMs ? query.toMs : std::numeric_limits<qint64>::max()});
        if (ins.next()) {
            s.instructions = sqlite3_column_int(ins.get(), 0);
            s.instructionsAnswered = sqlite3_column_int(ins.get(), 1);
            s.instructionsAnsweredDirectly = sqlite3_column_int(ins.get(), 2);
        }
        if (!ins.error().isEmpty())
            return Error{ins.error()};
    }
    return s;
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
                      instructionsAnswered ? QJsonValue(instructionsDirectShare()) : QJsonValue()}}},
    };
}

} // namespace dispatch
