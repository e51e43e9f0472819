// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dispatch {

/// A callback (回访, "一警一回访"): every valid closed incident is called back; reached (with the caller's
/// satisfaction), or unreachable after the policy's number of tries.
enum class CallbackState { Due, Reached, Unreachable };
enum class Satisfaction { None, Satisfied, BasicallySatisfied, Unsatisfied };

class CallbackCodes
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::CallbackCodes)

public:
    static QString code(CallbackState s);
    static std::optional<CallbackState> stateFromCode(const QString& code);
    static QString label(CallbackState s);
    static QString code(Satisfaction s); ///< "" for None
    static std::optional<Satisfaction> satisfactionFromCode(const QString& code);
    static QString label(Satisfaction s);
};

struct Callback
{
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 dueMs = 0;
    CallbackState state = CallbackState::Due;
    int attempts = 0;          ///< tries that did not reach the caller
    qint64 lastAttemptMs = 0;
    Satisfaction satisfaction = Satisfaction::None;
    QString words;             ///< what the caller said
    qint64 doneAtMs = 0;       ///< reached or given up
    QString doneBy;
    qint64 overdueAtMs = 0;    ///< when the missed due time was recorded (once)

    bool isOpen() const { return state == CallbackState::Due; }
};

/// Put right what an unsatisfied caller raised (整改): a responsible unit (the first sent, if any), an owner and
/// a deadline; not done by then, it is recorded overdue once.
struct Rectification
{
    qint64 id = 0;
    qint64 callbackId = 0;
    qint64 incidentId = 0;
    qint64 unitId = 0;     ///< 0 when no unit was sent
    QString issue;         ///< the caller's words
    qint64 createdAtMs = 0;
    qint64 deadlineMs = 0;
    qint64 doneAtMs = 0;
    QString result;
    qint64 overdueAtMs = 0;

    bool isOpen() const { return doneAtMs == 0; }
};

} // namespace dispatch
