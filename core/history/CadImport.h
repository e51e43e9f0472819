// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/ImportProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace dispatch {

class CommandContext;
struct ParsedImport;

/// A row the import could not take: its line in the file, the column and why.
struct ImportIssue
{
    int line = 0;
    QString column;
    QString reason;

    QString toString() const;
};

/// What an import read and wrote.
struct ImportSummary
{
    QString file;
    QString profile;
    QString source;
    int rows = 0;            ///< data rows read (the header is not one)
    int incidents = 0;       ///< incidents written
    int assignments = 0;     ///< unit rows written (unit grain), or incidents with a dispatch (incident grain)
    int rejected = 0;        ///< bad rows
    int alreadyImported = 0; ///< incidents of this source already in the store: left as they are
    bool stopped = false;    ///< a bad row stopped the import (on_bad_row "stop"): nothing was written
    qint64 importId = 0;
    qint64 firstReceivedMs = 0;
    qint64 lastReceivedMs = 0;
    QList<ImportIssue> issues; ///< the first `report_first` bad rows
    /// How the header was read, one sentence each: a column found under another of its names, a column the import
    /// did without (the zone, found from each row's location instead).
    QStringList columnNotes;
};

/// Called now and then with the work done out of the total (both in bytes read, then in incidents
/// written); returning false cancels the import, which then writes nothing.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

/// Imports a CAD export through a profile, as closed incidents of origin "imported" referenced
/// "SOURCE:external id", with their units' times in imported_assignments and each incident's first-unit
/// times. One transaction (the caller's): the header is checked against the profile before any row; bad rows
/// are skipped or stop the import by the profile's rule. The rows are written through the store's bulk paths
/// (IncidentRepository::insert, ImportRepository).
class CadImport
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::CadImport)

public:
    static ImportSummary run(CommandContext& ctx, const ImportProfile& profile, const QByteArray& csv,
                             const QString& fileName, const ImportProgress& progress = {});
    /// The reading half of run(): the header against the profile, every row checked and grouped, without the
    /// store, so that a caller can read before it takes the store's write lock. Throws DispatchError for a file
    /// refused whole (and when cancelled).
    static std::shared_ptr<const ParsedImport> parse(const ImportProfile& profile, const QByteArray& csv,
                                                     const QString& fileName, const ImportProgress& progress = {});
    /// The writing half, in the caller's transaction; a stopped import writes nothing.
    static ImportSummary write(CommandContext& ctx, const ImportProfile& profile, const ParsedImport& parsed,
                               const ImportProgress& progress = {});
};

} // namespace dispatch
