// SPDX-License-Identifier: GPL-3.0-or-later
#include "roster/ShiftDutyDialog.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {
constexpr int kUnitIdRole = Qt::UserRole + 1;
constexpr int kStationRole = Qt::UserRole + 2;
constexpr int kLockedRole = Qt::UserRole + 3;
} // namespace

ShiftDutyDialog::ShiftDutyDialog(DispatchService& service, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_table(new QTableWidget(this)),
      m_station(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("shiftDutyDialog"));
    const Board& board = service.board();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(service.clock().nowMs(), Qt::UTC);
    const ShiftInstance shift = board.shiftPattern().at(now, board.timeZone());
    m_shiftName = shift.name;
    setWindowTitle(tr("Units for the shift"));

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("shiftHeading"));
    heading->setTextFormat(Qt::RichText);
    heading->setText(shift.isValid()
                         ? tr("<b>%1</b> · %2 – %3. Tick the units on duty for this shift.")
                               .arg(shift.name.toHtmlEscaped(),
                                    shift.start.toTimeZone(board.timeZone()).toString(QStringLiteral("HH:mm")),
                                    shift.end.toTimeZone(board.timeZone()).toString(QStringLiteral("HH:mm")))
                         : tr("Tick the units on duty for this shift."));

    m_station->setObjectName(QStringLiteral("dutyStationFilter"));
    m_station->addItem(tr("All stations"), qint64(0));
    for (const auto& s : board.stations())
        m_station->addItem(s.name, s.id);
    m_station->addItem(tr("No station"), qint64(-1));
    connect(m_station, &QComboBox::currentIndexChanged, this, &ShiftDutyDialog::filterStation);
    auto* allOn = new QPushButton(tr("All shown o&n duty"), this);
    allOn->setObjectName(QStringLiteral("dutyAllOn"));
    connect(allOn, &QPushButton::clicked, this, [this] { setShownOnDuty(true); });
    auto* allOff = new QPushButton(tr("All shown o&ff duty"), this);
    allOff->setObjectName(QStringLiteral("dutyAllOff"));
    connect(allOff, &QPushButton::clicked, this, [this] { setShownOnDuty(false); });
    auto* stationLabel = new QLabel(tr("&Station"), this);
    stationLabel->setBuddy(m_station);
    auto* bar = new QHBoxLayout;
    bar->addWidget(stationLabel);
    bar->addWidget(m_station);
    bar->addStretch(1);
    bar->addWidget(allOn);
    bar->addWidget(allOff);

    m_table->setObjectName(QStringLiteral("dutyTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("On duty"), tr("Callsign"), tr("Type"), tr("Station"), tr("Status now"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setStretchLastSection(true);
    fill();
    m_table->resizeColumnsToContents();
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == OnDuty)
            updateSummary();
    });

    m_summary->setObjectName(QStringLiteral("dutySummary"));
    m_error->setObjectName(QStringLiteral("dutyError"));
    m_error->setStyleSheet(Palette::lateStyle());
    m_error->setWordWrap(true);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Change duty"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 560);
    updateSummary();
}

void ShiftDutyDialog::fill()
{
    const Board& board = m_service.board();
    QSignalBlocker block(m_table);
    m_table->setRowCount(int(board.unitIds().size()));
    int row = 0;
    for (const qint64 id : board.unitIds()) {
        const Unit* u = board.unit(id);
        if (!u)
            continue;
        m_wasOnDuty.insert(id, u->isOnDuty());
        const bool locked = u->incidentId != 0 || u->isCommitted();
        auto* tick = new QTableWidgetItem;
        tick->setFlags(locked ? Qt::ItemIsSelectable : Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        tick->setCheckState(u->isOnDuty() ? Qt::Checked : Qt::Unchecked);
        tick->setData(kUnitIdRole, id);
        tick->setData(kStationRole, u->stationId ? u->stationId : qint64(-1));
        tick->setData(kLockedRole, locked);
        m_table->setItem(row, OnDuty, tick);
        m_table->setItem(row, Callsign, new QTableWidgetItem(u->callsign));
        m_table->setItem(row, Type, new QTableWidgetItem(Labels::unitType(u->type)));
        const auto* station = board.station(u->stationId);
        m_table->setItem(row, Station, new QTableWidgetItem(station ? station->name : QString()));
        auto* status = new QTableWidgetItem(UnitLifecycle::label(u->state));
        status->setForeground(Labels::unitStateColor(u->state));
        m_table->setItem(row, StatusNow, status);
        QString note;
        if (locked) {
            const Incident* i = board.incident(u->incidentId);
            note = tr("On incident %1: stays on duty until cleared").arg(i ? i->number : QString());
        }
        m_table->setItem(row, Note, new QTableWidgetItem(note));
        ++row;
    }
    m_table->setRowCount(row);
}

int ShiftDutyDialog::rowOf(qint64 unitId) const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, OnDuty)->data(kUnitIdRole).toLongLong() == unitId)
            return r;
    return -1;
}

void ShiftDutyDialog::filterStation()
{
    const qint64 station = m_station->currentData().toLongLong();
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->setRowHidden(r, station != 0 && m_table->item(r, OnDuty)->data(kStationRole).toLongLong() != station);
}

void ShiftDutyDialog::setShownOnDuty(bool onDuty)
{
    {
        QSignalBlocker block(m_table);
        for (int r = 0; r < m_table->rowCount(); ++r) {
            QTableWidgetItem* tick = m_table->item(r, OnDuty);
            if (!m_table->isRowHidden(r) && !tick->data(kLockedRole).toBool())
                tick->setCheckState(onDuty ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateSummary();
}

void ShiftDutyDialog::updateSummary()
{
    int on = 0, off = 0, staying = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem* tick = m_table->item(r, OnDuty);
        const bool was = m_wasOnDuty.value(tick->data(kUnitIdRole).toLongLong());
        const bool now = tick->checkState() == Qt::Checked;
        on += !was && now;
        off += was && !now;
        staying += tick->data(kLockedRole).toBool();
    }
    QString text = tr("%n unit(s) come on duty", nullptr, on) + QStringLiteral(" · ")
        + tr("%n unit(s) go off duty", nullptr, off);
    if (staying)
        text += QStringLiteral(" · ") + tr("%n unit(s) on incidents stay", nullptr, staying);
    m_summary->setText(text);
    m_save->setEnabled(on + off > 0);
}

void ShiftDutyDialog::accept()
{
    UnitCommands::DutyChange change;
    change.shift = m_shiftName;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem* tick = m_table->item(r, OnDuty);
        const qint64 id = tick->data(kUnitIdRole).toLongLong();
        const bool was = m_wasOnDuty.value(id);
        const bool now = tick->checkState() == Qt::Checked;
        if (!was && now)
            change.onDuty.append(id);
        else if (was && !now)
            change.offDuty.append(id);
    }
    const Status s = m_service.changeDuty(change);
    if (!s) {
        m_error->setText(tr("Not changed: %1").arg(s.errorString()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace dispatch::ui
