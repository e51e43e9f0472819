// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handover/Handover.h"
#include "util/Result.h"

#include <QDialog>
#include <QList>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class HandoverCompareDialog;

/// The handover archive (交接班记录): every stored handover by date and shift, searched by any text in it (an
/// incident number, a name, a word of the notes), opened to read, exported to PDF or printed, and two of them
/// compared side by side. Keys: typing searches; Enter opens; Ctrl+click a second row and Alt+C compares.
class HandoverArchive final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoverArchive)

public:
    explicit HandoverArchive(DispatchService& service, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QTreeWidget* list() const { return m_list; }
    QTextBrowser* view() const { return m_view; }
    const QList<Handover>& shown() const { return m_rows; }

    void reload();
    /// Shows the handover at `row` of the list.
    void open(int row);
    /// Opens the comparison of the two handovers at these rows (the earlier shift on the left).
    HandoverCompareDialog* compare(int rowA, int rowB);
    Status exportPdf(const QString& path);

private:
    DispatchService& m_service;
    QLineEdit* m_search;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTreeWidget* m_list;
    QTextBrowser* m_view;
    QLabel* m_status;
    QList<Handover> m_rows;
    int m_open = -1;
};

} // namespace dispatch::ui
