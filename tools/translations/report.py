#!/usr/bin/env python3
"""Prints how many messages each .ts file has, and lists the unfinished ones."""
import sys
import xml.etree.ElementTree as ET

status = 0
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    messages = list(root.iter("message"))
    unfinished = [m for m in messages if m.find("translation") is not None
                  and m.find("translation").get("type") == "unfinished"]
    print(f"{path}: {len(messages)} messages, {len(unfinished)} unfinished")
    for message in unfinished:
        print("  -", message.findtext("source"))
    status = status or bool(unfinished)
sys.exit(1 if status else 0)
