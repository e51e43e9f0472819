// SPDX-License-Identifier: GPL-3.0-or-later
#include "incident/AgencyDialog.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "common/TextInput.h"
#include "domain/TextLimits.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

AgencyDialog::AgencyDialog(DispatchService& service, qint64 incidentId, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_incidentId(incidentId),
      m_table(new QTableWidget(0, 4, this)),
      m_agency(new QComboBox(this)),
      m_note(new QLineEdit(this)),
      m_by(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("agencyDialog"));
    const std::optional<Incident> incident = service.findIncident(incidentId);
    setWindowTitle(tr("Linked agencies for %1").arg(incident ? incident->number : QString()));
    m_table->setObjectName(QStringLiteral("agencyTable"));
    m_table->setHorizontalHeaderLabels({tr("Agency"), tr("Notified"), tr("By"), tr("Acknowledged")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_agency->setObjectName(QStringLiteral("agencyChoice"));
    m_note->setObjectName(QStringLiteral("agencyNote"));
    m_note->setPlaceholderText(tr("what they were told, e.g. one injured, head wound"));
    TextInput::limit(m_note, TextLimits::kReason);
    m_by->setObjectName(QStringLiteral("agencyBy"));
    m_by->setPlaceholderText(tr("who at the agency, e.g. 120 dispatcher Wang"));
    TextInput::limit(m_by, TextLimits::kName);
    m_error->setObjectName(QStringLiteral("agencyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::lateStyle());

    auto* notify = new QPushButton(tr("&Notify"), this);
    auto* acknowledged = new QPushButton(tr("&Acknowledged"), this);
    connect(notify, &QPushButton::clicked, this, &AgencyDialog::notifySelected);
    connect(acknowledged, &QPushButton::clicked, this, &AgencyDialog::acknowledgeSelected);
    auto* notifyRow = new QHBoxLayout;
    notifyRow->addWidget(m_agency, 1);
    notifyRow->addWidget(m_note, 2);
    notifyRow->addWidget(notify);
    auto* ackRow = new QHBoxLayout;
    ackRow->addWidget(m_by, 1);
    ackRow->addWidget(acknowledged);
    auto* form = new QFormLayout;
    form->addRow(tr("Notify:"), notifyRow);
    form->addRow(tr("Highlighted one acknowledged by:"), ackRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AgencyDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 360);
    refresh();
    m_agency->setFocus();
}

void AgencyDialog::refresh()
{
    const QList<AgencyNotification> list = m_service.agencyNotifications(m_incidentId);
    const QTimeZone zone = m_service.board().timeZone();
    const qint64 now = m_service.clock().nowMs();
    m_table->setRowCount(int(list.size()));
    int pending = -1;
    for (int r = 0; r < list.size(); ++r) {
        const AgencyNotification& n = list[r];
        const QStringList cells{Labels::agency(n.agency), Labels::dateTime(n.notifiedAtMs, zone, now), n.notifiedBy,
                                n.isAcknowledged() ? tr("%1 by %2").arg(Labels::dateTime(n.acknowledgedAtMs, zone, now), n.acknowledgedBy)
                                                   : tr("not yet — %1 waiting").arg(Labels::duration(now - n.notifiedAtMs))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, n.id);
            if (!n.isAcknowledged())
                item->setForeground(Palette::late());
            m_table->setItem(r, c, item);
        }
        if (!n.isAcknowledged() && pending < 0)
            pending = r;
    }
    if (pending >= 0)
        m_table->selectRow(pending);
    m_agency->clear();
    for (const Agency& a : m_service.board().agencies())
        if (std::none_of(list.cbegin(), list.cend(), [&a](const AgencyNotification& n) { return n.agency == a.code; }))
            m_agency->addItem(Labels::agency(a.code), a.code);
}

bool AgencyDialog::notifySelected()
{
    const Result<qint64> r = m_service.notifyAgency(m_incidentId, m_agency->currentData().toString(), m_note->text());
    m_error->setText(r ? QString() : r.errorString());
    if (r) {
        m_note->clear();
        refresh();
    }
    return r.ok();
}

bool AgencyDialog::acknowledgeSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        m_error->setText(tr("Highlight the agency that acknowledged."));
        return false;
    }
    if (m_by->text().trimmed().isEmpty()) {
        m_error->setText(tr("Say who at the agency acknowledged."));
        m_by->setFocus();
        return false;
    }
    const Status s = m_service.acknowledgeAgency(selected.first()->data(Qt::UserRole).toLongLong(), m_by->text());
    m_error->setText(s ? QString() : s.errorString());
    if (s) {
        m_by->clear();
        refresh();
    }
    return s.ok();
}

} // namespace dispatch::ui
