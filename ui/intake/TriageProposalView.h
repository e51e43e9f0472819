// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "triage/TriageEngine.h"

#include <QFrame>

class QLabel;
class QListWidget;

namespace dispatch::ui {

/// The live triage proposal beside the intake form: what is proposed (category, priority, response
/// target, diversion or mediation) and WHY, rule by rule.
class TriageProposalView final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageProposalView)

public:
    explicit TriageProposalView(QWidget* parent = nullptr);

    /// `arrivalSeconds` is the arrival target of the zone's circle (0 when the location is unknown).
    void show(const TriageDecision& decision, int arrivalSeconds, bool overridden);
    void clear();

    QString summaryText() const;
    QListWidget* reasons() const { return m_reasons; }

private:
    QLabel* m_headline;
    QLabel* m_response;
    QLabel* m_override;
    QListWidget* m_reasons;
};

} // namespace dispatch::ui
