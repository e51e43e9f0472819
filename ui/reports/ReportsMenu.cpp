// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportsMenu.h"

#include "map/ZonePanel.h"
#include "reports/DashboardWidget.h"
#include "reports/HistoryImportDialog.h"
#include "reports/ReportsWindow.h"
#include "reports/SitingDialog.h"
#include "reports/WarningBulletinDialog.h"
#include "service/DispatchService.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace dispatch::ui {

ReportsMenu::ReportsMenu(DispatchService& service, MainWindow& window) : QObject(&window), m_service(service), m_window(window)
{
}

void ReportsMenu::populate(QMenuBar* bar)
{
    auto* menu = new QMenu(tr("&Reports"), bar);
    // Before Help, which stays last.
    QAction* help = bar->actions().isEmpty() ? nullptr : bar->actions().last();
    bar->insertMenu(help, menu);
    const auto make = [&](const QString& text, const QKeySequence& key, const char* name, void (ReportsMenu::*slot)()) {
        auto* a = new QAction(text, &m_window);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        m_window.addAction(a);
        connect(a, &QAction::triggered, this, slot);
        menu->addAction(a);
        return a;
    };
    make(tr("&Daily, weekly and monthly reports…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "actionReports",
         &ReportsMenu::openReports);
    make(tr("Warning &bulletin…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), "actionBulletin", &ReportsMenu::openBulletin);
    auto* dash = m_window.dashboardDock()->toggleViewAction();
    menu->addAction(dash);
    make(tr("&Staging point siting…"), {}, "actionSiting", &ReportsMenu::openSiting);
    menu->addSeparator();
    make(tr("&Import history…"), {}, "actionImportHistory", &ReportsMenu::openHistoryImport);
}

void ReportsMenu::openReports()
{
    // Non-modal: a leader keeps the report open beside the desk.
    auto* w = new ReportsWindow(m_service, &m_window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
}

void ReportsMenu::openBulletin()
{
    auto* d = new WarningBulletinDialog(m_service, &m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &WarningBulletinDialog::zoneChosen, this, [this](qint64 zoneId) {
        m_window.zoneDock()->show();
        m_window.zoneDock()->raise();
        m_window.zonePanel()->setTintMode(ZonePanel::TintMode::Warnings);
        if (const Zone* z = m_service.board().zone(zoneId))
            m_window.zonePanel()->centerOn(m_window.zonePanel()->projection().toScene(z->area.bounds().center()));
    });
    d->show();
}

void ReportsMenu::openSiting()
{
    auto* d = new SitingDialog(m_service, &m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &SitingDialog::sitesProposed, this, [this](const QList<SitingSite>& sites) {
        m_window.zonePanel()->setProposedSites(sites);
        if (!sites.isEmpty()) {
            m_window.zoneDock()->show();
            m_window.zoneDock()->raise();
        }
    });
    d->show();
}

void ReportsMenu::openHistoryImport()
{
    auto* d = new HistoryImportDialog(m_service, &m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &HistoryImportDialog::imported, this, [this](const ImportSummary& s) {
        m_service.poll();
        m_window.zonePanel()->refreshWarnings();
        m_window.dashboard()->refresh();
        m_window.statusBar()->showMessage(tr("History imported: %n incident(s)", nullptr, s.incidents), 8000);
    });
    d->show();
}

} // namespace dispatch::ui
