// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace dispatch {

/// The state agrees with the log: every incident taken at a desk (not imported history) has its incident.created
/// event, every such event its row, and the row's state is the one its last state event gave it. A row inserted,
/// deleted or set to another state behind the application's back, without its event, is named.
class StateCheck
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::StateCheck)

public:
    /// One sentence per disagreement; `checked` is set to the number of incidents compared.
    static QStringList incidents(const QSqlDatabase& db, int* checked = nullptr);
    /// Units sent and released: for each incident and unit, as many assignment rows as incident.unit_dispatched
    /// events and as many of them released as incident.unit_released events. `checked`: assignment rows compared.
    static QStringList assignments(const QSqlDatabase& db, int* checked = nullptr);
    /// The declared follow-up lists' items: each row has its followup.opened event, a closed one its followup.closed
    /// event with the same outcome, an open one none, and every item the log opened has its row.
    static QStringList followUpItems(const QSqlDatabase& db, int* checked = nullptr);
    /// The coded follow-up lists (transfers, callbacks, rectifications, supervisions, mediations, instructions, the
    /// ledger) and the declared lists' overdue stamps: each row has the event that opened it, each step its row
    /// shows (accepted, reached, done, closed, signed for, answered, overdue) has the event that made it, and each
    /// such event's step is in its row. `checked`: rows compared.
    static QStringList followUpLists(const QSqlDatabase& db, int* checked = nullptr);
    /// The 1/3/5-minute clocks: a clock's deadline is its start plus the time allowed, a stopped clock's outcome
    /// follows from its times, a breach stamped on a clock or on a unit's sign-for has its clock.breached or
    /// unit.sign_for_late event and each such event its stamp (a breach hidden by clearing the stamp is named).
    /// `checked`: clocks and assignments compared.
    static QStringList clocks(const QSqlDatabase& db, int* checked = nullptr);
};

} // namespace dispatch
