// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/InjectDialog.h"
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
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dispatch::ui {

namespace {
enum Page { CallPage, UnitPage, InstructionPage };
}

InjectDialog::InjectDialog(DispatchService& service, const QStringList& calls, QWidget* parent)
    : QDialog(parent), m_service(service), m_type(new QComboBox(this)), m_pages(new QStackedWidget(this)),
      m_text(new QPlainTextEdit(this)), m_zone(new QComboBox(this)), m_category(new QComboBox(this)),
      m_priority(new QSpinBox(this)), m_divert(new QComboBox(this)), m_of(new QComboBox(this)), m_unit(new QComboBox(this)), m_unitEvent(new QComboBox(this)),
      m_minutes(new QSpinBox(this)), m_source(new QLineEdit(this)), m_class(new QComboBox(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("injectDialog"));
    setWindowTitle(tr("Inject an event"));
    m_type->setObjectName(QStringLiteral("injectType"));
    m_type->addItem(tr("A new call"), int(ScenarioEvent::Type::Call));
    m_type->addItem(tr("An escalation of a call"), int(ScenarioEvent::Type::Escalation));
    m_type->addItem(tr("A unit event"), int(ScenarioEvent::Type::Unit));
    m_type->addItem(tr("An instruction from higher command"), int(ScenarioEvent::Type::Instruction));

    // Calls and escalations: what is said, where, what it should become.
    auto* callPage = new QWidget(this);
    auto* callForm = new QFormLayout(callPage);
    m_text->setObjectName(QStringLiteral("injectText"));
    TextInput::limit(m_text, TextLimits::kSummary);
    TextInput::limit(m_source, TextLimits::kName);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What the caller says"));
    for (const Zone& z : service.board().zones())
        m_zone->addItem(z.name, z.id);
    const QString lang = Labels::language();
    for (const QString& code : {QStringLiteral("public_order"), QStringLiteral("criminal"), QStringLiteral("dispute"),
                                QStringLiteral("traffic"), QStringLiteral("assistance"), QStringLiteral("fire"),
                                QStringLiteral("mass_incident"), QStringLiteral("non_police")})
        m_category->addItem(Taxonomy::builtin().categoryLabel(code, lang), code);
    m_priority->setRange(1, 4);
    m_priority->setValue(2);
    // A non-police matter should be diverted: to which agency is part of what the trainee must get right.
    m_divert->setObjectName(QStringLiteral("injectDivert"));
    for (const Taxonomy::Entry& a : Taxonomy::builtin().agencies())
        m_divert->addItem(Labels::agency(a.code), a.code);
    m_divert->setCurrentIndex(std::max(0, m_divert->findData(QStringLiteral("12345"))));
    m_divert->setEnabled(false);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_divert->setEnabled(m_category->currentData().toString() == QLatin1String("non_police")); });
    m_of->addItems(calls);
    callForm->addRow(tr("Escalates:"), m_of);
    callForm->addRow(tr("Caller says:"), m_text);
    callForm->addRow(tr("Where:"), m_zone);
    callForm->addRow(tr("Should become:"), m_category);
    callForm->addRow(tr("Priority:"), m_priority);
    callForm->addRow(tr("Divert to:"), m_divert);
    m_pages->addWidget(callPage);

    auto* unitPage = new QWidget(this);
    auto* unitForm = new QFormLayout(unitPage);
    for (qint64 id : service.board().unitIds())
        if (const Unit* u = service.board().unit(id))
            m_unit->addItem(u->callsign);
    m_unitEvent->addItem(tr("breaks down"), int(ScenarioEvent::UnitEvent::Breakdown));
    m_unitEvent->addItem(tr("AVL lost"), int(ScenarioEvent::UnitEvent::AvlLost));
    m_unitEvent->addItem(tr("reaches its next scene late"), int(ScenarioEvent::UnitEvent::LateOnScene));
    m_minutes->setRange(0, 600);
    m_minutes->setValue(15);
    m_minutes->setSuffix(tr(" min"));
    unitForm->addRow(tr("Unit:"), m_unit);
    unitForm->addRow(tr("Event:"), m_unitEvent);
    unitForm->addRow(tr("For / by:"), m_minutes);
    m_pages->addWidget(unitPage);

    auto* instructionPage = new QWidget(this);
    auto* instructionForm = new QFormLayout(instructionPage);
    m_source->setText(tr("City bureau command centre"));
    for (const char* c : {"urgent", "general", "repeated"})
        m_class->addItem(InstructionCodes::label(InstructionCodes::classFromCode(QLatin1String(c)).value()), QLatin1String(c));
    instructionForm->addRow(tr("From:"), m_source);
    instructionForm->addRow(tr("Class:"), m_class);
    m_pages->addWidget(instructionPage);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int i) {
        const auto t = ScenarioEvent::Type(m_type->itemData(i).toInt());
        m_pages->setCurrentIndex(t == ScenarioEvent::Type::Unit ? UnitPage
                                 : t == ScenarioEvent::Type::Instruction ? InstructionPage
                                                                           : CallPage);
        m_of->setEnabled(t == ScenarioEvent::Type::Escalation);
        if (t == ScenarioEvent::Type::Instruction) // the instruction's text is typed on the call page's edit
            m_pages->currentWidget()->layout()->addWidget(m_text);
    });
    m_of->setEnabled(false);
    m_error->setObjectName(QStringLiteral("injectError"));
    m_error->setStyleSheet(Palette::lateStyle());
    m_error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Inject now"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InjectDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_type);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 380);
}

void InjectDialog::accept()
{
    ScenarioEvent e;
    e.type = ScenarioEvent::Type(m_type->currentData().toInt());
    e.text = m_text->toPlainText().trimmed();
    if (e.type == ScenarioEvent::Type::Unit) {
        e.unit = m_unit->currentText();
        e.unitEvent = ScenarioEvent::UnitEvent(m_unitEvent->currentData().toInt());
        e.minutes = m_minutes->value();
    } else if (e.type == ScenarioEvent::Type::Instruction) {
        e.source = m_source->text().trimmed();
        e.instructionClass = m_class->currentData().toString();
        if (e.source.isEmpty() || e.text.isEmpty()) {
            m_error->setText(tr("Say who issues the instruction and what it says."));
            return;
        }
    } else {
        if (e.text.isEmpty()) {
            m_error->setText(tr("Say what the caller says."));
            return;
        }
        e.id = e.type == ScenarioEvent::Type::Escalation ? QStringLiteral("esc") : QStringLiteral("x");
        if (e.type == ScenarioEvent::Type::Escalation) {
            e.sameEventAs = m_of->currentText();
            if (e.sameEventAs.isEmpty()) {
                m_error->setText(tr("No call has been made yet to escalate."));
                return;
            }
        }
        if (const Zone* z = m_service.board().zone(m_zone->currentData().toLongLong())) {
            // The middle of the zone's box.
            const double lat = (z->area.bounds().minLat + z->area.bounds().maxLat) / 2;
            const double lon = (z->area.bounds().minLon + z->area.bounds().maxLon) / 2;
            e.position = GeoPoint{lat, lon};
            e.address = z->name;
        }
        const QString category = m_category->currentData().toString();
        e.truth = ScenarioTruth{category, m_priority->value(),
                                category == QLatin1String("non_police") ? m_divert->currentData().toString() : QString(), false};
    }
    m_event = e;
    QDialog::accept();
}

} // namespace dispatch::ui
