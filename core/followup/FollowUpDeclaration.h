// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/User.h"

#include <QList>
#include <QString>

namespace dispatch {

/// One choice of a declared field or outcome: its stored code and its words (translated in the context
/// "dispatch::FollowUpDeclaration", marked with QT_TRANSLATE_NOOP where the kind is declared).
struct FollowUpChoice
{
    QString code;
    const char* label = "";
};

/// A field an item of a declared follow-up list carries besides its incident, its assignee and its deadline: free
/// text (no choices) or one of its choices.
struct FollowUpField
{
    QString code;
    const char* label = "";
    QList<FollowUpChoice> choices;
    bool required = true;
    /// How long its text may be (TextLimits), for a free-text field.
    int maxLength = 200;
};

/// A follow-up list declared as data: every declared list shares one life (opened about an incident for an
/// assignee with a deadline, progress notes, closed with one of its outcomes and a result, stamped overdue once when
/// its deadline passes), one table (`follow_up_items`), one set of commands (FollowUpItemCommands), one set of event
/// kinds (`followup.*`, the list's code in the payload) and one tab on the desk, built from the declaration's
/// fields. A new list of that shape is a declaration (core/followup/<Kind>FollowUp.cpp) and its line in the registry.
struct FollowUpDeclaration
{
    QString code;              ///< stored in every item and event ("referral"); letters, digits and '_'
    const char* label = "";    ///< the list's name ("Referrals")
    const char* itemLabel = "";///< one item ("referral"), for sentences
    const char* openAction = "";///< the desk's menu entry that opens one for the selected incident ("&Refer…")
    const char* shortcut = ""; ///< that entry's key (a QKeySequence's portable text), or ""
    const char* assigneeLabel = ""; ///< who owes the answer ("Responsible unit")
    QList<FollowUpField> fields;
    QList<FollowUpChoice> outcomes; ///< how an item ends; each needs the result's words
    qint64 defaultDeadlineMs = 0;   ///< proposed when opening (the desk may change it)
    QList<Role> mayOpen;
    QList<Role> mayClose;

    const FollowUpField* field(const QString& fieldCode) const
    {
        for (const FollowUpField& f : fields)
            if (f.code == fieldCode)
                return &f;
        return nullptr;
    }
    const FollowUpChoice* outcome(const QString& outcomeCode) const
    {
        for (const FollowUpChoice& o : outcomes)
            if (o.code == outcomeCode)
                return &o;
        return nullptr;
    }
};

} // namespace dispatch
