// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/DashboardWidget.h"

#include "reports/ReportCharts.h"
#include "service/DispatchService.h"
#include "stats/ReportTables.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <qcustomplot.h>

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {

constexpr ReportCharts::Chart kDashboardCharts[DashboardWidget::kCharts] = {
    ReportCharts::ResponseDistribution, ReportCharts::CategoryMix, ReportCharts::ComplianceByZone, ReportCharts::HourlyLoad};

} // namespace

DashboardWidget::DashboardWidget(DispatchService& service, QWidget* parent)
    : QWidget(parent), m_service(service), m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    auto* figures = new QGridLayout;
    const QList<QPair<QString, QString>> keys{
        {QStringLiteral("incidents"), tr("Incidents")},
        {QStringLiteral("dispatch_p50"), tr("Call to dispatch (median)")},
        {QStringLiteral("sign_for"), tr("Signed for within 30 s")},
        {QStringLiteral("arrival"), tr("Arrival in time")},
        {QStringLiteral("on_scene_p50"), tr("Dispatch to on scene (median)")},
        {QStringLiteral("diverted"), tr("Diverted")},
    };
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    for (int i = 0; i < keys.size(); ++i) {
        auto* caption = new QLabel(keys[i].second, this);
        caption->setStyleSheet(QStringLiteral("color:#546e7a"));
        auto* value = new QLabel(QStringLiteral("–"), this);
        value->setObjectName(QStringLiteral("dashboard_") + keys[i].first);
        value->setFont(big);
        figures->addWidget(caption, (i / 3) * 2, i % 3);
        figures->addWidget(value, (i / 3) * 2 + 1, i % 3);
        m_labels.append({keys[i].first, value});
    }

    auto* charts = new QWidget(this);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int c = 0; c < kCharts; ++c) {
        m_plots[size_t(c)] = ReportCharts::makePlot(charts, QStringLiteral("dashboardChart%1").arg(c));
        m_plots[size_t(c)]->setMinimumSize(280, 200);
        grid->addWidget(m_plots[size_t(c)], c / 2, c % 2);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(figures);
    layout->addWidget(scroll, 1);

    const auto stale = [this] { m_dirty = true; };
    connect(&m_service, &DispatchService::incidentsAdded, this, stale);
    connect(&m_service, &DispatchService::incidentsChanged, this, stale);
    connect(&m_service, &DispatchService::incidentsRemoved, this, stale);
    connect(&m_service, &DispatchService::boardReset, this, &DashboardWidget::refresh);
    refresh();
}

QString DashboardWidget::figureText(const QString& key) const
{
    for (const auto& [k, label] : m_labels)
        if (k == key)
            return label->text();
    return {};
}

void DashboardWidget::tick()
{
    if (!isVisible())
        return; // hidden: nothing read, the next showing tick catches up
    const qint64 since = m_service.clock().nowMs() - m_refreshedAt;
    if (since >= 0 && since < (m_dirty ? kMinRefreshMs : kMaxRefreshMs))
        return;
    refresh();
}

void DashboardWidget::refresh()
{
    const qint64 now = m_service.clock().nowMs();
    const QTimeZone zone = m_service.board().timeZone();
    const ShiftInstance shift =
        m_service.board().shiftPattern().at(QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()), zone);
    // The shift's counts and compliance are the handover's own figures (live work only, one definition); the
    // medians and the charts read the same live incidents of the same period.
    StatsQuery q;
    q.fromMs = shift.isValid() ? shift.start.toMSecsSinceEpoch() : now - 8 * 3600 * 1000;
    q.toMs = now + 1;
    q.origins = {QStringLiteral("live")};
    Result<Statistics> r = m_service.statistics(q);
    Result<HandoverFigures> f = shift.isValid() ? m_service.shiftFigures(shift) : Result<HandoverFigures>(HandoverFigures{});
    m_refreshedAt = now;
    m_dirty = false;
    ++m_refreshes;
    if (!r || !f) {
        m_heading->setText(tr("The store could not be read: %1").arg(!r ? r.errorString() : f.errorString()));
        return;
    }
    m_stats = std::move(r).value();
    m_figures = std::move(f).value();
    const Statistics& s = m_stats;
    const HandoverFigures& h = m_figures;
    m_heading->setText(tr("%1 since %2 · updated %3")
                           .arg(shift.isValid() ? shift.name : tr("This shift"),
                                QDateTime::fromMSecsSinceEpoch(q.fromMs, zone).toString(QStringLiteral("HH:mm")),
                                QDateTime::fromMSecsSinceEpoch(now, zone).toString(QStringLiteral("HH:mm:ss"))));
    const auto set = [this](const char* key, const QString& text) {
        for (const auto& [k, label] : m_labels)
            if (k == QLatin1String(key))
                label->setText(text);
    };
    set("incidents", QString::number(h.calls));
    set("dispatch_p50", s.receivedToDispatched.n ? ReportTables::seconds(s.receivedToDispatched.p50) : QStringLiteral("–"));
    set("sign_for", ReportTables::percent(h.signForMet, h.signForN));
    set("arrival", ReportTables::percent(h.arrivalMet, h.arrivalN));
    set("on_scene_p50", s.dispatchedToOnScene.n ? ReportTables::seconds(s.dispatchedToOnScene.p50) : QStringLiteral("–"));
    set("diverted", QString::number(h.diverted));
    const QString lang = Translations::currentLanguage();
    for (int c = 0; c < kCharts; ++c)
        ReportCharts::draw(m_plots[size_t(c)], kDashboardCharts[c], s, m_service.board().zones(), lang);
}

} // namespace dispatch::ui
