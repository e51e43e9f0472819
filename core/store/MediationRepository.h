// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Mediation.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// Rows of the `mediations` table.
class MediationRepository
{
public:
    static qint64 insert(const QSqlDatabase& db, const Mediation& m);
    static void update(const QSqlDatabase& db, const Mediation& m);
    static std::optional<Mediation> find(const QSqlDatabase& db, qint64 id);
    static std::optional<Mediation> openForIncident(const QSqlDatabase& db, qint64 incidentId);
    static QList<Mediation> forIncident(const QSqlDatabase& db, qint64 incidentId);
    /// Without an outcome yet, earliest deadline first.
    static QList<Mediation> open(const QSqlDatabase& db);
    static QList<Mediation> dueOverdue(const QSqlDatabase& db, qint64 nowMs);
};

} // namespace dispatch
