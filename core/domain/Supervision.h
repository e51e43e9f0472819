// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dispatch {

/// Supervision (督办/盯办): an item a leader follows to its end — an incident, a rectification, a callback, a
/// transfer, an instruction from higher command or a repeat-ledger entry — with an owner, a method, a deadline,
/// progress notes and a closing result.
enum class SupervisionSubject { Incident, Rectification, Callback, Transfer, Instruction, Ledger };
enum class SupervisionMethod { Online, Instruction, Phone };

class SupervisionCodes
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::SupervisionCodes)

public:
    static QString code(SupervisionSubject s);
    static std::optional<SupervisionSubject> subjectFromCode(const QString& code);
    static QString label(SupervisionSubject s);
    static QString code(SupervisionMethod m);
    static std::optional<SupervisionMethod> methodFromCode(const QString& code);
    static QString label(SupervisionMethod m);
};

struct Supervision
{
    qint64 id = 0;
    SupervisionSubject subject = SupervisionSubject::Incident;
    qint64 subjectId = 0;
    qint64 incidentId = 0; ///< the incident behind the subject, 0 when it concerns none
    QString title;
    QString owner;
    SupervisionMethod method = SupervisionMethod::Online;
    qint64 createdAtMs = 0;
    QString createdBy;
    qint64 deadlineMs = 0;
    qint64 closedAtMs = 0;
    QString result;
    qint64 overdueAtMs = 0;

    bool isOpen() const { return closedAtMs == 0; }
};

struct SupervisionNote
{
    qint64 id = 0;
    qint64 supervisionId = 0;
    qint64 atMs = 0;
    QString by;
    QString text;
};

} // namespace dispatch
