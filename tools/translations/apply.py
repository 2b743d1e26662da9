#!/usr/bin/env python3
"""Fills translations into a .ts file from a JSON file, then marks them finished.

    tools/translations/apply.py translations/observatoire_fr.ts new-strings.json

The JSON maps a source text to its translation, or "Context|source text" to a translation for
one context only. A plural message ("%n project(s)") takes a list of forms: [singular, plural].
Messages the JSON does not name are left as they are.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main(ts_path, json_path):
    with open(json_path, encoding="utf-8") as f:
        table = json.load(f)
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            value = table.get(f"{name}|{source}", table.get(source))
            if value is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                forms = value if isinstance(value, list) else [value, value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    print(f"{ts_path}: {filled} messages filled")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
