// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handover/Handover.h"
#include "print/ReportDocument.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTimeZone>

namespace dispatch::ui {

/// The printable handover (交接班报告): the centre, the shift and its times, the state and both signatures on the
/// first page and in the running header of every page, then the report's tables with the leader's notes.
class HandoverDocument
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ui::HandoverDocument)

public:
    /// `record` is the stored handover (signatures, state), or null for a report that was only built. With the
    /// store's connection, a signed handover carries the event log's anchor at its last signature.
    static ReportDocument build(const HandoverReport& report, const Handover* record, const QTimeZone& zone,
                                const QString& language, bool demo, const QSqlDatabase* store = nullptr);
    /// "SEQ HASH" of the handover's last signature in the event log (signed or accepted): a point of the chain to
    /// keep outside the store, typed into an anchor file for `dispatchctl check --anchors`. Empty when unsigned.
    static QString logAnchor(const QSqlDatabase& store, const Handover& record);
    /// "Day shift 2026-11-22 08:00 – 16:00"
    static QString shiftTitle(const ShiftInstance& shift, const QTimeZone& zone);
    /// "Outgoing 王建国 signed 15:52 · incoming 李明 accepted 16:04" (or what is still missing).
    static QString signatures(const Handover* record, const QTimeZone& zone);
};

} // namespace dispatch::ui
