// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace dispatch {

/// Reads CSV records (RFC 4180: quoted fields, doubled quotes, separators and line breaks inside quotes) from
/// text held in memory, without copying unquoted fields. Each record knows the line it starts on, so that
/// errors can name it.
class CsvReader
{
public:
    explicit CsvReader(QByteArrayView text, char separator = ',');

    /// The next record's fields, or false at the end of the text. Views stay valid until the next call.
    bool next(QList<QByteArrayView>& fields);
    /// The line (1-based) the last record read starts on.
    int line() const { return m_recordLine; }
    /// Bytes consumed so far, for progress.
    qsizetype position() const { return m_pos; }
    /// A quote opened and never closed before the end of the text (the record returned is cut there).
    bool unterminatedQuote() const { return m_unterminated; }

private:
    QByteArrayView m_text;
    char m_sep;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    bool m_unterminated = false;
    QList<QByteArray> m_unquoted; ///< storage for quoted fields with doubled quotes
};

} // namespace dispatch
