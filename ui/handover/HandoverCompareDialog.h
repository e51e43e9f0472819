// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handover/Handover.h"
#include "handover/HandoverCompare.h"

#include <QDialog>

class QTreeWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Two handovers side by side, the earlier on the left: both reports, and between them what was dealt with in
/// between, what stayed open and what is new.
class HandoverCompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoverCompareDialog)

public:
    HandoverCompareDialog(DispatchService& service, const Handover& earlier, const Handover& later, QWidget* parent = nullptr);

    const HandoverComparison& comparison() const { return m_comparison; }
    QTreeWidget* differences() const { return m_diff; }
    /// "3 dealt with in between · 2 still open · 1 new"
    QString summary() const;

private:
    HandoverComparison m_comparison;
    QTreeWidget* m_diff;
};

} // namespace dispatch::ui
