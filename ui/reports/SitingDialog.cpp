// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/SitingDialog.h"

#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {

QString percent(int part, int whole)
{
    return whole > 0 ? QStringLiteral("%1 %").arg(100.0 * part / whole, 0, 'f', 1) : QStringLiteral("—");
}

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SitingDialog::SitingDialog(DispatchService& service, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_points(new QSpinBox(this)),
      m_target(new QSpinBox(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_keep(new QListWidget(this)),
      m_amongExisting(new QCheckBox(tr("Choose among the existing points &only"), this)),
      m_backup(new QCheckBox(tr("Prefer a &second point in reach"), this)),
      m_run(new QPushButton(tr("&Find the sites (Ctrl+Enter)"), this)),
      m_export(new QPushButton(tr("&Save as GeoJSON…"), this)),
      m_summary(new QLabel(this)),
      m_sites(new QTableWidget(0, 4, this)),
      m_zones(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("sitingDialog"));
    setWindowTitle(tr("Where to put staging points (科学布点)"));
    resize(1000, 640);

    const QList<StagingPoint>& existing = m_service.board().stagingPoints();
    m_points->setObjectName(QStringLiteral("sitingPoints"));
    m_points->setRange(1, 100);
    m_points->setValue(existing.isEmpty() ? 8 : int(existing.size()));
    m_target->setObjectName(QStringLiteral("sitingTarget"));
    m_target->setRange(60, 1800);
    m_target->setSingleStep(60);
    m_target->setValue(300);
    m_target->setSuffix(tr(" s"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_service.clock().nowMs(), m_service.board().timeZone()).date();
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(today.addYears(-1));
    m_to->setDate(today);
    m_keep->setObjectName(QStringLiteral("sitingKeep"));
    m_keep->setToolTip(tr("Tick the points that stay whatever the solver finds"));
    for (const StagingPoint& p : existing) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 %2").arg(p.code, p.name), m_keep);
        item->setData(Qt::UserRole, p.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_keep->setMaximumHeight(110);
    m_amongExisting->setObjectName(QStringLiteral("sitingAmongExisting"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Points to place"), m_points);
    form->addRow(tr("&Reached within"), m_target);
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to);
    period->addStretch();
    auto* periodLabel = new QLabel(tr("Incidents &received"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    form->addRow(tr("&Keep these points"), m_keep);
    form->addRow(QString(), m_amongExisting);
    form->addRow(QString(), m_backup);

    m_summary->setObjectName(QStringLiteral("sitingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Choose the period and the number of points, then find the sites. The incidents of the period "
                          "are reached over the map's roads from each candidate: today's points and a road node every "
                          "400 m where incidents are."));
    m_sites->setObjectName(QStringLiteral("sitingSites"));
    m_sites->setHorizontalHeaderLabels({tr("Site"), tr("Kind"), tr("Position"), tr("Incidents reached")});
    m_zones->setObjectName(QStringLiteral("sitingZones"));
    m_zones->setHorizontalHeaderLabels({tr("Zone"), tr("Incidents"), tr("Reached now"), tr("Reached, proposed")});
    for (QTableWidget* t : {m_sites, m_zones}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
    }
    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(m_sites);
    tables->addWidget(m_zones);

    m_export->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_export);
    buttons->addStretch();
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(tables, 1);

    connect(m_run, &QPushButton::clicked, this, &SitingDialog::run);
    connect(m_export, &QPushButton::clicked, this, &SitingDialog::exportGeoJson);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &SitingDialog::run);
    connect(this, &QDialog::finished, this, [this] { Q_EMIT sitesProposed({}); });
}

void SitingDialog::run()
{
    SitingOptions o;
    o.points = m_points->value();
    o.targetSeconds = m_target->value();
    o.amongExisting = m_amongExisting->isChecked();
    o.backup = m_backup->isChecked();
    for (int i = 0; i < m_keep->count(); ++i)
        if (m_keep->item(i)->checkState() == Qt::Checked)
            o.keep.append(m_keep->item(i)->data(Qt::UserRole).toString());
    const QTimeZone zone = m_service.board().timeZone();
    const qint64 fromMs = QDateTime(m_from->date(), QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    if (toMs <= fromMs) {
        m_summary->setText(tr("⚠ The period ends before it starts."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<SitingResult> r = m_service.siteStagingPoints(o, fromMs, toMs);
    QApplication::restoreOverrideCursor();
    m_sites->setRowCount(0);
    m_zones->setRowCount(0);
    if (!r) {
        m_result.reset();
        m_export->setEnabled(false);
        m_summary->setText(tr("⚠ %1").arg(r.error().message));
        Q_EMIT sitesProposed({});
        return;
    }
    m_result = *r;
    const int n = r->incidents;
    QString text = tr("%n incident(s) with a position in the period", nullptr, n);
    if (r->offNetwork > 0)
        text += tr(", %n of them off the map's roads (never reached)", nullptr, r->offNetwork);
    text = tr("%1.").arg(text) + QStringLiteral("<br>")
            + tr("<b>Now</b>, from %1 existing point(s) on the roads: %2 reached within %3 s (%4), %5 by two points.")
                  .arg(r->existingOnNetwork)
                  .arg(r->coveredNow)
                  .arg(o.targetSeconds)
                  .arg(percent(r->coveredNow, n))
                  .arg(r->coveredTwiceNow)
            + QStringLiteral("<br>")
            + tr("<b>Proposed</b>, %1 point(s): %2 reached (%3), %4 by two points.")
                  .arg(r->chosen.size())
                  .arg(r->coveredProposed)
                  .arg(percent(r->coveredProposed, n))
                  .arg(r->coveredTwiceProposed)
            + QStringLiteral("<br>")
            + (r->optimal ? tr("The solver proved this the best choice among %1 candidate sites (%2 s).")
                                .arg(r->candidates)
                                .arg(r->solverSeconds, 0, 'f', 1)
                          : tr("The solver's time ran out: a choice at most %1 % better may exist (%2 candidate sites).")
                                .arg(r->gap * 100, 0, 'f', 1)
                                .arg(r->candidates));
    m_summary->setText(text);
    QList<SitingSite> sites;
    for (const SitingChosen& c : r->chosen) {
        const int row = m_sites->rowCount();
        m_sites->insertRow(row);
        m_sites->setItem(row, 0, cell(c.site.name.isEmpty() ? c.site.code : QStringLiteral("%1 %2").arg(c.site.code, c.site.name)));
        m_sites->setItem(row, 1, cell(c.site.existing ? tr("existing point") : tr("new, on the road")));
        m_sites->setItem(row, 2, cell(QStringLiteral("%1, %2").arg(c.site.point.lat, 0, 'f', 5).arg(c.site.point.lon, 0, 'f', 5)));
        m_sites->setItem(row, 3, cell(QString::number(c.covered), true));
        sites.append(c.site);
    }
    for (const SitingZone& z : r->zones) {
        const int row = m_zones->rowCount();
        m_zones->insertRow(row);
        m_zones->setItem(row, 0, cell(z.zone.isEmpty() ? tr("(outside every zone)") : z.zone));
        m_zones->setItem(row, 1, cell(QString::number(z.incidents), true));
        m_zones->setItem(row, 2, cell(percent(z.coveredNow, z.incidents), true));
        m_zones->setItem(row, 3, cell(percent(z.coveredProposed, z.incidents), true));
    }
    m_export->setEnabled(true);
    Q_EMIT sitesProposed(sites);
}

void SitingDialog::exportGeoJson()
{
    if (!m_result)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the proposed sites"), QStringLiteral("sites.geojson"),
                                                      tr("GeoJSON (*.geojson *.json)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(Siting::toGeoJson(*m_result)) < 0 || !f.commit())
        m_summary->setText(tr("⚠ Cannot write %1: %2").arg(path, f.errorString()));
}

} // namespace dispatch::ui
