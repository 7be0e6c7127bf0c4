"""TAXII 2.1 interoperability checks (issue 13), run by scripts/taxii-interop.

Part 1 drives entente's server (a fresh `entente demo`) with the OASIS taxii2-client and the
stix2 library's TAXII data source and sink: discovery, API root, collections (what each
party may see), paging with `next`, filters, one object, versions, manifests, adding objects,
status, deleting, and hidden collections answering like missing ones.

Part 2 is in the shell script (entente's client pulling from medallion); this file's `pull`
command checks its result against medallion's own answer.

Each check prints one line; the last line is "N passed, N failed".
"""

import json
import sys
import uuid

from taxii2client.exceptions import TAXIIServiceException
from taxii2client.v21 import ApiRoot, Collection, Server, as_pages

passed = 0
failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok    {name}")
    else:
        failed += 1
        print(f"FAIL  {name} {detail}")


def status_of(exc):
    resp = getattr(exc, "response", None)
    return getattr(resp, "status_code", None)


def entente(base):
    lv = ("lv.analyst", "demo-lv.analyst")
    de = ("de.delegate", "demo-de.delegate")
    fr = ("fr.delegate", "demo-fr.delegate")

    # Server discovery (TAXII 2.1 §4.1) and the API root (§4.2).
    server = Server(f"{base}/taxii2/", user=lv[0], password=lv[1])
    check("discovery: title", bool(server.title), server.title)
    check("discovery: one API root", len(server.api_roots) == 1, server.api_roots)
    root = server.api_roots[0]
    check("API root: versions", "application/taxii+json;version=2.1" in root.versions, root.versions)
    check("API root: max_content_length", root.max_content_length >= 1_000_000)

    # Without credentials: 401.
    try:
        Server(f"{base}/taxii2/").refresh()
        check("discovery without an account is refused", False)
    except Exception as e:  # noqa: BLE001 - the client raises its own or requests' errors
        check("discovery without an account is refused", "401" in str(e) or status_of(e) == 401, str(e))

    # Collections (§5.1, §5.2): LV sees the Baltic exercise's collection, DE does not.
    lv_root = ApiRoot(root.url, user=lv[0], password=lv[1])
    de_root = ApiRoot(root.url, user=de[0], password=de[1])
    lv_titles = sorted(c.title for c in lv_root.collections)
    de_titles = sorted(c.title for c in de_root.collections)
    check("collections: LV sees three", len(lv_titles) == 3, lv_titles)
    check("collections: DE does not see the Baltic exercise", len(de_titles) == 2 and not any("BALTIC" in t for t in de_titles), de_titles)
    by_alias = {c.alias: c for c in lv_root.collections}
    attack = Collection(by_alias["attack-ics"].url, user=de[0], password=de[1])
    check("collection: can_read, not can_write", attack.can_read and not attack.can_write)

    # A hidden collection answers like a missing one (404) for DE.
    baltic_url = by_alias["baltic-grid"].url
    try:
        Collection(baltic_url, user=de[0], password=de[1]).refresh()
        check("hidden collection is 404", False)
    except Exception as e:  # noqa: BLE001
        check("hidden collection is 404", "404" in str(e), str(e))
    try:
        Collection(f"{root.url}collections/{uuid.uuid4()}/", user=de[0], password=de[1]).refresh()
        check("missing collection is 404", False)
    except Exception as e:  # noqa: BLE001
        check("missing collection is 404", "404" in str(e), str(e))

    # Paging (§5.4 with limit and next) over the ATT&CK reference collection.
    seen = []
    pages = 0
    for env in as_pages(attack.get_objects, per_request=40):
        pages += 1
        seen.extend(o["id"] for o in env.get("objects", []))
    # The 140 objects MITRE created (its identity object names no creator, so the collection's
    # created_by filter leaves it out).
    check("paging: 140 objects", len(seen) == 140, len(seen))
    check("paging: no object twice", len(set(seen)) == len(seen))
    check("paging: four pages of 40", pages == 4, pages)
    # The manifest pages the same way (§5.3).
    man = []
    for env in as_pages(attack.get_manifest, per_request=100):
        man.extend(env.get("objects", []))
    check("manifest: 140 entries", len(man) == 140, len(man))
    check("manifest: media type", all(m["media_type"] == "application/stix+json;version=2.1" for m in man))

    # Filters (§5.4 match[type], match[id], match[version], added_after).
    aps = attack.get_objects(type="attack-pattern", limit=1000).get("objects", [])
    check("match[type]: attack-pattern only", aps and all(o["type"] == "attack-pattern" for o in aps), len(aps))
    two = attack.get_objects(type="x-mitre-tactic,campaign", limit=1000).get("objects", [])
    check("match[type]: a list", {o["type"] for o in two} == {"x-mitre-tactic", "campaign"})
    one_id = aps[0]["id"]
    got = attack.get_objects(id=one_id).get("objects", [])
    check("match[id]", len(got) == 1 and got[0]["id"] == one_id)
    allv = attack.get_objects(id=one_id, version="all").get("objects", [])
    check("match[version]=all", len(allv) == 1)
    at = attack.get_objects(id=one_id, version=aps[0]["modified"]).get("objects", [])
    check("match[version]=timestamp", len(at) == 1)
    none = attack.get_objects(added_after="2099-01-01T00:00:00Z")
    check("added_after in the future: empty", not none.get("objects"))

    # One object (§5.6) and its versions (§5.8).
    obj = attack.get_object(one_id)
    check("get an object", obj["objects"][0]["id"] == one_id)
    vers = attack.object_versions(one_id)
    check("object versions", vers.get("versions") == [aps[0]["modified"]], vers)

    # Adding objects (§5.5) to the inbox, with one invalid object in the middle; status (§4.3).
    inbox = Collection(by_alias["inbox"].url, user=lv[0], password=lv[1])
    ind = {
        "type": "indicator", "spec_version": "2.1", "id": f"indicator--{uuid.uuid4()}",
        "created": "2026-11-20T10:00:00.000Z", "modified": "2026-11-20T10:00:00.000Z",
        "name": "interop indicator", "pattern": "[ipv4-addr:value = '198.51.100.7']",
        "pattern_type": "stix", "valid_from": "2026-11-20T10:00:00Z",
    }
    bad = dict(ind, id=f"indicator--{uuid.uuid4()}")
    del bad["pattern"]
    mal = {
        "type": "malware", "spec_version": "2.1", "id": f"malware--{uuid.uuid4()}",
        "created": "2026-11-20T10:00:00.000Z", "modified": "2026-11-20T10:00:00.000Z",
        "name": "interop malware", "is_family": False,
    }
    st = inbox.add_objects(json.dumps({"objects": [ind, bad, mal]}))
    check("add objects: status complete", st.status == "complete", st.status)
    check("add objects: 2 succeed, 1 fails", (st.success_count, st.failure_count) == (2, 1), (st.success_count, st.failure_count))
    check("add objects: the failure names the object and why", st.failures and st.failures[0]["id"] == bad["id"] and "pattern" in st.failures[0].get("message", ""), st.failures)
    st.refresh()
    check("get status", st.total_count == 3 and st.pending_count == 0)
    # Another party may not read that status (404, like a missing one).
    try:
        from taxii2client.v21 import Status
        Status(st.url, user=fr[0], password=fr[1]).refresh()
        check("another account's status is 404", False)
    except Exception as e:  # noqa: BLE001
        check("another account's status is 404", "404" in str(e), str(e))
    fr_inbox = Collection(by_alias["inbox"].url, user=fr[0], password=fr[1])
    ids = {o["id"] for o in fr_inbox.get_objects().get("objects", [])}
    check("added objects are read by another member", {ind["id"], mal["id"]} <= ids, ids)
    # Deleting (§5.7): not by another party; by the creator.
    try:
        fr_inbox.delete_object(mal["id"])
        check("delete by another party is refused", False)
    except Exception as e:  # noqa: BLE001
        check("delete by another party is refused", "403" in str(e), str(e))
    inbox.delete_object(mal["id"])
    ids = {o["id"] for o in fr_inbox.get_objects().get("objects", [])}
    check("delete by the creator", mal["id"] not in ids and ind["id"] in ids, ids)
    # A collection without can_write refuses (403): taxii2-client will not even send it, so
    # send it by hand.
    import requests
    r = requests.post(
        by_alias["attack-ics"].url + "objects/",
        auth=lv,
        headers={"Accept": "application/taxii+json;version=2.1", "Content-Type": "application/taxii+json;version=2.1"},
        data=json.dumps({"objects": [ind]}),
        timeout=30,
    )
    check("add to a read-only collection is 403", r.status_code == 403 and r.json().get("http_status") == "403", r.text)
    r = requests.post(
        by_alias["inbox"].url + "objects/",
        auth=lv,
        headers={"Accept": "application/taxii+json;version=2.1", "Content-Type": "application/json"},
        data=json.dumps({"objects": [ind]}),
        timeout=30,
    )
    check("wrong Content-Type is 415", r.status_code == 415, r.text)
    r = requests.get(attack.url + "objects/", auth=lv, headers={"Accept": "application/json"}, timeout=30)
    check("wrong Accept is 406", r.status_code == 406, r.text)
    r = requests.get(attack.url + "objects/?limit=100000", auth=lv, headers={"Accept": "application/taxii+json;version=2.1"}, timeout=30)
    check("a huge limit is capped and said so", r.status_code == 200 and "1000" in r.headers.get("Warning", ""), r.headers)

    # The stix2 library's TAXII data source and sink.
    from stix2 import Filter, TAXIICollectionSink, TAXIICollectionSource

    src = TAXIICollectionSource(Collection(by_alias["attack-ics"].url, user=de[0], password=de[1]))
    tactics = src.query([Filter("type", "=", "x-mitre-tactic")])
    check("stix2 source: query by type", len(tactics) == 12, len(tactics))
    g = src.get(one_id)
    check("stix2 source: get", g is not None and g.id == one_id)
    allv = src.all_versions(one_id)
    check("stix2 source: all_versions", len(allv) == 1)
    sink = TAXIICollectionSink(Collection(by_alias["inbox"].url, user=lv[0], password=lv[1]))
    new = dict(ind, id=f"indicator--{uuid.uuid4()}", name="added through stix2")
    sink.add(new)
    check("stix2 sink: add", any(o["id"] == new["id"] for o in fr_inbox.get_objects().get("objects", [])))
    lv_src = TAXIICollectionSource(Collection(baltic_url, user=lv[0], password=lv[1]))
    bl = lv_src.query([Filter("type", "=", "intrusion-set")])
    check("stix2 source: LV reads the Baltic exercise's objects", len(bl) == 1 and "GREY LANTERN" in bl[0].name, bl)


def main():
    cmd = sys.argv[1]
    if cmd == "entente":
        entente(sys.argv[2])
    elif cmd == "check":
        # check NAME EXPECTED-SUBSTRING FILE
        name, expected, path = sys.argv[2], sys.argv[3], sys.argv[4]
        text = open(path).read()
        check(name, expected in text, repr(text[-400:]))
        sys.exit(1 if failed else 0)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
