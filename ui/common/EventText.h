// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/EventLog.h"

#include <QCoreApplication>

namespace dispatch::ui {

/// One line of plain language for an event of the log, as the history panes show it.
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ui::EventText)

public:
    static QString describe(const EventRecord& event);
    /// Whether the kind has its own wording (anything else is shown as "Recorded: <kind>").
    static bool knows(const QString& kind);
};

} // namespace dispatch::ui
