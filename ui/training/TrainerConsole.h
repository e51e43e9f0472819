// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Scenario.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class AfterActionWindow;
class TrainingSession;

/// The trainer's console (教官台): chooses a scenario (a shipped one, a file, or a period of the live store's history
/// turned into one), the trainee(s) and the seed, starts the exercise on its own training store — the trainees'
/// desks open in exercise mode —, and then runs it: pause and resume (Space), speed 1×/2×/5×/10×/60× (keys 1–5),
/// jump to the next event (N), inject an event (I), while it watches the exercise live (incidents with their
/// clocks, units, calls ringing); "End and report" gives the scored after-action report and keeps the session in
/// the trainees' record. The exercise is held in a folder on this PC (the trainees' desks open here) or in the
/// centre's training database on the server (the trainees join from their own desks, and the console shows who
/// has joined). A practice telephone switch may feed the exercise (PracticeSwitch): role-players' calls ring on the
/// trainees' desks with their numbers and places.
class TrainerConsole final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainerConsole)

public:
    /// `live`: the workstation's own (live) store, read for its users and its history only; `trainingDir`: the
    /// trainees' records; `location`: where exercises are held (a folder, or a training database's URI).
    /// `practiceSwitch`: the practice telephone's address to offer (HOST:PORT; empty: none).
    TrainerConsole(DispatchService& live, const QString& trainingDir, const QString& location = {}, QWidget* parent = nullptr,
                   const QString& practiceSwitch = {});
    ~TrainerConsole() override;

    QListWidget* scenarioList() const { return m_scenarios; }
    QListWidget* traineeList() const { return m_trainees; }
    QSpinBox* seedBox() const { return m_seed; }
    QLineEdit* locationEdit() const { return m_location; }
    /// Where a practice telephone switch's feed is listened for during the exercise (HOST:PORT; empty: none).
    QLineEdit* practiceEdit() const { return m_practice; }
    /// The practice telephone's state while the exercise runs (hidden without one).
    QLabel* practiceLabel() const { return m_practiceState; }
    /// On the server: the address trainees join with.
    QLineEdit* joinEdit() const { return m_join; }
    QLabel* clockLabel() const { return m_clock; }
    QLabel* statusLabel() const { return m_status; }
    QTableWidget* incidentsTable() const { return m_incidents; }
    QTableWidget* unitsTable() const { return m_units; }
    TrainingSession* session() const { return m_session; }
    AfterActionWindow* afterAction() const;

    /// Adds a scenario to choose from (a file or a resource); false with the reason shown when it is not valid.
    bool addScenario(const QString& path);
    bool start();
    void setSpeed(double speed);
    void togglePause();
    void jumpToNextEvent();
    bool inject(const ScenarioEvent& event);
    /// Ends the exercise, shows and keeps the after-action report.
    AfterActionWindow* finish();

private:
    void refresh();
    void scenarioFromHistory();

    DispatchService& m_live;
    QString m_dir;
    QList<Scenario> m_loaded;
    QStackedWidget* m_pages;
    QListWidget* m_scenarios;
    QLabel* m_description;
    QListWidget* m_trainees;
    QSpinBox* m_seed;
    QLineEdit* m_location;
    QLineEdit* m_practice;
    QLabel* m_practiceState;
    QLineEdit* m_join;
    QLabel* m_clock;
    QLabel* m_status;
    QPushButton* m_pause;
    QButtonGroup* m_speeds;
    QTableWidget* m_incidents;
    QTableWidget* m_units;
    QTableWidget* m_ringing;
    TrainingSession* m_session = nullptr;
    /// Cleared by Qt when the window closes (it deletes itself), also while this console is being destroyed: a
    /// lambda on its destroyed() signal touched the console half-destroyed (UBSan in the UI tests).
    QPointer<AfterActionWindow> m_after;
};

} // namespace dispatch::ui
