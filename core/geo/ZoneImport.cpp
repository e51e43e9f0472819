// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/ZoneImport.h"

#include "geo/GeoJson.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <cmath>
#include <string>

namespace dispatch {

namespace {

/// A property value as text: strings trimmed, integral numbers without a decimal point; anything else empty.
QString textOf(const QJsonValue& v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return {};
}

/// A property value as an error message shows it.
QString shown(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String: return u'"' + v.toString() + u'"';
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: return ZoneImport::tr("an array");
    case QJsonValue::Object: return ZoneImport::tr("an object");
    default: return QStringLiteral("null");
    }
}

QString listOrNone(QStringList names)
{
    if (names.isEmpty())
        return ZoneImport::tr("no properties");
    names.sort();
    return names.join(QStringLiteral(", "));
}

QStringList allProperties(const QList<GeoFeature>& features)
{
    QSet<QString> keys;
    for (const GeoFeature& f : features)
        for (auto it = f.properties.begin(); it != f.properties.end(); ++it)
            keys.insert(it.key());
    return QStringList(keys.begin(), keys.end());
}

/// The properties that hold non-empty text in every feature: those that could name the zones.
QStringList textEverywhere(const QList<GeoFeature>& features, const QStringList& keys)
{
    QStringList candidates;
    for (const QString& key : keys) {
        bool everywhere = true;
        for (const GeoFeature& f : features)
            everywhere = everywhere && f.properties.value(key).isString() && !textOf(f.properties.value(key)).isEmpty();
        if (everywhere)
            candidates.append(key);
    }
    candidates.sort();
    return candidates;
}

/// The property that names the zones: the one asked for, else "name", else the only text property of all.
Result<QString> nameProperty(const QList<GeoFeature>& features, const ZoneImportOptions& options, const QString& path)
{
    if (!options.nameProperty.isEmpty())
        return options.nameProperty;
    const QStringList keys = allProperties(features);
    const QStringList candidates = textEverywhere(features, keys);
    if (candidates.contains(QStringLiteral("name")))
        return QStringLiteral("name");
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.isEmpty())
        return Error{ZoneImport::tr("no property holds a name in every feature; choose the name property "
                                    "(the features have: %1)").arg(listOrNone(keys)),
                     path};
    return Error{ZoneImport::tr("several properties could name the zones (%1): choose the name property "
                                "(the features have: %2)").arg(listOrNone(candidates), listOrNone(keys)),
                 path};
}

Result<int> tierOf(const QJsonObject& properties, const ZoneImportOptions& options)
{
    if (options.tierProperty.isEmpty())
        return options.defaultTier;
    const QJsonValue v = properties.value(options.tierProperty);
    if (v.isUndefined() || v.isNull())
        return options.defaultTier;
    bool ok = false;
    int tier = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        ok = d == std::floor(d) && d >= 1 && d <= 5;
        tier = ok ? int(d) : 0;
    } else if (v.isString()) {
        tier = v.toString().trimmed().toInt(&ok);
    }
    if (!ok || tier < 1 || tier > 5)
        return Error{ZoneImport::tr("property \"%1\" must be a circle tier from 1 to 5, not %2")
                         .arg(options.tierProperty, shown(v))};
    return tier;
}

} // namespace

Result<ZoneFile> ZoneImport::read(const QByteArray& json, const QString& path, const ZoneImportOptions& options)
{
    if (options.defaultTier < 1 || options.defaultTier > 5)
        return Error{tr("the default tier must be from 1 to 5, not %1").arg(options.defaultTier), path};
    auto doc = GeoJsonReader::read(json, path);
    if (!doc)
        return doc.error();
    if (!doc->errors.isEmpty()) {
        Error first = doc->errors.first();
        if (doc->errors.size() > 1)
            first.message += u' ' + tr("(%n more feature(s) refused)", nullptr, int(doc->errors.size() - 1));
        return first;
    }
    const QList<GeoFeature>& features = doc->features;
    if (features.isEmpty())
        return Error{tr("the file holds no features"), path};
    auto nameKey = nameProperty(features, options, path);
    if (!nameKey)
        return nameKey.error();

    ZoneFile file;
    file.path = path;
    file.fileName = QFileInfo(path).fileName();
    file.nameProperty = *nameKey;
    QHash<QString, int> featureByName, featureByCode;
    for (const GeoFeature& f : features) {
        const QString where = tr("%1: feature %2").arg(path, QString::number(f.index));
        Zone z;
        z.name = textOf(f.properties.value(file.nameProperty));
        if (z.name.isEmpty())
            return Error{tr("no name in property \"%1\" (the feature has: %2)")
                             .arg(file.nameProperty, listOrNone(f.properties.keys())),
                         where};
        if (options.codeProperty.isEmpty()) {
            z.code = codeFromName(z.name);
            if (z.code.isEmpty())
                return Error{tr("the name \"%1\" holds no letter or digit to make a code from; give the codes "
                                "in a property").arg(z.name),
                             where};
        } else {
            z.code = textOf(f.properties.value(options.codeProperty));
            if (z.code.isEmpty())
                return Error{tr("no code in property \"%1\" (the feature has: %2)")
                                 .arg(options.codeProperty, listOrNone(f.properties.keys())),
                             where};
        }
        auto tier = tierOf(f.properties, options);
        if (!tier)
            return Error{tier.error().message, where};
        z.tier = *tier;
        if (!(f.polygon.areaSquareMetres() > 0.0))
            return Error{tr("the geometry encloses no area"), where};
        if (const auto other = featureByName.constFind(z.name); other != featureByName.cend())
            return Error{tr("the name \"%1\" is also the name of feature %2").arg(z.name, QString::number(*other)), where};
        if (const auto other = featureByCode.constFind(z.code); other != featureByCode.cend())
            return Error{tr("the code \"%1\" (name \"%2\") is also the code of feature %3")
                             .arg(z.code, z.name, QString::number(*other)),
                         where};
        featureByName.insert(z.name, f.index);
        featureByCode.insert(z.code, f.index);
        z.area = f.polygon;
        z.source = file.fileName;
        file.vertices += fileVertexCount(z.area);
        file.zones.append(std::move(z));
    }
    return file;
}

Result<ZoneFileProperties> ZoneImport::properties(const QByteArray& json, const QString& path)
{
    auto doc = GeoJsonReader::read(json, path);
    if (!doc)
        return doc.error();
    ZoneFileProperties result;
    result.features = int(doc->features.size() + doc->errors.size());
    result.refused = int(doc->errors.size());
    result.all = allProperties(doc->features);
    result.all.sort();
    result.names = textEverywhere(doc->features, result.all);
    if (!result.names.isEmpty()) {
        ZoneImportOptions guess;
        auto chosen = nameProperty(doc->features, guess, path);
        result.suggestedName = chosen ? *chosen : QString();
    }
    return result;
}

Result<ZoneFileProperties> ZoneImport::propertiesOfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("cannot read: %1").arg(f.errorString()), path};
    return properties(f.readAll(), path);
}

Result<ZoneFile> ZoneImport::readFile(const QString& path, const ZoneImportOptions& options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("cannot read: %1").arg(f.errorString()), path};
    return read(f.readAll(), path, options);
}

QString ZoneImport::codeFromName(const QString& name)
{
    const QString folded = name.normalized(QString::NormalizationForm_KD);
    std::u32string code;
    bool gap = false;
    for (const char32_t c : folded.toUcs4()) {
        if (QChar::category(c) == QChar::Mark_NonSpacing)
            continue; // accents, once decomposed
        if (!QChar::isLetterOrNumber(c)) {
            gap = true;
            continue;
        }
        if (gap && !code.empty())
            code.push_back(U'-');
        gap = false;
        code.push_back(QChar::toLower(c));
    }
    return QString::fromUcs4(code.data(), qsizetype(code.size()));
}

int ZoneImport::fileVertexCount(const GeoPolygon& area)
{
    int rings = 0;
    for (const GeoPolygonPart& part : area.parts())
        rings += 1 + int(part.holes.size());
    return area.vertexCount() + rings;
}

} // namespace dispatch
