// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace dispatch::ui {

/// Free text with its limit said in the field: a line stops at its limit (the tooltip says it); a text box shows
/// "n / max" in its corner, turning red near the end, and never holds more. The same questions as QInputDialog's,
/// with the limit.
class TextInput
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ui::TextInput)

public:
    static void limit(QLineEdit* edit, int max);
    /// Returns the counter shown in the box's corner.
    static QLabel* limit(QPlainTextEdit* edit, int max);

    static QString getText(QWidget* parent, const QString& title, const QString& label, int max, bool* ok,
                           const QString& text = {});
    static QString getMultiLineText(QWidget* parent, const QString& title, const QString& label, int max, bool* ok,
                                    const QString& text = {});
    /// A tooltip that wraps at a readable width, its free text cut to a few lines (a long description never turns
    /// into a box the size of the screen).
    static QString tooltip(const QString& heading, const QString& text);
};

} // namespace dispatch::ui
