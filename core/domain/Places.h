// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"
#include "geo/GeoPolygon.h"

#include <QString>

namespace dispatch {

/// A zone (辖区/网格) with its response-circle tier (1 = 1-minute circle … 5 = rural).
struct Zone
{
    qint64 id = 0;
    QString code;
    QString name;
    int tier = 3;
    GeoPolygon area;
    QString source; ///< where the polygon came from (demo, a file name)
};

/// A police station (派出所).
struct Station
{
    qint64 id = 0;
    QString code;
    QString name;
    GeoPoint position;
    QString phone;
};

/// A staging point (屯警点): where a patrol waits between calls ("以巡待接").
struct StagingPoint
{
    qint64 id = 0;
    QString code;
    QString name;
    GeoPoint position;
    qint64 zoneId = 0;
    qint64 stationId = 0;
};

/// A linked agency (联动单位) that takes diverted work orders.
struct Agency
{
    QString code;
    QString name;
    QString nameEn;
    QString phone;
};

/// The centre this store belongs to.
struct CentreInfo
{
    QString name;
    QString nameEn;
    QString timeZone; ///< IANA id, e.g. Asia/Shanghai; shifts and incident numbers follow it
    bool demo = false;
    bool training = false; ///< a training store: every incident is an exercise, never live work
};

} // namespace dispatch
