#!/usr/bin/env python3
"""Keeps core/ and ui/ readable: no file over 700 lines, no function over 80.

A function is a definition that starts at the left margin (or one indent
level, inside a class or namespace) and whose body braces balance; its length
runs from its first line to its closing brace. Exceptions, with why, go in
EXCEPTIONS below.

    check-sizes.py SOURCE_ROOT
"""
import pathlib
import re
import sys

MAX_FILE_LINES = 700
MAX_FUNCTION_LINES = 80
# A function head may wrap its parameters over this many more lines.
MAX_HEAD_LINES = 6
# "path:function": why it is better whole.
EXCEPTIONS = {}

# A line that ends a function head: name(...) [const|override|noexcept]* before the body.
HEAD = re.compile(r'^(?:[\w:<>,~*&\s]+\s)?[~\w:]+(?:<[^>]*>)?\s*\([^;]*\)\s*(?:const|override|noexcept|final|\s)*'
                  r'(?:->\s*[\w:<>]+)?\s*$')
SKIP = re.compile(r'^\s*(?:if|for|while|switch|catch|return|else|do|case|namespace|class|struct|enum)\b')


def head_of(lines, i):
    """Line @p i with the lines that continue its parameter list (a head
    wrapped over several lines), and the index of the head's last line."""
    line = lines[i]
    j = i
    while line.count('(') > line.count(')') and j + 1 < len(lines) and j - i < MAX_HEAD_LINES:
        j += 1
        line = line.rstrip() + ' ' + lines[j].strip()
    return line, j


def functions(lines):
    """(name, first line, length) of each function definition."""
    result = []
    i = 0
    while i < len(lines):
        line, head_end = head_of(lines, i)
        start_candidate = HEAD.match(line.rstrip().rstrip('{').rstrip()) and not SKIP.match(line)
        if not start_candidate or line.startswith((' ' * 8, '\t\t')):
            i += 1
            continue
        # Find the opening brace (initializer lists may come first) and balance.
        depth = 0
        opened = False
        j = head_end
        while j < len(lines):
            text = re.sub(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|//.*', '', lines[j])
            if not opened and text.strip().endswith(';') and '{' not in text:
                break
            for char in text:
                if char == '{':
                    depth += 1
                    opened = True
                elif char == '}':
                    depth -= 1
            if opened and depth == 0:
                break
            j += 1
        if opened and depth == 0:
            name = re.search(r'([~\w:]+)\s*\(', line)
            result.append((name.group(1) if name else line.strip(), i + 1, j - i + 1))
            i = j + 1
        else:
            i += 1
    return result


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '.')
    missing = [folder for folder in ('core', 'ui') if not (root / folder).is_dir()]
    if missing:
        # A wrong root would otherwise find nothing to measure and pass.
        print(f'{root}: no {" or ".join(missing)} folder here; pass the source root')
        return 2
    problems = []
    for folder in ('core', 'ui'):
        for path in sorted((root / folder).rglob('*')):
            if path.suffix not in ('.cpp', '.h'):
                continue
            relative = path.relative_to(root).as_posix()
            lines = path.read_text(encoding='utf-8').splitlines()
            if len(lines) > MAX_FILE_LINES and relative not in EXCEPTIONS:
                problems.append(f'{relative}: {len(lines)} lines (at most {MAX_FILE_LINES})')
            for name, first, length in functions(lines):
                key = f'{relative}:{name}'
                if length > MAX_FUNCTION_LINES and key not in EXCEPTIONS:
                    problems.append(f'{relative}:{first}: {name} is {length} lines (at most {MAX_FUNCTION_LINES})')
    for problem in problems:
        print(problem)
    print(f'{len(problems)} file(s) or function(s) too long' if problems else 'sizes: all within limits')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
