// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/LedgerBulletin.h"

#include "store/LedgerRepository.h"

#include <QDateTime>
#include <QJsonArray>

namespace dispatch {

namespace {

QString day(qint64 ms, const QTimeZone& zone)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString marksText(const LedgerEntry& e)
{
    QStringList kinds;
    for (const QString& m : e.marks)
        kinds << LedgerCodes::markLabel(m);
    return kinds.join(LedgerBulletin::tr("; "));
}

QJsonObject entryJson(const LedgerEntry& e, int inPeriod, const QTimeZone& zone)
{
    const auto iso = [&](qint64 ms) {
        return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate)) : QJsonValue();
    };
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("class"), e.cls},
            {QStringLiteral("place"), e.place()},
            {QStringLiteral("zone"), e.zoneId ? QJsonValue(e.zoneId) : QJsonValue()},
            {QStringLiteral("owner"), e.owner},
            {QStringLiteral("marks"), QJsonArray::fromStringList(e.marks)},
            {QStringLiteral("mark_count"), e.markCount},
            {QStringLiteral("marks_in_period"), inPeriod},
            {QStringLiteral("incidents"), e.incidentCount},
            {QStringLiteral("opened_at"), iso(e.openedAtMs)},
            {QStringLiteral("deadline"), iso(e.deadlineMs)},
            {QStringLiteral("closed_at"), iso(e.closedAtMs)},
            {QStringLiteral("result"), e.result},
            {QStringLiteral("actions"), e.actionCount},
            {QStringLiteral("last_action"), e.lastAction}};
}

} // namespace

Result<LedgerBulletin> LedgerBulletin::build(const QSqlDatabase& db, const ReportPeriod& period, qint64 nowMs)
{
    LedgerBulletin b;
    b.period = period;
    // A period still running is read up to and including this millisecond.
    b.asOfMs = std::min(period.toMs, std::max(period.fromMs, nowMs + 1));
    try {
        b.opened = LedgerRepository::openedBetween(db, period.fromMs, b.asOfMs);
        b.closed = LedgerRepository::closedBetween(db, period.fromMs, b.asOfMs);
        b.open = LedgerRepository::openAt(db, b.asOfMs);
        for (const QList<LedgerEntry>* list : {&b.opened, &b.open, &b.closed})
            for (const LedgerEntry& e : *list)
                if (!b.marksInPeriod.contains(e.id))
                    b.marksInPeriod.insert(e.id, LedgerRepository::marksBetween(db, e.id, period.fromMs, b.asOfMs));
    } catch (const DispatchError& e) {
        return e.error();
    }
    return b;
}

int LedgerBulletin::overdueOpen() const
{
    return int(std::count_if(open.cbegin(), open.cend(), [&](const LedgerEntry& e) { return e.deadlineMs < asOfMs; }));
}

QList<ReportTable> LedgerBulletin::tables(const QTimeZone& zone) const
{
    QList<ReportTable> out;
    ReportTable sum{QStringLiteral("summary"), tr("Summary"), {tr("Figure"), tr("Count")}, {}};
    sum.rows << QStringList{tr("New entries"), QString::number(opened.size())}
             << QStringList{tr("Open at the end of the period"), QString::number(open.size())}
             << QStringList{tr("  of which past their deadline"), QString::number(overdueOpen())}
             << QStringList{tr("Closed in the period"), QString::number(closed.size())};
    int marks = 0;
    for (auto it = marksInPeriod.cbegin(); it != marksInPeriod.cend(); ++it)
        marks += it.value();
    sum.rows << QStringList{tr("Repeat marks filed in the period"), QString::number(marks)};
    out << sum;

    const auto table = [&](const QString& id, const QString& title, const QList<LedgerEntry>& entries, bool closedList) {
        ReportTable t{id, title,
                      {tr("Place"), tr("Class"), tr("Marks"), tr("In period"), tr("Owner"), tr("Opened"),
                       closedList ? tr("Closed") : tr("Deadline"), closedList ? tr("Result") : tr("Latest action")},
                      {}};
        for (const LedgerEntry& e : entries)
            t.rows << QStringList{e.place(),
                                  LedgerCodes::classLabel(e.cls),
                                  QStringLiteral("%1 (%2)").arg(e.markCount).arg(marksText(e)),
                                  QString::number(marksInPeriod.value(e.id)),
                                  e.owner,
                                  day(e.openedAtMs, zone),
                                  closedList ? day(e.closedAtMs, zone)
                                             : day(e.deadlineMs, zone) + (e.deadlineMs < asOfMs ? tr(" (overdue)") : QString()),
                                  closedList ? e.result : (e.lastAction.isEmpty() ? tr("no action yet") : e.lastAction)};
        return t;
    };
    out << table(QStringLiteral("new"), tr("New entries"), opened, false)
        << table(QStringLiteral("open"), tr("Open entries"), open, false)
        << table(QStringLiteral("closed"), tr("Closed entries"), closed, true);
    return out;
}

QJsonObject LedgerBulletin::toJson(const QTimeZone& zone) const
{
    const auto list = [&](const QList<LedgerEntry>& entries) {
        QJsonArray a;
        for (const LedgerEntry& e : entries)
            a.append(entryJson(e, marksInPeriod.value(e.id), zone));
        return a;
    };
    return {{QStringLiteral("period"),
             QJsonObject{{QStringLiteral("from"), QDateTime::fromMSecsSinceEpoch(period.fromMs, zone).toString(Qt::ISODate)},
                         {QStringLiteral("to"), QDateTime::fromMSecsSinceEpoch(period.toMs, zone).toString(Qt::ISODate)},
                         {QStringLiteral("as_of"), QDateTime::fromMSecsSinceEpoch(asOfMs, zone).toString(Qt::ISODate)}}},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("new"), int(opened.size())},
                                                   {QStringLiteral("open"), int(open.size())},
                                                   {QStringLiteral("overdue"), overdueOpen()},
                                                   {QStringLiteral("closed"), int(closed.size())}}},
            {QStringLiteral("new"), list(opened)},
            {QStringLiteral("open"), list(open)},
            {QStringLiteral("closed"), list(closed)}};
}

} // namespace dispatch
