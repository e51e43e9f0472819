// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handover/HandoverReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dispatch {

/// The life of a handover: prepared (draft) by the outgoing leader, signed, then accepted by the incoming leader
/// (frozen for good) or rejected with comments (back to the outgoing leader, who fixes it and signs again).
enum class HandoverState { Draft, Signed, Rejected, Accepted };

class HandoverCodes
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::HandoverCodes)

public:
    static QString code(HandoverState s);
    static std::optional<HandoverState> fromCode(const QString& code);
    static QString label(HandoverState s);
};

/// One stored handover (交接班记录): the report's JSON as built and noted, and the two signatures.
struct Handover
{
    qint64 id = 0;
    qint64 shiftStartMs = 0, shiftEndMs = 0;
    int slot = -1;
    QString shiftName;
    HandoverState state = HandoverState::Draft;
    QByteArray content;      ///< the report (HandoverReport::toJson, compact)
    qint64 builtAtMs = 0;    ///< when the report was last built
    QString outgoingUser, outgoingName;
    qint64 signedAtMs = 0;
    QString incomingUser, incomingName;
    qint64 acceptedAtMs = 0;
    QString contentHash;     ///< SHA-256 of the frozen handover, set at acceptance

    std::optional<HandoverReport> report() const;
    /// The SHA-256 (hex) of everything acceptance freezes: the shift, the content and both signatures.
    QString computeHash() const;
};

/// A decision of the incoming leader, kept with its comment.
struct HandoverReview
{
    qint64 id = 0;
    qint64 handoverId = 0;
    qint64 atMs = 0;
    QString by;
    QString decision;        ///< rejected / accepted
    QString comment;
};

/// One person on duty in a shift (值班表): the leader or a dispatcher, at a desk.
struct RosterEntry
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    QString duty;            ///< leader / dispatcher
    QString desk;
};

} // namespace dispatch
