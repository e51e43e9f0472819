// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DistrictData.h"

#include "domain/Taxonomy.h"
#include "geo/GeoJson.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dispatch {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

Result<GeoPoint> point(const QJsonObject& o, const QString& where)
{
    const QJsonValue lat = o.value(QStringLiteral("lat"));
    const QJsonValue lon = o.value(QStringLiteral("lon"));
    GeoPoint p{lat.toDouble(), lon.toDouble()};
    if (!lat.isDouble() || !lon.isDouble() || !p.isValid())
        return Error{DistrictLoader::tr("needs numeric \"lat\" and \"lon\""), where};
    return p;
}

QByteArray readResource(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

Result<DistrictData> DistrictLoader::fromJson(const QByteArray& districtJson, const QByteArray& zonesGeoJson,
                                              const QString& source)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(districtJson, &perr);
    if (perr.error != QJsonParseError::NoError)
        return Error{tr("not valid JSON: %1 (at byte %2)").arg(perr.errorString()).arg(perr.offset), source};
    const QJsonObject root = doc.object();
    DistrictData d;

    const QJsonObject centre = root.value(QStringLiteral("centre")).toObject();
    d.centre = {str(centre, "name"), str(centre, "name_en"), str(centre, "time_zone"),
                root.value(QStringLiteral("demo")).toBool()};

    auto zones = GeoJsonReader::read(zonesGeoJson, source + QStringLiteral(" zones"));
    if (!zones)
        return zones.error();
    if (!zones->errors.isEmpty())
        return zones->errors.first();
    for (const GeoFeature& f : zones->features) {
        Zone z;
        z.code = f.properties.value(QStringLiteral("code")).toString();
        z.name = f.properties.value(QStringLiteral("name")).toString();
        z.tier = f.properties.value(QStringLiteral("tier")).toInt();
        z.area = f.polygon;
        z.source = source;
        if (z.code.isEmpty() || z.name.isEmpty() || z.tier < 1 || z.tier > 5)
            return Error{tr("a zone needs \"code\", \"name\" and \"tier\" 1..5"),
                         source + QStringLiteral(" zones: feature %1").arg(f.index)};
        d.zones.append(std::move(z));
    }

    const QJsonArray stations = root.value(QStringLiteral("stations")).toArray();
    for (qsizetype i = 0; i < stations.size(); ++i) {
        const QJsonObject o = stations.at(i).toObject();
        const QString where = source + QStringLiteral(": stations[%1]").arg(i);
        auto p = point(o, where);
        if (!p)
            return p.error();
        d.stations.append({0, str(o, "code"), str(o, "name"), *p, str(o, "phone")});
    }

    const QJsonArray staging = root.value(QStringLiteral("staging_points")).toArray();
    for (qsizetype i = 0; i < staging.size(); ++i) {
        const QJsonObject o = staging.at(i).toObject();
        const QString where = source + QStringLiteral(": staging_points[%1]").arg(i);
        auto p = point(o, where);
        if (!p)
            return p.error();
        d.stagingPoints.append({{0, str(o, "code"), str(o, "name"), *p, 0, 0}, str(o, "station")});
    }

    const QJsonArray agencies = root.value(QStringLiteral("agencies")).toArray();
    for (qsizetype i = 0; i < agencies.size(); ++i) {
        const QJsonObject o = agencies.at(i).toObject();
        d.agencies.append({str(o, "code"), str(o, "name"), str(o, "name_en"), str(o, "phone")});
    }

    const QJsonArray units = root.value(QStringLiteral("units")).toArray();
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QJsonObject o = units.at(i).toObject();
        const QString where = source + QStringLiteral(": units[%1]").arg(i);
        Unit u;
        u.callsign = str(o, "callsign");
        u.type = str(o, "type");
        u.officers = o.value(QStringLiteral("officers")).toInt();
        u.auxiliaries = o.value(QStringLiteral("auxiliaries")).toInt();
        const auto state = UnitLifecycle::fromCode(str(o, "state"));
        if (u.callsign.isEmpty())
            return Error{tr("a unit needs a \"callsign\""), where};
        if (!Taxonomy::builtin().hasUnitType(u.type))
            return Error{tr("unknown unit type \"%1\"").arg(u.type), where};
        if (!state || UnitLifecycle::isCommitted(*state))
            return Error{tr("a unit starts available, busy or off duty, not \"%1\"").arg(str(o, "state")), where};
        u.state = *state;
        if (o.contains(QStringLiteral("lat"))) {
            auto p = point(o, where);
            if (!p)
                return p.error();
            u.position = *p;
        }
        if (o.contains(QStringLiteral("certificate"))) {
            // A mediator's certificate: {"number": "…", "valid_until": "YYYY-MM-DD"} (valid through that local day).
            const QJsonObject c = o.value(QStringLiteral("certificate")).toObject();
            const QDate until = QDate::fromString(str(c, "valid_until"), Qt::ISODate);
            if (str(c, "number").trimmed().isEmpty() || !until.isValid())
                return Error{tr("a certificate needs a \"number\" and a \"valid_until\" date (YYYY-MM-DD)"),
                             where + QStringLiteral(".certificate")};
            const QTimeZone zone(d.centre.timeZone.toUtf8());
            u.certificateNo = str(c, "number").trimmed();
            u.certificateExpiresMs =
                QDateTime(until.addDays(1), QTime(0, 0), zone.isValid() ? zone : QTimeZone::utc()).toMSecsSinceEpoch();
        }
        d.units.append({u, str(o, "station"), str(o, "staging_point")});
    }

    const QJsonArray users = root.value(QStringLiteral("users")).toArray();
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QJsonObject o = users.at(i).toObject();
        const QString where = source + QStringLiteral(": users[%1]").arg(i);
        const auto role = Roles::fromCode(str(o, "role"));
        if (!role)
            return Error{tr("unknown role \"%1\"").arg(str(o, "role")), where};
        User u{0, str(o, "username"), str(o, "display_name"), *role, true};
        if (u.username.isEmpty() || str(o, "password").isEmpty())
            return Error{tr("a user needs \"username\" and \"password\""), where};
        d.users.append({u, str(o, "password")});
    }
    return d;
}

namespace {

/// The demo districts among the resources: district, zones, and the streets and address list that come with it.
struct DemoFiles
{
    const char* name;
    const char* source;    ///< how an error names it
    const char* district;
    const char* zones;
    const char* streets;   ///< empty: none
    const char* addresses; ///< empty: none
};
constexpr DemoFiles kDemos[] = {
    {"futian", "demo district futian", ":/dispatch/demo/futian/district.json", ":/dispatch/demo/futian/zones.geojson",
     ":/dispatch/demo/futian/streets.osm", ":/dispatch/demo/futian/addresses.csv"},
    {"simao", "demo district", ":/dispatch/demo/district.json", ":/dispatch/demo/zones.geojson", "", ""},
};

const DemoFiles* demoFiles(const QString& name)
{
    for (const DemoFiles& d : kDemos)
        if (name == QLatin1String(d.name))
            return &d;
    return nullptr;
}

} // namespace

QStringList DistrictLoader::demoNames()
{
    QStringList out;
    for (const DemoFiles& d : kDemos)
        out << QString::fromLatin1(d.name);
    return out;
}

Result<DistrictData> DistrictLoader::demo(const QString& name)
{
    const DemoFiles* d = demoFiles(name);
    if (!d)
        return Error{tr("no demo district \"%1\" (there are: %2)").arg(name, demoNames().join(QStringLiteral(", ")))};
    return fromJson(readResource(QString::fromLatin1(d->district)), readResource(QString::fromLatin1(d->zones)),
                    QString::fromLatin1(d->source));
}

QString DistrictLoader::demoStreets(const QString& name)
{
    const DemoFiles* d = demoFiles(name);
    return d ? QString::fromLatin1(d->streets) : QString();
}

QString DistrictLoader::demoAddresses(const QString& name)
{
    const DemoFiles* d = demoFiles(name);
    return d ? QString::fromLatin1(d->addresses) : QString();
}

} // namespace dispatch
