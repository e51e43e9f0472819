// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaCheck.h"

#include <QFile>
#include <QJsonDocument>

#include <libxml/xmlschemas.h>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <memory>

namespace dispatch::test {

QStringList jsonSchemaErrors(const QJsonValue& value, const QString& schemaPath)
{
    QFile f(schemaPath);
    if (!f.open(QIODevice::ReadOnly))
        return {schemaPath + QStringLiteral(": ") + f.errorString()};
    QJsonParseError pe;
    const QJsonDocument schemaDoc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return {schemaPath + QStringLiteral(": ") + pe.errorString()};
    valijson::Schema schema;
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const valijson::adapters::QtJsonAdapter schemaAdapter(schemaDoc.object());
        parser.populateSchema(schemaAdapter, schema);
    } catch (const std::exception& e) {
        return {schemaPath + QStringLiteral(": ") + QString::fromUtf8(e.what())};
    }
    valijson::Validator validator;
    valijson::ValidationResults results;
    const valijson::adapters::QtJsonAdapter target(value);
    QStringList out;
    if (!validator.validate(schema, target, &results)) {
        valijson::ValidationResults::Error e;
        while (results.popError(e)) {
            QString where;
            for (const std::string& c : e.context)
                where += QString::fromStdString(c);
            out.append(where + QStringLiteral(": ") + QString::fromStdString(e.description));
        }
    }
    return out;
}

namespace {

void collect(void* sink, const char* format, ...) // NOLINT: libxml2's error callback is variadic
{
    va_list args;
    va_start(args, format);
    char buffer[1024];
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    static_cast<QStringList*>(sink)->append(QString::fromUtf8(buffer).trimmed());
}

} // namespace

QStringList xmlSchemaErrors(const QByteArray& xml, const QString& xsdPath)
{
    QStringList out;
    const QByteArray path = QFile::encodeName(xsdPath);
    std::unique_ptr<xmlSchemaParserCtxt, decltype(&xmlSchemaFreeParserCtxt)> pctx(xmlSchemaNewParserCtxt(path.constData()),
                                                                                  xmlSchemaFreeParserCtxt);
    xmlSchemaSetParserErrors(pctx.get(), collect, collect, &out);
    std::unique_ptr<xmlSchema, decltype(&xmlSchemaFree)> schema(xmlSchemaParse(pctx.get()), xmlSchemaFree);
    if (!schema)
        return out.isEmpty() ? QStringList{xsdPath + QStringLiteral(": not an XML Schema")} : out;
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(xmlReadMemory(xml.constData(), int(xml.size()), "document.xml", nullptr, XML_PARSE_NONET),
                                                       xmlFreeDoc);
    if (!doc)
        return {QStringLiteral("the document is not well-formed XML")};
    std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)> vctx(xmlSchemaNewValidCtxt(schema.get()),
                                                                               xmlSchemaFreeValidCtxt);
    xmlSchemaSetValidErrors(vctx.get(), collect, collect, &out);
    if (xmlSchemaValidateDoc(vctx.get(), doc.get()) != 0 && out.isEmpty())
        out.append(QStringLiteral("the document does not validate"));
    return out;
}

} // namespace dispatch::test
