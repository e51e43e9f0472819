// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handover/HandoverReport.h"
#include "stats/Statistics.h"

#include <QWidget>

#include <array>

class QCustomPlot;
class QLabel;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The dashboard dock: the current shift's figures and the report's charts, kept up to date from the window's
/// tick. A change marks it stale; it reads the store again at most every kMinRefreshMs (and at least every
/// kMaxRefreshMs for the clocks' sake), and not at all while hidden, so a busy desk never waits for it.
class DashboardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWidget)

public:
    explicit DashboardWidget(DispatchService& service, QWidget* parent = nullptr);

    static constexpr qint64 kMinRefreshMs = 10 * 1000;
    static constexpr qint64 kMaxRefreshMs = 60 * 1000;
    static constexpr int kCharts = 4;

    void tick();
    /// Reads the store now (also when hidden).
    void refresh();
    const Statistics& statistics() const { return m_stats; }
    /// The shift's figures as the handover counts them.
    const HandoverFigures& shiftFigures() const { return m_figures; }
    int refreshCount() const { return m_refreshes; }
    QCustomPlot* plot(int i) const { return m_plots[size_t(i)]; }
    QString figureText(const QString& key) const;

private:
    DispatchService& m_service;
    QLabel* m_heading;
    QList<QPair<QString, QLabel*>> m_labels;
    std::array<QCustomPlot*, kCharts> m_plots{};
    Statistics m_stats;
    HandoverFigures m_figures;
    qint64 m_refreshedAt = 0;
    bool m_dirty = true;
    int m_refreshes = 0;
};

} // namespace dispatch::ui
