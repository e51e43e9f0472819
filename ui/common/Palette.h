// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace dispatch::ui {

/// The desk's signal colours, in one place: every list, panel and message that marks something late, close to its
/// deadline or on time takes its colour from here, so that "late" looks the same on every screen.
namespace Palette {

/// Text of something past its deadline (a breached clock, an overdue item, an error message).
inline QColor late() { return QColor(0xc6, 0x28, 0x28); }
/// Text of something close to its deadline.
inline QColor soon() { return QColor(0xe6, 0x51, 0x00); }
/// Text of something on time.
inline QColor onTime() { return QColor(0x2e, 0x7d, 0x32); }
/// Text of something that no longer counts (excluded, ended).
inline QColor muted() { return QColor(0x75, 0x75, 0x75); }
/// Background of a row past its deadline.
inline QColor lateRow() { return QColor(0xff, 0xeb, 0xee); }
/// Background of a row close to its deadline.
inline QColor soonRow() { return QColor(0xff, 0xf3, 0xb0); }

/// A style sheet colouring a label's text as late ("color: #c62828"), optionally bold.
inline QString lateStyle(bool bold = false)
{
    return QStringLiteral("color: %1%2").arg(late().name(), bold ? QStringLiteral("; font-weight: bold") : QString());
}

} // namespace Palette

} // namespace dispatch::ui
