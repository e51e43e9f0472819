// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "avl/NmeaDecoder.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dispatch {

/// A recorded NMEA file played back as a unit's feed (demos, training, tests), decoded by NmeaDecoder like
/// the live feed.
///
/// Timing: each fix is due at its offset from the first fix, taken from the sentences' UTC times of day.
/// A fix without a time keeps the previous offset (so do fixes before the first timed one: offset 0). A
/// time more than 12 h before the previous one is the next day (midnight passed: GGA and GLL have no
/// date); a smaller step back (captures joined end to end, a sentence out of order) does not wait: the
/// offset stays. Offsets therefore never decrease; a gap forward is kept as recorded.
///
/// Anchoring (demos and training: real captures recorded in Lithuania or the Netherlands replayed in the
/// demo district): the whole track is moved so that its first fix lies on the anchor. It is moved, not
/// stretched: every fix keeps its distance north and east of the first fix in metres, so distances,
/// speeds and headings stay those of the recording.
///
/// Playback is driven by the caller's time (the window's tick, a manual clock): no timers, no sleeps.
class AvlReplay
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::AvlReplay)

public:
    struct Fix
    {
        GeoPoint position;
        qint64 offsetMs = 0; ///< when the fix is due, from the first fix
    };

    /// Reads the file through NmeaDecoder; an unreadable file, or one without any fix, is refused with its name.
    static Result<AvlReplay> load(const QString& path, const std::optional<GeoPoint>& anchor = std::nullopt);
    static Result<AvlReplay> fromData(const QByteArray& data, const QString& sourceName,
                                      const std::optional<GeoPoint>& anchor = std::nullopt);
    /// Where `point` of a track starting at `first` lies once the track is moved to start at `anchor`.
    static GeoPoint moved(const GeoPoint& point, const GeoPoint& first, const GeoPoint& anchor);

    const QList<Fix>& fixes() const { return m_fixes; }
    const AvlStats& stats() const { return m_stats; }
    qint64 durationMs() const { return m_fixes.isEmpty() ? 0 : m_fixes.last().offsetMs; }

    /// (Re)starts playing at `nowMs`, `speed` times faster than recorded (speed ≤ 0 means 1).
    void start(qint64 nowMs, double speed = 1.0);
    bool started() const { return m_started; }
    /// The fixes that became due since the last call, in order (none before start()).
    QList<Fix> advance(qint64 nowMs);
    /// Every fix has been played.
    bool finished() const { return m_started && m_next >= m_fixes.size(); }

private:
    QList<Fix> m_fixes;
    AvlStats m_stats;
    qint64 m_startMs = 0;
    double m_speed = 1.0;
    qsizetype m_next = 0;
    bool m_started = false;
};

} // namespace dispatch
