// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "training/TrainingCall.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The trainee's telephone in an exercise: the simulated calls ringing now, oldest first, with how long each has
/// waited; Enter (or a double click) answers the highlighted one — it is this trainee's alone from then on, and the
/// intake form opens with what the caller says — and a new call is announced once. A call another trainee answered
/// leaves the list; reaching for it at the same moment is refused with who got it.
class RingingCallsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RingingCallsWidget)

public:
    explicit RingingCallsWidget(DispatchService& service, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<TrainingCall>& ringing() const { return m_calls; }
    void tick();
    /// Answers the call at `row` (the intake form is opened by whoever listens); false when refused.
    bool answer(int row);

Q_SIGNALS:
    void answered(const dispatch::IncidentDraft& heard);
    void newCalls(int count);
    void refused(const QString& why);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    DispatchService& m_service;
    QTableWidget* m_table;
    QLabel* m_heading;
    QList<TrainingCall> m_calls;
    QSet<qint64> m_announced;
};

} // namespace dispatch::ui
