// SPDX-License-Identifier: GPL-3.0-or-later
#include "avl/NmeaDecoder.h"

#include <QGeoPositionInfo>

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
    return *this;
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
    ++m_stats.fixes;
    AvlFix fix;
    fix.position = GeoPoint{info.coordinate().latitude(), info.coordinate().longitude()};
    // GGA and GLL carry a time of day only: Qt keeps it in a timestamp whose date is invalid.
    if (const QTime t = info.timestamp().time(); t.isValid())
        fix.time = t;
    fix.date = info.timestamp().date();
    return fix;
}

} // namespace dispatch
