#!/usr/bin/env python3
"""Turns the open-data npm packages into the compact reference files shipped in resources/refdata.

    tools/refdata/generate.sh            # fetches the packages with npm pack, then runs this
    generate.py ETALAB_DIR ISO_DIR OUT_DIR REFDATA_VERSION

ETALAB_DIR and ISO_DIR are the unpacked `package/` folders of @etalab/decoupage-administratif and
i18n-iso-countries. The hand-made inputs beside this script (zones, least developed countries,
EU members, labels, aliases) are the project's own. Outputs are UTF-8 TSV files with a header
line, sorted, so that a regeneration shows as a readable diff; building and running the program
never needs npm or a network.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
METROPOLE_DE_LYON_SIREN = "200046977"


def read_lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]


def write_tsv(out_dir, name, header, rows):
    with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            cells = ["" if c is None else str(c) for c in row]
            for cell in cells:
                if "\t" in cell or "\n" in cell:
                    raise ValueError(f"{name}: tab or newline in {cell!r}")
            f.write("\t".join(cells) + "\n")
    return len(rows)


def first_name(value):
    return value[0] if isinstance(value, list) else value


def all_names(value):
    return value if isinstance(value, list) else [value]


def countries(iso_dir, out_dir):
    codes = json.load(open(os.path.join(iso_dir, "codes.json"), encoding="utf-8"))
    fr = json.load(open(os.path.join(iso_dir, "langs", "fr.json"), encoding="utf-8"))["countries"]
    en = json.load(open(os.path.join(iso_dir, "langs", "en.json"), encoding="utf-8"))["countries"]

    zone_of = {}
    for line in read_lines("zones.tsv"):
        zone, members = line.split("\t")
        for code in members.split():
            if code in zone_of:
                raise ValueError(f"{code} is in two zones")
            zone_of[code] = zone
    ldc = set(" ".join(read_lines("least_developed.txt")).split())
    eu = set(" ".join(read_lines("eu_members.txt")).split())
    labels = {}
    for line in read_lines("country_labels.tsv"):
        code, label_fr, label_en = (line.split("\t") + ["", ""])[:3]
        labels[code] = (label_fr, label_en)

    rows = []
    known = set()
    for alpha2, alpha3, numeric, _ in codes:
        known.add(alpha2)
        label_fr, label_en = labels.get(alpha2, ("", ""))
        rows.append((alpha2, alpha3, numeric, label_fr or first_name(fr[alpha2]), label_en or first_name(en[alpha2]),
                     zone_of.get(alpha2, ""), int(alpha2 in ldc), int(alpha2 in eu)))
    for code in list(zone_of) + list(ldc) + list(eu):
        if code not in known:
            raise ValueError(f"{code} is not an ISO code known to the package")
    rows.sort(key=lambda r: r[0])

    # Aliases: the package's names in both languages, our display names, then the hand-made list,
    # which wins over an ambiguous package name ("Congo" is both Congos in English).
    aliases = {}
    ambiguous = set()
    def add(alias, code, manual=False):
        key = alias.strip()
        if not key:
            return
        if manual:
            aliases[key] = code
            ambiguous.discard(key)
        elif key in aliases and aliases[key] != code:
            ambiguous.add(key)
        else:
            aliases.setdefault(key, code)
    for alpha2, *_ in codes:
        for name in all_names(fr[alpha2]) + all_names(en[alpha2]):
            add(name, alpha2)
    for row in rows:
        add(row[3], row[0])
        add(row[4], row[0])
    for line in read_lines("country_aliases.tsv"):
        alias, code = line.split("\t")
        if code not in known:
            raise ValueError(f"alias {alias}: unknown code {code}")
        add(alias, code, manual=True)
    for key in ambiguous:
        del aliases[key]
    alias_rows = sorted(aliases.items(), key=lambda item: (item[1], item[0]))
    return (write_tsv(out_dir, "countries.tsv",
                      ["code", "iso3", "numeric", "label_fr", "label_en", "zone", "least_developed", "eu_member"], rows),
            write_tsv(out_dir, "country_aliases.tsv", ["alias", "code"], alias_rows))


def geography(etalab_dir, out_dir):
    data = os.path.join(etalab_dir, "data")
    communes = json.load(open(os.path.join(data, "communes.json"), encoding="utf-8"))
    epcis = json.load(open(os.path.join(data, "epci.json"), encoding="utf-8"))
    departements = json.load(open(os.path.join(data, "departements.json"), encoding="utf-8"))
    regions = json.load(open(os.path.join(data, "regions.json"), encoding="utf-8"))

    epci_of = {}
    epci_rows = []
    for epci in epcis:
        for member in epci["membres"]:
            epci_of[member["code"]] = epci["code"]
        epci_rows.append((epci["code"], epci["nom"], epci["type"], epci.get("populationTotale", "")))
    epci_rows.sort()

    # The Métropole de Lyon is a collectivité of its own, not part of the Rhône département: its
    # communes get 69M, the rest of the Rhône 69D, as in the COG's list of collectivités.
    def departement_of(commune):
        if commune["departement"] == "69":
            return "69M" if epci_of.get(commune["code"]) == METROPOLE_DE_LYON_SIREN else "69D"
        return commune["departement"]

    current = [c for c in communes if c["type"] == "commune-actuelle"]
    current_codes = {c["code"] for c in current}
    commune_rows = []
    population_of = {}
    for c in current:
        dep = departement_of(c)
        population_of[dep] = population_of.get(dep, 0) + (c.get("population") or 0)
        commune_rows.append((c["code"], c["nom"], dep, c["region"], c.get("siren", ""), c.get("population", ""),
                             "|".join(c.get("codesPostaux", [])), epci_of.get(c["code"], "")))
    commune_rows.sort()

    # Codes that no longer name a current commune: merged communes (anciensCodes), communes
    # déléguées and associées, and the municipal arrondissements of Paris, Lyon and Marseille.
    former = {}
    for c in current:
        for old in c.get("anciensCodes", []):
            if old not in current_codes:
                former.setdefault(old, (c["code"], "", "fusion"))
    for c in communes:
        kind = {"commune-deleguee": "deleguee", "commune-associee": "associee",
                "arrondissement-municipal": "arrondissement"}.get(c["type"])
        if not kind:
            continue
        parent = c.get("chefLieu") or c.get("commune")
        if c["code"] in current_codes and kind != "arrondissement":
            continue  # the commune déléguée that kept the new commune's own code
        if parent in current_codes:
            former[c["code"]] = (parent, c["nom"], kind)
    former_rows = sorted((code, *value) for code, value in former.items())

    region_rows = sorted((r["code"], r["nom"]) for r in regions)
    departement_rows = []
    for d in departements:
        if d["code"] == "69":
            departement_rows.append(("69D", "Rhône", d["region"], population_of.get("69D", 0)))
            departement_rows.append(("69M", "Métropole de Lyon", d["region"], population_of.get("69M", 0)))
        else:
            departement_rows.append((d["code"], d["nom"], d["region"], population_of.get(d["code"], 0)))
    departement_rows.sort()

    return {
        "regions.tsv": write_tsv(out_dir, "regions.tsv", ["code", "name"], region_rows),
        "departements.tsv": write_tsv(out_dir, "departements.tsv", ["code", "name", "region", "population"],
                                      departement_rows),
        "communes.tsv": write_tsv(out_dir, "communes.tsv",
                                  ["code", "name", "departement", "region", "siren", "population", "postcodes", "epci"],
                                  commune_rows),
        "commune_former_codes.tsv": write_tsv(out_dir, "commune_former_codes.tsv",
                                              ["code", "current_code", "name", "kind"], former_rows),
        "epci.tsv": write_tsv(out_dir, "epci.tsv", ["siren", "name", "type", "population"], epci_rows),
    }


def main(etalab_dir, iso_dir, out_dir, refdata_version):
    etalab = json.load(open(os.path.join(etalab_dir, "package.json"), encoding="utf-8"))
    iso = json.load(open(os.path.join(iso_dir, "package.json"), encoding="utf-8"))
    counts = geography(etalab_dir, out_dir)
    counts["countries.tsv"], counts["country_aliases.tsv"] = countries(iso_dir, out_dir)
    manifest = {
        "version": int(refdata_version),
        "sources": [
            {"package": etalab["name"], "version": etalab["version"], "licence": etalab.get("license", ""),
             "data_licence": "Licence Ouverte / Open Licence 2.0 (INSEE, Code officiel géographique)"},
            {"package": iso["name"], "version": iso["version"], "licence": iso.get("license", "")},
        ],
        "files": counts,
    }
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    for name, count in sorted(counts.items()):
        print(f"{name}: {count} rows")


if __name__ == "__main__":
    main(*sys.argv[1:5])
