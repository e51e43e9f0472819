// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreLocator.h"

#include "demo/DemoInstall.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace dispatch {

QString StoreLocator::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("dispatch.sqlite"));
}

Result<StoreLocator::Opened> StoreLocator::open(const QString& explicitPath, int passwordIterations)
{
    Opened out;
    if (!explicitPath.isEmpty()) {
        auto db = Database::open(explicitPath, Database::Mode::OpenExisting);
        if (!db) {
            Error e = db.error();
            if (!QFileInfo::exists(explicitPath))
                e.message += tr(" — create one with: dispatchctl init --db %1 --demo").arg(explicitPath);
            return e;
        }
        out.db = std::move(db).value();
        return out;
    }
    auto db = Database::open(defaultPath(), Database::Mode::CreateOrMigrate);
    if (!db)
        return db.error();
    out.db = std::move(db).value();
    SystemClock clock;
    DispatchService setup(*out.db, clock, QStringLiteral("setup"));
    if (setup.board().zones().isEmpty() && setup.board().unitIds().isEmpty()) {
        // The demo on real streets, with its map: the desk shows streets, finds addresses and routes by road.
        setup.actAsSystem(QStringLiteral("first-run setup"));
        if (const Result<DemoInstalled> installed = DemoInstall::install(setup, QString::fromLatin1(DemoInstall::kDefault),
                                                                         passwordIterations);
            !installed)
            return installed.error();
        GenerateOptions history;
        history.incidents = kDemoHistoryIncidents;
        history.days = kDemoHistoryDays;
        history.seed = 110;
        if (auto generated = setup.generateHistory(history); !generated)
            return generated.error();
        out.seededDemo = true;
    }
    return out;
}

} // namespace dispatch
