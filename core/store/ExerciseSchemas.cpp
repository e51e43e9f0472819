// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ExerciseSchemas.h"

#include "store/ServerConnection.h"
#include "store/Sql.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <atomic>

namespace dispatch {

namespace {

std::atomic<int> s_connections{0};
const QString kOptions = QStringLiteral("options");
const QString kSearchPath = QStringLiteral("-csearch_path=");

bool isExerciseSchema(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^exercise_[0-9]{8}_[0-9]{9}$"));
    return pattern.match(name).hasMatch();
}

/// A connection of its own to the training database, closed and removed when it goes.
class AdminConnection
{
public:
    static Result<std::unique_ptr<AdminConnection>> open(const QString& trainingUri)
    {
        const auto address = ServerConnection::parse(trainingUri);
        if (!address)
            return address.error();
        const QString name = QStringLiteral("dispatch-exercises-%1").arg(++s_connections);
        auto db = ServerConnection::open(*address, name);
        if (!db)
            return db.error();
        auto c = std::unique_ptr<AdminConnection>(new AdminConnection(name, address->shown));
        c->db = *db;
        try {
            sql::run(c->db, QStringLiteral("SET client_min_messages = warning")); // no notice of what a drop took with it
        } catch (const DispatchError& e) {
            return e.error();
        }
        return c;
    }
    ~AdminConnection()
    {
        sql::forgetStatements(db);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db;
    const QString& shown() const { return m_shown; }

private:
    AdminConnection(QString name, QString shown) : m_name(std::move(name)), m_shown(std::move(shown)) {}
    QString m_name, m_shown;
};

/// The training database's URI with `schema` as its search path.
QString addressOf(const QString& trainingUri, const QString& schema)
{
    QUrl url(trainingUri);
    QUrlQuery query(url);
    query.removeAllQueryItems(kOptions);
    query.addQueryItem(kOptions, QString::fromLatin1(QUrl::toPercentEncoding(kSearchPath + schema)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

Result<QString> ExerciseSchemas::newAddress(const QString& trainingUri, const QDateTime& when)
{
    if (const auto address = ServerConnection::parse(trainingUri); !address)
        return address.error();
    return addressOf(trainingUri, QStringLiteral("exercise_") + when.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmsszzz")));
}

QString ExerciseSchemas::schemaOf(const QString& address)
{
    const QString options = QUrlQuery(QUrl(address)).queryItemValue(kOptions, QUrl::FullyDecoded);
    return options.startsWith(kSearchPath) && isExerciseSchema(options.mid(kSearchPath.size())) ? options.mid(kSearchPath.size())
                                                                                                 : QString();
}

QString ExerciseSchemas::trainingDatabaseOf(const QString& address)
{
    QUrl url(address);
    QUrlQuery query(url);
    query.removeAllQueryItems(kOptions);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

Status ExerciseSchemas::create(const QString& address)
{
    const QString schema = schemaOf(address);
    auto c = AdminConnection::open(trainingDatabaseOf(address));
    if (!c)
        return c.error();
    if (schema.isEmpty())
        return Error{tr("the address names no exercise (options=-csearch_path=exercise_…)"), (*c)->shown()};
    try {
        const QSqlDatabase& db = (*c)->db;
        const bool hasMeta = sql::scalar(db, QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                                            " WHERE table_schema = 'public' AND table_name = 'meta'"))
                                 .toLongLong()
            > 0;
        if (hasMeta
            && sql::scalar(db, QStringLiteral("SELECT count(*) FROM public.meta WHERE key = 'training' AND value = '1'")).toLongLong() == 0)
            return Error{tr("this database holds a live store: exercises are held in a training database of their own "
                            "(for example: createdb dispatch_training)"),
                         (*c)->shown()};
        if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?"), {schema})
                .toLongLong()
            > 0)
            return Error{tr("an exercise named %1 is already held there: an exercise is always new").arg(schema), (*c)->shown()};
        sql::run(db, QStringLiteral("CREATE SCHEMA %1").arg(schema));
    } catch (const DispatchError& e) {
        return Error{tr("cannot make the exercise's schema on the server: %1").arg(e.error().message), (*c)->shown()};
    }
    return Done{};
}

void ExerciseSchemas::drop(const QString& address)
{
    const QString schema = schemaOf(address);
    if (schema.isEmpty())
        return;
    auto c = AdminConnection::open(trainingDatabaseOf(address));
    try {
        if (c)
            sql::run((*c)->db, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
        else
            qWarning("dispatch: %s", qPrintable(c.errorString()));
    } catch (const DispatchError& e) {
        qWarning("dispatch: the exercise's schema %s was not dropped: %s", qPrintable(schema), qPrintable(e.error().toString()));
    }
}

Result<QStringList> ExerciseSchemas::list(const QString& trainingUri)
{
    auto c = AdminConnection::open(trainingUri);
    if (!c)
        return c.error();
    QStringList out;
    try {
        for (sql::Query q = sql::run((*c)->db, QStringLiteral("SELECT table_schema FROM information_schema.tables WHERE table_name = "
                                                             "'training_meta' AND table_schema LIKE 'exercise\\_%' ORDER BY 1 DESC"));
             q.next();) {
            const QString schema = q.value(0).toString();
            if (!isExerciseSchema(schema))
                continue;
            out << addressOf(trainingUri, schema);
        }
    } catch (const DispatchError& e) {
        return Error{tr("cannot read the exercises held on the server: %1").arg(e.error().message), (*c)->shown()};
    }
    return out;
}

} // namespace dispatch
