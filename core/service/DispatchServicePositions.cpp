// SPDX-License-Identifier: GPL-3.0-or-later
// DispatchService: unit positions (AVL fixes one at a time or in a batch, standing units fixed again) and the demo
// district's motion.
#include "service/DispatchService.h"
#include "service/DispatchServicePerform.h"

#include "demo/DemoMotion.h"
#include "service/CommandContext.h"
#include "store/AssignmentRepository.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/UnitRepository.h"
#include "util/Clock.h"

#include <QScopeGuard>

namespace dispatch {

Status DispatchService::reportPosition(qint64 unitId, const GeoPoint& position, qint64 fixAtMs)
{
    // Positions keep coming while the desk is signed out: they are stored under the feed's name.
    const QString savedTool = m_systemTool;
    if (actor().username.isEmpty())
        m_systemTool = QStringLiteral("avl");
    const auto restore = qScopeGuard([&] { m_systemTool = savedTool; });
    return perform<Done>([&](CommandContext& ctx) {
        if (!position.isValid())
            throw DispatchError(tr("the position is not a valid latitude/longitude"), QStringLiteral("position"));
        if (!ctx.board().unit(unitId))
            throw DispatchError(tr("no unit with id %1").arg(unitId));
        if (UnitRepository::setPosition(ctx.db(), unitId, position, fixAtMs ? fixAtMs : ctx.now()))
            ctx.touch(Entity::Unit, unitId);
        return Done{};
    });
}

Status DispatchService::confirmPositions(const QList<qint64>& unitIds, qint64 fixAtMs)
{
    const QString savedTool = m_systemTool;
    if (actor().username.isEmpty())
        m_systemTool = QStringLiteral("avl");
    const auto restore = qScopeGuard([&] { m_systemTool = savedTool; });
    return perform<Done>([&](CommandContext& ctx) {
        const qint64 at = fixAtMs ? fixAtMs : ctx.now();
        for (qint64 id : UnitRepository::confirmFixes(ctx.db(), unitIds, at))
            ctx.refix(id, at);
        return Done{};
    });
}

Status DispatchService::reportPositions(const QList<PositionFix>& fixes)
{
    const QString savedTool = m_systemTool;
    if (actor().username.isEmpty())
        m_systemTool = QStringLiteral("avl");
    const auto restore = qScopeGuard([&] { m_systemTool = savedTool; });
    return perform<Done>([&](CommandContext& ctx) {
        for (const PositionFix& f : fixes) {
            if (!f.position.isValid() || !ctx.board().unit(f.unitId))
                throw DispatchError(tr("no valid fix for unit %1").arg(f.unitId), QStringLiteral("position"));
            if (UnitRepository::setPosition(ctx.db(), f.unitId, f.position, f.atMs ? f.atMs : ctx.now()))
                ctx.touch(Entity::Unit, f.unitId);
        }
        return Done{};
    });
}

Status DispatchService::moveDemoUnits()
{
    if (!m_board.centre().demo || m_board.centre().training)
        return Error{tr("only the demo district's units move by themselves")};
    QList<PositionFix> fixes;
    try {
        const QSqlDatabase& db = m_db.connection();
        const auto trip = [&db](const Assignment& a) {
            const std::optional<Incident> i = IncidentRepository::find(db, a.incidentId);
            return DemoMotion::Trip{a, i ? i->position : std::nullopt};
        };
        QHash<qint64, DemoMotion::Trip> open, released;
        for (const Assignment& a : AssignmentRepository::allOpen(db))
            open.insert(a.unitId, trip(a));
        for (const Assignment& a : AssignmentRepository::releasedSince(db, m_clock.nowMs() - DemoMotion::kReturnWindowMs))
            released.insert(a.unitId, trip(a)); // oldest first: the latest trip of each unit stays
        fixes = DemoMotion::fixes(m_board, m_policy, open, released, m_clock.nowMs());
    } catch (const DispatchError& e) {
        return e.error();
    }
    return reportPositions(fixes);
}

} // namespace dispatch
