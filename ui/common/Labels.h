// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IncidentState.h"
#include "domain/UnitState.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace dispatch::ui {

/// How codes, times and durations look on screen, in the language of the session (QLocale's default).
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ui::Labels)

public:
    static QString language(); ///< "zh_CN" or "en"
    static QString line(const QString& code);
    static QString category(const QString& code);
    static QString priority(int level);
    static QString tier(int tier);
    static QString unitType(const QString& code);
    static QString agency(const QString& code);
    static QString disposition(const QString& code);
    /// "850 m" or "2.4 km".
    static QString distance(double metres);

    /// "3 s", "4 min 05 s", "2 h 10 min", "3 d 4 h"
    static QString duration(qint64 ms);
    /// "0:45", "12:05", "1:02:03": a countdown's face, for narrow columns.
    static QString clock(qint64 ms);
    /// Time of day in the centre's zone; with the date when not today.
    static QString dateTime(qint64 utcMs, const QTimeZone& zone, qint64 nowMs);

    static QColor priorityColor(int level);
    static QColor unitStateColor(UnitState s);
    static QColor incidentStateColor(IncidentState s);
};

} // namespace dispatch::ui
