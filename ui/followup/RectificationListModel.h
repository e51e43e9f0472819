// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Callback.h"
#include "followup/FollowUpTab.h"

#include <QHash>
#include <QList>

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The rectifications not yet done (整改): the caller's complaint, the unit responsible and the deadline.
class RectificationListModel final : public FollowUpListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RectificationListModel)

public:
    enum Column { Number, Unit, Issue, Deadline, ColumnCount };

    explicit RectificationListModel(DispatchService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload() override;
    void apply(const QList<qint64>& ids) override;
    void tick() override;
    int overdueCount() const override;
    qint64 idAt(int row) const override { return m_rows[row].id; }
    const Rectification& rectificationAt(int row) const { return m_rows[row]; }

private:
    void rememberIncident(qint64 incidentId);

    DispatchService& m_service;
    QList<Rectification> m_rows;
    QHash<qint64, QString> m_numbers;
};

} // namespace dispatch::ui
