// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl export --eido / import --eido: incidents handed between centres as NENA EIDO JSON.
#include "CtlContext.h"

#include "interchange/EidoExport.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace dispatch::ctl {

int runExport(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    p.addOption({QStringLiteral("eido"), CtlContext::tr("The incident to write as an EIDO, by its number."), CtlContext::tr("NUMBER")});
    p.addOption({QStringLiteral("from"), CtlContext::tr("Every incident received from this moment (ISO, the centre's time)."),
                 QStringLiteral("ISO")});
    p.addOption({QStringLiteral("to"), CtlContext::tr("… until this moment (exclusive; default now)."), QStringLiteral("ISO")});
    p.addOption({QStringLiteral("out"), CtlContext::tr("Write to this file instead of standard output."), CtlContext::tr("FILE")});
    if (!ctx.parse(p, args,
                   CtlContext::tr("Write incidents as NENA EIDO 1.0 JSON (NENA-STA-021) to hand them to another centre: "
                                  "one incident as an object (--eido NUMBER), or the incidents taken at the desks in a "
                                  "period as an array (--from ISO [--to ISO]). Nothing in the store changes.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const bool one = p.isSet(QStringLiteral("eido"));
    if (!p.positionalArguments().isEmpty() || one == p.isSet(QStringLiteral("from"))
        || (one && p.isSet(QStringLiteral("to"))))
        return ctx.usage(CtlContext::tr("usage: dispatchctl export --db PATH (--eido NUMBER | --from ISO [--to ISO]) [--out FILE]"));
    Database* db = ctx.openStoreToRead(p);
    if (!db)
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    QJsonDocument doc;
    if (one) {
        const Result<QJsonObject> eido = EidoExport::incident(db->connection(), svc.board(), p.value(QStringLiteral("eido")));
        if (!eido)
            return ctx.fail(eido.errorString());
        doc = QJsonDocument(*eido);
    } else {
        const QTimeZone zone = svc.board().timeZone();
        const auto from = CtlContext::parseWhen(p.value(QStringLiteral("from")), zone);
        if (!from)
            return ctx.usage(CtlContext::tr("--from: a date or date-time expected, found \"%1\"").arg(p.value(QStringLiteral("from"))));
        qint64 to = svc.clock().nowMs() + 1;
        if (p.isSet(QStringLiteral("to"))) {
            const auto until = CtlContext::parseWhen(p.value(QStringLiteral("to")), zone);
            if (!until)
                return ctx.usage(CtlContext::tr("--to: a date or date-time expected, found \"%1\"").arg(p.value(QStringLiteral("to"))));
            to = *until;
        }
        if (to <= *from)
            return ctx.usage(CtlContext::tr("--to must come after --from"));
        QJsonArray all;
        for (const QJsonObject& o : EidoExport::received(db->connection(), svc.board(), *from, to))
            all.append(o);
        doc = QJsonDocument(all);
    }
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    if (p.isSet(QStringLiteral("out"))) {
        QSaveFile f(p.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return ctx.fail(CtlContext::tr("%1: %2").arg(p.value(QStringLiteral("out")), f.errorString()));
        if (!one)
            ctx.out() << CtlContext::tr("%n incident(s) written to %1", nullptr, int(doc.array().size())).arg(p.value(QStringLiteral("out")))
                      << "\n";
        return Ok;
    }
    ctx.out() << QString::fromUtf8(bytes);
    ctx.out().flush();
    return Ok;
}

int runImportEido(CtlContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CtlContext::addDbOption(p);
    CtlContext::addJsonOption(p);
    CtlContext::addActorOptions(p);
    p.addOption({QStringLiteral("eido"), CtlContext::tr("The EIDO file (one object, or an array of them)."), CtlContext::tr("FILE")});
    p.addOption({QStringLiteral("line"), CtlContext::tr("The line the incidents come in on: instruction (default) or 12345."),
                 CtlContext::tr("LINE"), QStringLiteral("instruction")});
    if (!ctx.parse(p, args,
                   CtlContext::tr("Take in incidents handed over by another centre as NENA EIDO JSON: each becomes an open "
                                  "incident on the line instruction or 12345, keeping the sender's id. All or none: a "
                                  "document that cannot be read, one already taken in or this centre's own stops the "
                                  "whole file.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.positionalArguments().isEmpty() || !p.isSet(QStringLiteral("eido")))
        return ctx.usage(CtlContext::tr("usage: dispatchctl import --db PATH --eido FILE [--line instruction|12345] [--json]"));
    const QString path = p.value(QStringLiteral("eido"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(CtlContext::tr("%1: %2").arg(path, f.errorString()));
    const Result<QList<EidoHandIn>> read = EidoReader::read(f.readAll(), path);
    if (!read)
        return ctx.fail(read.errorString());
    if (!ctx.openStore(p, Database::Mode::OpenExisting) || !ctx.actAs(p))
        return ctx.exitCode();
    DispatchService& svc = ctx.service();
    const Result<QList<qint64>> ids = svc.handIn(*read, p.value(QStringLiteral("line")));
    if (!ids)
        return ctx.fail(CtlContext::tr("%1: %2").arg(path, ids.errorString()));
    QJsonArray taken;
    for (qsizetype k = 0; k < ids->size(); ++k) {
        const Incident* i = svc.board().incident(ids->at(k));
        const QString number = i ? i->number : QString::number(ids->at(k));
        const EidoHandIn& h = read->at(k);
        if (p.isSet(QStringLiteral("json"))) {
            taken.append(QJsonObject{{QStringLiteral("incident"), number},
                                     {QStringLiteral("eido"), h.eidoId},
                                     {QStringLiteral("sender"), h.sender},
                                     {QStringLiteral("notes"), QJsonArray::fromStringList(h.notes)}});
        } else {
            ctx.out() << CtlContext::tr("%1 taken in as incident %2 (from %3)").arg(h.eidoId, number, h.sender) << "\n";
            for (const QString& note : h.notes)
                ctx.out() << "  " << note << "\n";
        }
    }
    if (p.isSet(QStringLiteral("json")))
        ctx.printJson(QJsonDocument(taken));
    return Ok;
}

} // namespace dispatch::ctl
