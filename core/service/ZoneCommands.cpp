// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ZoneCommands.h"

#include "domain/EventKinds.h"
#include "geo/GeoJson.h"
#include "service/CommandContext.h"
#include "store/PlaceRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace dispatch {

namespace {

bool sameZone(const Zone& stored, const Zone& read)
{
    return stored.name == read.name && stored.tier == read.tier
           && GeoJsonReader::toGeometry(stored.area) == GeoJsonReader::toGeometry(read.area);
}

QString referenceText(const PlaceRepository::ZoneReferences& r)
{
    QStringList parts;
    if (r.incidents)
        parts << ZoneCommands::tr("%n incident(s)", nullptr, r.incidents);
    if (r.stagingPoints)
        parts << ZoneCommands::tr("%n staging point(s)", nullptr, r.stagingPoints);
    return parts.join(QStringLiteral(", "));
}

} // namespace

ZoneImportReport ZoneCommands::importZones(CommandContext& ctx, const ZoneFile& file, const ZoneImportOptions& options)
{
    ctx.requireRole({Role::Administrator});
    const QSqlDatabase& db = ctx.db();
    const QList<Zone> stored = PlaceRepository::zones(db);
    QHash<QString, const Zone*> storedByCode;
    for (const Zone& z : stored)
        storedByCode.insert(z.code, &z);
    QSet<QString> inFile;
    for (const Zone& z : file.zones)
        inFile.insert(z.code);

    ZoneImportReport report;
    report.file = file.fileName;
    report.nameProperty = file.nameProperty;
    report.zones = int(file.zones.size());
    report.vertices = file.vertices;

    // Removals first, all checked before anything is written: one zone still referred to refuses the import.
    QList<const Zone*> toRemove;
    if (options.replace) {
        const QHash<qint64, PlaceRepository::ZoneReferences> refs = PlaceRepository::zoneReferences(db);
        QStringList kept;
        for (const Zone& z : stored) {
            if (inFile.contains(z.code))
                continue;
            if (const auto r = refs.value(z.id); r.any())
                kept << tr("%1 \"%2\" (%3)").arg(z.code, z.name, referenceText(r));
            else
                toRemove.append(&z);
        }
        if (!kept.isEmpty())
            throw DispatchError(tr("replacing would remove zones that are still referred to: %1; nothing was "
                                   "imported (leave out the replace option to merge, or keep these zones in the file)")
                                    .arg(kept.join(QStringLiteral("; "))),
                                file.path);
    }
    // A stored zone that stays under another code may not share a name with a zone of the file: the panel, the
    // queue and the reports would show two zones by one name (a file read with the wrong code property).
    QSet<qint64> removing;
    for (const Zone* z : std::as_const(toRemove))
        removing.insert(z->id);
    QHash<QString, const Zone*> stayingByName;
    for (const Zone& z : stored)
        if (!inFile.contains(z.code) && !removing.contains(z.id))
            stayingByName.insert(z.name, &z);
    QStringList clashes;
    for (const Zone& read : file.zones)
        if (const Zone* other = stayingByName.value(read.name))
            clashes << tr("\"%1\" (%2 in the file, %3 in the store)").arg(read.name, read.code, other->code);
    if (!clashes.isEmpty())
        throw DispatchError(tr("zones of the file take the names of stored zones with other codes: %1; nothing was "
                               "imported (give the stored codes with the code property, or replace those zones)")
                                .arg(clashes.join(QStringLiteral("; "))),
                            file.path);

    for (const Zone* z : std::as_const(toRemove)) {
        PlaceRepository::deleteZone(db, z->id);
        report.removed << z->code;
    }
    for (const Zone& read : file.zones) {
        const Zone* old = storedByCode.value(read.code);
        if (!old) {
            PlaceRepository::insertZone(db, read);
            report.added << read.code;
        } else if (sameZone(*old, read)) {
            report.unchanged << read.code;
        } else {
            Zone z = read;
            z.id = old->id;
            PlaceRepository::updateZone(db, z);
            report.updated << read.code;
        }
    }

    ctx.record(events::kZonesImported, QStringLiteral("zone"), 0,
               {{QStringLiteral("file"), file.fileName},
                {QStringLiteral("name_property"), file.nameProperty},
                {QStringLiteral("code_property"), options.codeProperty},
                {QStringLiteral("tier_property"), options.tierProperty},
                {QStringLiteral("default_tier"), options.defaultTier},
                {QStringLiteral("replace"), options.replace},
                {QStringLiteral("zones"), report.zones},
                {QStringLiteral("vertices"), report.vertices},
                {QStringLiteral("added"), int(report.added.size())},
                {QStringLiteral("updated"), int(report.updated.size())},
                {QStringLiteral("unchanged"), int(report.unchanged.size())},
                {QStringLiteral("removed"), int(report.removed.size())},
                {QStringLiteral("added_codes"), QJsonArray::fromStringList(report.added)},
                {QStringLiteral("updated_codes"), QJsonArray::fromStringList(report.updated)},
                {QStringLiteral("removed_codes"), QJsonArray::fromStringList(report.removed)}});
    ctx.touch(Entity::Reference, 0);
    return report;
}

} // namespace dispatch
