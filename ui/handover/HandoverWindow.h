// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handover/Handover.h"
#include "util/Result.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The shift handover (交接班) at the desk of a shift leader: this shift's (or the previous one's) report — live
/// until it is prepared —, the notes per section, and the signing: the outgoing leader prepares, rebuilds, notes and
/// signs; the incoming leader accepts or rejects with comments; afterwards it is frozen and can be exported to PDF
/// or printed. Keys: Alt+P prepare or rebuild, Ctrl+S save the notes, Alt+S sign, Alt+A accept, Alt+R reject.
class HandoverWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoverWindow)

public:
    explicit HandoverWindow(DispatchService& service, QWidget* parent = nullptr);

    /// Shows this shift (0) or the previous one (1).
    void chooseShift(int which);
    const ShiftInstance& shift() const { return m_shift; }
    std::optional<Handover> current() const;
    QPlainTextEdit* notesEdit(const QString& section) const { return m_notes.value(section); }
    QTextBrowser* view() const { return m_view; }
    QLabel* stateLabel() const { return m_state; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* prepareButton() const { return m_prepare; }
    QPushButton* signButton() const { return m_sign; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* rejectButton() const { return m_reject; }

    bool prepare();
    /// Saves every section's note that changed.
    bool saveNotes();
    /// Sign, accept and reject ask the signer's password (a signature).
    bool sign();
    bool accept(const QString& comment = {});
    /// Rejects with the comment (asked unless given).
    bool reject(const QString& comment = {});
    Status exportPdf(const QString& path);
    void print();

private:
    /// The signer's password, asked as a signature; nothing when they cancel.
    std::optional<QString> askSignature(const QString& title);
    void refresh();
    void say(const Status& s, const QString& done);

    DispatchService& m_service;
    ShiftInstance m_shift;
    QComboBox* m_which;
    QLabel* m_state;
    QLabel* m_signatures;
    QTextBrowser* m_view;
    QMap<QString, QPlainTextEdit*> m_notes;
    QLabel* m_reviews;
    QLabel* m_message;
    QPushButton* m_prepare;
    QPushButton* m_saveNotes;
    QPushButton* m_sign;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_pdf;
    QPushButton* m_print;
};

} // namespace dispatch::ui
