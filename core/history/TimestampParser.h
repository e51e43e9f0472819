// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace dispatch {

/// Reads a CAD export's timestamps fast: a format of fields at fixed or delimited places (yyyy MM dd HH hh mm ss
/// zzz AP, any other character literal; M, d, h, H also accept one digit), or "iso" (ISO 8601 with an optional
/// offset), "epoch_s", "epoch_ms". Local times are turned into UTC in the given zone, with the zone's offset
/// cached per local hour (a repeated hour when clocks go back takes the first, as QDateTime does).
class TimestampParser
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::TimestampParser)

public:
    static Result<TimestampParser> create(const QString& format, const QTimeZone& zone);

    /// Milliseconds since the epoch (UTC), or nullopt if the text does not match.
    std::optional<qint64> parse(QByteArrayView text);
    const QString& format() const { return m_format; }

private:
    enum class Kind { Pattern, Iso, EpochSeconds, EpochMilliseconds };
    enum class Field : char { Year, Month, Day, Hour24, Hour12, Minute, Second, Millis, AmPm, Literal };
    struct Token
    {
        Field field;
        int minDigits; ///< digits (or letters for AP) at least
        int maxDigits;
        char literal;
    };

    std::optional<qint64> localToUtc(int y, int mo, int d, int h, int mi, int s, int ms);
    std::optional<qint64> parseIso(QByteArrayView text);

    QString m_format;
    Kind m_kind = Kind::Pattern;
    QList<Token> m_tokens;
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByLocalHour; ///< local hour number → offset from UTC in seconds
};

} // namespace dispatch
