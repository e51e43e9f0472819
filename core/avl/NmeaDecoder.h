// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"

#include <QByteArrayView>
#include <QDate>
#include <QNmeaPositionInfoSource>
#include <QTime>

#include <optional>

namespace dispatch {

/// What a feed contained, line by line. Every non-blank line lands in exactly one of the counters after
/// `lines`, so lines = fixes + comments + garbage + badChecksum + noFix + implausible + other.
struct AvlStats
{
    int lines = 0;       ///< non-blank lines read (blank lines and line ends are not counted)
    int fixes = 0;       ///< position sentences (RMC, GGA, GLL) with a valid fix: used
    int comments = 0;    ///< '#' lines (the headers of gpsd captures): skipped, not an error
    int garbage = 0;     ///< not a sentence: no leading '$' or '!', no "*HH" at the end, a character that is
                         ///< not printable ASCII, longer than NmeaDecoder::kMaxSentence, or a line cut off
                         ///< because it never ended (see NmeaDecoder::countCutLine)
    int badChecksum = 0; ///< well framed, but "*HH" is not the XOR of the characters between '$'/'!' and '*'
    int noFix = 0;       ///< a position sentence without a usable fix: RMC or GLL status not 'A', GGA quality
                         ///< 0 or empty, latitude/longitude empty or unreadable
    int implausible = 0; ///< a fix no receiver gives: a time of day or a date that does not exist (25:00:00,
                         ///< 32/13), or a position further from the stream's last fix than 300 m/s allows
    int other = 0;       ///< any other well-formed sentence (GSV, GSA, VTG, ZDA, TXT, proprietary $P…, AIS
                         ///< !AIVDM…): valid, carries no position of the unit, ignored

    int rejected() const { return garbage + badChecksum + noFix + implausible; }
    AvlStats& operator+=(const AvlStats& o);
    friend bool operator==(const AvlStats&, const AvlStats&) = default;
};

/// One good position from a feed.
struct AvlFix
{
    GeoPoint position;
    std::optional<QTime> time; ///< the sentence's UTC time of day, when it has one (RMC, GGA, GLL)
    QDate date;                ///< the UTC date, only RMC has one (invalid otherwise)
};

/// Decodes NMEA-0183 lines one at a time; the replayed file and the live TCP feed both go through it.
///
/// Each line is first checked here: trimmed of white space (so CR LF, LF and stray blanks are all fine);
/// a line starting with '#' is a comment; a sentence starts with '$' (or '!' for AIS), holds printable
/// ASCII only, is at most kMaxSentence characters long and ends in "*HH", the XOR of the characters
/// between the start character and '*' in hexadecimal (either case). Only then does Qt Positioning see it:
/// RMC, GGA and GLL sentences (address of two talker letters and the type, e.g. "GPRMC") are parsed by
/// QNmeaPositionInfoSource::parsePosInfoFromNmeaData, and the fix is Qt's: its fix flag and a valid
/// QGeoCoordinate. Qt reads the type from the address and ignores the talker, so GP (GPS), GN (combined),
/// GL (GLONASS), GA (Galileo), BD and GB (BeiDou) position sentences all give fixes (tested).
class NmeaDecoder : private QNmeaPositionInfoSource
{
public:
    NmeaDecoder();

    /// The fix in this line (with or without its line end), or nothing; the line is counted in stats().
    std::optional<AvlFix> decode(QByteArrayView line);
    /// Counts a line that was dropped before its end arrived (a stream buffering more than it allows)
    /// as garbage.
    void countCutLine();
    const AvlStats& stats() const { return m_stats; }

    /// NMEA-0183 allows 82 characters with CR LF; receivers stretch it a little (u-blox PUBX, long GSV).
    static constexpr int kMaxSentence = 120;

    /// Faster than this between two fixes of one stream is a receiver's error, not a unit (300 m/s: an airliner).
    static constexpr double kMaxMetresPerSecond = 300;

private:
    /// Whether a vehicle could have gone from one fix to the other in the time between them.
    static bool reachable(const AvlFix& from, const AvlFix& to);

    AvlStats m_stats;
    std::optional<AvlFix> m_last;     ///< the stream's last fix with a time, which the next is measured against
    std::optional<AvlFix> m_rejected; ///< the last fix refused as a jump (a run of them that agree wins)
};

} // namespace dispatch
