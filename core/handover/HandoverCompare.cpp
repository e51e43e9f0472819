// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover/HandoverCompare.h"

#include <QSet>

namespace dispatch {

namespace {
QString key(const CarriedItem& c)
{
    return c.kind + QLatin1Char(':') + QString::number(c.id);
}
} // namespace

HandoverComparison HandoverComparison::compare(const HandoverReport& a, const HandoverReport& b)
{
    QSet<QString> inA, inB;
    for (const CarriedItem& c : a.carried)
        inA.insert(key(c));
    for (const CarriedItem& c : b.carried)
        inB.insert(key(c));
    HandoverComparison out;
    for (const CarriedItem& c : a.carried)
        if (!inB.contains(key(c)))
            out.closedBetween << c;
    for (const CarriedItem& c : b.carried)
        (inA.contains(key(c)) ? out.stillOpen : out.newInLater) << c;
    return out;
}

} // namespace dispatch
