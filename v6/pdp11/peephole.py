"""New: tidy the Python of a translated block before it is compiled.

The code generator writes every intermediate value to a fresh temporary, so
a block of twenty instructions has a hundred local variables, and CPython
pays for each one every time the block's function is called.  Six passes on
the generated lines fix that:

- constant folding: an assignment of an expression of numbers alone
  (addresses the PC and an index word make, a flag of an immediate) gets
  its value, before and after copy propagation, and so does a parenthesized
  part of any line that is numbers alone (MUL's sign extension of an
  immediate) and a lookup in a list of ``codegen.TABLES`` by numbers alone
  (``W16[1024 + 8]``);
- copy propagation: ``t = x`` where ``x`` is a constant or another temporary
  disappears and ``t``'s uses read ``x``; where ``x`` is a register or a
  condition code, the same happens if ``x`` is not assigned again before
  ``t``'s last use;
- sinking: ``t = x`` then ``r = t``, where ``r`` is a register, a
  condition code or ``npc``, becomes ``r = x`` and ``t``'s later uses read
  ``r`` (``inc r3`` and the flags of its result), where nothing can assign
  ``r`` again before ``t``'s last use nor read ``r`` between the two lines,
  and no path reaches a use of ``t`` but through its assignment;
- dead stores: a temporary nobody reads is not computed, nor ``npc`` where
  the same block of code assigns it again before anything reads it (a jump
  whose target the translator follows anyway);
- steps: successive steps of one register (``r6 = W16[r6 - 2]``
  for each of a run of pushes) become one, where no line between reads the
  register, branches or leaves;
- renaming: temporaries whose lives do not overlap share a name.

Temporaries are the names the code generator makes (``a12``, ``v3``,
``res_7``, ``t_8`` ...): each is assigned exactly once, which is what makes
the passes simple.  Registers (``r0``-``r6``), condition codes, saved
copies (``s_r3``) and ``o``/``npc`` are not temporaries.  Every path through
the code reads its lines in order (a branch's code is nested below it, and
the way not taken skips it), so an analysis in line order errs only on the
safe side.
"""

from __future__ import annotations

import re
from collections import Counter

from v6.pdp11 import codegen

_TEMP = re.compile(r"^(?:[avqsp]\d+|[a-z]+_\d+)$")
_NAME = re.compile(r"\b([A-Za-z_]\w*)\b")
_COPY = re.compile(r"^\s*(\w+) = (\w+)$")
_TARGETS = re.compile(r"^\s*(?:if .*?: )?([\w, ]+?) = (?!=)")
_STATE = re.compile(r"^(?:r[0-6]|[nzvc])$")
_ASSIGN = re.compile(r"^(\s*)(\w+) = (.+)$")
_LITERAL = re.compile(r"0o[0-7]+|\d+")
_OPERATORS = re.compile(r"^[\s()+\-*&|^<>=!~]*$")
_CALL_OR_WALRUS = re.compile(r"\w\(|:=")
_SINKS = re.compile(r"^(?:r[0-6]|[nzvc]|npc)$")
_STORE = re.compile(r"^\s*(?::=|(?:<<|>>|\*\*|//|[-+*/%&|^@])?=(?!=))")
"""What follows a name the line assigns: ``=``, ``:=`` or an augmented assignment."""
_PLAIN = re.compile(r"^\s*[\w, ]+ = (?!=)[^;]*$")
_SIGNED = re.compile(r"^\s*-?\s*\d+\s*$")
_GROUP = re.compile(r"(?<![\w\])])\(([\d\s+\-*&|^<>~o]*\d[\d\s+\-*&|^<>~o]*)\)")
"""A parenthesized part of a line that may be numbers alone (not a call's arguments)."""
_LOOKUP = re.compile(r"\b([A-Z][A-Z0-9_]*)\[([^\[\]]*)\]")
"""A lookup in a list, perhaps one of ``codegen.TABLES`` (``W16[x]``)."""


def optimize(lines: list[str]) -> list[str]:
    """The block's lines with constants folded, copies propagated,
    temporaries sunk into registers, dead stores dropped, steps of a
    register joined and temporaries renamed."""
    lines = [_fold(line) for line in lines]
    tokens = [_NAME.split(line) for line in lines]
    kept, forward = _propagate(lines, tokens)
    tokens = [_forwarded(tokens[k], forward) for k in kept]
    tokens = _sink(tokens)
    lines = ["".join(tok) for tok in tokens]
    tokens = _steps([tokens[k] for k in _live(lines, tokens)])
    rename = _rename(tokens)
    return ["".join(rename.get(t, t) if j & 1 else t for j, t in enumerate(tok)) for tok in tokens]


_STEPPED = re.compile(r"^(\s*)(r[0-6]) = (?:W16\[(\w+) ([+-]) (\d+)\]|(\w+))$")
"""A register set to another name's value, or to it stepped: ``r6 = W16[r6 - 2]``."""
_CONTROL = re.compile(r"^\s*(?:if|elif|else|while|continue|return)\b|:$")


def _steps(tokens: list[list[str]]) -> list[list[str]]:
    """Successive steps of one register (pushes: ``r6 = W16[r6 - 2]``
    again and again) as one: a step of register R from a name B (R itself
    stepped, another register, a temporary) moves down to R's next step
    from itself when no line between reads R or sets B, and no line
    between is a branch, a way out or at another depth — the lines between
    then run the same with R set either place, and the second step starts
    from the first's value."""
    out: list[list[str] | None] = []
    pending: dict[str, tuple[int, str, int]] = {}   # register -> (its line in out, base, step)
    for tok in tokens:
        line = "".join(tok)
        m = _STEPPED.match(line)
        if _CONTROL.search(line):
            pending.clear()
        elif m:
            indent, reg = m.group(1), m.group(2)
            base, step = (m.group(3), int(m.group(5)) * (1 if m.group(4) == "+" else -1)) \
                if m.group(3) else (m.group(6), 0)
            before = pending.get(reg)
            if before is not None and base == reg and out[before[0]][0] == indent:
                out[before[0]] = None
                base, step = before[1], before[2] + step
                if base == reg and not step % 0o200000:
                    del pending[reg]            # the steps cancel out
                    continue
                line = _stepped(indent, reg, base, step)
                tok = _NAME.split(line)
            _forget(pending, line, tok, reg)
            pending[reg] = (len(out), base, step)
        else:
            _forget(pending, line, tok, None)
        out.append(tok)
    return [tok for tok in out if tok is not None]


def _stepped(indent: str, reg: str, base: str, step: int) -> str:
    step %= 0o200000
    if not step:
        return f"{indent}{reg} = {base}" if _STATE.match(base) else f"{indent}{reg} = W16[{base}]"
    sign, size = ("+", step) if step < 0o100000 else ("-", 0o200000 - step)
    return f"{indent}{reg} = W16[{base} {sign} {size}]"


def _forget(pending: dict[str, tuple[int, str, int]], line: str, tok: list[str],
            setting: str | None) -> None:
    """Drop the pending steps a line (and its tokens) ends: of a register it
    reads (other than the one it sets from itself) and of those stepping
    from a name it sets."""
    names = set(tok[1::2])
    assigned = set(_assigned(line))
    for reg in list(pending):
        if reg != setting and (reg in names or pending[reg][1] in assigned):
            del pending[reg]


def _forwarded(tokens: list[str], forward: dict[str, str]) -> list[str]:
    """A line's tokens reading what its dropped copies read (folded again if that changed it)."""
    if forward.keys().isdisjoint(tokens[1::2]):
        return tokens
    return _NAME.split(_fold("".join(_resolve(t, forward) if j & 1 else t
                                     for j, t in enumerate(tokens))))


def _fold(line: str) -> str:
    """``x = <numbers and operators>`` as ``x = <its value>``, and any
    parenthesized part of a line that is numbers alone as its value (a
    body's sign extension of an immediate operand, say)."""
    line = _fold_groups(line)
    m = _ASSIGN.match(line)
    if not m or m.group(3).isdigit() or not _LITERAL.search(m.group(3)):
        return line
    if not _OPERATORS.match(_LITERAL.sub("", m.group(3))):
        return line
    return f"{m.group(1)}{m.group(2)} = {eval(m.group(3), {'__builtins__': {}})}"


def _fold_groups(line: str) -> str:
    line = _LOOKUP.sub(_fold_lookup, line)
    while True:
        group = next((g for g in _GROUP.finditer(line) if _foldable(g.group(1))), None)
        if group is None:
            return line
        value = eval(group.group(1), {"__builtins__": {}})
        line = f"{line[:group.start()]}{value if value >= 0 else f'({value})'}{line[group.end():]}"


def _fold_lookup(m: re.Match) -> str:
    """A lookup in a list of ``codegen.TABLES`` by numbers alone, as the value
    the list holds there (what the code would find)."""
    table, index = codegen.TABLES.get(m.group(1)), m.group(2)
    if table is None or not _LITERAL.search(index) or not _OPERATORS.match(_LITERAL.sub("", index)):
        return m.group(0)
    value = eval(index, {"__builtins__": {}})
    return str(table[value]) if -len(table) <= value < len(table) else m.group(0)


def _foldable(group: str) -> bool:
    """Whether a parenthesized part is an expression of numbers alone and not
    already a value: a negative value stays in its parentheses, so folding it
    again would never end."""
    return bool(_OPERATORS.match(_LITERAL.sub("", group))) and not _SIGNED.match(group)


def _resolve(name: str, forward: dict[str, str]) -> str:
    while name in forward:
        name = forward[name]
    return name


def _live(lines: list[str], tokens: list[list[str]]) -> list[int]:
    """The lines left when assignments nothing reads are dropped (see the
    module docstring), again until none is left."""
    uses = Counter(name for tok in tokens for name in tok[1::2])
    candidates = []
    for k, line in enumerate(lines):
        m = _ASSIGN.match(line)
        if m and not _CALL_OR_WALRUS.search(m.group(3)) and (_TEMP.match(m.group(2))
                                                              or m.group(2) == "npc"):
            candidates.append((k, m))
    dead: set[int] = set()
    changed = True
    while changed:
        changed = False
        for k, m in candidates:
            if k not in dead and (uses[m.group(2)] == 1 if m.group(2) != "npc"
                                  else _assigned_again(k, lines, tokens, m.group(1), dead)):
                dead.add(k)
                uses.subtract(tokens[k][1::2])
                changed = True
    return [k for k in range(len(lines)) if k not in dead]


def _assigned_again(k: int, lines: list[str], tokens: list[list[str]], indent: str,
                    dead: set[int]) -> bool:
    """Whether ``npc`` is assigned again, at ``indent``, before any line that reads it
    or leaves the block of code that line ``k`` is in (lines in ``dead`` aside)."""
    for j in range(k + 1, len(lines)):
        if j in dead:
            continue
        line, names = lines[j], tokens[j][1::2]
        if not line.startswith(indent) or line[len(indent)].isspace() and "npc" in names:
            return False
        if "npc" in names:
            m = _ASSIGN.match(line)
            return bool(m) and m.group(2) == "npc" and "npc" not in _NAME.findall(m.group(3))
    return False


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


def _sink(tokens: list[list[str]]) -> list[list[str]]:
    """``t = x`` then ``r = t`` as ``r = x``, the later uses of ``t`` reading
    ``r`` (see ``_sinkable`` for when)."""
    copies = [k for k, tok in enumerate(tokens) if len(tok) == 5 and _copies_temp(tok)]
    temps = {tokens[k][3] for k in copies}
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for k, tok in enumerate(tokens):
        for name in temps.intersection(tok[1::2]):
            first.setdefault(name, k)
            last[name] = k
    dropped: set[int] = set()
    for k in copies:
        reg, temp = tokens[k][1], tokens[k][3]
        # A temporary sunk already reads as its register here (``r4 = r3``).
        if temp in temps and _sinkable(tokens, first[temp], k, last[temp], dropped):
            for j in range(first[temp], last[temp] + 1):
                if temp in tokens[j]:
                    tokens[j] = [reg if i & 1 and t == temp else t for i, t in enumerate(tokens[j])]
            dropped.add(k)
            temps.discard(temp)
    return [tok for k, tok in enumerate(tokens) if k not in dropped]


def _copies_temp(tokens: list[str]) -> bool:
    """Whether a line of five tokens is ``r = t``: a register, a condition
    code or ``npc`` from a temporary."""
    return (tokens[2] == " = " and not tokens[4] and not tokens[0].strip()
            and bool(_SINKS.match(tokens[1])) and bool(_TEMP.match(tokens[3])))


def _sinkable(tokens: list[list[str]], a: int, k: int, last: int, dropped: set[int]) -> bool:
    """Whether line ``a`` assigning temporary ``t`` may assign register ``r``
    instead, where line ``k`` is ``r = t`` and line ``last`` reads ``t`` last.

    Line ``a`` must be a plain ``t = x``, and every line up to ``last``
    inside the block of code it is in: so a path reaching a use of ``t``
    (in the same round of a loop) has run line ``a`` and only lines between.
    Between ``a`` and ``k`` nothing may even read ``r`` (it gets its new
    value early) nor go round a loop; after ``k`` nothing may assign ``r``
    but the last use, which reads ``t`` before it assigns."""
    reg, temp = tokens[k][1], tokens[k][3]
    m = _ASSIGN.match("".join(tokens[a]))
    if not m or m.group(2) != temp or not _plain(tokens[a]):
        return False
    indent = _indent(tokens[a])
    if _indent(tokens[k]) != indent:
        return False
    for j in range(a + 1, last + 1):
        if j in dropped or j == k:
            continue
        names = tokens[j][1::2]
        if _indent(tokens[j]) < indent:
            return False
        if j < k and (reg in names or "continue" in names):
            return False
        if j > k and reg in names and _writes(tokens[j], reg) and (j < last or not _plain(tokens[j])):
            return False
    return True


def _indent(tokens: list[str]) -> int:
    return len(tokens[0]) - len(tokens[0].lstrip())


def _plain(tokens: list[str]) -> bool:
    """Whether a line is one assignment that evaluates all it reads before it assigns."""
    line = "".join(tokens)
    return bool(_PLAIN.match(line)) and ":=" not in line


def _writes(tokens: list[str], name: str) -> bool:
    """Whether a line may assign ``name`` (by any of its statements)."""
    line = "".join(tokens)
    return (any(name in _assigned(part) for part in line.split(";"))
            or any(t == name and _STORE.match(tokens[j + 1])
                   for j, t in enumerate(tokens) if j & 1))


def _rename(tokens: list[list[str]]) -> dict[str, str]:
    """Map every temporary to a short name, sharing names between lives that do not overlap."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for k, tok in enumerate(tokens):
        for name in tok[1::2]:
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
    return names
