// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DeskActions.h"
#include "domain/TextLimits.h"

#include "common/TextInput.h"

#include "common/AlertSounds.h"
#include "common/Labels.h"
#include "domain/IncidentState.h"
#include "domain/Taxonomy.h"
#include "domain/WorkOrder.h"
#include "followup/SupervisionDialog.h"
#include "followup/TransferDialog.h"
#include "incident/AgencyDialog.h"
#include "incident/PlaceCorrectionDialog.h"
#include "map/ZoneImportDialog.h"
#include "map/ZonePanel.h"
#include "queue/IncidentQueueWidget.h"
#include "roster/ShiftDutyDialog.h"
#include "roster/UnitRosterWidget.h"
#include "service/DispatchService.h"
#include "dispatch/DispatchPanel.h"
#include "shell/MainWindow.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QActionGroup>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
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

void DeskActions::populate(QMenuBar* bar)
{
    QMenu* desk = bar->addMenu(tr("&Desk"));
    QAction* signOut = make(tr("Sign &out"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), QStringLiteral("actionSignOut"));
    connect(signOut, &QAction::triggered, &m_window, &MainWindow::signOutRequested);
    QAction* quit = make(tr("&Quit"), QKeySequence::Quit, QStringLiteral("actionQuit"));
    connect(quit, &QAction::triggered, &m_window, &QWidget::close);
    QAction* rules = make(tr("&Triage rules…"), {}, QStringLiteral("actionTriageRules"));
    connect(rules, &QAction::triggered, this, &DeskActions::chooseTriageRules);
    desk->addAction(rules);
    QAction* zones = make(tr("Import &zones…"), {}, QStringLiteral("actionImportZones"));
    connect(zones, &QAction::triggered, this, [this] {
        ZoneImportDialog dialog(m_service, &m_window);
        dialog.exec();
    });
    desk->addAction(zones);
    desk->addSeparator();
    desk->addAction(signOut);
    desk->addSeparator();
    desk->addAction(quit);

    QMenu* incident = bar->addMenu(tr("&Incident"));
    m_incidentMenu = incident;
    m_newCall = make(tr("&New call"), QKeySequence(Qt::Key_F2), QStringLiteral("actionNewCall"));
    // Window-wide, not application-wide: an exercise runs several desks in one process, and each takes its own keys
    // (a floating dock still counts as its window).
    connect(m_newCall, &QAction::triggered, &m_window, qOverload<>(&MainWindow::openIntake));
    incident->addAction(m_newCall);
    incident->addSeparator();
    m_find = make(tr("&Find in queue"), QKeySequence::Find, QStringLiteral("actionFind"));
    connect(m_find, &QAction::triggered, this, [this] {
        m_window.queueDock()->show();
        m_window.queueDock()->raise();
        m_window.queue()->focusSearch();
    });
    QAction* showOnMap = make(tr("Show on &map"), QKeySequence(Qt::CTRL | Qt::Key_G), QStringLiteral("actionShowOnMap"));
    connect(showOnMap, &QAction::triggered, this, [this] {
        m_window.zonePanel()->centerOnIncident(m_window.queue()->currentIncident());
    });
    incident->addAction(m_find);
    incident->addAction(showOnMap);
    QAction* correct = make(tr("&Correct the place…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                            QStringLiteral("actionCorrectPlace"));
    connect(correct, &QAction::triggered, this, [this] {
        const qint64 id = m_window.queue()->currentIncident();
        if (!m_service.board().incident(id)) {
            m_window.statusBar()->showMessage(tr("Select an incident first"), 6000);
            return;
        }
        PlaceCorrectionDialog dialog(m_service, id, &m_window);
        if (dialog.exec() == QDialog::Accepted)
            m_window.statusBar()->showMessage(tr("Place corrected"), 6000);
    });
    incident->addAction(correct);
    QAction* agencies = make(tr("&Linked agencies…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                             QStringLiteral("actionAgencies"));
    connect(agencies, &QAction::triggered, this, [this] {
        const qint64 id = m_window.queue()->currentIncident();
        if (!m_service.board().incident(id)) {
            m_window.statusBar()->showMessage(tr("Select an incident first"), 6000);
            return;
        }
        AgencyDialog dialog(m_service, id, &m_window);
        dialog.exec();
    });
    incident->addAction(agencies);
    QMenu* status = incident->addMenu(tr("Change &status"));
    status->setObjectName(QStringLiteral("menuIncidentStatus"));
    connect(status, &QMenu::aboutToShow, this, [this, status] { fillStatusMenu(status); });
    QMenu* workOrder = incident->addMenu(tr("&Work order"));
    workOrder->setObjectName(QStringLiteral("menuWorkOrder"));
    connect(workOrder, &QMenu::aboutToShow, this, [this, workOrder] { fillWorkOrderMenu(workOrder); });
    QAction* supervise = make(tr("Put under su&pervision…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                              QStringLiteral("actionSupervise"));
    connect(supervise, &QAction::triggered, this, [this] {
        const qint64 id = m_window.queue()->currentIncident();
        const std::optional<Incident> i = m_service.findIncident(id);
        if (!i) {
            m_window.statusBar()->showMessage(tr("Select an incident first"), 6000);
            return;
        }
        SupervisionDialog dialog(m_service, SupervisionSubject::Incident, id, i->number, &m_window);
        if (dialog.exec() == QDialog::Accepted)
            m_window.statusBar()->showMessage(tr("%1 is under supervision").arg(i->number), 6000);
    });
    incident->addAction(supervise);

    QMenu* dispatchMenu = bar->addMenu(tr("D&ispatch"));
    QAction* sendBest = make(tr("&Dispatch recommended units"), QKeySequence(Qt::Key_F3),
                             QStringLiteral("actionDispatchRecommended"));
    connect(sendBest, &QAction::triggered, m_window.dispatchPanel(), &DispatchPanel::dispatchRecommended);
    QAction* feedback = make(tr("&Feedback from the scene…"), QKeySequence(Qt::Key_F6), QStringLiteral("actionFeedback"));
    connect(feedback, &QAction::triggered, m_window.dispatchPanel(), &DispatchPanel::openFeedback);
    QAction* goDispatch = make(tr("&Go to dispatch panel"), QKeySequence(Qt::CTRL | Qt::Key_4), QStringLiteral("actionGoDispatch"));
    connect(goDispatch, &QAction::triggered, this, [this] {
        m_window.dispatchPanel()->candidatesView()->setFocus(Qt::ShortcutFocusReason);
    });
    dispatchMenu->addAction(sendBest);
    dispatchMenu->addAction(goDispatch);
    dispatchMenu->addAction(feedback);
    dispatchMenu->addSeparator();
    QAction* duty = make(tr("Units for the &shift…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                         QStringLiteral("actionShiftDuty"));
    connect(duty, &QAction::triggered, this, [this] {
        ShiftDutyDialog dialog(m_service, &m_window);
        if (dialog.exec() == QDialog::Accepted)
            m_window.statusBar()->showMessage(dialog.summaryLabel()->text(), 6000);
    });
    dispatchMenu->addAction(duty);

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
    for (QDockWidget* d : {m_window.zoneDock(), m_window.queueDock(), m_window.rosterDock(), m_window.intakeDock(),
                           m_window.dashboardDock(), m_window.followUpDock()})
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    m_mute = make(tr("&Mute alerts"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QStringLiteral("actionMute"));
    m_mute->setCheckable(true);
    m_mute->setChecked(m_window.sounds()->isMuted());
    connect(m_mute, &QAction::toggled, this, [this](bool muted) {
        m_window.sounds()->setMuted(muted);
        m_window.statusBar()->showMessage(muted ? tr("Alerts muted") : tr("Alerts on"), 4000);
    });
    view->addAction(m_mute);
    // Each alert has its own sound (a new call, a clock breached, a sign-for missed); how loud is the desk's choice.
    QMenu* volume = view->addMenu(tr("Alert &volume"));
    volume->setObjectName(QStringLiteral("menuAlertVolume"));
    auto* levels = new QActionGroup(volume);
    for (int percent : {25, 50, 80, 100}) {
        QAction* a = volume->addAction(tr("%1 %").arg(percent));
        a->setObjectName(QStringLiteral("actionVolume%1").arg(percent));
        a->setCheckable(true);
        a->setChecked(m_window.sounds()->volume() == percent);
        levels->addAction(a);
        connect(a, &QAction::triggered, this, [this, percent] {
            m_window.sounds()->setVolume(percent);
            m_window.sounds()->play(AlertSounds::NewCall); // hear it
        });
    }
    view->addSeparator();
    QAction* fit = make(tr("&Fit the district"), QKeySequence(Qt::CTRL | Qt::Key_0), QStringLiteral("actionFit"));
    connect(fit, &QAction::triggered, m_window.zonePanel(), &ZonePanel::fitDistrict);
    QAction* reach = make(tr("Show 1/3/5-minute &reach"), QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("actionReach"));
    reach->setCheckable(true);
    connect(reach, &QAction::toggled, m_window.zonePanel(), &ZonePanel::setReachShown);
    view->addAction(reach);
    // What the zones' colours say; the choice is kept for the next session.
    QMenu* tint = view->addMenu(tr("Zone &colours"));
    auto* tints = new QActionGroup(tint);
    QAction* byWarnings = make(tr("Four-colour &warnings (recent days against earlier weeks)"), {}, QStringLiteral("actionTintWarnings"));
    QAction* byLoad = make(tr("Active &load (incidents open now)"), {}, QStringLiteral("actionTintLoad"));
    for (QAction* a : {byWarnings, byLoad}) {
        a->setCheckable(true);
        tints->addAction(a);
        tint->addAction(a);
    }
    const bool load = QSettings().value(QStringLiteral("desk/zoneTint")).toString() == QLatin1String("load");
    (load ? byLoad : byWarnings)->setChecked(true);
    m_window.zonePanel()->setTintMode(load ? ZonePanel::TintMode::ActiveLoad : ZonePanel::TintMode::Warnings);
    connect(tints, &QActionGroup::triggered, this, [this, byLoad](QAction* a) {
        const bool byActive = a == byLoad;
        m_window.zonePanel()->setTintMode(byActive ? ZonePanel::TintMode::ActiveLoad : ZonePanel::TintMode::Warnings);
        QSettings().setValue(QStringLiteral("desk/zoneTint"), byActive ? QStringLiteral("load") : QStringLiteral("warnings"));
    });
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
        if (!IncidentLifecycle::isManualTarget(to))
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
    if (to == IncidentState::Transferred) {
        // A transfer has its station and reason, and the station's sign-for clock.
        TransferDialog dialog(m_service, incidentId, &m_window);
        if (dialog.exec() == QDialog::Accepted)
            m_window.statusBar()->showMessage(tr("Transferred to %1").arg(dialog.stationBox()->currentText()), 6000);
        return;
    }
    QString reason;
    if (to == IncidentState::Cancelled || to == IncidentState::Closed) {
        bool ok = false;
        reason = TextInput::getText(&m_window, IncidentLifecycle::label(to), tr("Reason:"), TextLimits::kReason, &ok);
        if (!ok)
            return;
    }
    const Status s = m_service.changeIncidentState(incidentId, to, reason);
    if (!s)
        QMessageBox::warning(&m_window, tr("Not changed"), s.errorString());
    else
        m_window.statusBar()->showMessage(tr("Status changed to %1").arg(IncidentLifecycle::label(to)), 6000);
}

void DeskActions::fillWorkOrderMenu(QMenu* menu)
{
    menu->clear();
    const Incident* i = m_service.board().incident(m_window.queue()->currentIncident());
    if (!i || !i->workOrder.id || i->state != IncidentState::Diverted) {
        menu->addAction(tr("Select a diverted incident first"))->setEnabled(false);
        return;
    }
    const qint64 wo = i->workOrder.id;
    const WorkOrderState state = WorkOrderLifecycle::fromCode(i->workOrder.state).value_or(WorkOrderState::Sent);
    for (WorkOrderState to : WorkOrderLifecycle::allowedFrom(state)) {
        QAction* a = menu->addAction(to == WorkOrderState::Returned ? tr("Returned as a police matter…")
                                                                    : tr("Mark %1").arg(WorkOrderLifecycle::label(to)));
        connect(a, &QAction::triggered, this, [this, wo, to] {
            if (to == WorkOrderState::Returned)
                return returnWorkOrder(wo);
            const Status s = m_service.advanceWorkOrder(wo, to);
            if (!s)
                QMessageBox::warning(&m_window, tr("Not changed"), s.errorString());
            else
                m_window.statusBar()->showMessage(tr("Work order %1").arg(WorkOrderLifecycle::label(to)), 6000);
        });
    }
}

void DeskActions::returnWorkOrder(qint64 workOrderId)
{
    QDialog dlg(&m_window);
    dlg.setWindowTitle(tr("Work order returned"));
    auto* reason = new QLineEdit(&dlg);
    TextInput::limit(reason, TextLimits::kReason);
    reason->setPlaceholderText(tr("what the agency said"));
    auto* category = new QComboBox(&dlg);
    for (const Taxonomy::Entry& c : Taxonomy::builtin().categories())
        if (c.code != QLatin1String("non_police") && c.code != QLatin1String("invalid"))
            category->addItem(Labels::category(c.code), c.code);
    auto* priority = new QComboBox(&dlg);
    for (int p = 1; p <= 4; ++p)
        priority->addItem(Labels::priority(p), p);
    priority->setCurrentIndex(1);
    auto* form = new QFormLayout(&dlg);
    form->addRow(new QLabel(tr("The incident goes back to the queue as a police incident."), &dlg));
    form->addRow(tr("Reason"), reason);
    form->addRow(tr("Category"), category);
    form->addRow(tr("Priority"), priority);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    form->addRow(buttons);
    if (dlg.exec() != QDialog::Accepted)
        return;
    const Status s = m_service.advanceWorkOrder(workOrderId, WorkOrderState::Returned, reason->text(),
                                                category->currentData().toString(), priority->currentData().toInt());
    if (!s)
        QMessageBox::warning(&m_window, tr("Not changed"), s.errorString());
    else
        m_window.statusBar()->showMessage(tr("Back in the queue as a police incident"), 6000);
}

void DeskActions::chooseTriageRules()
{
    QSettings settings;
    const QString current = settings.value(QStringLiteral("triage/rulesPath")).toString();
    QMessageBox box(&m_window);
    box.setWindowTitle(tr("Triage rules"));
    box.setText(tr("In force: %1\n%2 rules").arg(
        current.isEmpty() ? tr("the built-in rules") : current).arg(m_service.triageEngine()->rules().rules().size()));
    QPushButton* choose = box.addButton(tr("Choose a file…"), QMessageBox::ActionRole);
    QPushButton* builtin = box.addButton(tr("Use the built-in rules"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == builtin) {
        m_service.setTriageEngine(TriageEngine::builtin());
        settings.remove(QStringLiteral("triage/rulesPath"));
        m_window.statusBar()->showMessage(tr("The built-in triage rules are in force"), 6000);
        return;
    }
    if (box.clickedButton() != choose)
        return;
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Triage rules file"), current,
                                                      tr("Triage rules (*.json)"));
    if (path.isEmpty())
        return;
    const Status s = m_service.loadTriageRules(path);
    if (!s) {
        QMessageBox::warning(&m_window, tr("Triage rules refused"),
                             tr("The file was refused; the rules in force stay.\n\n%1").arg(s.errorString()));
        return;
    }
    settings.setValue(QStringLiteral("triage/rulesPath"), path);
    m_window.statusBar()->showMessage(tr("Triage rules loaded from %1").arg(path), 6000);
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
    rows.append({tr("Ctrl+Enter"), tr("Call intake: save the call (or divert it)")});
    rows.append({tr("Ctrl+M"), tr("Call intake: merge the call into the highlighted earlier incident")});
    rows.append({tr("Ctrl+P"), tr("Call intake: pick the location on the zone panel")});
    rows.append({tr("Ctrl+U"), tr("Call intake: follow the triage proposal again")});
    rows.append({tr("Ctrl+D"), tr("Call intake: go to the possible duplicates (Space ticks one to link)")});
    rows.append({tr("Esc"), tr("Call intake: cancel the call")});
    rows.append({tr("A / E / R"), tr("Unit roster or dispatch panel: signed for / en route / on scene")});
    rows.append({tr("P / S / B / O"), tr("Unit roster: on patrol / at staging point / busy / off duty (clears a committed unit)")});
    rows.append({tr("C"), tr("Dispatch panel: clear the highlighted assigned unit")});
    rows.append({tr("Enter"), tr("Dispatch panel: send the highlighted candidate")});
    rows.append({tr("Drag and drop"), tr("A unit from the roster onto an incident row or the dispatch panel sends it")});
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
