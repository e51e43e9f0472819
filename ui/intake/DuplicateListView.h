// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/DuplicateSearch.h"

#include <QFrame>

class QLabel;
class QTreeWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Earlier incidents the call may belong to, found while the form is open: why each is offered, how far,
/// how long ago, its status. The call-taker merges into one or ticks some to link.
class DuplicateListView final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicateListView)

public:
    enum Column { Number, Why, Distance, When, Status, Summary, ColumnCount };

    DuplicateListView(DispatchService& service, QWidget* parent = nullptr);

    void show(const DuplicateReport& report, qint64 nowMs);
    void clear();

    QTreeWidget* tree() const { return m_tree; }
    /// The candidate under the cursor, 0 when none.
    qint64 currentIncident() const;
    /// Candidates ticked for linking.
    QList<qint64> linked() const;
    int count() const;

Q_SIGNALS:
    void mergeRequested(qint64 incidentId);

private:
    DispatchService& m_service;
    QLabel* m_title;
    QLabel* m_place;
    QTreeWidget* m_tree;
};

} // namespace dispatch::ui
