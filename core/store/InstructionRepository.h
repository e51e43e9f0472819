// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Instruction.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// Rows of the `instructions` table.
class InstructionRepository
{
public:
    static qint64 insert(const QSqlDatabase& db, const Instruction& i);
    static void update(const QSqlDatabase& db, const Instruction& i);
    static std::optional<Instruction> find(const QSqlDatabase& db, qint64 id);
    /// Not yet answered: those still to sign for first, then by the deadline they work against.
    static QList<Instruction> open(const QSqlDatabase& db);
    /// Received in [fromMs, toMs), oldest first.
    static QList<Instruction> receivedBetween(const QSqlDatabase& db, qint64 fromMs, qint64 toMs);
    /// Open ones whose sign-for or reply deadline has passed and was not yet recorded.
    static QList<Instruction> dueOverdue(const QSqlDatabase& db, qint64 nowMs);
};

} // namespace dispatch
