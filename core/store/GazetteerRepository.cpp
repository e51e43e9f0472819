// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GazetteerRepository.h"

#include "map/AddressText.h"
#include "store/MapRepository.h"
#include "store/ServerPipeline.h"
#include "store/Sql.h"

#include <QHash>

namespace dispatch {

namespace {

bool endsWithHan(const QString& s)
{
    return !s.isEmpty() && s.back().unicode() >= 0x3400;
}

/// "深南大道88号" (no space after Chinese), "Quai Antoine 1er 6", with the building's name after it.
QString addressText(const QString& street, const QString& number, const QString& name)
{
    QString text = street;
    if (!number.isEmpty())
        text += (endsWithHan(street) || street.isEmpty() ? QString() : QStringLiteral(" ")) + number;
    text = text.trimmed();
    if (!name.isEmpty())
        text = text.isEmpty() ? name : text + QStringLiteral(" (") + name + u')';
    return text;
}

void addToTextIndex(const QSqlDatabase& db, qint64 id, const QString& key)
{
    if (!sql::isPostgres(db))
        sql::run(db, QStringLiteral("INSERT INTO gazetteer_text(rowid, key) VALUES (?, ?)"), {id, key});
}

} // namespace

void GazetteerRepository::replace(const QSqlDatabase& db, const QString& source, const QList<GazetteerEntry>& entries)
{
    sql::run(db, QStringLiteral("DELETE FROM gazetteer WHERE source = ?"), {source});
    sql::Query q = sql::prepare(db, QStringLiteral("INSERT INTO gazetteer(source, kind, text, key, lat, lon) VALUES (?,?,?,?,?,?)"));
    q.bindText(0, source);
    for (const GazetteerEntry& e : entries) {
        const QString key = AddressText::key(e.text);
        if (key.isEmpty() || !e.point.isValid())
            continue;
        q.bindText(1, e.kind);
        q.bindText(2, e.text);
        q.bindText(3, key);
        q.bindReal(4, e.point.lat);
        q.bindReal(5, e.point.lon);
        sql::exec(q);
    }
    // The trigram index follows its content table: made again whole after a bulk change (SQLite only; the server
    // searches the keys themselves).
    if (!sql::isPostgres(db))
        sql::run(db, QStringLiteral("INSERT INTO gazetteer_text(gazetteer_text) VALUES ('rebuild')"));
}

QList<GazetteerEntry> GazetteerRepository::fromMap(const QSqlDatabase& db)
{
    QList<GazetteerEntry> out;
    sql::Query p = sql::run(db, QStringLiteral("SELECT kind, name, house_number, street, lat, lon FROM map_places ORDER BY id"));
    while (p.next()) {
        const QString kind = p.value(0).toString();
        const QString text = kind == QLatin1String("address")
                                 ? addressText(p.value(3).toString(), p.value(2).toString(), p.value(1).toString())
                                 : p.value(1).toString();
        if (!text.isEmpty())
            out.append({QStringLiteral("map"), kind, text, GeoPoint{p.value(4).toDouble(), p.value(5).toDouble()}});
    }
    // A road by its name: every way of that name together, found at the point of them nearest their middle.
    QHash<QString, QList<GeoPoint>> roads;
    QStringList order;
    sql::Query r = sql::run(db, QStringLiteral("SELECT name, points FROM map_roads WHERE name <> '' ORDER BY id"));
    while (r.next()) {
        const QString name = r.value(0).toString();
        auto it = roads.find(name);
        if (it == roads.end()) {
            it = roads.insert(name, {});
            order.append(name);
        }
        it->append(MapRepository::decodePoints(r.value(1).toString()));
    }
    for (const QString& name : order) {
        const QList<GeoPoint>& points = roads[name];
        if (points.isEmpty())
            continue;
        double lat = 0, lon = 0;
        for (const GeoPoint& g : points) {
            lat += g.lat;
            lon += g.lon;
        }
        const GeoPoint middle{lat / points.size(), lon / points.size()};
        GeoPoint best = points.front();
        double bestD = geo::distanceMetres(middle, best);
        for (const GeoPoint& g : points)
            if (const double d = geo::distanceMetres(middle, g); d < bestD) {
                bestD = d;
                best = g;
            }
        out.append({QStringLiteral("map"), QStringLiteral("road"), name, best});
    }
    return out;
}

void GazetteerRepository::rebuildFromMap(const QSqlDatabase& db)
{
    replace(db, QStringLiteral("map"), fromMap(db));
    if (count(db, QStringLiteral("incident")) > 0)
        return;
    sql::Query q = sql::run(db, QStringLiteral("SELECT address, lat, lon, received_at FROM incidents WHERE address <> ''"
                                               " AND lat IS NOT NULL AND lon IS NOT NULL AND origin = 'live' ORDER BY id"));
    QList<std::tuple<QString, GeoPoint, qint64>> seen;
    while (q.next())
        seen.append({q.value(0).toString(), GeoPoint{q.value(1).toDouble(), q.value(2).toDouble()}, q.integer(3)});
    for (const auto& [text, point, at] : seen)
        noteIncidentAddress(db, text, point, at);
}

void GazetteerRepository::noteIncidentAddress(const QSqlDatabase& db, const QString& text, const GeoPoint& point, qint64 atMs)
{
    const QString key = AddressText::key(text);
    if (key.isEmpty() || !point.isValid())
        return;
    if (sql::isPostgres(db)) {
        // One statement, held back with the command's other writes (the store's write lock keeps another desk from
        // adding the same address in between); the trigram index keeps itself.
        static const QString kNote = QStringLiteral(
            "WITH used AS (UPDATE gazetteer SET uses = uses + 1, text = ?, lat = ?, lon = ?, last_used_at = ?"
            " WHERE source = 'incident' AND key = ? RETURNING id)"
            " INSERT INTO gazetteer(source, kind, text, key, lat, lon, uses, last_used_at)"
            " SELECT 'incident', 'address', CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS DOUBLE PRECISION),"
            " CAST(? AS DOUBLE PRECISION), 1, CAST(? AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM used)");
        sql::defer(db, kNote, {text, point.lat, point.lon, atMs, key, text, key, point.lat, point.lon, atMs});
        return;
    }
    sql::Query u = sql::run(db, QStringLiteral("UPDATE gazetteer SET uses = uses + 1, text = ?, lat = ?, lon = ?,"
                                               " last_used_at = ? WHERE source = 'incident' AND key = ?"),
                            {text, point.lat, point.lon, atMs, key});
    if (u.numRowsAffected() > 0)
        return;
    sql::Query i = sql::run(db, QStringLiteral("INSERT INTO gazetteer(source, kind, text, key, lat, lon, uses, last_used_at)"
                                               " VALUES ('incident', 'address', ?, ?, ?, ?, 1, ?)"),
                            {text, key, point.lat, point.lon, atMs});
    addToTextIndex(db, i.lastInsertId().toLongLong(), key);
}

int GazetteerRepository::count(const QSqlDatabase& db, const QString& source)
{
    if (source.isEmpty())
        return sql::scalar(db, QStringLiteral("SELECT count(*) FROM gazetteer")).toInt();
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM gazetteer WHERE source = ?"), {source}).toInt();
}

} // namespace dispatch
