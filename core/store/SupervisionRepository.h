// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Supervision.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dispatch {

/// Rows of the `supervisions` and `supervision_notes` tables.
class SupervisionRepository
{
public:
    static qint64 insert(const QSqlDatabase& db, const Supervision& s);
    static void update(const QSqlDatabase& db, const Supervision& s);
    static std::optional<Supervision> find(const QSqlDatabase& db, qint64 id);
    static std::optional<Supervision> openFor(const QSqlDatabase& db, SupervisionSubject subject, qint64 subjectId);
    /// Not yet closed, earliest deadline first.
    static QList<Supervision> open(const QSqlDatabase& db);
    static QList<Supervision> dueOverdue(const QSqlDatabase& db, qint64 nowMs);
    static qint64 insertNote(const QSqlDatabase& db, const SupervisionNote& n);
    /// Oldest first.
    static QList<SupervisionNote> notes(const QSqlDatabase& db, qint64 supervisionId);
};

} // namespace dispatch
