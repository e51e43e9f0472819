// SPDX-License-Identifier: GPL-3.0-or-later
#include "warnings/ZoneWarnings.h"

#include "domain/Places.h"
#include "domain/Taxonomy.h"
#include "store/Database.h"
#include "store/WarningQueries.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace dispatch {

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kWeekMs = 7 * kDayMs;

} // namespace

QString ZoneWarning::explanation(int recentDays, const QString& language) const
{
    const QString what = category.isEmpty() ? WarningReport::tr("all incidents")
                                            : Taxonomy::builtin().categoryLabel(category, language);
    return WarningReport::tr("%1 in %2: %3 in the last %n day(s) against %4 ± %5 (same days of the previous %6 weeks)",
                             nullptr, recentDays)
        .arg(what, zoneName)
        .arg(count)
        .arg(QLocale::c().toString(mean, 'f', 1), QLocale::c().toString(sd, 'f', 1))
        .arg(baseline.size());
}

int WarningReport::countAt(WarningLevel level) const
{
    return int(std::count_if(raised.cbegin(), raised.cend(), [&](const ZoneWarning& w) { return w.level == level; }));
}

QJsonObject WarningReport::toJson(const QString& language) const
{
    QJsonArray list;
    for (const ZoneWarning& w : raised) {
        QJsonArray base;
        for (int n : w.baseline)
            base.append(n);
        list.append(QJsonObject{{QStringLiteral("zone"), w.zoneCode},
                                {QStringLiteral("zone_name"), w.zoneName},
                                {QStringLiteral("category"), w.category.isEmpty() ? QJsonValue() : QJsonValue(w.category)},
                                {QStringLiteral("level"), WarningPolicy::code(w.level)},
                                {QStringLiteral("count"), w.count},
                                {QStringLiteral("baseline"), base},
                                {QStringLiteral("mean"), w.mean},
                                {QStringLiteral("sd"), w.sd},
                                {QStringLiteral("explanation"), w.explanation(recentDays, language)}});
    }
    QJsonObject zones;
    for (auto it = zoneLevels.cbegin(); it != zoneLevels.cend(); ++it)
        zones.insert(QString::number(it.key()), WarningPolicy::code(it.value()));
    return {{QStringLiteral("as_of"), QDateTime::fromMSecsSinceEpoch(asOfMs, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("recent_days"), recentDays},
            {QStringLiteral("baseline_weeks"), baselineWeeks},
            {QStringLiteral("baseline_weeks_covered"), baselineWeeksCovered},
            {QStringLiteral("status"), exercise ? QStringLiteral("Exercise") : QStringLiteral("Actual")},
            {QStringLiteral("pairs_judged"), pairsJudged},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("red"), countAt(WarningLevel::Red)},
                                                   {QStringLiteral("orange"), countAt(WarningLevel::Orange)},
                                                   {QStringLiteral("yellow"), countAt(WarningLevel::Yellow)}}},
            {QStringLiteral("raised"), list},
            {QStringLiteral("zone_levels"), zones}};
}

Result<WarningReport> ZoneWarnings::compute(Database& db, const WarningPolicy& policy, const QList<Zone>& zones,
                                            qint64 asOfMs, const QStringList& origins)
{
    WarningReport report;
    report.asOfMs = asOfMs;
    report.recentDays = policy.recentDays();
    report.baselineWeeks = policy.baselineWeeks();
    report.exercise = origins.size() == 1 && origins.first() == QStringLiteral("exercise");
    const qint64 windowMs = policy.recentDays() * kDayMs;
    const int weeks = policy.baselineWeeks();

    // Counts per (zone, category) and week (0 = the recent window); category index 0 = every category. The
    // dozen category codes are told apart by their bytes as the store hands them over.
    std::vector<QByteArray> codes{QByteArray()};
    std::vector<char> watchedCode{1};
    const QSet<QString> watched(policy.categories().cbegin(), policy.categories().cend());
    std::unordered_map<qint64, std::vector<int>> counts; // zone × 64 + category index → per week
    try {
        // Where the records begin: a baseline week before that is unknown, not quiet. Only the weeks the records
        // cover fully are judged against; with fewer than kMinBaselineWeeks nothing is raised.
        const qint64 earliest = WarningQueries::firstReceived(db.connection(), origins).value_or(asOfMs);
        int covered = 0;
        while (covered < weeks && earliest <= asOfMs - qint64(covered + 1) * kWeekMs - windowMs)
            ++covered;
        report.baselineWeeksCovered = covered;

        // One read of the whole span (recent window and baseline weeks); rows outside the same days of each week
        // are skipped as they come.
        for (ZoneIncidentRows rows = WarningQueries::zoneIncidents(db.connection(),
                                                                   asOfMs - qint64(weeks) * kWeekMs - windowMs, asOfMs,
                                                                   origins);
             rows.next();) {
            const ZoneIncident& r = rows.row();
            const qint64 zone = r.zoneId;
            const qint64 back = asOfMs - 1 - r.receivedMs; // 0 .. weeks·week + window
            const int week = int(back / kWeekMs);
            if (week > covered || back - qint64(week) * kWeekMs >= windowMs)
                continue;
            size_t category = 1;
            while (category < codes.size() && codes[category] != r.category)
                ++category;
            if (category == codes.size()) {
                codes.push_back(r.category.toByteArray());
                const QString c = QString::fromUtf8(codes.back());
                watchedCode.push_back(!c.isEmpty() && (watched.isEmpty() || watched.contains(c)));
            }
            const auto bump = [&](size_t cat) {
                std::vector<int>& v = counts[zone * 64 + qint64(cat)];
                if (v.empty())
                    v.assign(size_t(covered) + 1, 0);
                v[size_t(week)] += 1;
            };
            bump(0);
            if (watchedCode[category] && category < 64)
                bump(category);
        }
    } catch (const DispatchError& e) {
        return e.error();
    }
    const int covered = report.baselineWeeksCovered;

    QHash<qint64, const Zone*> byId;
    for (const Zone& z : zones) {
        byId.insert(z.id, &z);
        report.zoneLevels.insert(z.id, WarningLevel::Green);
    }
    for (const auto& [key, v] : counts) {
        const Zone* z = byId.value(key / 64);
        if (!z)
            continue; // a zone since removed
        ZoneWarning w;
        w.zoneId = z->id;
        w.zoneCode = z->code;
        w.zoneName = z->name;
        w.category = QString::fromUtf8(codes[size_t(key % 64)]);
        w.count = v[0];
        double sum = 0;
        for (size_t k = 1; k < v.size(); ++k) {
            w.baseline << v[k];
            sum += v[k];
        }
        if (covered > 0) {
            w.mean = sum / covered;
            double sq = 0;
            for (int n : std::as_const(w.baseline))
                sq += (n - w.mean) * (n - w.mean);
            w.sd = std::sqrt(sq / covered);
        }
        if (!report.hasBaseline())
            continue; // nothing to judge against yet
        w.level = policy.levelOf(w.count, w.mean, w.sd);
        ++report.pairsJudged;
        if (w.level == WarningLevel::Green)
            continue;
        WarningLevel& zl = report.zoneLevels[w.zoneId];
        zl = std::max(zl, w.level);
        report.raised << w;
    }
    std::stable_sort(report.raised.begin(), report.raised.end(), [](const ZoneWarning& a, const ZoneWarning& b) {
        if (a.level != b.level)
            return a.level > b.level;
        if (a.count != b.count)
            return a.count > b.count;
        return a.zoneCode != b.zoneCode ? a.zoneCode < b.zoneCode : a.category < b.category;
    });
    return report;
}

} // namespace dispatch
