// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/ZoneImportDialog.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "geo/ZoneImport.h"
#include "service/DispatchService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dispatch::ui {

ZoneImportDialog::ZoneImportDialog(DispatchService& service, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_path(new QLineEdit(this)),
      m_name(new QComboBox(this)),
      m_code(new QComboBox(this)),
      m_tier(new QComboBox(this)),
      m_defaultTier(new QSpinBox(this)),
      m_replace(new QCheckBox(tr("&Remove the zones the file lacks (only those no incident or staging point refers to)"), this)),
      m_fileInfo(new QLabel(this)),
      m_outcome(new QLabel(this))
{
    setObjectName(QStringLiteral("zoneImportDialog"));
    setWindowTitle(tr("Import zones from GeoJSON"));
    const auto& user = service.currentUser();
    m_allowed = user && user->role == Role::Administrator;

    m_path->setObjectName(QStringLiteral("zoneFilePath"));
    m_path->setPlaceholderText(tr("A GeoJSON FeatureCollection of Polygon or MultiPolygon features"));
    connect(m_path, &QLineEdit::editingFinished, this, [this] { setPath(m_path->text()); });
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ZoneImportDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);

    m_name->setObjectName(QStringLiteral("zoneNameProperty"));
    m_code->setObjectName(QStringLiteral("zoneCodeProperty"));
    m_tier->setObjectName(QStringLiteral("zoneTierProperty"));
    m_defaultTier->setObjectName(QStringLiteral("zoneDefaultTier"));
    m_defaultTier->setRange(1, 5);
    m_defaultTier->setValue(3);
    m_defaultTier->setSuffix(tr(" (%1)").arg(Labels::tier(3)));
    connect(m_defaultTier, &QSpinBox::valueChanged, this,
            [this](int t) { m_defaultTier->setSuffix(tr(" (%1)").arg(Labels::tier(t))); });
    m_fileInfo->setObjectName(QStringLiteral("zoneFileInfo"));
    m_fileInfo->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("zoneImportOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_fileInfo);
    form->addRow(tr("&Name property"), m_name);
    form->addRow(tr("&Code property"), m_code);
    form->addRow(tr("&Tier property"), m_tier);
    form->addRow(tr("&Default tier"), m_defaultTier);
    form->addRow(QString(), m_replace);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("zoneImportButton"));
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &ZoneImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    if (!m_allowed) {
        auto* note = new QLabel(tr("Only an administrator can import zones. Sign in as one to import."), this);
        note->setObjectName(QStringLiteral("zoneImportNotAllowed"));
        note->setStyleSheet(Palette::lateStyle());
        layout->addWidget(note);
    }
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(640, 360);
}

void ZoneImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Zone file"), m_path->text(),
                                                      tr("GeoJSON (*.geojson *.json);;All files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

void ZoneImportDialog::setPath(const QString& path)
{
    m_path->setText(path);
    m_name->clear();
    m_code->clear();
    m_tier->clear();
    m_outcome->clear();
    m_import->setEnabled(false);
    if (path.trimmed().isEmpty()) {
        m_fileInfo->clear();
        return;
    }
    auto props = ZoneImport::propertiesOfFile(path.trimmed());
    if (!props) {
        m_fileInfo->clear();
        showError(props.errorString());
        return;
    }
    QString info = tr("%n feature(s)", nullptr, props->features);
    if (props->refused)
        info += QStringLiteral(" · ") + tr("%n refused (not an area or invalid): the import will name them", nullptr,
                                           props->refused);
    info += QStringLiteral(" · ") + tr("properties: %1").arg(props->all.isEmpty() ? tr("none") : props->all.join(QStringLiteral(", ")));
    m_fileInfo->setText(info);
    for (const QString& p : props->names)
        m_name->addItem(p, p);
    if (!props->suggestedName.isEmpty())
        m_name->setCurrentIndex(m_name->findData(props->suggestedName));
    m_code->addItem(tr("Derived from the name"), QString());
    for (const QString& p : props->names)
        m_code->addItem(p, p);
    if (const int code = m_code->findData(QStringLiteral("code")); code >= 0)
        m_code->setCurrentIndex(code);
    m_tier->addItem(tr("None: every zone takes the default tier"), QString());
    for (const QString& p : props->all)
        m_tier->addItem(p, p);
    if (const int tier = m_tier->findData(QStringLiteral("tier")); tier >= 0)
        m_tier->setCurrentIndex(tier);
    if (props->names.isEmpty())
        showError(tr("No property holds a name in every feature; the zones cannot be named from this file."));
    m_import->setEnabled(m_allowed && !props->names.isEmpty());
}

bool ZoneImportDialog::runImport()
{
    ZoneImportOptions options;
    options.nameProperty = m_name->currentData().toString();
    options.codeProperty = m_code->currentData().toString();
    options.tierProperty = m_tier->currentData().toString();
    options.defaultTier = m_defaultTier->value();
    options.replace = m_replace->isChecked();
    auto report = m_service.importZones(m_path->text().trimmed(), options);
    if (!report) {
        showError(tr("Not imported, nothing changed: %1").arg(report.errorString()));
        return false;
    }
    m_outcome->setStyleSheet(QString());
    m_outcome->setText(tr("Imported %1: %n zone(s), %2 vertices", nullptr, report->zones)
                           .arg(report->file, QLocale().toString(report->vertices))
                       + QStringLiteral("\n")
                       + tr("%1 added · %2 updated · %3 unchanged · %4 removed")
                             .arg(report->added.size())
                             .arg(report->updated.size())
                             .arg(report->unchanged.size())
                             .arg(report->removed.size()));
    m_import->setEnabled(false);
    return true;
}

void ZoneImportDialog::showError(const QString& text)
{
    m_outcome->setStyleSheet(Palette::lateStyle());
    m_outcome->setText(text);
}

} // namespace dispatch::ui
