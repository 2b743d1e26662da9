#!/usr/bin/env python3
"""Resolves a merge conflict in translations/*.ts: the messages are the sources', the
translations both branches'.

    git checkout --ours translations/observatoire_fr.ts translations/observatoire_en.ts
    tools/update-translations.sh                    # the messages of the merged sources
    tools/translations/merge.py translations/observatoire_fr.ts OTHER_BRANCH

Each message still unfinished after lupdate takes the other branch's finished translation of
the same context and source; the ones neither branch translated are listed, to translate with
apply.py. English needs nothing: fill_english.py repeats each source. Run
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


def main(ts_path, branch):
    other = ET.fromstring(subprocess.run(["git", "show", f"{branch}:{ts_path}"], check=True,
                                         capture_output=True).stdout)
    theirs = finished(other)
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            value = theirs.get((name, message.findtext("source")))
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
    return 1 if missing else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
