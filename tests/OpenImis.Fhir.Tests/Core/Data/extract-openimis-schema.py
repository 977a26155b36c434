#!/usr/bin/env python3
"""Writes openimis-schema.tsv from a JSON dump of the openIMIS PostgreSQL schema.

Run by hand when the reference schema changes; no build or test runs it:

    python3 tests/OpenImis.Fhir.Tests/Core/Data/extract-openimis-schema.py SCHEMA.json > tests/OpenImis.Fhir.Tests/Core/Data/openimis-schema.tsv

SCHEMA.json has the shape {"source": "...", "tables": {name: {"columns": [{"name", "type", "nullable", "default"}],
"primaryKey": [column], "foreignKeys": [{"columns", "references", "refColumns"}]}}}, as read from
information_schema of an openIMIS database.
"""
import datetime
import json
import sys


def keys(table, column):
    marks = []
    if column in table["primaryKey"]:
        marks.append("PK")
    for fk in table["foreignKeys"]:
        if column in fk["columns"]:
            target = fk["refColumns"][fk["columns"].index(column)]
            marks.append(f"FK {fk['references']}.{target}")
    return ",".join(marks) or "-"


def default(name, column):
    value = column["default"]
    if value is None:
        return "-"
    # The usual sequence of a serial column says nothing a reader needs beyond "serial".
    if value == f"nextval('\"{name}_{column['name']}_seq\"'::regclass)":
        return "serial"
    return value


def main(path):
    with open(path, encoding="utf-8") as handle:
        schema = json.load(handle)
    tables = schema["tables"]
    out = sys.stdout
    out.write("# openIMIS PostgreSQL schema: one line per column, tab-separated.\n")
    out.write(f"# Source: {schema['source']}.\n")
    out.write(f"# Extracted {datetime.date.today().isoformat()} by extract-openimis-schema.py (beside this file) from a JSON dump\n")
    out.write("# of that database's information_schema (columns, table_constraints, key_column_usage).\n")
    out.write("# nullable: yes|no. key: PK, FK <table>.<column>, comma-separated, - for none.\n")
    out.write("# default: serial (the column's own sequence), the SQL default, or - for none.\n")
    out.write("table\tcolumn\ttype\tnullable\tkey\tdefault\n")
    for name in sorted(tables):
        table = tables[name]
        for column in table["columns"]:
            nullable = "yes" if column["nullable"] else "no"
            out.write(f"{name}\t{column['name']}\t{column['type']}\t{nullable}\t{keys(table, column['name'])}\t{default(name, column)}\n")


if __name__ == "__main__":
    main(sys.argv[1])
