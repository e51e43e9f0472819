// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace dispatch::ui {

/// Filters and sorts the incident queue. Sorting uses the model's raw SortRole, so a ticking age
/// never re-sorts rows: age sorts on the fixed receive time.
class IncidentQueueProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentQueueProxy)

public:
    explicit IncidentQueueProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setZone(qint64 zoneId);                 ///< 0 = every zone
    void setStates(const QSet<QString>& states); ///< empty = every state
    void setMaxPriority(int level);              ///< 0 = every priority
    void setLine(const QString& line);           ///< empty = every line
    void setCategory(const QString& category);   ///< empty = every category

    qint64 zone() const { return m_zone; }
    /// How many times a row went through the filter (the tick's cost, measured by the benchmark).
    quint64 filterCalls() const { return m_filterCalls; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    qint64 m_zone = 0;
    QSet<QString> m_states;
    int m_maxPriority = 0;
    QString m_line;
    QString m_category;
    mutable quint64 m_filterCalls = 0;
};

} // namespace dispatch::ui
