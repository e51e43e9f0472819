// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/MediationTab.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QBrush>
#include <QKeyEvent>

#include <algorithm>

namespace dispatch::ui {

MediationListModel::MediationListModel(DispatchService& service, QObject* parent)
    : FollowUpListModel(parent), m_service(service)
{
    reload();
}

int MediationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MediationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void MediationListModel::reload()
{
    ReadList<Mediation> rows = m_service.openMediations();
    if (!rows.ok())
        return; // the rows shown stay; the desk's banner says the store could not be read
    beginResetModel();
    m_rows = std::move(rows);
    for (const Mediation& m : std::as_const(m_rows))
        rememberIncident(m.incidentId);
    endResetModel();
}

void MediationListModel::rememberIncident(qint64 incidentId)
{
    if (!m_incidents.contains(incidentId))
        if (const auto i = m_service.findIncident(incidentId))
            m_incidents.insert(incidentId, {i->number, i->summary});
}

void MediationListModel::apply(const QList<qint64>& ids)
{
    applyRows(
        m_rows, ids,
        [this](qint64 id) {
            ReadOne<Mediation> m = m_service.findMediation(id);
            if (m && m->isOpen())
                rememberIncident(m->incidentId);
            return m;
        },
        [](const Mediation& a, const Mediation& b) { return std::pair(a.deadlineMs, a.id) < std::pair(b.deadlineMs, b.id); });
}

void MediationListModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Deadline), index(int(m_rows.size()) - 1, Deadline));
}

int MediationListModel::overdueCount() const
{
    const qint64 now = m_service.clock().nowMs();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [now](const Mediation& m) { return now > m.deadlineMs; }));
}

qint64 MediationListModel::idAt(int row) const
{
    return m_rows[row].id;
}

QVariant MediationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Mediation& m = m_rows[index.row()];
    const qint64 now = m_service.clock().nowMs();
    const bool overdue = now > m.deadlineMs;
    if (role == Qt::ForegroundRole && index.column() == Deadline)
        return QBrush(overdue ? Palette::late() : Palette::onTime());
    if (role == Qt::BackgroundRole && overdue)
        return QBrush(Palette::lateRow());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return m_incidents.value(m.incidentId).first;
    case Summary: return m_incidents.value(m.incidentId).second;
    case Mediator: {
        const Unit* u = m_service.board().unit(m.unitId);
        return tr("%1 · %2").arg(u ? u->callsign : QString::number(m.unitId), m.certificateNo);
    }
    case Assigned: return Labels::dateTime(m.assignedAtMs, m_service.board().timeZone(), now);
    case Deadline:
        return overdue ? tr("overdue by %1").arg(Labels::duration(now - m.deadlineMs))
                       : tr("%1 left").arg(Labels::duration(m.deadlineMs - now));
    case Note: return m.note;
    default: return {};
    }
}

QVariant MediationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Incident");
    case Summary: return tr("Dispute");
    case Mediator: return tr("Mediator · certificate");
    case Assigned: return tr("Since");
    case Deadline: return tr("Outcome due");
    case Note: return tr("Note");
    default: return {};
    }
}

MediationTab::MediationTab(DispatchService& service, QWidget* parent)
    : FollowUpTab(service, Entity::Mediation, QStringLiteral("mediationView"), parent), m_model(new MediationListModel(service, this))
{
    setListModel(m_model, MediationListModel::Summary);
    setToolTip(tr("S: settled · N: not settled (say why) · R: referred (say where)"));
}

QString MediationTab::overdueMessage(int count) const
{
    return tr("%n mediation(s) past their deadline", nullptr, count);
}

QString MediationTab::title() const
{
    return countedTitle(tr("Mediation"), openCount(), overdueCount());
}

QString MediationTab::summaryPart() const
{
    return openCount() ? withOverdue(tr("%n mediation(s)", nullptr, openCount())) : QString();
}

bool MediationTab::recordAt(int row, MediationOutcome outcome, const QString& note)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    QString text = note;
    if (text.isEmpty()) {
        bool ok = false;
        const QString label = outcome == MediationOutcome::Settled      ? tr("What did the parties agree? (may stay empty)")
                              : outcome == MediationOutcome::NotSettled ? tr("Why did they not settle?")
                                                                        : tr("Where was the dispute referred?");
        text = askText(MediationCodes::label(outcome), label, &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.recordMediation(m_model->mediationAt(row).id, outcome, text);
    Q_EMIT message(s ? tr("Mediation recorded: %1").arg(MediationCodes::label(outcome)) : s.errorString());
    return bool(s);
}

void MediationTab::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_S: recordAt(currentRow(), MediationOutcome::Settled); return;
        case Qt::Key_N: recordAt(currentRow(), MediationOutcome::NotSettled); return;
        case Qt::Key_R: recordAt(currentRow(), MediationOutcome::Referred); return;
        default: break;
        }
    }
    FollowUpTab::keyPressEvent(event);
}

} // namespace dispatch::ui
