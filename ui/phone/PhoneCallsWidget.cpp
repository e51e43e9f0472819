// SPDX-License-Identifier: GPL-3.0-or-later
#include "phone/PhoneCallsWidget.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "followup/AbandonedCallTab.h"
#include "service/DispatchService.h"
#include "service/PhoneCommands.h"
#include "store/GazetteerQueries.h"
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
      m_abandonedHeading(new QLabel(this)), m_abandoned(new AbandonedCallTab(service, this)),
      m_notReached(new QPushButton(tr("Not reached"), this)), m_noEmergency(new QPushButton(tr("No emergency…"), this)),
      m_takeCall(new QPushButton(tr("Take the call"), this))
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
    m_abandoned->setObjectName(QStringLiteral("phoneAbandonedTable"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_ringing, 1);
    auto* abandonedRow = new QHBoxLayout;
    abandonedRow->addWidget(m_abandonedHeading, 1);
    for (QPushButton* b : {m_takeCall, m_noEmergency, m_notReached}) {
        abandonedRow->addWidget(b);
        b->setAutoDefault(false);
    }
    layout->addLayout(abandonedRow);
    layout->addWidget(m_abandoned);
    // The call backs owed are the centre's (the store's list, the same on every desk and in Follow-up ▸ Abandoned
    // calls): worked here with the buttons, or the list's keys (Enter, R, N).
    m_takeCall->setObjectName(QStringLiteral("phoneTakeCallBack"));
    m_takeCall->setToolTip(tr("The caller was reached and has an emergency: the intake form opens with the call"));
    m_noEmergency->setObjectName(QStringLiteral("phoneNoEmergency"));
    m_noEmergency->setToolTip(tr("The caller was reached and there is no emergency: say what they said"));
    m_notReached->setObjectName(QStringLiteral("phoneNotReached"));
    m_notReached->setToolTip(tr("Tried, nobody answered: the try counts; after the last one the call back is closed"));
    connect(m_takeCall, &QPushButton::clicked, this, [this] { m_abandoned->takeCallAt(m_abandoned->currentRow()); });
    connect(m_noEmergency, &QPushButton::clicked, this, [this] { m_abandoned->noEmergencyAt(m_abandoned->currentRow()); });
    connect(m_notReached, &QPushButton::clicked, this, [this] { m_abandoned->notReachedAt(m_abandoned->currentRow()); });
    connect(m_abandoned, &AbandonedCallTab::takeCall, this, &PhoneCallsWidget::takeCallBack);
    connect(m_abandoned, &FollowUpTab::message, this, &PhoneCallsWidget::refused);
    QAbstractItemModel* owed = m_abandoned->listModel();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(owed, signal, this, &PhoneCallsWidget::showAbandoned);
    connect(owed, &QAbstractItemModel::modelReset, this, &PhoneCallsWidget::showAbandoned);
    // Narrow beside the intake: the network's place is in each row's tooltip (and in Follow-up ▸ Abandoned calls).
    m_abandoned->setColumnHidden(AbandonedCallListModel::Place, true);
    // The ringing calls take the height; the abandoned ones a few rows, and none while there is none.
    m_abandoned->setMaximumHeight(m_abandoned->horizontalHeader()->sizeHint().height() + 3 * m_abandoned->verticalHeader()->defaultSectionSize() + 4);
    showAbandoned();
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

    m_abandoned->tick();
    showAbandoned();
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
    if (const PhoneCall* now = m_calls.call(c.callId))
        m_service.recordPhoneEvent(CtiEventType::Answered, *now); // a failed write is the facade's banner; the call goes on
    IncidentDraft heard;
    heard.line = c.line;
    heard.callerPhone = c.number;
    heard.callerName = c.callerName;
    if (c.location)
        heard.position = c.location->point;
    heard.receivedAtMs = c.ringAtMs;
    heard.sourceRef = PhoneCommands::sourceRef(c.callId);
    // The map's nearest address (else named place) to where the network places the caller, offered as "near …" for
    // the call-taker to confirm with the caller (within the fix's accuracy, at least 150 m).
    if (c.location) {
        try {
            if (const auto near = GazetteerQueries::nearest(m_service.database().connection(), c.location->point,
                                                            std::max(150.0, double(c.location->radiusM))))
                heard.address = tr("near %1").arg(near->text);
        } catch (const DispatchError&) {
            // The store cannot be read just now: the form opens without the suggestion.
        }
    }
    refresh();
    Q_EMIT answered(heard);
    if (c.location && c.location->radiusM > 0)
        Q_EMIT located(c.location->point, c.location->radiusM, c.location->source);
    return true;
}

void PhoneCallsWidget::showAbandoned()
{
    const int n = m_abandoned->openCount();
    const int late = m_abandoned->overdueCount();
    m_abandonedHeading->setText(n == 0      ? tr("No abandoned call")
                                : late == 0 ? tr("%n abandoned call(s): call back", nullptr, n)
                                            : tr("%n abandoned call(s): call back (%1 overdue)", nullptr, n).arg(late));
    m_abandonedHeading->setStyleSheet(n ? Palette::lateStyle(true) : QString());
    for (QWidget* w : {static_cast<QWidget*>(m_abandoned), static_cast<QWidget*>(m_takeCall),
                       static_cast<QWidget*>(m_noEmergency), static_cast<QWidget*>(m_notReached)})
        w->setVisible(n > 0);
    if (n && m_abandoned->currentRow() < 0)
        m_abandoned->setCurrentIndex(m_abandoned->model()->index(0, 0));
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
