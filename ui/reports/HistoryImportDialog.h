// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/CadImport.h"
#include "util/Result.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Desk ▸ Import history…: a CAD export through a mapping profile (a built-in one or a centre's file), with a
/// progress bar and Cancel. The import runs on its own thread and its own connection to the store, in one
/// transaction, so the desk keeps ticking; a cancelled or stopped import writes nothing. Administrators and
/// shift leaders only.
class HistoryImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryImportDialog)

public:
    explicit HistoryImportDialog(DispatchService& service, QWidget* parent = nullptr);
    ~HistoryImportDialog() override;

    void setCsvPath(const QString& path);
    /// "sf-fire-calls" for a built-in profile, or a file's path.
    void setProfile(const QString& profile);
    /// Starts the import on its thread; false (with the reason shown) when the inputs are refused.
    bool start();
    void cancel();
    bool isRunning() const;
    /// Waits for the import's thread (tests; closing the dialog cancels and waits too).
    void waitForFinished();

    const std::optional<Result<ImportSummary>>& outcome() const { return m_outcome; }
    int progressValue() const;
    QLabel* outcomeLabel() const { return m_outcomeLabel; }

Q_SIGNALS:
    void imported(const dispatch::ImportSummary& summary);

protected:
    void reject() override;

private:
    void browse();
    void browseProfile();
    void finished(const Result<ImportSummary>& result);
    QString profilePath() const;

    DispatchService& m_service;
    bool m_allowed = false;
    QLineEdit* m_csv;
    QComboBox* m_profile;
    QProgressBar* m_progress;
    QLabel* m_outcomeLabel;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::optional<Result<ImportSummary>> m_outcome;
};

} // namespace dispatch::ui
