// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace dispatch::timefmt {

/// ISO-8601 in UTC with milliseconds and a Z suffix: 2026-11-22T01:00:00.000Z (JSON output, exchange).
inline QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// The instant in a given zone as "yyyy-MM-dd HH:mm:ss".
inline QString local(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace dispatch::timefmt
