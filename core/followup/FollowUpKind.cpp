// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/FollowUpKind.h"

#include "followup/FollowUpKinds.h"

namespace dispatch {

bool FollowUpKind::hasDue(const QSqlDatabase&, qint64) const
{
    return false;
}

QList<qint64> FollowUpKind::sweep(CommandContext&) const
{
    return {};
}

void FollowUpKind::carried(CarriedList&) const
{
}

const QList<const FollowUpKind*>& FollowUpKinds::all()
{
    // The order of the sweep (a rectification stamped overdue opens a supervision before supervisions are swept) and
    // of the overview's tabs.
    static const QList<const FollowUpKind*> kinds{
        &followup::feedback(),     &followup::transfers(),   &followup::abandonedCalls(), &followup::callbacks(),
        &followup::rectifications(), &followup::supervisions(), &followup::mediations(), &followup::instructions(),
        &followup::ledger(),       &followup::referrals(),
    };
    return kinds;
}

QList<const FollowUpKind*> FollowUpKinds::declared()
{
    QList<const FollowUpKind*> out;
    for (const FollowUpKind* k : all())
        if (k->declaration())
            out << k;
    return out;
}

const FollowUpKind* FollowUpKinds::find(Entity entity)
{
    for (const FollowUpKind* k : all())
        if (k->entity() == entity)
            return k;
    return nullptr;
}

const FollowUpKind* FollowUpKinds::find(const QString& code)
{
    for (const FollowUpKind* k : all())
        if (k->code() == code)
            return k;
    return nullptr;
}

} // namespace dispatch
