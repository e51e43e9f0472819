// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/SupervisionDialog.h"
#include "domain/TextLimits.h"

#include "common/TextInput.h"

#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dispatch::ui {

SupervisionDialog::SupervisionDialog(DispatchService& service, SupervisionSubject subject, qint64 subjectId,
                                     const QString& what, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_subject(subject),
      m_subjectId(subjectId),
      m_owner(new QLineEdit(this)),
      m_method(new QComboBox(this)),
      m_hours(new QSpinBox(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("supervisionDialog"));
    setWindowTitle(tr("Put %1 under supervision").arg(what));
    m_owner->setObjectName(QStringLiteral("supervisionOwner"));
    TextInput::limit(m_owner, TextLimits::kName);
    m_owner->setPlaceholderText(tr("Who answers for it, e.g. the station's head"));
    for (auto m : {SupervisionMethod::Online, SupervisionMethod::Instruction, SupervisionMethod::Phone})
        m_method->addItem(SupervisionCodes::label(m), int(m));
    m_hours->setRange(1, 24 * 30);
    m_hours->setValue(24);
    m_hours->setSuffix(tr(" h"));
    m_error->setObjectName(QStringLiteral("supervisionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::lateStyle());

    auto* form = new QFormLayout;
    auto* ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    auto* methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    auto* hoursLabel = new QLabel(tr("&Deadline in:"), this);
    hoursLabel->setBuddy(m_hours);
    form->addRow(ownerLabel, m_owner);
    form->addRow(methodLabel, m_method);
    form->addRow(hoursLabel, m_hours);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Supervise"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SupervisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SupervisionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_owner->setFocus();
}

void SupervisionDialog::accept()
{
    const qint64 deadline = m_service.clock().nowMs() + qint64(m_hours->value()) * 3600 * 1000;
    const Result<qint64> r = m_service.supervise(m_subject, m_subjectId, m_owner->text(),
                                                 SupervisionMethod(m_method->currentData().toInt()), deadline);
    if (!r) {
        m_error->setText(r.errorString());
        return;
    }
    m_id = *r;
    QDialog::accept();
}

} // namespace dispatch::ui
