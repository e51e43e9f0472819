// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/CsvReader.h"

namespace dispatch {

CsvReader::CsvReader(QByteArrayView text, char separator) : m_text(text), m_sep(separator)
{
    if (m_text.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark
        m_pos = 3;
}

bool CsvReader::next(QList<QByteArrayView>& fields)
{
    fields.clear();
    m_unquoted.clear();
    const qsizetype n = m_text.size();
    if (m_pos >= n)
        return false;
    m_recordLine = m_line;
    const char* d = m_text.data();
    for (;;) {
        if (m_pos < n && d[m_pos] == '"') {
            // Quoted field: runs to the closing quote; "" is a quote.
            qsizetype start = ++m_pos;
            bool doubled = false;
            for (;;) {
                if (m_pos >= n) {
                    m_unterminated = true;
                    break;
                }
                const char c = d[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < n && d[m_pos + 1] == '"') {
                        doubled = true;
                        m_pos += 2;
                        continue;
                    }
                    break;
                }
                if (c == '\n')
                    ++m_line;
                ++m_pos;
            }
            QByteArrayView raw(d + start, m_pos - start);
            if (doubled) {
                QByteArray unq = raw.toByteArray();
                unq.replace("\"\"", "\"");
                m_unquoted.append(unq);
                fields.append(QByteArrayView(m_unquoted.last()));
            } else {
                fields.append(raw);
            }
            if (m_pos < n)
                ++m_pos; // the closing quote
            // Anything up to the separator after a closing quote is kept out (lenient, as spreadsheets write).
            while (m_pos < n && d[m_pos] != m_sep && d[m_pos] != '\n' && d[m_pos] != '\r')
                ++m_pos;
        } else {
            const qsizetype start = m_pos;
            while (m_pos < n && d[m_pos] != m_sep && d[m_pos] != '\n' && d[m_pos] != '\r')
                ++m_pos;
            fields.append(QByteArrayView(d + start, m_pos - start));
        }
        if (m_pos >= n)
            return true;
        const char c = d[m_pos];
        if (c == m_sep) {
            ++m_pos;
            if (m_pos >= n) {
                fields.append(QByteArrayView());
                return true;
            }
            continue;
        }
        // End of record: \n, \r\n or \r.
        if (c == '\r')
            ++m_pos;
        if (m_pos < n && d[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

} // namespace dispatch
