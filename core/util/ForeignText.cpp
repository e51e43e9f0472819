// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/ForeignText.h"

namespace dispatch::ForeignText {

QString clean(const QString& text, bool keepLines, bool* changed)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && !(keepLines && (u == u'\n' || u == u'\t'))) || (u >= 0x7f && u < 0xa0);
        const bool direction = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f;
        if (control || direction) {
            if (changed)
                *changed = true;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace dispatch::ForeignText
