// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/ReportTables.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace dispatch::ui {

/// A printable report: a title, header lines (centre, period, who and when), charts and tables, written to an
/// A4 PDF with the title and centre on every page and "page n of N" at the foot. Chinese text renders through
/// the system's CJK fonts (fonts-noto-cjk).
struct ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ui::ReportDocument)

public:
    QString title;
    QString centre;
    QStringList headerLines;
    QString note;                            ///< a paragraph under the header (e.g. how levels are judged)
    QString runningLine;                     ///< a second line of the running header on every page (e.g. signatures)
    QList<QPair<QString, QImage>> charts;    ///< caption, picture; two to a row
    QList<ReportTable> tables;

    QString toHtml(int bodyWidthPx) const;
    /// Writes the PDF atomically (nothing is left half-written on failure); the error names the file.
    Status writePdf(const QString& path) const;
    /// Lays the pages out on any paged device (a PDF writer, a printer) at its resolution; returns the page count,
    /// 0 when painting could not start.
    int render(QPagedPaintDevice& device, int dpi) const;
    /// The number of pages of the last writePdf (for the status line).
    int pageCount() const { return m_pages; }

private:
    mutable int m_pages = 0;
};

} // namespace dispatch::ui
