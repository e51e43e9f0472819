// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/ChangeEvent.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dispatch {

class CarriedList;
class CommandContext;
class OwedList;
struct FollowUpDeclaration;

/// One list of what is owed after the call (feedback, transfers, callbacks, rectifications, mediation, instructions,
/// supervision, the repeat ledger), declared once: the sweep that stamps its items overdue, the items it owes, and
/// the kind of change its commands note. The facade's sweep, the owed overview and the views loop over the
/// registry (FollowUpKinds::all()), and so does the handover's list of what is carried over. A list whose items are
/// an incident's, owed by someone by a deadline, noted on and closed with an outcome is declared as data
/// (FollowUpDeclaration, DeclaredFollowUpKind: its file and a line in FollowUpKinds.h and FollowUpKind.cpp); a list
/// with steps of its own is a FollowUpKind written out.
class FollowUpKind
{
public:
    virtual ~FollowUpKind() = default;

    /// What the ids of its items name in a ChangeEvent (Entity::Incident for feedback, whose items are incidents).
    virtual Entity entity() const = 0;
    /// A list declared as data (DeclaredFollowUpKind): its declaration, which the desk builds its tab and dialogs
    /// from; nullptr for a list written as code. Declared lists share Entity::FollowUp.
    virtual const FollowUpDeclaration* declaration() const { return nullptr; }
    /// A stable code ("transfer"), used in files and on the command line.
    virtual QString code() const = 0;
    /// Its name on screen, in the session's language.
    virtual QString label() const = 0;

    /// Whether any item is due to be stamped overdue at `nowMs`: a cheap read before the sweep opens a transaction.
    /// Kinds whose deadlines are incident clocks (feedback) leave both to the clocks' sweep.
    virtual bool hasDue(const QSqlDatabase& db, qint64 nowMs) const;
    /// Stamps each item newly past its deadline once, with an event, inside the sweep's transaction; returns their
    /// ids (announced once by the desk whose sweep stamped them).
    virtual QList<qint64> sweep(CommandContext& ctx) const;

    /// Appends its open items to the owed overview (and to the handover's list of what is carried over).
    virtual void owed(OwedList& out) const = 0;
    /// Appends its items open at the handover's time, as they stood then, to what the handover carries over.
    /// Feedback, whose items are incidents, is carried in the handover's incident section (each incident with its
    /// state), so it adds nothing here.
    virtual void carried(CarriedList& out) const;
};

/// The registry of follow-up kinds, in the order the sweep runs them and the overview lists them.
class FollowUpKinds
{
public:
    static const QList<const FollowUpKind*>& all();
    /// The declared lists among them, in the same order.
    static QList<const FollowUpKind*> declared();
    /// The kind whose items are of `entity` (nullptr: none; feedback answers Entity::Incident; Entity::FollowUp, which
    /// every declared list shares, answers the first declared list).
    static const FollowUpKind* find(Entity entity);
    static const FollowUpKind* find(const QString& code);
};

} // namespace dispatch
