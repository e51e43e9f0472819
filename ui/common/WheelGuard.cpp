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
    if (event->type() != QEvent::Wheel && event->type() != QEvent::Polish)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || !(qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)))
        return false;
    if (event->type() == QEvent::Polish) {
        // A list takes the focus by a click or Tab, never by the wheel: the application gives a wheel-focus widget the
        // focus before any filter sees the wheel, and the list then took it as the user's own turn.
        if (widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (widget->hasFocus())
        return false;
    // Not the field's: the form around it scrolls (the application passes the event up from the parent).
    if (QWidget* parent = widget->parentWidget())
        QApplication::sendEvent(parent, event);
    return true;
}

} // namespace dispatch::ui
