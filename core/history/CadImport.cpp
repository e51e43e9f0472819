// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/CadImport.h"

#include "domain/EventKinds.h"
#include "history/CsvReader.h"
#include "history/TimestampParser.h"
#include "service/Board.h"
#include "service/CommandContext.h"
#include "store/ImportRepository.h"
#include "store/IncidentRepository.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <optional>
#include <vector>

namespace dispatch {

QString ImportIssue::toString() const
{
    return CadImport::tr("line %1, column \"%2\": %3").arg(line).arg(column, reason);
}

namespace {

/// The file in `encoding` as UTF-8, line by line (the encodings taken are stateless): a line that does not decode is
/// kept with a byte that is not UTF-8 in front, so that its row is refused with its own line number.
QByteArray fromEncoding(const QByteArray& bytes, const QString& encoding)
{
    QByteArray out;
    out.reserve(bytes.size() * 3 / 2);
    qsizetype start = 0;
    const QByteArray name = encoding.toLatin1();
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        const QByteArrayView line = QByteArrayView(bytes).sliced(start, end - start);
        QStringDecoder decoder(name.constData());
        const QString text = decoder.decode(line);
        if (decoder.hasError())
            out += '\xff';
        out += text.toUtf8();
        start = end;
    }
    return out;
}

/// One unit row (or the incident's only row) as read.
using UnitTimes = ImportedUnitTimes;

struct PendingIncident
{
    QString externalId;
    qint64 received = 0;
    int priority = 0;
    QString category, line, summary, address, zoneName;
    std::optional<double> lat, lon;
    std::vector<UnitTimes> units;
};

template<typename T>
void keepMin(std::optional<T>& into, const std::optional<T>& v)
{
    if (v && (!into || *v < *into))
        into = v;
}

template<typename T>
void keepMax(std::optional<T>& into, const std::optional<T>& v)
{
    if (v && (!into || *v > *into))
        into = v;
}

/// "(37.73, -122.42)" or "37.73, -122.42" or "POINT (-122.42 37.73)".
bool parseLocation(QByteArrayView text, double& lat, double& lon)
{
    QByteArray t = text.trimmed().toByteArray();
    if (t.startsWith("POINT")) {
        t = t.mid(5).trimmed();
        if (!t.startsWith('(') || !t.endsWith(')'))
            return false;
        const QList<QByteArray> parts = t.mid(1, t.size() - 2).simplified().split(' ');
        bool ok1 = false, ok2 = false;
        if (parts.size() != 2)
            return false;
        lon = parts[0].toDouble(&ok1);
        lat = parts[1].toDouble(&ok2);
        return ok1 && ok2;
    }
    if (t.startsWith('(') && t.endsWith(')'))
        t = t.mid(1, t.size() - 2);
    const qsizetype comma = t.indexOf(',');
    if (comma < 0)
        return false;
    bool ok1 = false, ok2 = false;
    lat = t.left(comma).trimmed().toDouble(&ok1);
    lon = t.mid(comma + 1).trimmed().toDouble(&ok2);
    return ok1 && ok2;
}

struct Columns
{
    int incidentId = -1, received = -1, dispatched = -1, signedFor = -1, onScene = -1, cleared = -1, priority = -1,
        callType = -1, address = -1, location = -1, lat = -1, lon = -1, zone = -1, unitId = -1, unitType = -1,
        summary = -1;
};

} // namespace

/// A file read and checked, waiting to be written.
struct ParsedImport
{
    ImportSummary summary;
    std::vector<PendingIncident> incidents;
    qint64 total = 0; ///< bytes of the file (progress runs over 2 × total: reading, then writing)
};

ImportSummary CadImport::run(CommandContext& ctx, const ImportProfile& profile, const QByteArray& csv,
                             const QString& fileName, const ImportProgress& progress)
{
    ctx.requireRole({Role::Administrator, Role::ShiftLeader});
    const std::shared_ptr<const ParsedImport> parsed = parse(profile, csv, fileName, progress);
    return write(ctx, profile, *parsed, progress);
}

std::shared_ptr<const ParsedImport> CadImport::parse(const ImportProfile& profile, const QByteArray& csv,
                                                     const QString& fileName, const ImportProgress& progress)
{
    auto parsed = std::make_shared<ParsedImport>();
    ImportSummary& summary = parsed->summary;
    summary.file = fileName;
    summary.profile = profile.name;
    summary.source = profile.source;

    Result<TimestampParser> made = TimestampParser::create(profile.timestampFormat, QTimeZone(profile.timeZone.toUtf8()));
    if (!made)
        throw DispatchError(made.error().message, QStringLiteral("timestamp.format"));
    TimestampParser parser = std::move(made).value();

    // A GB18030 (GBK) export is read as UTF-8 text, line by line; a line that is not GB18030 keeps a byte that is not
    // UTF-8, so that its row is refused with its line below.
    const QByteArray decoded = profile.encoding == QLatin1String("UTF-8") ? csv : fromEncoding(csv, profile.encoding);
    const QString notText = profile.encoding == QLatin1String("UTF-8")
                                ? tr("not UTF-8 text (an export in GBK needs \"encoding\": \"gb18030\" in the profile)")
                                : tr("not %1 text").arg(profile.encoding);

    // The header against the profile, before any row.
    CsvReader reader(decoded, profile.separator);
    QList<QByteArrayView> fields;
    if (!reader.next(fields))
        throw DispatchError(tr("the file is empty"), fileName);
    QHash<QString, int> header;
    for (int i = 0; i < fields.size(); ++i) {
        if (!fields[i].isValidUtf8())
            throw DispatchError(tr("the header is %1").arg(notText), tr("%1: line 1").arg(fileName));
        header.insert(QString::fromUtf8(fields[i]).trimmed(), i);
    }
    const int width = int(fields.size());
    // The zone may be missing from the file when each row has its place: it is then found from the location.
    const bool placed = profile.has(QStringLiteral("location")) || profile.has(QStringLiteral("lat"));
    auto indexOf = [&](const QString& role) -> int {
        if (!profile.has(role))
            return -1;
        const QStringList names = profile.alternatives.value(role, {profile.column(role)});
        for (const QString& name : names) {
            const auto it = header.constFind(name);
            if (it == header.cend())
                continue;
            if (name != names.first())
                summary.columnNotes << tr("columns.%1: read from \"%2\" (the file has no \"%3\")").arg(role, name, names.first());
            return *it;
        }
        const QString tried = QStringLiteral("\"%1\"").arg(names.join(QStringLiteral("\", \"")));
        if (role == QLatin1String("zone") && placed) { // (the location's own column is required just below)
            summary.columnNotes << tr("columns.zone: the file has no %1; each incident's zone was found from its location")
                                       .arg(tried);
            return -1;
        }
        throw DispatchError(tr("no column %1 in the header (the profile's columns.%2)").arg(tried, role),
                            tr("%1: line 1").arg(fileName));
    };
    Columns c;
    c.incidentId = indexOf(QStringLiteral("incident_id"));
    c.received = indexOf(QStringLiteral("received"));
    c.dispatched = indexOf(QStringLiteral("dispatched"));
    c.signedFor = indexOf(QStringLiteral("signed_for"));
    c.onScene = indexOf(QStringLiteral("on_scene"));
    c.cleared = indexOf(QStringLiteral("cleared"));
    c.priority = indexOf(QStringLiteral("priority"));
    c.callType = indexOf(QStringLiteral("call_type"));
    c.address = indexOf(QStringLiteral("address"));
    c.location = indexOf(QStringLiteral("location"));
    c.lat = indexOf(QStringLiteral("lat"));
    c.lon = indexOf(QStringLiteral("lon"));
    c.zone = indexOf(QStringLiteral("zone"));
    c.unitId = indexOf(QStringLiteral("unit_id"));
    c.unitType = indexOf(QStringLiteral("unit_type"));
    if (!profile.summaryColumn.isEmpty()) {
        const auto it = header.constFind(profile.summaryColumn);
        if (it == header.cend())
            throw DispatchError(tr("no column \"%1\" in the header (the profile's summary_column)").arg(profile.summaryColumn),
                                tr("%1: line 1").arg(fileName));
        c.summary = *it;
    }

    // Read and check every row; group unit rows into incidents.
    std::vector<PendingIncident>& incidents = parsed->incidents;
    QHash<QString, qsizetype> byExternalId;
    const qint64 total = parsed->total = decoded.size();
    int sinceProgress = 0;
    auto reject = [&](int line, int column, const QString& reason) {
        ++summary.rejected;
        if (summary.issues.size() < profile.reportFirst) {
            QString name;
            for (auto it = header.cbegin(); it != header.cend(); ++it)
                if (it.value() == column)
                    name = it.key();
            summary.issues.append({line, name, reason});
        }
    };
    while (reader.next(fields)) {
        if (fields.size() == 1 && fields[0].trimmed().isEmpty())
            continue; // a blank line
        ++summary.rows;
        const int line = reader.line();
        if (++sinceProgress == 2000) {
            sinceProgress = 0;
            if (progress && !progress(reader.position(), total * 2))
                throw DispatchError(tr("import cancelled; nothing was written"), fileName);
        }
        if (fields.size() != width) {
            ++summary.rejected;
            if (summary.issues.size() < profile.reportFirst)
                summary.issues.append({line, QString(), tr("%1 fields where the header has %2").arg(fields.size()).arg(width)});
            if (profile.onBadRow == ImportProfile::OnBadRow::Stop)
                break;
            continue;
        }
        if (std::any_of(fields.cbegin(), fields.cend(), [](QByteArrayView f) { return !f.isValidUtf8(); })) {
            reject(line, -1, notText);
            if (profile.onBadRow == ImportProfile::OnBadRow::Stop)
                break;
            continue;
        }
        auto text = [&](int col) { return col < 0 ? QString() : QString::fromUtf8(fields[col]).trimmed(); };
        bool bad = false;
        auto fail = [&](int col, const QString& reason) {
            reject(line, col, reason);
            bad = true;
        };
        auto stamp = [&](int col, bool required) -> std::optional<qint64> {
            if (col < 0 || bad)
                return std::nullopt;
            const QByteArrayView v = fields[col].trimmed();
            if (v.isEmpty()) {
                if (required)
                    fail(col, tr("empty; a time is required here"));
                return std::nullopt;
            }
            auto t = parser.parse(v);
            if (!t)
                fail(col, tr("\"%1\" is not a time in the format \"%2\"").arg(QString::fromUtf8(v), profile.timestampFormat));
            return t;
        };

        const QString externalId = text(c.incidentId);
        if (externalId.isEmpty())
            fail(c.incidentId, tr("empty; every row needs its incident id"));
        const std::optional<qint64> received = stamp(c.received, true);
        UnitTimes unit;
        unit.dispatched = stamp(c.dispatched, false);
        unit.signedFor = stamp(c.signedFor, false);
        unit.onScene = stamp(c.onScene, false);
        unit.cleared = stamp(c.cleared, false);
        if (!bad && received) {
            const std::pair<int, std::optional<qint64>> stages[] = {
                {c.dispatched, unit.dispatched}, {c.signedFor, unit.signedFor}, {c.onScene, unit.onScene}, {c.cleared, unit.cleared}};
            for (const auto& [col, t] : stages)
                if (!bad && t && *t < *received)
                    fail(col, tr("earlier than the call was received"));
        }
        int priority = 0;
        if (!bad) {
            const QString ext = text(c.priority);
            const auto it = profile.priorities.constFind(ext);
            if (it != profile.priorities.cend())
                priority = *it;
            else if (profile.priorities.contains(QStringLiteral("*")))
                priority = profile.priorities.value(QStringLiteral("*"));
            else
                fail(c.priority, tr("priority \"%1\" is not in the profile's priorities").arg(ext));
        }
        QString category, lineCode = profile.line;
        const QString callType = text(c.callType);
        if (!bad) {
            const auto it = profile.categories.constFind(callType);
            if (it != profile.categories.cend())
                category = *it;
            else if (profile.categories.contains(QStringLiteral("*")))
                category = profile.categories.value(QStringLiteral("*"));
            else
                fail(c.callType, tr("call type \"%1\" is not in the profile's categories").arg(callType));
            lineCode = profile.lines.value(callType, profile.line);
        }
        std::optional<double> lat, lon;
        if (!bad && c.location >= 0 && !fields[c.location].trimmed().isEmpty()) {
            double a = 0, o = 0;
            if (!parseLocation(fields[c.location], a, o))
                fail(c.location, tr("\"%1\" is not a location \"(lat, lon)\"").arg(text(c.location)));
            else if (a < -90 || a > 90 || o < -180 || o > 180)
                fail(c.location, tr("\"%1\" is out of range").arg(text(c.location)));
            else if (a != 0 || o != 0) { // 0, 0 is how some exports write "unknown"
                lat = a;
                lon = o;
            }
        }
        if (!bad && c.lat >= 0 && !fields[c.lat].trimmed().isEmpty()) {
            bool ok1 = false, ok2 = false;
            const double a = fields[c.lat].trimmed().toByteArray().toDouble(&ok1);
            const double o = fields[c.lon].trimmed().toByteArray().toDouble(&ok2);
            if (!ok1 || a < -90 || a > 90)
                fail(c.lat, tr("\"%1\" is not a latitude").arg(text(c.lat)));
            else if (!ok2 || o < -180 || o > 180)
                fail(c.lon, tr("\"%1\" is not a longitude").arg(text(c.lon)));
            else if (a != 0 || o != 0) {
                lat = a;
                lon = o;
            }
        }
        if (!bad && profile.grain == ImportProfile::Grain::Unit && text(c.unitId).isEmpty())
            fail(c.unitId, tr("empty; every row is one dispatched unit"));
        if (bad) {
            if (profile.onBadRow == ImportProfile::OnBadRow::Stop)
                break;
            continue;
        }

        unit.unitRef = text(c.unitId);
        unit.unitType = text(c.unitType);
        qsizetype index = byExternalId.value(externalId, -1);
        if (index < 0) {
            index = qsizetype(incidents.size());
            byExternalId.insert(externalId, index);
            PendingIncident p;
            p.externalId = externalId;
            p.received = *received;
            p.priority = priority;
            p.category = category;
            p.line = lineCode;
            p.summary = c.summary >= 0 ? text(c.summary) : callType;
            p.address = text(c.address);
            p.zoneName = text(c.zone);
            p.lat = lat;
            p.lon = lon;
            incidents.push_back(std::move(p));
        } else {
            PendingIncident& p = incidents[size_t(index)];
            p.received = std::min(p.received, *received);
            p.priority = std::min(p.priority, priority); // the most urgent any row gives
            if (!p.lat && lat) {
                p.lat = lat;
                p.lon = lon;
            }
            if (p.address.isEmpty())
                p.address = text(c.address);
            if (p.zoneName.isEmpty())
                p.zoneName = text(c.zone);
        }
        incidents[size_t(index)].units.push_back(std::move(unit));
    }
    if (summary.rejected && profile.onBadRow == ImportProfile::OnBadRow::Stop)
        summary.stopped = true;
    return parsed;
}

ImportSummary CadImport::write(CommandContext& ctx, const ImportProfile& profile, const ParsedImport& parsed,
                               const ImportProgress& progress)
{
    ctx.requireRole({Role::Administrator, Role::ShiftLeader});
    ImportSummary summary = parsed.summary;
    if (summary.stopped)
        return summary; // nothing written; the caller's transaction writes nothing either
    const std::vector<PendingIncident>& incidents = parsed.incidents;
    const qint64 total = parsed.total;
    const QString& fileName = summary.file;

    // Incidents of this source already imported stay as they are.
    const QSet<QString> existing = ImportRepository::importedRefs(ctx.db(), profile.source);

    // Zones: by the export's zone name (or code) when it matches a stored zone, else by position.
    const Board& board = ctx.board();
    QHash<QString, const Zone*> zoneByName;
    for (const Zone& z : board.zones()) {
        zoneByName.insert(z.name.toCaseFolded(), &z);
        zoneByName.insert(z.code.toCaseFolded(), &z);
    }

    ImportRecord record;
    record.source = profile.source;
    record.profile = profile.name;
    record.file = fileName;
    record.importedAtMs = ctx.now();
    record.importedBy = ctx.actor().username;
    summary.importId = record.id = ImportRepository::insert(ctx.db(), record);
    const qint64 writeTotal = qint64(incidents.size());
    IncidentRepository::Batch incidentRows(ctx.db());
    ImportRepository::UnitTimesBatch unitRows(ctx.db());
    qint64 written = 0;
    for (const PendingIncident& p : incidents) {
        if (++written % 2000 == 0 && progress && !progress(total + total * written / std::max<qint64>(1, writeTotal), total * 2))
            throw DispatchError(tr("import cancelled; nothing was written"), fileName);
        const QString ref = profile.source + u':' + p.externalId;
        if (existing.contains(ref)) {
            ++summary.alreadyImported;
            continue;
        }
        IncidentHistory history;
        history.importId = summary.importId;
        std::optional<qint64> last = p.received;
        for (const UnitTimes& u : p.units) {
            keepMin(history.firstDispatchedMs, u.dispatched);
            keepMin(history.firstSignedForMs, u.signedFor);
            keepMin(history.firstOnSceneMs, u.onScene);
            keepMax(last, u.dispatched);
            keepMax(last, u.signedFor);
            keepMax(last, u.onScene);
            keepMax(last, u.cleared);
        }
        const Zone* zone = p.zoneName.isEmpty() ? nullptr : zoneByName.value(p.zoneName.toCaseFolded());
        if (!zone && p.lat)
            zone = board.zoneAt(GeoPoint{*p.lat, *p.lon});
        Incident incident;
        incident.number = profile.source + u'-' + p.externalId;
        incident.line = p.line;
        incident.address = p.address;
        if (p.lat)
            incident.position = GeoPoint{*p.lat, *p.lon};
        incident.zoneId = zone ? zone->id : 0;
        incident.tier = zone ? zone->tier : 0;
        incident.summary = p.summary;
        incident.category = p.category;
        incident.priority = p.priority;
        incident.state = IncidentState::Closed;
        incident.stateSinceMs = *last;
        incident.receivedAtMs = p.received;
        incident.createdAtMs = incident.updatedAtMs = ctx.now();
        incident.desk = ctx.actor().desk;
        incident.origin = IncidentOrigin::Imported;
        incident.sourceRef = ref;
        const qint64 incidentId = incidentRows.insert(incident, history);
        ++summary.incidents;
        if (!summary.firstReceivedMs || p.received < summary.firstReceivedMs)
            summary.firstReceivedMs = p.received;
        summary.lastReceivedMs = std::max(summary.lastReceivedMs, p.received);
        for (const UnitTimes& u : p.units) {
            if (profile.grain == ImportProfile::Grain::Incident && !u.dispatched)
                continue; // an incident row with no unit sent
            unitRows.insert(incidentId, u);
            ++summary.assignments;
        }
    }
    record.rows = summary.rows;
    record.incidents = summary.incidents;
    record.assignments = summary.assignments;
    record.rejected = summary.rejected;
    record.alreadyImported = summary.alreadyImported;
    ImportRepository::setCounts(ctx.db(), record);
    ctx.record(events::kHistoryImported, QStringLiteral("import"), summary.importId,
               QJsonObject{{QStringLiteral("file"), fileName},
                           {QStringLiteral("profile"), profile.name},
                           {QStringLiteral("source"), profile.source},
                           {QStringLiteral("rows"), summary.rows},
                           {QStringLiteral("incidents"), summary.incidents},
                           {QStringLiteral("assignments"), summary.assignments},
                           {QStringLiteral("rejected"), summary.rejected},
                           {QStringLiteral("already_imported"), summary.alreadyImported}});
    if (progress)
        progress(total * 2, total * 2);
    return summary;
}

} // namespace dispatch
