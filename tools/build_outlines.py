#!/usr/bin/env python3
"""Builds assets/geo/outlines.tsv, the country outlines of the site map, from Natural Earth
(public domain) as packaged in the npm package world-atlas (ISC):

    npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    python3 tools/build_outlines.py package/countries-50m.json > assets/geo/outlines.tsv

One line per country: its name, a tab, then its rings separated by ';', each ring a list of
'lon,lat' pairs (two decimals, about 1 km) separated by spaces. Rings are thinned so that
consecutive points are at least 0.05 degrees apart.
"""
import json
import sys


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


def ring(arcs, indices):
    pts = []
    for i in indices:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def thin(pts, step=0.05):
    out = [pts[0]]
    for p in pts[1:]:
        if abs(p[0] - out[-1][0]) + abs(p[1] - out[-1][1]) >= step:
            out.append(p)
    if out[-1] != pts[-1]:
        out.append(pts[-1])
    return out


def main(path):
    topo = json.load(open(path))
    arcs = decode_arcs(topo)
    for g in topo["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name")
        if not name or not g.get("arcs"):
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        rings = []
        for poly in polys:
            for r in poly:
                pts = thin(ring(arcs, r))
                if len(pts) >= 4:
                    rings.append(" ".join(f"{x:.2f},{y:.2f}" for x, y in pts))
        if rings:
            print(f"{name}\t{';'.join(rings)}")


if __name__ == "__main__":
    main(sys.argv[1])
