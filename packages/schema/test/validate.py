"""Validates JSON documents with Debian's python3-jsonschema, for the vitest consumer test.

Reads {"schemas": {name: schema}, "cases": [{"schema": name, "instance": value}]} on stdin.
Writes {"schemas": {name: null or the check_schema error}, "verdicts": [true, false or null]}:
null when the case's schema itself was rejected.
"""
import json
import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

request = json.load(sys.stdin)
problems = {}
validators = {}
for name, schema in request["schemas"].items():
    try:
        Draft202012Validator.check_schema(schema)
        validators[name] = Draft202012Validator(schema)
        problems[name] = None
    except SchemaError as error:
        problems[name] = error.message

verdicts = [
    validators[case["schema"]].is_valid(case["instance"]) if case["schema"] in validators else None
    for case in request["cases"]
]
json.dump({"schemas": problems, "verdicts": verdicts}, sys.stdout)
