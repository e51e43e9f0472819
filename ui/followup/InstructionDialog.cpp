// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/InstructionDialog.h"
#include "domain/TextLimits.h"

#include "common/TextInput.h"

#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dispatch::ui {

InstructionDialog::InstructionDialog(DispatchService& service, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_source(new QComboBox(this)),
      m_class(new QComboBox(this)),
      m_received(new QDateTimeEdit(this)),
      m_text(new QPlainTextEdit(this)),
      m_incident(new QComboBox(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("instructionDialog"));
    setWindowTitle(tr("Register an instruction from higher command"));
    m_source->setObjectName(QStringLiteral("instructionSource"));
    m_source->setEditable(true);
    m_source->addItems({tr("City bureau command centre"), tr("Provincial department command centre"),
                        tr("District political and legal committee"), tr("12345 government hotline")});
    m_source->setCurrentIndex(0);
    m_class->setObjectName(QStringLiteral("instructionClass"));
    for (auto c : {InstructionClass::General, InstructionClass::Urgent, InstructionClass::RepeatedNoRisk})
        m_class->addItem(InstructionCodes::label(c), int(c));
    // The edit shows the centre's wall-clock time; accept() reads it back in the centre's zone.
    const QDateTime zoned = QDateTime::fromMSecsSinceEpoch(service.clock().nowMs(), service.board().timeZone());
    const QDateTime now(zoned.date(), zoned.time());
    m_received->setObjectName(QStringLiteral("instructionReceived"));
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_received->setDateTime(now);
    m_received->setMaximumDateTime(now);
    m_received->setMinimumDateTime(now.addDays(-7));
    m_text->setObjectName(QStringLiteral("instructionText"));
    TextInput::limit(m_text, TextLimits::kNote);
    if (QLineEdit* typed = m_source->lineEdit())
        TextInput::limit(typed, TextLimits::kName);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("The instruction as received"));
    m_incident->setObjectName(QStringLiteral("instructionIncident"));
    m_incident->addItem(tr("(no incident)"), 0);
    for (qint64 id : service.board().activeIncidentIds())
        if (const Incident* i = service.board().incident(id))
            m_incident->addItem(QStringLiteral("%1  %2").arg(i->number, i->summary.left(30)), id);
    m_error->setObjectName(QStringLiteral("instructionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::lateStyle());

    auto* form = new QFormLayout;
    const auto row = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&From:"), m_source);
    row(tr("C&lass:"), m_class);
    row(tr("&Received:"), m_received);
    row(tr("&Text:"), m_text);
    row(tr("&Incident:"), m_incident);
    auto* hint = new QLabel(tr("Urgent: forwarded at once when signed for. General: forwarded after a first analysis, "
                               "or answered directly. Repeated, no risk: answered directly."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: %1").arg(Palette::muted().name()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InstructionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InstructionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_text->setFocus();
}

void InstructionDialog::accept()
{
    InstructionDraft d;
    d.source = m_source->currentText();
    d.cls = InstructionClass(m_class->currentData().toInt());
    d.text = m_text->toPlainText();
    const QDateTime wall = m_received->dateTime();
    d.receivedAtMs = std::min(QDateTime(wall.date(), wall.time(), m_service.board().timeZone()).toMSecsSinceEpoch(),
                              m_service.clock().nowMs());
    d.incidentId = m_incident->currentData().toLongLong();
    const Result<qint64> r = m_service.registerInstruction(d);
    if (!r) {
        m_error->setText(r.errorString());
        return;
    }
    m_id = *r;
    QDialog::accept();
}

} // namespace dispatch::ui
