// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Loads zones from a GeoJSON file on the desk (the same import as `dispatchctl zones import`): the file's
/// properties are read first so that the administrator chooses which names the zones, which gives their
/// codes and which their circle tier; the import's outcome (added, updated, unchanged, removed) is shown.
class ZoneImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoneImportDialog)

public:
    explicit ZoneImportDialog(DispatchService& service, QWidget* parent = nullptr);

    QLineEdit* pathEdit() const { return m_path; }
    QComboBox* nameBox() const { return m_name; }
    QComboBox* codeBox() const { return m_code; }
    QComboBox* tierBox() const { return m_tier; }
    QSpinBox* defaultTierBox() const { return m_defaultTier; }
    QCheckBox* replaceBox() const { return m_replace; }
    QLabel* outcomeLabel() const { return m_outcome; }
    QPushButton* importButton() const { return m_import; }

    /// Reads the file's properties and offers them; a file that is not GeoJSON is named in the error.
    void setPath(const QString& path);
    /// Imports with the chosen options; true when the store took the zones.
    bool runImport();

private:
    void browse();
    void showError(const QString& text);

    DispatchService& m_service;
    QLineEdit* m_path;
    QComboBox* m_name;
    QComboBox* m_code;
    QComboBox* m_tier;
    QSpinBox* m_defaultTier;
    QCheckBox* m_replace;
    QLabel* m_fileInfo;
    QLabel* m_outcome;
    QPushButton* m_import;
    bool m_allowed = false;
};

} // namespace dispatch::ui
