"""New: tidy the Python of a translated block before it is compiled.

The code generator writes every intermediate value to a fresh temporary, so
a block of twenty instructions has a hundred local variables, and CPython
pays for each one every time the block's function is called.  Two passes on
the generated lines fix that:

- copy propagation: ``t = x`` where ``x`` is a constant or another temporary
  disappears and ``t``'s uses read ``x``; where ``x`` is a register or a
  condition code, the same happens if ``x`` is not assigned again before
  ``t``'s last use;
- renaming: temporaries whose lives do not overlap share a name.

Temporaries are the names the code generator makes (``a12``, ``v3``,
``res_7``, ``t_8`` ...): each is assigned exactly once, which is what makes
both passes simple.  Registers (``r0``-``r6``), condition codes, saved
copies (``s_r3``) and ``o``/``npc`` are not temporaries.
"""

from __future__ import annotations

import re

_TEMP = re.compile(r"^(?:[avqsp]\d+|[a-z]+_\d+)$")
_NAME = re.compile(r"\b([A-Za-z_]\w*)\b")
_COPY = re.compile(r"^\s*(\w+) = (\w+)$")
_TARGETS = re.compile(r"^\s*(?:if .*?: )?([\w, ]+?) = (?!=)")
_STATE = re.compile(r"^(?:r[0-6]|[nzvc])$")


def optimize(lines: list[str]) -> list[str]:
    """The block's lines with copies propagated and temporaries renamed."""
    tokens = [_NAME.split(line) for line in lines]
    kept, names = _propagate(lines, tokens)
    rename = _rename(kept, tokens, names)
    return ["".join(rename.get(t, t) if j & 1 else t for j, t in enumerate(tokens[k]))
            for k in kept]


def _assigned(line: str) -> list[str]:
    m = _TARGETS.match(line)
    return [n for n in re.split(r"[, ]+", m.group(1)) if n] if m else []


def _propagate(lines: list[str], tokens: list[list[str]]) -> tuple[list[int], dict[str, str]]:
    """Drop forwardable copies; return the lines kept and what each dropped temporary reads."""
    last: dict[str, int] = {}
    assignments: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        for name in tokens[k][1::2]:
            last[name] = k
        for name in _assigned(line):
            assignments.setdefault(name, []).append(k)
    forward: dict[str, str] = {}
    kept = []
    for k, line in enumerate(lines):
        m = _COPY.match(line)
        if m and _TEMP.match(m.group(1)):
            temp, value = m.group(1), forward.get(m.group(2), m.group(2))
            if _forwardable(value, k, last[temp], assignments, lines):
                forward[temp] = value
                continue
        kept.append(k)
    return kept, forward


def _forwardable(value: str, k: int, last_use: int, assignments: dict[str, list[int]],
                 lines: list[str]) -> bool:
    """Whether ``value`` still holds at every use up to line ``last_use``."""
    if value.isdigit() or _TEMP.match(value):
        return True
    if not _STATE.match(value):
        return False
    again = [a for a in assignments.get(value, ()) if a > k]
    if not again:
        return True
    # A use on the line that assigns again reads the old value only as the
    # right-hand side of a plain assignment.
    return last_use < again[0] or (last_use == again[0]
                                   and lines[again[0]].lstrip().startswith(f"{value} = "))


def _rename(kept: list[int], tokens: list[list[str]], forward: dict[str, str]) -> dict[str, str]:
    """Map every temporary to a short name, sharing names between lives that do not overlap."""
    def resolve(name: str) -> str:
        while name in forward:
            name = forward[name]
        return name

    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for k in kept:
        for name in tokens[k][1::2]:
            name = resolve(name)
            if _TEMP.match(name):
                first.setdefault(name, k)
                last[name] = k
    names: dict[str, str] = {}
    free: list[tuple[int, str]] = []
    made = 0
    for temp in sorted(first, key=first.get):
        i = next((i for i, (end, _) in enumerate(free) if end <= first[temp]), None)
        if i is None:
            names[temp] = f"t{made}"
            made += 1
        else:
            names[temp] = free.pop(i)[1]
        free.append((last[temp], names[temp]))
    mapping = {t: names.get(resolve(t), resolve(t)) for t in forward}
    mapping.update(names)
    return mapping
