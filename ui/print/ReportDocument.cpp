// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace dispatch::ui {

namespace {

constexpr int kDpi = 200;

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString ReportDocument::toHtml(int bodyWidth) const
{
    QString h;
    h += QStringLiteral("<h2 style='margin-bottom:4px'>%1</h2>").arg(esc(title));
    for (const QString& line : headerLines)
        h += QStringLiteral("<div style='color:#37474f'>%1</div>").arg(esc(line));
    if (!note.isEmpty())
        h += QStringLiteral("<p style='color:#455a64'>%1</p>").arg(esc(note));
    if (!charts.isEmpty()) {
        // Image sizes in HTML are CSS pixels (1/96 in), scaled to the printer's resolution by the layout.
        const int w = (bodyWidth / 2 - 12) * 96 / kDpi;
        h += QStringLiteral("<table cellspacing='4' cellpadding='0' width='100%'>");
        for (int i = 0; i < charts.size(); ++i) {
            if (i % 2 == 0)
                h += QStringLiteral("<tr>");
            h += QStringLiteral("<td width='50%'><img src='chart%1' width='%2'/></td>").arg(i).arg(w);
            if (i % 2 == 1 || i + 1 == charts.size())
                h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
    for (const ReportTable& t : tables) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(t.title));
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%' "
                            "style='border-collapse:collapse; border-color:#b0bec5'><thead><tr>");
        for (const QString& head : t.header)
            h += QStringLiteral("<th style='background:#eceff1' align='left'>%1</th>").arg(esc(head));
        h += QStringLiteral("</tr></thead>");
        for (const QStringList& row : t.rows) {
            h += QStringLiteral("<tr>");
            for (int c = 0; c < row.size(); ++c) {
                // Figures to the right, names to the left.
                const QChar first = row[c].isEmpty() ? QChar() : row[c].front();
                const bool figure = c > 0 && (first.isDigit() || first == u'+' || first == u'-' || first == u'–');
                h += QStringLiteral("<td%1>%2</td>").arg(figure ? QStringLiteral(" align='right'") : QString(), esc(row[c]));
            }
            h += QStringLiteral("</tr>");
        }
        if (t.rows.isEmpty())
            h += QStringLiteral("<tr><td colspan='%1'>%2</td></tr>").arg(t.header.size()).arg(esc(tr("Nothing in the period")));
        h += QStringLiteral("</table>");
    }
    return h;
}

Status ReportDocument::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("cannot write: %1").arg(file.errorString()), path};
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 18, 15, 18), QPageLayout::Millimeter);
        writer.setResolution(kDpi);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("dispatcher"));
        m_pages = render(writer, kDpi);
        if (!m_pages)
            return Error{tr("cannot start the PDF"), path};
    }
    if (!file.commit())
        return Error{tr("cannot write: %1").arg(file.errorString()), path};
    return Done{};
}

int ReportDocument::render(QPagedPaintDevice& device, int dpi) const
{
    const QRect body = device.pageLayout().paintRectPixels(dpi);
    const QRectF page(0, 0, body.width(), body.height());

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    QFont font = doc.defaultFont();
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    for (int i = 0; i < charts.size(); ++i)
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart%1").arg(i)), charts[i].second);
    doc.setHtml(toHtml(body.width()));
    // Room at the top and foot of each page for the running header (one or two lines) and the page number.
    const qreal line = dpi * 0.3;
    const qreal top = runningLine.isEmpty() ? line : line * 1.6;
    doc.setPageSize(QSizeF(page.width(), page.height() - top - line));
    const int pages = doc.pageCount();

    QPainter p;
    if (!p.begin(&device))
        return 0;
    QFont small = font;
    small.setPointSizeF(7.5);
    for (int n = 0; n < pages; ++n) {
        if (n > 0)
            device.newPage();
        p.save();
        p.setFont(small);
        p.setPen(QColor(0x54, 0x6e, 0x7a));
        p.drawText(QRectF(0, 0, page.width(), line * 0.8), Qt::AlignLeft | Qt::AlignVCenter, centre);
        p.drawText(QRectF(0, 0, page.width(), line * 0.8), Qt::AlignRight | Qt::AlignVCenter, title);
        if (!runningLine.isEmpty())
            p.drawText(QRectF(0, line * 0.75, page.width(), line * 0.6), Qt::AlignLeft | Qt::AlignVCenter, runningLine);
        p.drawLine(QPointF(0, top * 0.92), QPointF(page.width(), top * 0.92));
        p.drawText(QRectF(0, page.height() - line * 0.8, page.width(), line * 0.8), Qt::AlignCenter,
                   tr("Page %1 of %2").arg(n + 1).arg(pages));
        p.restore();
        p.save();
        const qreal h = page.height() - top - line;
        p.translate(0, top - n * h);
        doc.drawContents(&p, QRectF(0, n * h, page.width(), h));
        p.restore();
    }
    p.end();
    return pages;
}

} // namespace dispatch::ui
