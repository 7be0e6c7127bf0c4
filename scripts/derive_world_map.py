#!/usr/bin/env python3
"""Derives data/watch/world-110m.json, the country shapes of entente's world map, from the
Natural Earth 1:110m admin-0 countries as TopoJSON (npm package world-atlas 2.0.2,
countries-110m.json; Natural Earth is in the public domain).

Each country becomes one SVG path in an equirectangular projection of 960 x 440 units
(longitude -180..180, latitude 84..-70; Antarctica left out), rounded to 0.5 units with
repeated points dropped. ISO 3166-1 numeric codes become alpha-2 codes through pycountry;
features without an ISO code (Kosovo, Northern Cyprus, Somaliland) keep the code Natural Earth
users usually give them (Kosovo: XK) or are left out.

Usage: derive_world_map.py COUNTRIES_110M_JSON OUT_JSON RETRIEVED_DATE
"""
import json
import sys

import pycountry

W, H = 960.0, 440.0
LAT_TOP, LAT_BOTTOM = 84.0, -70.0

NAMED = {"Kosovo": "XK"}


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs, idxs):
    pts = []
    for i in idxs:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def project(lon, lat):
    x = (lon + 180.0) / 360.0 * W
    y = (LAT_TOP - lat) / (LAT_TOP - LAT_BOTTOM) * H
    return round(x * 2) / 2, round(min(max(y, 0.0), H) * 2) / 2


def fmt(v):
    return str(int(v)) if v == int(v) else f"{v:.1f}"


def path_of(geom, arcs):
    polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
    out = []
    for poly in polys:
        for r in poly:
            pts = []
            for lon, lat in ring(arcs, r):
                p = project(lon, lat)
                if not pts or pts[-1] != p:
                    pts.append(p)
            if len(pts) < 3:
                continue
            out.append("M" + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in pts) + "Z")
    return "".join(out)


def main():
    src, dst, retrieved = sys.argv[1:4]
    with open(src, encoding="utf-8") as f:
        topo = json.load(f)
    arcs = decode_arcs(topo)
    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        if name == "Antarctica":
            continue
        code = None
        num = g.get("id")
        if num and num.isdigit():
            c = pycountry.countries.get(numeric=num)
            code = c.alpha_2 if c else None
        code = code or NAMED.get(name)
        if not code:
            continue
        d = path_of(g, arcs)
        if d:
            countries.append({"code": code, "numeric": num, "name": name, "d": d})
    countries.sort(key=lambda c: c["code"])
    doc = {
        "source": [{
            "title": "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (as TopoJSON in the npm package world-atlas 2.0.2, countries-110m.json)",
            "publisher": "Natural Earth (public domain); TopoJSON by Mike Bostock (ISC licence)",
            "url": "https://www.naturalearthdata.com/downloads/110m-cultural-vectors/",
            "date": "2019",
        }],
        "retrieved": retrieved,
        "licence": "Natural Earth: public domain. world-atlas packaging: ISC licence, Copyright 2013-2019 Michael Bostock.",
        "derived_by": "scripts/derive_world_map.py (equirectangular, 960 x 440, rounded to 0.5, Antarctica left out; ISO 3166-1 numeric to alpha-2 with pycountry)",
        "notes": "Shapes show Natural Earth's de facto boundaries at 1:110m and imply no position of the EU on any border.",
        "width": W,
        "height": H,
        "countries": countries,
    }
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=0, separators=(",", ":"))
        f.write("\n")
    print(f"{len(countries)} countries, {sum(len(c['d']) for c in countries)} bytes of paths")


if __name__ == "__main__":
    main()
