// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FollowUpItem.h"
#include "followup/FollowUpTab.h"

namespace dispatch {
class DeclaredFollowUpKind;
class DispatchService;
}

namespace dispatch::ui {

/// The open items of one declared follow-up list, earliest deadline first, in columns built from its declaration:
/// the incident, the assignee, each declared field, the deadline's clock and the latest progress note.
class DeclaredListModel final : public FollowUpListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeclaredListModel)

public:
    DeclaredListModel(DispatchService& service, const DeclaredFollowUpKind& kind, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload() override;
    void apply(const QList<qint64>& ids) override;
    void tick() override;
    int overdueCount() const override;
    qint64 idAt(int row) const override { return m_rows[row].id; }
    const FollowUpItem& itemAt(int row) const { return m_rows[row]; }

    int deadlineColumn() const;
    int progressColumn() const;

private:
    DispatchService& m_service;
    const DeclaredFollowUpKind& m_kind;
    QList<FollowUpItem> m_rows;
};

} // namespace dispatch::ui
