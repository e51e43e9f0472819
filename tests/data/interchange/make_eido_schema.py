#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes tests/data/interchange/eido-1.0.schema.json from NENA's published EIDO schema (see SOURCE.txt).

NENA publishes EIDO 1.0 as the component schemas of an OpenAPI 3.0 document (Schema/openapi.yaml). This turns them
into one JSON Schema (draft 7) that a validator from Debian (valijson) reads:
  - '#/components/schemas/X' references become '#/definitions/X';
  - each data component's allOf of the common prologue and its own object is merged into one object whose
    properties are closed (additionalProperties: false), so that a misspelt member is an error;
  - 'format: date-time' also gets RFC 3339's pattern (the validator does not check formats);
  - a count written as text ("minItems: 1," in the published file) is read as the number it says;
  - members typed by NIEM (the NIEMComponents/*.yaml files) are not checked, except the person's name, which the
    desk writes: ncPersonComponent.name[].personFullName[].value.

Usage: make_eido_schema.py PATH/TO/openapi.yaml > eido-1.0.schema.json
"""
import json
import sys

import yaml

DATE_TIME = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)$"
PERSON = {
    "type": "object",
    "properties": {
        "name": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "personFullName": {
                        "type": "array",
                        "items": {"type": "object", "properties": {"value": {"type": "string"}}, "required": ["value"]},
                    }
                },
            },
        }
    },
}


def convert(node, key=None):
    if isinstance(node, list):
        return [convert(n) for n in node]
    if not isinstance(node, dict):
        return node
    if set(node.keys()) >= {"$ref"} and isinstance(node["$ref"], str) and key != "properties":
        ref = node["$ref"]
        if ref.startswith("#/components/schemas/"):
            out = {"$ref": "#/definitions/" + ref.rsplit("/", 1)[1]}
            return out
        return PERSON if ref.endswith("ncPersonType") else {}
    out = {}
    for k, v in node.items():
        if k in ("description", "title", "example"):
            continue
        if k in ("minItems", "maxItems", "minLength", "maxLength") and isinstance(v, str):
            v = int("".join(ch for ch in v if ch.isdigit()))
        out[k] = convert(v, k)
    if out.get("format") == "date-time":
        out["pattern"] = DATE_TIME
    return out


def merge(defs, name):
    schema = defs[name]
    parts = schema.get("allOf")
    if not parts:
        return schema
    merged = {"type": "object", "properties": {}, "required": []}
    for part in parts:
        if "$ref" in part:
            part = merge(defs, part["$ref"].rsplit("/", 1)[1])
        merged["properties"].update(part.get("properties", {}))
        merged["required"] += [r for r in part.get("required", []) if r not in merged["required"]]
    merged["additionalProperties"] = False
    return merged


def main():
    spec = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
    defs = {name: convert(s) for name, s in spec["components"]["schemas"].items()}
    defs = {name: merge(defs, name) for name in defs}
    schema = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$comment": "Made by make_eido_schema.py from NENA's EIDO 1.0 schema (NENA-STA-021): see SOURCE.txt.",
        "definitions": defs,
        "allOf": [{"$ref": "#/definitions/EmergencyIncidentDataObjectType"}],
    }
    json.dump(schema, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
