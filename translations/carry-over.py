#!/usr/bin/env python3
"""Carries translations over to strings that moved to another context.

lupdate keys messages by (context, source): when code moves a string to
another class, the translation stays behind (obsolete) and the moved string
comes up unfinished. This fills each unfinished message from a finished one
with the same source text (and the same numerus) in the catalogue as it was
at REVISION, and leaves everything else as it is.

    translations/carry-over.py REVISION translations/quire_es.ts [...]

Run it after `cmake --build BUILD --target quire_lupdate`; it prints how many
messages it filled and how many stay unfinished.
"""
import subprocess
import sys
import xml.etree.ElementTree as ET


def finished_translations(root):
    found = {}
    for message in root.iter('message'):
        translation = message.find('translation')
        source = message.findtext('source')
        if translation is None or source is None or translation.get('type') in ('unfinished', 'obsolete', 'vanished'):
            continue
        if (translation.text or '').strip() or len(translation):
            found.setdefault((source, message.get('numerus') == 'yes'), translation)
    return found


def main():
    revision = sys.argv[1]
    for path in sys.argv[2:]:
        old_text = subprocess.run(['git', 'show', f'{revision}:{path}'], capture_output=True, text=True, check=True).stdout
        old = finished_translations(ET.fromstring(old_text))
        tree = ET.parse(path)
        filled = unfinished = 0
        for message in tree.getroot().iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            known = old.get((message.findtext('source'), message.get('numerus') == 'yes'))
            if known is None:
                unfinished += 1
                continue
            message.remove(translation)
            copy = ET.fromstring(ET.tostring(known))
            copy.tail = translation.tail
            message.append(copy)
            filled += 1
        body = ET.tostring(tree.getroot(), encoding='unicode')
        with open(path, 'w', encoding='utf-8') as out:
            out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
        print(f'{path}: {filled} carried over, {unfinished} still unfinished')


if __name__ == '__main__':
    main()
