// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Supervision.h"
#include "followup/FollowUpTab.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The items under supervision (督办), earliest deadline first: what, who answers for it, how, the deadline's
/// clock and the latest progress note.
class SupervisionListModel final : public FollowUpListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionListModel)

public:
    enum Column { Title, Owner, Method, Deadline, Progress, ColumnCount };

    explicit SupervisionListModel(DispatchService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload() override;
    void apply(const QList<qint64>& ids) override;
    void tick() override;
    int overdueCount() const override;
    qint64 idAt(int row) const override { return m_rows[row].id; }
    const Supervision& supervisionAt(int row) const { return m_rows[row]; }

private:
    void rememberNote(qint64 supervisionId);

    DispatchService& m_service;
    QList<Supervision> m_rows;
    QHash<qint64, QString> m_lastNote;
};

} // namespace dispatch::ui
