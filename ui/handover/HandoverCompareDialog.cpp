// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover/HandoverCompareDialog.h"

#include "print/HandoverDocument.h"
#include "service/DispatchService.h"
#include "util/Translations.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

HandoverCompareDialog::HandoverCompareDialog(DispatchService& service, const Handover& earlier, const Handover& later,
                                             QWidget* parent)
    : QDialog(parent), m_diff(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("handoverCompare"));
    const QTimeZone zone = service.board().timeZone();
    const QString lang = Translations::currentLanguage();
    const HandoverReport a = earlier.report().value_or(HandoverReport{});
    const HandoverReport b = later.report().value_or(HandoverReport{});
    m_comparison = HandoverComparison::compare(a, b);
    setWindowTitle(tr("Compare: %1 and %2").arg(HandoverDocument::shiftTitle(a.shift, zone), HandoverDocument::shiftTitle(b.shift, zone)));
    resize(1400, 860);

    const auto browser = [&](const HandoverReport& r, const Handover& h) {
        auto* view = new QTextBrowser(this);
        view->setHtml(HandoverDocument::build(r, &h, zone, lang, service.board().centre().demo).toHtml(640));
        return view;
    };
    auto* sides = new QSplitter(this);
    sides->addWidget(browser(a, earlier));
    sides->addWidget(browser(b, later));

    m_diff->setObjectName(QStringLiteral("compareDifferences"));
    m_diff->setHeaderLabels({tr("Item"), tr("Incident"), tr("What"), tr("Owed by")});
    m_diff->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const auto group = [&](const QString& title, const QList<CarriedItem>& items) {
        auto* top = new QTreeWidgetItem(m_diff, {tr("%1 (%2)").arg(title).arg(items.size())});
        QFont f = top->font(0);
        f.setBold(true);
        top->setFont(0, f);
        for (const CarriedItem& c : items)
            new QTreeWidgetItem(top, {HandoverReport::kindLabel(c.kind), c.number, c.what, c.owner});
        top->setExpanded(true);
    };
    group(tr("Dealt with in between"), m_comparison.closedBetween);
    group(tr("Still open"), m_comparison.stillOpen);
    group(tr("New in the later handover"), m_comparison.newInLater);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(sides);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* head = new QLabel(summary(), this);
    QFont bold = head->font();
    bold.setBold(true);
    head->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(head);
    layout->addWidget(split, 1);
}

QString HandoverCompareDialog::summary() const
{
    return tr("%1 dealt with in between · %2 still open · %3 new")
        .arg(m_comparison.closedBetween.size())
        .arg(m_comparison.stillOpen.size())
        .arg(m_comparison.newInLater.size());
}

} // namespace dispatch::ui
