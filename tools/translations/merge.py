#!/usr/bin/env python3
"""Resolves a merge conflict in translations/*.ts: the messages are the sources', the
translations both branches'.

    git checkout --ours translations/observatoire_fr.ts translations/observatoire_en.ts
    tools/update-translations.sh                    # the messages of the merged sources
    tools/translations/merge.py translations/observatoire_fr.ts OTHER_BRANCH

Each message still unfinished after lupdate takes the other branch's finished translation of
the same context and source; the ones neither branch translated are listed, to translate with
apply.py. A translation the other branch changed since the merge base while this one kept it
(a menu letter moved, a wording fixed) is taken too; one both branches changed differently is
listed, to choose by hand. English needs nothing: fill_english.py repeats each source. Run
tools/update-translations.sh once more at the end: it writes the file back in lupdate's own
layout, which keeps later merges small.
"""
import subprocess
import sys
import xml.etree.ElementTree as ET


def finished(root):
    table = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if message.get("numerus") == "yes":
                value = [form.text for form in translation.findall("numerusform")]
            else:
                value = translation.text
            table[(name, message.findtext("source"))] = value
    return table


def translations_at(revision, ts_path):
    shown = subprocess.run(["git", "show", f"{revision}:{ts_path}"], capture_output=True)
    return finished(ET.fromstring(shown.stdout)) if shown.returncode == 0 else {}


def value_of(translation):
    if translation.findall("numerusform"):
        return [form.text for form in translation.findall("numerusform")]
    return translation.text


def main(ts_path, branch):
    theirs = translations_at(branch, ts_path)
    base_revision = subprocess.run(["git", "merge-base", "HEAD", branch], check=True, capture_output=True,
                                   text=True).stdout.strip()
    base = translations_at(base_revision, ts_path)
    tree = ET.parse(ts_path)
    filled, missing, both_changed = 0, [], []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            key = (name, message.findtext("source"))
            value = theirs.get(key)
            if translation.get("type") != "unfinished":
                # Finished on this side: take the other side's change, if only it changed it.
                ours = value_of(translation)
                if value is None or key not in base or value == ours or value == base[key]:
                    continue
                if ours != base[key]:
                    both_changed.append(f"{name}|{key[1]}: ours {ours!r}, theirs {value!r}")
                    continue
            if value is None:
                missing.append(f"{name}|{message.findtext('source')}")
                continue
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if isinstance(value, list):
                translation.text = None
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    print(f"{ts_path}: {filled} translations taken from {branch}")
    for key in missing:
        print("  still unfinished:", key)
    for key in both_changed:
        print("  changed on both sides, ours kept:", key)
    return 1 if missing or both_changed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
