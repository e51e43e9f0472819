// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/TransferDialog.h"
#include "domain/TextLimits.h"

#include "common/TextInput.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dispatch::ui {

TransferDialog::TransferDialog(DispatchService& service, qint64 incidentId, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_incidentId(incidentId),
      m_station(new QComboBox(this)),
      m_reason(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("transferDialog"));
    const Incident* incident = service.board().incident(incidentId);
    setWindowTitle(tr("Transfer %1 to a police station").arg(incident ? incident->number : QString()));
    m_station->setObjectName(QStringLiteral("transferStation"));
    for (const Station& st : service.board().stations())
        m_station->addItem(st.name, st.id);
    m_reason->setObjectName(QStringLiteral("transferReason"));
    TextInput::limit(m_reason, TextLimits::kReason);
    m_reason->setPlaceholderText(tr("Why the station takes it over, e.g. follow-up investigation"));
    m_error->setObjectName(QStringLiteral("transferError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::lateStyle());
    auto* deadline = new QLabel(tr("The station signs for it within %1.")
                                    .arg(Labels::duration(service.responsePolicy().transferSignForMs())),
                                this);

    auto* form = new QFormLayout;
    auto* stationLabel = new QLabel(tr("&Station:"), this);
    stationLabel->setBuddy(m_station);
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(stationLabel, m_station);
    form->addRow(reasonLabel, m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Transfer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransferDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(deadline);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

void TransferDialog::accept()
{
    const Result<qint64> r = m_service.transferIncident(m_incidentId, m_station->currentData().toLongLong(), m_reason->text());
    if (!r) {
        m_error->setText(r.errorString());
        return;
    }
    m_transferId = *r;
    QDialog::accept();
}

} // namespace dispatch::ui
