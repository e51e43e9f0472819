// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/OwedItems.h"

#include "clocks/ResponsePolicy.h"
#include "service/Board.h"
#include "store/CallbackRepository.h"
#include "store/IncidentRepository.h"
#include "store/InstructionRepository.h"
#include "store/LedgerRepository.h"
#include "store/MediationRepository.h"
#include "store/SupervisionRepository.h"
#include "store/TransferRepository.h"
#include "store/UnitRepository.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace dispatch {

namespace {

/// Incident numbers and summaries, read once per incident.
class Incidents
{
public:
    Incidents(const QSqlDatabase& db, const Board& board) : m_db(db), m_board(board) {}

    const Incident& get(qint64 id)
    {
        auto it = m_cache.find(id);
        if (it == m_cache.end()) {
            Incident i;
            if (const Incident* live = m_board.incident(id))
                i = *live;
            else if (auto stored = IncidentRepository::find(m_db, id))
                i = *stored;
            it = m_cache.insert(id, i);
        }
        return *it;
    }

private:
    const QSqlDatabase& m_db;
    const Board& m_board;
    QHash<qint64, Incident> m_cache;
};

QString callsign(const Board& board, qint64 unitId)
{
    const Unit* u = board.unit(unitId);
    return u ? u->callsign : QString();
}

} // namespace

QString OwedItems::code(OwedItem::Kind kind)
{
    switch (kind) {
    case OwedItem::Kind::Feedback: return QStringLiteral("feedback");
    case OwedItem::Kind::FeedbackReview: return QStringLiteral("feedback_review");
    case OwedItem::Kind::Transfer: return QStringLiteral("transfer");
    case OwedItem::Kind::Callback: return QStringLiteral("callback");
    case OwedItem::Kind::Rectification: return QStringLiteral("rectification");
    case OwedItem::Kind::Mediation: return QStringLiteral("mediation");
    case OwedItem::Kind::Instruction: return QStringLiteral("instruction");
    case OwedItem::Kind::Supervision: return QStringLiteral("supervision");
    case OwedItem::Kind::Ledger: return QStringLiteral("ledger");
    }
    return {};
}

QString OwedItems::label(OwedItem::Kind kind)
{
    switch (kind) {
    case OwedItem::Kind::Feedback: return tr("Feedback due");
    case OwedItem::Kind::FeedbackReview: return tr("Feedback to review");
    case OwedItem::Kind::Transfer: return tr("Transfer");
    case OwedItem::Kind::Callback: return tr("Callback");
    case OwedItem::Kind::Rectification: return tr("Rectification");
    case OwedItem::Kind::Mediation: return tr("Mediation");
    case OwedItem::Kind::Instruction: return tr("Instruction");
    case OwedItem::Kind::Supervision: return tr("Supervision");
    case OwedItem::Kind::Ledger: return tr("Repeat ledger");
    }
    return {};
}

QList<OwedItem> OwedItems::collect(const QSqlDatabase& db, const Board& board, const ResponsePolicy& policy, qint64 nowMs)
{
    QList<OwedItem> out;
    Incidents incidents(db, board);
    const auto add = [&](OwedItem::Kind kind, qint64 id, qint64 incidentId, const QString& what, const QString& owner,
                         qint64 since, qint64 deadline) {
        OwedItem o{kind, id, incidentId, {}, what, owner, since, deadline};
        if (incidentId)
            o.number = incidents.get(incidentId).number;
        out.append(o);
    };

    // Feedback: due from the units on scene, or given and waiting for the desk's review.
    for (qint64 id : board.activeIncidentIds()) {
        const Incident* i = board.incident(id);
        if (!i || (i->state != IncidentState::OnScene && i->state != IncidentState::FeedbackGiven))
            continue;
        if (i->state == IncidentState::FeedbackGiven) {
            add(OwedItem::Kind::FeedbackReview, id, id, i->summary, tr("the desk (review)"), i->stateSinceMs, 0);
            continue;
        }
        QStringList units;
        for (qint64 u : board.unitIds())
            if (const Unit* unit = board.unit(u); unit && unit->incidentId == id && unit->isCommitted())
                units << unit->callsign;
        const qint64 deadline = i->nextClock.clock == QLatin1String("first_feedback") ? i->nextClock.deadlineMs : 0;
        add(OwedItem::Kind::Feedback, id, id, i->summary, units.isEmpty() ? tr("the units on scene") : units.join(tr(", ")),
            i->stateSinceMs, deadline);
    }
    for (const Transfer& t : TransferRepository::open(db)) {
        const Station* s = board.station(t.stationId);
        add(OwedItem::Kind::Transfer, t.id, t.incidentId, tr("sign for: %1").arg(t.reason), s ? s->name : QString(),
            t.transferredAtMs, t.deadlineMs);
    }
    for (const Callback& c : CallbackRepository::open(db)) {
        const Incident& i = incidents.get(c.incidentId);
        add(OwedItem::Kind::Callback, c.id, c.incidentId,
            tr("%1 (%2 tries so far)").arg(i.callerPhone.isEmpty() ? tr("no phone") : i.callerPhone).arg(c.attempts),
            tr("the centre (callbacks)"), c.dueMs - policy.callbackDueMs(), c.dueMs);
    }
    for (const Rectification& r : CallbackRepository::openRectifications(db))
        add(OwedItem::Kind::Rectification, r.id, r.incidentId, r.issue,
            r.unitId ? callsign(board, r.unitId) : tr("the centre"), r.createdAtMs, r.deadlineMs);
    for (const Mediation& m : MediationRepository::open(db))
        add(OwedItem::Kind::Mediation, m.id, m.incidentId, tr("outcome: %1").arg(incidents.get(m.incidentId).summary),
            callsign(board, m.unitId), m.assignedAtMs, m.deadlineMs);
    for (const Instruction& i : InstructionRepository::open(db)) {
        const QString owner = i.forwardedAtMs ? i.forwardedTo.join(tr(", ")) : tr("the centre (sign for and handle)");
        add(OwedItem::Kind::Instruction, i.id, i.incidentId,
            QStringLiteral("[%1] %2: %3").arg(InstructionCodes::label(i.cls), i.source, i.text), owner, i.receivedAtMs,
            i.currentDeadlineMs());
    }
    for (const Supervision& s : SupervisionRepository::open(db))
        add(OwedItem::Kind::Supervision, s.id, s.incidentId, s.title, s.owner, s.createdAtMs, s.deadlineMs);
    for (const LedgerEntry& e : LedgerRepository::open(db))
        add(OwedItem::Kind::Ledger, e.id, 0,
            tr("%1 · %2 · %n mark(s)", nullptr, e.markCount).arg(e.place(), LedgerCodes::classLabel(e.cls)), e.owner,
            e.openedAtMs, e.deadlineMs);

    std::stable_sort(out.begin(), out.end(), [nowMs](const OwedItem& a, const OwedItem& b) {
        if (a.overdue(nowMs) != b.overdue(nowMs))
            return a.overdue(nowMs);
        const qint64 da = a.deadlineMs ? a.deadlineMs : std::numeric_limits<qint64>::max();
        const qint64 dbl = b.deadlineMs ? b.deadlineMs : std::numeric_limits<qint64>::max();
        return da < dbl;
    });
    return out;
}

} // namespace dispatch
