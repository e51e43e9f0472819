// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/FollowUpMenu.h"

#include "followup/DeclaredFollowUp.h"
#include "followup/DeclaredItemDialog.h"
#include "followup/FollowUpWidget.h"
#include "followup/InstructionTab.h"
#include "followup/LedgerBulletinDialog.h"
#include "followup/MediatorDialog.h"
#include "followup/OwedTab.h"
#include "queue/IncidentQueueWidget.h"
#include "service/DispatchService.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace dispatch::ui {

FollowUpMenu::FollowUpMenu(DispatchService& service, MainWindow& window)
    : QObject(&window), m_service(service), m_window(window)
{
}

void FollowUpMenu::populate(QMenuBar* bar)
{
    auto* menu = new QMenu(tr("F&ollow-up"), bar);
    menu->setObjectName(QStringLiteral("menuFollowUp"));
    // Before Reports and Help, which stay last.
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.size() >= 2 ? menus.at(menus.size() - 2) : nullptr, menu);
    const auto make = [&](const QString& text, const QKeySequence& key, const char* name, void (FollowUpMenu::*slot)()) {
        auto* a = new QAction(text, &m_window);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        m_window.addAction(a);
        connect(a, &QAction::triggered, this, slot);
        menu->addAction(a);
        return a;
    };
    make(tr("&Everything owed (large view)"), QKeySequence(Qt::Key_F9), "actionOwed", &FollowUpMenu::showOwed);
    // Window-wide (a floating dock counts as its window, so F9 puts it back from there too); an exercise runs
    // several desks in one process, each with its own F9.
    menu->addSeparator();
    make(tr("Register an &instruction…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), "actionRegisterInstruction",
         &FollowUpMenu::registerInstruction);
    make(tr("Hand the dispute to a &mediator…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), "actionMediator",
         &FollowUpMenu::referToMediator);
    // One entry per declared list, from its declaration: it opens an item for the incident selected in the queue.
    for (const FollowUpKind* k : FollowUpKinds::declared()) {
        const FollowUpDeclaration& d = *k->declaration();
        auto* a = new QAction(declaredText(d.openAction), &m_window);
        a->setObjectName(QStringLiteral("actionOpen_%1").arg(d.code));
        if (*d.shortcut)
            a->setShortcut(QKeySequence(QString::fromLatin1(d.shortcut), QKeySequence::PortableText));
        m_window.addAction(a);
        const QString code = d.code;
        connect(a, &QAction::triggered, this, [this, code] { openDeclared(code); });
        menu->addAction(a);
    }
    menu->addSeparator();
    make(tr("Repeat ledger: weekly &bulletin…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), "actionLedgerBulletin",
         &FollowUpMenu::openLedgerBulletin);
}

void FollowUpMenu::showOwed()
{
    QDockWidget* dock = m_window.followUpDock();
    FollowUpWidget* f = m_window.followUp();
    // The first F9 lifts the workspace out large over the desk (what a shift leader reads at a glance); the next
    // puts it back in its dock.
    if (dock->isVisible() && dock->isFloating() && f->currentWidget() == f->owedTab()) {
        dock->setFloating(false);
        dock->raise();
        return;
    }
    dock->show();
    if (!dock->isFloating()) {
        dock->setFloating(true);
        const QRect desk = m_window.geometry();
        dock->resize(desk.width() * 4 / 5, desk.height() * 3 / 5);
        dock->move(desk.center() - QPoint(dock->width() / 2, dock->height() / 2));
    }
    dock->raise();
    dock->activateWindow();
    f->setCurrentWidget(f->owedTab());
    if (!f->owedTab()->currentIndex().isValid() && f->owedTab()->model()->rowCount())
        f->owedTab()->setCurrentIndex(f->owedTab()->model()->index(0, 0));
    f->owedTab()->setFocus(Qt::ShortcutFocusReason);
}

void FollowUpMenu::registerInstruction()
{
    m_window.followUpDock()->show();
    m_window.followUpDock()->raise();
    FollowUpWidget* f = m_window.followUp();
    f->setCurrentWidget(f->instructionTab());
    if (f->instructionTab()->registerNew())
        f->instructionTab()->setFocus(Qt::ShortcutFocusReason);
}

void FollowUpMenu::referToMediator()
{
    const qint64 id = m_window.queue()->currentIncident();
    if (!m_service.findIncident(id)) {
        m_window.statusBar()->showMessage(tr("Select the dispute in the queue first"), 6000);
        return;
    }
    MediatorDialog dialog(m_service, id, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window.statusBar()->showMessage(tr("Handed to a mediator; the outcome is owed in the Mediation list"), 6000);
}

bool FollowUpMenu::openDeclared(const QString& code)
{
    const auto* kind = dynamic_cast<const DeclaredFollowUpKind*>(FollowUpKinds::find(code));
    const qint64 id = m_window.queue()->currentIncident();
    const ReadOne<Incident> incident = m_service.findIncident(id);
    if (!kind)
        return false;
    if (!incident) {
        m_window.statusBar()->showMessage(tr("Select the incident in the queue first"), 6000);
        return false;
    }
    DeclaredItemDialog dialog(m_service, *kind, id, incident->number, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_window.statusBar()->showMessage(tr("%1 opened; it is owed in the %2 list").arg(incident->number, kind->label()), 6000);
    return true;
}

void FollowUpMenu::openLedgerBulletin()
{
    auto* d = new LedgerBulletinDialog(m_service, &m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
}

} // namespace dispatch::ui
