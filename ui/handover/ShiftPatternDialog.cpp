// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover/ShiftPatternDialog.h"

#include "common/Palette.h"
#include "service/DispatchService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

ShiftPatternDialog::ShiftPatternDialog(DispatchService& service, QWidget* parent)
    : QDialog(parent), m_service(service), m_table(new QTableWidget(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("shiftPatternDialog"));
    setWindowTitle(tr("Shift pattern"));
    m_table->setObjectName(QStringLiteral("shiftPatternTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Starts (HH:mm)"), tr("Name")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_error->setObjectName(QStringLiteral("shiftPatternError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::lateStyle());
    QList<QPair<QString, QString>> rows;
    for (const ShiftPattern::Slot& s : service.board().shiftPattern().shifts())
        rows.append({s.start.toString(QStringLiteral("HH:mm")), s.name});
    setRows(rows);

    auto* add = new QPushButton(tr("&Add a shift"), this);
    auto* remove = new QPushButton(tr("&Remove the selected"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QStringLiteral("00:00")));
        m_table->setItem(row, 1, new QTableWidgetItem(tr("New shift")));
        m_table->setCurrentCell(row, 0);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShiftPatternDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShiftPatternDialog::reject);
    auto* hint = new QLabel(tr("Each shift ends where the next begins; the handover is made at each start."), this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(420, 340);
}

void ShiftPatternDialog::setRows(const QList<QPair<QString, QString>>& rows)
{
    m_table->setRowCount(0);
    for (const auto& [start, name] : rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(start));
        m_table->setItem(row, 1, new QTableWidgetItem(name));
    }
}

void ShiftPatternDialog::accept()
{
    QList<ShiftPattern::Slot> list;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString start = m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString();
        const QString name = m_table->item(r, 1) ? m_table->item(r, 1)->text().trimmed() : QString();
        const QTime t = QTime::fromString(start, QStringLiteral("HH:mm"));
        if (!t.isValid()) {
            m_error->setText(tr("Row %1: \"%2\" is not a time (HH:mm)").arg(r + 1).arg(start));
            return;
        }
        if (name.isEmpty()) {
            m_error->setText(tr("Row %1: the shift needs a name").arg(r + 1));
            return;
        }
        list.append({t, name});
    }
    const Result<ShiftPattern> pattern = ShiftPattern::fromSlots(list);
    if (!pattern) {
        m_error->setText(pattern.errorString());
        return;
    }
    if (const Status s = m_service.setShiftPattern(*pattern); !s) {
        m_error->setText(s.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace dispatch::ui
