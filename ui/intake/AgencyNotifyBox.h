// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

class QToolButton;

namespace dispatch::ui {

/// "Notify as well": the linked agencies told of the call while the police go (120, 119, 122, 12345), each a
/// toggle; triage ticks what it proposes until the call-taker sets one by hand.
class AgencyNotifyBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgencyNotifyBox)

public:
    /// `agencies`: codes with their labels, in order.
    AgencyNotifyBox(const QList<QPair<QString, QString>>& agencies, QWidget* parent = nullptr);

    /// Ticks the proposal's agencies, leaving those the call-taker set by hand.
    void propose(const QStringList& agencies);
    void clear();
    QStringList chosen() const;
    QToolButton* button(const QString& agency) const;
    bool isManual() const { return !m_manual.isEmpty(); }

private:
    QList<QPair<QString, QToolButton*>> m_buttons;
    QSet<QString> m_manual;
};

} // namespace dispatch::ui
