// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/FollowUpTab.h"

#include <QHash>
#include <QList>

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Feedback (反馈): incidents whose feedback waits for review (first), then those on scene whose feedback is due,
/// with the first-feedback clock. Its items are incidents, read from the board; only the feedback last given (when
/// it was returned to the unit, or waits for review) is read from the store.
class FeedbackListModel final : public FollowUpListModel
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

    /// Lists the incidents on the board that owe feedback or wait for its review.
    void reload() override;
    /// The incidents a change named, looked up on the board: listed, moved, updated or taken off row by row.
    void apply(const QList<qint64>& ids) override;
    /// The clock column follows the clock; nothing else changes.
    void tick() override;
    int overdueCount() const override;
    qint64 idAt(int row) const override { return m_rows[row].id; }
    int toReviewCount() const;
    qint64 incidentAt(int row) const { return m_rows[row].id; }

private:
    /// One incident listed, with where it stands: to review (oldest first), then feedback due (earliest deadline
    /// first, those without a running deadline last).
    struct Row
    {
        qint64 id = 0;
        bool review = false;
        qint64 orderMs = 0;
        /// A row is made only for an incident that owes feedback or waits for its review.
        bool isOpen() const { return true; }
    };
    static bool before(const Row& a, const Row& b);
    /// The row of incident `id` as the board has it now (its last feedback read again); nothing when it owes none.
    std::optional<Row> rowFor(qint64 id);

    DispatchService& m_service;
    QList<Row> m_rows;
    QHash<qint64, QString> m_lastFeedback;
};

} // namespace dispatch::ui
