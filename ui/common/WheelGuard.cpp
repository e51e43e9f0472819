// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace dispatch::ui {

void WheelGuard::install()
{
    static WheelGuard* guard = nullptr;
    if (guard || !qApp)
        return;
    guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->hasFocus() || !(qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)))
        return false;
    // Not the field's: the form around it scrolls (the application passes the event up from the parent).
    if (QWidget* parent = widget->parentWidget())
        QApplication::sendEvent(parent, event);
    return true;
}

} // namespace dispatch::ui
