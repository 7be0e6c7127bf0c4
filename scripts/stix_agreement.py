#!/usr/bin/env python3
"""Agreement between entente's STIX validator and the OASIS stix2-validator.

Generates a mutation corpus from real STIX objects (the shared data plus the valid bases of the
entente-stix invalid-case table), asks both validators for a verdict on every file, and fails
when they disagree, except for mutation kinds listed in docs/stix-strictness.md where entente is
stricter because the specification says MUST.

Usage: stix_agreement.py SHARED_STIX_DIR BASES_JSON STRICTNESS_MD ENTENTE_BIN WORK_DIR
"""

import copy
import glob
import json
import os
import random
import re
import subprocess
import sys

from stix2validator import ValidationOptions, validate_file

SEED = 20211
CORPUS_SIZE = 600


def load_seeds(shared_dir, bases_path, rng):
    """A few real objects of every type found, plus every base object."""
    by_type = {}
    for path in sorted(glob.glob(os.path.join(shared_dir, "**", "*.json"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        objs = doc.get("objects", []) if doc.get("type") == "bundle" else [doc]
        for o in objs:
            if isinstance(o, dict) and "type" in o:
                by_type.setdefault(o["type"], []).append(o)
    seeds = []
    for t in sorted(by_type):
        pool = by_type[t]
        rng.shuffle(pool)
        seeds.extend(pool[:3])
    with open(bases_path, encoding="utf-8") as f:
        seeds.extend(json.load(f).values())
    return seeds


REQUIRED = {
    "attack-pattern": ["name"], "campaign": ["name"], "course-of-action": ["name"],
    "grouping": ["context", "object_refs"], "identity": ["name"], "incident": ["name"],
    "indicator": ["pattern", "pattern_type", "valid_from"], "infrastructure": ["name"],
    "intrusion-set": ["name"], "malware": ["is_family"], "malware-analysis": ["product"],
    "note": ["content", "object_refs"], "observed-data": ["first_observed", "last_observed", "number_observed"],
    "opinion": ["opinion", "object_refs"], "report": ["name", "published", "object_refs"],
    "threat-actor": ["name"], "tool": ["name"], "vulnerability": ["name"],
    "relationship": ["relationship_type", "source_ref", "target_ref"], "sighting": ["sighting_of_ref"],
    "language-content": ["object_ref", "contents"],
    "extension-definition": ["created_by_ref", "name", "schema", "version", "extension_types"],
    "autonomous-system": ["number"], "directory": ["path"], "domain-name": ["value"], "email-addr": ["value"],
    "email-message": ["is_multipart"], "ipv4-addr": ["value"], "ipv6-addr": ["value"], "mac-addr": ["value"],
    "mutex": ["name"], "network-traffic": ["protocols"], "software": ["name"], "url": ["value"],
}
SDO_SRO = set(REQUIRED) - {"language-content", "extension-definition", "autonomous-system", "directory",
                           "domain-name", "email-addr", "email-message", "ipv4-addr", "ipv6-addr", "mac-addr",
                           "mutex", "network-traffic", "software", "url"}
BAD_PATTERNS = [
    "[file:name = 'x'", "[file:name 'x']", "file:name = 'x'", "[file:name = 'x'] AND",
    "[file:created = t'2016-13-01T00:00:00Z']", "[file:name = 'x'] WITHIN -5 SECONDS",
    "[file:name = 'x'] REPEATS 1.5 TIMES", "[file:size > true]", "[file:name = 'x'] FOLLOWEDBY",
    "[ipv4-addr:value = '1.2.3.4' OR]", "[file:name = 'x'] and [file:name = 'y']", "[file:x_flag = TRUE]",
    "[file:hashes.MD5 = 'x']", "[file:hashes.'SHA-256' = 'abc']", "[file:Name = 'x']", "[File:name = 'x']",
    "[file:name = b'']",
]
# Patterns entente rejects on purpose although the OASIS pattern validator accepts them; each
# has its own mutation kind so docs/stix-strictness.md can name it.
STRICT_PATTERNS = {
    "pattern-repeats-zero": "[file:name = 'x'] REPEATS 0 TIMES",
    "pattern-within-zero": "[file:name = 'x'] WITHIN 0 SECONDS",
    "pattern-february-30": "[file:name = 'x'] START t'2016-02-30T00:00:00Z' STOP t'2016-03-01T00:00:00Z'",
}
GOOD_PATTERNS = [
    "[file:name = 'x'] REPEATS 2 TIMES WITHIN 5 SECONDS", "[file:size = .5]", "[file:name = h'']",
    "[file:name NOT = 'x' AND ipv4-addr:value = '1.2.3.4']", "[file:'name' = 'x'] // comment",
    "[network-traffic:dst_port NOT IN (80, 443)] FOLLOWEDBY [x-acme:flag = true]",
]


def mutations(o):
    """Yield (kind, mutated object) for every mutation that applies to `o`."""
    t = o.get("type", "")
    uuid = o.get("id", "x--00000000-0000-4000-8000-000000000000").split("--", 1)[-1]

    def m(fn):
        c = copy.deepcopy(o)
        fn(c)
        return c

    yield "control", copy.deepcopy(o)
    for p in REQUIRED.get(t, []):
        if p in o:
            yield "drop-" + p, m(lambda c, p=p: c.pop(p))
    yield "drop-type", m(lambda c: c.pop("type"))
    yield "drop-id", m(lambda c: c.pop("id"))
    yield "id-single-dash", m(lambda c: c.__setitem__("id", t + "-" + uuid))
    yield "id-not-uuid", m(lambda c: c.__setitem__("id", t + "--" + uuid[:-4]))
    yield "id-wrong-variant", m(lambda c: c.__setitem__("id", t + "--" + uuid[:19] + "0" + uuid[20:]))
    yield "id-other-type", m(lambda c: c.__setitem__("id", ("tool" if t != "tool" else "malware") + "--" + uuid))
    yield "type-uppercase", m(lambda c: c.__setitem__("type", t.upper()))
    if "spec_version" in o:
        yield "spec-version-2.2", m(lambda c: c.__setitem__("spec_version", "2.2"))
    if t in SDO_SRO and "spec_version" in o:
        yield "drop-spec_version", m(lambda c: c.pop("spec_version"))
    if "created" in o:
        yield "created-no-z", m(lambda c: c.__setitem__("created", c["created"].rstrip("Z")))
        yield "created-month-13", m(lambda c: c.__setitem__("created", "2016-13-01T00:00:00.000Z"))
        yield "created-space", m(lambda c: c.__setitem__("created", c["created"].replace("T", " ")))
        yield "created-no-millis", m(lambda c: c.__setitem__("created", "2016-01-01T00:00:00Z"))
        if t in SDO_SRO:
            yield "drop-created", m(lambda c: c.pop("created"))
    if "created" in o and "modified" in o:
        yield "modified-before-created", m(lambda c: (c.__setitem__("created", "2019-01-01T00:00:00.000Z"),
                                                      c.__setitem__("modified", "2018-01-01T00:00:00.000Z")))
    if t in SDO_SRO:
        yield "created-by-ref-not-id", m(lambda c: c.__setitem__("created_by_ref", "ACME"))
        yield "confidence-101", m(lambda c: c.__setitem__("confidence", 101))
        yield "labels-empty", m(lambda c: c.__setitem__("labels", []))
        yield "labels-not-list", m(lambda c: c.__setitem__("labels", "x"))
        yield "revoked-string", m(lambda c: c.__setitem__("revoked", "no"))
        yield "external-ref-no-source", m(lambda c: c.__setitem__("external_references", [{"url": "https://x.invalid"}]))
        yield "kill-chain-no-phase", m(lambda c: c.__setitem__("kill_chain_phases", [{"kill_chain_name": "x"}]))
        yield "marking-ref-not-id", m(lambda c: c.__setitem__("object_marking_refs", ["tlp-green"]))
        yield "granular-no-selectors", m(lambda c: c.__setitem__("granular_markings", [
            {"marking_ref": "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"}]))
        yield "granular-bad-selector", m(lambda c: c.__setitem__("granular_markings", [
            {"marking_ref": "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", "selectors": ["no_such_prop"]}]))
        yield "custom-prop-uppercase", m(lambda c: c.__setitem__("x_Bad_Name", 1))
        yield "custom-prop-short", m(lambda c: c.__setitem__("xy", 1))
        yield "created-by-ref-to-malware", m(lambda c: c.__setitem__(
            "created_by_ref", "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"))
        yield "marking-ref-to-identity", m(lambda c: c.__setitem__(
            "object_marking_refs", ["identity--311b2d2d-f010-4473-83ec-1edf84858f4c"]))
    if t == "indicator":
        for i, p in enumerate(BAD_PATTERNS):
            yield "pattern-%d" % i, m(lambda c, p=p: (c.__setitem__("pattern", p), c.__setitem__("pattern_type", "stix")))
        for kind, p in STRICT_PATTERNS.items():
            yield kind, m(lambda c, p=p: (c.__setitem__("pattern", p), c.__setitem__("pattern_type", "stix")))
        for i, p in enumerate(GOOD_PATTERNS):
            yield "good-pattern-%d" % i, m(lambda c, p=p: (c.__setitem__("pattern", p), c.__setitem__("pattern_type", "stix")))
        yield "valid-until-before-from", m(lambda c: c.__setitem__("valid_until", "1999-01-01T00:00:00Z"))
    if t == "relationship":
        yield "relationship-type-upper", m(lambda c: c.__setitem__("relationship_type", "USES"))
        yield "relationship-source-not-id", m(lambda c: c.__setitem__("source_ref", "nothing"))
        yield "relationship-source-marking", m(lambda c: c.__setitem__(
            "source_ref", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"))
        yield "relationship-target-sighting", m(lambda c: c.__setitem__(
            "target_ref", "sighting--ee20065d-2555-424f-ad9e-0f8428623c75"))
    if t == "sighting":
        yield "sighting-of-relationship", m(lambda c: c.__setitem__(
            "sighting_of_ref", "relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad"))
        yield "sighting-where-malware", m(lambda c: c.__setitem__(
            "where_sighted_refs", ["malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"]))
        yield "sighting-count-negative", m(lambda c: c.__setitem__("count", -1))
    if t == "opinion":
        yield "opinion-off-enum", m(lambda c: c.__setitem__("opinion", "maybe"))
    if t == "malware":
        yield "malware-is-family-string", m(lambda c: c.__setitem__("is_family", "true"))
    if t == "observed-data":
        yield "number-observed-zero", m(lambda c: c.__setitem__("number_observed", 0))
    if t == "location":
        yield "latitude-100", m(lambda c: (c.__setitem__("latitude", 100.0), c.__setitem__("longitude", 0.0)))
    if t == "marking-definition" and o.get("definition_type") == "tlp":
        yield "tlp-unknown-colour", m(lambda c: c.__setitem__("definition", {"tlp": "purple"}))
    if t == "network-traffic":
        yield "port-70000", m(lambda c: c.__setitem__("dst_port", 70000))
        yield "socket-type-off-enum", m(lambda c: c.__setitem__("extensions", {
            "socket-ext": {"address_family": "AF_INET", "socket_type": "SOCK_FOO"}}))
    if t == "artifact":
        yield "encryption-off-enum", m(lambda c: c.__setitem__("encryption_algorithm", "ROT13"))
    if t in ("file", "artifact") and isinstance(o.get("hashes"), dict):
        yield "hash-md5-short", m(lambda c: c.__setitem__("hashes", {"MD5": "abc"}))
        yield "hash-key-short", m(lambda c: c.__setitem__("hashes", {"md": "abc"}))
    if t == "mac-addr":
        yield "mac-uppercase", m(lambda c: c.__setitem__("value", c["value"].upper()))
    if t == "email-message":
        yield "email-multipart-with-body", m(lambda c: c.__setitem__("is_multipart", True))


def strict_kinds(md_path):
    """Mutation kinds documented as 'entente is stricter': lines like `- \\`kind\\`: why`."""
    kinds = set()
    with open(md_path, encoding="utf-8") as f:
        for line in f:
            mm = re.match(r"^\s*[-*]\s+`([a-z0-9._-]+)`", line)
            if mm:
                kinds.add(mm.group(1))
    return kinds


def main():
    shared_dir, bases_path, strict_md, entente_bin, work = sys.argv[1:6]
    rng = random.Random(SEED)
    corpus = os.path.join(work, "corpus")
    os.makedirs(corpus, exist_ok=True)
    # Every mutation kind at least once (and every control), then a seeded sample up to
    # CORPUS_SIZE, so the run stays within a minute.
    candidates = [(kind, obj) for seed in load_seeds(shared_dir, bases_path, rng) for kind, obj in mutations(seed)]
    rng.shuffle(candidates)
    chosen, rest, seen = [], [], set()
    for kind, obj in candidates:
        if kind not in seen or kind == "control":
            seen.add(kind)
            chosen.append((kind, obj))
        else:
            rest.append((kind, obj))
    chosen.extend(rest[: max(0, CORPUS_SIZE - len(chosen))])
    kinds = {}
    n = 0
    for kind, obj in chosen:
        name = "%04d-%s.json" % (n, kind)
        bundle = {"type": "bundle", "id": "bundle--%08d-0000-4000-8000-000000000000" % n, "objects": [obj]}
        with open(os.path.join(corpus, name), "w", encoding="utf-8") as f:
            json.dump(bundle, f, indent=1)
        kinds[name] = kind
        n += 1
    files = sorted(kinds)
    print("corpus: %d files from mutations of real objects" % len(files))

    opts = ValidationOptions(version="2.1")
    theirs = {}
    for name in files:
        try:
            theirs[name] = bool(validate_file(os.path.join(corpus, name), opts).is_valid)
        except Exception:  # noqa: BLE001 - the OASIS validator raises on some broken input
            theirs[name] = False

    ours = {}
    out = subprocess.run([entente_bin, "--format", "json"] + [os.path.join(corpus, f) for f in files],
                         capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        print(out.stdout[-2000:], out.stderr[-2000:])
        sys.exit("entente validator failed with exit code %d" % out.returncode)
    for line in out.stdout.splitlines():
        rec = json.loads(line)
        ours[os.path.basename(rec["file"])] = (rec["valid"], [e["code"] for e in rec["errors"]])

    allowed = strict_kinds(strict_md)
    disagree, tolerated = [], []
    for name in files:
        mine, codes = ours.get(name, (None, []))
        if mine == theirs[name]:
            continue
        entry = (name, kinds[name], "entente=%s oasis=%s %s" % (mine, theirs[name], ",".join(codes)))
        if mine is False and theirs[name] and kinds[name] in allowed:
            tolerated.append(entry)
        else:
            disagree.append(entry)
    agree = len(files) - len(disagree) - len(tolerated)
    print("agree: %d, stricter by design (docs/stix-strictness.md): %d, disagree: %d"
          % (agree, len(tolerated), len(disagree)))
    for name, kind, why in disagree:
        print("DISAGREE %s [%s] %s" % (name, kind, why))
    sys.exit(1 if disagree else 0)


if __name__ == "__main__":
    main()
