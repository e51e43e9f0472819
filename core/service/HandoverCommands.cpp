// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/HandoverCommands.h"

#include "auth/SignInPolicy.h"
#include "domain/EventKinds.h"
#include "domain/TextLimits.h"
#include "handover/HandoverBuilder.h"
#include "service/Board.h"
#include "service/CommandContext.h"
#include "service/IncidentCommands.h"
#include "store/Database.h"
#include "store/HandoverRepository.h"
#include "store/Sql.h"
#include "util/Result.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>

namespace dispatch {

namespace {

QString iso(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
}

Handover load(CommandContext& ctx, qint64 id)
{
    std::optional<Handover> h = HandoverRepository::find(ctx.db(), id);
    if (!h)
        throw DispatchError(HandoverCommands::tr("no handover with id %1").arg(id));
    return *h;
}

QString displayName(CommandContext& ctx)
{
    const User* u = ctx.board().user(ctx.actor().userId);
    return u ? u->displayName : ctx.actor().username;
}

/// The leader the roster names for the shift starting at `shiftStartMs`, if any.
std::optional<RosterEntry> rosteredLeader(CommandContext& ctx, qint64 shiftStartMs)
{
    for (const RosterEntry& e : HandoverRepository::roster(ctx.db(), shiftStartMs))
        if (e.duty == QLatin1String("leader"))
            return e;
    return std::nullopt;
}

/// Builds the report of the handover's shift as of now (at most the shift's end), keeping the notes written so far.
void rebuild(CommandContext& ctx, Handover& h)
{
    ShiftInstance shift;
    shift.slot = h.slot;
    shift.name = h.shiftName;
    shift.start = QDateTime::fromMSecsSinceEpoch(h.shiftStartMs, QTimeZone::utc());
    shift.end = QDateTime::fromMSecsSinceEpoch(h.shiftEndMs, QTimeZone::utc());
    HandoverReport r = HandoverBuilder::build(ctx.db(), ctx.board(), ctx.policy(), shift, ctx.now() + 1);
    if (const auto before = h.report())
        r.notes = before->notes;
    h.content = QJsonDocument(r.toJson(ctx.timeZone())).toJson(QJsonDocument::Compact);
    h.builtAtMs = ctx.now();
}

QJsonObject shiftPayload(CommandContext& ctx, const Handover& h)
{
    return {{QStringLiteral("shift"), h.shiftName},
            {QStringLiteral("shift_start"), iso(h.shiftStartMs, ctx.timeZone())},
            {QStringLiteral("shift_end"), iso(h.shiftEndMs, ctx.timeZone())}};
}

/// A refusal because of the handover's state, with who changed it last and when: often the other leader's desk a moment
/// ago, which this desk's screen did not show yet.
QString withLastChange(const CommandContext& ctx, const Handover& h, const QString& refusal)
{
    const QString who = ctx.lastChangeBy(QStringLiteral("handover"), h.id);
    return who.isEmpty() ? refusal : HandoverCommands::tr("%1 (last changed %2)").arg(refusal, who);
}

} // namespace

qint64 HandoverCommands::prepare(CommandContext& ctx, const ShiftInstance& shift)
{
    ctx.requireRole({Role::ShiftLeader}, false);
    if (!shift.isValid() || shift.end <= shift.start)
        throw DispatchError(tr("no such shift"), QStringLiteral("shift"));
    if (shift.start.toMSecsSinceEpoch() > ctx.now())
        throw DispatchError(tr("the shift has not begun yet"), QStringLiteral("shift"));
    std::optional<Handover> existing = HandoverRepository::forShift(ctx.db(), shift.start.toMSecsSinceEpoch());
    Handover h = existing.value_or(Handover{});
    if (existing && (h.state == HandoverState::Signed || h.state == HandoverState::Accepted))
        throw DispatchError(tr("the handover of this shift is already %1").arg(HandoverCodes::label(h.state)),
                            QStringLiteral("handover %1").arg(h.id));
    if (!existing) {
        h.shiftStartMs = shift.start.toMSecsSinceEpoch();
        h.shiftEndMs = shift.end.toMSecsSinceEpoch();
        h.slot = shift.slot;
        h.shiftName = shift.name;
        h.state = HandoverState::Draft;
    }
    rebuild(ctx, h);
    QJsonObject payload = shiftPayload(ctx, h);
    const HandoverReport r = *h.report();
    payload.insert(QStringLiteral("carried_over"), int(r.carried.size()));
    payload.insert(QStringLiteral("as_of"), iso(r.asOfMs, ctx.timeZone()));
    if (existing) {
        HandoverRepository::update(ctx.db(), h);
        ctx.record(events::kHandoverRebuilt, QStringLiteral("handover"), h.id, payload);
    } else {
        h.id = HandoverRepository::insert(ctx.db(), h);
        ctx.record(events::kHandoverPrepared, QStringLiteral("handover"), h.id, payload);
    }
    ctx.touch(Entity::Handover, h.id);
    return h.id;
}

void HandoverCommands::setNotes(CommandContext& ctx, qint64 handoverId, const QString& section, const QString& text)
{
    ctx.requireRole({Role::ShiftLeader}, false);
    TextLimits::require(text.trimmed(), TextLimits::kHandoverNote, QStringLiteral("text"), tr("The note"));
    Handover h = load(ctx, handoverId);
    if (h.state != HandoverState::Draft && h.state != HandoverState::Rejected)
        throw DispatchError(tr("the handover is %1: its notes can no longer change").arg(HandoverCodes::label(h.state)),
                            QStringLiteral("handover %1").arg(h.id));
    if (!HandoverReport::sections().contains(section))
        throw DispatchError(tr("no section \"%1\" in a handover").arg(section), QStringLiteral("section"));
    QJsonObject content = QJsonDocument::fromJson(h.content).object();
    QJsonObject notes = content.value(QStringLiteral("notes")).toObject();
    if (text.trimmed().isEmpty())
        notes.remove(section);
    else
        notes.insert(section, text.trimmed());
    content.insert(QStringLiteral("notes"), notes);
    h.content = QJsonDocument(content).toJson(QJsonDocument::Compact);
    HandoverRepository::update(ctx.db(), h);
    ctx.record(events::kHandoverNoted, QStringLiteral("handover"), h.id,
               {{QStringLiteral("section"), section}, {QStringLiteral("text"), text.trimmed()}});
    ctx.touch(Entity::Handover, h.id);
}

void HandoverCommands::sign(CommandContext& ctx, qint64 handoverId)
{
    ctx.requireRole({Role::ShiftLeader}, false);
    Handover h = load(ctx, handoverId);
    if (h.state != HandoverState::Draft && h.state != HandoverState::Rejected) {
        const QString refusal = tr("the handover is %1: it cannot be signed now").arg(HandoverCodes::label(h.state));
        throw DispatchError(withLastChange(ctx, h, refusal), QStringLiteral("handover %1").arg(h.id));
    }
    // A signature says the shift is over: not hours before its end.
    const int before = SignInPolicy::of(ctx.db()).signBeforeEndMinutes;
    if (ctx.now() < h.shiftEndMs - qint64(before) * 60 * 1000) {
        const auto at = [&](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, ctx.board().timeZone()).toString(QStringLiteral("HH:mm")); };
        throw DispatchError(tr("the shift ends at %1: its handover is signed from %2 (%3 min before the end)")
                                .arg(at(h.shiftEndMs), at(h.shiftEndMs - qint64(before) * 60 * 1000))
                                .arg(before),
                            QStringLiteral("time"));
    }
    if (const auto leader = rosteredLeader(ctx, h.shiftStartMs); leader && leader->username != ctx.actor().username)
        throw DispatchError(tr("the roster names %1 as the leader of this shift: only they sign its handover")
                                .arg(leader->displayName),
                            QStringLiteral("roster"));
    rebuild(ctx, h); // nothing opened since the draft may be missing
    h.state = HandoverState::Signed;
    h.outgoingUser = ctx.actor().username;
    h.outgoingName = displayName(ctx);
    h.signedAtMs = ctx.now();
    h.incomingUser.clear();
    h.incomingName.clear();
    HandoverRepository::update(ctx.db(), h);
    QJsonObject payload = shiftPayload(ctx, h);
    payload.insert(QStringLiteral("content_sha256"),
                   QString::fromLatin1(QCryptographicHash::hash(h.content, QCryptographicHash::Sha256).toHex()));
    payload.insert(QStringLiteral("carried_over"), int(h.report()->carried.size()));
    ctx.record(events::kHandoverSigned, QStringLiteral("handover"), h.id, payload);
    ctx.touch(Entity::Handover, h.id);
}

void HandoverCommands::accept(CommandContext& ctx, qint64 handoverId, const QString& comment)
{
    ctx.requireRole({Role::ShiftLeader}, false);
    TextLimits::require(comment.trimmed(), TextLimits::kNote, QStringLiteral("comment"), tr("The comment"));
    Handover h = load(ctx, handoverId);
    if (h.state != HandoverState::Signed) {
        const QString refusal =
            tr("only a signed handover can be accepted (this one is %1)").arg(HandoverCodes::label(h.state));
        throw DispatchError(withLastChange(ctx, h, refusal), QStringLiteral("handover %1").arg(h.id));
    }
    if (h.outgoingUser == ctx.actor().username)
        throw DispatchError(tr("the incoming leader accepts the handover, not the one who signed it"), QStringLiteral("user"));
    if (const auto leader = rosteredLeader(ctx, h.shiftEndMs); leader && leader->username != ctx.actor().username)
        throw DispatchError(tr("the roster names %1 as the incoming leader: only they accept this handover").arg(leader->displayName),
                            QStringLiteral("roster"));
    h.state = HandoverState::Accepted;
    h.incomingUser = ctx.actor().username;
    h.incomingName = displayName(ctx);
    h.acceptedAtMs = ctx.now();
    h.contentHash = h.computeHash();
    HandoverRepository::update(ctx.db(), h);
    HandoverRepository::insertReview(ctx.db(), {0, h.id, ctx.now(), ctx.actor().username, QStringLiteral("accepted"),
                                                comment.trimmed()});
    QJsonObject payload = shiftPayload(ctx, h);
    payload.insert(QStringLiteral("hash"), h.contentHash);
    payload.insert(QStringLiteral("outgoing"), h.outgoingUser);
    payload.insert(QStringLiteral("comment"), comment.trimmed());
    ctx.record(events::kHandoverAccepted, QStringLiteral("handover"), h.id, payload);
    ctx.touch(Entity::Handover, h.id);
}

void HandoverCommands::reject(CommandContext& ctx, qint64 handoverId, const QString& comment)
{
    ctx.requireRole({Role::ShiftLeader}, false);
    TextLimits::require(comment.trimmed(), TextLimits::kNote, QStringLiteral("comment"), tr("The comment"));
    Handover h = load(ctx, handoverId);
    if (h.state != HandoverState::Signed) {
        const QString refusal =
            tr("only a signed handover can be rejected (this one is %1)").arg(HandoverCodes::label(h.state));
        throw DispatchError(withLastChange(ctx, h, refusal), QStringLiteral("handover %1").arg(h.id));
    }
    if (h.outgoingUser == ctx.actor().username)
        throw DispatchError(tr("the incoming leader reviews the handover, not the one who signed it"), QStringLiteral("user"));
    if (comment.trimmed().isEmpty())
        throw DispatchError(tr("say what is missing or wrong"), QStringLiteral("comment"));
    h.state = HandoverState::Rejected;
    HandoverRepository::update(ctx.db(), h);
    HandoverRepository::insertReview(ctx.db(), {0, h.id, ctx.now(), ctx.actor().username, QStringLiteral("rejected"),
                                                comment.trimmed()});
    QJsonObject payload = shiftPayload(ctx, h);
    payload.insert(QStringLiteral("comment"), comment.trimmed());
    payload.insert(QStringLiteral("outgoing"), h.outgoingUser);
    ctx.record(events::kHandoverRejected, QStringLiteral("handover"), h.id, payload);
    ctx.touch(Entity::Handover, h.id);
}

void HandoverCommands::flag(CommandContext& ctx, const QString& text, qint64 incidentId)
{
    ctx.requireRole({Role::ShiftLeader}, false);
    TextLimits::require(text.trimmed(), TextLimits::kReason, QStringLiteral("text"), tr("The flag"));
    if (text.trimmed().isEmpty())
        throw DispatchError(tr("say what the handover must mention"), QStringLiteral("text"));
    QJsonObject payload{{QStringLiteral("text"), text.trimmed()}};
    if (incidentId) {
        payload.insert(QStringLiteral("incident"), incidentId);
        payload.insert(QStringLiteral("number"), IncidentCommands::load(ctx, incidentId).number);
    }
    ctx.record(events::kShiftFlagged, incidentId ? QStringLiteral("incident") : QStringLiteral("shift"), incidentId,
               payload);
    ctx.touch(Entity::Handover, 0);
}

void HandoverCommands::setShiftPattern(CommandContext& ctx, const ShiftPattern& pattern)
{
    ctx.requireRole({Role::ShiftLeader, Role::Administrator});
    const QByteArray json = pattern.toJson();
    ctx.database().setMeta(QStringLiteral("shift_pattern"), QString::fromUtf8(json));
    ctx.record(events::kShiftPatternChanged, QStringLiteral("shift"), 0,
               {{QStringLiteral("pattern"), QJsonDocument::fromJson(json).array()}});
    ctx.touch(Entity::Reference, 0);
}

void HandoverCommands::setRoster(CommandContext& ctx, const ShiftInstance& shift, const QList<RosterEntry>& entries)
{
    ctx.requireRole({Role::ShiftLeader, Role::Administrator});
    if (!shift.isValid())
        throw DispatchError(tr("no such shift"), QStringLiteral("shift"));
    int leaders = 0;
    QSet<qint64> seen;
    QJsonArray people;
    for (const RosterEntry& e : entries) {
        const User* u = ctx.board().user(e.userId);
        if (!u)
            throw DispatchError(tr("no user with id %1").arg(e.userId), QStringLiteral("user"));
        if (seen.contains(e.userId))
            throw DispatchError(tr("%1 is on the roster twice").arg(u->displayName), QStringLiteral("user"));
        seen.insert(e.userId);
        if (e.duty == QLatin1String("leader")) {
            if (u->role != Role::ShiftLeader)
                throw DispatchError(tr("%1 is not a shift leader").arg(u->displayName), QStringLiteral("duty"));
            ++leaders;
        } else if (e.duty != QLatin1String("dispatcher")) {
            throw DispatchError(tr("a duty is \"leader\" or \"dispatcher\", not \"%1\"").arg(e.duty), QStringLiteral("duty"));
        }
        people.append(QJsonObject{{QStringLiteral("user"), u->username}, {QStringLiteral("duty"), e.duty},
                                  {QStringLiteral("desk"), e.desk}});
    }
    if (leaders > 1)
        throw DispatchError(tr("a shift has one leader on the roster"), QStringLiteral("duty"));
    HandoverRepository::setRoster(ctx.db(), shift.start.toMSecsSinceEpoch(), shift.end.toMSecsSinceEpoch(), shift.name, entries);
    ctx.record(events::kShiftRosterSet, QStringLiteral("shift"), 0,
               {{QStringLiteral("shift"), shift.name},
                {QStringLiteral("shift_start"), iso(shift.start.toMSecsSinceEpoch(), ctx.timeZone())},
                {QStringLiteral("people"), people}});
    ctx.touch(Entity::Handover, 0);
}

} // namespace dispatch
