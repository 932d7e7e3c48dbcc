"""Casualty figures: reported deaths in a sentence or clause, by ACLED conventions.

ONTOLOGY.md §6, as applied here (docs/dates-and-fatalities.md has the examples):

* deaths only: "killed 5 and wounded 12" is 5; "killed or wounded" and "casualties" with no
  death stated are 0 (§6.5);
* a range or a disagreement gives the lowest figure: "between 12 and 15" is 12; "at least 7",
  "more than 7", "about 7" are 7 (§6.3);
* "up to 20" / "as many as 20" give a ceiling and no floor: we record the vague small number
  (3, or 10 for a large attack), capped at the ceiling, and say so in the rule;
* vague words become fixed numbers: "dozens" 12, "hundreds" 100, "scores" 20 (flagged),
  "several" / "a few" / "many" / a bare plural 3, or 10 with ``large_attack=True`` (§6.4);
* a subset of a total is not added to it: "10 people, including three children" is 10;
* different victim groups in one clause add up ("four soldiers ... six militants" is 10); the
  same group, or an unspecified one, counts as a disagreement (the lowest wins);
* a death toll ("the toll rose to 15") is the total and supersedes other figures;
* the attacker's own death counts (§6.6): "blew himself up, killing five" is 6.

Regex first (patterns in ``_number_patterns.py``); no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Fatalities, Span
from . import _number_patterns as P

__all__ = [
    "find_fatalities", "find_fatality_mentions", "split_fatalities", "parse_quantity",
    "words_to_int",
]

_C = re.compile
_PASSIVE = _C(P.PASSIVE)
_ACTIVE = _C(P.ACTIVE)
_TOLL = _C(P.TOLL)
_NOMINAL = _C(P.NOMINAL)
_SUBSET = _C(P.SUBSET)
_OF_DEATH = _C(P.OF_DEATH)
_ZERO = _C(P.ZERO)
_SELF = _C(P.SELF)
_SELF_INCLUDED = _C(P.SELF_INCLUDED)
_CASUALTY = _C(P.CASUALTY_WORDS)
_HINT = _C(P.DEATH_HINT)
_PASSIVE_GATE = _C(P.PASSIVE_GATE)
_NOMINAL_GATE = _C(P.NOMINAL_GATE)
_SUBSET_GATE = _C(P.SUBSET_GATE)
_NP_ITEM = _C(P.NP_ITEM)
_NP_PARTS = _C(P.NP_ITEM_PARTS)
_SUBSET_BEFORE = _C(P.SUBSET_BEFORE)
_ADDITIVE_BEFORE = _C(P.ADDITIVE_BEFORE)
_SPEECH_AFTER = _C(P.SPEECH_AFTER)
_WORD_BEFORE = _C(r"([A-Za-z']+)\W*$")
_OBJECT_AFTER = _C(
    r"\s+(?:(?i:at\s+least|a|an|the|his|her|their|its|all|some|several|many|dozens|scores|"
    r"hundreds|both|two|three|four|five|six|seven|eight|nine|ten)\b|\d|"
    rf"{P.NOUN_PLURAL}|{P.NOUN_SINGULAR})")
_QUALIFIER_LOWER = sorted(P.LOWER_BOUND, key=len, reverse=True)
_QUALIFIER_UPPER = sorted(P.UPPER_BOUND, key=len, reverse=True)
_RANGE_SPLIT = _C(r"^(?:between\s+(.+?)\s+and\s+(.+)|from\s+(.+?)\s+to\s+(.+)|"
                  r"(.+?)\s*(?:-|–|—|\bto\b|\bor\b|\band\b)\s*(.+))$")
_SPACE = _C(r"\s+")


# --- numbers ------------------------------------------------------------------------------------

def words_to_int(text: str) -> int | None:
    """"twenty-two" → 22, "one hundred and five" → 105, "1,200" → 1200; else ``None``."""
    t = text.strip().lower().replace(",", "")
    if t.isdigit():
        return int(t)
    total = current = 0
    seen = False
    for tok in re.split(r"[\s-]+", t):
        if tok == "and":
            continue
        if tok in ("a", "an") and not seen:
            current, seen = 1, True
        elif tok in P.UNITS:
            current += P.UNITS[tok]
            seen = True
        elif tok in P.TENS:
            current += P.TENS[tok]
            seen = True
        elif tok == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif tok in ("thousand", "million"):
            total += max(current, 1) * P.SCALES[tok]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _small(large_attack: bool) -> int:
    return 10 if large_attack else 3


def parse_quantity(phrase: str, *, large_attack: bool = False) -> tuple[int, str] | None:
    """Read a quantity phrase as a death count and the rule applied (ONTOLOGY §6.3-6.4).

    "at least 7" → (7, "at least 7->7"); "between 12 and 15" → (12, "lowest of 12-15");
    "dozens of" → (12, "dozens->12"); "several" → (3, "several->3"); "up to 20" → (3, ...).
    """
    t = _SPACE.sub(" ", phrase.strip().lower())
    t = re.sub(r"\s+(?:of|more|other|others)$", "", t)
    t = re.sub(r"\s+(?:of|more|other|others)$", "", t)
    qualifiers: list[str] = []
    upper = False
    changed = True
    while changed:
        changed = False
        for q in _QUALIFIER_UPPER + _QUALIFIER_LOWER:
            if t.startswith(q + " "):
                qualifiers.append(q)
                upper = upper or q in P.UPPER_BOUND
                t = t[len(q) + 1:]
                changed = True
                break
    value, rule = _bare_quantity(t, large_attack)
    if value is None:
        return None
    qual = " ".join(qualifiers)
    if upper:
        floor = min(value, _small(large_attack))
        return floor, f"{qual} {t}->{floor} (ceiling only; lowest credible)"
    if qual and qual not in ("all", "only", "just", "exactly", "another", "a further",
                             "an additional", "a total of", "all of the"):
        rule = f"{qual} {rule}->{value}" if "->" not in rule else f"{qual} {rule}"
    return value, rule


def _bare_quantity(t: str, large_attack: bool) -> tuple[int | None, str]:
    if t in P.VAGUE:
        value, rule = P.VAGUE[t]
        if value == "small":
            n = _small(large_attack)
            return n, f"{rule}->{n}" + (" (large attack)" if large_attack else "")
        return int(value), rule
    m = re.fullmatch(r"(\w+) dozen", t)
    if m and words_to_int(m.group(1)):
        n = words_to_int(m.group(1)) * 12  # type: ignore[operator]
        return n, f"{t}->{n}"
    n = words_to_int(t)
    if n is not None:
        return n, str(n) if t.replace(",", "").isdigit() else f"{t}->{n}"
    m = _RANGE_SPLIT.match(t)
    if m:
        parts = [g for g in m.groups() if g]
        values = [words_to_int(p) for p in parts]
        if len(values) == 2 and None not in values:
            lo, hi = sorted(values)  # type: ignore[type-var]
            return lo, f"lowest of {parts[0]}-{parts[1]}"
    return None, ""


# --- mentions -----------------------------------------------------------------------------------

@dataclass
class _Mention:
    start: int
    end: int
    count: int
    rule: str
    kind: str  # toll | nominal | active | passive | subset | zero | self | unclear
    group: str = "generic"  # state | armed | civilian | generic | perpetrator | mixed
    perpetrator: bool = False
    subset: bool = False
    additive: bool = False  # "the other four", "another 5": adds to the rest


def _group_of(noun: str | None) -> str:
    if not noun:
        return "generic"
    n = _SPACE.sub(" ", noun.lower())
    if n in P.PERPETRATOR_NOUNS:
        return "perpetrator"
    return P.NOUN_GROUPS.get(n, "generic")


_LIST_JOIN = re.compile(r"\b(?:and|as\s+well\s+as|plus|along\s+with)\b", re.IGNORECASE)


def _read_np(np_text: str, large_attack: bool) -> tuple[int, str, str, bool] | None:
    """(count, rule, group, has_self) for a list of noun phrases, summing its items."""
    items: list[tuple[int, str, str, int, int]] = []
    has_self = False
    for m in _NP_ITEM.finditer(np_text):
        parts = _NP_PARTS.fullmatch(m.group())
        if not parts:
            continue
        if parts.group("q") is not None:
            got = parse_quantity(parts.group("q"), large_attack=large_attack)
            if got is None:
                continue
            count, rule = got
            group = _group_of(parts.group("n"))
        elif parts.group("sg") is not None:
            count, rule, group = 1, "singular->1", _group_of(parts.group("sg"))
        elif parts.group("pl") is not None:
            count = _small(large_attack)
            rule = f"plural without number->{count}"
            group = _group_of(parts.group("pl"))
        elif parts.group("self") is not None:
            count, rule, group, has_self = 1, "attacker himself->1", "perpetrator", True
        else:  # "him"
            count, rule, group = 1, "him->1", "generic"
        items.append((count, rule, group, m.start(), m.end()))
    if not items:
        return None
    if len(items) > 1 and not _LIST_JOIN.search(np_text, items[0][4], items[-1][3]):
        # "According to the general staff, nine terrorists were neutralised": commas with no
        # "and" join no list; the phrase next to the verb is the victims
        items = items[-1:]
    if len(items) == 1:
        c, r, g, _, _ = items[0]
        return c, r, g, has_self
    # "killing five people, two children and a woman": an apposition, not a sum
    first = items[0]
    rest = items[1:]
    if (first[2] == "generic" and all(i[2] != "generic" for i in rest)
            and np_text[first[4]:rest[0][3]].strip() == ","
            and sum(i[0] for i in rest) <= first[0]):
        return first[0], f"{first[1]} (apposition)", "generic", has_self
    total = sum(i[0] for i in items)
    groups = {i[2] for i in items}
    group = groups.pop() if len(groups) == 1 else "mixed"
    rule = "sum " + " + ".join(f"{i[0]} [{i[2]}]" for i in items)
    return total, rule, group, has_self


#: "one of the eight": a part of a group counted before it.
_PARTITIVE_BEFORE = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+) of (?:the|these|those) $",
                               re.IGNORECASE)


def _word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    return m.group(1).lower() if m else ""


def _is_subset(text: str, start: int) -> bool:
    return bool(_SUBSET_BEFORE.search(text, max(0, start - 30), start))


def _is_additive(text: str, start: int, rule: str) -> bool:
    return bool(_ADDITIVE_BEFORE.search(text, max(0, start - 20), start)) or rule.startswith(
        ("another ", "a further ", "an additional "))


def _np_text(m: re.Match[str], text: str) -> tuple[str, int]:
    """The victims' list and where the mention ends, without a trailing ", a security
    official" before "said"."""
    np = m.group("np")
    if "," in np and _SPEECH_AFTER.match(text, m.end("np")):
        np = np[:np.rindex(",")]
        return np, m.start("np") + len(np)
    return np, m.end()


#: A figure in quotation marks, a source's own word: killing "dozens", had killed "more than 40".
_QUOTED_FIGURE = re.compile(
    r"[\"“]((?:more than |at least |over |about |nearly |around |some )?(?:\d[\d,]*|dozens|hundreds|scores|"
    r"several|many|numerous|a few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s+[\w-]+){0,3})[\"”]", re.IGNORECASE)


#: A single quoted word: nine insurgents were "neutralised".
_QUOTED_WORD = re.compile(r"[\"“]([A-Za-z-]+)[\"”]")


def _unquoted(text: str) -> str:
    """The text with quotation marks around a figure or a single word blanked (same length,
    so spans hold)."""
    text = _QUOTED_FIGURE.sub(lambda m: f" {m.group(1)} ", text)
    return _QUOTED_WORD.sub(lambda m: f" {m.group(1)} ", text)


def _mentions(text: str, large_attack: bool) -> list[_Mention]:
    text = _unquoted(text)
    found: list[tuple[int, _Mention]] = []  # (priority, mention)

    for m in _TOLL.finditer(text):
        got = parse_quantity(m.group("q"), large_attack=large_attack)
        if got:
            found.append((0, _Mention(m.start(), m.end(), got[0], f"toll: {got[1]}", "toll")))

    for m in (_NOMINAL.finditer(text) if _NOMINAL_GATE.search(text) else ()):
        q = m.group("q") or m.group("q2") or m.group("q3") or m.group("q4")
        got = parse_quantity(q, large_attack=large_attack)
        if got:
            noun = (m.group("n") or m.group("n2") or "lives").lower()
            found.append((1, _Mention(m.start(), m.end(), got[0], f"{noun}: {got[1]}",
                                      "nominal", subset=_is_subset(text, m.start()))))

    for m in _OF_DEATH.finditer(text):
        np, end = _np_text(m, text)
        got = _read_np(np, large_attack)
        if got:
            count, rule, group, _ = got
            verb = _SPACE.sub(" ", m.group("v").lower())
            found.append((1, _Mention(m.start(), end, count, f"{verb} of N: {rule}",
                                      "nominal", group=group,
                                      subset=_is_subset(text, m.start()))))

    for m in _ACTIVE.finditer(text):
        verb = _SPACE.sub(" ", m.group("v").lower())
        if verb in ("left", "leaving") and not m.group("dead"):
            continue
        if _word_before(text, m.start()) in P.NOT_DEATH_BEFORE:
            continue
        if m.group("or"):
            found.append((2, _Mention(m.start(), m.end(), 0, "killed or wounded->0 (unclear)",
                                      "unclear")))
            continue
        np, end = _np_text(m, text)
        got = _read_np(np, large_attack)
        if got:
            count, rule, group, has_self = got
            perp = has_self and group == "perpetrator"
            found.append((2, _Mention(m.start(), end, count, f"{verb} N: {rule}", "active",
                                      group=group, perpetrator=perp,
                                      additive=_is_additive(text, m.start("np"), rule))))

    for m in (_PASSIVE.finditer(text) if _PASSIVE_GATE.search(text) else ()):
        verb = _SPACE.sub(" ", m.group("v").lower())
        aux = (m.group("aux") or "").lower().split()
        if verb in P.TRANSITIVE_DEATH:
            if aux and not P.BE_WORDS & set(aux):
                continue  # "bombers have killed 22": active, the subject is the killer
            if not aux and _OBJECT_AFTER.match(text, m.end()):
                continue  # "gunmen killed the villagers": active, the object is the victim
        if m.group("or"):
            found.append((3, _Mention(m.start(), m.end(), 0, "killed or wounded->0 (unclear)",
                                      "unclear")))
            continue
        got = _read_np(m.group("np"), large_attack)
        part = _PARTITIVE_BEFORE.search(text, max(0, m.start() - 25), m.start())
        if got and part and words_to_int(part.group(1)) is not None:
            # "One of the eight, a rider, died": the part that died, not the whole group
            got = (words_to_int(part.group(1)), f"{part.group(1).lower()} of the group",) + got[2:]
        if got:
            count, rule, group, _ = got
            found.append((3, _Mention(m.start(), m.end(), count, f"N {verb}: {rule}", "passive",
                                      group=group, subset=_is_subset(text, m.start()),
                                      additive=_is_additive(text, m.start(), rule))))

    for m in (_SUBSET.finditer(text) if _SUBSET_GATE.search(text) else ()):
        got = _read_np(m.group("np") or m.group("np2"), large_attack)
        if got:
            count, rule, group, _ = got
            found.append((4, _Mention(m.start(), m.end(), count, f"among the dead: {rule}",
                                      "subset", group=group, subset=True)))

    for m in _SELF.finditer(text):
        found.append((5, _Mention(m.start(), m.end(), 1, "attacker died (ONTOLOGY 6.6)->1",
                                  "self", group="perpetrator", perpetrator=True)))

    for m in _ZERO.finditer(text):
        found.append((6, _Mention(m.start(), m.end(), 0, "no deaths->0", "zero")))

    # longest first, then by priority; no overlaps
    found.sort(key=lambda f: (-(f[1].end - f[1].start), f[0], f[1].start))
    chosen: list[_Mention] = []
    for _, men in found:
        if any(men.start < c.end and c.start < men.end for c in chosen):
            continue
        if _word_before(text, men.start) in P.NOT_A_FIGURE_BEFORE:
            continue  # "did not say how many soldiers were killed": a question, no figure
        if men.group == "perpetrator":
            men.perpetrator = True
        chosen.append(men)
    chosen.sort(key=lambda c: c.start)
    return chosen


def find_fatality_mentions(text: str, *, large_attack: bool = False
                           ) -> list[tuple[Span, Fatalities]]:
    """Every death figure in ``text``, in order, with its own count and rule.

    Lets the coder take the figure nearest its event trigger. Rules start with the pattern
    ("killing N", "toll", "among the dead" ...) and end with the victim group in brackets
    where one was named ([state], [armed], [civilian], [perpetrator]). Subsets of a total
    ("including three children") are marked "subset of a total"; zero mentions ("no one was
    hurt") have count 0.
    """
    if not text or not _HINT.search(text):
        return []
    out = []
    for men in _with_attacker(_mentions(text, large_attack), text):
        rule = men.rule
        if men.group not in ("generic", "mixed") and f"[{men.group}]" not in rule:
            rule += f" [{men.group}]"
        if men.subset:
            rule += " (subset of a total)"
        out.append((Span(men.start, men.end, text[men.start:men.end]),
                    Fatalities(count=men.count, raw=text[men.start:men.end], rule=rule)))
    return out


#: The longest stretch between "blew himself up" and the victims' figure of the same clause.
_ATTACKER_GAP = 90


def _with_attacker(mentions: list[_Mention], text: str) -> list[_Mention]:
    """Fold "blew himself up" into the victims' figure of the same clause (ONTOLOGY §6.6).

    "A bomber blew himself up in the market, killing five people" is one figure, 6: apart, the
    coder (which takes the figure nearest its trigger) could keep the attacker's 1 and lose the
    five. The folded rule ends "+ 1 attacker(s) (ONTOLOGY 6.6)" so a later "the attacker was
    also killed" can be recognised as the same death. Not folded when the clause already
    counts the attacker ("including the bomber").
    """
    if _SELF_INCLUDED.search(text):
        # the victims' figure already counts the attacker: "blew herself up" adds no one
        return [m for m in mentions if m.kind != "self"] or mentions
    out: list[_Mention] = []
    skip: set[int] = set()
    for i, men in enumerate(mentions):
        if i in skip:
            continue
        if men.kind == "self":
            j = next((k for k in range(i + 1, len(mentions))
                      if mentions[k].kind in ("active", "passive", "nominal")
                      and not mentions[k].perpetrator and not mentions[k].subset
                      and mentions[k].count > 0), None)
            if j is not None and j == i + 1:
                gap = text[men.end:mentions[j].start]
                if len(gap) <= _ATTACKER_GAP and not re.search(r"[.;]", gap):
                    victims = mentions[j]
                    rule = victims.rule
                    if victims.group not in ("generic", "mixed"):
                        rule += f" [{victims.group}]"
                    out.append(_Mention(
                        men.start, victims.end, victims.count + men.count,
                        f"{rule} + {men.count} attacker(s) (ONTOLOGY 6.6)", victims.kind,
                        group="mixed"))
                    skip.add(j)
                    continue
        out.append(men)
    return out


def find_fatalities(text: str, *, large_attack: bool = False) -> Fatalities:
    """The reported deaths in one sentence or clause, as one ACLED ``fatalities`` figure.

    ``large_attack`` switches vague words ("several", "many", a bare plural) from 3 to 10
    (ONTOLOGY §6.4). ``raw`` holds the text the figure came from; ``rule`` how it was read.
    With no death mentioned the count is 0 (§6.5) and the rule says why.
    """
    if not text or not _HINT.search(text):
        return Fatalities(0, "", "no deaths mentioned->0")
    mentions = _mentions(text, large_attack)
    positive = [m for m in mentions if m.kind not in ("zero", "unclear")]
    if not positive:
        zero = next((m for m in mentions if m.kind in ("zero", "unclear")), None)
        if zero:
            return Fatalities(0, text[zero.start:zero.end], zero.rule)
        c = _CASUALTY.search(text)
        if c:
            return Fatalities(0, c.group(), "casualties without stated deaths->0")
        return Fatalities(0, "", "no deaths mentioned->0")

    perps = [m for m in positive if m.perpetrator]
    others = [m for m in positive if not m.perpetrator]
    tolls = [m for m in others if m.kind == "toll"]
    if tolls:
        toll = tolls[-1]  # the latest update of the total
        return Fatalities(toll.count, text[toll.start:toll.end], toll.rule)

    whole = [m for m in others if not m.subset]
    used = whole or [m for m in others if m.subset]
    extra = [m for m in used if m.additive]
    base = [m for m in used if not m.additive] or extra[:1]
    extra = [m for m in extra if m not in base]
    count, rule, raws = _combine(base, text)
    for m in extra:
        count += m.count
        raws.append(text[m.start:m.end])
        rule = f"{rule} + {m.count} more"
    self_included = bool(_SELF_INCLUDED.search(text))
    if perps and not self_included:
        p = min(perps, key=lambda m: m.count)
        count += p.count
        raws.append(text[p.start:p.end])
        rule = f"{rule} + {p.count} attacker(s) (ONTOLOGY 6.6)" if rule else p.rule
    if used and all(m.subset for m in used):
        rule = f"only a subset named: {rule}"
    return Fatalities(count, " | ".join(raws), rule)


def _combine(mentions: list[_Mention], text: str) -> tuple[int, str, list[str]]:
    """Alternatives for one group take the lowest; different named groups add up."""
    if not mentions:
        return 0, "", []
    if len(mentions) == 1:
        m = mentions[0]
        return m.count, m.rule, [text[m.start:m.end]]
    by_group: dict[str, list[_Mention]] = {}
    for m in mentions:
        by_group.setdefault(m.group, []).append(m)
    if "generic" in by_group or "mixed" in by_group:
        pool = by_group.get("generic", []) + by_group.get("mixed", [])
        best = min(pool, key=lambda m: m.count)
        counts = ", ".join(str(m.count) for m in mentions)
        return best.count, f"lowest of {counts}: {best.rule}", [text[best.start:best.end]]
    total = 0
    rules = []
    raws = []
    for group, ms in by_group.items():
        best = min(ms, key=lambda m: m.count)
        total += best.count
        raws.append(text[best.start:best.end])
        rules.append(f"{best.count} [{group}]")
    if len(by_group) == 1:
        counts = ", ".join(str(m.count) for m in mentions)
        return total, f"lowest of {counts} [{rules[0].split('[')[1]}", raws
    return total, "sum of groups " + " + ".join(rules), raws


def split_fatalities(total: int, parts: int) -> list[int]:
    """Divide one total evenly over ``parts`` events, the remainder going to the first ones
    (ONTOLOGY §6.8): 13 over 3 → [5, 4, 4]."""
    if parts <= 0:
        raise ValueError("parts must be at least 1")
    if total < 0:
        raise ValueError("total must not be negative")
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]
