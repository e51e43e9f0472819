// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Feedback (反馈): incidents whose feedback waits for review (first), then those on scene whose feedback is due,
/// with the first-feedback clock.
class FeedbackListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackListModel)

public:
    enum Column { Number, Category, Status, Feedback, Clock, ColumnCount };
    enum Role { IncidentIdRole = Qt::UserRole + 1, ToReviewRole };

    explicit FeedbackListModel(DispatchService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    void tick();
    int overdueCount() const;
    int toReviewCount() const;
    qint64 incidentAt(int row) const { return m_rows[row]; }

private:
    DispatchService& m_service;
    QList<qint64> m_rows;
    QHash<qint64, QString> m_lastFeedback;
};

} // namespace dispatch::ui
