// SPDX-License-Identifier: GPL-3.0-or-later
#include "cti/CtiEvent.h"

#include "domain/Taxonomy.h"
#include "domain/TextLimits.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace dispatch {

namespace {

Result<CallerLocation> readLocation(const QJsonValue& v)
{
    if (!v.isObject())
        return Error{CtiEvents::tr("an object {lat, lon, radius_m, source} expected"), QStringLiteral("location")};
    const QJsonObject o = v.toObject();
    const QJsonValue lat = o.value(QStringLiteral("lat"));
    const QJsonValue lon = o.value(QStringLiteral("lon"));
    if (!lat.isDouble() || !std::isfinite(lat.toDouble()) || std::abs(lat.toDouble()) > 90.0)
        return Error{CtiEvents::tr("a number from -90 to 90 expected"), QStringLiteral("location.lat")};
    if (!lon.isDouble() || !std::isfinite(lon.toDouble()) || std::abs(lon.toDouble()) > 180.0)
        return Error{CtiEvents::tr("a number from -180 to 180 expected"), QStringLiteral("location.lon")};
    CallerLocation l;
    l.point = GeoPoint{lat.toDouble(), lon.toDouble()};
    const QJsonValue radius = o.value(QStringLiteral("radius_m"));
    if (!radius.isUndefined()) {
        const double r = radius.toDouble(-1);
        if (!radius.isDouble() || !(r >= 0 && r <= CtiEvents::kMaxRadiusM))
            return Error{CtiEvents::tr("metres from 0 to %1 expected").arg(CtiEvents::kMaxRadiusM), QStringLiteral("location.radius_m")};
        l.radiusM = int(std::lround(r));
    }
    l.source = o.value(QStringLiteral("source")).toString(QStringLiteral("operator"));
    static const QStringList sources{QStringLiteral("gps"), QStringLiteral("cell"), QStringLiteral("wifi"), QStringLiteral("operator")};
    if (!sources.contains(l.source))
        return Error{CtiEvents::tr("gps, cell, wifi or operator expected"), QStringLiteral("location.source")};
    return l;
}

} // namespace

QString CtiEvents::code(CtiEventType type)
{
    switch (type) {
    case CtiEventType::Ringing: return QStringLiteral("ringing");
    case CtiEventType::Answered: return QStringLiteral("answered");
    case CtiEventType::Location: return QStringLiteral("location");
    case CtiEventType::Ended: return QStringLiteral("ended");
    }
    return {};
}

Result<CtiEvent> CtiEvents::parseLine(QByteArrayView line)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error{tr("not a JSON object")};
    const QJsonObject o = doc.object();
    CtiEvent e;
    const QString type = o.value(QStringLiteral("event")).toString();
    if (type == QLatin1String("ringing"))
        e.type = CtiEventType::Ringing;
    else if (type == QLatin1String("answered"))
        e.type = CtiEventType::Answered;
    else if (type == QLatin1String("location"))
        e.type = CtiEventType::Location;
    else if (type == QLatin1String("ended"))
        e.type = CtiEventType::Ended;
    else
        return Error{tr("ringing, answered, location or ended expected"), QStringLiteral("event")};

    e.callId = o.value(QStringLiteral("call")).toString().trimmed();
    if (e.callId.isEmpty() || e.callId.size() > kMaxCallId)
        return Error{tr("the call's id (1 to %1 characters) expected").arg(kMaxCallId), QStringLiteral("call")};

    if (const QJsonValue t = o.value(QStringLiteral("time")); !t.isUndefined()) {
        const QDateTime at = QDateTime::fromString(t.toString(), Qt::ISODateWithMs);
        if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
            return Error{tr("a date-time with its offset expected (2026-11-22T09:00:00+08:00)"), QStringLiteral("time")};
        e.atMs = at.toMSecsSinceEpoch();
    }

    switch (e.type) {
    case CtiEventType::Ringing: {
        e.line = o.value(QStringLiteral("line")).toString();
        if (!Taxonomy::builtin().hasLine(e.line))
            return Error{tr("a line of the centre (110, 119, 122 …) expected"), QStringLiteral("line")};
        e.number = o.value(QStringLiteral("number")).toString().trimmed();
        if (e.number.size() > kMaxNumber)
            return Error{tr("at most %1 characters expected").arg(kMaxNumber), QStringLiteral("number")};
        for (const QChar c : std::as_const(e.number))
            if (!c.isDigit() && c != u'+' && c != u'*' && c != u'#')
                return Error{tr("digits (and + * #) expected"), QStringLiteral("number")};
        e.callerName = o.value(QStringLiteral("name")).toString().simplified().left(TextLimits::kName);
        if (const QJsonValue l = o.value(QStringLiteral("location")); !l.isUndefined() && !l.isNull()) {
            auto loc = readLocation(l);
            if (!loc)
                return loc.error();
            e.location = *loc;
        }
        break;
    }
    case CtiEventType::Answered:
        e.desk = o.value(QStringLiteral("desk")).toString().trimmed();
        if (e.desk.isEmpty() || e.desk.size() > TextLimits::kName)
            return Error{tr("the desk that answered expected"), QStringLiteral("desk")};
        break;
    case CtiEventType::Location: {
        auto loc = readLocation(o.value(QStringLiteral("location")));
        if (!loc)
            return loc.error();
        e.location = *loc;
        break;
    }
    case CtiEventType::Ended: {
        const QString outcome = o.value(QStringLiteral("outcome")).toString();
        if (outcome != QLatin1String("answered") && outcome != QLatin1String("abandoned"))
            return Error{tr("answered or abandoned expected"), QStringLiteral("outcome")};
        e.abandoned = outcome == QLatin1String("abandoned");
        break;
    }
    }
    return e;
}

} // namespace dispatch
