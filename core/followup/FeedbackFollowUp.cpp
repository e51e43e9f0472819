// SPDX-License-Identifier: GPL-3.0-or-later
// Feedback (反馈): due from the units on scene, or given and waiting for the desk's review. Its deadline is an incident
// clock (first_feedback), swept with the clocks.
#include "followup/FollowUpKind.h"
#include "followup/FollowUpKinds.h"

#include "service/Board.h"
#include "service/OwedItems.h"

#include <QCoreApplication>

namespace dispatch {

namespace {

class FeedbackKind final : public FollowUpKind
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::FeedbackKind)

public:
    Entity entity() const override { return Entity::Incident; }
    QString code() const override { return QStringLiteral("feedback"); }
    QString label() const override { return tr("Feedback due"); }

    void owed(OwedList& out) const override
    {
        const Board& board = out.board();
        for (qint64 id : board.activeIncidentIds()) {
            const Incident* i = board.incident(id);
            if (!i || (i->state != IncidentState::OnScene && i->state != IncidentState::FeedbackGiven))
                continue;
            if (i->state == IncidentState::FeedbackGiven) {
                out.add({QStringLiteral("feedback_review"), tr("Feedback to review"), Entity::Incident, id, id, {}, i->summary,
                         tr("the desk (review)"), i->stateSinceMs, 0});
                continue;
            }
            QStringList units;
            for (qint64 u : board.unitIds())
                if (const Unit* unit = board.unit(u); unit && unit->incidentId == id && unit->isCommitted())
                    units << unit->callsign;
            const qint64 deadline = i->nextClock.clock == QLatin1String("first_feedback") ? i->nextClock.deadlineMs : 0;
            out.add({code(), label(), Entity::Incident, id, id, {}, i->summary,
                     units.isEmpty() ? tr("the units on scene") : units.join(tr(", ")), i->stateSinceMs, deadline});
        }
    }
};

} // namespace

const FollowUpKind& followup::feedback()
{
    static const FeedbackKind kind;
    return kind;
}

} // namespace dispatch
