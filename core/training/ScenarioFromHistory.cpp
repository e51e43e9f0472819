// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ScenarioFromHistory.h"

#include "domain/Taxonomy.h"
#include "store/TrainingRepository.h"

#include <QDateTime>

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
        for (const TrainingRepository::HistoryIncident& i :
             TrainingRepository::historyIncidents(db, fromMs, toMs, kMaxCalls + 1)) {
            if (s.callCount() >= kMaxCalls)
                return Error{tr("the period holds more than %1 incidents: choose a shorter one").arg(kMaxCalls)};
            ScenarioEvent e;
            e.type = ScenarioEvent::Type::Call;
            e.id = QStringLiteral("h%1").arg(i.id);
            e.atSeconds = (i.receivedAtMs - fromMs) / 1000;
            e.line = tax.hasLine(i.line) ? i.line : QStringLiteral("110");
            e.caller = i.callerName;
            e.phone = i.callerPhone;
            e.address = i.address;
            e.position = i.position;
            ScenarioTruth t;
            t.category = tax.hasCategory(i.category) ? i.category : QStringLiteral("public_order");
            t.priority = std::clamp(i.priority, 1, 4);
            if (i.priority == 0)
                t.priority = 3;
            t.divertTo = t.category == QLatin1String("non_police") ? i.divertTo : QString();
            t.mediation = i.mediation && t.category == QLatin1String("dispute");
            e.truth = t;
            e.text = i.summary.trimmed();
            if (e.text.isEmpty())
                e.text = tr("%1 (record %2)").arg(tax.categoryLabel(t.category, QStringLiteral("en")), i.number);
            s.events.append(e);
            for (const TrainingRepository::HistoryCaller& c : TrainingRepository::historyCallers(db, i.id)) {
                ScenarioEvent f = e;
                f.id = QStringLiteral("h%1-%2").arg(i.id).arg(c.id);
                f.atSeconds = std::max<qint64>(e.atSeconds, (c.receivedAtMs - fromMs) / 1000);
                f.caller = c.name;
                f.phone = c.phone;
                if (!c.address.isEmpty())
                    f.address = c.address;
                if (!c.summary.trimmed().isEmpty())
                    f.text = c.summary.trimmed();
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
