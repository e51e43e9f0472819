// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/EventLog.h"

#include <QCoreApplication>
#include <QStringList>

namespace dispatch {

class Database;

/// What `dispatchctl check` verifies: SQLite's own integrity check, foreign keys, the event chain and the accepted
/// handovers (their stored content against the hash frozen at acceptance and kept in the event chain).
struct StoreCheckReport
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::StoreCheckReport)

public:
    bool integrityOk = true;
    QStringList integrityProblems; ///< rows of PRAGMA integrity_check / foreign_key_check
    ChainReport chain;
    int handoversChecked = 0;
    QStringList handoverProblems;  ///< one line per accepted handover whose content changed

    bool ok() const { return integrityOk && chain.ok && handoverProblems.isEmpty(); }
    static StoreCheckReport run(const Database& db);
};

} // namespace dispatch
