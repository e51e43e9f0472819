// SPDX-License-Identifier: GPL-3.0-or-later
// Referrals (信息流转): what an incident showed pushed to the unit responsible for it, whose result comes back to
// close it. Seed 002: information is pushed "down" to a town's comprehensive-governance office or a police station to
// be dealt with on the ground, special matters "across" to the responsible department through the county's offices
// (综治办, 信访局), and the result is reported back up to close the item (反馈销号); an item not answered within the
// set period is named in the assessment bulletin. A declared list (see FollowUpDeclaration): this file is all of it.
#include "followup/DeclaredFollowUp.h"
#include "followup/FollowUpKinds.h"

namespace dispatch {

const FollowUpKind& followup::referrals()
{
    static const DeclaredFollowUpKind kind(FollowUpDeclaration{
        QStringLiteral("referral"),
        QT_TRANSLATE_NOOP("dispatch::FollowUpDeclaration", "Referrals"),
        QT_TRANSLATE_NOOP("dispatch::FollowUpDeclaration", "referral"),
        QT_TRANSLATE_NOOP("dispatch::FollowUpDeclaration", "&Refer to the responsible unit…"),
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("dispatch::FollowUpDeclaration", "Responsible unit"),
        {
            {QStringLiteral("direction"),
             QT_TRANSLATE_NOOP("dispatch::FollowUpDeclaration", "Direction"),
             {{QStringLiteral("down"), QT_TRANSLATE_NOOP("dispatch::FollowUpDeclaration", "Down: a town office or station")},
              {QStringLiteral("across"),
               QT_TRANSLATE_NOOP("dispatch::FollowUpDeclaration", "Across: the responsible department")}}},
            {QStringLiteral("matter"), QT_TRANSLATE_NOOP("dispatch::FollowUpDeclaration", "What is referred"), {}, true, 500},
        },
        {{QStringLiteral("reported"), QT_TRANSLATE_NOOP("dispatch::FollowUpDeclaration", "Result reported back")},
         {QStringLiteral("returned"), QT_TRANSLATE_NOOP("dispatch::FollowUpDeclaration", "Returned as not theirs")}},
        72LL * 3600 * 1000,
        {Role::Dispatcher, Role::ShiftLeader, Role::Administrator},
        {Role::Dispatcher, Role::ShiftLeader, Role::Administrator},
    });
    return kind;
}

} // namespace dispatch
