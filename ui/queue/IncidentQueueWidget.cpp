// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/IncidentQueueWidget.h"

#include "queue/IncidentQueueModel.h"
#include "queue/IncidentQueueProxy.h"
#include "common/AlertSounds.h"
#include "common/Labels.h"
#include "domain/Taxonomy.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dispatch::ui {

namespace {
enum StateFilter { AllActive, Waiting, UnitsOut, WorkOrders, Closing };
constexpr qint64 kNewHighlightMs = 15 * 1000;
}

IncidentQueueWidget::IncidentQueueWidget(DispatchService& service, QWidget* parent)
    : QWidget(parent),
      m_service(service),
      m_model(new IncidentQueueModel(service, this)),
      m_proxy(new IncidentQueueProxy(this)),
      m_view(new QTableView(this)),
      m_search(new QLineEdit(this)),
      m_stateFilter(new QComboBox(this)),
      m_priorityFilter(new QComboBox(this)),
      m_categoryFilter(new QComboBox(this)),
      m_lineFilter(new QComboBox(this)),
      m_announcement(new QLabel(this)),
      m_zoneChip(new QToolButton(this)),
      m_count(new QLabel(this))
{
    // When the selected incident leaves the queue (closed, merged, cancelled), the selection does not jump
    // to a neighbour: the detail keeps showing the incident that was being worked on.
    // Connected before the proxy so that it runs before the proxy and the selection model react.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex&, int first, int last) {
        const int row = m_proxy->mapToSource(m_view->currentIndex()).row();
        m_holdSelection = row >= 0 && row >= first && row <= last;
    });
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(tr("Search number, phone, address… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(90);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &IncidentQueueProxy::setSearchText);

    m_stateFilter->setObjectName(QStringLiteral("queueStateFilter"));
    m_stateFilter->addItem(tr("All active"), AllActive);
    m_stateFilter->addItem(tr("Waiting for a unit"), Waiting);
    m_stateFilter->addItem(tr("Units out"), UnitsOut);
    m_stateFilter->addItem(tr("Work orders (diverted)"), WorkOrders);
    m_stateFilter->addItem(tr("Awaiting closure"), Closing);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &IncidentQueueWidget::applyStateFilter);

    m_priorityFilter->setObjectName(QStringLiteral("queuePriorityFilter"));
    m_priorityFilter->addItem(tr("All priorities"), 0);
    m_priorityFilter->addItem(tr("P1 only"), 1);
    m_priorityFilter->addItem(tr("P1–P2"), 2);
    m_priorityFilter->addItem(tr("P1–P3"), 3);
    connect(m_priorityFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMaxPriority(m_priorityFilter->currentData().toInt()); });

    m_categoryFilter->setObjectName(QStringLiteral("queueCategoryFilter"));
    m_categoryFilter->addItem(tr("All categories"), QString());
    for (const Taxonomy::Entry& c : Taxonomy::builtin().categories())
        m_categoryFilter->addItem(Labels::category(c.code), c.code);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCategory(m_categoryFilter->currentData().toString());
        updateCount();
    });
    m_lineFilter->setObjectName(QStringLiteral("queueLineFilter"));
    m_lineFilter->addItem(tr("All lines"), QString());
    for (const Taxonomy::Entry& l : Taxonomy::builtin().lines())
        m_lineFilter->addItem(Labels::line(l.code), l.code);
    connect(m_lineFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setLine(m_lineFilter->currentData().toString());
        updateCount();
    });

    m_announcement->setObjectName(QStringLiteral("queueAnnouncement"));
    m_announcement->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3b0; color: #5d4200; border: 1px solid #e0b400; padding: 1px 8px; font-weight: bold; }"));
    // One line that keeps its place when hidden: an announcement never pushes the queue's rows down.
    m_announcement->setWordWrap(false);
    m_announcement->setFixedHeight(m_announcement->fontMetrics().height() + 6);
    QSizePolicy keep = m_announcement->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    keep.setHorizontalPolicy(QSizePolicy::Ignored);
    m_announcement->setSizePolicy(keep);
    m_announcement->hide();
    connect(&m_service, &DispatchService::incidentsArrived, this, &IncidentQueueWidget::announce);
    connect(&m_service, &DispatchService::clocksBreached, this, &IncidentQueueWidget::announceBreaches);

    m_zoneChip->setObjectName(QStringLiteral("queueZoneFilter"));
    m_zoneChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_zoneChip->setToolTip(tr("Showing one zone only; click to show every zone"));
    m_zoneChip->hide();
    connect(m_zoneChip, &QToolButton::clicked, this, [this] { setZoneFilter(0); });

    // Compact filters: a desk of 1366 px gives the queue a little over 500.
    for (QComboBox* box : {m_stateFilter, m_priorityFilter, m_categoryFilter, m_lineFilter}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(4);
    }
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(3);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_stateFilter);
    bar->addWidget(m_priorityFilter);
    bar->addWidget(m_categoryFilter);
    bar->addWidget(m_lineFilter);
    bar->addWidget(m_zoneChip);
    bar->addWidget(m_count);

    m_view->setObjectName(QStringLiteral("incidentQueueView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IncidentQueueModel::Deadline, Qt::AscendingOrder); // most urgent deadline first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    // Units dragged from the roster onto a row are sent to that incident.
    m_view->setAcceptDrops(true);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setDropIndicatorShown(true);
    connect(m_model, &IncidentQueueModel::unitsDropped, this, &IncidentQueueWidget::unitsDropped);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // What a dispatcher reads first comes first: number, priority, status and the next deadline, sized to fit; the
    // age next to the deadline (the two columns the tick repaints, side by side).
    QHeaderView* header = m_view->horizontalHeader();
    const int order[] = {IncidentQueueModel::Number,   IncidentQueueModel::Priority, IncidentQueueModel::Status,
                         IncidentQueueModel::Deadline, IncidentQueueModel::Age,      IncidentQueueModel::Category,
                         IncidentQueueModel::Received, IncidentQueueModel::Line,     IncidentQueueModel::Zone,
                         IncidentQueueModel::Units};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    QFont boldFont = m_view->font();
    boldFont.setBold(true); // priority-1 rows are bold
    const QFontMetrics fm(boldFont);
    const auto widest = [&fm](const QStringList& texts) {
        int w = 0;
        for (const QString& t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w + 16;
    };
    m_view->setColumnWidth(IncidentQueueModel::Number, widest({QStringLiteral("20261205-00001")}));
    m_view->setColumnWidth(IncidentQueueModel::Priority, widest({Labels::priority(1), Labels::priority(2), Labels::priority(3)}));
    m_view->setColumnWidth(IncidentQueueModel::Status,
                           widest({IncidentLifecycle::label(IncidentState::Dispatched), IncidentLifecycle::label(IncidentState::EnRoute),
                                   IncidentLifecycle::label(IncidentState::Acknowledged)}));
    m_view->setColumnWidth(IncidentQueueModel::Deadline,
                           widest({IncidentQueueModel::tr("%1 late %2").arg(ResponsePolicy::shortLabel(ClockKind::CallToDispatch), QStringLiteral("10:00")),
                                   IncidentQueueModel::tr("%1 in %2").arg(ResponsePolicy::shortLabel(ClockKind::FirstFeedback), QStringLiteral("10:00"))}));
    m_view->setColumnWidth(IncidentQueueModel::Received, widest({QStringLiteral("00:00:00")}));
    header->setMinimumSectionSize(36);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_holdSelection)
                    return;
                Q_EMIT currentIncidentChanged(current.isValid()
                                                  ? current.data(IncidentQueueModel::IncidentIdRole).toLongLong()
                                                  : 0);
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_holdSelection)
            return;
        m_view->selectionModel()->clear();
        m_holdSelection = false;
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &IncidentQueueWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &IncidentQueueWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IncidentQueueWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &IncidentQueueWidget::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_announcement);
    layout->addWidget(m_view, 1);
    updateCount();
}

qint64 IncidentQueueWidget::currentIncident() const
{
    const QModelIndex idx = m_view->currentIndex();
    return idx.isValid() ? idx.data(IncidentQueueModel::IncidentIdRole).toLongLong() : 0;
}

void IncidentQueueWidget::selectIncident(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!idx.isValid())
        return;
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
}

void IncidentQueueWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void IncidentQueueWidget::setZoneFilter(qint64 zoneId)
{
    m_proxy->setZone(zoneId);
    const auto* z = m_service.board().zone(zoneId);
    m_zoneChip->setVisible(z != nullptr);
    if (z)
        m_zoneChip->setText(tr("Zone: %1 ✕").arg(z->name));
    updateCount();
}

void IncidentQueueWidget::applyStateFilter()
{
    switch (m_stateFilter->currentData().toInt()) {
    case Waiting:
        m_proxy->setStates({QStringLiteral("received"), QStringLiteral("triaged")});
        break;
    case UnitsOut:
        m_proxy->setStates({QStringLiteral("dispatched"), QStringLiteral("acknowledged"), QStringLiteral("en_route"),
                            QStringLiteral("on_scene")});
        break;
    case WorkOrders:
        m_proxy->setStates({QStringLiteral("diverted")});
        break;
    case Closing:
        m_proxy->setStates({QStringLiteral("feedback_given"), QStringLiteral("transferred")});
        break;
    default:
        m_proxy->setStates({});
    }
    updateCount();
}

void IncidentQueueWidget::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

bool IncidentQueueWidget::alertsMuted() const
{
    return m_sounds && m_sounds->isMuted();
}

void IncidentQueueWidget::announce(const QList<qint64>& ids)
{
    const Board& board = m_service.board();
    const qint64 now = m_service.clock().nowMs();
    QStringList lines;
    qint64 last = 0;
    for (qint64 id : ids) {
        const Incident* i = board.incident(id);
        // What this desk saved itself needs no announcement; calls from other desks and tools do.
        if (!i || i->desk == m_service.desk())
            continue;
        m_model->markNew(id, now + kNewHighlightMs);
        lines << tr("New incident %1 · %2 · %3 · %4")
                     .arg(i->number, Labels::category(i->category), Labels::priority(i->priority),
                          i->address.isEmpty() ? i->summary.left(24) : i->address);
        last = id;
    }
    if (lines.isEmpty())
        return;
    alert(lines, AlertSounds::NewCall);
    Q_EMIT incidentAnnounced(last);
}

void IncidentQueueWidget::announceBreaches(const QList<ClockBreach>& breaches)
{
    // Which clock, of which unit, how late: the lateness is counted to now (the announcement may follow the
    // stamp by a tick, or come from another desk's stamp).
    const qint64 now = m_service.clock().nowMs();
    QStringList lines;
    bool clockBreached = false;
    for (const ClockBreach& b : breaches) {
        const Incident* i = m_service.board().incident(b.incidentId);
        if (!i)
            continue;
        // A unit's own missed sign-for says more than the incident's sign-for clock missed at the same moment.
        const bool saidByUnit = !b.isUnitSignFor() && b.kind == ClockKind::SignFor
                                && std::any_of(breaches.begin(), breaches.end(), [&b](const ClockBreach& o) {
                                       return o.isUnitSignFor() && o.incidentId == b.incidentId;
                                   });
        if (saidByUnit)
            continue;
        clockBreached = clockBreached || !b.isUnitSignFor();
        const QString late = Labels::duration(std::max<qint64>(0, now - b.deadlineMs));
        const QString allowed = b.allowedMs > 0 ? tr(" (allowed %1)").arg(Labels::duration(b.allowedMs)) : QString();
        lines << (b.isUnitSignFor()
                      ? tr("Sign-for missed: %1 · %2 has not signed for, %3 late%4").arg(i->number, b.callsign, late, allowed)
                      : tr("Clock breached: %1 · %2, %3 late%4").arg(i->number, ResponsePolicy::label(b.kind), late, allowed));
        m_model->markNew(b.incidentId, now + kNewHighlightMs);
    }
    if (!lines.isEmpty())
        alert(lines, clockBreached ? AlertSounds::Breach : AlertSounds::SignForMissed);
}

void IncidentQueueWidget::alert(const QStringList& lines, int sound)
{
    // One line (the first of them: the most urgent breach, the first call); the whole list in the tooltip.
    m_announcement->setText(lines.size() > 1 ? tr("%1  (+%2 more)").arg(lines.first()).arg(lines.size() - 1) : lines.first());
    m_announcement->setToolTip(lines.join(u'\n'));
    m_announcement->show();
    m_announcementUntil = m_service.clock().nowMs() + kNewHighlightMs;
    if (m_sounds && !m_sounds->isMuted()) {
        m_sounds->play(AlertSounds::Kind(sound));
        ++m_alerts;
    }
}

void IncidentQueueWidget::tick()
{
    const qint64 now = m_service.clock().nowMs();
    m_model->expireNew(now);
    if (m_announcement->isVisible() && now >= m_announcementUntil)
        m_announcement->hide();
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    int first = m_view->rowAt(0);
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (first < 0)
        first = 0;
    if (last < 0)
        last = rows - 1;
    QList<int> sourceRows;
    sourceRows.reserve(last - first + 1);
    for (int r = first; r <= last; ++r)
        sourceRows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    m_model->refreshTimeColumns(std::move(sourceRows));
}

} // namespace dispatch::ui
