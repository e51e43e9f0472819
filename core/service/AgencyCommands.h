// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AgencyNotification.h"

#include <QCoreApplication>
#include <QList>

namespace dispatch {

class CommandContext;

/// Linked agencies notified as well as the police going (120, 119, 122, 12345 …), and the call-taker's answers.
/// Both are recorded on the incident as events.
class AgencyCommands
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::AgencyCommands)

public:
    /// Notifies an agency of an active incident, once per agency (`agency.notified`).
    static qint64 notify(CommandContext& ctx, qint64 incidentId, const QString& agency, const QString& note);
    /// Who at the agency acknowledged, and when (`agency.acknowledged`).
    static void acknowledge(CommandContext& ctx, qint64 notificationId, const QString& by);
    /// Keeps the caller's answers to the call-taker's questions (`incident.answers_recorded`); an empty answer is
    /// not kept, a question answered again takes the new answer.
    static void recordAnswers(CommandContext& ctx, qint64 incidentId, const QList<CallAnswer>& answers);
};

} // namespace dispatch
