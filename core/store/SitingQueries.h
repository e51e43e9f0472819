// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"

#include <QList>
#include <QSqlDatabase>

namespace dispatch {

/// The incidents a siting of staging points is made for.
class SitingQueries
{
public:
    /// The positions of the incidents received in [fromMs, toMs), live and imported history (not exercises).
    static QList<GeoPoint> incidentPoints(const QSqlDatabase& db, qint64 fromMs, qint64 toMs);
};

} // namespace dispatch
