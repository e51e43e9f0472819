// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace dispatch::ui {

/// The mouse wheel scrolls the form under it; it changes a drop-down list or a number field only once the user has
/// put the focus there. Without it, scrolling down the call-intake form over "Category" or "Divert to" changed the
/// call's category and diversion (and counted as the call-taker's own choice). Installed once on the application;
/// it also takes the wheel out of the lists' focus policy as they are polished.
class WheelGuard final : public QObject
{
    Q_OBJECT

public:
    /// Installs the guard on the application (once, whoever asks first).
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace dispatch::ui
