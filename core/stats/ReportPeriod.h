// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

namespace dispatch {

/// The period of a daily, weekly or monthly report (日报、周报、月报) in the centre's time zone: a calendar day,
/// a Monday-to-Sunday week, or a calendar month, from local midnight to local midnight.
struct ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ReportPeriod)

public:
    enum class Kind { Day, Week, Month };

    Kind kind = Kind::Day;
    QDate first, last; ///< inclusive calendar days
    qint64 fromMs = 0, toMs = 0; ///< [from, to) as instants

    /// The period of this kind that contains `date`.
    static ReportPeriod containing(Kind kind, const QDate& date, const QTimeZone& zone);
    ReportPeriod previous(const QTimeZone& zone) const;
    ReportPeriod next(const QTimeZone& zone) const;
    int days() const { return int(first.daysTo(last)) + 1; }

    /// "Daily report 2026-11-22", "Weekly report 2026-11-16 – 2026-11-22", "Monthly report 2026-11".
    QString title() const;
    static QString kindLabel(Kind kind); ///< Daily, Weekly, Monthly
    static QString kindCode(Kind kind);  ///< day, week, month
};

} // namespace dispatch
