// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/IntakePanel.h"
#include "domain/TextLimits.h"

#include "common/TextInput.h"

#include "common/Labels.h"
#include "domain/Taxonomy.h"
#include "intake/AddressFinder.h"
#include "intake/AgencyNotifyBox.h"
#include "intake/CallQuestionsView.h"
#include "intake/DuplicateListView.h"
#include "intake/TriageProposalView.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dispatch::ui {


IntakePanel::IntakePanel(DispatchService& service, QWidget* parent)
    : QWidget(parent),
      m_service(service),
      m_received(new QLabel(this)),
      m_line(new QComboBox(this)),
      m_phone(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_address(new QLineEdit(this)),
      m_locationEdit(new QLineEdit(this)),
      m_pick(new QPushButton(tr("Pick on map"), this)),
      m_zone(new QLabel(this)),
      m_addressFinder(new AddressFinder(service, m_address, this)),
      m_summary(new QPlainTextEdit(this)),
      m_category(new QComboBox(this)),
      m_priority(new QComboBox(this)),
      m_divert(new QComboBox(this)),
      m_mediation(new QCheckBox(tr("Offer to a mediator"), this)),
      m_error(new QLabel(this)),
      m_save(new QPushButton(this)),
      m_mergeButton(new QPushButton(tr("Merge into highlighted (Ctrl+M)"), this)),
      m_cancel(new QPushButton(tr("Cancel (Esc)"), this)),
      m_proposalView(new TriageProposalView(this)),
      m_duplicates(new DuplicateListView(service, this)),
      m_questions(new CallQuestionsView(this))
{
    setObjectName(QStringLiteral("intakePanel"));
    m_confirmDiscard = [this] {
        return QMessageBox::question(this, tr("Discard this call?"),
                                     tr("What was typed for this call will be lost. Discard it?"),
                                     QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               == QMessageBox::Discard;
    };
    m_confirmOutside = [this] {
        return QMessageBox::warning(this, tr("Outside every zone"),
                                    tr("The location is outside every zone of the centre: no response circle applies "
                                       "and no station's area holds it. Save it there anyway?"),
                                    QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
               == QMessageBox::Save;
    };
    buildForm();
    fillChoices();
    reset();
    connect(&m_service, &DispatchService::triageRulesChanged, this, [this] {
        if (hasCall())
            retriage();
    });
}

void IntakePanel::buildForm()
{
    m_received->setObjectName(QStringLiteral("intakeReceived"));
    m_line->setObjectName(QStringLiteral("intakeLine"));
    m_phone->setObjectName(QStringLiteral("intakePhone"));
    m_phone->setPlaceholderText(tr("caller's number"));
    m_name->setObjectName(QStringLiteral("intakeName"));
    m_name->setPlaceholderText(tr("name, if given"));
    m_address->setObjectName(QStringLiteral("intakeAddress"));
    m_address->setPlaceholderText(tr("street, number, landmark"));
    m_locationEdit->setObjectName(QStringLiteral("intakeLocation"));
    m_locationEdit->setPlaceholderText(tr("lat, lon — or Pick on map (Ctrl+P)"));
    m_pick->setObjectName(QStringLiteral("intakePick"));
    m_pick->setCheckable(true);
    m_pick->setFocusPolicy(Qt::NoFocus);
    m_zone->setObjectName(QStringLiteral("intakeZone"));
    m_summary->setObjectName(QStringLiteral("intakeSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What happened, in the caller's words"));
    m_summary->setMinimumHeight(70);
    // Each field says its limit; the core refuses anything longer from elsewhere.
    TextInput::limit(m_phone, TextLimits::kPhone);
    TextInput::limit(m_name, TextLimits::kName);
    TextInput::limit(m_address, TextLimits::kAddress);
    TextInput::limit(m_summary, TextLimits::kSummary);
    m_category->setObjectName(QStringLiteral("intakeCategory"));
    m_priority->setObjectName(QStringLiteral("intakePriority"));
    m_divert->setObjectName(QStringLiteral("intakeDivert"));
    // The lists size to the form, not to their longest entry ("12345 government service hotline"): in English the
    // longest ones made the intake dock wider than the window gave it, clipping the priority and Cancel.
    for (QComboBox* box : {m_line, m_category, m_priority, m_divert}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_priority ? 6 : 10);
    }
    m_mediation->setObjectName(QStringLiteral("intakeMediation"));
    m_error->setObjectName(QStringLiteral("intakeError"));
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_save->setObjectName(QStringLiteral("intakeSave"));
    m_save->setDefault(true);
    m_mergeButton->setObjectName(QStringLiteral("intakeMerge"));

    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_locationEdit, 1);
    locationRow->addWidget(m_pick);
    auto* triageRow = new QHBoxLayout;
    triageRow->addWidget(m_category, 2);
    triageRow->addWidget(m_priority, 1);
    auto* divertRow = new QHBoxLayout;
    divertRow->addWidget(m_divert, 1);
    divertRow->addWidget(m_mediation);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Received"), m_received);
    form->addRow(tr("&Line"), m_line);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Address"), m_address);
    form->addRow(QString(), m_addressFinder->flagLabel());
    auto buddyLabel = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("L&ocation"), m_locationEdit), locationRow);
    form->addRow(QString(), m_zone);
    form->addRow(tr("&What happened"), m_summary);
    form->addRow(m_questions);
    form->addRow(buddyLabel(tr("Ca&tegory / priority"), m_category), triageRow);
    form->addRow(buddyLabel(tr("&Divert to"), m_divert), divertRow);
    // Other services alongside the police: the ones a desk calls every night, as far as the centre has them.
    QList<QPair<QString, QString>> agencies;
    for (const char* code : {"120", "119", "122", "12345"})
        if (m_service.board().agency(QString::fromLatin1(code)))
            agencies.append({QString::fromLatin1(code), Labels::agency(QString::fromLatin1(code))});
    m_notify = new AgencyNotifyBox(agencies, this);
    form->addRow(tr("Notify as &well"), m_notify);

    // Save on a row of its own (the key everybody presses); merge and cancel under it: the form fits a narrow dock.
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_save, 0, 0, 1, 2);
    buttons->addWidget(m_mergeButton, 1, 0);
    buttons->addWidget(m_cancel, 1, 1);
    buttons->setColumnStretch(0, 2);
    buttons->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(m_proposalView);
    layout->addWidget(m_duplicates, 1);

    // Tab follows the conversation: line, number, name, where, what, then the decision.
    setTabOrder(m_line, m_phone);
    setTabOrder(m_phone, m_name);
    setTabOrder(m_name, m_address);
    setTabOrder(m_address, m_locationEdit);
    setTabOrder(m_locationEdit, m_summary);
    setTabOrder(m_summary, m_category);
    setTabOrder(m_category, m_priority);
    setTabOrder(m_priority, m_divert);
    setTabOrder(m_divert, m_mediation);
    setTabOrder(m_mediation, m_save);

    connect(m_line, &QComboBox::currentIndexChanged, this, &IntakePanel::retriage);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &IntakePanel::retriage);
    connect(m_phone, &QLineEdit::textEdited, this, &IntakePanel::searchDuplicates);
    connect(m_address, &QLineEdit::editingFinished, this, &IntakePanel::searchDuplicates);
    connect(m_addressFinder, &AddressFinder::placeChosen, this, &IntakePanel::setLocation);
    connect(m_locationEdit, &QLineEdit::editingFinished, this, &IntakePanel::onLocationTyped);
    connect(m_pick, &QPushButton::toggled, this, &IntakePanel::pickLocationRequested);
    // activated() is the user's choice only: from then on that field no longer follows the proposal.
    connect(m_category, &QComboBox::currentIndexChanged, this, &IntakePanel::updateQuestions);
    connect(m_category, &QComboBox::activated, this, [this] {
        m_categoryManual = true;
        if (m_category->currentData().toString() != QLatin1String("non_police")) {
            m_divert->setCurrentIndex(0);
            m_divertManual = true;
        }
        retriage();
    });
    connect(m_priority, &QComboBox::activated, this, [this] {
        m_priorityManual = true;
        retriage();
    });
    connect(m_divert, &QComboBox::activated, this, [this] {
        m_divertManual = true;
        if (m_divert->currentIndex() > 0) {
            m_category->setCurrentIndex(m_category->findData(QStringLiteral("non_police")));
            m_categoryManual = true;
        }
        retriage();
    });
    connect(m_mediation, &QCheckBox::clicked, this, [this] {
        m_mediationManual = true;
        retriage();
    });
    connect(m_save, &QPushButton::clicked, this, &IntakePanel::save);
    connect(m_mergeButton, &QPushButton::clicked, this, &IntakePanel::mergeIntoCurrent);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(); });
    connect(m_duplicates, &DuplicateListView::mergeRequested, this, [this] { mergeIntoCurrent(); });

    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_M), [this] { mergeIntoCurrent(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { m_pick->toggle(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_U), [this] { useProposal(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] { m_duplicates->tree()->setFocus(Qt::ShortcutFocusReason); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { cancel(); });
}

void IntakePanel::fillChoices()
{
    const Taxonomy& tax = Taxonomy::builtin();
    for (const Taxonomy::Entry& l : tax.lines())
        m_line->addItem(Labels::line(l.code), l.code);
    m_category->addItem(tr("— category —"), QString());
    for (const Taxonomy::Entry& c : tax.categories())
        m_category->addItem(Labels::category(c.code), c.code);
    m_priority->addItem(tr("— priority —"), 0);
    for (int p = 1; p <= 4; ++p)
        m_priority->addItem(Labels::priority(p), p);
    m_divert->addItem(tr("not diverted (police)"), QString());
    for (const Taxonomy::Entry& a : tax.agencies())
        m_divert->addItem(Labels::agency(a.code), a.code);
}

void IntakePanel::reset()
{
    m_receivedAtMs = 0;
    m_sourceRef.clear();
    m_location.reset();
    m_proposal = {};
    m_categoryManual = m_priorityManual = m_divertManual = m_mediationManual = false;
    const QSignalBlocker b1(m_line), b2(m_summary), b3(m_category), b4(m_priority), b5(m_divert);
    m_line->setCurrentIndex(0);
    m_phone->clear();
    m_name->clear();
    m_address->clear();
    m_locationEdit->clear();
    m_summary->clear();
    m_category->setCurrentIndex(0);
    m_priority->setCurrentIndex(0);
    m_divert->setCurrentIndex(0);
    m_mediation->setChecked(false);
    m_pick->setChecked(false);
    m_error->hide();
    m_zone->setText(tr("zone: unknown until the location is given"));
    m_addressFinder->clear();
    m_received->setText(tr("no call open — F2 takes a new call"));
    m_proposalView->clear();
    m_duplicates->clear();
    m_notify->clear();
    m_questions->clear();
    updateSaveLabel();
    setEnabled(false);
    Q_EMIT locationChanged(std::nullopt);
}

void IntakePanel::startCall()
{
    if (!hasCall()) {
        reset();
        setEnabled(true);
        m_receivedAtMs = m_service.clock().nowMs();
        tick();
        updateQuestions();
    }
    m_line->setFocus(Qt::ShortcutFocusReason);
}

void IntakePanel::startCall(const IncidentDraft& heard)
{
    if (hasCall()) {
        m_line->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    reset();
    setEnabled(true);
    m_receivedAtMs = heard.receivedAtMs ? heard.receivedAtMs : m_service.clock().nowMs();
    m_sourceRef = heard.sourceRef;
    if (const int i = m_line->findData(heard.line); i >= 0)
        m_line->setCurrentIndex(i);
    m_phone->setText(heard.callerPhone);
    m_name->setText(heard.callerName);
    m_address->setText(heard.address);
    if (heard.position)
        setLocation(*heard.position);
    m_summary->setPlainText(heard.summary);
    tick();
    updateQuestions();
    // A training call comes with what the caller says; a telephone call with its number only: what happened first.
    if (heard.summary.isEmpty())
        m_summary->setFocus(Qt::ShortcutFocusReason);
    else
        m_category->setFocus(Qt::ShortcutFocusReason);
}

bool IntakePanel::isDirty() const
{
    return !m_phone->text().isEmpty() || !m_name->text().isEmpty() || !m_address->text().isEmpty()
           || !m_locationEdit->text().isEmpty() || !m_summary->toPlainText().isEmpty() || m_categoryManual
           || m_priorityManual || m_divertManual;
}

void IntakePanel::tick()
{
    if (!hasCall())
        return;
    const qint64 now = m_service.clock().nowMs();
    m_received->setText(tr("%1 (%2 ago)")
                            .arg(Labels::dateTime(m_receivedAtMs, m_service.board().timeZone(), now),
                                 Labels::duration(now - m_receivedAtMs)));
}

void IntakePanel::setLocation(const GeoPoint& p)
{
    m_location = p;
    m_locationEdit->setText(QStringLiteral("%1, %2").arg(p.lat, 0, 'f', 5).arg(p.lon, 0, 'f', 5));
    m_pick->setChecked(false);
    updateZone();
    retriage();
    searchDuplicates();
    Q_EMIT locationChanged(m_location);
}

void IntakePanel::releasePick()
{
    const QSignalBlocker block(m_pick);
    m_pick->setChecked(false);
}

void IntakePanel::onLocationTyped()
{
    const QString text = m_locationEdit->text().trimmed();
    if (text.isEmpty()) {
        m_location.reset();
        updateZone();
        Q_EMIT locationChanged(m_location);
        return;
    }
    const std::optional<GeoPoint> p = geo::parseLatLon(text);
    if (!p) {
        showError(tr("Location: write latitude, longitude (for example 22.78, 100.97)"), m_locationEdit);
        return;
    }
    m_error->hide();
    setLocation(*p);
}

void IntakePanel::updateZone()
{
    const Zone* z = m_location ? m_service.board().zoneAt(*m_location) : nullptr;
    if (!m_location)
        m_zone->setText(tr("zone: unknown until the location is given"));
    else if (!z)
        m_zone->setText(tr("⚠ outside every zone of the centre: no response circle — check the place"));
    else
        m_zone->setText(tr("zone: %1 · %2").arg(z->name, Labels::tier(z->tier)));
    m_zone->setStyleSheet(m_location && !z ? QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }") : QString());
    m_addressFinder->setLocation(m_location);
}

void IntakePanel::retriage()
{
    if (!hasCall() || m_applying)
        return;
    m_proposal = m_service.triage(m_line->currentData().toString(), m_summary->toPlainText(), m_location,
                                  m_receivedAtMs);
    const QString before = m_category->currentData().toString();
    applyProposal();
    if (m_category->currentData().toString() != before)
        searchDuplicates(); // a related category decides what counts as the same event
    const Zone* z = m_location ? m_service.board().zoneAt(*m_location) : nullptr;
    const Taxonomy::Tier* tier = z ? Taxonomy::builtin().tier(z->tier) : nullptr;
    const bool overridden = !draft().proposed->sameAs(TriageChoice{
        m_category->currentData().toString(), m_priority->currentData().toInt(), m_divert->currentData().toString(),
        m_mediation->isChecked(), {}, {}});
    m_proposalView->show(m_proposal, tier ? tier->arrivalSeconds : 0, overridden && !m_summary->toPlainText().isEmpty());
    updateSaveLabel();
}

void IntakePanel::applyProposal()
{
    if (m_summary->toPlainText().trimmed().isEmpty())
        return; // nothing to go on yet: leave the choices empty
    m_applying = true;
    if (!m_categoryManual)
        m_category->setCurrentIndex(m_category->findData(m_proposal.category));
    if (!m_priorityManual)
        m_priority->setCurrentIndex(m_priority->findData(m_proposal.priority));
    if (!m_divertManual)
        m_divert->setCurrentIndex(std::max(0, m_divert->findData(m_proposal.divertTo)));
    if (!m_mediationManual)
        m_mediation->setChecked(m_proposal.mediation);
    m_notify->propose(m_proposal.notify);
    m_applying = false;
    const bool dispute = m_category->currentData().toString() == QLatin1String("dispute");
    m_mediation->setEnabled(dispute);
    if (!dispute)
        m_mediation->setChecked(false);
}

void IntakePanel::updateQuestions()
{
    if (!hasCall())
        return;
    m_questions->setQuestions(m_service.callQuestions(), m_category->currentData().toString());
    QWidget* previous = m_summary;
    for (QLineEdit* e : m_questions->edits()) {
        setTabOrder(previous, e);
        previous = e;
    }
    setTabOrder(previous, m_category);
}

void IntakePanel::useProposal()
{
    m_categoryManual = m_priorityManual = m_divertManual = m_mediationManual = false;
    retriage();
}

void IntakePanel::searchDuplicates()
{
    if (!hasCall())
        return;
    DuplicateQuery q;
    q.phone = m_phone->text().trimmed();
    q.position = m_location;
    q.address = m_address->text().trimmed();
    q.category = m_category->currentData().toString();
    q.text = m_summary->toPlainText();
    q.atMs = m_receivedAtMs;
    if (q.phone.size() < 5 && !q.position && q.address.isEmpty()) {
        m_duplicates->clear();
        return;
    }
    m_duplicates->show(m_service.findDuplicates(q), m_service.clock().nowMs());
    m_mergeButton->setEnabled(m_duplicates->count() > 0);
}

void IntakePanel::updateSaveLabel()
{
    const QString agency = m_divert->currentData().toString();
    m_save->setText(agency.isEmpty() ? tr("Save incident (Ctrl+Enter)")
                                     : tr("Divert to %1 (Ctrl+Enter)").arg(Labels::agency(agency)));
    m_mergeButton->setEnabled(m_duplicates->count() > 0);
}

IncidentDraft IntakePanel::draft() const
{
    IncidentDraft d;
    d.line = m_line->currentData().toString();
    d.callerPhone = m_phone->text().trimmed();
    d.callerName = m_name->text().trimmed();
    d.address = m_address->text().trimmed();
    d.position = m_location;
    d.summary = m_summary->toPlainText().trimmed();
    d.category = m_category->currentData().toString();
    d.priority = m_priority->currentData().toInt();
    d.divertTo = m_divert->currentData().toString();
    d.mediation = m_mediation->isChecked() && d.category == QLatin1String("dispute");
    d.receivedAtMs = m_receivedAtMs;
    d.proposed = m_proposal.choice();
    d.unitTypes = m_proposal.unitTypes;
    d.linkTo = m_duplicates->linked();
    if (d.divertTo.isEmpty())
        d.notify = m_notify->chosen(); // a diverted call goes to its agency by the work order
    d.answers = m_questions->answers();
    d.sourceRef = m_sourceRef;
    return d;
}

void IntakePanel::showError(const QString& message, QWidget* field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

bool IntakePanel::save()
{
    if (!hasCall())
        return false;
    onLocationTyped();
    if (m_error->isVisible() && m_locationEdit->hasFocus())
        return false;
    const IncidentDraft d = draft();
    if (d.category.isEmpty() || d.priority == 0) {
        showError(tr("Choose a category and a priority (or describe the call for a proposal)."), m_category);
        return false;
    }
    if (d.position && !m_service.board().zoneAt(*d.position) && !(m_confirmOutside && m_confirmOutside())) {
        showError(tr("The location is outside every zone: correct it, or clear it if the place is not known."),
                  m_locationEdit);
        return false;
    }
    const Result<qint64> r = m_service.createIncident(d);
    if (!r) {
        const QString where = r.error().where;
        QWidget* field = nullptr;
        if (where == QLatin1String("line"))
            field = m_line;
        else if (where == QLatin1String("summary"))
            field = m_summary;
        else if (where == QLatin1String("category") || where == QLatin1String("mediation"))
            field = m_category;
        else if (where == QLatin1String("divert_to"))
            field = m_divert;
        else if (where == QLatin1String("position"))
            field = m_locationEdit;
        showError(r.error().message, field);
        return false;
    }
    reset();
    Q_EMIT saved(*r);
    Q_EMIT closed();
    return true;
}

bool IntakePanel::mergeIntoCurrent()
{
    const qint64 target = m_duplicates->currentIncident();
    if (!hasCall() || !target)
        return false;
    const Status r = m_service.mergeCall(target, draft());
    if (!r) {
        showError(r.error().message, m_duplicates->tree());
        return false;
    }
    reset();
    Q_EMIT merged(target);
    Q_EMIT closed();
    return true;
}

bool IntakePanel::cancel(bool ask)
{
    if (!hasCall())
        return true;
    if (ask && isDirty() && !(m_confirmDiscard && m_confirmDiscard()))
        return false;
    reset();
    Q_EMIT closed();
    return true;
}

} // namespace dispatch::ui
