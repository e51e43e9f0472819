// SPDX-License-Identifier: GPL-3.0-or-later
#include "avl/AvlReplay.h"

#include <QFile>

#include <algorithm>

namespace dispatch {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

/// The time from one UTC time of day to the next: across midnight when the clock went back more than
/// half a day (or forward more than half a day: a sentence out of order just after midnight); a step
/// back is no wait at all.
qint64 stepMs(qint64 previousMs, qint64 currentMs)
{
    qint64 step = currentMs - previousMs;
    if (step < -kDayMs / 2)
        step += kDayMs;
    else if (step > kDayMs / 2)
        step -= kDayMs;
    return std::max<qint64>(step, 0);
}

} // namespace

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
    AvlReplay r;
    NmeaDecoder decoder;
    std::optional<qint64> previousTime;
    qint64 offset = 0;
    for (const QByteArray& line : data.split('\n')) {
        const std::optional<AvlFix> fix = decoder.decode(line);
        if (!fix)
            continue;
        if (fix->time) {
            const qint64 t = fix->time->msecsSinceStartOfDay();
            if (previousTime)
                offset += stepMs(*previousTime, t);
            previousTime = t;
        }
        r.m_fixes.append(Fix{fix->position, offset});
    }
    r.m_stats = decoder.stats();
    if (r.m_fixes.isEmpty())
        return Error{tr("no position fix in the file (%1 line(s) read: %2 garbage, %3 bad checksum, %4 without a "
                        "fix, %5 implausible, %6 other or comment)")
                         .arg(r.m_stats.lines)
                         .arg(r.m_stats.garbage)
                         .arg(r.m_stats.badChecksum)
                         .arg(r.m_stats.noFix)
                         .arg(r.m_stats.implausible)
                         .arg(r.m_stats.other + r.m_stats.comments),
                     sourceName};
    if (anchor) {
        const GeoPoint first = r.m_fixes.first().position;
        for (Fix& f : r.m_fixes)
            f.position = moved(f.position, first, *anchor);
    }
    return r;
}

GeoPoint AvlReplay::moved(const GeoPoint& point, const GeoPoint& first, const GeoPoint& anchor)
{
    // Metres north along the meridian and east along the first fix's parallel, laid out again at the anchor.
    const double north = geo::distanceMetres(first, GeoPoint{point.lat, first.lon});
    const double east = geo::distanceMetres(first, GeoPoint{first.lat, point.lon});
    return geo::offsetMetres(anchor, point.lat < first.lat ? -north : north, point.lon < first.lon ? -east : east);
}

void AvlReplay::start(qint64 nowMs, double speed)
{
    m_startMs = nowMs;
    m_speed = speed > 0 ? speed : 1.0;
    m_next = 0;
    m_started = true;
}

QList<AvlReplay::Fix> AvlReplay::advance(qint64 nowMs)
{
    QList<Fix> due;
    if (!m_started)
        return due;
    const double played = double(nowMs - m_startMs) * m_speed;
    while (m_next < m_fixes.size() && double(m_fixes.at(m_next).offsetMs) <= played)
        due.append(m_fixes.at(m_next++));
    return due;
}

} // namespace dispatch
