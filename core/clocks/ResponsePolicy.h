// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <array>

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

    static QString code(ClockKind kind);
    static QString label(ClockKind kind);

private:
    double m_warningShare = 0.8;
    std::array<int, 4> m_callToDispatch{};
    int m_signFor = 30;
    std::array<int, 5> m_arrivalByTier{};
    std::array<double, 4> m_arrivalRelax{};
    std::array<int, 4> m_firstFeedback{};
    std::array<int, 4> m_closure{};
};

} // namespace dispatch
