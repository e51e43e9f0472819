// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatch/FeedbackDialog.h"
#include "domain/TextLimits.h"

#include "common/TextInput.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "domain/Taxonomy.h"
#include "service/DispatchService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace dispatch::ui {

FeedbackDialog::FeedbackDialog(DispatchService& service, qint64 incidentId, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_incidentId(incidentId),
      m_unit(new QComboBox(this)),
      m_disposition(new QComboBox(this)),
      m_result(new QPlainTextEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("feedbackDialog"));
    const Incident* incident = service.board().incident(incidentId);
    setWindowTitle(tr("Feedback for %1").arg(incident ? incident->number : QString()));

    // The units sent to the incident, the one on scene first; or the desk for the incident as a whole.
    for (const Assignment& a : service.assignments(incidentId)) {
        const Unit* u = service.board().unit(a.unitId);
        if (!u || m_unit->findData(a.unitId) >= 0)
            continue;
        const QString text = a.onSceneAtMs ? tr("%1 (on scene)").arg(u->callsign) : u->callsign;
        if (a.onSceneAtMs && a.isOpen())
            m_unit->insertItem(0, text, a.unitId);
        else
            m_unit->addItem(text, a.unitId);
    }
    m_unit->addItem(tr("The desk, for the incident as a whole"), qint64(0));
    m_unit->setCurrentIndex(0);
    for (const Taxonomy::Entry& d : Taxonomy::builtin().dispositions())
        m_disposition->addItem(Labels::disposition(d.code), d.code);
    m_result->setPlaceholderText(tr("What the unit found and did"));
    m_result->setTabChangesFocus(true);
    TextInput::limit(m_result, TextLimits::kNote);
    m_error->setStyleSheet(Palette::lateStyle());
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Reported by"), m_unit);
    form->addRow(tr("&Result"), m_result);
    form->addRow(tr("&Disposition"), m_disposition);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_result->setFocus();
    resize(460, 300);
}

void FeedbackDialog::accept()
{
    const Status s = m_service.recordFeedback(m_incidentId, m_unit->currentData().toLongLong(),
                                              m_result->toPlainText(), m_disposition->currentData().toString());
    if (!s) {
        m_error->setText(s.errorString());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace dispatch::ui
