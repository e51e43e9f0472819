// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/ReportPeriod.h"

#include <QDateTime>

namespace dispatch {

namespace {

qint64 localMidnight(const QDate& date, const QTimeZone& zone)
{
    // A zone that skips midnight (a DST change at 00:00) starts the day at its first valid instant.
    QDateTime t(date, QTime(0, 0), zone);
    if (!t.isValid())
        t = QDateTime(date, QTime(1, 0), zone);
    return t.toMSecsSinceEpoch();
}

} // namespace

ReportPeriod ReportPeriod::containing(Kind kind, const QDate& date, const QTimeZone& zone)
{
    ReportPeriod p;
    p.kind = kind;
    switch (kind) {
    case Kind::Day:
        p.first = p.last = date;
        break;
    case Kind::Week:
        p.first = date.addDays(1 - date.dayOfWeek()); // Monday
        p.last = p.first.addDays(6);
        break;
    case Kind::Month:
        p.first = QDate(date.year(), date.month(), 1);
        p.last = p.first.addMonths(1).addDays(-1);
        break;
    }
    p.fromMs = localMidnight(p.first, zone);
    p.toMs = localMidnight(p.last.addDays(1), zone);
    return p;
}

ReportPeriod ReportPeriod::previous(const QTimeZone& zone) const
{
    return containing(kind, first.addDays(-1), zone);
}

ReportPeriod ReportPeriod::next(const QTimeZone& zone) const
{
    return containing(kind, last.addDays(1), zone);
}

QString ReportPeriod::title() const
{
    switch (kind) {
    case Kind::Day: return tr("Daily report %1").arg(first.toString(Qt::ISODate));
    case Kind::Week:
        return tr("Weekly report %1 – %2 (week %3)")
            .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
            .arg(first.weekNumber());
    case Kind::Month: return tr("Monthly report %1").arg(first.toString(QStringLiteral("yyyy-MM")));
    }
    return {};
}

QString ReportPeriod::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Day: return tr("Daily");
    case Kind::Week: return tr("Weekly");
    case Kind::Month: return tr("Monthly");
    }
    return {};
}

QString ReportPeriod::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Day: return QStringLiteral("day");
    case Kind::Week: return QStringLiteral("week");
    case Kind::Month: return QStringLiteral("month");
    }
    return {};
}

} // namespace dispatch
