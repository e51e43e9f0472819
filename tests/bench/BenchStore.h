// SPDX-License-Identifier: GPL-3.0-or-later
// A benchmark's store: the demo district installed (fast password hashing), and units written straight into it
// (raw sqlite3, one transaction).
#pragma once

#include "demo/DistrictData.h"
#include "geo/GeoPoint.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <functional>

namespace dispatch::bench {

/// A new store at `path` with the demo district; `more` runs on its service (acting as the system) before it closes.
inline void installDemo(const QString& path, Clock& clock, const std::function<void(DispatchService&)>& more = {})
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.errorString()));
    DispatchService svc(**db, clock, QStringLiteral("bench"));
    svc.actAsSystem(QStringLiteral("bench"));
    DistrictData district = DistrictLoader::demo().value();
    district.passwordIterations = 1000;
    if (const Status s = svc.installDistrict(district); !s)
        qFatal("%s", qPrintable(s.errorString()));
    if (more)
        more(svc);
}

/// Units callsigned B0…, six types and five states in turn, one fix in ten an hour old, at `placeOf(i)`.
inline void addUnits(const QString& path, int n, qint64 now, const std::function<GeoPoint(int)>& placeOf)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO units(callsign, type, officers, auxiliaries, state, state_since, lat, lon, fix_at) "
                       "VALUES (?,?,1,2,?,?,?,?,?)",
                       -1, &st, nullptr);
    const char* types[] = {"patrol_car", "station_car", "traffic", "motorbike", "special_police", "mediator"};
    const char* states[] = {"available_patrol", "available_patrol", "available_patrol", "busy", "off_duty"};
    for (int i = 0; i < n; ++i) {
        const QByteArray callsign = "B" + QByteArray::number(i);
        const GeoPoint p = placeOf(i);
        sqlite3_bind_text(st, 1, callsign.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, types[i % 6], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, states[i % 5], -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 4, now);
        sqlite3_bind_double(st, 5, p.lat);
        sqlite3_bind_double(st, 6, p.lon);
        sqlite3_bind_int64(st, 7, i % 10 == 0 ? now - 3600 * 1000 : now - 10 * 1000);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

} // namespace dispatch::bench
