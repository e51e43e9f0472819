// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Chooses where an instruction goes: the centre's stations, units on duty and linked agencies, ticked with Space;
/// typing filters the list. At least one must be ticked.
class ForwardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForwardDialog)

public:
    ForwardDialog(DispatchService& service, const QString& what, QWidget* parent = nullptr);

    QListWidget* targetList() const { return m_list; }
    QLineEdit* filterEdit() const { return m_filter; }
    /// The names ticked, in list order.
    QStringList targets() const;
    /// Ticks the named target (for scripted use).
    bool tick(const QString& name);

    void accept() override;

private:
    QLineEdit* m_filter;
    QListWidget* m_list;
    QLabel* m_error;
};

} // namespace dispatch::ui
