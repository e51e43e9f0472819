// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ScenarioFromHistory.h"

#include "domain/Taxonomy.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QSqlQuery>

namespace dispatch {

Result<Scenario> ScenarioFromHistory::build(const QSqlDatabase& db, const QTimeZone& zone, qint64 fromMs, qint64 toMs,
                                            const QString& title)
{
    if (toMs <= fromMs)
        return Error{tr("the period is empty")};
    Scenario s;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, zone);
    s.title = title.isEmpty() ? tr("History %1 – %2").arg(from.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                         QDateTime::fromMSecsSinceEpoch(toMs, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                              : title;
    s.description = tr("Made from the store's history of that period: each incident a call at its own time and place.");
    s.startMs = fromMs;
    s.utcOffsetSeconds = from.offsetFromUtc();
    s.durationSeconds = (toMs - fromMs) / 1000;
    const Taxonomy& tax = Taxonomy::builtin();
    try {
        sql::Query q = sql::run(db, QStringLiteral("SELECT id, number, line, caller_name, caller_phone, address, lat, lon, summary, "
                                                   "category, priority, divert_to, mediation, received_at FROM incidents WHERE "
                                                   "received_at >= ? AND received_at < ? AND origin <> 'exercise' ORDER BY received_at, id"),
                                {fromMs, toMs});
        while (q.next()) {
            if (s.callCount() >= kMaxCalls)
                return Error{tr("the period holds more than %1 incidents: choose a shorter one").arg(kMaxCalls)};
            ScenarioEvent e;
            e.type = ScenarioEvent::Type::Call;
            e.id = QStringLiteral("h%1").arg(q.value(0).toLongLong());
            e.atSeconds = (q.value(13).toLongLong() - fromMs) / 1000;
            e.line = tax.hasLine(q.value(2).toString()) ? q.value(2).toString() : QStringLiteral("110");
            e.caller = q.value(3).toString();
            e.phone = q.value(4).toString();
            e.address = q.value(5).toString();
            if (!q.value(6).isNull() && !q.value(7).isNull())
                e.position = GeoPoint{q.value(6).toDouble(), q.value(7).toDouble()};
            ScenarioTruth t;
            t.category = tax.hasCategory(q.value(9).toString()) ? q.value(9).toString() : QStringLiteral("public_order");
            t.priority = std::clamp(q.value(10).toInt(), 1, 4);
            if (q.value(10).toInt() == 0)
                t.priority = 3;
            t.divertTo = t.category == QLatin1String("non_police") ? q.value(11).toString() : QString();
            t.mediation = q.value(12).toBool() && t.category == QLatin1String("dispute");
            e.truth = t;
            e.text = q.value(8).toString().trimmed();
            if (e.text.isEmpty())
                e.text = tr("%1 (record %2)").arg(tax.categoryLabel(t.category, QStringLiteral("en")), q.value(1).toString());
            s.events.append(e);
            for (sql::Query c = sql::run(db, QStringLiteral("SELECT id, line, name, phone, address, summary, received_at FROM "
                                                            "incident_callers WHERE incident_id = ? ORDER BY id"),
                                         {q.value(0)});
                 c.next();) {
                ScenarioEvent f = e;
                f.id = QStringLiteral("h%1-%2").arg(q.value(0).toLongLong()).arg(c.value(0).toLongLong());
                f.atSeconds = std::max<qint64>(e.atSeconds, (c.value(6).toLongLong() - fromMs) / 1000);
                f.caller = c.value(2).toString();
                f.phone = c.value(3).toString();
                if (!c.value(4).toString().isEmpty())
                    f.address = c.value(4).toString();
                if (!c.value(5).toString().trimmed().isEmpty())
                    f.text = c.value(5).toString().trimmed();
                f.sameEventAs = e.id;
                f.truth.reset();
                s.events.append(f);
            }
        }
    } catch (const DispatchError& e) {
        return e.error();
    }
    if (s.events.isEmpty())
        return Error{tr("no incident was received in that period")};
    std::stable_sort(s.events.begin(), s.events.end(),
                     [](const ScenarioEvent& a, const ScenarioEvent& b) { return a.atSeconds < b.atSeconds; });
    return s;
}

} // namespace dispatch
