// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingMenu.h"

#include "service/DispatchService.h"
#include "shell/MainWindow.h"
#include "training/AfterActionWindow.h"
#include "training/TrainerConsole.h"
#include "training/TrainingRecords.h"

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

TrainingMenu::TrainingMenu(DispatchService& service, MainWindow& window) : QObject(&window), m_service(service), m_window(window)
{
}

QString TrainingMenu::trainingDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("training"));
}

void TrainingMenu::populate(QMenuBar* bar)
{
    auto* menu = new QMenu(tr("&Training"), bar);
    menu->setObjectName(QStringLiteral("menuTraining"));
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.size() >= 2 ? menus.at(menus.size() - 2) : nullptr, menu);
    auto* console = new QAction(tr("Trainer &console…"), &m_window);
    console->setObjectName(QStringLiteral("actionTrainerConsole"));
    console->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)); // E for exercise; Ctrl+Shift+T is the telephone
    m_window.addAction(console);
    menu->addAction(console);
    connect(console, &QAction::triggered, this, &TrainingMenu::openConsole);
    auto* progress = new QAction(tr("Trainees' &progress…"), &m_window);
    progress->setObjectName(QStringLiteral("actionTrainingProgress"));
    menu->addAction(progress);
    connect(progress, &QAction::triggered, this, &TrainingMenu::openProgress);
}

void TrainingMenu::openConsole()
{
    const auto& user = m_service.currentUser();
    if (!user || (user->role != Role::Trainer && user->role != Role::ShiftLeader && user->role != Role::Administrator)) {
        m_window.statusBar()->showMessage(tr("The trainer console is for trainers and shift leaders"), 6000);
        return;
    }
    // Where exercises are held: the last place the console used, else the centre's setting (an administrator puts the
    // training database in /etc/xdg/DispatchDesk/dispatcher.conf), else a folder on this PC.
    const QString location = QSettings().value(QStringLiteral("training/location")).toString();
    // … and the practice telephone it listened for last.
    const QString practice = QSettings().value(QStringLiteral("training/practice_switch")).toString();
    auto* console = new TrainerConsole(m_service, trainingDir(), location, &m_window, practice);
    console->setAttribute(Qt::WA_DeleteOnClose);
    console->show();
}

void TrainingMenu::openProgress()
{
    auto records = TrainingRecords::open(QDir(trainingDir()).filePath(QStringLiteral("records.sqlite")));
    if (!records) {
        m_window.statusBar()->showMessage(records.errorString(), 6000);
        return;
    }
    auto* dialog = new QDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Trainees' progress"));
    dialog->resize(900, 600);
    auto* who = new QComboBox(dialog);
    who->addItems((*records)->trainees());
    auto* plot = new QCustomPlot(dialog);
    plot->setMinimumHeight(260);
    auto* table = new QTableWidget(0, 4, dialog);
    table->setHorizontalHeaderLabels({tr("Held"), tr("Scenario"), tr("Seed"), tr("Score")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(who);
    layout->addWidget(plot, 1);
    layout->addWidget(table, 1);
    const auto show = [records = std::shared_ptr<TrainingRecords>(std::move(records).value()), who, plot, table] {
        const QList<TrainingSessionRecord> s = records->sessions(who->currentText());
        AfterActionWindow::drawProgress(plot, s);
        table->setRowCount(int(s.size()));
        for (int r = 0; r < s.size(); ++r) {
            const QStringList cells{QDateTime::fromMSecsSinceEpoch(s[r].heldAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                    s[r].scenario, QString::number(s[r].seed), QString::number(s[r].score, 'f', 1)};
            for (int c = 0; c < 4; ++c)
                table->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
    };
    connect(who, &QComboBox::currentIndexChanged, dialog, show);
    show();
    dialog->show();
}

} // namespace dispatch::ui
