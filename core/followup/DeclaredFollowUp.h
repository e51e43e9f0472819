// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/FollowUpDeclaration.h"
#include "followup/FollowUpKind.h"

namespace dispatch {

/// A follow-up kind made from its declaration (FollowUpDeclaration): its sweep, owed items and carried-over items
/// read the shared `follow_up_items` table by the list's code. A declared list is one of these in the registry.
class DeclaredFollowUpKind final : public FollowUpKind
{
public:
    explicit DeclaredFollowUpKind(FollowUpDeclaration declaration) : m_d(std::move(declaration)) {}

    Entity entity() const override { return Entity::FollowUp; }
    QString code() const override { return m_d.code; }
    QString label() const override;
    const FollowUpDeclaration* declaration() const override { return &m_d; }

    bool hasDue(const QSqlDatabase& db, qint64 nowMs) const override;
    QList<qint64> sweep(CommandContext& ctx) const override;
    void owed(OwedList& out) const override;
    void carried(CarriedList& out) const override;

    /// An item's line for a leader: the declared fields' words, " · " between them.
    QString describe(const QMap<QString, QString>& fields) const;
    /// A field's value in words (a choice's label, or the text as typed).
    QString fieldText(const FollowUpField& field, const QString& value) const;

private:
    FollowUpDeclaration m_d;
};

/// A declaration's words in the session's language (they are marked with QT_TRANSLATE_NOOP in the context
/// "dispatch::FollowUpDeclaration").
QString declaredText(const char* text);

} // namespace dispatch
