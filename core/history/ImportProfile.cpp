// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/ImportProfile.h"

#include "domain/Taxonomy.h"
#include "history/TimestampParser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace dispatch {

QStringList ImportProfile::roles()
{
    return {QStringLiteral("incident_id"), QStringLiteral("received"),  QStringLiteral("dispatched"),
            QStringLiteral("signed_for"),  QStringLiteral("on_scene"),  QStringLiteral("cleared"),
            QStringLiteral("priority"),    QStringLiteral("call_type"), QStringLiteral("address"),
            QStringLiteral("location"),    QStringLiteral("lat"),       QStringLiteral("lon"),
            QStringLiteral("zone"),        QStringLiteral("unit_id"),   QStringLiteral("unit_type")};
}

Result<ImportProfile> ImportProfile::fromJson(const QByteArray& json, const QString& path)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{tr("not valid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()), path};
    if (!doc.isObject())
        return Error{tr("a profile is a JSON object"), path};
    const QJsonObject o = doc.object();
    auto fail = [&](const QString& field, const QString& why) { return Error{why, path + QStringLiteral(": ") + field}; };

    static const QStringList known{QStringLiteral("name"), QStringLiteral("source"), QStringLiteral("description"),
                                   QStringLiteral("separator"), QStringLiteral("encoding"), QStringLiteral("grain"),
                                   QStringLiteral("on_bad_row"),
                                   QStringLiteral("report_first"), QStringLiteral("columns"), QStringLiteral("timestamp"),
                                   QStringLiteral("line"), QStringLiteral("lines"), QStringLiteral("categories"),
                                   QStringLiteral("priorities"), QStringLiteral("summary_column")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return fail(it.key(), tr("unknown field (known: %1)").arg(known.join(QStringLiteral(", "))));

    ImportProfile p;
    p.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (p.name.isEmpty())
        return fail(QStringLiteral("name"), tr("missing: the profile's name"));
    p.source = o.value(QStringLiteral("source")).toString().trimmed();
    if (p.source.isEmpty() || p.source.contains(u':') || p.source.size() > 16)
        return fail(QStringLiteral("source"), tr("a short code of the exporting centre, up to 16 characters, no ':'"));
    p.description = o.value(QStringLiteral("description")).toString();

    const QString sep = o.value(QStringLiteral("separator")).toString(QStringLiteral(","));
    if (sep == QStringLiteral("\\t") || sep == QStringLiteral("\t"))
        p.separator = '\t';
    else if (sep.size() == 1 && sep[0].unicode() < 0x80 && sep[0] != u'"')
        p.separator = char(sep[0].unicode());
    else
        return fail(QStringLiteral("separator"), tr("one ASCII character (or \"\\t\"), not \"%1\"").arg(sep));

    const QString encoding = o.value(QStringLiteral("encoding")).toString(QStringLiteral("utf-8")).trimmed().toLower();
    if (encoding == QStringLiteral("utf-8") || encoding == QStringLiteral("utf8"))
        p.encoding = QStringLiteral("UTF-8");
    else if (encoding == QStringLiteral("gb18030") || encoding == QStringLiteral("gbk") || encoding == QStringLiteral("gb2312"))
        p.encoding = QStringLiteral("GB18030");
    else
        return fail(QStringLiteral("encoding"), tr("\"utf-8\" or \"gb18030\" (also read as \"gbk\"), not \"%1\"").arg(encoding));

    const QString grain = o.value(QStringLiteral("grain")).toString(QStringLiteral("incident"));
    if (grain == QStringLiteral("incident"))
        p.grain = Grain::Incident;
    else if (grain == QStringLiteral("unit"))
        p.grain = Grain::Unit;
    else
        return fail(QStringLiteral("grain"), tr("\"incident\" (one row per incident) or \"unit\" (one row per "
                                                "dispatched unit), not \"%1\"").arg(grain));
    const QString onBad = o.value(QStringLiteral("on_bad_row")).toString(QStringLiteral("skip"));
    if (onBad == QStringLiteral("skip"))
        p.onBadRow = OnBadRow::Skip;
    else if (onBad == QStringLiteral("stop"))
        p.onBadRow = OnBadRow::Stop;
    else
        return fail(QStringLiteral("on_bad_row"), tr("\"skip\" or \"stop\", not \"%1\"").arg(onBad));
    p.reportFirst = o.value(QStringLiteral("report_first")).toInt(20);
    if (p.reportFirst < 0 || p.reportFirst > 10000)
        return fail(QStringLiteral("report_first"), tr("from 0 to 10000"));

    const QJsonValue cols = o.value(QStringLiteral("columns"));
    if (!cols.isObject())
        return fail(QStringLiteral("columns"), tr("missing: an object naming the column of each role"));
    const QStringList roles = ImportProfile::roles();
    const QJsonObject co = cols.toObject();
    for (auto it = co.begin(); it != co.end(); ++it) {
        const QString field = QStringLiteral("columns.") + it.key();
        if (!roles.contains(it.key()))
            return fail(field, tr("unknown role (roles: %1)").arg(roles.join(QStringLiteral(", "))));
        // One name, or the names the column has had (tried in order against the header).
        QStringList names;
        if (it.value().isString())
            names << it.value().toString();
        for (const QJsonValue& n : it.value().toArray())
            names << (n.isString() ? n.toString() : QString());
        if (names.isEmpty() || names.contains(QString()))
            return fail(field, tr("the column's name as in the file's header, or a list of the names it has had"));
        p.columns.insert(it.key(), names.first());
        p.alternatives.insert(it.key(), names);
    }
    for (const char* required : {"incident_id", "received"})
        if (!p.has(QString::fromLatin1(required)))
            return fail(QStringLiteral("columns.") + QString::fromLatin1(required), tr("missing: this role is required"));
    if (p.grain == Grain::Unit && !p.has(QStringLiteral("unit_id")))
        return fail(QStringLiteral("columns.unit_id"), tr("missing: required when a row is one dispatched unit"));
    if (p.has(QStringLiteral("lat")) != p.has(QStringLiteral("lon")))
        return fail(QStringLiteral("columns.lat"), tr("lat and lon go together"));
    if (p.has(QStringLiteral("location")) && p.has(QStringLiteral("lat")))
        return fail(QStringLiteral("columns.location"), tr("either a location column or lat and lon, not both"));

    const QJsonObject ts = o.value(QStringLiteral("timestamp")).toObject();
    p.timestampFormat = ts.value(QStringLiteral("format")).toString();
    p.timeZone = ts.value(QStringLiteral("time_zone")).toString();
    if (p.timestampFormat.isEmpty())
        return fail(QStringLiteral("timestamp.format"), tr("missing: e.g. \"MM/dd/yyyy hh:mm:ss AP\", \"iso\", \"epoch_s\""));
    if (p.timeZone.isEmpty())
        return fail(QStringLiteral("timestamp.time_zone"), tr("missing: an IANA time zone, e.g. \"Asia/Shanghai\""));
    if (!QTimeZone(p.timeZone.toUtf8()).isValid())
        return fail(QStringLiteral("timestamp.time_zone"), tr("unknown time zone \"%1\"").arg(p.timeZone));

    if (auto parser = TimestampParser::create(p.timestampFormat, QTimeZone(p.timeZone.toUtf8())); !parser)
        return fail(QStringLiteral("timestamp.format"), parser.error().message);

    const Taxonomy& tax = Taxonomy::builtin();
    p.line = o.value(QStringLiteral("line")).toString();
    if (!tax.hasLine(p.line))
        return fail(QStringLiteral("line"), tr("missing or unknown line \"%1\" (taxonomy lines)").arg(p.line));
    const QJsonObject lines = o.value(QStringLiteral("lines")).toObject();
    for (auto it = lines.begin(); it != lines.end(); ++it) {
        if (!tax.hasLine(it.value().toString()))
            return fail(QStringLiteral("lines.") + it.key(), tr("unknown line \"%1\"").arg(it.value().toString()));
        p.lines.insert(it.key(), it.value().toString());
    }
    const QJsonValue cats = o.value(QStringLiteral("categories"));
    if (!cats.isObject() || cats.toObject().isEmpty())
        return fail(QStringLiteral("categories"), tr("missing: external call type → category (\"*\" for any other)"));
    if (!p.has(QStringLiteral("call_type")) && !cats.toObject().contains(QStringLiteral("*")))
        return fail(QStringLiteral("categories"), tr("without a call_type column only \"*\" can apply"));
    const QJsonObject catObj = cats.toObject();
    for (auto it = catObj.begin(); it != catObj.end(); ++it) {
        if (!tax.hasCategory(it.value().toString()))
            return fail(QStringLiteral("categories.") + it.key(),
                        tr("unknown category \"%1\" (taxonomy categories)").arg(it.value().toString()));
        p.categories.insert(it.key(), it.value().toString());
    }
    const QJsonValue pris = o.value(QStringLiteral("priorities"));
    if (!pris.isObject() || pris.toObject().isEmpty())
        return fail(QStringLiteral("priorities"), tr("missing: external priority → 1..4 (\"*\" for any other)"));
    if (!p.has(QStringLiteral("priority")) && !pris.toObject().contains(QStringLiteral("*")))
        return fail(QStringLiteral("priorities"), tr("without a priority column only \"*\" can apply"));
    const QJsonObject priObj = pris.toObject();
    for (auto it = priObj.begin(); it != priObj.end(); ++it) {
        const QJsonValue v = it.value();
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1 || v.toInt() > 4)
            return fail(QStringLiteral("priorities.") + it.key(), tr("a priority from 1 (most urgent) to 4"));
        p.priorities.insert(it.key(), v.toInt());
    }
    p.summaryColumn = o.value(QStringLiteral("summary_column")).toString(p.column(QStringLiteral("call_type")));
    return p;
}

Result<ImportProfile> ImportProfile::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("cannot read: %1").arg(f.errorString()), path};
    return fromJson(f.readAll(), path);
}

} // namespace dispatch
