// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/UnitRosterWidget.h"

#include "common/Labels.h"
#include "domain/Taxonomy.h"
#include "roster/UnitRosterModel.h"
#include "roster/UnitRosterProxy.h"
#include "service/DispatchService.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {
struct StatusKey
{
    UnitState state;
    QKeySequence key;
};
QList<StatusKey> statusKeys()
{
    return {{UnitState::Acknowledged, QKeySequence(Qt::Key_A)},
            {UnitState::EnRoute, QKeySequence(Qt::Key_E)},
            {UnitState::OnScene, QKeySequence(Qt::Key_R)},
            {UnitState::AvailablePatrol, QKeySequence(Qt::Key_P)},
            {UnitState::AvailableStaging, QKeySequence(Qt::Key_S)},
            {UnitState::Busy, QKeySequence(Qt::Key_B)},
            {UnitState::OffDuty, QKeySequence(Qt::Key_O)}};
}
} // namespace

UnitRosterWidget::UnitRosterWidget(DispatchService& service, QWidget* parent)
    : QWidget(parent),
      m_service(service),
      m_model(new UnitRosterModel(service, this)),
      m_proxy(new UnitRosterProxy(this)),
      m_view(new QTableView(this)),
      m_group(new QComboBox(this)),
      m_type(new QComboBox(this)),
      m_station(new QComboBox(this)),
      m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    m_group->setObjectName(QStringLiteral("rosterStatusFilter"));
    m_group->addItem(tr("All units"), UnitRosterProxy::AllUnits);
    m_group->addItem(tr("On duty"), UnitRosterProxy::OnDuty);
    m_group->addItem(tr("Available"), UnitRosterProxy::Available);
    m_group->addItem(tr("Committed"), UnitRosterProxy::Committed);
    m_group->addItem(tr("Busy"), UnitRosterProxy::Busy);
    m_group->addItem(tr("Off duty"), UnitRosterProxy::OffDuty);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusGroup(UnitRosterProxy::StatusGroup(m_group->currentData().toInt()));
        updateCount();
    });
    m_type->setObjectName(QStringLiteral("rosterTypeFilter"));
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setType(m_type->currentData().toString());
        updateCount();
    });
    m_station->setObjectName(QStringLiteral("rosterStationFilter"));
    connect(m_station, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStation(m_station->currentData().toLongLong());
        updateCount();
    });
    fillFilters();
    connect(&m_service, &DispatchService::referenceChanged, this, &UnitRosterWidget::fillFilters);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_group);
    bar->addWidget(m_type);
    bar->addWidget(m_station);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_view->setObjectName(QStringLiteral("unitRosterView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UnitRosterModel::Callsign, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setDragEnabled(true); // drop a unit on an incident (queue or dispatch panel) to send it
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // What a dispatcher reads first: the callsign, its status and the incident it is on; then the rest.
    QHeaderView* header = m_view->horizontalHeader();
    const int order[] = {UnitRosterModel::Callsign, UnitRosterModel::Status, UnitRosterModel::Incident, UnitRosterModel::Type,
                         UnitRosterModel::Base,     UnitRosterModel::Crew,   UnitRosterModel::InStatus, UnitRosterModel::FixAge};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    m_view->setColumnWidth(UnitRosterModel::Callsign, m_view->fontMetrics().horizontalAdvance(QStringLiteral("特警突击01")) + 34);
    m_view->setColumnWidth(UnitRosterModel::Status, m_view->fontMetrics().horizontalAdvance(QStringLiteral("Signed for · 00:00 left")) + 12);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &UnitRosterWidget::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentUnitChanged(current.isValid() ? current.data(UnitRosterModel::UnitIdRole).toLongLong()
                                                            : 0);
            });

    // Status keys work while the roster has focus: A signed for, E en route, R on scene (a committed unit's
    // steps), P patrol, S staging point (a committed unit is cleared from its incident), B busy, O off duty.
    for (const StatusKey& k : statusKeys()) {
        auto* a = new QAction(UnitLifecycle::label(k.state), this);
        a->setShortcut(k.key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const UnitState state = k.state;
        connect(a, &QAction::triggered, this, [this, state] { setCurrentUnitState(state); });
        m_view->addAction(a);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UnitRosterWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UnitRosterWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UnitRosterWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &UnitRosterWidget::updateCount);
    updateCount();
}

void UnitRosterWidget::fillFilters()
{
    const QString type = m_type->currentData().toString();
    const qint64 station = m_station->currentData().toLongLong();
    QSignalBlocker b1(m_type), b2(m_station);
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    for (const auto& t : Taxonomy::builtin().unitTypes())
        m_type->addItem(Labels::unitType(t.code), t.code);
    m_type->setCurrentIndex(qMax(0, m_type->findData(type)));
    m_station->clear();
    m_station->addItem(tr("All stations"), qint64(0));
    for (const auto& s : m_service.board().stations())
        m_station->addItem(s.name, s.id);
    m_station->setCurrentIndex(qMax(0, m_station->findData(station)));
}

qint64 UnitRosterWidget::currentUnit() const
{
    const QModelIndex idx = m_view->currentIndex();
    return idx.isValid() ? idx.data(UnitRosterModel::UnitIdRole).toLongLong() : 0;
}

void UnitRosterWidget::selectUnit(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(row, 0));
    if (idx.isValid()) {
        m_view->setCurrentIndex(idx);
        m_view->scrollTo(idx);
    }
}

void UnitRosterWidget::setCurrentUnitState(UnitState state)
{
    const qint64 id = currentUnit();
    if (!id)
        return;
    const Status s = m_service.changeUnitState(id, state);
    const Unit* u = m_service.board().unit(id);
    if (!s)
        Q_EMIT message(tr("Not changed: %1").arg(s.errorString()));
    else if (u)
        Q_EMIT message(tr("%1 is now %2").arg(u->callsign, UnitLifecycle::label(state)));
}

void UnitRosterWidget::showContextMenu(const QPoint& pos)
{
    const QModelIndex idx = m_view->indexAt(pos);
    if (!idx.isValid())
        return;
    m_view->setCurrentIndex(idx);
    const Unit* u = m_service.board().unit(currentUnit());
    if (!u)
        return;
    QMenu menu(this);
    menu.setTitle(u->callsign);
    for (const StatusKey& k : statusKeys()) {
        QAction* a = menu.addAction(UnitLifecycle::label(k.state));
        a->setShortcut(k.key);
        a->setEnabled(UnitLifecycle::canTransition(u->state, k.state) && u->incidentId == 0);
        const UnitState state = k.state;
        connect(a, &QAction::triggered, this, [this, state] { setCurrentUnitState(state); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void UnitRosterWidget::updateCount()
{
    int available = 0;
    const Board& b = m_service.board();
    for (qint64 id : b.unitIds())
        if (const Unit* u = b.unit(id); u && u->isAvailable())
            ++available;
    m_count->setText(tr("%1 shown · %2 available").arg(m_proxy->rowCount()).arg(available));
}

void UnitRosterWidget::tick()
{
    const int first = m_view->rowAt(0);
    const int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (m_proxy->rowCount() == 0)
        return;
    // Time columns of visible rows only; rows are few, so refresh the covering source range.
    int lo = INT_MAX, hi = -1;
    for (int r = qMax(0, first); r <= (last < 0 ? m_proxy->rowCount() - 1 : last); ++r) {
        const int s = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        lo = qMin(lo, s);
        hi = qMax(hi, s);
    }
    if (hi >= 0)
        m_model->refreshTimeColumns(lo, hi);
}

} // namespace dispatch::ui
