// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dispatch {

/// The store's lookups of a calling number.
class PhoneQueries
{
public:
    struct Recent
    {
        int count = 0;       ///< live incidents from the number since the given time
        QString lastNumber;  ///< the latest of them
        qint64 lastReceivedMs = 0;
    };
    /// Live incidents whose caller's number is one of `spellings` (the same number as typed in different ways),
    /// received at or after `sinceMs`.
    static Recent recent(const QSqlDatabase& db, const QStringList& spellings, qint64 sinceMs);
};

} // namespace dispatch
