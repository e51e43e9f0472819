// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "triage/TriageEngine.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class AddressFinder;
class AgencyNotifyBox;
class CallQuestionsView;
class DuplicateListView;
class TriageProposalView;

/// The call-intake form (接警): keyboard-first, in the order of the conversation. The receive time is
/// stamped when the call is opened; triage and the duplicate search run as the call-taker types; Ctrl+Enter
/// saves (or diverts), Ctrl+M merges into the highlighted earlier incident, Esc cancels (asking first when
/// anything was typed).
class IntakePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakePanel)

public:
    explicit IntakePanel(DispatchService& service, QWidget* parent = nullptr);

    /// Opens a new call now (receive time = now) and puts the cursor on the first field. A call already
    /// open is kept (only focused).
    void startCall();
    /// Opens a call whose caller is already heard (a training call, a telephone call): line, phone, name, address,
    /// place and what was said filled in, received when it rang; the triage choices stay with the call-taker. A call
    /// already open is kept.
    void startCall(const IncidentDraft& heard);
    bool hasCall() const { return m_receivedAtMs != 0; }
    bool isDirty() const;
    qint64 receivedAtMs() const { return m_receivedAtMs; }

    /// Location from the zone panel (a click while picking) or typed.
    void setLocation(const GeoPoint& p);
    /// Picking on the map ended there (Esc): the button is released without asking again.
    void releasePick();
    std::optional<GeoPoint> location() const { return m_location; }

    /// Saves the call as a new incident (diverted when the category is non-police with an agency).
    bool save();
    /// Merges the call into the highlighted candidate as a further caller.
    bool mergeIntoCurrent();
    /// Cancels; asks first when anything was typed (unless `ask` is false).
    bool cancel(bool ask = true);
    /// Makes category, priority, diversion and mediation follow the proposal again.
    void useProposal();

    /// How to ask "discard this call?": replaced in tests.
    void setConfirmDiscard(std::function<bool()> confirm) { m_confirmDiscard = std::move(confirm); }
    /// How to ask "save a point outside every zone?": replaced in tests.
    void setConfirmOutside(std::function<bool()> confirm) { m_confirmOutside = std::move(confirm); }

    const TriageDecision& proposal() const { return m_proposal; }
    IncidentDraft draft() const;

    QComboBox* lineBox() const { return m_line; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* locationEdit() const { return m_locationEdit; }
    AddressFinder* addressFinder() const { return m_addressFinder; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QComboBox* categoryBox() const { return m_category; }
    QComboBox* priorityBox() const { return m_priority; }
    QComboBox* divertBox() const { return m_divert; }
    QCheckBox* mediationBox() const { return m_mediation; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* errorLabel() const { return m_error; }
    TriageProposalView* proposalView() const { return m_proposalView; }
    DuplicateListView* duplicates() const { return m_duplicates; }
    AgencyNotifyBox* notifyBox() const { return m_notify; }
    CallQuestionsView* questions() const { return m_questions; }

    /// Called from the window's tick: the "received … ago" clock.
    void tick();

Q_SIGNALS:
    void saved(qint64 incidentId);
    void merged(qint64 incidentId);
    void closed();
    void pickLocationRequested(bool picking);
    void locationChanged(const std::optional<dispatch::GeoPoint>& location);

private:
    void buildForm();
    void reset();
    void retriage();
    void searchDuplicates();
    void applyProposal();
    void updateZone();
    void updateSaveLabel();
    void onLocationTyped();
    void showError(const QString& message, QWidget* field);
    void fillChoices();
    /// The category's questions under the description, in the Tab order after it.
    void updateQuestions();

    DispatchService& m_service;
    qint64 m_receivedAtMs = 0;
    QString m_sourceRef; ///< where a call from outside the desk came from (a training call)
    std::optional<GeoPoint> m_location;
    TriageDecision m_proposal;
    bool m_categoryManual = false;
    bool m_priorityManual = false;
    bool m_divertManual = false;
    bool m_mediationManual = false;
    bool m_applying = false;
    std::function<bool()> m_confirmDiscard;
    std::function<bool()> m_confirmOutside;

    QLabel* m_received;
    QComboBox* m_line;
    QLineEdit* m_phone;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QLineEdit* m_locationEdit;
    QPushButton* m_pick;
    QLabel* m_zone;
    AddressFinder* m_addressFinder;
    QPlainTextEdit* m_summary;
    QComboBox* m_category;
    QComboBox* m_priority;
    QComboBox* m_divert;
    QCheckBox* m_mediation;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_mergeButton;
    QPushButton* m_cancel;
    TriageProposalView* m_proposalView;
    DuplicateListView* m_duplicates;
    AgencyNotifyBox* m_notify = nullptr;
    CallQuestionsView* m_questions;
};

} // namespace dispatch::ui
