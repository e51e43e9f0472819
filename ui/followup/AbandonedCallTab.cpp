// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/AbandonedCallTab.h"

#include "service/DispatchService.h"
#include "service/PhoneCommands.h"

#include <QKeyEvent>

namespace dispatch::ui {

AbandonedCallTab::AbandonedCallTab(DispatchService& service, QWidget* parent)
    : FollowUpTab(service, Entity::PhoneCall, QStringLiteral("abandonedCallsView"), parent),
      m_model(new AbandonedCallListModel(service, this))
{
    setListModel(m_model, AbandonedCallListModel::Place);
    setToolTip(tr("Enter reached: an emergency (the call is taken) · R reached: no emergency · N not reached"));
}

QString AbandonedCallTab::title() const
{
    return countedTitle(tr("Abandoned calls"), openCount(), overdueCount());
}

QString AbandonedCallTab::summaryPart() const
{
    return openCount() ? withOverdue(tr("%n abandoned call(s) to call back", nullptr, openCount())) : QString();
}

QString AbandonedCallTab::overdueMessage(int count) const
{
    return tr("%n abandoned call(s) not called back in time", nullptr, count);
}

bool AbandonedCallTab::notReachedAt(int row, const QString& note)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const CallRecord& c = m_model->callAt(row);
    const Status s = m_service.callBackNotReached(c.id, c.rowVersion, note);
    Q_EMIT message(s ? tr("Call back of %1: not reached").arg(c.number) : s.errorString());
    return bool(s);
}

bool AbandonedCallTab::noEmergencyAt(int row, const QString& note)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const CallRecord c = m_model->callAt(row);
    QString said = note;
    if (said.trimmed().isEmpty()) {
        bool ok = false;
        said = askText(tr("Reached: no emergency"),
                       tr("What did the caller of %1 say (a child playing, a pocket call, a call made by mistake …)?")
                           .arg(c.number),
                       &ok);
        if (!ok)
            return false;
    }
    const Status s = m_service.callBackNoEmergency(c.id, c.rowVersion, said);
    Q_EMIT message(s ? tr("Call back of %1: reached, no emergency").arg(c.number) : s.errorString());
    return bool(s);
}

bool AbandonedCallTab::takeCallAt(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    Q_EMIT takeCall(draftOf(m_model->callAt(row)));
    return true;
}

IncidentDraft AbandonedCallTab::draftOf(const CallRecord& c)
{
    IncidentDraft d;
    if (!c.line.isEmpty())
        d.line = c.line;
    d.callerPhone = c.number;
    d.callerName = c.callerName;
    if (c.lat && c.lon)
        d.position = GeoPoint{*c.lat, *c.lon};
    d.sourceRef = PhoneCommands::sourceRef(c.callId);
    // Received when the caller first rang: the emergency has waited since then, and its clocks say so.
    d.receivedAtMs = c.rangMs ? c.rangMs : c.endedMs;
    return d;
}

void AbandonedCallTab::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        const int row = currentRow();
        switch (event->key()) {
        case Qt::Key_N: notReachedAt(row); return;
        case Qt::Key_R: noEmergencyAt(row); return;
        case Qt::Key_Return:
        case Qt::Key_Enter: takeCallAt(row); return;
        default: break;
        }
    }
    FollowUpTab::keyPressEvent(event);
}

} // namespace dispatch::ui
