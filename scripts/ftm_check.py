"""Checks a FollowTheMoney export (JSON lines) against the followthemoney package's model.

Usage: ftm_check.py FILE [--persons N] [--organizations N]

Every line must be an entity whose schema exists; every property must exist on that schema;
every value must be valid for the property's type (followthemoney's own cleaning must accept
it unchanged in meaning: not reject it); the schema's required properties must be present;
every entity reference must resolve to an entity of the file; and each Person or Organization
must be the `entity` of a Sanction. Exits 1 and names each problem.
"""

import argparse
import json
import sys

from followthemoney import model
from followthemoney.types import registry


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--persons", type=int)
    ap.add_argument("--organizations", type=int)
    args = ap.parse_args()

    problems: list[str] = []
    entities: dict[str, dict] = {}
    with open(args.file, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"line {n}: not JSON: {e}")
                continue
            eid = data.get("id")
            schema = model.get(data.get("schema", ""))
            if not eid:
                problems.append(f"line {n}: no id")
                continue
            if schema is None:
                problems.append(f"{eid}: unknown schema {data.get('schema')!r}")
                continue
            if eid in entities:
                problems.append(f"{eid}: id used twice")
            for prop_name, values in data.get("properties", {}).items():
                prop = schema.get(prop_name)
                if prop is None:
                    problems.append(f"{eid}: {schema.name} has no property {prop_name!r}")
                    continue
                if not isinstance(values, list):
                    problems.append(f"{eid}.{prop_name}: values must be a list")
                    continue
                for v in values:
                    if prop.type == registry.entity:
                        continue
                    if prop.type.clean(v) is None:
                        problems.append(
                            f"{eid}.{prop_name}: {v!r} is not a valid {prop.type.name}"
                        )
            for req in schema.required:
                if not data.get("properties", {}).get(req):
                    problems.append(f"{eid}: {schema.name} requires {req!r}")
            try:
                model.get_proxy(data)
            except Exception as e:  # noqa: BLE001 - report any refusal of the model
                problems.append(f"{eid}: the model refuses the entity: {e}")
            entities[eid] = data

    sanctioned: set[str] = set()
    for eid, data in entities.items():
        schema = model.get(data["schema"])
        for prop_name, values in data.get("properties", {}).items():
            prop = schema.get(prop_name)
            if prop is not None and prop.type == registry.entity:
                for v in values:
                    if v not in entities:
                        problems.append(f"{eid}.{prop_name}: refers to {v!r}, not in the file")
                    elif data["schema"] == "Sanction" and prop_name == "entity":
                        sanctioned.add(v)

    counts: dict[str, int] = {}
    for data in entities.values():
        counts[data["schema"]] = counts.get(data["schema"], 0) + 1
    for eid, data in entities.items():
        if data["schema"] in ("Person", "Organization") and eid not in sanctioned:
            problems.append(f"{eid}: no Sanction names it")
    if args.persons is not None and counts.get("Person", 0) != args.persons:
        problems.append(f"expected {args.persons} Person entities, found {counts.get('Person', 0)}")
    if args.organizations is not None and counts.get("Organization", 0) != args.organizations:
        problems.append(
            f"expected {args.organizations} Organization entities, found {counts.get('Organization', 0)}"
        )

    for p in problems:
        print(f"ftm-check: {p}", file=sys.stderr)
    summary = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
    if problems:
        print(f"ftm-check: {len(problems)} problems in {len(entities)} entities ({summary})", file=sys.stderr)
        return 1
    print(f"ftm-check: {len(entities)} entities valid under the followthemoney model ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
