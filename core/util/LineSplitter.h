// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace dispatch {

/// The lines of a byte stream (a TCP feed: AVL, CTI), LF or CR LF, each at most `maxLine` bytes kept while waiting
/// for its end: a longer one is cut (said once through `onCut`) and its rest skipped up to its end.
class LineSplitter
{
public:
    explicit LineSplitter(qsizetype maxLine) : m_maxLine(maxLine) {}

    /// Appends `bytes` and calls `onLine(QByteArrayView)` for each line ended now (without its LF); `onLine` returns
    /// false to stop reading what is left of this chunk (the connection is being refused).
    template<typename OnLine, typename OnCut>
    void feed(const QByteArray& bytes, OnLine onLine, OnCut onCut)
    {
        m_buffer += bytes;
        qsizetype start = 0;
        bool go = true;
        for (qsizetype end = m_buffer.indexOf('\n'); end >= 0 && go; end = m_buffer.indexOf('\n', start)) {
            const QByteArrayView line = QByteArrayView(m_buffer).sliced(start, end - start);
            start = end + 1;
            if (m_discarding)
                m_discarding = false; // the end of a line already cut
            else
                go = onLine(line);
        }
        m_buffer.remove(0, start);
        if (!go) {
            m_buffer.clear();
        } else if (m_buffer.size() > m_maxLine) {
            m_buffer.clear();
            if (!m_discarding) {
                m_discarding = true;
                onCut();
            }
        }
    }

    /// What arrived after the last line end (a last line the stream closed without ending), unless it is being skipped.
    QByteArrayView pending() const { return m_discarding ? QByteArrayView() : QByteArrayView(m_buffer); }
    void clear() { m_buffer.clear(); }

private:
    qsizetype m_maxLine;
    QByteArray m_buffer;
    bool m_discarding = false;
};

} // namespace dispatch
