// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"

#include <QByteArrayView>
#include <QNmeaPositionInfoSource>
#include <QTime>

#include <optional>

namespace dispatch {

/// What a feed contained, sentence by sentence. Rejected = garbage + bad checksum + no fix.
struct AvlStats
{
    int lines = 0;       ///< non-empty lines read
    int fixes = 0;       ///< position sentences with a valid fix, used
    int comments = 0;    ///< '#' lines (the gpsd captures' headers): skipped, not an error
    int garbage = 0;     ///< not an NMEA sentence: no '$', no checksum, non-printable, too long
    int badChecksum = 0; ///< a sentence whose checksum does not match
    int noFix = 0;       ///< a position sentence (RMC, GGA, GLL) without a valid fix
    int other = 0;       ///< other well-formed sentences (satellites, course, text, AIS '!'): ignored

    int rejected() const { return garbage + badChecksum + noFix; }
    AvlStats& operator+=(const AvlStats& o);
};

/// One good position from a feed.
struct AvlFix
{
    GeoPoint position;
    std::optional<QTime> time; ///< the sentence's UTC time of day, when it has one
};

/// Decodes NMEA-0183 lines one at a time. Each line is checked here first (framing, printable ASCII,
/// length, checksum); the position itself is parsed by Qt Positioning (QNmeaPositionInfoSource), so the
/// replayed file and the live TCP feed go through the same parser. Any talker (GP, GN, GL, BD…) is read.
class NmeaDecoder : private QNmeaPositionInfoSource
{
public:
    NmeaDecoder();

    /// The fix in this line, or nothing (the line is counted in stats()).
    std::optional<AvlFix> decode(QByteArrayView line);
    const AvlStats& stats() const { return m_stats; }

    static constexpr int kMaxSentence = 120; ///< NMEA says 82; receivers stretch it a little

private:
    AvlStats m_stats;
};

} // namespace dispatch
