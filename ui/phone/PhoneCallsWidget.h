// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cti/CallerHistory.h"
#include "cti/RingingCalls.h"
#include "domain/Incident.h"

#include <QSet>
#include <optional>
#include <functional>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dispatch::ui {
class AbandonedCallTab;
}

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The desk's telephone (the CTI feed): the calls ringing now, the longest waiting first, with line, number, the
/// network's location and what the centre knows of the number (its calls of the last 30 days, an incident of it still
/// open, the watch list); below, the calls abandoned before an answer, owed a call back (the centre's list in the store). Enter (or a double click, or
/// F2 on the desk) answers the highlighted call: the intake form opens with line, number, caller and place filled in,
/// received when it began to ring. A call answered at another desk leaves the list.
class PhoneCallsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneCallsWidget)

public:
    PhoneCallsWidget(DispatchService& service, RingingCalls& calls, WatchList watchList, QWidget* parent = nullptr);

    QTableWidget* ringingTable() const { return m_ringing; }
    /// The abandoned calls owed a call back (the store's list, as in Follow-up ▸ Abandoned calls).
    AbandonedCallTab* abandonedTable() const { return m_abandoned; }
    /// Reads the calls again (a feed event, the window's tick).
    void refresh();
    /// Answers the ringing call at `row` (the highlighted one when -1): false when nothing rings there.
    bool answer(int row = -1);
    /// Asked before answering: a reason not to (a call already being taken), or an empty string.
    void setBusyCheck(std::function<QString()> busy) { m_busy = std::move(busy); }
    /// The history shown for a ringing call (tests, the tooltip).
    CallerHistory historyOf(const QString& callId) const { return m_history.value(callId); }
    QPushButton* takeCallButton() const { return m_takeCall; }
    QPushButton* noEmergencyButton() const { return m_noEmergency; }
    QPushButton* notReachedButton() const { return m_notReached; }

Q_SIGNALS:
    void answered(const dispatch::IncidentDraft& heard);
    /// The call just answered came with the network's place and how far off it may be (after answered()).
    void located(const dispatch::GeoPoint& point, int radiusM, const QString& source);
    void newCalls(int count);
    void refused(const QString& why);
    /// An abandoned call called back reached an emergency: its draft for the intake form.
    void takeCallBack(const dispatch::IncidentDraft& draft);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showAbandoned();
    QString historyText(const PhoneCall& call, const std::optional<CallerHistory>& h) const;

    DispatchService& m_service;
    RingingCalls& m_calls;
    WatchList m_watch;
    QLabel* m_heading;
    QTableWidget* m_ringing;
    QLabel* m_abandonedHeading;
    AbandonedCallTab* m_abandoned;
    QPushButton* m_notReached;
    QPushButton* m_noEmergency;
    QPushButton* m_takeCall;
    QList<PhoneCall> m_shown;
    QHash<QString, CallerHistory> m_history; ///< looked up once per ringing call (a failed lookup is tried again)
    QSet<QString> m_announced;
    std::function<QString()> m_busy;
};

} // namespace dispatch::ui
