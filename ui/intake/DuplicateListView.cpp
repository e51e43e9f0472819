// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/DuplicateListView.h"
#include "domain/TextLimits.h"

#include "common/TextInput.h"

#include "common/Labels.h"
#include "service/DispatchService.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

DuplicateListView::DuplicateListView(DispatchService& service, QWidget* parent)
    : QFrame(parent), m_service(service), m_title(new QLabel(this)), m_place(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("duplicateList"));
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_place->setObjectName(QStringLiteral("repeatPlace"));
    m_place->setStyleSheet(QStringLiteral("color: #a24a00;"));
    m_place->hide();
    m_tree->setObjectName(QStringLiteral("duplicateTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Incident (tick to link)"), tr("Why offered"), tr("Distance"), tr("When"),
                             tr("Status"), tr("What happened")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(Number, 170);
    m_tree->setColumnWidth(Why, 150);
    m_tree->setColumnWidth(Distance, 70);
    m_tree->setColumnWidth(When, 90);
    m_tree->setColumnWidth(Status, 110);
    m_tree->setMinimumHeight(110);
    m_tree->setToolTip(tr("Ctrl+M merges the call into the highlighted incident; Space ticks it for linking"));
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT mergeRequested(item->data(Number, kIdRole).toLongLong()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_place);
    layout->addWidget(m_tree, 1);
    clear();
}

void DuplicateListView::clear()
{
    m_tree->clear();
    m_title->setText(tr("Possible duplicates: none"));
    m_place->hide();
}

void DuplicateListView::show(const DuplicateReport& report, qint64 nowMs)
{
    const qint64 keep = currentIncident();
    const QList<qint64> ticked = linked();
    m_tree->clear();
    for (const DuplicateCandidate& c : report.candidates) {
        QStringList why;
        for (DuplicateKind k : c.kinds)
            why << DuplicateSearch::kindLabel(k);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setData(Number, kIdRole, c.incidentId);
        item->setText(Number, c.number);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Number, ticked.contains(c.incidentId) ? Qt::Checked : Qt::Unchecked);
        item->setText(Why, why.join(QStringLiteral(", ")));
        item->setText(Distance, c.distanceMetres < 0 ? tr("same address") : tr("%1 m").arg(qRound(c.distanceMetres)));
        item->setText(When, tr("%1 ago").arg(Labels::duration(nowMs - c.receivedAtMs)));
        item->setText(Status, IncidentLifecycle::label(c.state));
        item->setText(Summary, Labels::category(c.category) + QStringLiteral(" · ")
                                   + (c.address.isEmpty() ? QString() : c.address + QStringLiteral(" · "))
                                   + TextLimits::elide(c.summary, 120));
        item->setToolTip(Summary, TextInput::tooltip({}, c.summary));
        if (c.has(DuplicateKind::SameEvent) && c.isOpen()) {
            QFont f = item->font(Number);
            f.setBold(true);
            for (int col = 0; col < ColumnCount; ++col)
                item->setFont(col, f);
        }
        if (c.incidentId == keep)
            m_tree->setCurrentItem(item);
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_title->setText(report.candidates.isEmpty() ? tr("Possible duplicates: none")
                                                 : tr("Possible duplicates: %n", nullptr, int(report.candidates.size())));
    m_title->setStyleSheet(report.candidates.isEmpty() ? QString() : QStringLiteral("color: #b71c1c;"));
    m_place->setVisible(report.frequent);
    if (report.frequent)
        m_place->setText(tr("Repeated at this place: %n incident(s) within %1 days, this call included",
                            nullptr, report.placeCount + 1)
                             .arg(m_service.triageEngine()->rules().duplicates().frequentWindowDays));
}

qint64 DuplicateListView::currentIncident() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(Number, kIdRole).toLongLong() : 0;
}

QList<qint64> DuplicateListView::linked() const
{
    QList<qint64> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->checkState(Number) == Qt::Checked)
            out << m_tree->topLevelItem(i)->data(Number, kIdRole).toLongLong();
    return out;
}

int DuplicateListView::count() const
{
    return m_tree->topLevelItemCount();
}

} // namespace dispatch::ui
