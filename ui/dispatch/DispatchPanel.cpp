// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatch/DispatchPanel.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "common/UnitDrag.h"
#include "dispatch/FeedbackDialog.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

#include <cmath>

namespace dispatch::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QTreeWidget* makeTree(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->setHeaderLabels(headers);
    t->header()->setStretchLastSection(true);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

void addKey(QWidget* on, const QKeySequence& key, std::function<void()> f)
{
    auto* a = new QAction(on);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(a, &QAction::triggered, on, std::move(f));
    on->addAction(a);
}

} // namespace

DispatchPanel::DispatchPanel(DispatchService& service, QWidget* parent)
    : QWidget(parent),
      m_service(service),
      m_header(new QLabel(this)),
      m_assigned(makeTree(this, QStringLiteral("assignedUnitsView"),
                          {tr("Assigned"), tr("Step"), tr("Since dispatch"), tr("Sign-for (30 s)"), tr("ETA given")})),
      m_candidates(makeTree(this, QStringLiteral("candidatesView"),
                            {tr("Unit"), tr("Type"), tr("Distance"), tr("ETA"), tr("Target"), tr("Note")})),
      m_excluded(makeTree(this, QStringLiteral("excludedUnitsView"), {tr("Unit"), tr("Type"), tr("Why not")})),
      m_excludedTitle(new QToolButton(this)),
      m_sendBest(new QPushButton(tr("Dispatch recommended (F3)"), this)),
      m_feedback(new QPushButton(tr("Feedback… (F6)"), this))
{
    setObjectName(QStringLiteral("dispatchPanel"));
    setAcceptDrops(true);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_sendBest->setObjectName(QStringLiteral("dispatchRecommendedButton"));
    m_assigned->setMaximumHeight(96);
    m_assigned->setMinimumHeight(48);
    m_candidates->setMinimumHeight(72);
    m_excluded->setMaximumHeight(140);
    // The units left out, with why, one click (or Alt+N) away: folded by default so the candidates keep the room.
    m_excludedTitle->setObjectName(QStringLiteral("excludedToggle"));
    m_excludedTitle->setCheckable(true);
    m_excludedTitle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_excludedTitle->setArrowType(Qt::RightArrow);
    m_excludedTitle->setAutoRaise(true);
    m_excludedTitle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_N));
    m_excluded->setVisible(false);
    connect(m_excludedTitle, &QToolButton::toggled, this, [this](bool open) {
        m_excluded->setVisible(open);
        m_excludedTitle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_sendBest, &QPushButton::clicked, this, &DispatchPanel::dispatchRecommended);
    connect(m_feedback, &QPushButton::clicked, this, &DispatchPanel::openFeedback);
    connect(m_candidates, &QTreeWidget::itemActivated, this, [this] { dispatchHighlighted(); });

    addKey(m_assigned, QKeySequence(Qt::Key_A), [this] { stepHighlighted(UnitState::Acknowledged); });
    addKey(m_assigned, QKeySequence(Qt::Key_E), [this] { stepHighlighted(UnitState::EnRoute); });
    addKey(m_assigned, QKeySequence(Qt::Key_R), [this] { stepHighlighted(UnitState::OnScene); });
    addKey(m_assigned, QKeySequence(Qt::Key_C), [this] { stepHighlighted(UnitState::AvailablePatrol); });

    const QString keys = tr("Enter sends the highlighted unit · on an assigned unit: A signed for, E en route, R on scene, "
                            "C clear · drag units here from the roster");
    setToolTip(keys);
    m_candidates->setToolTip(keys);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sendBest);
    buttons->addWidget(m_feedback);
    buttons->addStretch(1);
    buttons->addWidget(m_excludedTitle);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(3);
    layout->addWidget(m_header);
    layout->addWidget(m_assigned);
    layout->addLayout(buttons);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_excluded);

    // A unit of this incident changed: its steps are re-read; any other unit (a position, a status) only
    // changes the ranking, computed from the board.
    connect(&m_service, &DispatchService::unitsChanged, this, [this](const QList<qint64>& ids) {
        const bool ours = std::any_of(ids.begin(), ids.end(), [this](qint64 id) {
            const Unit* u = m_service.board().unit(id);
            return (u && u->incidentId == m_incidentId)
                   || std::any_of(m_open.begin(), m_open.end(), [id](const Assignment& a) { return a.unitId == id; });
        });
        if (ours && m_incidentId)
            refresh();
        else
            rerank();
    });
    connect(&m_service, &DispatchService::incidentsChanged, this, [this](const QList<qint64>& ids) {
        if (ids.contains(m_incidentId))
            refresh();
    });
    connect(&m_service, &DispatchService::incidentsRemoved, this, [this](const QList<qint64>& ids) {
        if (ids.contains(m_incidentId))
            showIncident(0);
    });
    connect(&m_service, &DispatchService::boardReset, this, [this] { refresh(); });
    refresh();
}

void DispatchPanel::showIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    refresh();
}

void DispatchPanel::refresh()
{
    // The store is read here only: on selection and when this incident or one of its units changed.
    m_open.clear();
    if (m_service.board().incident(m_incidentId)) {
        for (const Assignment& a : m_service.assignments(m_incidentId))
            if (a.isOpen())
                m_open.append(a);
    }
    m_rankedFor = -1; // the lists are rebuilt whatever the new ranking
    rerank();
}

void DispatchPanel::rerank()
{
    const Incident* i = m_service.board().incident(m_incidentId);
    if (!i) {
        m_incidentId = 0;
        m_open.clear();
    }
    // Candidates exist only for an incident that can take units and has a place to rank from; anything else
    // shows none, so no key can send a unit ranked for another incident or one that no longer takes units.
    const bool takesUnits = i && IncidentLifecycle::takesUnits(i->state);
    Recommendation next = takesUnits && i->position ? m_service.recommend(m_incidentId) : Recommendation{};
    const bool changed = m_rankedFor != m_incidentId || !sameRanking(next, m_recommendation);
    m_recommendation = std::move(next);
    m_rankedFor = m_incidentId;
    if (!i) {
        m_header->setText(tr("<b>Dispatch</b> — select an incident in the queue or on the map."));
    } else if (!takesUnits) {
        m_header->setText(tr("<b>%1</b> is %2: units are no longer sent to it.")
                              .arg(i->number.toHtmlEscaped(), IncidentLifecycle::label(i->state)));
    } else if (!i->position) {
        m_header->setText(tr("<b>%1</b> has no location: units cannot be ranked. Correct its place (Incident ▸ "
                             "Correct the place…, Ctrl+Shift+P) or send units by hand (drag them here).")
                              .arg(i->number.toHtmlEscaped()));
    } else {
        const Recommendation& r = m_recommendation;
        m_header->setText(tr("<b>%1</b> · %2 · arrival target <b>%3</b> (%4) · %5 of %6 unit(s) assigned")
                              .arg(i->number.toHtmlEscaped(), Labels::priority(i->priority),
                                   Labels::duration(r.arrivalAllowedMs), Labels::tier(i->tier))
                              .arg(r.alreadyAssigned)
                              .arg(r.unitsNeeded));
    }
    m_sendBest->setEnabled(takesUnits && !m_recommendation.toSend().isEmpty());
    m_feedback->setEnabled(i && (i->state == IncidentState::OnScene || i->state == IncidentState::FeedbackGiven));
    fillAssigned();
    if (!changed)
        return;
    fillCandidates();
    QList<qint64> best;
    for (const Candidate& c : m_recommendation.toSend())
        best.append(c.unitId);
    Q_EMIT recommendedUnitsChanged(m_incidentId, best);
}

bool DispatchPanel::sameRanking(const Recommendation& a, const Recommendation& b)
{
    auto sameCandidate = [](const Candidate& x, const Candidate& y) {
        return x.unitId == y.unitId && x.etaSeconds == y.etaSeconds && x.committed == y.committed && x.byRoad == y.byRoad
               && x.source == y.source && qRound(x.distanceM) == qRound(y.distanceM);
    };
    auto sameExclusion = [](const Exclusion& x, const Exclusion& y) {
        return x.unitId == y.unitId && x.reason == y.reason && x.text() == y.text();
    };
    return a.arrivalAllowedMs == b.arrivalAllowedMs && a.alreadyAssigned == b.alreadyAssigned
           && std::equal(a.candidates.begin(), a.candidates.end(), b.candidates.begin(), b.candidates.end(), sameCandidate)
           && std::equal(a.excluded.begin(), a.excluded.end(), b.excluded.begin(), b.excluded.end(), sameExclusion);
}

void DispatchPanel::fillAssigned()
{
    const qint64 keep = highlightedAssigned();
    m_assigned->clear();
    if (!m_incidentId)
        return;
    const qint64 now = m_service.clock().nowMs();
    for (const Assignment& a : std::as_const(m_open)) {
        const Unit* u = m_service.board().unit(a.unitId);
        auto* item = new QTreeWidgetItem(m_assigned);
        item->setData(0, kIdRole, a.unitId);
        item->setText(0, u ? u->callsign : QString::number(a.unitId));
        item->setText(1, UnitLifecycle::label(a.stage()));
        item->setForeground(1, Labels::unitStateColor(a.stage()));
        item->setText(2, Labels::duration(now - a.dispatchedAtMs));
        if (a.acknowledgedAtMs)
            item->setText(3, a.signForLate(now) ? tr("signed, %1 late").arg(Labels::duration(a.acknowledgedAtMs - a.signForDeadlineMs))
                                                : tr("signed in %1").arg(Labels::duration(a.acknowledgedAtMs - a.dispatchedAtMs)));
        else if (now > a.signForDeadlineMs)
            item->setText(3, tr("LATE %1").arg(Labels::duration(now - a.signForDeadlineMs)));
        else
            item->setText(3, tr("%1 left").arg(Labels::duration(a.signForDeadlineMs - now)));
        item->setForeground(3, a.signForLate(now) ? Palette::late() : Palette::onTime());
        item->setText(4, a.etaSeconds >= 0 ? Labels::duration(qint64(a.etaSeconds) * 1000) : tr("—"));
        if (a.unitId == keep)
            m_assigned->setCurrentItem(item);
    }
    if (!m_assigned->currentItem() && m_assigned->topLevelItemCount())
        m_assigned->setCurrentItem(m_assigned->topLevelItem(0));
}

void DispatchPanel::fillCandidates()
{
    const QTreeWidgetItem* current = m_candidates->currentItem();
    const qint64 keep = current ? current->data(0, kIdRole).toLongLong() : 0;
    m_candidates->clear();
    m_excluded->clear();
    const Recommendation& r = m_recommendation;
    QList<qint64> best;
    for (const Candidate& c : r.toSend())
        best.append(c.unitId);
    for (const Candidate& c : r.candidates) {
        auto* item = new QTreeWidgetItem(m_candidates);
        item->setData(0, kIdRole, c.unitId);
        item->setText(0, best.contains(c.unitId) ? tr("★ %1").arg(c.callsign) : c.callsign);
        item->setText(1, Labels::unitType(c.type));
        item->setText(2, Labels::distance(c.distanceM));
        if (c.byRoad)
            item->setToolTip(2, tr("By the map's roads"));
        item->setText(3, Labels::duration(qint64(c.etaSeconds) * 1000));
        const qint64 margin = r.arrivalAllowedMs - qint64(c.etaSeconds) * 1000;
        item->setText(4, c.meetsTarget ? tr("✓ %1 spare").arg(Labels::duration(margin))
                                       : tr("✗ %1 over").arg(Labels::duration(-margin)));
        item->setForeground(4, c.meetsTarget ? Palette::onTime() : Palette::late());
        QStringList note;
        if (c.committed) {
            const Incident* other = m_service.board().incident(c.committedTo);
            note << tr("committed to %1").arg(other ? other->number : QString());
            for (int col = 0; col < 6; ++col)
                item->setForeground(col == 4 ? 5 : col, Palette::soon());
        }
        switch (c.source) {
        case Candidate::Source::StagingPoint: note << tr("at its staging point"); break;
        case Candidate::Source::StaleFix: note << tr("⚠ last fix %1 ago").arg(Labels::duration(c.fixAgeMs)); break;
        case Candidate::Source::Station: note << tr("⚠ no fix: from its station"); break;
        case Candidate::Source::Fix: break;
        }
        if (r.roadsUsed && !c.byRoad)
            note << tr("⚠ straight line: not near the map's roads");
        if (c.lowConfidence())
            for (int col : {0, 2, 3})
                item->setForeground(col, Palette::muted());
        item->setText(5, note.join(QStringLiteral(" · ")));
        if (c.unitId == keep)
            m_candidates->setCurrentItem(item);
    }
    if (!m_candidates->currentItem() && m_candidates->topLevelItemCount())
        m_candidates->setCurrentItem(m_candidates->topLevelItem(0));
    for (const Exclusion& e : r.excluded) {
        auto* item = new QTreeWidgetItem(m_excluded);
        item->setData(0, kIdRole, e.unitId);
        item->setText(0, e.callsign);
        item->setText(1, Labels::unitType(e.type));
        item->setText(2, e.text());
    }
    m_excludedTitle->setText(tr("Not recommended (%1)").arg(r.excluded.size()));
}

QString DispatchPanel::headerText() const
{
    return m_header->text();
}

qint64 DispatchPanel::highlightedAssigned() const
{
    const QTreeWidgetItem* item = m_assigned->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void DispatchPanel::dispatchRecommended()
{
    if (!m_incidentId) {
        Q_EMIT message(tr("Select an incident first"));
        return;
    }
    auto sent = m_service.dispatchRecommended(m_incidentId);
    if (!sent) {
        Q_EMIT message(tr("Not dispatched: %1").arg(sent.errorString()));
        return;
    }
    QStringList callsigns;
    for (qint64 id : *sent)
        if (const Unit* u = m_service.board().unit(id))
            callsigns << u->callsign;
    const Incident* i = m_service.board().incident(m_incidentId);
    Q_EMIT message(tr("Dispatched %1 to %2").arg(callsigns.join(QStringLiteral(", ")), i ? i->number : QString()));
}

void DispatchPanel::dispatchUnits(const QList<qint64>& unitIds)
{
    const Incident* i = m_service.board().incident(m_incidentId);
    if (!i || unitIds.isEmpty())
        return;
    QList<DispatchPick> picks;
    QStringList elsewhere;
    QStringList callsigns;
    for (qint64 id : unitIds) {
        const Unit* u = m_service.board().unit(id);
        if (!u)
            continue;
        DispatchPick pick{id};
        for (const Candidate& c : m_recommendation.candidates)
            if (c.unitId == id)
                pick = DispatchPick{id, int(std::lround(c.distanceM)), c.etaSeconds};
        picks.append(pick);
        callsigns << u->callsign;
        if ((u->isCommitted() && u->incidentId != m_incidentId) || u->state == UnitState::Busy) {
            const Incident* other = m_service.board().incident(u->incidentId);
            elsewhere << (other ? tr("%1 (on %2)").arg(u->callsign, other->number)
                                : tr("%1 (%2)").arg(u->callsign, UnitLifecycle::label(u->state)));
        }
    }
    bool reassign = false;
    if (!elsewhere.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Reassign units"),
            tr("These units are not free: %1.\nTake them for %2?").arg(elsewhere.join(QStringLiteral(", ")), i->number),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        reassign = true;
    }
    const QString number = i->number;
    if (const Status s = m_service.dispatchUnits(m_incidentId, picks, reassign); !s) {
        Q_EMIT message(tr("Not dispatched: %1").arg(s.errorString()));
        return;
    }
    Q_EMIT message(tr("Dispatched %1 to %2").arg(callsigns.join(QStringLiteral(", ")), number));
}

void DispatchPanel::dispatchHighlighted()
{
    const QTreeWidgetItem* item = m_candidates->currentItem();
    if (!item || m_rankedFor != m_incidentId)
        return;
    // Only a unit of the ranking made for this incident, as it stands now.
    const qint64 unitId = item->data(0, kIdRole).toLongLong();
    const bool ranked = std::any_of(m_recommendation.candidates.begin(), m_recommendation.candidates.end(),
                                    [unitId](const Candidate& c) { return c.unitId == unitId; });
    if (ranked)
        dispatchUnits({unitId});
}

void DispatchPanel::stepHighlighted(UnitState step)
{
    const qint64 unitId = highlightedAssigned();
    const Unit* u = m_service.board().unit(unitId);
    if (!u)
        return;
    const QString callsign = u->callsign;
    const Status s = UnitLifecycle::isAvailable(step) ? m_service.clearUnit(unitId, step)
                                                      : m_service.advanceUnit(unitId, step);
    Q_EMIT message(s ? tr("%1 is now %2").arg(callsign, UnitLifecycle::label(step))
                     : tr("Not changed: %1").arg(s.errorString()));
}

void DispatchPanel::openFeedback()
{
    const Incident* i = m_service.board().incident(m_incidentId);
    if (!i || (i->state != IncidentState::OnScene && i->state != IncidentState::FeedbackGiven)) {
        Q_EMIT message(tr("Feedback is given once a unit is on scene"));
        return;
    }
    FeedbackDialog dialog(m_service, m_incidentId, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Feedback recorded for %1").arg(i->number));
}

void DispatchPanel::tick()
{
    // Staleness and the sign-for countdowns move with the clock: re-ranked from the board (no store
    // read); the candidate list is rebuilt only when the ranking changed.
    if (m_incidentId)
        rerank();
}

void DispatchPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_incidentId && !UnitDrag::decode(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DispatchPanel::dropEvent(QDropEvent* event)
{
    const QList<qint64> ids = UnitDrag::decode(event->mimeData());
    if (ids.isEmpty())
        return;
    event->acceptProposedAction();
    dispatchUnits(ids);
}

} // namespace dispatch::ui
