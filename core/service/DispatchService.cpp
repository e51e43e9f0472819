// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/DispatchService.h"
#include "service/DispatchServicePerform.h"

#include "domain/EventKinds.h"
#include "followup/FollowUpKind.h"
#include "service/CommandContext.h"
#include "service/IncidentCommands.h"
#include "service/IntakeCommands.h"
#include "service/UnitCommands.h"
#include "store/AssignmentRepository.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"
#include "store/EventLog.h"
#include "store/IncidentRepository.h"
#include "store/Sql.h"
#include "store/StoreGuards.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"
#include "util/Clock.h"

#include <QDateTime>

#include <cmath>
#include <QSet>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace dispatch {

DispatchService::DispatchService(Database& db, const Clock& clock, QString desk, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_desk(std::move(desk)), m_triage(TriageEngine::builtin()),
      m_questions(std::make_shared<CallQuestions>(CallQuestions::builtin())), m_policy(ResponsePolicy::builtin()),
      m_warningPolicy(WarningPolicy::builtin())
{
    m_board.load(m_db.connection());
    // Someone who went around the application may have dropped, switched off or rewritten the triggers that keep
    // the log append-only: they are made again before this desk writes anything, and the log says so.
    if (!StoreGuards::check(m_db.connection()).isEmpty()) {
        const QString tool = std::exchange(m_systemTool, QStringLiteral("store"));
        const Status done = perform<Done>([&](CommandContext& ctx) {
            QJsonArray restored;
            for (const GuardFinding& f : StoreGuards::restore(ctx.db()))
                restored.append(QString(f.trigger + u' ' + f.problem)); // codes in the log, not one language's words
            if (!restored.isEmpty())
                ctx.record(events::kStoreGuardsRestored, QStringLiteral("store"), 0,
                           {{QStringLiteral("restored"), restored}});
            return Done{};
        });
        m_systemTool = tool;
        if (!done)
            qWarning("dispatch: the store's guards could not be restored: %s", qPrintable(done.errorString()));
    }
    m_dataVersion = m_db.dataVersion();
    m_seenSeq = EventLog::lastSeq(m_db.connection());
}

DispatchService::~DispatchService() = default;

Actor DispatchService::actor() const
{
    if (m_user)
        return {m_user->id, m_user->username, m_desk};
    if (!m_systemTool.isEmpty())
        return {0, m_systemTool, m_desk};
    return {};
}

void DispatchService::actAsSystem(const QString& toolName)
{
    m_user.reset();
    m_systemTool = toolName;
}

void DispatchService::publish(const ChangeEvent& c)
{
    const QSqlDatabase& db = m_db.connection();
    if (c.touches(Entity::Reference)) {
        m_roadsRead = false; // a map imported: the roads are read again when next asked for
        m_board.reloadReference(db);
        Q_EMIT referenceChanged();
    }
    if (c.touches(Entity::Incident)) {
        const Board::IncidentDelta d = m_board.refreshIncidents(db, c.ids(Entity::Incident));
        if (!d.added.isEmpty()) {
            Q_EMIT incidentsAdded(d.added);
            Q_EMIT incidentsArrived(d.added);
        }
        if (!d.changed.isEmpty())
            Q_EMIT incidentsChanged(d.changed);
        if (!d.removed.isEmpty())
            Q_EMIT incidentsRemoved(d.removed);
    }
    if (!c.refixed().isEmpty())
        m_board.refixUnits(c.refixed());
    if (c.touches(Entity::Unit) || !c.refixed().isEmpty()) {
        if (c.touches(Entity::Unit))
            m_board.refreshUnits(db, c.ids(Entity::Unit));
        QSet<qint64> all = c.ids(Entity::Unit);
        for (auto it = c.refixed().cbegin(); it != c.refixed().cend(); ++it)
            all.insert(it.key());
        QList<qint64> ids(all.begin(), all.end());
        std::sort(ids.begin(), ids.end());
        Q_EMIT unitsChanged(ids);
    }
    // Each follow-up list's change, by the kinds' registry (feedback's items are incidents, announced above); the
    // declared lists share one entity, announced once.
    QList<Entity> announced{Entity::Incident};
    for (const FollowUpKind* kind : FollowUpKinds::all())
        if (c.touches(kind->entity()) && !announced.contains(kind->entity())) {
            announced.append(kind->entity());
            Q_EMIT followUpChanged(kind->entity(), c.sortedIds(kind->entity()));
        }
    if (c.touches(Entity::Handover))
        Q_EMIT handoversChanged();
    if (c.lastSeq())
        Q_EMIT eventsAppended(c.lastSeq());
    if (!c.isEmpty())
        Q_EMIT changed(c);
}

QList<sql::PipelineStep> DispatchService::readsAfterCommit(const ChangeEvent& c) const
{
    QList<sql::PipelineStep> reads;
    if (!m_db.isServer())
        return reads;
    for (qint64 id : c.sortedIds(Entity::Incident))
        reads.append({IncidentRepository::findStatement(), {id}});
    if (c.ids(Entity::Unit).size() <= Board::kUnitsReadOneByOne)
        for (qint64 id : c.sortedIds(Entity::Unit))
            reads.append({UnitRepository::findStatement(), {id}});
    return reads;
}

void DispatchService::publishCommitted(const ChangeEvent& c, std::optional<qint64> versionAfter)
{
    // The transaction is committed: whatever happens now, the command has succeeded.
    // Nobody else wrote since this desk last read the store: the feed and the data version are read up to this commit.
    // Otherwise the data version stays as it was (taking the new one would pass over the others' commits) and what the
    // others did is read from the feed right after this desk's own change is shown.
    const bool alone = versionAfter && (!c.firstSeq() || (c.firstSeq() == m_seenSeq + 1 && m_ownCommits.isEmpty()));
    if (c.firstSeq()) {
        if (alone)
            m_seenSeq = c.lastSeq();
        else
            m_ownCommits.append({c.firstSeq(), c.lastSeq()});
    }
    if (alone)
        m_dataVersion = *versionAfter;
    try {
        if (m_refreshFault)
            m_refreshFault();
        publish(c);
    } catch (const DispatchError& e) {
        qWarning("dispatch: the refresh after a committed change failed (%s); reading everything again",
                 qPrintable(e.error().toString()));
        reloadAll();
        return;
    }
    if (!alone)
        catchUp();
}

void DispatchService::reloadAll()
{
    const QList<qint64> before = m_board.activeIncidentIds();
    m_roadsRead = false;
    try {
        m_board.load(m_db.connection());
        m_seenSeq = EventLog::lastSeq(m_db.connection());
        m_ownCommits.clear();
        m_dataVersion = m_db.dataVersion();
    } catch (const DispatchError& e) {
        qWarning("dispatch: the store could not be read: %s", qPrintable(e.error().toString()));
        Q_EMIT storeReadFailed(e.error());
    }
    Q_EMIT boardReset();
    Q_EMIT handoversChanged();
    // The incidents that appeared meanwhile are announced as on the feed's path: a call another desk took while this
    // one could not read the feed is highlighted and sounded like any other.
    const QSet<qint64> known(before.cbegin(), before.cend());
    QList<qint64> arrived;
    for (qint64 id : m_board.activeIncidentIds())
        if (!known.contains(id))
            arrived.append(id);
    if (!arrived.isEmpty()) {
        std::sort(arrived.begin(), arrived.end());
        Q_EMIT incidentsArrived(arrived);
    }
}

std::optional<qint64> DispatchService::seenVersion(Entity kind, qint64 id) const
{
    if (kind == Entity::Incident) {
        if (const Incident* i = m_board.incident(id))
            return i->rowVersion;
    } else if (kind == Entity::Unit) {
        if (const Unit* u = m_board.unit(id))
            return u->rowVersion;
    }
    return std::nullopt;
}

bool DispatchService::isOwnSeq(qint64 seq) const
{
    return std::any_of(m_ownCommits.cbegin(), m_ownCommits.cend(),
                       [seq](const QPair<qint64, qint64>& r) { return seq >= r.first && seq <= r.second; });
}

ChangeEvent DispatchService::readFeed(QList<ClockBreach>& breaches)
{
    // More than this many touches behind (a desk asleep for hours, a bulk import): reading everything is cheaper.
    constexpr qint64 kMaxTouches = 20000;
    const QSqlDatabase& db = m_db.connection();
    ChangeEvent c;
    c.setFromElsewhere(true);
    const qint64 last = EventLog::lastSeq(db);
    if (last > m_seenSeq) {
        if (ChangeFeed::countAfter(db, m_seenSeq) > kMaxTouches)
            throw DispatchError(tr("too far behind the change feed"));
        for (const ChangeFeed::Touch& t : ChangeFeed::after(db, m_seenSeq, last)) {
            if (isOwnSeq(t.seq))
                continue;
            if (const std::optional<Entity> kind = Entities::fromCode(t.entity))
                c.touch(*kind, t.id);
        }
        // Deadlines another desk (or a tool) stamped as missed are announced here too: every desk watches every clock.
        for (qint64 from = m_seenSeq + 1; from <= last;) {
            const QList<EventRecord> page = EventLog::range(db, from, 5000);
            if (page.isEmpty())
                break;
            for (const EventRecord& e : page) {
                if (e.seq > last)
                    break;
                from = e.seq + 1;
                if (isOwnSeq(e.seq))
                    continue;
                c.setLastSeq(e.seq);
                if (std::optional<ClockBreach> b = ClockBreach::fromEvent(e))
                    breaches.append(*b);
            }
            if (page.last().seq > last)
                break;
        }
        m_seenSeq = last;
        m_ownCommits.removeIf([last](const QPair<qint64, qint64>& r) { return r.second <= last; });
    }
    // Positions are telemetry, not events: a unit whose stored fix differs from the board's was fixed elsewhere.
    const QHash<qint64, qint64> fixes = UnitRepository::fixTimes(db);
    for (auto it = fixes.cbegin(); it != fixes.cend(); ++it) {
        const Unit* u = m_board.unit(it.key());
        if (!u || u->fixAtMs != it.value())
            c.touch(Entity::Unit, it.key());
    }
    return c;
}

bool DispatchService::refreshIfChangedElsewhere()
{
    const qint64 v = m_db.dataVersion();
    if (v == m_dataVersion)
        return false;
    m_dataVersion = v;
    return applyFeed(true);
}

bool DispatchService::applyFeed(bool reloadWhenSilent)
{
    QList<ClockBreach> breaches;
    try {
        const ChangeEvent c = readFeed(breaches);
        if (c.isEmpty() && breaches.isEmpty()) {
            // On a server the data version is made of the log and the positions alone: a silent feed there is a
            // commit this desk has already read (it came between reading the version and reading the feed).
            if (!reloadWhenSilent || m_db.isServer())
                return false;
            // Something was written without going through the log (a repair, a script): nothing says what changed,
            // so everything is read again.
            reloadAll();
            return true;
        }
        publish(c);
    } catch (const DispatchError& e) {
        qWarning("dispatch: the change feed could not be applied (%s); reading everything again",
                 qPrintable(e.error().toString()));
        reloadAll();
    }
    if (!breaches.isEmpty())
        Q_EMIT clocksBreached(breaches);
    return true;
}

void DispatchService::poll()
{
    try {
        refreshIfChangedElsewhere();
    } catch (const DispatchError& e) {
        reportReadFailure(e.error());
    }
}

void DispatchService::catchUp()
{
    try {
        m_dataVersion = m_db.dataVersion();
        applyFeed(false);
    } catch (const DispatchError& e) {
        reportReadFailure(e.error());
    }
}

ReadOne<Incident> DispatchService::findIncident(qint64 incidentId) const
{
    if (const Incident* i = m_board.incident(incidentId))
        return *i;
    return read<ReadOne<Incident>>([&] { return IncidentRepository::find(m_db.connection(), incidentId); });
}

void DispatchService::reportReadFailure(const Error& error) const
{
    qWarning("dispatch: the store could not be read: %s", qPrintable(error.toString()));
    // A query is const for its callers; saying that it failed is not a change of the facade's state.
    Q_EMIT const_cast<DispatchService*>(this)->storeReadFailed(error);
}

ReadList<EventRecord> DispatchService::history(const QString& entity, qint64 entityId) const
{
    return read<ReadList<EventRecord>>([&] { return EventLog::forEntity(m_db.connection(), entity, entityId); });
}

ReadList<DeskSession> DispatchService::desks() const
{
    return read<ReadList<DeskSession>>([&] { return EventLog::desks(m_db.connection()); });
}

Status DispatchService::installDistrict(const DistrictData& district)
{
    return perform<Done>([&](CommandContext& ctx) {
        SetupCommands::installDistrict(ctx, district);
        return Done{};
    });
}

Result<qint64> DispatchService::addUser(const SetupCommands::NewUser& user)
{
    return perform<qint64>([&](CommandContext& ctx) { return SetupCommands::addUser(ctx, user); });
}

Status DispatchService::setPassword(const QString& username, const QString& password, int iterations)
{
    return perform<Done>([&](CommandContext& ctx) {
        SetupCommands::setPassword(ctx, username, password, iterations);
        return Done{};
    });
}

Result<ZoneImportReport> DispatchService::importZones(const QString& path, const ZoneImportOptions& options)
{
    Result<ZoneFile> file = ZoneImport::readFile(path, options);
    if (!file)
        return file.error();
    return perform<ZoneImportReport>(
        [&](CommandContext& ctx) { return ZoneCommands::importZones(ctx, *file, options); });
}

Result<ImportSummary> DispatchService::importHistory(const ImportProfile& profile, const QString& csvPath,
                                                    const ImportProgress& progress)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read: %1").arg(file.errorString()), csvPath};
    const QByteArray csv = file.readAll();
    const QString name = QFileInfo(csvPath).fileName();
    // The file is read and checked before the transaction, so that other desks wait for the store only while
    // rows are written. A stopped import returns its summary with the bad rows, having written nothing.
    // Who may import is asked first (again inside the transaction), not after reading a large file.
    if (m_user && m_user->role != Role::Administrator && m_user->role != Role::ShiftLeader)
        return Error{tr("%1 may not import history (allowed: %2, %3)")
                         .arg(Roles::label(m_user->role), Roles::label(Role::Administrator), Roles::label(Role::ShiftLeader))};
    std::shared_ptr<const ParsedImport> parsed;
    try {
        parsed = CadImport::parse(profile, csv, name, progress);
    } catch (const DispatchError& e) {
        return e.error();
    }
    Result<ImportSummary> done =
        perform<ImportSummary>([&](CommandContext& ctx) { return CadImport::write(ctx, profile, *parsed, progress); });
    if (done)
        m_db.updatePlannerStatistics();
    return done;
}

Result<qint64> DispatchService::generateHistory(const GenerateOptions& options)
{
    Result<qint64> done = perform<qint64>([&](CommandContext& ctx) { return HistoryGenerator::run(ctx, options); });
    if (done)
        m_db.updatePlannerStatistics();
    return done;
}

Result<Statistics> DispatchService::statistics(const StatsQuery& query) const
{
    return StatisticsQuery::compute(m_db, m_policy, m_board.timeZone(), query);
}

Result<WarningReport> DispatchService::zoneWarnings(qint64 asOfMs) const
{
    return ZoneWarnings::compute(m_db, m_warningPolicy, m_board.zones(), asOfMs ? asOfMs : m_clock.nowMs());
}

Status DispatchService::loadWarningPolicy(const QString& path)
{
    Result<WarningPolicy> p = WarningPolicy::fromFile(path);
    if (!p)
        return p.error();
    m_warningPolicy = std::move(p).value();
    return Done{};
}

Status DispatchService::loadResponsePolicy(const QString& path)
{
    Result<ResponsePolicy> p = ResponsePolicy::fromFile(path);
    if (!p)
        return p.error();
    m_policy = std::move(p).value();
    return Done{};
}

ReadList<IncidentClock> DispatchService::clocks(qint64 incidentId) const
{
    return read<ReadList<IncidentClock>>([&] { return ClockRepository::forIncident(m_db.connection(), incidentId); });
}

Status DispatchService::changeUnitState(qint64 unitId, UnitState to, const QString& reason)
{
    const std::optional<qint64> seen = seenVersion(Entity::Unit, unitId);
    return perform<Done>([&](CommandContext& ctx) {
        UnitCommands::requireAsSeen(ctx, unitId, seen);
        const Unit unit = UnitCommands::load(ctx, unitId);
        if (to == UnitState::Acknowledged || to == UnitState::EnRoute || to == UnitState::OnScene)
            DispatchCommands::advance(ctx, unitId, to);
        else if (unit.isCommitted() && (UnitLifecycle::isAvailable(to) || to == UnitState::Busy))
            DispatchCommands::clear(ctx, unitId, to, reason);
        else
            UnitCommands::changeState(ctx, unitId, to, reason);
        return Done{};
    });
}

Status DispatchService::changeDuty(const UnitCommands::DutyChange& change)
{
    return perform<Done>([&](CommandContext& ctx) {
        UnitCommands::changeDuty(ctx, change);
        return Done{};
    });
}

Recommendation DispatchService::recommend(qint64 incidentId) const
{
    const Incident* i = m_board.incident(incidentId);
    if (!i || !i->position)
        return {};
    return recommend(RecommendQuery::forIncident(*i));
}

Recommendation DispatchService::recommend(const RecommendQuery& query) const
{
    const std::shared_ptr<const RoadNetwork> roads = roadNetwork();
    return Recommender::rank(m_board, m_policy, query, m_clock.nowMs(), roads.get());
}

Status DispatchService::dispatchUnits(qint64 incidentId, const QList<DispatchPick>& picks, bool reassign)
{
    // A confirmed reassignment was confirmed for the units as the screen showed them.
    QList<std::optional<qint64>> seen;
    for (const DispatchPick& pick : picks)
        seen.append(reassign ? seenVersion(Entity::Unit, pick.unitId) : std::nullopt);
    return perform<Done>([&](CommandContext& ctx) {
        for (qsizetype k = 0; k < picks.size(); ++k)
            UnitCommands::requireAsSeen(ctx, picks[k].unitId, seen[k]);
        DispatchCommands::dispatch(ctx, incidentId, picks, reassign);
        return Done{};
    });
}

Result<QList<qint64>> DispatchService::dispatchRecommended(qint64 incidentId)
{
    const Incident* i = m_board.incident(incidentId);
    if (!i)
        return Error{tr("no active incident with id %1").arg(incidentId)};
    if (!i->position)
        return Error{tr("incident %1 has no location: units cannot be ranked").arg(i->number)};
    const QList<Candidate> send = recommend(incidentId).toSend();
    if (send.isEmpty())
        return Error{tr("no free unit of a suitable type with a trusted position for incident %1").arg(i->number)};
    QList<DispatchPick> picks;
    QList<qint64> ids;
    for (const Candidate& c : send) {
        picks.append(DispatchPick{c.unitId, int(std::lround(c.distanceM)), c.etaSeconds});
        ids.append(c.unitId);
    }
    if (Status s = dispatchUnits(incidentId, picks); !s)
        return s.error();
    return ids;
}

Status DispatchService::advanceUnit(qint64 unitId, UnitState step)
{
    return perform<Done>([&](CommandContext& ctx) {
        DispatchCommands::advance(ctx, unitId, step);
        return Done{};
    });
}

Status DispatchService::clearUnit(qint64 unitId, UnitState to, const QString& reason)
{
    const std::optional<qint64> seen = seenVersion(Entity::Unit, unitId);
    return perform<Done>([&](CommandContext& ctx) {
        UnitCommands::requireAsSeen(ctx, unitId, seen);
        DispatchCommands::clear(ctx, unitId, to, reason);
        return Done{};
    });
}

Status DispatchService::recordFeedback(qint64 incidentId, qint64 unitId, const QString& result,
                                       const QString& disposition)
{
    return perform<Done>([&](CommandContext& ctx) {
        DispatchCommands::feedback(ctx, incidentId, unitId, result, disposition);
        return Done{};
    });
}

QList<Assignment> DispatchService::assignments(qint64 incidentId) const
{
    return AssignmentRepository::forIncident(m_db.connection(), incidentId);
}

QList<Feedback> DispatchService::feedback(qint64 incidentId) const
{
    return AssignmentRepository::feedback(m_db.connection(), incidentId);
}

bool DispatchService::isPositionStale(const Unit& unit) const
{
    return m_policy.isStale(unit.fixAtMs, m_clock.nowMs());
}

} // namespace dispatch
