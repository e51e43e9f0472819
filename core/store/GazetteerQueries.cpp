// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GazetteerQueries.h"

#include "store/Sql.h"

#include <cmath>
#include <numbers>

namespace dispatch {

std::optional<GazetteerQueries::Near> GazetteerQueries::nearest(const QSqlDatabase& db, const GeoPoint& p, double maxMetres)
{
    const double dLat = maxMetres / 111000.0;
    const double dLon = maxMetres / (111000.0 * std::max(0.2, std::cos(p.lat * std::numbers::pi / 180.0)));
    sql::Query q = sql::run(db, QStringLiteral("SELECT kind, name, house_number, street, lat, lon FROM map_places"
                                               " WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"),
                            {p.lat - dLat, p.lat + dLat, p.lon - dLon, p.lon + dLon});
    std::optional<Near> bestAddress, bestPlace;
    while (q.next()) {
        const double d = geo::distanceMetres(p, GeoPoint{q.value(4).toDouble(), q.value(5).toDouble()});
        if (d > maxMetres)
            continue;
        const bool address = q.value(0).toString() == QLatin1String("address");
        const QString name = q.value(1).toString();
        QString text;
        if (address) {
            text = QString(q.value(3).toString() + u' ' + q.value(2).toString()).trimmed();
            if (!name.isEmpty())
                text += QStringLiteral(" (") + name + u')';
        } else {
            text = name;
        }
        if (text.isEmpty())
            continue;
        std::optional<Near>& best = address ? bestAddress : bestPlace;
        if (!best || d < best->metres)
            best = Near{text, d, address};
    }
    return bestAddress ? bestAddress : bestPlace;
}

} // namespace dispatch
