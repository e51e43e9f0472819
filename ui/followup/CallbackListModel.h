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

/// The callbacks still to be made (回访), earliest due first: the caller's phone with the incident's summary,
/// the tries so far and the due clock.
class CallbackListModel final : public FollowUpListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackListModel)

public:
    enum Column { Number, Phone, Summary, Closed, Attempts, Due, ColumnCount };

    explicit CallbackListModel(DispatchService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload() override;
    void apply(const QList<qint64>& ids) override;
    void tick() override;
    int overdueCount() const override;
    qint64 idAt(int row) const override { return m_rows[row].id; }
    const Callback& callbackAt(int row) const { return m_rows[row]; }

private:
    void rememberIncident(qint64 incidentId);

    struct IncidentText
    {
        QString number, phone, summary;
        qint64 closedAtMs = 0;
    };
    DispatchService& m_service;
    QList<Callback> m_rows;
    QHash<qint64, IncidentText> m_incidents;
};

} // namespace dispatch::ui
