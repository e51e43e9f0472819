// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/EventLog.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace dispatch {

class Database;

/// What `dispatchctl check` verifies: SQLite's own integrity check, foreign keys, the event chain, the accepted
/// handovers (their stored content against the hash frozen at acceptance and kept in the event chain) and the
/// triggers that guard the store (StoreGuards).
struct StoreCheckReport
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::StoreCheckReport)

public:
    bool integrityOk = true;
    QStringList integrityProblems; ///< rows of PRAGMA integrity_check / foreign_key_check
    ChainReport chain;
    int handoversChecked = 0;
    QStringList handoverProblems;  ///< one line per accepted handover whose content changed
    int guardsChecked = 0;
    QStringList guardProblems;     ///< the store's guarding triggers found missing, switched off or rewritten
    QStringList guardsRestored;    ///< earlier restorations recorded in the log: when, which desk, what
    int incidentsChecked = 0;
    int assignmentsChecked = 0;
    int followUpItemsChecked = 0;
    int listRowsChecked = 0;       ///< rows of the coded follow-up lists (and declared lists' overdue stamps)
    int clocksChecked = 0;         ///< incident clocks and units' sign-for stamps
    QStringList stateProblems;     ///< incident rows that disagree with the log (StateCheck)

    bool ok() const
    {
        return integrityOk && chain.ok && handoverProblems.isEmpty() && guardProblems.isEmpty() && stateProblems.isEmpty();
    }
    /// Runs every step, each whatever the others found; never throws.
    static StoreCheckReport run(const Database& db);
    /// SQLite's quick check of a file store's pages (empty when sound, and on a server): what `init` looks at before
    /// it calls a store up to date.
    static QStringList quickCheck(const Database& db);

private:
    static void checkHandovers(const QSqlDatabase& c, StoreCheckReport& r);
};

} // namespace dispatch
