// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/AfterAction.h"

#include "clocks/ResponsePolicy.h"
#include "domain/Taxonomy.h"
#include "store/TrainingRepository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace dispatch {

namespace {

QString seconds(qint64 fromMs, qint64 toMs)
{
    return fromMs && toMs ? ReportTables::seconds(double(toMs - fromMs) / 1000.0) : QStringLiteral("–");
}

QJsonObject share(const AfterActionReport::Share& s)
{
    return {{QStringLiteral("n"), s.n}, {QStringLiteral("ok"), s.ok}, {QStringLiteral("share"), s.value()}};
}

} // namespace

QString AfterActionReport::formula()
{
    return tr("Score = 100 × (0.30 dispatched within the true priority's target + 0.20 category right + 0.15 priority "
              "right + 0.10 diversion right + 0.10 further callers merged + 0.10 first unit as recommended + 0.05 calls "
              "answered); each term is a share of its events, and a term with nothing to judge counts as met.");
}

AfterActionReport AfterActionReport::build(const QSqlDatabase& db, const ResponsePolicy& policy, const Scenario& scenario,
                                           qint64 nowMs)
{
    AfterActionReport r;
    r.title = scenario.title;
    r.trainee = TrainingRepository::meta(db, QStringLiteral("trainee"));
    r.startMs = scenario.startMs;
    r.endMs = nowMs;
    const QList<TrainingCall> calls = TrainingRepository::calls(db);
    // Every call's first call of its event, through further callers and escalations (scenario's or injected).
    QHash<QString, QString> previous;
    for (const TrainingCall& c : calls)
        previous.insert(c.ref, c.sameEventAs);
    const auto originOf = [&](QString ref) {
        for (int guard = 0; !previous.value(ref).isEmpty() && guard < 100; ++guard)
            ref = previous.value(ref);
        return ref;
    };
    // The later calls of each event that had rung by now (further callers and escalations), in ringing order.
    QHash<QString, QList<const TrainingCall*>> later;
    for (const TrainingCall& f : calls)
        if (!f.sameEventAs.isEmpty() && f.ringAtMs <= nowMs)
            later[originOf(f.ref)].append(&f);
    for (const TrainingCall& c : calls) {
        if (!c.sameEventAs.isEmpty() || c.ringAtMs > nowMs)
            continue;
        AfterActionEvent e;
        e.ref = c.ref;
        e.text = c.text;
        // The truth that held when the report was made: the first call's, or the last escalation's that had rung.
        e.truth = c.truth;
        const QList<const TrainingCall*> ofEvent = later.value(c.ref);
        for (const TrainingCall* f : ofEvent)
            if (f->escalation)
                e.truth = f->truth;
        e.ringAtMs = c.ringAtMs;
        e.incidentId = c.incidentId;
        e.recommended = c.recommended;
        e.abandonedAtMs = c.abandonedAtMs;
        e.dispatchTargetMs = policy.allowedMs(ClockKind::CallToDispatch, e.truth.priority, 0);
        if (e.incidentId) {
            if (const std::optional<TrainingRepository::Outcome> o = TrainingRepository::outcome(db, e.incidentId)) {
                e.number = o->number;
                e.category = o->category;
                e.priority = o->priority;
                e.divertTo = o->divertTo;
                e.savedAtMs = o->savedAtMs;
                e.dispatchedAtMs = o->dispatchedAtMs;
                e.signedForAtMs = o->signedForAtMs;
                e.onSceneAtMs = o->onSceneAtMs;
                e.feedbackAtMs = o->feedbackAtMs;
                e.closedAtMs = o->closedAtMs;
                e.unitSent = o->firstUnit;
            }
        }
        for (const TrainingCall* f : ofEvent) {
            ++e.furtherCallers;
            if (f->merged && e.incidentId && f->incidentId == e.incidentId)
                ++e.merged;
        }
        r.events.append(e);
    }
    for (const AfterActionEvent& e : std::as_const(r.events)) {
        ++r.answered.n;
        r.answered.ok += e.answered();
        r.merged.n += e.furtherCallers;
        r.merged.ok += e.merged;
        if (e.policeMatter()) {
            ++r.dispatchInTime.n;
            r.dispatchInTime.ok += e.dispatchedInTime();
        }
        if (!e.answered() || !e.scripted())
            continue;
        ++r.category.n;
        r.category.ok += e.categoryRight();
        ++r.priority.n;
        r.priority.ok += e.priorityRight();
        ++r.diversion.n;
        r.diversion.ok += e.diversionRight();
        if (!e.unitSent.isEmpty() && !e.recommended.isEmpty()) {
            ++r.recommended.n;
            r.recommended.ok += e.unitAsRecommended();
        }
    }
    // With a practice switch, the scripted practice-line calls no role-player placed.
    if (TrainingRepository::meta(db, QStringLiteral("practice_switch")) == QLatin1String("1")) {
        QSet<QString> rung;
        for (const TrainingCall& c : calls)
            rung.insert(c.ref);
        for (const ScenarioEvent& e : scenario.events)
            if (e.practiceLine && !rung.contains(e.id)
                && (e.type == ScenarioEvent::Type::Call || e.type == ScenarioEvent::Type::Escalation))
                r.notPlaced << e.id;
    }
    // The units' clocks, as the store decided them.
    for (const TrainingRepository::UnitClock& c : TrainingRepository::unitClocks(db, nowMs)) {
        Share& s = c.signFor ? r.signFor : r.arrival;
        if (c.running && c.deadlineMs >= nowMs)
            continue; // still within its time: not judged yet
        ++s.n;
        s.ok += c.outcome == QLatin1String("met");
    }
    r.score = 100.0 * (0.30 * r.dispatchInTime.value() + 0.20 * r.category.value() + 0.15 * r.priority.value()
                       + 0.10 * r.diversion.value() + 0.10 * r.merged.value() + 0.10 * r.recommended.value()
                       + 0.05 * r.answered.value());
    return r;
}

QJsonObject AfterActionReport::toJson(const QTimeZone& zone) const
{
    const auto iso = [&](qint64 ms) {
        return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray evs;
    for (const AfterActionEvent& e : events)
        evs.append(QJsonObject{{QStringLiteral("call"), e.ref},
                               {QStringLiteral("number"), e.number},
                               {QStringLiteral("rang"), iso(e.ringAtMs)},
                               {QStringLiteral("saved"), iso(e.savedAtMs)},
                               {QStringLiteral("dispatched"), iso(e.dispatchedAtMs)},
                               {QStringLiteral("signed_for"), iso(e.signedForAtMs)},
                               {QStringLiteral("on_scene"), iso(e.onSceneAtMs)},
                               {QStringLiteral("feedback"), iso(e.feedbackAtMs)},
                               {QStringLiteral("closed"), iso(e.closedAtMs)},
                               {QStringLiteral("truth"), QJsonObject{{QStringLiteral("category"), e.truth.category},
                                                                     {QStringLiteral("priority"), e.truth.priority},
                                                                     {QStringLiteral("divert_to"), e.truth.divertTo}}},
                               {QStringLiteral("chosen"), QJsonObject{{QStringLiteral("category"), e.category},
                                                                      {QStringLiteral("priority"), e.priority},
                                                                      {QStringLiteral("divert_to"), e.divertTo}}},
                               {QStringLiteral("dispatched_in_time"), e.dispatchedInTime()},
                               {QStringLiteral("unit_sent"), e.unitSent},
                               {QStringLiteral("recommended"), e.recommended},
                               {QStringLiteral("scripted"), e.scripted()},
                               {QStringLiteral("abandoned"), iso(e.abandonedAtMs)},
                               {QStringLiteral("further_callers"), e.furtherCallers},
                               {QStringLiteral("merged"), e.merged}});
    return {{QStringLiteral("title"), title},
            {QStringLiteral("trainee"), trainee},
            {QStringLiteral("start"), iso(startMs)},
            {QStringLiteral("end"), iso(endMs)},
            {QStringLiteral("answered"), share(answered)},
            {QStringLiteral("dispatched_in_time"), share(dispatchInTime)},
            {QStringLiteral("category_right"), share(category)},
            {QStringLiteral("priority_right"), share(priority)},
            {QStringLiteral("diversion_right"), share(diversion)},
            {QStringLiteral("callers_merged"), share(merged)},
            {QStringLiteral("unit_as_recommended"), share(recommended)},
            {QStringLiteral("sign_for_30s"), share(signFor)},
            {QStringLiteral("arrival_in_time"), share(arrival)},
            {QStringLiteral("score"), score},
            {QStringLiteral("formula"), formula()},
            {QStringLiteral("practice_calls_not_placed"), QJsonArray::fromStringList(notPlaced)},
            {QStringLiteral("events"), evs}};
}

QList<ReportTable> AfterActionReport::tables(const QTimeZone& zone, const QString& language) const
{
    const Taxonomy& tax = Taxonomy::builtin();
    const auto choice = [&](const QString& category, int priority, const QString& divertTo) {
        return QStringLiteral("%1 P%2%3").arg(tax.categoryLabel(category, language)).arg(priority)
            .arg(divertTo.isEmpty() ? QString() : QStringLiteral(" → ") + tax.agencyLabel(divertTo, language));
    };
    const auto pct = [](const Share& s) { return QStringLiteral("%1 / %2 (%3)").arg(s.ok).arg(s.n).arg(ReportTables::percent(s.ok, s.n)); };
    ReportTable sum{QStringLiteral("summary"), tr("The session"), {tr("Measure"), tr("Result")}, {}};
    sum.rows << QStringList{tr("Score"), QString::number(score, 'f', 1)}
             << QStringList{tr("Calls answered"), pct(answered)}
             << QStringList{tr("Dispatched within the true priority's target"), pct(dispatchInTime)}
             << QStringList{tr("Category right"), pct(category)}
             << QStringList{tr("Priority right"), pct(priority)}
             << QStringList{tr("Diversion right"), pct(diversion)}
             << QStringList{tr("Further callers merged (duplicates)"), pct(merged)}
             << QStringList{tr("First unit as recommended"), pct(recommended)}
             << QStringList{tr("Units signed for within 30 s"), pct(signFor)}
             << QStringList{tr("Units on scene within the circle's time"), pct(arrival)}
             << QStringList{tr("How the score is made"), formula()};
    if (!notPlaced.isEmpty())
        sum.rows << QStringList{tr("Practice-line calls no role-player placed"), notPlaced.join(QStringLiteral(", "))};
    ReportTable inc{QStringLiteral("events"), tr("Each event"),
                    {tr("Call"), tr("Incident"), tr("Truth"), tr("Chosen"), tr("Call → dispatch"), tr("Target"),
                     tr("Dispatch → on scene"), tr("Unit / recommended"), tr("Duplicates merged")},
                    {}};
    for (const AfterActionEvent& e : events) {
        const QString truth = e.scripted() ? choice(e.truth.category, e.truth.priority, e.truth.divertTo)
                                           : tr("unscripted (practice line)");
        const QString mark = !e.scripted() ? QString()
                             : e.categoryRight() && e.priorityRight() && e.diversionRight() ? QStringLiteral(" ✓")
                                                                                            : QStringLiteral(" ✗");
        const QString chosen = e.answered()        ? choice(e.category, e.priority, e.divertTo) + mark
                               : e.abandonedAtMs ? tr("abandoned: the caller hung up after %1").arg(seconds(e.ringAtMs, e.abandonedAtMs))
                                                 : tr("not answered");
        inc.rows << QStringList{QStringLiteral("%1 %2").arg(e.ref, QDateTime::fromMSecsSinceEpoch(e.ringAtMs, zone).toString(QStringLiteral("HH:mm:ss"))),
                                e.number,
                                truth,
                                chosen,
                                seconds(e.ringAtMs, e.dispatchedAtMs) + (e.dispatchedAtMs && e.scripted() ? (e.dispatchedInTime() ? QStringLiteral(" ✓") : QStringLiteral(" ✗")) : QString()),
                                e.scripted() ? ReportTables::seconds(double(e.dispatchTargetMs) / 1000.0) : QStringLiteral("–"),
                                seconds(e.dispatchedAtMs, e.onSceneAtMs),
                                QStringLiteral("%1 / %2").arg(e.unitSent.isEmpty() ? QStringLiteral("–") : e.unitSent,
                                                             e.recommended.isEmpty() ? QStringLiteral("–") : e.recommended),
                                QStringLiteral("%1 / %2").arg(e.merged).arg(e.furtherCallers)};
    }
    return {sum, inc};
}

} // namespace dispatch
