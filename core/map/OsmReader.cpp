// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/OsmReader.h"

#include "map/OsmFileChecks.h"

#include "util/ForeignText.h"

#include <osmium/area/assembler.hpp>
#include <osmium/area/multipolygon_manager.hpp>
#include <osmium/handler.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/sparse_mem_array.hpp>
#include <osmium/io/pbf_input.hpp>
#include <osmium/io/xml_input.hpp>
#include <osmium/relations/manager_util.hpp>
#include <osmium/tags/tags_filter.hpp>
#include <osmium/visitor.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <vector>

namespace dispatch {

QString MapPlaces::code(MapPlace::Kind kind)
{
    switch (kind) {
    case MapPlace::Kind::Address: return QStringLiteral("address");
    case MapPlace::Kind::Poi: return QStringLiteral("poi");
    case MapPlace::Kind::Place: return QStringLiteral("place");
    }
    return {};
}

QString MapPlaces::code(MapArea::Kind kind)
{
    return kind == MapArea::Kind::Water ? QStringLiteral("water") : QStringLiteral("park");
}

namespace {

// The `highway` values the desk keeps: roads a vehicle uses and ways a person on foot does (a unit on foot, the
// last metres to a door). Construction, proposals, platforms and the like are left out.
const QSet<QByteArray>& roadClasses()
{
    static const QSet<QByteArray> classes{
        "motorway", "motorway_link", "trunk", "trunk_link", "primary", "primary_link", "secondary", "secondary_link",
        "tertiary", "tertiary_link", "unclassified", "residential", "living_street", "service", "road", "track",
        "pedestrian", "footway", "path", "steps", "cycleway", "bridleway"};
    return classes;
}

// A point of interest is a named feature carrying one of these keys (its key=value kept as its category).
constexpr const char* kPoiKeys[] = {"amenity", "shop", "tourism", "office", "leisure", "healthcare", "emergency",
                                    "public_transport", "railway", "historic", "craft", "man_made", "building"};

QString text(const char* value)
{
    if (!value)
        return {};
    // Map text is someone else's: no control characters or direction overrides, and a sane length.
    return ForeignText::clean(QString::fromUtf8(value)).trimmed().left(200);
}

QString nameOf(const osmium::TagList& tags)
{
    if (const char* n = tags["name"])
        return text(n);
    if (const char* n = tags["name:zh"])
        return text(n);
    return text(tags["name:en"]);
}

/// "50", "50 mph", "30 km/h" → km/h; "none", "walk", "CN:urban" and the like → 0 (not a number here).
double speedKmh(const char* value)
{
    if (!value)
        return 0;
    const QString v = QString::fromUtf8(value).trimmed().toLower();
    const qsizetype end = [&] {
        qsizetype i = 0;
        while (i < v.size() && (v.at(i).isDigit() || v.at(i) == u'.'))
            ++i;
        return i;
    }();
    bool ok = false;
    const double n = v.left(end).toDouble(&ok);
    if (!ok || n <= 0 || n > 200)
        return 0;
    return v.contains(QLatin1String("mph")) ? n * 1.609344 : n;
}

int onewayOf(const osmium::TagList& tags, const QByteArray& cls)
{
    const char* o = tags["oneway"];
    if (o && (!std::strcmp(o, "yes") || !std::strcmp(o, "1") || !std::strcmp(o, "true")))
        return 1;
    if (o && (!std::strcmp(o, "-1") || !std::strcmp(o, "reverse")))
        return -1;
    if (o && (!std::strcmp(o, "no") || !std::strcmp(o, "false") || !std::strcmp(o, "0")))
        return 0;
    const char* junction = tags["junction"];
    if (cls == "motorway" || (junction && (!std::strcmp(junction, "roundabout") || !std::strcmp(junction, "circular"))))
        return 1; // implied by OSM's conventions
    return 0;
}

bool isYes(const char* v)
{
    return v && std::strcmp(v, "no") != 0 && std::strcmp(v, "0") != 0;
}

/// The tags that make a closed way or a multipolygon water or green space on the base map.
constexpr std::pair<const char*, const char*> kWaterTags[] = {
    {"natural", "water"}, {"waterway", "riverbank"}, {"landuse", "reservoir"}, {"landuse", "basin"}};
constexpr std::pair<const char*, const char*> kGreenTags[] = {
    {"leisure", "park"},  {"leisure", "garden"}, {"landuse", "grass"}, {"landuse", "recreation_ground"},
    {"landuse", "village_green"}, {"natural", "wood"}, {"landuse", "forest"}};

/// What an area's tags make it on the base map, if anything.
std::optional<MapArea::Kind> areaKind(const osmium::TagList& tags)
{
    const auto any = [&tags](const auto& list) {
        return std::any_of(std::begin(list), std::end(list), [&tags](const auto& kv) { return tags.has_tag(kv.first, kv.second); });
    };
    if (any(kWaterTags))
        return MapArea::Kind::Water;
    if (any(kGreenTags))
        return MapArea::Kind::Park;
    return std::nullopt;
}

/// The same tags for libosmium's multipolygon assembler.
osmium::TagsFilter areaFilter()
{
    osmium::TagsFilter filter{false};
    for (const auto& [key, value] : kWaterTags)
        filter.add_rule(true, key, value);
    for (const auto& [key, value] : kGreenTags)
        filter.add_rule(true, key, value);
    return filter;
}

bool isAreaRelation(const osmium::Relation& r)
{
    const char* type = r.tags()["type"];
    return type && std::strcmp(type, "multipolygon") == 0 && areaKind(r.tags()).has_value();
}

QList<GeoPoint> ringPoints(const osmium::NodeRefList& ring)
{
    QList<GeoPoint> out;
    out.reserve(qsizetype(ring.size()));
    for (const osmium::NodeRef& r : ring)
        out.append(GeoPoint{r.location().lat(), r.location().lon()});
    return out;
}

class Collect final : public osmium::handler::Handler
{
public:
    explicit Collect(MapData& out) : m_out(out) {}

    void node(const osmium::Node& n)
    {
        ++m_out.nodesRead;
        if (n.tags().empty() || !n.location().valid())
            return;
        if (const char* number = n.tags()["addr:housenumber"]) // an end of a house-number range, perhaps
            m_numbered.insert(n.id(), {text(number), text(n.tags()["addr:street"])});
        place(n.tags(), n.id(), 'n', GeoPoint{n.location().lat(), n.location().lon()});
    }

    void way(const osmium::Way& w)
    {
        ++m_out.waysRead;
        const osmium::TagList& tags = w.tags();
        if (tags.empty())
            return;
        QList<GeoPoint> points;
        QList<qint64> nodes;
        points.reserve(qsizetype(w.nodes().size()));
        for (const osmium::NodeRef& r : w.nodes()) {
            if (!r.location().valid()) {
                ++m_out.waysWithMissingNodes;
                return;
            }
            points.append(GeoPoint{r.location().lat(), r.location().lon()});
            nodes.append(r.ref());
        }
        if (points.size() < 2)
            return;
        if (const char* how = tags["addr:interpolation"]) {
            interpolate(w.id(), how, text(tags["addr:street"]), nodes, points);
            return;
        }
        if (const char* h = tags["highway"]) {
            const QByteArray cls(h);
            if (roadClasses().contains(cls) && !tags.has_tag("area", "yes")) {
                MapRoad road;
                road.osmId = w.id();
                road.roadClass = QString::fromLatin1(cls);
                road.name = nameOf(tags);
                road.ref = text(tags["ref"]).left(40);
                road.oneway = onewayOf(tags, cls);
                road.maxspeedKmh = speedKmh(tags["maxspeed"]);
                road.bridge = isYes(tags["bridge"]);
                road.tunnel = isYes(tags["tunnel"]);
                road.nodes = std::move(nodes);
                road.points = std::move(points);
                m_out.roads.append(std::move(road));
                return;
            }
        }
        if (!w.is_closed() || points.size() < 4)
            return;
        if (const std::optional<MapArea::Kind> kind = areaKind(tags)) {
            m_out.areas.append({w.id(), *kind, nameOf(tags), points});
            return;
        }
        // A building or a named area a caller may name: kept at its centre.
        double lat = 0, lon = 0;
        for (qsizetype i = 0; i + 1 < points.size(); ++i) {
            lat += points.at(i).lat;
            lon += points.at(i).lon;
        }
        const double n = double(points.size() - 1);
        place(tags, w.id(), 'w', GeoPoint{lat / n, lon / n});
    }

    void relation(const osmium::Relation& r)
    {
        if (!isAreaRelation(r))
            ++m_out.relationsSkipped;
    }

private:
    /// A house-number range (addr:interpolation): a way whose two ends are address nodes. The numbers between them
    /// become address points spaced along the way in proportion to its length ("odd" and "even" every second
    /// number, "all" every number, a number N every N-th), at most kMaxRange of them; a range whose ends are not
    /// whole numbers, or not in the file, is left out.
    void interpolate(qint64 wayId, const char* how, QString street, const QList<qint64>& nodes,
                     const QList<GeoPoint>& points)
    {
        constexpr int kMaxRange = 1000;
        const auto first = m_numbered.constFind(nodes.first());
        const auto last = m_numbered.constFind(nodes.last());
        if (first == m_numbered.cend() || last == m_numbered.cend())
            return;
        bool okA = false, okB = false;
        const qint64 a = first->first.toLongLong(&okA), b = last->first.toLongLong(&okB);
        int step = 0;
        if (!std::strcmp(how, "odd") || !std::strcmp(how, "even"))
            step = 2;
        else if (!std::strcmp(how, "all"))
            step = 1;
        else
            step = QByteArray(how).toInt();
        constexpr qint64 kMaxNumber = 1000000; // a house number, not a count of anything
        if (!okA || !okB || a == b || a < 0 || b < 0 || a > kMaxNumber || b > kMaxNumber || step < 1 || step > 100
            || std::abs(b - a) / step > kMaxRange)
            return;
        if (street.isEmpty())
            street = !first->second.isEmpty() ? first->second : last->second;
        if (street.isEmpty())
            return;
        std::vector<double> along{0}; // metres from the way's start to each of its nodes
        for (qsizetype i = 1; i < points.size(); ++i)
            along.push_back(along.back() + geo::distanceMetres(points.at(i - 1), points.at(i)));
        if (along.back() <= 0)
            return;
        const qint64 dir = b > a ? 1 : -1;
        for (qint64 k = a + dir * step; dir > 0 ? k < b : k > b; k += dir * step) {
            const double at = along.back() * double(k - a) / double(b - a);
            std::size_t i = 1;
            while (i + 1 < along.size() && along[i] < at)
                ++i;
            const double span = along[i] - along[i - 1];
            const double f = span > 0 ? (at - along[i - 1]) / span : 0;
            const GeoPoint& p = points.at(qsizetype(i) - 1);
            const GeoPoint& q = points.at(qsizetype(i));
            MapPlace place;
            place.osmId = wayId;
            place.osmType = 'w';
            place.kind = MapPlace::Kind::Address;
            place.houseNumber = QString::number(k);
            place.street = street;
            place.category = QStringLiteral("addr:interpolation");
            place.point = GeoPoint{p.lat + (q.lat - p.lat) * f, p.lon + (q.lon - p.lon) * f};
            m_out.places.append(std::move(place));
        }
    }

    void place(const osmium::TagList& tags, qint64 id, char type, const GeoPoint& at)
    {
        MapPlace p;
        p.osmId = id;
        p.osmType = type;
        p.point = at;
        p.name = nameOf(tags);
        if (const char* number = tags["addr:housenumber"]) {
            p.kind = MapPlace::Kind::Address;
            p.houseNumber = text(number).left(40);
            p.street = text(tags["addr:street"] ? tags["addr:street"] : tags["addr:place"]);
            m_out.places.append(std::move(p));
            return;
        }
        if (p.name.isEmpty())
            return;
        if (const char* kind = tags["place"]) {
            p.kind = MapPlace::Kind::Place;
            p.category = QStringLiteral("place=") + text(kind);
            m_out.places.append(std::move(p));
            return;
        }
        for (const char* key : kPoiKeys)
            if (const char* value = tags[key]) {
                p.kind = MapPlace::Kind::Poi;
                p.category = QString::fromLatin1(key) + u'=' + text(value).left(60);
                m_out.places.append(std::move(p));
                return;
            }
    }

    MapData& m_out;
    QHash<qint64, std::pair<QString, QString>> m_numbered; ///< address nodes: their number and street
};

/// The water and green multipolygon relations, as libosmium's assembler made them areas: each outer ring with the
/// inner rings it holds. (Closed ways are Collect's.)
class CollectAreas final : public osmium::handler::Handler
{
public:
    explicit CollectAreas(MapData& out) : m_out(out) {}

    void area(const osmium::Area& a)
    {
        if (a.from_way())
            return;
        const std::optional<MapArea::Kind> kind = areaKind(a.tags());
        if (!kind)
            return;
        ++m_out.areaRelations;
        for (const osmium::OuterRing& outer : a.outer_rings()) {
            MapArea area;
            area.osmId = a.orig_id();
            area.kind = *kind;
            area.name = nameOf(a.tags());
            area.ring = ringPoints(outer);
            for (const osmium::InnerRing& inner : a.inner_rings(outer))
                area.holes.append(ringPoints(inner));
            if (area.ring.size() >= 4)
                m_out.areas.append(std::move(area));
        }
    }

private:
    MapData& m_out;
};

using LocationIndex = osmium::index::map::SparseMemArray<osmium::unsigned_object_id_type, osmium::Location>;

} // namespace

Result<MapData> OsmReader::read(const QString& path, const Progress& progress)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return Error{tr("cannot read the file"), path};
    if (info.size() > kMaxFileBytes)
        return Error{tr("the file is larger than %1 GB: cut the extract to the centre's area first (osmium extract)")
                         .arg(kMaxFileBytes >> 30),
                     path};
    const QString lower = path.toLower();
    const bool pbf = lower.endsWith(QLatin1String(".pbf"));
    if (!pbf && !lower.endsWith(QLatin1String(".osm")))
        return Error{tr("not an OpenStreetMap file this desk reads: .osm.pbf, .pbf or .osm (XML) expected"), path};
    MapData data;
    data.source = info.fileName();
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{tr("cannot read the file: %1").arg(f.errorString()), path};
        QCryptographicHash sha(QCryptographicHash::Sha256);
        OsmXmlCheck check;
        for (;;) {
            const QByteArray chunk = f.read(1 << 20);
            if (chunk.isEmpty() && f.error() != QFileDevice::NoError)
                return Error{tr("cannot read the file: %1").arg(f.errorString()), path};
            sha.addData(chunk);
            if (!pbf)
                check.feed(chunk, chunk.isEmpty());
            if (chunk.isEmpty())
                break;
        }
        if (!check.problem().isEmpty())
            return Error{check.problem(), path};
        if (pbf && f.seek(0))
            if (const QString problem = OsmPbfCheck::problem(f); !problem.isEmpty())
                return Error{problem, path};
        data.sha256 = QString::fromLatin1(sha.result().toHex());
    }
    try {
        const osmium::io::File file(path.toStdString(), pbf ? "pbf" : "xml");
        // First the water and green multipolygon relations (what ways they need), then everything in one pass, in
        // which libosmium's assembler makes those relations areas once their ways are read.
        osmium::area::Assembler::config_type assembly;
        osmium::area::MultipolygonManager<osmium::area::Assembler> multipolygons{assembly, areaFilter()};
        osmium::relations::read_relations(file, multipolygons);
        osmium::io::Reader reader(file, osmium::osm_entity_bits::node | osmium::osm_entity_bits::way
                                            | osmium::osm_entity_bits::relation);
        LocationIndex positive, negative; // files made from other tools use negative ids for nodes of their own
        osmium::handler::NodeLocationsForWays<LocationIndex, LocationIndex> locations(positive, negative);
        locations.ignore_errors(); // a way cut at the extract's edge is counted and left out, not fatal
        Collect collect(data);
        CollectAreas areas(data);
        while (osmium::memory::Buffer buffer = reader.read()) {
            osmium::apply(buffer, locations, collect,
                          multipolygons.handler([&areas](osmium::memory::Buffer&& made) { osmium::apply(made, areas); }));
            if (progress)
                progress(qint64(reader.offset()), qint64(reader.file_size()));
        }
        reader.close();
        // A relation some of whose ways the extract cut off stays incomplete: it is not drawn, like a cut way.
    } catch (const std::exception& e) {
        return Error{tr("not read to its end: %1").arg(QString::fromUtf8(e.what())), path};
    }
    if (data.roads.isEmpty() && data.places.isEmpty())
        return Error{tr("no road and no place in the file (%1 nodes and %2 ways read)").arg(data.nodesRead).arg(data.waysRead),
                     path};
    return data;
}

} // namespace dispatch
