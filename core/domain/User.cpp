// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/User.h"

namespace dispatch {

QString Roles::code(Role r)
{
    switch (r) {
    case Role::Dispatcher: return QStringLiteral("dispatcher");
    case Role::ShiftLeader: return QStringLiteral("shift_leader");
    case Role::Trainer: return QStringLiteral("trainer");
    case Role::Administrator: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString& c)
{
    for (Role r : all())
        if (code(r) == c)
            return r;
    return std::nullopt;
}

QString Roles::label(Role r)
{
    switch (r) {
    case Role::Dispatcher: return tr("Dispatcher");
    case Role::ShiftLeader: return tr("Shift leader");
    case Role::Trainer: return tr("Trainer");
    case Role::Administrator: return tr("Administrator");
    }
    return {};
}

QList<Role> Roles::all()
{
    return {Role::Dispatcher, Role::ShiftLeader, Role::Trainer, Role::Administrator};
}

} // namespace dispatch
