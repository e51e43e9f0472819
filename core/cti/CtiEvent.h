// SPDX-License-Identifier: GPL-3.0-or-later
// The telephone system's call events (CTI): who is calling on which line and from where, as the centre's CTI
// middleware sends them to the desk, one JSON object per line.
#pragma once

#include "geo/GeoPoint.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dispatch {

/// Where the network says the caller is: a point and how far off it may be.
struct CallerLocation
{
    GeoPoint point;
    int radiusM = 0;  ///< accuracy radius, 0 when not given
    QString source;   ///< gps, cell, wifi or operator

    friend bool operator==(const CallerLocation&, const CallerLocation&) = default;
};

enum class CtiEventType { Ringing, Answered, Location, Ended };

/// One line of the feed:
///   {"event":"ringing","call":"C1","line":"110","number":"13800001111","name":"…",
///    "location":{"lat":22.78,"lon":100.97,"radius_m":35,"source":"gps"},"time":"2026-11-22T09:00:00+08:00"}
///   {"event":"answered","call":"C1","desk":"110-01","time":"…"}
///   {"event":"location","call":"C1","location":{…},"time":"…"}
///   {"event":"ended","call":"C1","outcome":"answered"|"abandoned","time":"…"}
/// `name`, `location` (on ringing) and `time` are optional; a time has its offset (or Z).
struct CtiEvent
{
    CtiEventType type = CtiEventType::Ringing;
    QString callId;
    QString line;        ///< ringing: the line called (a line of the taxonomy: 110, 119, 122 …)
    QString number;      ///< ringing: the calling number, as the switch gives it
    QString callerName;  ///< ringing: the subscriber's name when the network gives one
    std::optional<CallerLocation> location; ///< ringing, location
    QString desk;        ///< answered: the desk that answered
    bool abandoned = false; ///< ended: the caller hung up before anyone answered
    qint64 atMs = 0;     ///< when it happened by the switch's clock; 0 when the line does not say
};

class CtiEvents
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::CtiEvents)

public:
    /// One line of the feed; an error names the field ("location.lat: a number from -90 to 90").
    static Result<CtiEvent> parseLine(QByteArrayView line);
    static QString code(CtiEventType type);

    static constexpr qsizetype kMaxCallId = 64;
    static constexpr qsizetype kMaxNumber = 32;
    static constexpr int kMaxRadiusM = 100000;
};

} // namespace dispatch
