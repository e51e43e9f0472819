// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace dispatch {

/// How long each free-text field may be. A desk shows the limit in the field and stops typing there; the commands
/// refuse anything longer (an import, a tool), naming the field. Long enough for what a caller says; short enough that
/// no field takes over a screen, a map label or a printed handover.
class TextLimits
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::TextLimits)

public:
    static constexpr int kPhone = 32;
    static constexpr int kName = 60;        ///< a person's name, a callsign, who signed
    static constexpr int kAddress = 200;
    static constexpr int kSummary = 2000;   ///< what the caller said
    static constexpr int kAnswer = 300;     ///< one answer to a call-taker's question
    static constexpr int kReason = 500;     ///< a reason, a short note, a comment
    static constexpr int kNote = 2000;      ///< a result, progress, what was done, an instruction's text
    static constexpr int kHandoverNote = 4000;

    /// Throws DispatchError when `text` is longer than `max` characters: the field's name in words, and `where` (the
    /// field's code, which a form uses to put the cursor back).
    static void require(const QString& text, int max, const QString& where, const QString& name);
    /// At most `max` characters of `text` on one line (spaces and line breaks folded), "…" when cut: for table cells,
    /// map labels, tooltips and printed tables, never for the record itself.
    static QString elide(const QString& text, int max);
    /// The refusal in words (also shown by the desk).
    static QString tooLong(const QString& name, qsizetype length, int max);
};

} // namespace dispatch
