// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/RingingCallsWidget.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "store/TrainingRepository.h"
#include "training/TrainingStore.h"
#include "util/Clock.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {
enum Column { Waiting, Line, Phone, Caller, Said, ColumnCount };
}

RingingCallsWidget::RingingCallsWidget(DispatchService& service, QWidget* parent)
    : QWidget(parent), m_service(service), m_table(new QTableWidget(this)), m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("ringingCalls"));
    m_table->setObjectName(QStringLiteral("ringingTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Waiting"), tr("Line"), tr("Phone"), tr("Caller"), tr("What the caller says")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Said, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    m_table->setToolTip(tr("Enter: answer the highlighted call (the intake form opens with what the caller says)"));
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { answer(row); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    tick();
}

void RingingCallsWidget::tick()
{
    const qint64 now = m_service.clock().nowMs();
    QList<TrainingCall> calls;
    try {
        calls = TrainingRepository::ringing(m_service.database().connection(), now,
                                            m_service.currentUser() ? m_service.currentUser()->username : QString());
    } catch (const DispatchError&) {
        return;
    }
    const qint64 current = m_table->currentRow() >= 0 && m_table->currentRow() < m_calls.size() ? m_calls[m_table->currentRow()].id : 0;
    m_calls = calls;
    m_table->setRowCount(int(m_calls.size()));
    int fresh = 0, select = m_calls.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_calls.size(); ++r) {
        const TrainingCall& c = m_calls[r];
        const QStringList cells{Labels::duration(now - c.ringAtMs), Labels::line(c.line), c.phone, c.caller, c.text};
        for (int col = 0; col < ColumnCount; ++col) {
            auto* item = m_table->item(r, col);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, col, item);
            }
            item->setText(cells[col]);
            item->setForeground(col == Waiting && now - c.ringAtMs > 20000 ? Palette::late() : QColor());
        }
        if (c.id == current)
            select = r;
        if (!m_announced.contains(c.id)) {
            m_announced.insert(c.id);
            ++fresh;
        }
    }
    if (select >= 0 && m_table->currentRow() != select)
        m_table->setCurrentCell(select, 0);
    m_heading->setText(m_calls.isEmpty() ? tr("No call ringing") : tr("%n call(s) ringing", nullptr, int(m_calls.size())));
    if (fresh)
        Q_EMIT newCalls(fresh);
}

bool RingingCallsWidget::answer(int row)
{
    if (row < 0 || row >= m_calls.size())
        return false;
    // The call is this trainee's from now on; another trainee may have reached for it first.
    const Result<TrainingCall> taken = TrainingStore::answer(m_service, m_calls[row].ref);
    if (!taken) {
        Q_EMIT refused(taken.errorString());
        tick();
        return false;
    }
    const TrainingCall& c = *taken;
    IncidentDraft heard;
    heard.line = c.line;
    heard.callerPhone = c.phone;
    heard.callerName = c.caller;
    heard.address = c.address;
    heard.position = c.position;
    heard.summary = c.text;
    heard.receivedAtMs = c.ringAtMs;
    heard.sourceRef = c.sourceRef();
    Q_EMIT answered(heard);
    return true;
}

bool RingingCallsWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            answer(m_table->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dispatch::ui
