// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ShiftPattern.h"
#include "stats/ReportTables.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace dispatch {

/// One thing still open at the handover, with who owes it and its clock as of the report's moment.
struct CarriedItem
{
    QString kind;          ///< incident, feedback, feedback_review, work_order, transfer, callback, rectification,
                           ///< mediation, instruction, supervision, ledger
    qint64 id = 0;         ///< in its own list (an incident id for incident and feedback kinds)
    qint64 incidentId = 0;
    QString number;
    QString what;
    QString state;         ///< the item's state code at that moment (e.g. the incident's state)
    QString owner;
    qint64 sinceMs = 0;
    qint64 deadlineMs = 0; ///< 0: none

    bool operator==(const CarriedItem& o) const { return kind == o.kind && id == o.id; }
};

/// A unit at the handover: state, where, what it is on.
struct HandoverUnit
{
    qint64 id = 0;
    QString callsign;
    QString type;
    QString state;         ///< unit state code at that moment
    QString where;
    qint64 incidentId = 0; ///< the incident it is on, 0 if none
    QString number;
};

/// A clock breached in the shift: an incident's clock, or one unit's own sign-for.
struct HandoverBreach
{
    qint64 incidentId = 0;
    QString number;
    QString clock;         ///< clock kind code
    qint64 deadlineMs = 0;
    qint64 lateSeconds = 0; ///< how late the clock stopped, or, still running at the report's time, how late it is then
    QString callsign;      ///< the unit, for a unit's sign-for
    bool running = false;  ///< still running (unsigned, not arrived…) when the report was built
    qint64 breachedAtMs = 0; ///< when the miss was stamped (or, stopped late without a stamp, when it stopped)
};

/// A linked agency notified in the shift (or earlier and still not acknowledged at the handover).
struct HandoverNotification
{
    qint64 incidentId = 0;
    QString number;
    QString agency;           ///< agency code
    qint64 notifiedAtMs = 0;
    QString notifiedBy;
    qint64 acknowledgedAtMs = 0; ///< 0: not acknowledged at the report's moment
    QString acknowledgedBy;
};

/// Something the outgoing leader should name: a priority-1 or mass incident, a breach, a triage override, a flag.
struct NotableEvent
{
    qint64 atMs = 0;
    QString kind;          ///< priority_1, mass_incident, breach, triage_override, flag
    qint64 incidentId = 0;
    QString number;
    QString text;
    QString by;
};

/// The shift's figures (the period [shift start, the report's moment)).
struct HandoverFigures
{
    int calls = 0;                ///< live incidents received
    int furtherCallers = 0;       ///< callers merged into an incident
    QMap<QString, int> byLine, byCategory;
    QMap<int, int> byPriority;
    int dispatched = 0, diverted = 0, transferred = 0, closed = 0, cancelled = 0, mergedIncidents = 0;
    int signForN = 0, signForMet = 0, callToDispatchN = 0, callToDispatchMet = 0, arrivalN = 0, arrivalMet = 0;
    int callbacksMade = 0, callbacksReached = 0, callbacksNotReached = 0, callbacksUnreachable = 0;
    int satisfied = 0, basicallySatisfied = 0, unsatisfied = 0;
};

/// The handover report of a shift (交接班报告), built in core from the store and its event log: the figures, every
/// open item carried over with its owner and clock, the units, the notable events and the outgoing leader's notes.
/// Its JSON is what is stored, signed and frozen.
struct HandoverReport
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::HandoverReport)

public:
    /// Note sections, in the order of the report.
    static const QStringList& sections(); ///< figures, carried_over, units, notable, general
    static QString sectionTitle(const QString& section);
    static QString kindLabel(const QString& kind);

    QString centre;
    ShiftInstance shift;
    qint64 asOfMs = 0;       ///< the moment the open items are read at (the shift's end, or earlier while it runs)
    HandoverFigures figures;
    QList<HandoverBreach> breaches;
    QList<HandoverNotification> notifications;
    QList<CarriedItem> carried;
    QList<HandoverUnit> units;
    QList<NotableEvent> notable;
    QMap<QString, QString> notes; ///< section → the outgoing leader's text

    int overdueCarried() const;
    QList<const HandoverUnit*> unitsWithOpenTasks() const;

    QJsonObject toJson(const QTimeZone& zone) const;
    static std::optional<HandoverReport> fromJson(const QJsonObject& o);
    /// Figures, breaches, carried over, units, notable events and notes as tables (PDF, CSV, screen).
    QList<ReportTable> tables(const QTimeZone& zone, const QString& language) const;
};

} // namespace dispatch
