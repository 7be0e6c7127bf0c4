"""Helpers of scripts/bench-taxii (issue 13): generates the objects both servers are loaded
with, posts envelopes and times them, and reads wrk's reports. Not a test."""

import json
import sys
import time
import uuid

import requests

TAXII = "application/taxii+json;version=2.1"
# Seconds to wait for one answer (medallion can take minutes on a large collection).
TIMEOUT = 60


def indicator(i, tag):
    u = uuid.UUID(int=(tag << 96) | i, version=4)
    return {
        "type": "indicator",
        "spec_version": "2.1",
        "id": f"indicator--{u}",
        "created": "2026-01-01T00:00:00.000Z",
        "modified": "2026-01-01T00:00:00.000Z",
        "name": f"Bench indicator {tag}-{i}",
        "pattern": f"[ipv4-addr:value = '198.51.{(i >> 8) & 255}.{i & 255}']",
        "pattern_type": "stix",
        "valid_from": "2026-01-01T00:00:00Z",
    }


def gen(n, work, collection):
    objs = [indicator(i, 1) for i in range(n)]
    with open(f"{work}/bundle.json", "w") as f:
        json.dump({"type": "bundle", "id": f"bundle--{uuid.uuid4()}", "objects": objs}, f)
    date = "2026-11-22T09:00:00.000000Z"
    data = {
        "/discovery": {"title": "bench", "api_roots": ["http://127.0.0.1/bench/"]},
        "bench": {
            "information": {"title": "bench", "versions": [TAXII], "max_content_length": 100_000_000},
            "status": [],
            "collections": [{
                "id": collection, "title": "Bench", "can_read": True, "can_write": True,
                "media_types": ["application/stix+json;version=2.1"],
                "objects": objs,
                "manifest": [{"id": o["id"], "date_added": date, "version": o["modified"],
                              "media_type": "application/stix+json;version=2.1"} for o in objs],
            }],
        },
    }
    with open(f"{work}/medallion-data.json", "w") as f:
        json.dump(data, f)


def post(url, user, password, envelopes, size, tag):
    """Posts `envelopes` envelopes of `size` new objects each, one after the other; prints the
    mean and the largest time per envelope, and whether each was complete."""
    times = []
    for e in range(envelopes):
        objs = [indicator(i, tag * 1000 + e) for i in range(size)]
        body = json.dumps({"objects": objs})
        t = time.perf_counter()
        try:
            r = requests.post(url, data=body, auth=(user, password), timeout=TIMEOUT,
                              headers={"Accept": TAXII, "Content-Type": TAXII})
        except requests.exceptions.Timeout:
            print(json.dumps({"envelopes": envelopes, "size": size, "timeout_s": TIMEOUT}))
            return
        dt = time.perf_counter() - t
        if r.status_code not in (200, 202):
            print(f"POST failed: {r.status_code} {r.text[:300]}", file=sys.stderr)
            sys.exit(1)
        st = r.json()
        ok = st.get("success_count", 0) == size and st.get("status") == "complete"
        times.append((dt, ok))
    mean = sum(t for t, _ in times) / len(times)
    print(json.dumps({"envelopes": envelopes, "size": size, "mean_ms": round(mean * 1000, 1),
                      "max_ms": round(max(t for t, _ in times) * 1000, 1),
                      "complete": all(ok for _, ok in times)}))


def wrk(path):
    """requests/s and latency percentiles of a `wrk --latency` report, in ms."""
    out = {}
    unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    for line in open(path):
        p = line.split()
        if len(p) == 2 and p[0] in ("50%", "75%", "90%", "99%"):
            v = p[1]
            for u in ("us", "ms", "s"):
                if v.endswith(u):
                    out["p" + p[0].rstrip("%")] = round(float(v[: -len(u)]) * unit[u], 2)
                    break
        if line.startswith("Requests/sec:"):
            out["rps"] = float(p[1])
        if "Non-2xx" in line:
            out["non_2xx"] = int(p[-1])
        if "Socket errors" in line:
            out["socket_errors"] = line.split(":", 1)[1].strip()
        if "requests in" in line:
            out["requests"] = int(p[0])
    print(json.dumps(out))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "gen":
        gen(int(sys.argv[2]), sys.argv[3], sys.argv[4])
    elif cmd == "post":
        post(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7]))
    elif cmd == "wrk":
        wrk(sys.argv[2])
