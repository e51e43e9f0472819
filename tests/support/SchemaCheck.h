// SPDX-License-Identifier: GPL-3.0-or-later
// What a published schema says of a document the desk wrote: a JSON Schema (valijson) or an XML Schema (libxml2).
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace dispatch::test {

/// The schema's complaints about the JSON value, each "where: what" (empty when it validates). A schema that cannot
/// be read is one complaint naming it.
QStringList jsonSchemaErrors(const QJsonValue& value, const QString& schemaPath);
/// The XML Schema's complaints about the document, each "line N: what" (empty when it validates).
QStringList xmlSchemaErrors(const QByteArray& xml, const QString& xsdPath);

} // namespace dispatch::test
