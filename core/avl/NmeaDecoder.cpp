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

std::optional<AvlFix> NmeaDecoder::decode(QByteArrayView raw)
{
    QByteArrayView line = raw.trimmed();
    if (line.isEmpty())
        return std::nullopt;
    ++m_stats.lines;
    if (line.front() == '#') {
        ++m_stats.comments;
        return std::nullopt;
    }
    if (line.size() > kMaxSentence || (line.front() != '$' && line.front() != '!')) {
        ++m_stats.garbage;
        return std::nullopt;
    }
    for (char c : line)
        if (c < 0x20 || c > 0x7e) {
            ++m_stats.garbage;
            return std::nullopt;
        }
    const qsizetype star = line.lastIndexOf('*');
    if (star < 6 || star + 3 != line.size() || hexValue(line[star + 1]) < 0 || hexValue(line[star + 2]) < 0) {
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
    // "$GPRMC," → RMC: the sentence type after a two-letter talker; AIS ('!') never carries our position.
    const QByteArrayView type = line.sliced(3, 3);
    const bool position = line.front() == '$' && (type == "RMC" || type == "GGA" || type == "GLL");
    if (!position) {
        ++m_stats.other;
        return std::nullopt;
    }
    QGeoPositionInfo info;
    bool hasFix = false;
    const QByteArray sentence = line.toByteArray() + "\r\n";
    if (!parsePosInfoFromNmeaData(sentence.constData(), int(sentence.size()), &info, &hasFix) || !hasFix
        || !info.coordinate().isValid()) {
        ++m_stats.noFix;
        return std::nullopt;
    }
    ++m_stats.fixes;
    AvlFix fix;
    fix.position = GeoPoint{info.coordinate().latitude(), info.coordinate().longitude()};
    if (info.timestamp().time().isValid())
        fix.time = info.timestamp().time();
    return fix;
}

} // namespace dispatch
