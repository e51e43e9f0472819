// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Instruction.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <QHash>
#include <QJsonValue>

#include <array>
#include <optional>

namespace dispatch {

/// The five clocks of an incident.
enum class ClockKind {
    CallToDispatch, ///< call received → first unit dispatched (by priority)
    SignFor,        ///< dispatched → signed for (签收), 30 s
    Arrival,        ///< dispatched → on scene (by circle tier, relaxed by priority)
    FirstFeedback,  ///< on scene → first feedback
    Closure         ///< call received → closed
};

/// The response policy (resources/policy/response.json, replaceable by the centre): the time allowed for
/// each clock. Deadlines are absolute: they are computed from the instant of the event that starts a clock.
class ResponsePolicy
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ResponsePolicy)

public:
    static Result<ResponsePolicy> fromJson(const QByteArray& json, const QString& sourceName);
    static Result<ResponsePolicy> fromFile(const QString& path);
    static const ResponsePolicy& builtin();

    /// Allowed milliseconds for a clock; `priority` 1..4 (0 = unknown, read as 3), `tier` 1..5 (0 = unknown,
    /// read as the least demanding tier).
    qint64 allowedMs(ClockKind kind, int priority, int tier) const;
    /// The share of the allowed time after which a running clock shows a warning (0 < share < 1).
    double warningShare() const { return m_warningShare; }
    /// How long a police station has to sign for an incident transferred to it (移交签收).
    qint64 transferSignForMs() const { return qint64(m_transferSignFor) * 1000; }
    /// Closed → called back (回访); tries before a caller is given up as unreachable; unsatisfied → put right (整改).
    qint64 callbackDueMs() const { return qint64(m_callbackDue) * 1000; }
    int callbackAttempts() const { return m_callbackAttempts; }
    /// A call that rang and was not answered (abandoned) → its caller called back (回拨); the tries are
    /// callbackAttempts().
    qint64 abandonedCallBackMs() const { return qint64(m_abandonedCallBack) * 1000; }
    qint64 rectificationMs() const { return qint64(m_rectification) * 1000; }
    /// The deadline of a supervision opened by the desk itself (an overdue rectification, 督办).
    qint64 supervisionMs() const { return qint64(m_supervision) * 1000; }
    /// A dispute handed to a mediator has this long to reach an outcome (调解).
    qint64 mediationMs() const { return qint64(m_mediation) * 1000; }
    /// A repeat-ledger entry is worked to closure within this long of its opening (挂账销号, "月验收").
    qint64 ledgerMs() const { return qint64(m_ledger) * 1000; }
    /// An instruction from higher command is signed for within this long of its reception (指令签收) …
    qint64 instructionSignForMs() const { return qint64(m_instructionSignFor) * 1000; }
    /// … and answered (after forwarding, or directly) within this long, by class.
    qint64 instructionReplyMs(InstructionClass c) const { return qint64(m_instructionReply[size_t(c)]) * 1000; }

    static QString code(ClockKind kind);
    static std::optional<ClockKind> kindFromCode(const QString& code);
    static QString label(ClockKind kind);
    /// One word for a narrow column: "dispatch", "sign-for", "arrival", "feedback", "closure".
    static QString shortLabel(ClockKind kind);

    // Units and positions ("units" section; every key optional, documented in resources/policy/README.md)
    /// A position fix older than this is stale: shown as such and not trusted for recommendation.
    qint64 staleAfterMs() const { return m_staleAfterMs; }
    bool isStale(qint64 fixAtMs, qint64 nowMs) const { return fixAtMs <= 0 || nowMs - fixAtMs > m_staleAfterMs; }
    /// Road distance ≈ straight-line distance × this factor (no road routing yet).
    double detourFactor() const { return m_detourFactor; }
    /// Average speed in km/h of a unit type in town, for the ETA.
    double speedKmh(const QString& unitType) const;
    /// Units already committed are offered, marked, for incidents of this priority or more urgent (0 = never).
    int offerCommittedUpToPriority() const { return m_offerCommittedUpTo; }
    /// How many units an incident of this priority is sent at first (one-key dispatch fills up to it).
    int unitsNeeded(int priority) const
    {
        return m_unitsNeeded[size_t(priority >= 1 && priority <= 4 ? priority : 3) - 1];
    }

private:
    Status readUnits(const QJsonValue& value, const QString& source);

    double m_warningShare = 0.8;
    std::array<int, 4> m_callToDispatch{};
    int m_signFor = 30;
    int m_transferSignFor = 1800;
    int m_callbackDue = 86400;
    int m_callbackAttempts = 3;
    int m_abandonedCallBack = 300;
    int m_rectification = 3 * 86400;
    int m_supervision = 86400;
    int m_mediation = 3 * 86400;
    int m_instructionSignFor = 600;
    int m_ledger = 30 * 86400;
    std::array<int, 3> m_instructionReply{2 * 3600, 86400, 86400}; ///< urgent, general, repeated
    std::array<int, 5> m_arrivalByTier{};
    std::array<double, 4> m_arrivalRelax{};
    std::array<int, 4> m_firstFeedback{};
    std::array<int, 4> m_closure{};
    qint64 m_staleAfterMs = 120 * 1000;
    double m_detourFactor = 1.4;
    QHash<QString, double> m_speedKmh;
    double m_defaultSpeedKmh = 25.0;
    int m_offerCommittedUpTo = 1;
    std::array<int, 4> m_unitsNeeded{2, 1, 1, 1};
};

} // namespace dispatch
