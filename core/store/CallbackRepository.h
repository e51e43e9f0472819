// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Callback.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// Rows of the `callbacks` and `rectifications` tables.
class CallbackRepository
{
public:
    static qint64 insert(const QSqlDatabase& db, const Callback& c);
    static void update(const QSqlDatabase& db, const Callback& c);
    static std::optional<Callback> find(const QSqlDatabase& db, qint64 id);
    static std::optional<Callback> forIncident(const QSqlDatabase& db, qint64 incidentId);
    /// Callbacks still to be made, earliest due first.
    static QList<Callback> open(const QSqlDatabase& db);
    static QList<Callback> dueOverdue(const QSqlDatabase& db, qint64 nowMs);

    static qint64 insertRectification(const QSqlDatabase& db, const Rectification& r);
    static void updateRectification(const QSqlDatabase& db, const Rectification& r);
    static std::optional<Rectification> findRectification(const QSqlDatabase& db, qint64 id);
    static QList<Rectification> openRectifications(const QSqlDatabase& db);
    static QList<Rectification> rectificationsOverdue(const QSqlDatabase& db, qint64 nowMs);
};

} // namespace dispatch
