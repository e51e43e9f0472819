// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/ReportTables.h"

#include "domain/Places.h"
#include "domain/Taxonomy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dispatch {

namespace {

QString num(double v, int decimals)
{
    return QLocale::c().toString(v, 'f', decimals);
}

QString csvField(const QString& s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString change(int now, int before)
{
    if (before == 0)
        return now == 0 ? QStringLiteral("0") : QStringLiteral("–");
    const double pct = 100.0 * (now - before) / before;
    return (pct > 0 ? QStringLiteral("+") : QString()) + num(pct, 1) + u'%';
}

} // namespace

QString ReportTables::percent(int part, int whole)
{
    return whole ? num(100.0 * part / whole, 1) + u'%' : QStringLiteral("–");
}

QString ReportTables::seconds(double s)
{
    const int total = int(std::lround(s));
    if (total < 120)
        return tr("%1 s").arg(total);
    return tr("%1 min %2 s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString ReportTables::zoneName(qint64 zoneId, const QList<Zone>& zones)
{
    if (zoneId == 0)
        return tr("Outside every zone");
    for (const Zone& z : zones)
        if (z.id == zoneId)
            return z.name;
    return tr("Zone %1 (removed)").arg(zoneId);
}

ReportTable ReportTables::telephone(const Statistics& s, const Statistics& prev, const QString& thisPeriod,
                                   const QString& previous)
{
    // The switch's calls: how soon they were answered (NFPA 1225: 90 % within 10 s; NENA: 90 % within 15 s), and
    // what became of those nobody answered.
    ReportTable t{QStringLiteral("telephone"), tr("Telephone: answering and abandoned calls"),
                  {tr("Figure"), thisPeriod, previous}, {}};
    const auto row = [&](const QString& label, const QString& a, const QString& b) { t.rows << QStringList{label, a, b}; };
    const auto ofWhole = [](int part, int whole) {
        return QStringLiteral("%1 / %2 (%3)").arg(part).arg(whole).arg(percent(part, whole));
    };
    row(tr("Calls rung"), QString::number(s.phoneCalls), QString::number(prev.phoneCalls));
    row(tr("Answered"), ofWhole(s.phoneAnswered, s.phoneCalls), ofWhole(prev.phoneAnswered, prev.phoneCalls));
    row(tr("Answered within 10 s (NFPA 1225: 90 %)"), ofWhole(s.answeredWithin10s, s.phoneAnswerTimed),
        ofWhole(prev.answeredWithin10s, prev.phoneAnswerTimed));
    row(tr("Answered within 15 s (NENA: 90 %)"), ofWhole(s.answeredWithin15s, s.phoneAnswerTimed),
        ofWhole(prev.answeredWithin15s, prev.phoneAnswerTimed));
    row(tr("Answered within 20 s"), ofWhole(s.answeredWithin20s, s.phoneAnswerTimed),
        ofWhole(prev.answeredWithin20s, prev.phoneAnswerTimed));
    row(tr("Abandoned (rang, not answered)"), ofWhole(s.abandonedCalls, s.phoneCalls),
        ofWhole(prev.abandonedCalls, prev.phoneCalls));
    row(tr("Abandoned calls called back"), ofWhole(s.abandonedCalledBack, s.abandonedCalls),
        ofWhole(prev.abandonedCalledBack, prev.abandonedCalls));
    row(tr("Called back in time"), ofWhole(s.abandonedCalledBackInTime, s.abandonedCalls),
        ofWhole(prev.abandonedCalledBackInTime, prev.abandonedCalls));
    row(tr("Caller reached"), QString::number(s.abandonedReached), QString::number(prev.abandonedReached));
    row(tr("Became incidents"), QString::number(s.abandonedBecameIncidents), QString::number(prev.abandonedBecameIncidents));
    row(tr("Not reached after every try"), QString::number(s.abandonedUnreachable), QString::number(prev.abandonedUnreachable));
    row(tr("Call back still owed"), QString::number(s.abandonedOwed), QString::number(prev.abandonedOwed));
    return t;
}

QList<ReportTable> ReportTables::build(const ReportPeriod& period, const Statistics& s, const Statistics& prev,
                                       const QList<Zone>& zones, const QString& lang)
{
    const Taxonomy& tax = Taxonomy::builtin();
    QList<ReportTable> out;
    const QString thisPeriod = tr("This period");
    const QString previous = tr("Previous period");

    // The summary: the figures a leader reads first, against the period before.
    ReportTable sum{QStringLiteral("summary"), tr("Summary"), {tr("Figure"), thisPeriod, previous}, {}};
    const auto row = [&](const QString& label, const QString& a, const QString& b) { sum.rows << QStringList{label, a, b}; };
    row(tr("Incidents"), QString::number(s.incidents), QString::number(prev.incidents));
    row(tr("Change against the previous period"), change(s.incidents, prev.incidents), QString());
    row(tr("Daily average"), num(s.dailyAverage, 1), num(prev.dailyAverage, 1));
    if (period.days() > 1)
        row(tr("Trend (incidents a day, per day)"), num(s.trendPerDay, 2), num(prev.trendPerDay, 2));
    const auto interval = [&](const QString& label, const IntervalStats& a, const IntervalStats& b) {
        row(tr("%1 (median)").arg(label), a.n ? seconds(a.p50) : QStringLiteral("–"), b.n ? seconds(b.p50) : QStringLiteral("–"));
        row(tr("%1 (90th percentile)").arg(label), a.n ? seconds(a.p90) : QStringLiteral("–"), b.n ? seconds(b.p90) : QStringLiteral("–"));
    };
    interval(tr("Call to dispatch"), s.receivedToDispatched, prev.receivedToDispatched);
    interval(tr("Dispatch to on scene"), s.dispatchedToOnScene, prev.dispatchedToOnScene);
    interval(tr("Call to on scene"), s.receivedToOnScene, prev.receivedToOnScene);
    const auto within = [](const IntervalStats& i, double share) {
        return i.n ? num(100.0 * share, 1) + u'%' : QStringLiteral("–");
    };
    row(tr("On scene within 1 min of dispatch"), within(s.dispatchedToOnScene, s.dispatchedToOnScene.shareWithin60s),
        within(prev.dispatchedToOnScene, prev.dispatchedToOnScene.shareWithin60s));
    row(tr("On scene within 3 min of dispatch"), within(s.dispatchedToOnScene, s.dispatchedToOnScene.shareWithin180s),
        within(prev.dispatchedToOnScene, prev.dispatchedToOnScene.shareWithin180s));
    row(tr("On scene within 5 min of dispatch"), within(s.dispatchedToOnScene, s.dispatchedToOnScene.shareWithin300s),
        within(prev.dispatchedToOnScene, prev.dispatchedToOnScene.shareWithin300s));
    row(tr("Arrival within the zone's own circle"), percent(s.arrivalMet, s.arrivalN), percent(prev.arrivalMet, prev.arrivalN));
    row(tr("Signed for within 30 s"), percent(s.signForWithin30s, s.signForN), percent(prev.signForWithin30s, prev.signForN));
    row(tr("Dispatched within the priority's target"), percent(s.callToDispatchMet, s.callToDispatchN),
        percent(prev.callToDispatchMet, prev.callToDispatchN));
    row(tr("Diverted to other agencies"), QStringLiteral("%1 (%2)").arg(s.diverted).arg(percent(s.diverted, s.incidents)),
        QStringLiteral("%1 (%2)").arg(prev.diverted).arg(percent(prev.diverted, prev.incidents)));
    row(tr("Transferred to stations"), QStringLiteral("%1 (%2)").arg(s.transferred).arg(percent(s.transferred, s.incidents)),
        QStringLiteral("%1 (%2)").arg(prev.transferred).arg(percent(prev.transferred, prev.incidents)));
    row(tr("Merged duplicates"), QString::number(s.merged), QString::number(prev.merged));
    row(tr("Repeat-incident marks"), QString::number(s.repeatMarks), QString::number(prev.repeatMarks));
    row(tr("Callbacks reached (of those to make)"), QStringLiteral("%1 / %2 (%3)").arg(s.callbacksReached).arg(s.callbacks).arg(percent(s.callbacksReached, s.callbacks)),
        QStringLiteral("%1 / %2 (%3)").arg(prev.callbacksReached).arg(prev.callbacks).arg(percent(prev.callbacksReached, prev.callbacks)));
    row(tr("Satisfied or basically satisfied"), percent(s.satisfied + s.basicallySatisfied, s.callbacksReached),
        percent(prev.satisfied + prev.basicallySatisfied, prev.callbacksReached));
    row(tr("Mediations settled (of those ended)"),
        QStringLiteral("%1 / %2 (%3)").arg(s.mediationsSettled).arg(s.mediationsEnded()).arg(percent(s.mediationsSettled, s.mediationsEnded())),
        QStringLiteral("%1 / %2 (%3)").arg(prev.mediationsSettled).arg(prev.mediationsEnded()).arg(percent(prev.mediationsSettled, prev.mediationsEnded())));
    row(tr("Instructions answered directly (of those answered)"),
        QStringLiteral("%1 / %2 (%3)").arg(s.instructionsAnsweredDirectly).arg(s.instructionsAnswered).arg(percent(s.instructionsAnsweredDirectly, s.instructionsAnswered)),
        QStringLiteral("%1 / %2 (%3)").arg(prev.instructionsAnsweredDirectly).arg(prev.instructionsAnswered).arg(percent(prev.instructionsAnsweredDirectly, prev.instructionsAnswered)));
    if (s.phoneCalls || prev.phoneCalls)
        row(tr("Calls answered within 15 s of the ring"), percent(s.answeredWithin15s, s.phoneAnswerTimed),
            percent(prev.answeredWithin15s, prev.phoneAnswerTimed));
    out << sum;
    if (s.phoneCalls || prev.phoneCalls)
        out << telephone(s, prev, thisPeriod, previous);

    // Category mix, most frequent first.
    ReportTable cat{QStringLiteral("by_category"), tr("Category mix"),
                    {tr("Category"), tr("Incidents"), tr("Share"), previous, tr("Change"), tr("Transferred"), tr("Closed on scene")}, {}};
    QList<QPair<QString, int>> cats(s.byCategory.keyValueBegin(), s.byCategory.keyValueEnd());
    for (auto it = prev.byCategory.cbegin(); it != prev.byCategory.cend(); ++it)
        if (!s.byCategory.contains(it.key()))
            cats.append({it.key(), 0});
    std::stable_sort(cats.begin(), cats.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [code, n] : cats) {
        const int before = prev.byCategory.value(code);
        const int moved = s.transferredByCategory.value(code);
        cat.rows << QStringList{code.isEmpty() ? tr("Not classified") : tax.categoryLabel(code, lang), QString::number(n),
                                percent(n, s.incidents), QString::number(before), change(n, before),
                                QString::number(moved), percent(n - moved, n)};
    }
    out << cat;

    // Zones ranked by volume, with their arrival compliance.
    ReportTable rank{QStringLiteral("zone_ranking"), tr("Zone ranking"),
                     {tr("Rank"), tr("Zone"), tr("Incidents"), tr("Share"), previous, tr("Arrivals measured"), tr("Arrival in time")}, {}};
    QList<QPair<qint64, int>> byZone(s.byZone.keyValueBegin(), s.byZone.keyValueEnd());
    std::stable_sort(byZone.begin(), byZone.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    int r = 0;
    for (const auto& [zoneId, n] : byZone) {
        const auto arrival = s.arrivalByZone.value(zoneId);
        rank.rows << QStringList{QString::number(++r), zoneName(zoneId, zones), QString::number(n), percent(n, s.incidents),
                                 QString::number(prev.byZone.value(zoneId)), QString::number(arrival.first),
                                 percent(arrival.second, arrival.first)};
    }
    out << rank;

    ReportTable hours{QStringLiteral("by_hour"), tr("Hourly load"), {tr("Hour"), tr("Incidents"), tr("Share")}, {}};
    for (int h = 0; h < 24; ++h)
        hours.rows << QStringList{QStringLiteral("%1:00–%2:00").arg(h, 2, 10, QLatin1Char('0')).arg(h + 1, 2, 10, QLatin1Char('0')),
                                  QString::number(s.byHour[size_t(h)]), percent(s.byHour[size_t(h)], s.incidents)};
    out << hours;

    ReportTable daily{QStringLiteral("daily"), tr("Volume by day"), {tr("Date"), tr("Incidents")}, {}};
    for (const auto& [date, n] : s.daily)
        daily.rows << QStringList{date.toString(Qt::ISODate), QString::number(n)};
    out << daily;

    ReportTable hist{QStringLiteral("arrival_histogram"), tr("Dispatch to on scene (first unit)"),
                     {tr("From"), tr("To"), tr("Incidents"), tr("Cumulative share")}, {}};
    int total = 0;
    for (int n : s.arrivalHistogram)
        total += n;
    int cumulative = 0;
    for (size_t b = 0; b < s.arrivalHistogram.size(); ++b) {
        cumulative += s.arrivalHistogram[b];
        const int from = int(b) * Statistics::kHistogramBinSeconds;
        const bool last = b + 1 == s.arrivalHistogram.size();
        hist.rows << QStringList{seconds(from), last ? tr("and more") : seconds(from + Statistics::kHistogramBinSeconds),
                                 QString::number(s.arrivalHistogram[b]), percent(cumulative, total)};
    }
    out << hist;

    ReportTable lines{QStringLiteral("by_line"), tr("Lines"), {tr("Line"), tr("Incidents"), tr("Share")}, {}};
    for (auto it = s.byLine.cbegin(); it != s.byLine.cend(); ++it)
        lines.rows << QStringList{tax.lineLabel(it.key(), lang), QString::number(it.value()), percent(it.value(), s.incidents)};
    out << lines;

    ReportTable prio{QStringLiteral("by_priority"), tr("Priorities"), {tr("Priority"), tr("Incidents"), tr("Share")}, {}};
    for (auto it = s.byPriority.cbegin(); it != s.byPriority.cend(); ++it)
        prio.rows << QStringList{it.key() ? tax.priorityLabel(it.key(), lang) : tr("Not set"), QString::number(it.value()),
                                 percent(it.value(), s.incidents)};
    out << prio;
    return out;
}

QByteArray ReportTables::toCsv(const QString& title, const QList<ReportTable>& tables)
{
    QString out;
    out += csvField(title) + QStringLiteral("\r\n\r\n");
    for (const ReportTable& t : tables) {
        out += csvField(t.id) + u',' + csvField(t.title) + QStringLiteral("\r\n");
        QStringList header;
        for (const QString& h : t.header)
            header << csvField(h);
        out += header.join(u',') + QStringLiteral("\r\n");
        for (const QStringList& row : t.rows) {
            QStringList cells;
            for (const QString& c : row)
                cells << csvField(c);
            out += cells.join(u',') + QStringLiteral("\r\n");
        }
        out += QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace dispatch
