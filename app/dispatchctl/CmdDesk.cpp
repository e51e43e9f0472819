// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl call, dispatch and step: a call taken, units sent and their steps, through the same facade and the
// same rules as a desk, by a named user or tool; a refusal is the desk's own sentence and exit code 1. This is how a
// hand-in from another system arrives (12345, a CTI bridge) and how the centre's concurrency is tried from outside.
#include "CtlContext.h"

#include "util/TimeFormat.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace dispatch::ctl {

namespace {

/// Exit code of `call` when the call was not taken because it may be a call about an incident already open.
constexpr int kHeldAsDuplicate = 3;

const Incident* activeByNumber(DispatchService& svc, const QString& number)
{
    for (qint64 id : svc.board().activeIncidentIds())
        if (const Incident* i = svc.board().incident(id); i && i->number == number)
            return i;
    return nullptr;
}

/// A call read from JSON: the draft, or the field that is wrong.
Result<IncidentDraft> readCall(const QByteArray& bytes, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{CtlContext::tr("%1: not JSON at byte %2: %3").arg(source).arg(parseError.offset).arg(parseError.errorString())};
    if (!doc.isObject())
        return Error{CtlContext::tr("%1: a call is one JSON object").arg(source)};
    const QJsonObject o = doc.object();
    const auto text = [&](const char* key) { return o.value(QLatin1String(key)).toString().trimmed(); };
    const auto wrongType = [&](const char* key, const QString& what) {
        return Error{CtlContext::tr("%1: field \"%2\" must be %3").arg(source, QLatin1String(key), what),
                     QString::fromLatin1(key)};
    };
    for (const char* key : {"line", "phone", "name", "address", "text", "category", "divert_to"})
        if (o.contains(QLatin1String(key)) && !o.value(QLatin1String(key)).isString())
            return wrongType(key, CtlContext::tr("text"));
    IncidentDraft d;
    d.line = text("line").isEmpty() ? QStringLiteral("110") : text("line");
    d.callerPhone = text("phone");
    d.callerName = text("name");
    d.address = text("address");
    d.summary = text("text");
    if (d.summary.isEmpty())
        return Error{CtlContext::tr("%1: field \"text\" is required: what the caller says happened").arg(source),
                     QStringLiteral("text")};
    const bool hasLat = o.contains(QLatin1String("lat")), hasLon = o.contains(QLatin1String("lon"));
    if (hasLat != hasLon)
        return Error{CtlContext::tr("%1: give both \"lat\" and \"lon\", or neither").arg(source),
                     QLatin1String(hasLat ? "lon" : "lat")};
    if (hasLat) {
        if (!o.value(QLatin1String("lat")).isDouble())
            return wrongType("lat", CtlContext::tr("a number"));
        if (!o.value(QLatin1String("lon")).isDouble())
            return wrongType("lon", CtlContext::tr("a number"));
        const GeoPoint p{o.value(QLatin1String("lat")).toDouble(), o.value(QLatin1String("lon")).toDouble()};
        if (p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180)
            return Error{CtlContext::tr("%1: %2, %3 is not a place on Earth").arg(source).arg(p.lat).arg(p.lon),
                         QStringLiteral("lat")};
        d.position = p;
    }
    d.category = text("category");
    if (o.contains(QLatin1String("priority"))) {
        const int priority = o.value(QLatin1String("priority")).toInt(0);
        if (!o.value(QLatin1String("priority")).isDouble() || priority < 1 || priority > 4)
            return wrongType("priority", CtlContext::tr("1, 2, 3 or 4"));
        d.priority = priority;
    }
    d.divertTo = text("divert_to");
    return d;
}

/// Fills what the call does not say from triage, as a desk proposes it; what the call says stands.
void triageInto(DispatchService& svc, IncidentDraft& d)
{
    const TriageDecision t = svc.triage(d.line, d.summary, d.position);
    d.proposed = t.choice();
    if (d.category.isEmpty())
        d.category = t.category;
    if (!d.priority)
        d.priority = t.priority;
    if (d.divertTo.isEmpty() && d.category == t.category)
        d.divertTo = t.divertTo;
    d.mediation = t.mediation;
    d.unitTypes = t.unitTypes;
    d.notify = t.notify;
}

} // namespace

int runCall(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    CtlContext::addActorOptions(p);
    p.addOption({QStringLiteral("new"), CtlContext::tr("Take the call as a new incident even when it may be a duplicate.")});
    p.addOption({QStringLiteral("caller-of"),
                 CtlContext::tr("Add the call to this open incident as a further caller instead."), CtlContext::tr("NUMBER")});
    p.addPositionalArgument(QStringLiteral("FILE"), CtlContext::tr("The call as a JSON object (default: standard input)."));
    if (!ctx.parse(p, args,
                   CtlContext::tr("call: take a call — {\"line\",\"phone\",\"name\",\"address\",\"lat\",\"lon\",\"text\","
                                  "\"category\",\"priority\",\"divert_to\"}, only \"text\" required; what it does not "
                                  "say is proposed by triage. Prints the incident's number; when earlier open incidents "
                                  "may be the same event, lists them and takes nothing (exit 3) unless --new or "
                                  "--caller-of says what to do.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() > 1)
        return ctx.usage(CtlContext::tr("usage: dispatchctl call --db PATH [FILE.json]"));
    if (p.isSet(QStringLiteral("new")) && p.isSet(QStringLiteral("caller-of")))
        return ctx.usage(CtlContext::tr("--new and --caller-of exclude each other"));
    QByteArray bytes;
    QString source = CtlContext::tr("standard input");
    if (!p.positionalArguments().isEmpty()) {
        source = p.positionalArguments().first();
        QFile f(source);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(CtlContext::tr("%1: %2").arg(source, f.errorString()));
        bytes = f.readAll();
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.fail(CtlContext::tr("standard input cannot be read"));
        bytes = in.readAll();
    }
    Result<IncidentDraft> call = readCall(bytes, source);
    if (!call)
        return ctx.fail(call.errorString());
    if (!ctx.openStore(p, Database::Mode::OpenExisting) || !ctx.actAs(p))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    IncidentDraft d = std::move(call).value();
    triageInto(svc, d);

    if (p.isSet(QStringLiteral("caller-of"))) {
        const QString number = p.value(QStringLiteral("caller-of"));
        const Incident* target = activeByNumber(svc, number);
        if (!target)
            return ctx.fail(CtlContext::tr("no open incident %1").arg(number));
        const qint64 targetId = target->id;
        if (const Status s = svc.mergeCall(targetId, d); !s)
            return ctx.fail(s.errorString());
        if (p.isSet(QStringLiteral("json")))
            ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("incident"), number}, {QStringLiteral("caller_added"), true}}));
        else
            ctx.out() << CtlContext::tr("added as a further caller to %1").arg(number) << "\n";
        return Ok;
    }
    if (!p.isSet(QStringLiteral("new"))) {
        const DuplicateReport dup = svc.findDuplicates({d.callerPhone, d.position, d.address, d.category, d.summary, 0});
        // What the desk's duplicate search calls the same event (open, close by, recent, a related category) or the
        // same number calling again about an open incident; a place's closed history is not a reason to hold a call.
        QList<DuplicateCandidate> open;
        for (const DuplicateCandidate& c : dup.candidates)
            if (c.isOpen() && (c.has(DuplicateKind::SameEvent) || c.has(DuplicateKind::SamePhone)))
                open << c;
        if (!open.isEmpty()) {
            if (p.isSet(QStringLiteral("json"))) {
                QJsonArray list;
                for (const DuplicateCandidate& c : open)
                    list.append(QJsonObject{{QStringLiteral("incident"), c.number},
                                            {QStringLiteral("summary"), c.summary},
                                            {QStringLiteral("address"), c.address},
                                            {QStringLiteral("received_at"), timefmt::isoUtc(c.receivedAtMs)},
                                            {QStringLiteral("distance_m"), c.distanceMetres < 0 ? QJsonValue() : QJsonValue(qRound(c.distanceMetres))}});
                ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("taken"), false}, {QStringLiteral("candidates"), list}}));
            } else {
                for (const DuplicateCandidate& c : open)
                    ctx.out() << c.number << "  " << ctx.localTime(c.receivedAtMs) << "  " << c.summary
                              << (c.distanceMetres >= 0 ? CtlContext::tr("  (%1 m away)").arg(qRound(c.distanceMetres)) : QString())
                              << "\n";
            }
            ctx.err() << "dispatchctl: "
                      << CtlContext::tr("not taken: %n open incident(s) may be the same event; take it with --new, or "
                                        "as a further caller with --caller-of NUMBER", nullptr, int(open.size()))
                      << Qt::endl;
            return kHeldAsDuplicate;
        }
    }
    const Result<qint64> id = svc.createIncident(d);
    if (!id)
        return ctx.fail(id.errorString());
    const Incident* made = svc.board().incident(*id);
    const QString number = made ? made->number : QString();
    if (p.isSet(QStringLiteral("json")))
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("taken"), true},
                                                {QStringLiteral("incident"), number},
                                                {QStringLiteral("category"), d.category},
                                                {QStringLiteral("priority"), d.priority},
                                                {QStringLiteral("divert_to"), d.divertTo.isEmpty() ? QJsonValue() : QJsonValue(d.divertTo)}}));
    else
        ctx.out() << number << "\n";
    return Ok;
}

int runDispatch(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addActorOptions(p);
    p.addOption({QStringLiteral("incident"), CtlContext::tr("The open incident's number."), CtlContext::tr("NUMBER")});
    p.addOption({QStringLiteral("unit"), CtlContext::tr("A unit to send (repeat for several)."), CtlContext::tr("CALLSIGN")});
    p.addOption({QStringLiteral("reassign"), CtlContext::tr("Take units committed to another incident (as a desk confirms).")});
    if (!ctx.parse(p, args, CtlContext::tr("dispatch: send units to an open incident, under the desk's rules.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.isSet(QStringLiteral("incident")) || !p.isSet(QStringLiteral("unit")))
        return ctx.usage(CtlContext::tr("usage: dispatchctl dispatch --db PATH --incident NUMBER --unit CALLSIGN [--unit …]"));
    if (!ctx.openStore(p, Database::Mode::OpenExisting) || !ctx.actAs(p))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    const QString number = p.value(QStringLiteral("incident"));
    const Incident* incident = activeByNumber(svc, number);
    if (!incident)
        return ctx.fail(CtlContext::tr("no open incident %1").arg(number));
    const qint64 incidentId = incident->id;
    QList<DispatchPick> picks;
    QStringList sent;
    const Recommendation ranking = svc.recommend(incidentId);
    for (const QString& callsign : p.values(QStringLiteral("unit"))) {
        const Unit* u = svc.board().unitByCallsign(callsign);
        if (!u)
            return ctx.fail(CtlContext::tr("no unit with callsign \"%1\"").arg(callsign));
        // The distance and time the desk would record, from the ranking when the unit is in it.
        DispatchPick pick{u->id};
        for (const Candidate& c : ranking.candidates)
            if (c.unitId == u->id)
                pick = DispatchPick{u->id, int(std::lround(c.distanceM)), c.etaSeconds};
        picks << pick;
        sent << callsign;
    }
    if (const Status s = svc.dispatchUnits(incidentId, picks, p.isSet(QStringLiteral("reassign"))); !s)
        return ctx.fail(s.errorString());
    ctx.out() << CtlContext::tr("dispatched %1 to %2").arg(sent.join(QStringLiteral(", ")), number) << "\n";
    return Ok;
}

int runStep(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addActorOptions(p);
    p.addOption({QStringLiteral("unit"), CtlContext::tr("The unit's callsign."), CtlContext::tr("CALLSIGN")});
    p.addPositionalArgument(QStringLiteral("STEP"), CtlContext::tr("signed_for, en_route, on_scene or clear."));
    if (!ctx.parse(p, args, CtlContext::tr("step: a unit's step on its incident (signed for, en route, on scene) or "
                                           "its clearing, as the unit reports it.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = p.positionalArguments();
    static const QHash<QString, UnitState> kSteps{{QStringLiteral("signed_for"), UnitState::Acknowledged},
                                                  {QStringLiteral("en_route"), UnitState::EnRoute},
                                                  {QStringLiteral("on_scene"), UnitState::OnScene},
                                                  {QStringLiteral("clear"), UnitState::AvailablePatrol}};
    if (pos.size() != 1 || !kSteps.contains(pos.first()) || !p.isSet(QStringLiteral("unit")))
        return ctx.usage(CtlContext::tr("usage: dispatchctl step --db PATH --unit CALLSIGN signed_for|en_route|on_scene|clear"));
    if (!ctx.openStore(p, Database::Mode::OpenExisting) || !ctx.actAs(p))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    const QString callsign = p.value(QStringLiteral("unit"));
    const Unit* u = svc.board().unitByCallsign(callsign);
    if (!u)
        return ctx.fail(CtlContext::tr("no unit with callsign \"%1\"").arg(callsign));
    const qint64 unitId = u->id;
    const UnitState step = kSteps.value(pos.first());
    const Status s = step == UnitState::AvailablePatrol ? svc.clearUnit(unitId) : svc.advanceUnit(unitId, step);
    if (!s)
        return ctx.fail(s.errorString());
    ctx.out() << CtlContext::tr("%1: %2").arg(callsign, UnitLifecycle::label(svc.board().unit(unitId)->state)) << "\n";
    return Ok;
}

int runDesks(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    if (!ctx.parse(p, args,
                   CtlContext::tr("desks: every desk that has written to the store, who is signed in there and since "
                                  "when, and when the desk last wrote (a desk that stopped without signing out shows "
                                  "its last sign-in; its last write tells how long ago it was seen).")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!ctx.openStore(p, Database::Mode::OpenExisting))
        return ctx.exitCode();
    const ReadList<DeskSession> desks = ctx.service().desks();
    if (!desks.ok())
        return ctx.fail(desks.error()->toString());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const DeskSession& d : desks)
            list.append(QJsonObject{{QStringLiteral("desk"), d.desk},
                                    {QStringLiteral("signed_in"), d.signedIn},
                                    {QStringLiteral("user"), d.username.isEmpty() ? QJsonValue() : QJsonValue(d.username)},
                                    {QStringLiteral("since"), d.sinceMs ? QJsonValue(timefmt::isoUtc(d.sinceMs)) : QJsonValue()},
                                    {QStringLiteral("last_event"), timefmt::isoUtc(d.lastEventMs)}});
        ctx.printJson(QJsonDocument(list));
        return Ok;
    }
    int signedIn = 0;
    for (const DeskSession& d : desks) {
        signedIn += d.signedIn ? 1 : 0;
        const QString who = d.signedIn ? CtlContext::tr("%1 signed in since %2").arg(d.username, ctx.localTime(d.sinceMs))
                            : d.username.isEmpty() ? CtlContext::tr("nobody has signed in here")
                                                   : CtlContext::tr("signed out (%1 at %2)").arg(d.username, ctx.localTime(d.sinceMs));
        ctx.out() << d.desk.leftJustified(24) << "  " << who << "  "
                  << CtlContext::tr("last event %1").arg(ctx.localTime(d.lastEventMs)) << "\n";
    }
    ctx.out() << CtlContext::tr("%n desk(s), %1 signed in", nullptr, int(desks.size())).arg(signedIn) << "\n";
    return Ok;
}

} // namespace dispatch::ctl
