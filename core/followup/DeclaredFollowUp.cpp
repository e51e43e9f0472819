// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/DeclaredFollowUp.h"

#include "handover/CarriedList.h"
#include "service/FollowUpItemCommands.h"
#include "service/OwedItems.h"
#include "store/FollowUpItemRepository.h"

#include <QCoreApplication>

namespace dispatch {

QString declaredText(const char* text)
{
    return text && *text ? QCoreApplication::translate("dispatch::FollowUpDeclaration", text) : QString();
}

QString DeclaredFollowUpKind::label() const
{
    return declaredText(m_d.label);
}

bool DeclaredFollowUpKind::hasDue(const QSqlDatabase& db, qint64 nowMs) const
{
    return !FollowUpItemRepository::dueOverdue(db, m_d.code, nowMs).isEmpty();
}

QList<qint64> DeclaredFollowUpKind::sweep(CommandContext& ctx) const
{
    return FollowUpItemCommands::sweepOverdue(ctx, m_d.code);
}

QString DeclaredFollowUpKind::fieldText(const FollowUpField& field, const QString& value) const
{
    for (const FollowUpChoice& c : field.choices)
        if (c.code == value)
            return declaredText(c.label);
    return value;
}

QString DeclaredFollowUpKind::describe(const QMap<QString, QString>& fields) const
{
    QStringList parts;
    for (const FollowUpField& f : m_d.fields)
        if (const QString v = fields.value(f.code); !v.isEmpty())
            parts << fieldText(f, v);
    return parts.join(QStringLiteral(" · "));
}

void DeclaredFollowUpKind::owed(OwedList& out) const
{
    for (const FollowUpItem& f : FollowUpItemRepository::open(out.db(), m_d.code))
        out.add({code(), label(), entity(), f.id, f.incidentId, {}, describe(f.fields), f.assignee, f.openedAtMs,
                 f.deadlineMs});
}

void DeclaredFollowUpKind::carried(CarriedList& out) const
{
    // A handover keeps what it carried as written then, in no one language: the fields typed on the desk.
    const auto typed = [this](const QMap<QString, QString>& fields) {
        QStringList parts;
        for (const FollowUpField& f : m_d.fields)
            if (f.choices.isEmpty() && !fields.value(f.code).isEmpty())
                parts << fields.value(f.code);
        return parts.join(QStringLiteral(" · "));
    };
    for (const FollowUpItem& f : FollowUpItemRepository::openAt(out.db(), m_d.code, out.asOf()))
        out.add({code(), f.id, f.incidentId, {}, typed(f.fields), QStringLiteral("open"), f.assignee, f.openedAtMs,
                 f.deadlineMs});
}

} // namespace dispatch
