// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/ForwardDialog.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {
constexpr int kNameRole = Qt::UserRole;
}

ForwardDialog::ForwardDialog(DispatchService& service, const QString& what, QWidget* parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("forwardDialog"));
    setWindowTitle(tr("Forward: %1").arg(what));
    m_filter->setObjectName(QStringLiteral("forwardFilter"));
    m_filter->setPlaceholderText(tr("Type to filter stations, units and agencies"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("forwardTargets"));
    const auto add = [this](const QString& name, const QString& kind) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(name, kind), m_list);
        item->setData(kNameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    };
    const Board& board = service.board();
    for (const Station& s : board.stations())
        add(s.name, tr("police station"));
    for (qint64 id : board.unitIds())
        if (const Unit* u = board.unit(id); u && u->isOnDuty())
            add(u->callsign, Labels::unitType(u->type));
    for (const Agency& a : board.agencies())
        add(a.name, tr("linked agency"));
    m_error->setObjectName(QStringLiteral("forwardError"));
    m_error->setStyleSheet(Palette::lateStyle());
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int r = 0; r < m_list->count(); ++r)
            m_list->item(r)->setHidden(!text.isEmpty() && !m_list->item(r)->text().contains(text, Qt::CaseInsensitive));
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Forward"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ForwardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ForwardDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_filter, m_list);
    resize(420, 480);
    m_filter->setFocus();
}

QStringList ForwardDialog::targets() const
{
    QStringList out;
    for (int r = 0; r < m_list->count(); ++r)
        if (m_list->item(r)->checkState() == Qt::Checked)
            out << m_list->item(r)->data(kNameRole).toString();
    return out;
}

bool ForwardDialog::tick(const QString& name)
{
    for (int r = 0; r < m_list->count(); ++r)
        if (m_list->item(r)->data(kNameRole).toString() == name) {
            m_list->item(r)->setCheckState(Qt::Checked);
            return true;
        }
    return false;
}

void ForwardDialog::accept()
{
    if (targets().isEmpty()) {
        m_error->setText(tr("Tick at least one station, unit or agency (Space ticks the highlighted one)."));
        return;
    }
    QDialog::accept();
}

} // namespace dispatch::ui
