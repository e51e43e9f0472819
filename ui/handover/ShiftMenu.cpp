// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover/ShiftMenu.h"
#include "domain/TextLimits.h"

#include "common/TextInput.h"

#include "handover/HandoverArchive.h"
#include "handover/HandoverWindow.h"
#include "handover/RosterDialog.h"
#include "handover/ShiftPatternDialog.h"
#include "queue/IncidentQueueWidget.h"
#include "service/DispatchService.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace dispatch::ui {

ShiftMenu::ShiftMenu(DispatchService& service, MainWindow& window) : QObject(&window), m_service(service), m_window(window)
{
}

void ShiftMenu::populate(QMenuBar* bar)
{
    auto* menu = new QMenu(tr("S&hift"), bar);
    menu->setObjectName(QStringLiteral("menuShift"));
    // Before Reports and Help, which stay last.
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.size() >= 2 ? menus.at(menus.size() - 2) : nullptr, menu);
    const auto make = [&](const QString& text, const QKeySequence& key, const char* name, void (ShiftMenu::*slot)()) {
        auto* a = new QAction(text, &m_window);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        m_window.addAction(a);
        connect(a, &QAction::triggered, this, slot);
        menu->addAction(a);
        return a;
    };
    make(tr("&Handover…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), "actionHandover", &ShiftMenu::openHandover);
    make(tr("Handover &archive…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), "actionHandoverArchive",
         &ShiftMenu::openArchive);
    make(tr("&Flag for the handover…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), "actionFlag", &ShiftMenu::flag);
    menu->addSeparator();
    make(tr("Duty &roster…"), {}, "actionRoster", &ShiftMenu::editRoster);
    make(tr("Shift &pattern…"), {}, "actionShiftPattern", &ShiftMenu::editPattern);
}

void ShiftMenu::openHandover()
{
    // Non-modal: the leaders keep it open beside the desk while they check the lists.
    auto* w = new HandoverWindow(m_service, &m_window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
}

void ShiftMenu::openArchive()
{
    auto* a = new HandoverArchive(m_service, &m_window);
    a->setAttribute(Qt::WA_DeleteOnClose);
    a->show();
}

void ShiftMenu::flag()
{
    const qint64 incident = m_window.queue()->currentIncident();
    const std::optional<Incident> i = m_service.findIncident(incident);
    bool ok = false;
    const QString text = TextInput::getMultiLineText(
        &m_window, tr("Flag for the handover"),
        i ? tr("What must the handover say about %1?").arg(i->number) : tr("What must the handover mention?"),
        TextLimits::kReason, &ok);
    if (!ok)
        return;
    const Status s = m_service.flagForHandover(text, i ? i->id : 0);
    m_window.statusBar()->showMessage(s ? tr("Flagged for the handover") : s.errorString(), 6000);
}

void ShiftMenu::editRoster()
{
    RosterDialog dialog(m_service, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window.statusBar()->showMessage(tr("Duty roster saved"), 6000);
}

void ShiftMenu::editPattern()
{
    ShiftPatternDialog dialog(m_service, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window.statusBar()->showMessage(tr("Shift pattern saved"), 6000);
}

} // namespace dispatch::ui
