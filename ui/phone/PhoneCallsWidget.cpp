// SPDX-License-Identifier: GPL-3.0-or-later
#include "phone/PhoneCallsWidget.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {

enum Column { Waiting, Line, Number, History, Caller, ColumnCount };
enum AbandonedColumn { HungUp, AbandonedLine, AbandonedNumber, AbandonedRang, AbandonedPlace, AbandonedCount };

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers, int stretch)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int col = 0; col < cells.size(); ++col) {
        auto* item = t->item(row, col);
        if (!item) {
            item = new QTableWidgetItem;
            t->setItem(row, col, item);
        }
        item->setText(cells.at(col));
        item->setToolTip(cells.at(col));
    }
}

QString placeText(const std::optional<CallerLocation>& l)
{
    if (!l)
        return PhoneCallsWidget::tr("—");
    const QString where = QStringLiteral("%1, %2").arg(l->point.lat, 0, 'f', 5).arg(l->point.lon, 0, 'f', 5);
    return l->radiusM ? PhoneCallsWidget::tr("%1 ± %2 (%3)").arg(where, Labels::distance(l->radiusM), l->source)
                      : PhoneCallsWidget::tr("%1 (%2)").arg(where, l->source);
}

} // namespace

PhoneCallsWidget::PhoneCallsWidget(DispatchService& service, RingingCalls& calls, WatchList watchList, QWidget* parent)
    : QWidget(parent), m_service(service), m_calls(calls), m_watch(std::move(watchList)), m_heading(new QLabel(this)),
      m_ringing(makeTable(this, QStringLiteral("phoneRingingTable"),
                          {tr("Waiting"), tr("Line"), tr("Number"), tr("History"), tr("Caller")}, History)),
      m_abandonedHeading(new QLabel(this)),
      m_abandoned(makeTable(this, QStringLiteral("phoneAbandonedTable"),
                            {tr("Hung up"), tr("Line"), tr("Number"), tr("Rang for"), tr("Where the network says")}, AbandonedPlace)),
      m_calledBack(new QPushButton(tr("Called back"), this))
{
    setObjectName(QStringLiteral("phoneCalls"));
    m_ringing->installEventFilter(this);
    // Every ringing call in view without scrolling sideways: what is known of the number takes the room left (the
    // whole text in its tooltip, with where the network says the caller is), and at least three calls show.
    m_ringing->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ringing->setMinimumHeight(m_ringing->horizontalHeader()->sizeHint().height() + 3 * m_ringing->verticalHeader()->defaultSectionSize() + 4);
    m_ringing->setToolTip(tr("Enter or F2: answer the highlighted call (the intake form opens with the number and place)"));
    connect(m_ringing, &QTableWidget::cellDoubleClicked, this, [this](int row) { answer(row); });
    m_abandonedHeading->setObjectName(QStringLiteral("phoneAbandonedHeading"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_ringing, 1);
    auto* abandonedRow = new QHBoxLayout;
    abandonedRow->addWidget(m_abandonedHeading, 1);
    abandonedRow->addWidget(m_calledBack);
    layout->addLayout(abandonedRow);
    layout->addWidget(m_abandoned);
    m_calledBack->setObjectName(QStringLiteral("phoneCalledBack"));
    m_calledBack->setToolTip(tr("The highlighted abandoned call was called back: it leaves the list"));
    m_calledBack->hide();
    connect(m_calledBack, &QPushButton::clicked, this, &PhoneCallsWidget::markCalledBack);
    // The ringing calls take the height; the abandoned ones a few rows, and none while there is none.
    m_abandoned->setMaximumHeight(m_abandoned->horizontalHeader()->sizeHint().height() + 3 * m_abandoned->verticalHeader()->defaultSectionSize() + 4);
    m_abandoned->hide();
    refresh();
}

QString PhoneCallsWidget::historyText(const PhoneCall& call, const std::optional<CallerHistory>& h) const
{
    if (CallerHistory::key(call.number).size() < 3)
        return tr("no number: no history");
    if (!h)
        return tr("history not available (the store cannot be read)");
    QStringList parts;
    if (h->watched)
        parts << (h->watchNote.isEmpty() ? tr("ON THE WATCH LIST") : tr("ON THE WATCH LIST: %1").arg(h->watchNote));
    if (h->openIncidentId)
        parts << tr("open incident %1").arg(h->openNumber);
    if (h->recentCount)
        parts << tr("%n call(s) in 30 days, last %1", nullptr, h->recentCount).arg(h->lastNumber);
    return parts.isEmpty() ? tr("first call in 30 days") : parts.join(QStringLiteral(" · "));
}

void PhoneCallsWidget::refresh()
{
    const qint64 now = m_service.clock().nowMs();
    const QString current = m_ringing->currentRow() >= 0 && m_ringing->currentRow() < m_shown.size()
                                ? m_shown.at(m_ringing->currentRow()).callId
                                : QString();
    m_shown = m_calls.ringing();
    // What is kept per call goes with the call: a call id the switch uses again later starts afresh.
    QSet<QString> ids;
    for (const PhoneCall& c : std::as_const(m_shown))
        ids.insert(c.callId);
    for (auto it = m_history.begin(); it != m_history.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_history.erase(it);
    m_announced.intersect(ids);
    m_ringing->setRowCount(int(m_shown.size()));
    int fresh = 0;
    int select = m_shown.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_shown.size(); ++r) {
        const PhoneCall& c = m_shown.at(r);
        std::optional<CallerHistory> h;
        if (const auto known = m_history.constFind(c.callId); known != m_history.cend()) {
            h = *known;
        } else {
            try {
                h = CallerHistory::lookup(m_service.database().connection(), m_service.board(), m_watch, c.number, now);
                m_history.insert(c.callId, *h);
            } catch (const DispatchError&) {
                // The store cannot be read just now: the call rings all the same; the next refresh tries again.
            }
        }
        setRow(m_ringing, r,
               {Labels::duration(now - c.ringAtMs), Labels::line(c.line), c.number.isEmpty() ? tr("(withheld)") : c.number,
                historyText(c, h), c.callerName});
        const QString where = tr("Where the network says: %1").arg(placeText(c.location));
        for (int col = 0; col < ColumnCount; ++col)
            m_ringing->item(r, col)->setToolTip(m_ringing->item(r, col)->text() + u'\n' + where);
        m_ringing->item(r, Waiting)->setForeground(now - c.ringAtMs > 10000 ? Palette::late() : QColor());
        m_ringing->item(r, History)->setForeground(h && (h->watched || h->openIncidentId) ? Palette::late() : QColor());
        if (c.callId == current)
            select = r;
        if (!m_announced.contains(c.callId)) {
            m_announced.insert(c.callId);
            ++fresh;
        }
    }
    if (select >= 0 && m_ringing->currentRow() != select)
        m_ringing->setCurrentCell(select, 0);
    m_heading->setText(m_shown.isEmpty() ? tr("No call ringing") : tr("%n call(s) ringing", nullptr, int(m_shown.size())));

    m_abandonedShown = m_calls.abandoned();
    const QList<PhoneCall>& abandoned = m_abandonedShown;
    m_abandoned->setRowCount(int(abandoned.size()));
    for (int r = 0; r < abandoned.size(); ++r) {
        const PhoneCall& c = abandoned.at(r);
        setRow(m_abandoned, r,
               {Labels::dateTime(c.endedAtMs, m_service.board().timeZone(), now), Labels::line(c.line),
                c.number.isEmpty() ? tr("(withheld)") : c.number, Labels::duration(c.endedAtMs - c.ringAtMs), placeText(c.location)});
    }
    m_abandonedHeading->setText(abandoned.isEmpty() ? tr("No abandoned call")
                                                    : tr("%n abandoned call(s): call back", nullptr, int(abandoned.size())));
    m_abandonedHeading->setStyleSheet(abandoned.isEmpty() ? QString() : Palette::lateStyle(true));
    m_abandoned->setVisible(!abandoned.isEmpty());
    m_calledBack->setVisible(!abandoned.isEmpty());
    if (fresh)
        Q_EMIT newCalls(fresh);
}

bool PhoneCallsWidget::answer(int row)
{
    if (row < 0)
        row = m_ringing->currentRow() >= 0 ? m_ringing->currentRow() : 0;
    if (row >= m_shown.size())
        return false;
    if (m_busy)
        if (const QString why = m_busy(); !why.isEmpty()) {
            Q_EMIT refused(why);
            return false;
        }
    const PhoneCall c = m_shown.at(row);
    // This desk has it now: it stops ringing here at once (the switch tells the other desks).
    CtiEvent taken;
    taken.type = CtiEventType::Answered;
    taken.callId = c.callId;
    taken.desk = m_calls.desk();
    m_calls.apply(taken, m_service.clock().nowMs());
    IncidentDraft heard;
    heard.line = c.line;
    heard.callerPhone = c.number;
    heard.callerName = c.callerName;
    if (c.location)
        heard.position = c.location->point;
    heard.receivedAtMs = c.ringAtMs;
    refresh();
    Q_EMIT answered(heard);
    return true;
}

bool PhoneCallsWidget::markCalledBack()
{
    const int row = m_abandoned->currentRow();
    if (row < 0 || row >= m_abandonedShown.size())
        return false;
    const bool taken = m_calls.takeAbandoned(m_abandonedShown.at(row).callId);
    refresh();
    return taken;
}

bool PhoneCallsWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ringing && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            answer(m_ringing->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dispatch::ui
