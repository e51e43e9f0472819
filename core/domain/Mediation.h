// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dispatch {

/// Mediation (调解): a dispute handed to a certified mediator (a unit of type "mediator" whose certificate is
/// valid on the day), with a deadline for the outcome: settled, not settled, or referred elsewhere.
enum class MediationOutcome { None, Settled, NotSettled, Referred };

class MediationCodes
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::MediationCodes)

public:
    static QString code(MediationOutcome o); ///< "" for None
    static std::optional<MediationOutcome> outcomeFromCode(const QString& code);
    static QString label(MediationOutcome o);
};

struct Mediation
{
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 unitId = 0;          ///< the mediator
    QString certificateNo;      ///< the mediator's certificate as it stood when assigned
    qint64 assignedAtMs = 0;
    QString assignedBy;
    qint64 deadlineMs = 0;
    MediationOutcome outcome = MediationOutcome::None;
    QString note;               ///< the agreement, why it failed, or where it went
    qint64 outcomeAtMs = 0;
    QString outcomeBy;
    qint64 overdueAtMs = 0;     ///< when the missed deadline was recorded (once)

    bool isOpen() const { return outcome == MediationOutcome::None; }
};

} // namespace dispatch
