// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/AfterAction.h"
#include "training/TrainingRecords.h"
#include "util/Result.h"

#include <QDialog>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace dispatch::ui {

/// The after-action report (演练评估) of an exercise: the score with its formula, the session's measures, each event
/// against the truth and the targets, a chart of call → dispatch per event against its target and one of the
/// trainee's scores over their sessions; exported to an A4 PDF.
class AfterActionWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfterActionWindow)

public:
    AfterActionWindow(const AfterActionReport& report, const QList<TrainingSessionRecord>& history, const QTimeZone& zone,
                      const QString& centre, QWidget* parent = nullptr);

    QLabel* scoreLabel() const { return m_score; }
    QTableWidget* eventsTable() const { return m_events; }
    QCustomPlot* dispatchPlot() const { return m_dispatchPlot; }
    QCustomPlot* progressPlot() const { return m_progressPlot; }
    Status exportPdf(const QString& path);

    /// Draws call → dispatch per event (bars) against each event's target (marks).
    static void drawDispatch(QCustomPlot* plot, const AfterActionReport& r);
    /// Draws a trainee's scores session after session.
    static void drawProgress(QCustomPlot* plot, const QList<TrainingSessionRecord>& sessions);

private:
    AfterActionReport m_report;
    QTimeZone m_zone;
    QString m_centre;
    QLabel* m_score;
    QTableWidget* m_events;
    QCustomPlot* m_dispatchPlot;
    QCustomPlot* m_progressPlot;
    QLabel* m_status;
};

} // namespace dispatch::ui
