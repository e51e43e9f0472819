// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/EventLog.h"

#include <QStringList>

namespace dispatch {

class Database;

/// What `dispatchctl check` verifies: SQLite's own integrity check, foreign keys and the event chain.
struct StoreCheckReport
{
    bool integrityOk = true;
    QStringList integrityProblems; ///< rows of PRAGMA integrity_check / foreign_key_check
    ChainReport chain;

    bool ok() const { return integrityOk && chain.ok; }
    static StoreCheckReport run(const Database& db);
};

} // namespace dispatch
