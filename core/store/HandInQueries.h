// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dispatch {

/// The store's lookups for incidents handed between centres (EIDO).
class HandInQueries
{
public:
    /// Who took a handed-in incident in, where and when (from its `incident.handed_in` event).
    struct Taken
    {
        QString number;   ///< the incident it became
        qint64 atMs = 0;
        QString desk;
        QString username; ///< the user, or the tool's name
    };
    /// The incident an outside source ("EIDO:<id>") was taken in as, if it was.
    static std::optional<Taken> takenIn(const QSqlDatabase& db, const QString& sourceRef);
    /// The id of the incident of that number (20261122-00007).
    static std::optional<qint64> incidentByNumber(const QSqlDatabase& db, const QString& number);
};

} // namespace dispatch
