// SPDX-License-Identifier: GPL-3.0-or-later
#include "incident/IncidentDetailPanel.h"

#include "common/EventText.h"
#include "common/Labels.h"
#include "domain/TextLimits.h"
#include "domain/WorkOrder.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dispatch::ui {

IncidentDetailPanel::IncidentDetailPanel(DispatchService& service, QWidget* parent)
    : QWidget(parent),
      m_service(service),
      m_stack(new QStackedWidget(this)),
      m_overview(new QLabel(this)),
      m_title(new QLabel(this)),
      m_received(new QLabel(this)),
      m_fields(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_history(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("incidentDetail"));
    m_overview->setAlignment(Qt::AlignCenter);
    m_overview->setWordWrap(true);
    m_overview->setObjectName(QStringLiteral("deskOverview"));

    auto* page = new QWidget(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSize(titleFont.pointSize() + 2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->setTextFormat(Qt::RichText);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setStyleSheet(QStringLiteral("QLabel { background: #fffde7; border: 1px solid #e0e0e0; padding: 6px; }"));
    m_history->setObjectName(QStringLiteral("incidentHistory"));
    m_history->setColumnCount(3);
    m_history->setHeaderLabels({tr("Time"), tr("By"), tr("What")});
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setStretchLastSection(true);
    m_history->setColumnWidth(0, 140);
    m_history->setColumnWidth(1, 160);
    // Compact for a desk of 1366 × 768: the number and age on top, then the record and its history as two tabs (the
    // record scrolls when long, the description in its own bounded box).
    auto* details = new QWidget(this);
    auto* dl = new QVBoxLayout(details);
    dl->setContentsMargins(4, 4, 4, 4);
    dl->addWidget(m_fields);
    auto* summaryBox = new QScrollArea(details);
    summaryBox->setObjectName(QStringLiteral("incidentSummaryBox"));
    summaryBox->setWidget(m_summary);
    summaryBox->setWidgetResizable(true);
    summaryBox->setFrameShape(QFrame::NoFrame);
    summaryBox->setMaximumHeight(110);
    summaryBox->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    dl->addWidget(summaryBox);
    dl->addStretch(1);
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("incidentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(detailsScroll, tr("&Record"));
    m_tabs->addTab(m_history, tr("&History"));

    auto* pl = new QVBoxLayout(page);
    pl->setContentsMargins(4, 2, 4, 2);
    pl->setSpacing(2);
    m_received->setObjectName(QStringLiteral("incidentReceived"));
    m_received->setStyleSheet(QStringLiteral("color:#546e7a"));
    pl->addWidget(m_title);
    pl->addWidget(m_received);
    pl->addWidget(m_tabs, 1);

    auto* overviewScroll = new QScrollArea(this);
    overviewScroll->setWidget(m_overview);
    overviewScroll->setWidgetResizable(true);
    overviewScroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(overviewScroll);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_service, &DispatchService::incidentsChanged, this, [this](const QList<qint64>& ids) {
        if (ids.contains(m_incidentId))
            refresh();
        else
            refreshOverview();
    });
    connect(&m_service, &DispatchService::incidentsAdded, this, &IncidentDetailPanel::refreshOverview);
    connect(&m_service, &DispatchService::incidentsRemoved, this, [this](const QList<qint64>& ids) {
        if (ids.contains(m_incidentId))
            refresh(); // still shown, read from the store: a closed incident keeps its history
        refreshOverview();
    });
    connect(&m_service, &DispatchService::unitsChanged, this, [this] {
        if (m_incidentId)
            refresh();
        else
            refreshOverview();
    });
    connect(&m_service, &DispatchService::boardReset, this, &IncidentDetailPanel::refresh);
    refreshOverview();
}

void IncidentDetailPanel::showIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    refresh();
}

void IncidentDetailPanel::tick()
{
    if (!m_incidentId || !m_receivedAtMs)
        return;
    const qint64 now = m_service.clock().nowMs();
    const QString received = QDateTime::fromMSecsSinceEpoch(m_receivedAtMs, QTimeZone::utc())
                                 .toTimeZone(m_service.board().timeZone())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_received->setText(tr("Received %1 (%2 ago)").arg(received, Labels::duration(now - m_receivedAtMs)));
}

QString IncidentDetailPanel::receivedText() const
{
    return m_received->text();
}

int IncidentDetailPanel::historyRows() const
{
    return m_history->topLevelItemCount();
}

void IncidentDetailPanel::refreshOverview()
{
    const Board& b = m_service.board();
    int available = 0, committed = 0, onDuty = 0;
    for (qint64 id : b.unitIds()) {
        const Unit* u = b.unit(id);
        if (!u)
            continue;
        available += u->isAvailable();
        committed += UnitLifecycle::isCommitted(u->state);
        onDuty += u->isOnDuty();
    }
    int waiting = 0, p1 = 0;
    for (qint64 id : b.activeIncidentIds()) {
        const Incident* i = b.incident(id);
        waiting += i->state == IncidentState::Received || i->state == IncidentState::Triaged;
        p1 += i->priority == 1;
    }
    const ShiftInstance shift = b.shiftPattern().at(m_service.clock().now(), b.timeZone());
    const DiversionFigures div =
        m_service.diversion(shift.start.toMSecsSinceEpoch(), shift.end.toMSecsSinceEpoch());
    const QString diversion =
        tr("<p style='font-size:10pt'>%1: %2 calls · %3 diverted to agencies (%4%) · %5 work orders open · %6 "
           "returned</p>")
            .arg(shift.name)
            .arg(div.calls)
            .arg(div.diverted)
            .arg(QString::number(div.rate() * 100.0, 'f', 1))
            .arg(div.open)
            .arg(div.returned);
    m_overview->setText(
        tr("<h3>%1</h3><p style='font-size:11pt'>%2 active incidents · %3 waiting for a unit · %4 priority 1</p>"
           "<p style='font-size:11pt'>%5 units on duty · %6 available · %7 committed</p>"
           "<p style='color:#607d8b'>Select an incident in the queue or on the map to see it here.</p>")
            .arg((Labels::language() == QStringLiteral("zh_CN") || b.centre().nameEn.isEmpty()) ? b.centre().name
                                                                                                : b.centre().nameEn)
            .arg(b.activeIncidentCount())
            .arg(waiting)
            .arg(p1)
            .arg(onDuty)
            .arg(available)
            .arg(committed)
        + diversion);
}

void IncidentDetailPanel::refresh()
{
    if (!m_incidentId) {
        refreshOverview();
        m_stack->setCurrentIndex(0);
        return;
    }
    const Board& b = m_service.board();
    std::optional<Incident> stored;
    const Incident* i = b.incident(m_incidentId);
    if (!i) {
        stored = m_service.findIncident(m_incidentId);
        if (!stored) {
            m_incidentId = 0;
            refresh();
            return;
        }
        i = &*stored;
    }
    m_stack->setCurrentIndex(1);
    const QTimeZone tz = b.timeZone();
    m_title->setText(QStringLiteral("%1  ·  %2  ·  %3").arg(i->number, Labels::priority(i->priority),
                                                           IncidentLifecycle::label(i->state)));
    QPalette pal = m_title->palette();
    pal.setColor(QPalette::WindowText, Labels::priorityColor(i->priority));
    m_title->setPalette(pal);

    const Zone* z = b.zone(i->zoneId);
    QStringList units;
    for (qint64 uid : b.unitIds())
        if (const Unit* u = b.unit(uid); u && u->incidentId == i->id)
            units << QStringLiteral("%1 (%2)").arg(u->callsign, UnitLifecycle::label(u->state));
    const auto row = [](const QString& k, const QString& v) {
        return QStringLiteral("<tr><td style='color:#607d8b; padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(k, v.toHtmlEscaped());
    };
    m_receivedAtMs = i->receivedAtMs;
    tick();
    QString html = QStringLiteral("<table>");
    html += row(tr("Line"), Labels::line(i->line));
    html += row(tr("Caller"), QStringLiteral("%1  %2").arg(i->callerName, i->callerPhone).trimmed());
    html += row(tr("Address"), i->address);
    html += row(tr("Zone"), z ? QStringLiteral("%1 · %2").arg(z->name, Labels::tier(i->tier)) : Labels::tier(0));
    if (i->position)
        html += row(tr("Position"), QStringLiteral("%1, %2").arg(i->position->lat, 0, 'f', 5).arg(i->position->lon, 0, 'f', 5));
    html += row(tr("Category"), Labels::category(i->category));
    if (i->mediation)
        html += row(tr("Mediation"), tr("offered to a mediator"));
    if (i->workOrder.id) {
        const auto wo = WorkOrderLifecycle::fromCode(i->workOrder.state);
        html += row(tr("Work order"), QStringLiteral("%1 · %2").arg(Labels::agency(i->workOrder.agency),
                                                                     wo ? WorkOrderLifecycle::label(*wo) : QString()));
    } else {
        html += row(tr("Units"), units.isEmpty() ? tr("none") : units.join(QStringLiteral(", ")));
    }
    const QList<IncidentCaller> callers = m_service.callers(i->id);
    for (const IncidentCaller& c : callers)
        html += row(tr("Further caller"),
                    QStringLiteral("%1  %2 — %3").arg(c.name, c.phone, TextLimits::elide(c.summary, 200)).trimmed());
    QStringList told;
    const QTimeZone zone = b.timeZone();
    const qint64 now = m_service.clock().nowMs();
    for (const AgencyNotification& n : m_service.agencyNotifications(i->id))
        told << (n.isAcknowledged()
                     ? tr("%1 %2, acknowledged %3 (%4)")
                           .arg(Labels::agency(n.agency), Labels::dateTime(n.notifiedAtMs, zone, now),
                                Labels::dateTime(n.acknowledgedAtMs, zone, now), n.acknowledgedBy)
                     : tr("%1 %2, not yet acknowledged").arg(Labels::agency(n.agency), Labels::dateTime(n.notifiedAtMs, zone, now)));
    if (!told.isEmpty())
        html += row(tr("Agencies notified"), told.join(QStringLiteral("; ")));
    for (const CallAnswer& a : m_service.callAnswers(i->id))
        html += row(a.asked.toHtmlEscaped(), a.answer);
    QStringList linked;
    for (qint64 other : m_service.links(i->id))
        if (const std::optional<Incident> o = m_service.findIncident(other))
            linked << o->number;
    if (!linked.isEmpty())
        html += row(tr("Linked"), linked.join(QStringLiteral(", ")));
    if (!i->triageRules.isEmpty())
        html += row(tr("Triage rules"), i->triageRules.join(QStringLiteral(", ")));
    html += row(tr("Taken by"), QStringLiteral("%1 @ %2")
                                    .arg(b.user(i->createdBy) ? b.user(i->createdBy)->displayName : tr("system"), i->desk));
    html += QStringLiteral("</table>");
    m_fields->setText(html);
    m_summary->setText(i->summary.isEmpty() ? tr("(no description)") : i->summary);

    m_history->clear();
    // The incident's whole record: its own events and those of its work orders, transfers, callback and mediations.
    const QList<EventRecord> events = m_service.incidentHistory(m_incidentId);
    m_tabs->setTabText(1, tr("&History (%1)").arg(events.size()));
    for (const EventRecord& e : events) {
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0, QDateTime::fromMSecsSinceEpoch(e.atMs, QTimeZone::utc())
                             .toTimeZone(tz)
                             .toString(QStringLiteral("MM-dd HH:mm:ss")));
        item->setText(1, QStringLiteral("%1 @ %2").arg(e.username, e.desk));
        item->setText(2, EventText::describe(e));
        item->setToolTip(2, QString::fromUtf8(e.payload));
    }
}

} // namespace dispatch::ui
