// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/DeclaredItemDialog.h"

#include "common/Palette.h"
#include "common/TextInput.h"
#include "domain/TextLimits.h"
#include "followup/DeclaredFollowUp.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace dispatch::ui {

DeclaredItemDialog::DeclaredItemDialog(DispatchService& service, const DeclaredFollowUpKind& kind, qint64 incidentId,
                                       const QString& incidentNumber, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_kind(kind),
      m_incidentId(incidentId),
      m_assignee(new QComboBox(this)),
      m_hours(new QSpinBox(this)),
      m_error(new QLabel(this))
{
    const FollowUpDeclaration& d = *kind.declaration();
    setObjectName(QStringLiteral("declaredItemDialog"));
    // The menu entry's words without its accelerator ("(&R)" or "&") and its ellipsis.
    QString action = declaredText(d.openAction);
    action.remove(QRegularExpression(QStringLiteral("\\(&.\\)|&|…|\\.\\.\\.")));
    setWindowTitle(tr("%1: %2").arg(incidentNumber, action.trimmed()));
    m_assignee->setObjectName(QStringLiteral("declaredAssignee"));
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    TextInput::limit(m_assignee->lineEdit(), TextLimits::kName);
    m_assignee->addItems(service.followUpAssignees(kind.code()));
    m_assignee->setCurrentIndex(-1);
    m_assignee->lineEdit()->setPlaceholderText(declaredText(d.assigneeLabel));

    auto* form = new QFormLayout;
    auto* assigneeLabel = new QLabel(tr("%1:").arg(declaredText(d.assigneeLabel)), this);
    assigneeLabel->setBuddy(m_assignee);
    form->addRow(assigneeLabel, m_assignee);
    for (const FollowUpField& f : d.fields) {
        QWidget* editor = nullptr;
        if (!f.choices.isEmpty()) {
            auto* box = new QComboBox(this);
            for (const FollowUpChoice& c : f.choices)
                box->addItem(declaredText(c.label), c.code);
            editor = box;
        } else {
            auto* line = new QLineEdit(this);
            TextInput::limit(line, f.maxLength);
            editor = line;
        }
        editor->setObjectName(QStringLiteral("declaredField_%1").arg(f.code));
        m_fields.insert(f.code, editor);
        auto* label = new QLabel(tr("%1:").arg(declaredText(f.label)), this);
        label->setBuddy(editor);
        form->addRow(label, editor);
    }
    m_hours->setObjectName(QStringLiteral("declaredHours"));
    m_hours->setRange(1, 24 * 60);
    m_hours->setValue(int(std::max<qint64>(1, d.defaultDeadlineMs / (3600 * 1000))));
    m_hours->setSuffix(tr(" h"));
    auto* hoursLabel = new QLabel(tr("&Deadline in:"), this);
    hoursLabel->setBuddy(m_hours);
    form->addRow(hoursLabel, m_hours);

    m_error->setObjectName(QStringLiteral("declaredError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::lateStyle());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeclaredItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeclaredItemDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_assignee->setFocus();
}

void DeclaredItemDialog::accept()
{
    QMap<QString, QString> fields;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (const auto* box = qobject_cast<const QComboBox*>(*it))
            fields.insert(it.key(), box->currentData().toString());
        else if (const auto* line = qobject_cast<const QLineEdit*>(*it))
            fields.insert(it.key(), line->text());
    }
    const qint64 deadline = m_service.clock().nowMs() + qint64(m_hours->value()) * 3600 * 1000;
    const Result<qint64> r = m_service.openFollowUp(m_kind.code(), m_incidentId, m_assignee->currentText(), fields, deadline);
    if (!r) {
        // The sentence names the field; the field it is about takes the focus.
        m_error->setText(r.error().message);
        const QString where = r.error().where;
        if (QWidget* field = where == QLatin1String("assignee") ? m_assignee
                             : where == QLatin1String("deadline") ? static_cast<QWidget*>(m_hours)
                                                                  : m_fields.value(where))
            field->setFocus();
        return;
    }
    m_id = *r;
    QDialog::accept();
}

} // namespace dispatch::ui
