// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/CallQuestionsView.h"

#include "common/Labels.h"
#include "common/TextInput.h"
#include "domain/TextLimits.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dispatch::ui {

CallQuestionsView::CallQuestionsView(QWidget* parent) : QFrame(parent), m_heading(new QLabel(this)), m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("callQuestions"));
    setFrameShape(QFrame::StyledPanel);
    m_heading->setObjectName(QStringLiteral("callQuestionsHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    // Each question on a row of its own above its answer, both the form's whole width: a question wrapped beside its
    // field overlapped the next one (QFormLayout gives a label no height for its width), in English in a narrow dock.
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    clear();
}

void CallQuestionsView::setQuestions(const CallQuestions& questions, const QString& category)
{
    if (category == m_category && !m_rows.isEmpty())
        return;
    for (const Row& r : std::as_const(m_rows))
        m_typed.insert(r.id, r.edit->text());
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
    m_category = category;
    const QString language = Labels::language();
    for (const CallQuestions::Question& q : questions.forCategory(category.isEmpty() ? QStringLiteral("*") : category)) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("answer_") + q.id);
        TextInput::limit(edit, TextLimits::kAnswer);
        edit->setText(m_typed.value(q.id));
        auto* label = new QLabel(q.in(language), this);
        label->setWordWrap(true);
        label->setBuddy(edit);
        m_form->addRow(label);
        m_form->addRow(edit);
        m_rows.append({q.id, q.text, edit, label});
    }
    m_heading->setText(category.isEmpty() ? tr("Ask the caller") : tr("Ask the caller (%1)").arg(Labels::category(category)));
    setVisible(!m_rows.isEmpty());
    // Shown now, not at the next turn of the event loop: the Tab order is set right after.
    for (const Row& r : std::as_const(m_rows)) {
        r.edit->show();
        r.label->show();
    }
}

void CallQuestionsView::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
    m_typed.clear();
    m_category.clear();
    hide();
}

QList<CallAnswer> CallQuestionsView::answers() const
{
    QList<CallAnswer> out;
    for (const Row& r : m_rows)
        if (!r.edit->text().trimmed().isEmpty())
            out.append({r.id, r.asked, r.edit->text().trimmed(), 0, {}});
    return out;
}

QList<QLineEdit*> CallQuestionsView::edits() const
{
    QList<QLineEdit*> out;
    for (const Row& r : m_rows)
        out << r.edit;
    return out;
}

QLineEdit* CallQuestionsView::answerEdit(const QString& questionId) const
{
    for (const Row& r : m_rows)
        if (r.id == questionId)
            return r.edit;
    return nullptr;
}

} // namespace dispatch::ui
