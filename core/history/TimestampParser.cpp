// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/TimestampParser.h"

#include <QDate>
#include <QDateTime>

namespace dispatch {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// Days from 1970-01-01 to the given civil date (proleptic Gregorian).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

} // namespace

Result<TimestampParser> TimestampParser::create(const QString& format, const QTimeZone& zone)
{
    TimestampParser p;
    p.m_format = format;
    p.m_zone = zone;
    if (!zone.isValid())
        return Error{tr("unknown time zone")};
    if (format == QStringLiteral("iso")) {
        p.m_kind = Kind::Iso;
        return p;
    }
    if (format == QStringLiteral("epoch_s")) {
        p.m_kind = Kind::EpochSeconds;
        return p;
    }
    if (format == QStringLiteral("epoch_ms")) {
        p.m_kind = Kind::EpochMilliseconds;
        return p;
    }
    const QByteArray f = format.toLatin1();
    bool year = false, month = false, day = false, hour = false, ampm = false, hour12 = false;
    for (qsizetype i = 0; i < f.size();) {
        auto runOf = [&](char c) {
            qsizetype j = i;
            while (j < f.size() && f[j] == c)
                ++j;
            return int(j - i);
        };
        const char c = f[i];
        const int run = runOf(c);
        Token t{Field::Literal, 0, 0, c};
        switch (c) {
        case 'y':
            if (run != 4)
                return Error{tr("the year is written yyyy in a timestamp format, not %1").arg(QString(run, u'y'))};
            t = {Field::Year, 4, 4, 0};
            year = true;
            break;
        case 'M': t = {Field::Month, run == 2 ? 2 : 1, 2, 0}; month = true; break;
        case 'd': t = {Field::Day, run == 2 ? 2 : 1, 2, 0}; day = true; break;
        case 'H': t = {Field::Hour24, run == 2 ? 2 : 1, 2, 0}; hour = true; break;
        case 'h': t = {Field::Hour12, run == 2 ? 2 : 1, 2, 0}; hour = hour12 = true; break;
        case 'm': t = {Field::Minute, 2, 2, 0}; break;
        case 's': t = {Field::Second, 2, 2, 0}; break;
        case 'z': t = {Field::Millis, 1, 3, 0}; break;
        case 'A':
        case 'a':
            if (run != 1 || i + 1 >= f.size() || (f[i + 1] != 'P' && f[i + 1] != 'p'))
                return Error{tr("AM/PM is written AP in a timestamp format")};
            t = {Field::AmPm, 2, 2, 0};
            ampm = true;
            i += 2;
            p.m_tokens.append(t);
            continue;
        default:
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                return Error{tr("unknown letter '%1' in the timestamp format (yyyy MM dd HH hh mm ss zzz AP)")
                                 .arg(QLatin1Char(c))};
            i += 1;
            p.m_tokens.append(t);
            continue;
        }
        i += run;
        p.m_tokens.append(t);
    }
    if (!year || !month || !day)
        return Error{tr("a timestamp format needs yyyy, MM and dd")};
    if (hour12 != ampm)
        return Error{tr("hh (12-hour clock) and AP go together in a timestamp format; use HH for 24 hours")};
    (void)hour;
    return p;
}

std::optional<qint64> TimestampParser::localToUtc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    if (d > QDate(y, mo, 1).daysInMonth())
        return std::nullopt;
    const qint64 localSeconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
    const qint64 localHour = localSeconds / 3600;
    auto it = m_offsetByLocalHour.constFind(localHour);
    int offset;
    if (it != m_offsetByLocalHour.cend()) {
        offset = *it;
    } else {
        const QDateTime local(QDate(y, mo, d), QTime(h, 0), m_zone);
        // A local hour that does not exist (clocks going forward) takes the offset in force at that UTC hour.
        offset = local.isValid() ? local.offsetFromUtc()
                                 : m_zone.offsetFromUtc(QDateTime(QDate(y, mo, d), QTime(h, 0), QTimeZone::utc()));
        m_offsetByLocalHour.insert(localHour, offset);
    }
    return (localSeconds - offset) * 1000 + ms;
}

std::optional<qint64> TimestampParser::parseIso(QByteArrayView text)
{
    const QString s = QString::fromLatin1(text.trimmed());
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime) // no offset written: the profile's zone
        return localToUtc(dt.date().year(), dt.date().month(), dt.date().day(), dt.time().hour(),
                          dt.time().minute(), dt.time().second(), dt.time().msec());
    return dt.toMSecsSinceEpoch();
}

std::optional<qint64> TimestampParser::parse(QByteArrayView text)
{
    switch (m_kind) {
    case Kind::Iso: return parseIso(text);
    case Kind::EpochSeconds:
    case Kind::EpochMilliseconds: {
        bool ok = false;
        const qint64 v = text.trimmed().toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return m_kind == Kind::EpochSeconds ? v * 1000 : v;
    }
    case Kind::Pattern: break;
    }
    const char* d = text.data();
    const qsizetype n = text.size();
    qsizetype i = 0;
    int y = 0, mo = 0, day = 0, h = 0, mi = 0, s = 0, ms = 0;
    int pm = -1;
    for (const Token& t : m_tokens) {
        if (t.field == Field::Literal) {
            if (i >= n || d[i] != t.literal)
                return std::nullopt;
            ++i;
            continue;
        }
        if (t.field == Field::AmPm) {
            if (i + 2 > n)
                return std::nullopt;
            const char a = char(d[i] | 0x20), m = char(d[i + 1] | 0x20);
            if (m != 'm' || (a != 'a' && a != 'p'))
                return std::nullopt;
            pm = a == 'p';
            i += 2;
            continue;
        }
        int v = 0, digits = 0;
        while (i < n && digits < t.maxDigits && isDigit(d[i])) {
            v = v * 10 + (d[i] - '0');
            ++i;
            ++digits;
        }
        if (digits < t.minDigits)
            return std::nullopt;
        switch (t.field) {
        case Field::Year: y = v; break;
        case Field::Month: mo = v; break;
        case Field::Day: day = v; break;
        case Field::Hour24:
        case Field::Hour12: h = v; break;
        case Field::Minute: mi = v; break;
        case Field::Second: s = v; break;
        case Field::Millis: ms = digits == 1 ? v * 100 : digits == 2 ? v * 10 : v; break;
        default: break;
        }
    }
    if (i != n)
        return std::nullopt;
    if (pm >= 0) {
        if (h < 1 || h > 12)
            return std::nullopt;
        h = h % 12 + (pm ? 12 : 0);
    }
    return localToUtc(y, mo, day, h, mi, s, ms);
}

} // namespace dispatch
