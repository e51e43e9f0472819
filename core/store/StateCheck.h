// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace dispatch {

/// The state agrees with the log: every incident taken at a desk (not imported history) has its incident.created
/// event, every such event its row, and the row's state is the one its last state event gave it. A row inserted,
/// deleted or set to another state behind the application's back, without its event, is named.
class StateCheck
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::StateCheck)

public:
    /// One sentence per disagreement; `checked` is set to the number of incidents compared.
    static QStringList incidents(const QSqlDatabase& db, int* checked = nullptr);
};

} // namespace dispatch
