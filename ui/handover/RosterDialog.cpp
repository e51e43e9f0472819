// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover/RosterDialog.h"

#include "common/Palette.h"
#include "print/HandoverDocument.h"
#include "service/DispatchService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {
enum Column { Name, Desk };
constexpr int kUserRole = Qt::UserRole;
} // namespace

RosterDialog::RosterDialog(DispatchService& service, QWidget* parent)
    : QDialog(parent), m_service(service), m_shiftBox(new QComboBox(this)), m_leader(new QComboBox(this)),
      m_table(new QTableWidget(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("rosterDialog"));
    setWindowTitle(tr("Duty roster"));
    const ShiftInstance now = service.currentShift();
    m_shifts = {now, service.board().shiftPattern().at(now.end, service.board().timeZone())};
    const QTimeZone zone = service.board().timeZone();
    m_shiftBox->addItem(tr("This shift: %1").arg(HandoverDocument::shiftTitle(m_shifts[0], zone)));
    m_shiftBox->addItem(tr("Next shift: %1").arg(HandoverDocument::shiftTitle(m_shifts[1], zone)));
    m_shiftBox->setObjectName(QStringLiteral("rosterShift"));
    m_leader->setObjectName(QStringLiteral("rosterLeader"));
    m_table->setObjectName(QStringLiteral("rosterDispatchers"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Dispatcher (tick: on duty)"), tr("Desk")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_error->setObjectName(QStringLiteral("rosterError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::lateStyle());

    auto* form = new QFormLayout;
    auto* shiftLabel = new QLabel(tr("S&hift:"), this);
    shiftLabel->setBuddy(m_shiftBox);
    auto* leaderLabel = new QLabel(tr("&Leader:"), this);
    leaderLabel->setBuddy(m_leader);
    form->addRow(shiftLabel, m_shiftBox);
    form->addRow(leaderLabel, m_leader);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RosterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RosterDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 480);
    connect(m_shiftBox, &QComboBox::currentIndexChanged, this, &RosterDialog::load);
    load();
}

void RosterDialog::load()
{
    const QList<RosterEntry> roster = m_service.roster(m_shifts.value(m_shiftBox->currentIndex()));
    m_leader->clear();
    m_leader->addItem(tr("(not named)"), 0);
    m_table->setRowCount(0);
    for (const User& u : m_service.board().users()) {
        const auto entry = std::find_if(roster.cbegin(), roster.cend(), [&](const RosterEntry& e) { return e.userId == u.id; });
        if (u.role == Role::ShiftLeader) {
            m_leader->addItem(u.displayName, u.id);
            if (entry != roster.cend() && entry->duty == QLatin1String("leader"))
                m_leader->setCurrentIndex(m_leader->count() - 1);
        } else if (u.role == Role::Dispatcher) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto* name = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(u.displayName, u.username));
            name->setData(kUserRole, u.id);
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            name->setCheckState(entry != roster.cend() ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, Name, name);
            m_table->setItem(row, Desk, new QTableWidgetItem(entry != roster.cend() ? entry->desk : QString()));
        }
    }
}

bool RosterDialog::setOnDuty(const QString& username, bool onDuty, const QString& desk)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, Name)->text().endsWith(QStringLiteral("(%1)").arg(username))) {
            m_table->item(r, Name)->setCheckState(onDuty ? Qt::Checked : Qt::Unchecked);
            m_table->item(r, Desk)->setText(desk);
            return true;
        }
    return false;
}

void RosterDialog::accept()
{
    QList<RosterEntry> entries;
    if (const qint64 leader = m_leader->currentData().toLongLong())
        entries.append({leader, {}, {}, QStringLiteral("leader"), {}});
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, Name)->checkState() == Qt::Checked)
            entries.append({m_table->item(r, Name)->data(kUserRole).toLongLong(), {}, {}, QStringLiteral("dispatcher"),
                            m_table->item(r, Desk)->text().trimmed()});
    const Status s = m_service.setRoster(m_shifts.value(m_shiftBox->currentIndex()), entries);
    if (!s) {
        m_error->setText(s.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace dispatch::ui
