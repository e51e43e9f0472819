// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover/HandoverReport.h"
#include "domain/TextLimits.h"

#include "clocks/ResponsePolicy.h"
#include "domain/IncidentState.h"
#include "domain/Instruction.h"
#include "domain/Taxonomy.h"
#include "domain/UnitState.h"
#include "domain/WorkOrder.h"
#include "followup/FollowUpKind.h"

#include <QDateTime>
#include <QJsonArray>

namespace dispatch {

namespace {

/// A table cell of free text (what is owed, a notable event) on the screen and in the PDF: one line, cut.
constexpr int kCellChars = 160;

QJsonValue iso(qint64 ms, const QTimeZone& zone)
{
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODateWithMs)) : QJsonValue();
}

qint64 fromIso(const QJsonValue& v)
{
    if (!v.isString())
        return 0;
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QJsonObject counts(const QMap<QString, int>& m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject share(int n, int met)
{
    return {{QStringLiteral("n"), n},
            {QStringLiteral("met"), met},
            {QStringLiteral("share"), n ? QJsonValue(double(met) / n) : QJsonValue()}};
}

QString local(qint64 ms, const QTimeZone& zone)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("MM-dd HH:mm")) : QString();
}

/// "9 min", "5 h 20 min", "2 d 23 h"
QString span(qint64 ms)
{
    const qint64 minutes = (std::abs(ms) + 59999) / 60000;
    if (minutes < 60)
        return HandoverReport::tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return HandoverReport::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return HandoverReport::tr("%1 d %2 h").arg(minutes / 1440).arg(minutes % 1440 / 60);
}

QString clockText(qint64 deadlineMs, qint64 asOfMs)
{
    if (!deadlineMs)
        return HandoverReport::tr("no deadline");
    return deadlineMs < asOfMs ? HandoverReport::tr("overdue by %1").arg(span(asOfMs - deadlineMs))
                               : HandoverReport::tr("%1 left").arg(span(deadlineMs - asOfMs));
}

/// An item's state as a reader names it.
QString stateLabel(const QString& kind, const QString& code)
{
    if (kind == QLatin1String("incident") || kind.startsWith(QLatin1String("feedback"))) {
        const auto s = IncidentLifecycle::fromCode(code);
        return s ? IncidentLifecycle::label(*s) : code;
    }
    if (kind == QLatin1String("work_order")) {
        const auto s = WorkOrderLifecycle::fromCode(code);
        return s ? WorkOrderLifecycle::label(*s) : code;
    }
    if (kind == QLatin1String("instruction")) {
        if (code == QLatin1String("received"))
            return InstructionCodes::label(InstructionState::Received);
        if (code == QLatin1String("signed_for"))
            return InstructionCodes::label(InstructionState::SignedFor);
        return InstructionCodes::label(InstructionState::Forwarded);
    }
    if (kind == QLatin1String("transfer"))
        return HandoverReport::tr("to sign for");
    if (kind == QLatin1String("callback") || kind == QLatin1String("call_back"))
        return HandoverReport::tr("to call back");
    return HandoverReport::tr("open");
}


} // namespace

const QStringList& HandoverReport::sections()
{
    static const QStringList all{QStringLiteral("figures"), QStringLiteral("carried_over"), QStringLiteral("units"),
                                 QStringLiteral("notable"), QStringLiteral("general")};
    return all;
}

QString HandoverReport::sectionTitle(const QString& section)
{
    if (section == QLatin1String("figures"))
        return tr("The shift's figures");
    if (section == QLatin1String("carried_over"))
        return tr("Carried over");
    if (section == QLatin1String("units"))
        return tr("Units at the handover");
    if (section == QLatin1String("notable"))
        return tr("Notable events");
    return tr("General remarks");
}

QString HandoverReport::kindLabel(const QString& kind)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("incident"), QT_TR_NOOP("Active incident")},
        {QStringLiteral("feedback"), QT_TR_NOOP("Feedback due")},
        {QStringLiteral("feedback_review"), QT_TR_NOOP("Feedback to review")},
        {QStringLiteral("work_order"), QT_TR_NOOP("Work order")},
        {QStringLiteral("transfer"), QT_TR_NOOP("Transfer not signed for")},
        {QStringLiteral("callback"), QT_TR_NOOP("Callback due")},
        {QStringLiteral("call_back"), QT_TR_NOOP("Abandoned call to call back")},
        {QStringLiteral("rectification"), QT_TR_NOOP("Rectification")},
        {QStringLiteral("mediation"), QT_TR_NOOP("Mediation")},
        {QStringLiteral("instruction"), QT_TR_NOOP("Instruction")},
        {QStringLiteral("supervision"), QT_TR_NOOP("Supervision")},
        {QStringLiteral("ledger"), QT_TR_NOOP("Repeat-ledger entry")},
        {QStringLiteral("priority_1"), QT_TR_NOOP("Priority 1")},
        {QStringLiteral("mass_incident"), QT_TR_NOOP("Mass incident")},
        {QStringLiteral("breach"), QT_TR_NOOP("Clock breached")},
        {QStringLiteral("triage_override"), QT_TR_NOOP("Triage overridden")},
        {QStringLiteral("flag"), QT_TR_NOOP("Flagged by the leader")}};
    if (const auto it = labels.constFind(kind); it != labels.cend())
        return tr(*it);
    // A declared follow-up list names itself.
    const FollowUpKind* declared = FollowUpKinds::find(kind);
    return declared ? declared->label() : kind;
}

int HandoverReport::overdueCarried() const
{
    return int(std::count_if(carried.cbegin(), carried.cend(),
                             [this](const CarriedItem& c) { return c.deadlineMs && c.deadlineMs < asOfMs; }));
}

QList<const HandoverUnit*> HandoverReport::unitsWithOpenTasks() const
{
    QList<const HandoverUnit*> out;
    for (const HandoverUnit& u : units)
        if (u.incidentId)
            out << &u;
    return out;
}

QJsonObject HandoverReport::toJson(const QTimeZone& zone) const
{
    const HandoverFigures& f = figures;
    QJsonObject byPriority;
    for (auto it = f.byPriority.cbegin(); it != f.byPriority.cend(); ++it)
        byPriority.insert(QString::number(it.key()), it.value());
    const int reached = f.callbacksReached;
    QJsonObject fig{
        {QStringLiteral("calls"), f.calls},
        {QStringLiteral("further_callers"), f.furtherCallers},
        {QStringLiteral("by_line"), counts(f.byLine)},
        {QStringLiteral("by_category"), counts(f.byCategory)},
        {QStringLiteral("by_priority"), byPriority},
        {QStringLiteral("dispatched"), f.dispatched},
        {QStringLiteral("diverted"), f.diverted},
        {QStringLiteral("merged"), f.mergedIncidents},
        {QStringLiteral("transferred"), f.transferred},
        {QStringLiteral("closed"), f.closed},
        {QStringLiteral("cancelled"), f.cancelled},
        {QStringLiteral("compliance"), QJsonObject{{QStringLiteral("sign_for_30s"), share(f.signForN, f.signForMet)},
                                                    {QStringLiteral("call_to_dispatch"), share(f.callToDispatchN, f.callToDispatchMet)},
                                                    {QStringLiteral("arrival"), share(f.arrivalN, f.arrivalMet)}}},
        {QStringLiteral("callbacks"),
         QJsonObject{{QStringLiteral("made"), f.callbacksMade},
                     {QStringLiteral("reached"), reached},
                     {QStringLiteral("not_reached"), f.callbacksNotReached},
                     {QStringLiteral("unreachable"), f.callbacksUnreachable},
                     {QStringLiteral("satisfied"), f.satisfied},
                     {QStringLiteral("basically_satisfied"), f.basicallySatisfied},
                     {QStringLiteral("unsatisfied"), f.unsatisfied},
                     {QStringLiteral("satisfaction_rate"),
                      reached ? QJsonValue(double(f.satisfied + f.basicallySatisfied) / reached) : QJsonValue()}}}};
    QJsonArray breachArr;
    for (const HandoverBreach& b : breaches)
        breachArr.append(QJsonObject{{QStringLiteral("incident"), b.incidentId},
                                     {QStringLiteral("number"), b.number},
                                     {QStringLiteral("clock"), b.clock},
                                     {QStringLiteral("unit"), b.callsign.isEmpty() ? QJsonValue() : QJsonValue(b.callsign)},
                                     {QStringLiteral("deadline"), iso(b.deadlineMs, zone)},
                                     {QStringLiteral("breached_at"), iso(b.breachedAtMs, zone)},
                                     {QStringLiteral("late_seconds"), b.lateSeconds},
                                     {QStringLiteral("running"), b.running}});
    QJsonArray carriedArr;
    for (const CarriedItem& c : carried)
        carriedArr.append(QJsonObject{{QStringLiteral("kind"), c.kind},
                                      {QStringLiteral("id"), c.id},
                                      {QStringLiteral("incident"), c.incidentId ? QJsonValue(c.incidentId) : QJsonValue()},
                                      {QStringLiteral("number"), c.number},
                                      {QStringLiteral("what"), c.what},
                                      {QStringLiteral("state"), c.state},
                                      {QStringLiteral("owner"), c.owner},
                                      {QStringLiteral("since"), iso(c.sinceMs, zone)},
                                      {QStringLiteral("deadline"), iso(c.deadlineMs, zone)},
                                      {QStringLiteral("overdue"), c.deadlineMs && c.deadlineMs < asOfMs}});
    QJsonArray unitArr;
    for (const HandoverUnit& u : units)
        unitArr.append(QJsonObject{{QStringLiteral("id"), u.id},
                                   {QStringLiteral("callsign"), u.callsign},
                                   {QStringLiteral("type"), u.type},
                                   {QStringLiteral("state"), u.state},
                                   {QStringLiteral("where"), u.where},
                                   {QStringLiteral("incident"), u.incidentId ? QJsonValue(u.incidentId) : QJsonValue()},
                                   {QStringLiteral("number"), u.number}});
    QJsonArray notableArr;
    for (const NotableEvent& n : notable)
        notableArr.append(QJsonObject{{QStringLiteral("at"), iso(n.atMs, zone)},
                                      {QStringLiteral("kind"), n.kind},
                                      {QStringLiteral("incident"), n.incidentId ? QJsonValue(n.incidentId) : QJsonValue()},
                                      {QStringLiteral("number"), n.number},
                                      {QStringLiteral("text"), n.text},
                                      {QStringLiteral("by"), n.by}});
    QJsonArray notifiedArr;
    for (const HandoverNotification& n : notifications)
        notifiedArr.append(QJsonObject{{QStringLiteral("incident"), n.incidentId},
                                       {QStringLiteral("number"), n.number},
                                       {QStringLiteral("agency"), n.agency},
                                       {QStringLiteral("notified_at"), iso(n.notifiedAtMs, zone)},
                                       {QStringLiteral("notified_by"), n.notifiedBy},
                                       {QStringLiteral("acknowledged_at"), n.acknowledgedAtMs ? iso(n.acknowledgedAtMs, zone) : QJsonValue()},
                                       {QStringLiteral("acknowledged_by"), n.acknowledgedBy}});
    QJsonObject noteObj;
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        noteObj.insert(it.key(), it.value());
    return {{QStringLiteral("centre"), centre},
            {QStringLiteral("shift"), QJsonObject{{QStringLiteral("slot"), shift.slot},
                                                  {QStringLiteral("name"), shift.name},
                                                  {QStringLiteral("start"), iso(shift.start.toMSecsSinceEpoch(), zone)},
                                                  {QStringLiteral("end"), iso(shift.end.toMSecsSinceEpoch(), zone)}}},
            {QStringLiteral("as_of"), iso(asOfMs, zone)},
            {QStringLiteral("figures"), fig},
            {QStringLiteral("breaches"), breachArr},
            {QStringLiteral("agency_notifications"), notifiedArr},
            {QStringLiteral("carried_over"), carriedArr},
            {QStringLiteral("units"), unitArr},
            {QStringLiteral("notable"), notableArr},
            {QStringLiteral("notes"), noteObj}};
}

std::optional<HandoverReport> HandoverReport::fromJson(const QJsonObject& o)
{
    if (!o.contains(QStringLiteral("shift")) || !o.contains(QStringLiteral("figures")))
        return std::nullopt;
    HandoverReport r;
    r.centre = o.value(QStringLiteral("centre")).toString();
    const QJsonObject s = o.value(QStringLiteral("shift")).toObject();
    r.shift.slot = s.value(QStringLiteral("slot")).toInt();
    r.shift.name = s.value(QStringLiteral("name")).toString();
    r.shift.start = QDateTime::fromMSecsSinceEpoch(fromIso(s.value(QStringLiteral("start"))), QTimeZone::utc());
    r.shift.end = QDateTime::fromMSecsSinceEpoch(fromIso(s.value(QStringLiteral("end"))), QTimeZone::utc());
    r.asOfMs = fromIso(o.value(QStringLiteral("as_of")));
    const QJsonObject f = o.value(QStringLiteral("figures")).toObject();
    HandoverFigures& g = r.figures;
    g.calls = f.value(QStringLiteral("calls")).toInt();
    g.furtherCallers = f.value(QStringLiteral("further_callers")).toInt();
    for (const auto& [key, map] : {std::pair{QStringLiteral("by_line"), &g.byLine}, std::pair{QStringLiteral("by_category"), &g.byCategory}}) {
        const QJsonObject m = f.value(key).toObject();
        for (auto it = m.begin(); it != m.end(); ++it)
            map->insert(it.key(), it.value().toInt());
    }
    const QJsonObject p = f.value(QStringLiteral("by_priority")).toObject();
    for (auto it = p.begin(); it != p.end(); ++it)
        g.byPriority.insert(it.key().toInt(), it.value().toInt());
    g.dispatched = f.value(QStringLiteral("dispatched")).toInt();
    g.diverted = f.value(QStringLiteral("diverted")).toInt();
    g.mergedIncidents = f.value(QStringLiteral("merged")).toInt();
    g.transferred = f.value(QStringLiteral("transferred")).toInt();
    g.closed = f.value(QStringLiteral("closed")).toInt();
    g.cancelled = f.value(QStringLiteral("cancelled")).toInt();
    const QJsonObject c = f.value(QStringLiteral("compliance")).toObject();
    const auto read = [&](const char* key, int& n, int& met) {
        const QJsonObject x = c.value(QLatin1String(key)).toObject();
        n = x.value(QStringLiteral("n")).toInt();
        met = x.value(QStringLiteral("met")).toInt();
    };
    read("sign_for_30s", g.signForN, g.signForMet);
    read("call_to_dispatch", g.callToDispatchN, g.callToDispatchMet);
    read("arrival", g.arrivalN, g.arrivalMet);
    const QJsonObject cb = f.value(QStringLiteral("callbacks")).toObject();
    g.callbacksMade = cb.value(QStringLiteral("made")).toInt();
    g.callbacksReached = cb.value(QStringLiteral("reached")).toInt();
    g.callbacksNotReached = cb.value(QStringLiteral("not_reached")).toInt();
    g.callbacksUnreachable = cb.value(QStringLiteral("unreachable")).toInt();
    g.satisfied = cb.value(QStringLiteral("satisfied")).toInt();
    g.basicallySatisfied = cb.value(QStringLiteral("basically_satisfied")).toInt();
    g.unsatisfied = cb.value(QStringLiteral("unsatisfied")).toInt();
    for (const QJsonValue& v : o.value(QStringLiteral("agency_notifications")).toArray()) {
        const QJsonObject n = v.toObject();
        r.notifications.append({n.value(QStringLiteral("incident")).toInteger(), n.value(QStringLiteral("number")).toString(),
                                n.value(QStringLiteral("agency")).toString(), fromIso(n.value(QStringLiteral("notified_at"))),
                                n.value(QStringLiteral("notified_by")).toString(),
                                n.value(QStringLiteral("acknowledged_at")).isNull() ? 0 : fromIso(n.value(QStringLiteral("acknowledged_at"))),
                                n.value(QStringLiteral("acknowledged_by")).toString()});
    }
    for (const QJsonValue& v : o.value(QStringLiteral("breaches")).toArray()) {
        const QJsonObject b = v.toObject();
        r.breaches.append({b.value(QStringLiteral("incident")).toInteger(), b.value(QStringLiteral("number")).toString(),
                           b.value(QStringLiteral("clock")).toString(), fromIso(b.value(QStringLiteral("deadline"))),
                           b.value(QStringLiteral("late_seconds")).toInteger(), b.value(QStringLiteral("unit")).toString(),
                           b.value(QStringLiteral("running")).toBool(), fromIso(b.value(QStringLiteral("breached_at")))});
    }
    for (const QJsonValue& v : o.value(QStringLiteral("carried_over")).toArray()) {
        const QJsonObject x = v.toObject();
        r.carried.append({x.value(QStringLiteral("kind")).toString(), x.value(QStringLiteral("id")).toInteger(),
                          x.value(QStringLiteral("incident")).toInteger(), x.value(QStringLiteral("number")).toString(),
                          x.value(QStringLiteral("what")).toString(), x.value(QStringLiteral("state")).toString(),
                          x.value(QStringLiteral("owner")).toString(), fromIso(x.value(QStringLiteral("since"))),
                          fromIso(x.value(QStringLiteral("deadline")))});
    }
    for (const QJsonValue& v : o.value(QStringLiteral("units")).toArray()) {
        const QJsonObject x = v.toObject();
        r.units.append({x.value(QStringLiteral("id")).toInteger(), x.value(QStringLiteral("callsign")).toString(),
                        x.value(QStringLiteral("type")).toString(), x.value(QStringLiteral("state")).toString(),
                        x.value(QStringLiteral("where")).toString(), x.value(QStringLiteral("incident")).toInteger(),
                        x.value(QStringLiteral("number")).toString()});
    }
    for (const QJsonValue& v : o.value(QStringLiteral("notable")).toArray()) {
        const QJsonObject x = v.toObject();
        r.notable.append({fromIso(x.value(QStringLiteral("at"))), x.value(QStringLiteral("kind")).toString(),
                          x.value(QStringLiteral("incident")).toInteger(), x.value(QStringLiteral("number")).toString(),
                          x.value(QStringLiteral("text")).toString(), x.value(QStringLiteral("by")).toString()});
    }
    const QJsonObject n = o.value(QStringLiteral("notes")).toObject();
    for (auto it = n.begin(); it != n.end(); ++it)
        r.notes.insert(it.key(), it.value().toString());
    return r;
}

QList<ReportTable> HandoverReport::tables(const QTimeZone& zone, const QString& language) const
{
    const Taxonomy& tax = Taxonomy::builtin();
    const HandoverFigures& f = figures;
    QList<ReportTable> out;
    const auto note = [&](ReportTable& t, const QString& section) {
        const QString text = notes.value(section).trimmed();
        if (!text.isEmpty())
            t.rows << QStringList{tr("Leader's note"), text};
    };

    ReportTable fig{QStringLiteral("figures"), sectionTitle(QStringLiteral("figures")), {tr("Figure"), tr("Value")}, {}};
    fig.rows << QStringList{tr("Calls (incidents received)"), QString::number(f.calls)}
             << QStringList{tr("Further callers merged"), QString::number(f.furtherCallers)};
    QStringList lines, cats, prios;
    for (auto it = f.byLine.cbegin(); it != f.byLine.cend(); ++it)
        lines << QStringLiteral("%1 %2").arg(tax.lineLabel(it.key(), language)).arg(it.value());
    for (auto it = f.byCategory.cbegin(); it != f.byCategory.cend(); ++it)
        cats << QStringLiteral("%1 %2").arg(tax.categoryLabel(it.key(), language)).arg(it.value());
    for (auto it = f.byPriority.cbegin(); it != f.byPriority.cend(); ++it)
        prios << QStringLiteral("P%1 %2").arg(it.key()).arg(it.value());
    fig.rows << QStringList{tr("By line"), lines.join(QStringLiteral(" · "))}
             << QStringList{tr("By category"), cats.join(QStringLiteral(" · "))}
             << QStringList{tr("By priority"), prios.join(QStringLiteral(" · "))}
             << QStringList{tr("Dispatched"), QString::number(f.dispatched)}
             << QStringList{tr("Diverted to agencies"), QString::number(f.diverted)}
             << QStringList{tr("Merged as duplicates"), QString::number(f.mergedIncidents)}
             << QStringList{tr("Transferred to stations"), QString::number(f.transferred)}
             << QStringList{tr("Closed"), QString::number(f.closed)}
             << QStringList{tr("Cancelled"), QString::number(f.cancelled)}
             << QStringList{tr("Signed for within 30 s"), QStringLiteral("%1 / %2 (%3)").arg(f.signForMet).arg(f.signForN).arg(ReportTables::percent(f.signForMet, f.signForN))}
             << QStringList{tr("Dispatched within the target"), QStringLiteral("%1 / %2 (%3)").arg(f.callToDispatchMet).arg(f.callToDispatchN).arg(ReportTables::percent(f.callToDispatchMet, f.callToDispatchN))}
             << QStringList{tr("On scene within the circle's 1/3/5 min"), QStringLiteral("%1 / %2 (%3)").arg(f.arrivalMet).arg(f.arrivalN).arg(ReportTables::percent(f.arrivalMet, f.arrivalN))}
             << QStringList{tr("Callbacks made"), tr("%1 (reached %2, not reached %3, unreachable %4)").arg(f.callbacksMade).arg(f.callbacksReached).arg(f.callbacksNotReached).arg(f.callbacksUnreachable)}
             << QStringList{tr("Satisfied or basically satisfied"), QStringLiteral("%1 / %2 (%3)").arg(f.satisfied + f.basicallySatisfied).arg(f.callbacksReached).arg(ReportTables::percent(f.satisfied + f.basicallySatisfied, f.callbacksReached))};
    note(fig, QStringLiteral("figures"));
    out << fig;

    ReportTable br{QStringLiteral("breaches"), tr("Clock breaches in the shift"), {tr("Incident"), tr("Clock"), tr("Deadline"), tr("Late")}, {}};
    for (const HandoverBreach& b : breaches) {
        const auto kind = ResponsePolicy::kindFromCode(b.clock);
        const QString clock = kind ? ResponsePolicy::label(*kind) : b.clock;
        const QString late = ReportTables::seconds(double(b.lateSeconds));
        br.rows << QStringList{b.number, b.callsign.isEmpty() ? clock : tr("%1 of %2").arg(clock, b.callsign),
                               local(b.deadlineMs, zone), b.running ? tr("%1, still running").arg(late) : late};
    }
    out << br;

    ReportTable ag{QStringLiteral("agencies"), tr("Linked agencies notified"),
                   {tr("Notified"), tr("Incident"), tr("Agency"), tr("Acknowledged")}, {}};
    for (const HandoverNotification& n : notifications)
        ag.rows << QStringList{local(n.notifiedAtMs, zone), n.number, tax.agencyLabel(n.agency, language),
                               n.acknowledgedAtMs ? tr("%1 by %2").arg(local(n.acknowledgedAtMs, zone), n.acknowledgedBy)
                                                  : tr("not yet acknowledged")};
    out << ag;

    ReportTable car{QStringLiteral("carried_over"),
                    tr("%1 (%2 items, %3 overdue)").arg(sectionTitle(QStringLiteral("carried_over"))).arg(carried.size()).arg(overdueCarried()),
                    {tr("Item"), tr("Incident"), tr("What"), tr("State"), tr("Owed by"), tr("Since"), tr("Clock")}, {}};
    for (const CarriedItem& c : carried)
        car.rows << QStringList{kindLabel(c.kind), c.number, TextLimits::elide(c.what, kCellChars), stateLabel(c.kind, c.state), c.owner,
                                local(c.sinceMs, zone), clockText(c.deadlineMs, asOfMs)};
    note(car, QStringLiteral("carried_over"));
    out << car;

    ReportTable un{QStringLiteral("units"), sectionTitle(QStringLiteral("units")), {tr("Unit"), tr("Type"), tr("State"), tr("Where"), tr("On")}, {}};
    for (const HandoverUnit& u : units) {
        const auto s = UnitLifecycle::fromCode(u.state);
        un.rows << QStringList{u.callsign, tax.unitTypeLabel(u.type, language), s ? UnitLifecycle::label(*s) : u.state, u.where,
                               u.number};
    }
    note(un, QStringLiteral("units"));
    out << un;

    ReportTable tasks{QStringLiteral("open_tasks"), tr("Units with open tasks at the change"), {tr("Unit"), tr("On"), tr("State")}, {}};
    for (const HandoverUnit* u : unitsWithOpenTasks()) {
        const auto s = UnitLifecycle::fromCode(u->state);
        tasks.rows << QStringList{u->callsign, u->number, s ? UnitLifecycle::label(*s) : u->state};
    }
    out << tasks;

    ReportTable nt{QStringLiteral("notable"), sectionTitle(QStringLiteral("notable")), {tr("Time"), tr("Event"), tr("Incident"), tr("Details")}, {}};
    for (const NotableEvent& n : notable)
        nt.rows << QStringList{local(n.atMs, zone), kindLabel(n.kind), n.number, TextLimits::elide(n.text, kCellChars)};
    note(nt, QStringLiteral("notable"));
    out << nt;

    if (!notes.value(QStringLiteral("general")).trimmed().isEmpty())
        out << ReportTable{QStringLiteral("general"), sectionTitle(QStringLiteral("general")), {tr("Remarks")},
                           {QStringList{notes.value(QStringLiteral("general")).trimmed()}}};
    return out;
}

} // namespace dispatch
