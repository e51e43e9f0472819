// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dispatch {

/// Lower-case ASCII letters and digits of a name, each run of anything else one '-': "Simao Sub-bureau (demo)" →
/// "simao-sub-bureau-demo" (the centre's part of its CAP sender and EIDO agency ids). Empty when nothing is left.
inline QString slugOf(const QString& name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace dispatch
