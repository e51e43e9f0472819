// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AgencyNotification.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// Rows of `agency_notifications` and `call_answers`.
class AgencyNotificationRepository
{
public:
    static qint64 insert(const QSqlDatabase& db, const AgencyNotification& n);
    static void acknowledge(const QSqlDatabase& db, qint64 id, qint64 atMs, const QString& by);
    static std::optional<AgencyNotification> find(const QSqlDatabase& db, qint64 id);
    static std::optional<AgencyNotification> find(const QSqlDatabase& db, qint64 incidentId, const QString& agency);
    static QList<AgencyNotification> forIncident(const QSqlDatabase& db, qint64 incidentId);
    /// Notified in [fromMs, toMs), or still unacknowledged at `toMs` (for the handover).
    static QList<AgencyNotification> forShift(const QSqlDatabase& db, qint64 fromMs, qint64 toMs);

    static void putAnswer(const QSqlDatabase& db, qint64 incidentId, const CallAnswer& a);
    static QList<CallAnswer> answers(const QSqlDatabase& db, qint64 incidentId);
};

} // namespace dispatch
