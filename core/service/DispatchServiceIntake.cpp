// SPDX-License-Identifier: GPL-3.0-or-later
// DispatchService: taking calls (triage, duplicates, merged callers, links, work orders) and the incident's own record
// (its state by hand, a corrected place).
#include "service/DispatchService.h"
#include "service/DispatchServicePerform.h"

#include "service/AgencyCommands.h"
#include "service/CommandContext.h"
#include "service/HandInCommands.h"
#include "service/IncidentCommands.h"
#include "service/IntakeCommands.h"
#include "store/AgencyNotificationRepository.h"
#include "store/Database.h"
#include "store/FollowUpItemRepository.h"
#include "store/IncidentRepository.h"
#include "store/IntakeRepository.h"
#include "util/Clock.h"

#include <algorithm>

namespace dispatch {

Result<qint64> DispatchService::createIncident(const IncidentDraft& draft)
{
    const std::shared_ptr<const TriageEngine> engine = m_triage;
    return perform<qint64>(
        [&](CommandContext& ctx) { return IntakeCommands::createFromCall(ctx, draft, engine->rules()); });
}

Result<QList<qint64>> DispatchService::handIn(const QList<EidoHandIn>& incidents, const QString& line)
{
    return perform<QList<qint64>>([&](CommandContext& ctx) {
        QList<qint64> ids;
        for (qsizetype k = 0; k < incidents.size(); ++k) {
            try {
                ids.append(HandInCommands::take(ctx, incidents.at(k), line));
            } catch (const DispatchError& e) {
                if (incidents.size() == 1)
                    throw;
                throw DispatchError(e.error().message, QStringLiteral("[%1].%2").arg(k).arg(e.error().where));
            }
        }
        return ids;
    });
}

Status DispatchService::loadCallQuestions(const QString& path)
{
    Result<CallQuestions> q = CallQuestions::fromFile(path);
    if (!q)
        return q.error();
    m_questions = std::make_shared<CallQuestions>(std::move(q).value());
    Q_EMIT triageRulesChanged();
    return Done{};
}

Status DispatchService::loadTriageRules(const QString& path)
{
    Result<TriageRuleSet> rules = TriageRuleSet::fromFile(path);
    if (!rules)
        return rules.error();
    setTriageEngine(std::make_shared<const TriageEngine>(std::move(rules).value()));
    return Done{};
}

void DispatchService::setTriageEngine(std::shared_ptr<const TriageEngine> engine)
{
    m_triage = std::move(engine);
    Q_EMIT triageRulesChanged();
}

TriageDecision DispatchService::triage(const QString& line, const QString& text,
                                       const std::optional<GeoPoint>& position, qint64 atMs) const
{
    TriageInput in;
    in.line = line;
    in.text = text;
    if (position)
        if (const Zone* z = m_board.zoneAt(*position))
            in.tier = z->tier;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs ? atMs : m_clock.nowMs(), QTimeZone::utc())
                             .toTimeZone(m_board.timeZone());
    in.minuteOfDay = at.time().hour() * 60 + at.time().minute();
    return m_triage->evaluate(in);
}

DuplicateReport DispatchService::findDuplicates(const DuplicateQuery& query) const
{
    try {
        DuplicateQuery q = query;
        if (!q.atMs)
            q.atMs = m_clock.nowMs();
        return DuplicateSearch::run(m_db.connection(), m_triage->rules(), q);
    } catch (const DispatchError& e) {
        reportReadFailure(e.error()); // the desk's banner says the search could not run: not "no duplicates"
        return {};
    }
}

Status DispatchService::mergeCall(qint64 targetIncidentId, const IncidentDraft& call)
{
    const std::shared_ptr<const TriageEngine> engine = m_triage;
    return perform<Done>([&](CommandContext& ctx) {
        IntakeCommands::mergeCall(ctx, targetIncidentId, call, engine->rules());
        return Done{};
    });
}

Status DispatchService::linkIncidents(qint64 incidentId, qint64 linkedId, const QString& reason)
{
    return perform<Done>([&](CommandContext& ctx) {
        IntakeCommands::link(ctx, incidentId, linkedId, reason);
        return Done{};
    });
}

Status DispatchService::advanceWorkOrder(qint64 workOrderId, WorkOrderState to, const QString& note,
                                         const QString& policeCategory, int priority)
{
    return perform<Done>([&](CommandContext& ctx) {
        IntakeCommands::advanceWorkOrder(ctx, workOrderId, to, note, policeCategory, priority);
        return Done{};
    });
}

ReadList<IncidentCaller> DispatchService::callers(qint64 incidentId) const
{
    return read<ReadList<IncidentCaller>>([&] { return IntakeRepository::callers(m_db.connection(), incidentId); });
}

ReadList<WorkOrder> DispatchService::workOrders(qint64 incidentId) const
{
    return read<ReadList<WorkOrder>>([&] { return IntakeRepository::workOrders(m_db.connection(), incidentId); });
}

ReadList<RepeatMark> DispatchService::repeatMarks(qint64 incidentId) const
{
    return read<ReadList<RepeatMark>>([&] { return IntakeRepository::marks(m_db.connection(), incidentId); });
}

DiversionFigures DispatchService::diversion(qint64 fromMs, qint64 toMs) const
{
    try {
        return IntakeRepository::diversion(m_db.connection(), fromMs, toMs);
    } catch (const DispatchError& e) {
        reportReadFailure(e.error());
        return {};
    }
}

ReadList<qint64> DispatchService::links(qint64 incidentId) const
{
    return read<ReadList<qint64>>([&] { return IntakeRepository::links(m_db.connection(), incidentId); });
}

Status DispatchService::changeIncidentState(qint64 incidentId, IncidentState to, const QString& reason)
{
    const std::optional<qint64> seen = seenVersion(Entity::Incident, incidentId);
    return perform<Done>([&](CommandContext& ctx) {
        IncidentCommands::requireAsSeen(ctx, incidentId, seen);
        IncidentCommands::transition(ctx, incidentId, to, reason);
        return Done{};
    });
}

Status DispatchService::correctPlace(qint64 incidentId, const QString& address, const std::optional<GeoPoint>& position,
                                     const QString& reason)
{
    return perform<Done>([&](CommandContext& ctx) {
        IncidentCommands::correctPlace(ctx, incidentId, address, position, reason);
        return Done{};
    });
}

Result<qint64> DispatchService::notifyAgency(qint64 incidentId, const QString& agency, const QString& note)
{
    return perform<qint64>([&](CommandContext& ctx) { return AgencyCommands::notify(ctx, incidentId, agency, note); });
}

Status DispatchService::acknowledgeAgency(qint64 notificationId, const QString& by)
{
    return perform<Done>([&](CommandContext& ctx) {
        AgencyCommands::acknowledge(ctx, notificationId, by);
        return Done{};
    });
}

ReadList<AgencyNotification> DispatchService::agencyNotifications(qint64 incidentId) const
{
    return read<ReadList<AgencyNotification>>([&] { return AgencyNotificationRepository::forIncident(m_db.connection(), incidentId); });
}

Status DispatchService::recordAnswers(qint64 incidentId, const QList<CallAnswer>& answers)
{
    return perform<Done>([&](CommandContext& ctx) {
        AgencyCommands::recordAnswers(ctx, incidentId, answers);
        return Done{};
    });
}

ReadList<CallAnswer> DispatchService::callAnswers(qint64 incidentId) const
{
    return read<ReadList<CallAnswer>>([&] { return AgencyNotificationRepository::answers(m_db.connection(), incidentId); });
}

QList<EventRecord> DispatchService::incidentHistory(qint64 incidentId) const
{
    QList<EventRecord> events = history(QStringLiteral("incident"), incidentId);
    for (const WorkOrder& w : workOrders(incidentId))
        events += history(QStringLiteral("work_order"), w.id);
    for (const Transfer& t : transfersOf(incidentId))
        events += history(QStringLiteral("transfer"), t.id);
    if (const std::optional<Callback> c = callbackOf(incidentId))
        events += history(QStringLiteral("callback"), c->id);
    for (const Mediation& m : mediationsOf(incidentId))
        events += history(QStringLiteral("mediation"), m.id);
    // The declared follow-up lists' items about it (a referral and what came back).
    const ReadList<qint64> declared = read<ReadList<qint64>>(
        [&] { return FollowUpItemRepository::idsOfIncident(m_db.connection(), incidentId); });
    for (qint64 id : declared)
        events += history(QStringLiteral("followup"), id);
    std::sort(events.begin(), events.end(), [](const EventRecord& x, const EventRecord& y) { return x.seq < y.seq; });
    return events;
}

} // namespace dispatch
