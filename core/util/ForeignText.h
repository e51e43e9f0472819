// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dispatch::ForeignText {

/// Text written elsewhere (another centre's EIDO, a map file) as the desk may show it: no control characters (a line
/// break and a tab kept where `keepLines`), no direction overrides that would make a text read other than it is
/// stored. `changed` (when given) is set when anything was taken out.
QString clean(const QString& text, bool keepLines = false, bool* changed = nullptr);

} // namespace dispatch::ForeignText
