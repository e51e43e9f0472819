// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/Scenario.h"

#include "cti/CallerHistory.h"
#include "demo/DistrictData.h"
#include "domain/Taxonomy.h"
#include "domain/UnitState.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace dispatch {

namespace {

/// Collects every problem of a file with its JSON path, so that the author sees them all at once.
class Problems
{
public:
    void add(const QString& path, const QString& reason) { m_list << (path.isEmpty() ? reason : path + QStringLiteral(": ") + reason); }
    bool isEmpty() const { return m_list.isEmpty(); }
    const QStringList& list() const { return m_list; }

    void onlyKeys(const QJsonObject& o, const QString& path, const QStringList& known)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                add(path.isEmpty() ? it.key() : path + u'.' + it.key(), Scenario::tr("unknown field"));
    }

private:
    QStringList m_list;
};

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// No exercise runs longer than a week: every time in a scenario is within it.
constexpr int kMaxOffsetSeconds = 7 * 86400;

std::optional<std::pair<int, int>> range(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a[0].isDouble() || !a[1].isDouble())
        return std::nullopt;
    const double lo = a[0].toDouble(), hi = a[1].toDouble();
    // The bounds first: a double out of int's range is not converted at all (that is undefined behaviour).
    if (!(lo >= 0) || hi < lo || hi > kMaxOffsetSeconds || lo != std::floor(lo) || hi != std::floor(hi))
        return std::nullopt;
    return std::pair{int(lo), int(hi)};
}

std::optional<qint64> offsetSeconds(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double s = v.toDouble();
        if (!(s >= 0) || s > kMaxOffsetSeconds || s != std::floor(s))
            return std::nullopt;
        return qint64(s);
    }
    const QStringList parts = v.toString().split(u':');
    if (parts.size() != 3)
        return std::nullopt;
    bool a = false, b = false, c = false;
    const int h = parts[0].toInt(&a), m = parts[1].toInt(&b), s = parts[2].toInt(&c);
    if (!a || !b || !c || h < 0 || m < 0 || m > 59 || s < 0 || s > 59)
        return std::nullopt;
    const qint64 total = qint64(h) * 3600 + m * 60 + s;
    if (total > kMaxOffsetSeconds)
        return std::nullopt;
    return total;
}

std::optional<GeoPoint> point(const QJsonObject& o, const QString& path, Problems& p)
{
    const bool hasLat = o.contains(QStringLiteral("lat")), hasLon = o.contains(QStringLiteral("lon"));
    if (!hasLat && !hasLon)
        return std::nullopt;
    const GeoPoint g{o.value(QStringLiteral("lat")).toDouble(), o.value(QStringLiteral("lon")).toDouble()};
    if (!hasLat || !hasLon || !o.value(QStringLiteral("lat")).isDouble() || !o.value(QStringLiteral("lon")).isDouble()
        || !g.isValid()) {
        p.add(path, Scenario::tr("\"lat\" and \"lon\" must both be numbers of a valid position"));
        return std::nullopt;
    }
    return g;
}

std::optional<ScenarioTruth> truth(const QJsonValue& v, const QString& path, Problems& p)
{
    if (!v.isObject()) {
        p.add(path, Scenario::tr("needs an object {category, priority, divert_to, mediation}"));
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    p.onlyKeys(o, path, {QStringLiteral("category"), QStringLiteral("priority"), QStringLiteral("divert_to"),
                         QStringLiteral("mediation")});
    ScenarioTruth t;
    t.category = str(o, "category");
    const Taxonomy& tax = Taxonomy::builtin();
    if (!tax.hasCategory(t.category))
        p.add(path + QStringLiteral(".category"), Scenario::tr("unknown category \"%1\"").arg(t.category));
    const QJsonValue pr = o.value(QStringLiteral("priority"));
    t.priority = pr.toInt();
    if (!pr.isDouble() || pr.toDouble() != t.priority || t.priority < 1 || t.priority > 4)
        p.add(path + QStringLiteral(".priority"), Scenario::tr("must be 1 to 4"));
    const QJsonValue divert = o.value(QStringLiteral("divert_to"));
    if (divert.isString()) {
        t.divertTo = divert.toString();
        if (!tax.hasAgency(t.divertTo))
            p.add(path + QStringLiteral(".divert_to"), Scenario::tr("unknown agency \"%1\"").arg(t.divertTo));
        else if (t.category != QLatin1String("non_police"))
            p.add(path + QStringLiteral(".divert_to"), Scenario::tr("only a non-police matter is diverted"));
    } else if (!divert.isUndefined() && !divert.isNull()) {
        p.add(path + QStringLiteral(".divert_to"), Scenario::tr("must be an agency code or null"));
    }
    const QJsonValue med = o.value(QStringLiteral("mediation"));
    if (!med.isUndefined() && !med.isBool())
        p.add(path + QStringLiteral(".mediation"), Scenario::tr("must be true or false"));
    t.mediation = med.toBool();
    if (t.mediation && t.category != QLatin1String("dispute"))
        p.add(path + QStringLiteral(".mediation"), Scenario::tr("only a dispute goes to a mediator"));
    return t;
}

} // namespace

Result<Scenario> Scenario::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the scenario: %1").arg(f.errorString()), path};
    Result<Scenario> s = fromJson(f.readAll(), path);
    if (s && s->zones != QLatin1String("demo") && QFileInfo(s->zones).isRelative()) {
        Scenario fixed = std::move(s).value();
        fixed.zones = QFileInfo(path).absoluteDir().filePath(fixed.zones);
        if (!QFileInfo::exists(fixed.zones))
            return Error{tr("district.zones: the zones file %1 does not exist").arg(fixed.zones), path};
        return fixed;
    }
    return s;
}

Result<Scenario> Scenario::fromJson(const QByteArray& json, const QString& fileName)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return Error{tr("not a JSON object: %1 (line %2)")
                         .arg(perr.errorString())
                         .arg(json.left(perr.offset).count('\n') + 1),
                     fileName};
    const QJsonObject root = doc.object();
    Problems p;
    p.onlyKeys(root, {}, {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("title"),
                          QStringLiteral("description"), QStringLiteral("district"), QStringLiteral("start"),
                          QStringLiteral("duration_minutes"), QStringLiteral("units"), QStringLiteral("behaviour"),
                          QStringLiteral("events")});
    if (str(root, "format") != QLatin1String("dispatch-scenario") || root.value(QStringLiteral("version")).toInt() != 1)
        p.add(QStringLiteral("format"), tr("not a scenario (format \"dispatch-scenario\", version 1)"));
    Scenario s;
    s.title = str(root, "title").trimmed();
    if (s.title.isEmpty())
        p.add(QStringLiteral("title"), tr("a scenario needs a title"));
    s.description = str(root, "description");
    const QJsonObject district = root.value(QStringLiteral("district")).toObject();
    p.onlyKeys(district, QStringLiteral("district"), {QStringLiteral("zones")});
    s.zones = district.contains(QStringLiteral("zones")) ? str(district, "zones") : QStringLiteral("demo");
    if (s.zones.isEmpty())
        p.add(QStringLiteral("district.zones"), tr("\"demo\" or a GeoJSON file"));
    const QDateTime start = QDateTime::fromString(str(root, "start"), Qt::ISODate);
    if (!start.isValid() || start.timeSpec() == Qt::LocalTime)
        p.add(QStringLiteral("start"), tr("an ISO 8601 date-time with its offset, e.g. 2026-11-20T20:00:00+08:00"));
    s.startMs = start.toMSecsSinceEpoch();
    s.utcOffsetSeconds = start.offsetFromUtc();
    if (root.contains(QStringLiteral("duration_minutes"))) {
        const QJsonValue d = root.value(QStringLiteral("duration_minutes"));
        if (!d.isDouble() || d.toDouble() != d.toInt() || d.toInt() < 1 || d.toInt() > 7 * 1440)
            p.add(QStringLiteral("duration_minutes"), tr("a whole number of minutes from 1 to 10080"));
        s.durationSeconds = qint64(d.toInt()) * 60;
    }

    // The roster: the demo district's units, or the scenario's own.
    QSet<QString> callsigns;
    const QJsonValue units = root.value(QStringLiteral("units"));
    if (units.isUndefined() || units.toString() == QLatin1String("demo")) {
        s.demoUnits = true;
        if (const auto demo = DistrictLoader::demo())
            for (const auto& u : demo->units)
                callsigns.insert(u.unit.callsign);
    } else if (!units.isArray() || units.toArray().isEmpty()) {
        p.add(QStringLiteral("units"), tr("\"demo\" or a list of units"));
    } else {
        s.demoUnits = false;
        const QJsonArray arr = units.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QString path = QStringLiteral("units[%1]").arg(i);
            const QJsonObject o = arr[i].toObject();
            p.onlyKeys(o, path, {QStringLiteral("callsign"), QStringLiteral("type"), QStringLiteral("lat"), QStringLiteral("lon"),
                                 QStringLiteral("state"), QStringLiteral("staging_point"), QStringLiteral("station"),
                                 QStringLiteral("certificate")});
            ScenarioUnit u;
            u.callsign = str(o, "callsign").trimmed();
            if (u.callsign.isEmpty())
                p.add(path + QStringLiteral(".callsign"), tr("a unit needs a callsign"));
            else if (callsigns.contains(u.callsign))
                p.add(path + QStringLiteral(".callsign"), tr("\"%1\" is in the roster twice").arg(u.callsign));
            callsigns.insert(u.callsign);
            u.type = str(o, "type");
            if (!Taxonomy::builtin().hasUnitType(u.type))
                p.add(path + QStringLiteral(".type"), tr("unknown unit type \"%1\"").arg(u.type));
            if (const auto g = point(o, path, p))
                u.position = *g;
            else if (!o.contains(QStringLiteral("lat")))
                p.add(path, tr("a unit needs \"lat\" and \"lon\""));
            if (o.contains(QStringLiteral("state"))) {
                u.state = str(o, "state");
                const auto st = UnitLifecycle::fromCode(u.state);
                if (!st || UnitLifecycle::isCommitted(*st))
                    p.add(path + QStringLiteral(".state"), tr("a unit starts available, busy or off duty, not \"%1\"").arg(u.state));
            }
            u.stagingPoint = str(o, "staging_point");
            u.station = str(o, "station");
            const QJsonObject cert = o.value(QStringLiteral("certificate")).toObject();
            u.certificateNo = str(cert, "number");
            u.certificateValidUntil = str(cert, "valid_until");
            s.units.append(u);
        }
    }

    // Behaviour: every key optional.
    const QJsonObject b = root.value(QStringLiteral("behaviour")).toObject();
    const QList<std::pair<const char*, ScenarioBehaviour::Range*>> ranges{
        {"answer_seconds", &s.behaviour.answerSeconds},       {"intake_seconds", &s.behaviour.intakeSeconds},
        {"dispatch_seconds", &s.behaviour.dispatchSeconds},   {"sign_for_seconds", &s.behaviour.signForSeconds},
        {"en_route_seconds", &s.behaviour.enRouteSeconds},    {"review_seconds", &s.behaviour.reviewSeconds},
        {"instruction_seconds", &s.behaviour.instructionSeconds}};
    QStringList knownBehaviour{QStringLiteral("travel_factor"), QStringLiteral("on_scene_minutes")};
    for (const auto& [key, into] : ranges) {
        knownBehaviour << QLatin1String(key);
        if (!b.contains(QLatin1String(key)))
            continue;
        if (const auto r = range(b.value(QLatin1String(key))))
            *into = *r;
        else
            p.add(QStringLiteral("behaviour.") + QLatin1String(key), tr("must be [min, max], whole numbers, min ≤ max"));
    }
    p.onlyKeys(b, QStringLiteral("behaviour"), knownBehaviour);
    if (b.contains(QStringLiteral("travel_factor"))) {
        const QJsonArray t = b.value(QStringLiteral("travel_factor")).toArray();
        if (t.size() != 2 || t[0].toDouble() <= 0 || t[1].toDouble() < t[0].toDouble() || t[1].toDouble() > 10)
            p.add(QStringLiteral("behaviour.travel_factor"), tr("must be [min, max] with 0 < min ≤ max ≤ 10"));
        else
            s.behaviour.travelFactor = {t[0].toDouble(), t[1].toDouble()};
    }
    s.behaviour.onSceneMinutes = {{QStringLiteral("default"), {10, 20}},   {QStringLiteral("dispute"), {10, 30}},
                                  {QStringLiteral("public_order"), {10, 25}}, {QStringLiteral("criminal"), {20, 45}},
                                  {QStringLiteral("traffic"), {15, 35}},      {QStringLiteral("assistance"), {8, 20}},
                                  {QStringLiteral("fire"), {20, 40}},         {QStringLiteral("mass_incident"), {40, 90}}};
    const QJsonObject onScene = b.value(QStringLiteral("on_scene_minutes")).toObject();
    for (auto it = onScene.begin(); it != onScene.end(); ++it) {
        const QString path = QStringLiteral("behaviour.on_scene_minutes.") + it.key();
        if (it.key() != QLatin1String("default") && !Taxonomy::builtin().hasCategory(it.key()))
            p.add(path, tr("unknown category"));
        else if (const auto r = range(it.value()))
            s.behaviour.onSceneMinutes.insert(it.key(), *r);
        else
            p.add(path, tr("must be [min, max], whole numbers, min ≤ max"));
    }

    // The timeline.
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    if (events.isEmpty())
        p.add(QStringLiteral("events"), tr("a scenario needs at least one event"));
    QMap<QString, qint64> callsAt;
    const Taxonomy& tax = Taxonomy::builtin();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString path = QStringLiteral("events[%1]").arg(i);
        const QJsonObject o = events[i].toObject();
        ScenarioEvent e;
        const auto at = offsetSeconds(o.value(QStringLiteral("at")));
        if (!at)
            p.add(path + QStringLiteral(".at"), tr("seconds from the start, or \"HH:MM:SS\", at most 7 days"));
        e.atSeconds = at.value_or(0);
        const QString type = str(o, "type");
        const QStringList common{QStringLiteral("at"), QStringLiteral("type")};
        if (type == QLatin1String("call") || type == QLatin1String("escalation")) {
            e.type = type == QLatin1String("call") ? ScenarioEvent::Type::Call : ScenarioEvent::Type::Escalation;
            p.onlyKeys(o, path, common + QStringList{QStringLiteral("id"), QStringLiteral("line"), QStringLiteral("caller"),
                                                     QStringLiteral("phone"), QStringLiteral("address"), QStringLiteral("lat"),
                                                     QStringLiteral("lon"), QStringLiteral("text"), QStringLiteral("truth"),
                                                     QStringLiteral("same_event_as"), QStringLiteral("of"),
                                                     QStringLiteral("practice_line")});
            e.id = str(o, "id").trimmed();
            if (e.id.isEmpty())
                p.add(path + QStringLiteral(".id"), tr("a call needs an id"));
            else if (callsAt.contains(e.id))
                p.add(path + QStringLiteral(".id"), tr("the id \"%1\" is used twice").arg(e.id));
            if (o.contains(QStringLiteral("line")))
                e.line = str(o, "line");
            if (!tax.hasLine(e.line))
                p.add(path + QStringLiteral(".line"), tr("unknown source line \"%1\"").arg(e.line));
            e.caller = str(o, "caller");
            e.phone = str(o, "phone");
            e.address = str(o, "address");
            e.text = str(o, "text").trimmed();
            if (e.text.isEmpty())
                p.add(path + QStringLiteral(".text"), tr("what the caller says is needed"));
            e.position = point(o, path, p);
            e.sameEventAs = str(o, e.type == ScenarioEvent::Type::Escalation ? "of" : "same_event_as");
            if (e.type == ScenarioEvent::Type::Escalation && e.sameEventAs.isEmpty())
                p.add(path + QStringLiteral(".of"), tr("an escalation names the call it escalates"));
            if (!e.sameEventAs.isEmpty()) {
                const QString key = e.type == ScenarioEvent::Type::Escalation ? QStringLiteral(".of") : QStringLiteral(".same_event_as");
                if (!callsAt.contains(e.sameEventAs))
                    p.add(path + key, tr("no earlier call \"%1\"").arg(e.sameEventAs));
            }
            if (o.contains(QStringLiteral("truth")))
                e.truth = truth(o.value(QStringLiteral("truth")), path + QStringLiteral(".truth"), p);
            else if (e.sameEventAs.isEmpty() || e.type == ScenarioEvent::Type::Escalation)
                p.add(path + QStringLiteral(".truth"), tr("what the trainee should reach is needed"));
            if (o.contains(QStringLiteral("practice_line"))) {
                if (!o.value(QStringLiteral("practice_line")).isBool())
                    p.add(path + QStringLiteral(".practice_line"), tr("true or false"));
                e.practiceLine = o.value(QStringLiteral("practice_line")).toBool();
                if (e.practiceLine && CallerHistory::key(e.phone).isEmpty())
                    p.add(path + QStringLiteral(".phone"),
                          tr("a call on the practice line needs the number the role-player calls from"));
            }
            if (!e.id.isEmpty())
                callsAt.insert(e.id, e.atSeconds);
        } else if (type == QLatin1String("unit")) {
            e.type = ScenarioEvent::Type::Unit;
            p.onlyKeys(o, path, common + QStringList{QStringLiteral("unit"), QStringLiteral("event"), QStringLiteral("minutes")});
            e.unit = str(o, "unit");
            if (!callsigns.contains(e.unit))
                p.add(path + QStringLiteral(".unit"), tr("no unit \"%1\" in the roster").arg(e.unit));
            const QString ev = str(o, "event");
            if (ev == QLatin1String("breakdown"))
                e.unitEvent = ScenarioEvent::UnitEvent::Breakdown;
            else if (ev == QLatin1String("avl_lost"))
                e.unitEvent = ScenarioEvent::UnitEvent::AvlLost;
            else if (ev == QLatin1String("late_on_scene"))
                e.unitEvent = ScenarioEvent::UnitEvent::LateOnScene;
            else
                p.add(path + QStringLiteral(".event"), tr("breakdown, avl_lost or late_on_scene"));
            const QJsonValue m = o.value(QStringLiteral("minutes"));
            if (!m.isUndefined() && (!m.isDouble() || m.toDouble() != m.toInt() || m.toInt() < 0 || m.toInt() > 1440))
                p.add(path + QStringLiteral(".minutes"), tr("a whole number of minutes from 0 to 1440"));
            e.minutes = m.toInt();
        } else if (type == QLatin1String("instruction")) {
            e.type = ScenarioEvent::Type::Instruction;
            p.onlyKeys(o, path, common + QStringList{QStringLiteral("source"), QStringLiteral("text"), QStringLiteral("class")});
            e.source = str(o, "source").trimmed();
            e.text = str(o, "text").trimmed();
            if (e.source.isEmpty())
                p.add(path + QStringLiteral(".source"), tr("who issues the instruction"));
            if (e.text.isEmpty())
                p.add(path + QStringLiteral(".text"), tr("the instruction's text"));
            if (o.contains(QStringLiteral("class")))
                e.instructionClass = str(o, "class");
            if (!QStringList{QStringLiteral("urgent"), QStringLiteral("general"), QStringLiteral("repeated")}.contains(e.instructionClass))
                p.add(path + QStringLiteral(".class"), tr("urgent, general or repeated"));
        } else {
            p.add(path + QStringLiteral(".type"), tr("call, escalation, unit or instruction, not \"%1\"").arg(type));
        }
        s.events.append(e);
    }
    if (!p.isEmpty())
        return Error{tr("%n problem(s):\n", nullptr, int(p.list().size())) + p.list().join(u'\n'), fileName};
    std::stable_sort(s.events.begin(), s.events.end(),
                     [](const ScenarioEvent& x, const ScenarioEvent& y) { return x.atSeconds < y.atSeconds; });
    return s;
}

qint64 Scenario::endMs() const
{
    if (durationSeconds)
        return startMs + durationSeconds * 1000;
    const qint64 last = events.isEmpty() ? 0 : events.last().atSeconds;
    return startMs + (last + 2 * 3600) * 1000;
}

const ScenarioEvent* Scenario::call(const QString& id) const
{
    for (const ScenarioEvent& e : events)
        if ((e.type == ScenarioEvent::Type::Call || e.type == ScenarioEvent::Type::Escalation) && e.id == id)
            return &e;
    return nullptr;
}

const ScenarioEvent* Scenario::origin(const ScenarioEvent& c) const
{
    const ScenarioEvent* e = &c;
    for (int guard = 0; e && !e->sameEventAs.isEmpty() && guard < 100; ++guard)
        e = call(e->sameEventAs);
    return e;
}

int Scenario::callCount() const
{
    return int(std::count_if(events.cbegin(), events.cend(), [](const ScenarioEvent& e) {
        return e.type == ScenarioEvent::Type::Call || e.type == ScenarioEvent::Type::Escalation;
    }));
}

QJsonObject Scenario::toJson() const
{
    QJsonArray evs;
    for (const ScenarioEvent& e : events) {
        QJsonObject o{{QStringLiteral("at"), e.atSeconds}};
        switch (e.type) {
        case ScenarioEvent::Type::Call:
        case ScenarioEvent::Type::Escalation: {
            const bool esc = e.type == ScenarioEvent::Type::Escalation;
            o.insert(QStringLiteral("type"), esc ? QStringLiteral("escalation") : QStringLiteral("call"));
            o.insert(QStringLiteral("id"), e.id);
            o.insert(QStringLiteral("line"), e.line);
            if (!e.caller.isEmpty())
                o.insert(QStringLiteral("caller"), e.caller);
            if (!e.phone.isEmpty())
                o.insert(QStringLiteral("phone"), e.phone);
            if (!e.address.isEmpty())
                o.insert(QStringLiteral("address"), e.address);
            if (e.position) {
                o.insert(QStringLiteral("lat"), e.position->lat);
                o.insert(QStringLiteral("lon"), e.position->lon);
            }
            o.insert(QStringLiteral("text"), e.text);
            if (e.practiceLine)
                o.insert(QStringLiteral("practice_line"), true);
            if (!e.sameEventAs.isEmpty())
                o.insert(esc ? QStringLiteral("of") : QStringLiteral("same_event_as"), e.sameEventAs);
            if (e.truth)
                o.insert(QStringLiteral("truth"),
                         QJsonObject{{QStringLiteral("category"), e.truth->category},
                                     {QStringLiteral("priority"), e.truth->priority},
                                     {QStringLiteral("divert_to"), e.truth->divertTo.isEmpty() ? QJsonValue() : QJsonValue(e.truth->divertTo)},
                                     {QStringLiteral("mediation"), e.truth->mediation}});
            break;
        }
        case ScenarioEvent::Type::Unit:
            o.insert(QStringLiteral("type"), QStringLiteral("unit"));
            o.insert(QStringLiteral("unit"), e.unit);
            o.insert(QStringLiteral("event"), e.unitEvent == ScenarioEvent::UnitEvent::Breakdown ? QStringLiteral("breakdown")
                                              : e.unitEvent == ScenarioEvent::UnitEvent::AvlLost ? QStringLiteral("avl_lost")
                                                                                                  : QStringLiteral("late_on_scene"));
            o.insert(QStringLiteral("minutes"), e.minutes);
            break;
        case ScenarioEvent::Type::Instruction:
            o.insert(QStringLiteral("type"), QStringLiteral("instruction"));
            o.insert(QStringLiteral("source"), e.source);
            o.insert(QStringLiteral("class"), e.instructionClass);
            o.insert(QStringLiteral("text"), e.text);
            break;
        }
        evs.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("dispatch-scenario")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("district"), QJsonObject{{QStringLiteral("zones"), zones}}},
                     {QStringLiteral("start"), QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone(utcOffsetSeconds)).toString(Qt::ISODate)},
                     {QStringLiteral("events"), evs}};
    if (durationSeconds)
        root.insert(QStringLiteral("duration_minutes"), int(durationSeconds / 60));
    if (demoUnits) {
        root.insert(QStringLiteral("units"), QStringLiteral("demo"));
    } else {
        QJsonArray us;
        for (const ScenarioUnit& u : units) {
            QJsonObject o{{QStringLiteral("callsign"), u.callsign}, {QStringLiteral("type"), u.type},
                          {QStringLiteral("lat"), u.position.lat},    {QStringLiteral("lon"), u.position.lon},
                          {QStringLiteral("state"), u.state}};
            if (!u.stagingPoint.isEmpty())
                o.insert(QStringLiteral("staging_point"), u.stagingPoint);
            if (!u.station.isEmpty())
                o.insert(QStringLiteral("station"), u.station);
            if (!u.certificateNo.isEmpty())
                o.insert(QStringLiteral("certificate"), QJsonObject{{QStringLiteral("number"), u.certificateNo},
                                                                    {QStringLiteral("valid_until"), u.certificateValidUntil}});
            us.append(o);
        }
        root.insert(QStringLiteral("units"), us);
    }
    return root;
}

} // namespace dispatch
