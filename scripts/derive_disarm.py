#!/usr/bin/env python3
"""Derives data/watch/disarm.json, the DISARM catalogue entente compiles in, from the DISARM
Foundation's frameworks as shipped in the shared corpus:

- the red framework (tactics and techniques) as STIX 2.1: stix/DISARM.json;
- the blue framework (countermeasures, response types, phases, metatechniques) as CSV:
  disarm/*.csv (commit 49df5f6 of DISARMframeworks, 10 February 2025).

Techniques keep their STIX object as DISARM published it (`stix`), so that an export refers to the same
attack-pattern objects as DISARM's own bundle (what OpenCTI and MISP import). A countermeasure's
`techniques` lists the technique ids of its CSV column that exist in the red framework;
`techniques_retired` those that no longer do (the blue sheet still cites some older ids).

Usage: derive_disarm.py SHARED_DATA_DIR OUT_JSON RETRIEVED_DATE
       derive_disarm.py --check SHARED_DATA_DIR JSON   (exit 1 when JSON differs from a fresh derivation)
"""
import csv
import json
import os
import re
import sys


def derive(shared, retrieved):
    with open(os.path.join(shared, "stix", "DISARM.json"), encoding="utf-8") as f:
        bundle = json.load(f)
    objs = bundle["objects"]
    ext = lambda o: o["external_references"][0]["external_id"]
    csv_rows = lambda name: list(csv.DictReader(open(os.path.join(shared, "disarm", name), encoding="utf-8")))
    tactic_csv = {r["disarm_id"]: r for r in csv_rows("tactics.csv")}
    tactics = []
    shortname = {}
    for o in objs:
        if o["type"] != "x-mitre-tactic":
            continue
        tid = ext(o)
        row = tactic_csv.get(tid, {})
        shortname[o["x_mitre_shortname"]] = tid
        tactics.append({
            "id": tid,
            "name": o["name"],
            "phase": row.get("phase_id") or None,
            "rank": int(row["rank"]) if row.get("rank") else None,
            "summary": o.get("description", ""),
            "stix_id": o["id"],
        })
    tactics.sort(key=lambda t: (t["phase"] or "P9", t["rank"] or 99, t["id"]))
    techniques = []
    for o in objs:
        if o["type"] != "attack-pattern":
            continue
        tid = ext(o)
        techniques.append({
            "id": tid,
            "name": o["name"],
            "tactic": shortname[o["kill_chain_phases"][0]["phase_name"]],
            "parent": tid.split(".")[0] if "." in tid else None,
            "description": o.get("description", ""),
            "url": o["external_references"][0].get("url"),
            "stix_id": o["id"],
            "stix": o,
        })
    techniques.sort(key=lambda t: [int(x) if x.isdigit() else x for x in re.split(r"[T.]", t["id"]) if x])
    known = {t["id"] for t in techniques}
    countermeasures = []
    for r in csv_rows("countermeasures.csv"):
        cited = re.findall(r"\bT\d{4}(?:\.\d{3})?\b", r["techniques"])
        seen = []
        for c in cited:
            if c not in seen:
                seen.append(c)
        countermeasures.append({
            "id": r["disarm_id"],
            "name": r["name"].strip(),
            "summary": r["summary"].strip(),
            "metatechnique": r["metatechnique"].strip() or None,
            "tactic": (r["tactic"].split(" ")[0] or None) if r["tactic"] else None,
            "response_type": r["responsetype"].strip() or None,
            "techniques": [c for c in seen if c in known],
            "techniques_retired": [c for c in seen if c not in known],
        })
    countermeasures.sort(key=lambda c: c["id"])
    response_types = [{"id": r["disarm_id"], "name": r["name"], "summary": r["summary"]} for r in csv_rows("responsetypes.csv")]
    phases = [{"id": r["disarm_id"], "name": r["name"], "summary": r["summary"]} for r in csv_rows("phases.csv")]
    identity = next(o for o in objs if o["type"] == "identity")
    marking = next(o for o in objs if o["type"] == "marking-definition")
    return {
        "source": [
            {"title": "DISARM Red Framework as STIX 2.1 (DISARM.json)", "publisher": "DISARM Foundation",
             "url": "https://github.com/DISARMFoundation/DISARMframeworks", "date": "2024-11-22"},
            {"title": "DISARM_FRAMEWORKS_MASTER.xlsx, sheets exported as CSV (blue framework: countermeasures, response types, phases)",
             "publisher": "DISARM Foundation", "url": "https://github.com/DISARMFoundation/DISARMframeworks",
             "date": "2025-02-10"},
        ],
        "retrieved": retrieved,
        "licence": "CC BY-SA 4.0, DISARM Foundation (https://creativecommons.org/licenses/by-sa/4.0/)",
        "derived_by": "scripts/derive_disarm.py",
        "stix_identity": identity,
        "stix_marking": marking,
        "phases": phases,
        "response_types": response_types,
        "tactics": tactics,
        "techniques": techniques,
        "countermeasures": countermeasures,
    }


def main():
    if sys.argv[1] == "--check":
        shared, path = sys.argv[2:4]
        have = json.load(open(path, encoding="utf-8"))
        want = derive(shared, have.get("retrieved"))
        if have != want:
            print(f"{path} differs from a fresh derivation of {shared}: run scripts/derive_disarm.py", file=sys.stderr)
            sys.exit(1)
        print(f"{path}: {len(have['techniques'])} techniques, {len(have['countermeasures'])} countermeasures match the DISARM sources")
        return
    shared, out, retrieved = sys.argv[1:4]
    doc = derive(shared, retrieved)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"{len(doc['tactics'])} tactics, {len(doc['techniques'])} techniques, {len(doc['countermeasures'])} countermeasures")


if __name__ == "__main__":
    main()
