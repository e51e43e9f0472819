// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "avl/NmeaDecoder.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dispatch {

/// A recorded NMEA file played back as a unit's feed (demos, training, tests). Time is given by the
/// caller (the window's tick, a manual clock): no timers, no sleeps. Each fix is due at its offset from
/// the first fix, taken from the sentences' UTC times (a sentence without a time keeps the previous
/// offset; a time earlier than the previous one is taken as after midnight).
class AvlReplay
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::AvlReplay)

public:
    struct Fix
    {
        GeoPoint position;
        qint64 offsetMs = 0;
    };

    /// Reads the file through NmeaDecoder. With `anchor`, the whole track is moved so that its first fix
    /// lies there (a real capture recorded elsewhere replayed in the district; shape and timing kept).
    static Result<AvlReplay> load(const QString& path, const std::optional<GeoPoint>& anchor = std::nullopt);
    static Result<AvlReplay> fromData(const QByteArray& data, const QString& sourceName,
                                      const std::optional<GeoPoint>& anchor = std::nullopt);

    const QList<Fix>& fixes() const { return m_fixes; }
    const AvlStats& stats() const { return m_stats; }
    qint64 durationMs() const { return m_fixes.isEmpty() ? 0 : m_fixes.last().offsetMs; }

    /// Starts playing at `nowMs`, `speed` times faster than recorded.
    void start(qint64 nowMs, double speed = 1.0);
    /// The fixes that became due since the last call (in order).
    QList<Fix> advance(qint64 nowMs);
    bool isFinished() const { return m_next >= m_fixes.size(); }

private:
    QList<Fix> m_fixes;
    AvlStats m_stats;
    qint64 m_startMs = 0;
    double m_speed = 1.0;
    qsizetype m_next = 0;
};

} // namespace dispatch
