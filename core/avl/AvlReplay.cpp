// SPDX-License-Identifier: GPL-3.0-or-later
#include "avl/AvlReplay.h"

#include <QFile>

namespace dispatch {

Result<AvlReplay> AvlReplay::load(const QString& path, const std::optional<GeoPoint>& anchor)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the NMEA file: %1").arg(f.errorString()), path};
    return fromData(f.readAll(), path, anchor);
}

Result<AvlReplay> AvlReplay::fromData(const QByteArray& data, const QString& sourceName,
                                      const std::optional<GeoPoint>& anchor)
{
    constexpr qint64 kDayMs = 86400LL * 1000;
    AvlReplay r;
    NmeaDecoder decoder;
    std::optional<qint64> firstMs;
    qint64 previous = 0;
    qint64 dayShift = 0;
    for (const QByteArray& line : data.split('\n')) {
        const std::optional<AvlFix> fix = decoder.decode(line);
        if (!fix)
            continue;
        qint64 offset = previous;
        if (fix->time) {
            qint64 t = fix->time->msecsSinceStartOfDay() + dayShift;
            if (!firstMs)
                firstMs = t;
            if (t - *firstMs < previous) { // past midnight
                dayShift += kDayMs;
                t += kDayMs;
            }
            offset = t - *firstMs;
        }
        previous = offset;
        r.m_fixes.append(Fix{fix->position, offset});
    }
    r.m_stats = decoder.stats();
    if (r.m_fixes.isEmpty())
        return Error{tr("no position fix in the file (%1 line(s) read, %2 rejected)")
                         .arg(r.m_stats.lines)
                         .arg(r.m_stats.rejected()),
                     sourceName};
    if (anchor) {
        const double dLat = anchor->lat - r.m_fixes.first().position.lat;
        const double dLon = anchor->lon - r.m_fixes.first().position.lon;
        for (Fix& f : r.m_fixes)
            f.position = GeoPoint{f.position.lat + dLat, f.position.lon + dLon};
    }
    return r;
}

void AvlReplay::start(qint64 nowMs, double speed)
{
    m_startMs = nowMs;
    m_speed = speed > 0 ? speed : 1.0;
    m_next = 0;
}

QList<AvlReplay::Fix> AvlReplay::advance(qint64 nowMs)
{
    QList<Fix> due;
    const double played = double(nowMs - m_startMs) * m_speed;
    while (m_next < m_fixes.size() && double(m_fixes.at(m_next).offsetMs) <= played)
        due.append(m_fixes.at(m_next++));
    return due;
}

} // namespace dispatch
