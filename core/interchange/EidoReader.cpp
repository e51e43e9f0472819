// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/Eido.h"
#include "util/ForeignText.h"

#include "domain/Taxonomy.h"
#include "domain/TextLimits.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace dispatch {

namespace {

constexpr qsizetype kMaxDocumentBytes = 1024 * 1024;

const QStringList& componentArrays()
{
    static const QStringList names{
        QStringLiteral("callComponent"),       QStringLiteral("callbackComponent"),
        QStringLiteral("agencyComponent"),     QStringLiteral("agentComponent"),
        QStringLiteral("locationComponent"),   QStringLiteral("personComponent"),
        QStringLiteral("notesComponent"),      QStringLiteral("dispatchComponent"),
        QStringLiteral("emergencyResourceComponent")};
    return names;
}

QString refOf(const QJsonValue& v)
{
    return v.toObject().value(QStringLiteral("$ref")).toString();
}

/// Every component of the document by its `$id`.
QHash<QString, QJsonObject> indexComponents(const QJsonObject& doc)
{
    QHash<QString, QJsonObject> byId;
    for (const QString& name : componentArrays())
        for (const QJsonValue& v : doc.value(name).toArray()) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(QStringLiteral("$id")).toString();
            if (!id.isEmpty() && !byId.contains(id))
                byId.insert(id, c);
        }
    return byId;
}

/// The components a reference list names that exist in `list` (or the whole list when nothing is referenced).
QList<QJsonObject> referenced(const QJsonObject& from, const QString& refKey, const QJsonObject& doc, const QString& list)
{
    QList<QJsonObject> out;
    const QHash<QString, QJsonObject> byId = indexComponents(doc);
    for (const QJsonValue& r : from.value(refKey).toArray())
        if (const auto it = byId.constFind(refOf(r)); it != byId.cend())
            out.append(*it);
    if (out.isEmpty())
        for (const QJsonValue& v : doc.value(list).toArray())
            out.append(v.toObject());
    return out;
}

/// The point of a PIDF-LO location (a gml:pos in a Point or Circle), if it has one.
std::optional<GeoPoint> pidfPosition(const QString& xml)
{
    QXmlStreamReader x(xml);
    while (!x.atEnd()) {
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("pos")) {
            const QStringList parts = x.readElementText().simplified().split(u' ');
            if (parts.size() < 2)
                return std::nullopt;
            bool okLat = false;
            bool okLon = false;
            const GeoPoint p{parts.at(0).toDouble(&okLat), parts.at(1).toDouble(&okLon)};
            if (okLat && okLon && p.isValid())
                return p;
            return std::nullopt;
        }
    }
    return std::nullopt;
}

/// A civic address of a PIDF-LO location in the order a reader says it (country first: how a Chinese address reads).
QString pidfCivic(const QString& xml)
{
    static const QStringList order{QStringLiteral("country"), QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"),
                                   QStringLiteral("A4"), QStringLiteral("A5"), QStringLiteral("A6"), QStringLiteral("PRD"),
                                   QStringLiteral("RD"), QStringLiteral("STS"), QStringLiteral("POD"), QStringLiteral("HNO"),
                                   QStringLiteral("HNS"), QStringLiteral("LMK"), QStringLiteral("LOC"), QStringLiteral("NAM"),
                                   QStringLiteral("BLD"), QStringLiteral("FLR"), QStringLiteral("UNIT"), QStringLiteral("ROOM")};
    QHash<QString, QString> parts;
    bool inCivic = false;
    QXmlStreamReader x(xml);
    while (!x.atEnd()) {
        const auto t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (x.name() == QLatin1String("civicAddress"))
                inCivic = true;
            else if (inCivic && order.contains(x.name().toString()))
                parts.insert(x.name().toString(), x.readElementText().simplified());
        } else if (t == QXmlStreamReader::EndElement && x.name() == QLatin1String("civicAddress")) {
            inCivic = false;
        }
    }
    QStringList out;
    for (const QString& k : order)
        if (!parts.value(k).isEmpty() && k != QLatin1String("country"))
            out.append(parts.value(k));
    return out.join(u' ');
}

QString decodeNumericEntities(const QString& text);

/// Notes are HTML5: their text without the markup (a line break for <br> and the end of a paragraph), in one pass.
QString noteText(const QString& html)
{
    QString t;
    t.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        if (html.at(i) != u'<') {
            t += html.at(i++);
            continue;
        }
        const qsizetype close = html.indexOf(u'>', i);
        if (close < 0) { // a '<' that opens no tag is text
            t += html.mid(i);
            break;
        }
        const QString tag = html.mid(i + 1, close - i - 1).trimmed().toLower();
        if (tag.startsWith(QLatin1String("br")) || tag == QLatin1String("/p") || tag == QLatin1String("/div"))
            t += u'\n';
        i = close + 1;
    }
    t.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return decodeNumericEntities(t).trimmed();
}

QString cleanText(const QString& text, bool keepLines, bool* changed)
{
    return ForeignText::clean(text, keepLines, changed);
}

/// &#39; and &#x1F600; as the characters they stand for (after the named entities).
QString decodeNumericEntities(const QString& text)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'&' && i + 2 < text.size() && text.at(i + 1) == u'#') {
            const qsizetype semi = text.indexOf(u';', i + 2);
            if (semi > 0 && semi - i <= 10) {
                const bool hex = text.at(i + 2) == u'x' || text.at(i + 2) == u'X';
                bool ok = false;
                const uint code = text.mid(i + (hex ? 3 : 2), semi - i - (hex ? 3 : 2)).toUInt(&ok, hex ? 16 : 10);
                if (ok && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
                    const char32_t cp = code;
                    out += QString::fromUcs4(&cp, 1);
                    i = semi + 1;
                    continue;
                }
            }
        }
        out += text.at(i++);
    }
    return out;
}

/// A date-time of the document: RFC 3339 with its offset, between 1970 and 2100.
std::optional<QString> badTime(const QJsonValue& v)
{
    if (!v.isString())
        return EidoReader::tr("a date-time string expected (2026-11-22T09:00:00+08:00)");
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return EidoReader::tr("a date-time with its offset expected (2026-11-22T09:00:00+08:00), found \"%1\"").arg(v.toString().left(40));
    if (t.date().year() < 1970 || t.date().year() > 2100)
        return EidoReader::tr("a date-time between 1970 and 2100 expected, found \"%1\"").arg(v.toString().left(40));
    return std::nullopt;
}

/// Every component's prologue holds: an id and an updating agency as text, a date-time with its offset (the document
/// is kept whole and written out again: what it carries must be EIDO too). The first fault, with its place.
std::optional<Error> badPrologues(const QJsonObject& doc)
{
    auto check = [](const QJsonObject& c, const QString& place) -> std::optional<Error> {
        if (!c.value(QStringLiteral("$id")).isString() || c.value(QStringLiteral("$id")).toString().trimmed().isEmpty())
            return Error{EidoReader::tr("an id (text) expected"), place + QStringLiteral("$id")};
        if (const auto bad = badTime(c.value(QStringLiteral("lastUpdateTimeStamp"))))
            return Error{*bad, place + QStringLiteral("lastUpdateTimeStamp")};
        if (!c.value(QStringLiteral("updatedByAgencyReference")).toObject().value(QStringLiteral("$ref")).isString())
            return Error{EidoReader::tr("a reference {\"$ref\": agency} expected"), place + QStringLiteral("updatedByAgencyReference")};
        return std::nullopt;
    };
    if (auto bad = check(doc, QString()))
        return bad;
    if (auto bad = check(doc.value(QStringLiteral("incidentComponent")).toObject(), QStringLiteral("incidentComponent.")))
        return bad;
    for (const QString& name : componentArrays()) {
        const QJsonValue list = doc.value(name);
        if (list.isUndefined())
            continue;
        if (!list.isArray())
            return Error{EidoReader::tr("an array of components expected"), name};
        const QJsonArray items = list.toArray();
        for (qsizetype k = 0; k < items.size(); ++k) {
            if (!items.at(k).isObject())
                return Error{EidoReader::tr("a component (an object) expected"), QStringLiteral("%1[%2]").arg(name).arg(k)};
            if (auto bad = check(items.at(k).toObject(), QStringLiteral("%1[%2].").arg(name).arg(k)))
                return bad;
        }
    }
    return std::nullopt;
}

int rankOfLocationType(const QString& type)
{
    static const QStringList rank{QStringLiteral("CurrentIncident"), QStringLiteral("InitialIncident"),
                                  QStringLiteral("Caller"), QStringLiteral("Investigation"), QStringLiteral("Other")};
    const qsizetype at = rank.indexOf(type);
    return at < 0 ? 100 : int(at);
}

QString cut(const QString& text, int limit, const QString& field, QStringList& notes)
{
    if (text.size() <= limit)
        return text;
    notes.append(EidoReader::tr("%1 cut to %2 characters").arg(field).arg(limit));
    return text.left(limit - 1) + QChar(0x2026);
}

} // namespace

Result<EidoHandIn> EidoReader::readOne(const QJsonObject& doc, const QString& where)
{
    auto fail = [&](const QString& field, const QString& message) {
        return Error{message, where.isEmpty() ? field : where + u'.' + field};
    };
    const QJsonValue version = doc.value(QStringLiteral("eidoVersion"));
    if (version.isUndefined())
        return fail(QStringLiteral("eidoVersion"), tr("missing: EIDO 1.0 expected"));
    if (version.toString() != QLatin1String("1.0"))
        return fail(QStringLiteral("eidoVersion"),
                    tr("EIDO 1.0 expected, found %1")
                        .arg(QString::fromUtf8(QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact)).mid(1).chopped(1).left(40)));
    // Kept whole in the store's log: a document far beyond what an incident needs is refused.
    if (QJsonDocument(doc).toJson(QJsonDocument::Compact).size() > kMaxDocumentBytes)
        return fail(QStringLiteral("$id"), tr("a document of more than %1 KB: an incident's EIDO is far smaller").arg(kMaxDocumentBytes / 1024));
    EidoHandIn h;
    h.document = doc;
    if (!doc.value(QStringLiteral("$id")).isString())
        return fail(QStringLiteral("$id"), doc.value(QStringLiteral("$id")).isUndefined() ? tr("the incident's id is missing")
                                                                                        : tr("the incident's id must be text"));
    h.eidoId = doc.value(QStringLiteral("$id")).toString().trimmed();
    if (h.eidoId.isEmpty())
        return fail(QStringLiteral("$id"), tr("the incident's id is missing"));
    if (h.eidoId.size() > 400)
        return fail(QStringLiteral("$id"), tr("an id of at most 400 characters expected"));
    h.sender = refOf(doc.value(QStringLiteral("updatedByAgencyReference")));
    if (h.sender.isEmpty())
        return fail(QStringLiteral("updatedByAgencyReference"), tr("the sending agency is missing"));
    if (doc.value(QStringLiteral("incidentComponent")).isUndefined())
        return fail(QStringLiteral("incidentComponent"), tr("the incident component is missing"));
    if (!doc.value(QStringLiteral("incidentComponent")).isObject())
        return fail(QStringLiteral("incidentComponent"), tr("the incident component must be an object"));
    if (const std::optional<Error> bad = badPrologues(doc))
        return fail(bad->where, bad->message);
    const QJsonObject inc = doc.value(QStringLiteral("incidentComponent")).toObject();

    // What happened: the desk's own category when the sender is a desk like this one, else the registry value.
    IncidentDraft& d = h.draft;
    const QString internal = inc.value(QStringLiteral("incidentTypeInternalCode")).toString();
    const QJsonValue commonValue = inc.value(QStringLiteral("incidentTypeCommonRegistryText"));
    const QString common = commonValue.isString()
                               ? commonValue.toString().left(40)
                               : QString::fromUtf8(QJsonDocument(QJsonArray{commonValue}).toJson(QJsonDocument::Compact)).mid(1).chopped(1).left(40);
    if (Taxonomy::builtin().hasCategory(internal))
        d.category = internal;
    else
        d.category = EidoWriter::categoryForCommonType(common);
    if (d.category.isEmpty())
        h.notes.append(tr("type \"%1\" has no category here: left for the dispatcher to triage").arg(common));
    const QJsonValue prio = inc.value(QStringLiteral("incidentCommonPriorityNumber"));
    if (!prio.isUndefined() && !prio.isNull()) {
        const double p = prio.toDouble(-1);
        if (!prio.isDouble() || p != std::floor(p))
            return fail(QStringLiteral("incidentComponent.incidentCommonPriorityNumber"), tr("a whole number expected"));
        if (p >= 1 && p <= 4)
            d.priority = int(p);
        else
            h.notes.append(tr("priority %1 is not 1 to 4 here: left for the dispatcher").arg(p));
    }
    if (d.category.isEmpty())
        d.priority = 0;

    // Where: the incident's current location first.
    std::optional<QJsonObject> place;
    for (const QJsonObject& l : referenced(inc, QStringLiteral("locationReference"), doc, QStringLiteral("locationComponent"))) {
        const QString type = l.value(QStringLiteral("locationTypeDescriptionRegistryText")).toString();
        if (type == QLatin1String("RoutingLocation") || type == QLatin1String("TowerLocation")
            || type == QLatin1String("UnitLocation") || type == QLatin1String("Staging"))
            continue;
        if (!place || rankOfLocationType(type) < rankOfLocationType(place->value(QStringLiteral("locationTypeDescriptionRegistryText")).toString()))
            place = l;
    }
    bool cleaned = false;
    if (place) {
        const QJsonValue byValueJson = place->value(QStringLiteral("locationByValue"));
        const QString byValue = byValueJson.toString();
        if (!byValue.isEmpty()) {
            d.position = pidfPosition(byValue);
            if (!d.position && byValue.contains(QLatin1String("pos")))
                h.notes.append(tr("the location's point could not be read: the address alone is taken"));
        }
        d.address = place->value(QStringLiteral("locationDescriptionText")).toString().simplified();
        if (d.address.isEmpty() && !byValue.isEmpty())
            d.address = pidfCivic(byValue);
        if ((!byValueJson.isUndefined() && !byValueJson.isString()) || (!byValue.isEmpty() && !d.position && d.address.isEmpty()))
            h.notes.append(tr("the location could not be read (neither a point nor an address): the dispatcher asks for it"));
        d.address = cut(cleanText(d.address, false, &cleaned), TextLimits::kAddress, tr("the address"), h.notes);
    }

    // Who called, and the number to call back.
    const QHash<QString, QJsonObject> byId = indexComponents(doc);
    for (const QJsonObject& p : referenced(inc, QStringLiteral("personReference"), doc, QStringLiteral("personComponent"))) {
        const QJsonArray roles = p.value(QStringLiteral("personIncidentRoleRegistryText")).toArray();
        if (!roles.contains(QJsonValue(QStringLiteral("Caller"))))
            continue;
        const QJsonArray names = p.value(QStringLiteral("ncPersonComponent")).toObject().value(QStringLiteral("name")).toArray();
        if (!names.isEmpty())
            d.callerName = names.at(0).toObject().value(QStringLiteral("personFullName")).toArray().at(0)
                               .toObject().value(QStringLiteral("value")).toString().simplified();
        const QJsonObject cb = byId.value(refOf(p.value(QStringLiteral("callBackReference"))));
        static const QRegularExpression telephone(QStringLiteral("^[0-9+*#() -]{1,32}$"));
        for (const QJsonValue& uri : cb.value(QStringLiteral("callBackInformationUri")).toArray())
            if (uri.toString().startsWith(QLatin1String("tel:"))) {
                const QString number = uri.toString().mid(4).section(u';', 0, 0).trimmed();
                if (telephone.match(number).hasMatch())
                    d.callerPhone = number;
                else
                    h.notes.append(tr("the number to call back is not a telephone number: left out"));
                break;
            }
        break;
    }
    d.callerName = cut(cleanText(d.callerName, false, &cleaned), TextLimits::kName, tr("the caller's name"), h.notes);
    d.callerPhone = cut(d.callerPhone, TextLimits::kPhone, tr("the caller's number"), h.notes);

    // What was said: the incident's notes, in order.
    QStringList notes;
    bool notText = false;
    for (const QJsonObject& n : referenced(inc, QStringLiteral("notesReference"), doc, QStringLiteral("notesComponent"))) {
        const QJsonValue comments = n.value(QStringLiteral("notesActionComments"));
        if (!comments.isString()) {
            notText = true;
            continue;
        }
        if (const QString t = noteText(comments.toString()); !t.isEmpty())
            notes.append(t);
    }
    if (notText)
        h.notes.append(tr("a note that is not text was left out"));
    d.summary = cleanText(notes.join(u'\n'), true, &cleaned);
    if (d.summary.isEmpty())
        d.summary = cleanText(inc.value(QStringLiteral("incidentTypeInternalText")).toString(), false, &cleaned);
    if (d.summary.isEmpty() && d.address.isEmpty())
        d.summary = common;
    d.summary = cut(d.summary, TextLimits::kSummary, tr("the notes"), h.notes);
    if (cleaned)
        h.notes.append(tr("control characters were taken out of the text"));
    if (d.summary.isEmpty() && d.address.isEmpty())
        return fail(QStringLiteral("incidentComponent"), tr("neither notes, a type nor a location: nothing to take in"));

    // When the call began at the sender (said in the history; this centre's clocks start when it takes the incident in).
    const QJsonArray calls = doc.value(QStringLiteral("callComponent")).toArray();
    const QString when = calls.isEmpty() ? QString() : calls.first().toObject().value(QStringLiteral("callStartTimestamp")).toString();
    if (!when.isEmpty()) {
        const QDateTime t = QDateTime::fromString(when, Qt::ISODateWithMs);
        if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
            return fail(QStringLiteral("callComponent[0].callStartTimestamp"),
                        tr("a date-time with its offset expected (2026-11-22T09:00:00+08:00), found \"%1\"").arg(when));
        h.callStartedMs = t.toMSecsSinceEpoch();
    }
    return h;
}

Result<QList<EidoHandIn>> EidoReader::read(const QByteArray& json, const QString& source)
{
    // Each document is kept whole in the store's log: a file far beyond what incidents need is refused.
    constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;
    if (json.size() > kMaxBytes)
        return Error{tr("%1 MB: larger than the 16 MB an EIDO file may be").arg(json.size() / (1024 * 1024)), source};
    if (json.trimmed().isEmpty())
        return Error{tr("the file is empty"), source};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        // Qt reads only an object or an array as a document: a lone value is JSON, but not an EIDO.
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + json + "]");
        if (wrapped.isArray() && wrapped.array().size() == 1)
            return Error{tr("an EIDO object, or an array of them, expected"), source};
        return Error{tr("not JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset), source};
    }
    QList<EidoHandIn> out;
    if (doc.isObject()) {
        auto one = readOne(doc.object(), {});
        if (!one)
            return Error{one.error().message, source + QStringLiteral(": ") + one.error().where};
        out.append(std::move(one).value());
        return out;
    }
    const QJsonArray all = doc.array();
    if (all.isEmpty())
        return Error{tr("no EIDO in the file"), source};
    QSet<QString> ids;
    for (qsizetype k = 0; k < all.size(); ++k) {
        const QString where = QStringLiteral("[%1]").arg(k);
        if (!all.at(k).isObject())
            return Error{tr("an EIDO object expected"), source + QStringLiteral(": ") + where};
        auto one = readOne(all.at(k).toObject(), where);
        if (!one)
            return Error{one.error().message, source + QStringLiteral(": ") + one.error().where};
        if (ids.contains(one.value().eidoId))
            return Error{tr("the incident %1 is in the file twice").arg(one.value().eidoId), source + QStringLiteral(": ") + where};
        ids.insert(one.value().eidoId);
        out.append(std::move(one).value());
    }
    return out;
}

} // namespace dispatch
