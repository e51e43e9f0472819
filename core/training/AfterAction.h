// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/ReportTables.h"
#include "training/Scenario.h"
#include "training/TrainingCall.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QSqlDatabase>
#include <QTimeZone>

namespace dispatch {

class ResponsePolicy;

/// One event of the exercise as the trainee handled it, against the scenario's truth.
struct AfterActionEvent
{
    QString ref;                    ///< the scenario's first call of the event
    QString text;
    ScenarioTruth truth;            ///< as it stands at the end (escalations included)
    qint64 ringAtMs = 0;
    qint64 incidentId = 0;          ///< 0: never answered
    QString number;
    QString category, divertTo;
    int priority = 0;
    qint64 savedAtMs = 0;           ///< the incident saved
    qint64 dispatchedAtMs = 0;      ///< the first unit sent
    qint64 signedForAtMs = 0, onSceneAtMs = 0, feedbackAtMs = 0, closedAtMs = 0;
    qint64 dispatchTargetMs = 0;    ///< call → dispatch allowed for the TRUE priority
    QString unitSent, recommended;
    int furtherCallers = 0, merged = 0; ///< further callers of the event, and those merged into its incident
    qint64 abandonedAtMs = 0;       ///< the caller hung up before anyone answered (a practice switch's call)

    /// An unscripted call (rung by a practice switch from a number no script waited for) has no truth: only
    /// whether it was answered is judged.
    bool scripted() const { return !truth.category.isEmpty(); }

    bool answered() const { return incidentId != 0; }
    bool policeMatter() const
    {
        return scripted() && truth.divertTo.isEmpty() && truth.category != QLatin1String("invalid");
    }
    bool categoryRight() const { return category == truth.category; }
    bool priorityRight() const { return priority == truth.priority; }
    bool diversionRight() const { return divertTo == truth.divertTo; }
    bool dispatchedInTime() const { return dispatchedAtMs && dispatchedAtMs - ringAtMs <= dispatchTargetMs; }
    bool unitAsRecommended() const { return !unitSent.isEmpty() && unitSent == recommended; }
};

/// The after-action report of an exercise (演练评估): each event's timeline and choices against the truth and the
/// targets; the session's clock compliance, accuracy and a score whose formula is stated with it.
struct AfterActionReport
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::AfterActionReport)

public:
    struct Share
    {
        int n = 0, ok = 0;
        double value() const { return n ? double(ok) / n : 1.0; } ///< nothing to get wrong counts as right
    };

    QString title;
    QString trainee;
    qint64 startMs = 0, endMs = 0;
    QList<AfterActionEvent> events;
    Share answered, dispatchInTime, category, priority, diversion, merged, recommended, signFor, arrival;
    double score = 0;
    QStringList notPlaced;          ///< practice-line calls the role-players never placed (with a practice switch)

    static AfterActionReport build(const QSqlDatabase& db, const ResponsePolicy& policy, const Scenario& scenario,
                                   qint64 nowMs);
    /// The formula in words, shown with every score.
    static QString formula();
    QJsonObject toJson(const QTimeZone& zone) const;
    /// The session's figures and each event, with categories and agencies in `language` ("zh_CN" or English).
    QList<ReportTable> tables(const QTimeZone& zone, const QString& language) const;
};

} // namespace dispatch
