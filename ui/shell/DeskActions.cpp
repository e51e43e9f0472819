// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DeskActions.h"

#include "domain/IncidentState.h"
#include "map/ZonePanel.h"
#include "queue/IncidentQueueWidget.h"
#include "roster/UnitRosterWidget.h"
#include "service/DispatchService.h"
#include "shell/MainWindow.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

DeskActions::DeskActions(DispatchService& service, MainWindow& window)
    : QObject(&window), m_service(service), m_window(window)
{
}

QAction* DeskActions::make(const QString& text, const QKeySequence& key, const QString& objectName)
{
    auto* a = new QAction(text, &m_window);
    a->setObjectName(objectName);
    if (!key.isEmpty())
        a->setShortcut(key);
    m_window.addAction(a);
    return a;
}

bool DeskActions::isManualTarget(int state)
{
    switch (IncidentState(state)) {
    case IncidentState::Triaged:
    case IncidentState::FeedbackGiven:
    case IncidentState::Closed:
    case IncidentState::Transferred:
    case IncidentState::Cancelled: return true;
    default: return false;
    }
}

void DeskActions::populate(QMenuBar* bar)
{
    QMenu* desk = bar->addMenu(tr("&Desk"));
    QAction* signOut = make(tr("Sign &out"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), QStringLiteral("actionSignOut"));
    connect(signOut, &QAction::triggered, &m_window, &MainWindow::signOutRequested);
    QAction* quit = make(tr("&Quit"), QKeySequence::Quit, QStringLiteral("actionQuit"));
    connect(quit, &QAction::triggered, &m_window, &QWidget::close);
    desk->addAction(signOut);
    desk->addSeparator();
    desk->addAction(quit);

    QMenu* incident = bar->addMenu(tr("&Incident"));
    m_find = make(tr("&Find in queue"), QKeySequence::Find, QStringLiteral("actionFind"));
    connect(m_find, &QAction::triggered, this, [this] {
        m_window.queueDock()->show();
        m_window.queueDock()->raise();
        m_window.queue()->focusSearch();
    });
    QAction* showOnMap = make(tr("Show on &map"), QKeySequence(Qt::CTRL | Qt::Key_M), QStringLiteral("actionShowOnMap"));
    connect(showOnMap, &QAction::triggered, this, [this] {
        m_window.zonePanel()->centerOnIncident(m_window.queue()->currentIncident());
    });
    incident->addAction(m_find);
    incident->addAction(showOnMap);
    QMenu* status = incident->addMenu(tr("Change &status"));
    status->setObjectName(QStringLiteral("menuIncidentStatus"));
    connect(status, &QMenu::aboutToShow, this, [this, status] { fillStatusMenu(status); });

    QMenu* view = bar->addMenu(tr("&View"));
    const struct
    {
        QString text;
        QKeySequence key;
        QDockWidget* dock;
        QWidget* focus;
    } goTo[] = {
        {tr("Go to zone panel"), QKeySequence(Qt::CTRL | Qt::Key_1), m_window.zoneDock(), m_window.zonePanel()},
        {tr("Go to incident queue"), QKeySequence(Qt::CTRL | Qt::Key_2), m_window.queueDock(),
         m_window.queue()->view()},
        {tr("Go to unit roster"), QKeySequence(Qt::CTRL | Qt::Key_3), m_window.rosterDock(), m_window.roster()->view()},
    };
    for (const auto& g : goTo) {
        QAction* a = make(g.text, g.key, QString());
        QDockWidget* dock = g.dock;
        QWidget* focus = g.focus;
        connect(a, &QAction::triggered, this, [dock, focus] {
            dock->show();
            dock->raise();
            focus->setFocus(Qt::ShortcutFocusReason);
        });
        view->addAction(a);
    }
    view->addSeparator();
    for (QDockWidget* d : {m_window.zoneDock(), m_window.queueDock(), m_window.rosterDock()})
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    QAction* fit = make(tr("&Fit the district"), QKeySequence(Qt::CTRL | Qt::Key_0), QStringLiteral("actionFit"));
    connect(fit, &QAction::triggered, m_window.zonePanel(), &ZonePanel::fitDistrict);
    QAction* reset = make(tr("&Reset layout"), {}, QStringLiteral("actionResetLayout"));
    connect(reset, &QAction::triggered, &m_window, &MainWindow::resetLayout);
    view->addAction(fit);
    view->addAction(reset);

    QMenu* help = bar->addMenu(tr("&Help"));
    QAction* keys = make(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, QStringLiteral("actionShortcuts"));
    connect(keys, &QAction::triggered, this, &DeskActions::showShortcuts);
    QAction* about = make(tr("&About"), {}, QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, this, &DeskActions::showAbout);
    help->addAction(keys);
    help->addAction(about);
}

void DeskActions::fillStatusMenu(QMenu* menu)
{
    menu->clear();
    const qint64 id = m_window.queue()->currentIncident();
    const Incident* i = m_service.board().incident(id);
    if (!i) {
        menu->addAction(tr("Select an incident first"))->setEnabled(false);
        return;
    }
    for (IncidentState to : IncidentLifecycle::allowedFrom(i->state)) {
        if (!isManualTarget(int(to)))
            continue;
        QAction* a = menu->addAction(IncidentLifecycle::label(to));
        connect(a, &QAction::triggered, this, [this, id, to] { changeIncidentState(id, int(to)); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No change by hand from \"%1\"").arg(IncidentLifecycle::label(i->state)))->setEnabled(false);
}

void DeskActions::changeIncidentState(qint64 incidentId, int state)
{
    const auto to = IncidentState(state);
    QString reason;
    if (to == IncidentState::Cancelled || to == IncidentState::Transferred || to == IncidentState::Closed) {
        bool ok = false;
        reason = QInputDialog::getText(&m_window, IncidentLifecycle::label(to), tr("Reason:"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    const Status s = m_service.changeIncidentState(incidentId, to, reason);
    if (!s)
        QMessageBox::warning(&m_window, tr("Not changed"), s.errorString());
    else
        m_window.statusBar()->showMessage(tr("Status changed to %1").arg(IncidentLifecycle::label(to)), 6000);
}

void DeskActions::showShortcuts()
{
    QDialog dlg(&m_window);
    dlg.setWindowTitle(tr("Keyboard shortcuts"));
    auto* table = new QTableWidget(&dlg);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    QList<QPair<QString, QString>> rows;
    for (QAction* a : m_window.actions())
        if (!a->shortcut().isEmpty())
            rows.append({a->shortcut().toString(QKeySequence::NativeText), a->text().remove(u'&')});
    rows.append({tr("P / S / B / O"), tr("Unit roster: on patrol / at staging point / busy / off duty")});
    rows.append({tr("Arrows, + / −, 0"), tr("Zone panel: pan, zoom, fit the district")});
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    table->resizeColumnToContents(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dlg);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dlg);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dlg.resize(560, 480);
    dlg.exec();
}

void DeskActions::showAbout()
{
    QMessageBox::about(&m_window, tr("About"),
                       tr("<h3>Dispatcher workstation %1</h3><p>Call intake, dispatch and the 1/3/5-minute clocks "
                          "for a 110 command centre.</p><p>Store: %2 (schema %3)</p>"
                          "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QStringLiteral(DISPATCH_VERSION), m_service.database().path().toHtmlEscaped())
                           .arg(m_service.database().schemaVersion()));
}

} // namespace dispatch::ui
