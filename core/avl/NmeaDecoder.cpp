// SPDX-License-Identifier: GPL-3.0-or-later
#include "avl/NmeaDecoder.h"

#include <QDate>
#include <QGeoPositionInfo>

#include <algorithm>

namespace dispatch {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool printable(QByteArrayView line)
{
    for (char c : line)
        if (c < 0x20 || c > 0x7e)
            return false;
    return true;
}

/// Field `index` of a sentence (0: the address), without the checksum.
QByteArrayView field(QByteArrayView line, int index)
{
    const qsizetype star = line.lastIndexOf('*');
    const QByteArrayView body = line.first(star < 0 ? line.size() : star);
    qsizetype start = 0;
    for (int i = 0; i < index; ++i) {
        start = body.indexOf(',', start);
        if (start < 0)
            return {};
        ++start;
    }
    const qsizetype end = body.indexOf(',', start);
    return body.sliced(start, (end < 0 ? body.size() : end) - start);
}

/// A time of day hhmmss[.ss] that exists (Qt leaves 25:00:00 as no time at all, so it is checked here).
bool validTime(QByteArrayView hhmmss)
{
    if (hhmmss.isEmpty())
        return true;
    if (hhmmss.size() < 6)
        return false;
    bool h = false, m = false, s = false;
    const int hh = hhmmss.first(2).toInt(&h), mm = hhmmss.sliced(2, 2).toInt(&m), ss = hhmmss.sliced(4, 2).toInt(&s);
    return h && m && s && hh < 24 && mm < 60 && ss < 61;
}

/// A date ddmmyy that exists.
bool validDate(QByteArrayView ddmmyy)
{
    if (ddmmyy.isEmpty())
        return true;
    bool d = false, m = false, y = false;
    const int dd = ddmmyy.first(2).toInt(&d), mm = ddmmyy.size() >= 4 ? ddmmyy.sliced(2, 2).toInt(&m) : 0,
              yy = ddmmyy.size() >= 6 ? ddmmyy.sliced(4, 2).toInt(&y) : 0;
    return ddmmyy.size() == 6 && d && m && y && QDate(2000 + yy, mm, dd).isValid();
}

/// "$GPRMC,…" → true: a standard address (two talker letters and the type) naming a position sentence.
bool isPositionSentence(QByteArrayView line)
{
    if (line.front() != '$' || line.size() < 7 || line[6] != ',' || line[1] == 'P')
        return false;
    const QByteArrayView type = line.sliced(3, 3);
    return type == "RMC" || type == "GGA" || type == "GLL";
}

} // namespace

AvlStats& AvlStats::operator+=(const AvlStats& o)
{
    lines += o.lines;
    fixes += o.fixes;
    comments += o.comments;
    garbage += o.garbage;
    badChecksum += o.badChecksum;
    noFix += o.noFix;
    other += o.other;
    implausible += o.implausible;
    return *this;
}

bool NmeaDecoder::reachable(const AvlFix& from, const AvlFix& to)
{
    if (!from.time || !to.time)
        return true;
    qint64 seconds = from.time->secsTo(*to.time);
    if (seconds < -12 * 3600)
        seconds += 24 * 3600; // past midnight
    if (seconds < 0)
        return true; // time went back (another capture, a receiver reset): nothing to measure against
    return geo::distanceMetres(from.position, to.position) <= kMaxMetresPerSecond * double(std::max<qint64>(seconds, 1));
}

NmeaDecoder::NmeaDecoder() : QNmeaPositionInfoSource(QNmeaPositionInfoSource::RealTimeMode) {}

void NmeaDecoder::countCutLine()
{
    ++m_stats.lines;
    ++m_stats.garbage;
}

std::optional<AvlFix> NmeaDecoder::decode(QByteArrayView raw)
{
    const QByteArrayView line = raw.trimmed();
    if (line.isEmpty())
        return std::nullopt;
    ++m_stats.lines;
    if (line.front() == '#') {
        ++m_stats.comments;
        return std::nullopt;
    }
    const qsizetype star = line.lastIndexOf('*');
    if (line.size() > kMaxSentence || (line.front() != '$' && line.front() != '!') || !printable(line)
        || star < 2 || star + 3 != line.size() || hexValue(line[star + 1]) < 0 || hexValue(line[star + 2]) < 0) {
        ++m_stats.garbage;
        return std::nullopt;
    }
    unsigned char sum = 0;
    for (qsizetype i = 1; i < star; ++i)
        sum ^= static_cast<unsigned char>(line[i]);
    if (sum != hexValue(line[star + 1]) * 16 + hexValue(line[star + 2])) {
        ++m_stats.badChecksum;
        return std::nullopt;
    }
    if (!isPositionSentence(line)) {
        ++m_stats.other;
        return std::nullopt;
    }
    // Qt wants the sentence as a receiver sends it, line end included.
    const QByteArray sentence = line.toByteArray() + "\r\n";
    QGeoPositionInfo info;
    bool hasFix = false;
    if (!parsePosInfoFromNmeaData(sentence.constData(), int(sentence.size()), &info, &hasFix) || !hasFix
        || !info.coordinate().isValid()) {
        ++m_stats.noFix;
        return std::nullopt;
    }
    // The time (and RMC's date) must exist: Qt drops one that does not and would leave the fix timeless.
    const QByteArrayView type = line.sliced(3, 3);
    if (!validTime(field(line, type == "GLL" ? 5 : 1)) || (type == "RMC" && !validDate(field(line, 9)))) {
        ++m_stats.implausible;
        return std::nullopt;
    }
    AvlFix fix;
    fix.position = GeoPoint{info.coordinate().latitude(), info.coordinate().longitude()};
    // GGA and GLL carry a time of day only: Qt keeps it in a timestamp whose date is invalid.
    if (const QTime t = info.timestamp().time(); t.isValid())
        fix.time = t;
    fix.date = info.timestamp().date();
    // A jump no vehicle makes (5,000 km in seconds) is the receiver's error: the unit stays where it was. Unless
    // the fixes after it agree with the jump: then it was the fix before that was wrong, and the unit is here.
    if (fix.time && m_last && !reachable(*m_last, fix) && !(m_rejected && reachable(*m_rejected, fix))) {
        ++m_stats.implausible;
        m_rejected = fix;
        return std::nullopt;
    }
    m_rejected.reset();
    ++m_stats.fixes;
    if (fix.time)
        m_last = fix;
    return fix;
}

} // namespace dispatch
