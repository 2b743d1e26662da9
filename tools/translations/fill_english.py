#!/usr/bin/env python3
"""Marks every message of the English .ts file as translated by its own source text.

The sources are written in English, so English needs no translator; but a complete .ts file
keeps lrelease and the project's checks quiet and gives plural forms their English shape.
"""
import re
import sys
import xml.etree.ElementTree as ET


def english_plurals(source):
    """'%n project(s)' -> ('%n project', '%n projects'); '%n copy(ies)' -> ('%n copy', '%n copies')."""
    singular = re.sub(r"y\(ies\)", "y", re.sub(r"\((e?s)\)", "", source))
    plural = re.sub(r"y\(ies\)", "ies", re.sub(r"\((e?s)\)", r"\1", source))
    return singular, plural


def main(path):
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", default="")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in english_plurals(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1])
