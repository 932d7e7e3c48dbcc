"""PLOVER gold standard records: does the coder's event type and do its actors agree with
human PLOVER codings of the CAMEO manual's example sentences?

The benchmark (``../shared/benchmarks/plover_gsr/PLOVER_GSR_CAMEO.json``, read-only, a *test*
set: never trained on, never used to write rules; CC BY-SA 4.0, Open Event Data Alliance) has
322 records, each one sentence with its PLOVER event type (version 0.5b1), source and target
actors and sometimes a mode.

Per record, the coder runs as the pipeline runs it: the configured spaCy model parses the
sentence; in every sentence with an event cue, ``ActorDictionary.find`` gives the actors and
``classify_sentence(sentence, actors)`` the decisions; the record's main event is
``main_decision`` over them with their modality (the same choice as ``classify_text``, which
passes no actors). Nothing from the gold reaches the system.

**Event type.** The main event's ACLED sub-event type is mapped to PLOVER with
``ACLED_TO_PLOVER`` (ONTOLOGY §8); the record *agrees* when the gold type is among the
PLOVER types §8 allows for that sub-event, and agrees *strictly* when it is the first
(closest) one. Gold labels are 0.5b1; §8 uses the 2021 scheme, so gold types are normalised
first (``PLOVER_05_TO_2021``). Records fall in three scopes by their gold type:

* ``core``: ASSAULT (with 0.5b1 FIGHT), PROTEST, COERCE, MOBILIZE: PLOVER's material-conflict
  types, whose events ACLED codes (PLOVER's CRIME is out of ACLED's scope and unused here).
  Agreement = agreeing records / records; precision = agreeing / records with an event;
* ``partial``: types §8 reaches only from a sliver of ACLED (AGREE, SUPPORT, RETREAT from
  Agreement; SANCTION, ACCUSE from Other). Agreement is reported but expected to be low: a
  trade pact or an official's praise is no ACLED event;
* ``none``: types with no ACLED counterpart (DEMAND, REJECT, THREATEN, ...). Any event the
  coder emits there is a false alarm; the rate is reported.

**Actors.** A gold actor text and a dateline actor text *match* under normalised containment:
both are NFKC-normalised, case-folded, every run of non-alphanumeric characters becomes a
space, a leading "the" is dropped, and the match holds when the word sequence of one occurs
as a contiguous word sequence in the other ("students" matches "students throughout
Indonesia"; "US" does not match "Russian"). Two measures, over gold actors (a record's
source and target lists):

* *found*: some party the coder recognises in the text matches it: an actor that
  ``ActorDictionary.find`` returns, or a role noun the classifier takes as a party ("gunmen",
  "protesters", "villagers"; ``_triggers.ROLE_NOUNS``), since *role* counts those too and an
  actor cannot be put in a role without being found;
* *role*: on records with an event, it matches an actor the classifier put in the same role
  (source ↔ agents, target ↔ targets; the classifier's generic role nouns such as "gunmen"
  count). *swapped* counts gold sources matched by a target and gold targets matched by an
  agent.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataFileError

#: ACLED sub-event type → the PLOVER event types ONTOLOGY §8 ("Crosswalk: ACLED sub-event →
#: PLOVER → CAMEO", column "Closest PLOVER event (mode)") gives for it, closest first.
ACLED_TO_PLOVER: dict[str, tuple[str, ...]] = {
    "Government regains territory": ("ASSAULT",),
    "Non-state actor overtakes territory": ("ASSAULT",),
    "Armed clash": ("ASSAULT",),
    "Chemical weapon": ("ASSAULT",),
    "Air/drone strike": ("ASSAULT",),
    "Suicide bomb": ("ASSAULT",),
    "Shelling/artillery/missile attack": ("ASSAULT",),
    "Remote explosive/landmine/IED": ("ASSAULT",),
    "Grenade": ("ASSAULT",),
    "Sexual violence": ("ASSAULT",),
    "Attack": ("ASSAULT",),
    "Abduction/forced disappearance": ("ASSAULT",),
    "Excessive force against protesters": ("ASSAULT", "PROTEST"),
    "Protest with intervention": ("PROTEST", "COERCE", "ASSAULT"),
    "Peaceful protest": ("PROTEST",),
    "Violent demonstration": ("PROTEST",),
    "Mob violence": ("ASSAULT", "PROTEST"),
    "Agreement": ("SUPPORT", "AGREE", "RETREAT"),
    "Arrests": ("COERCE",),
    "Change to group/activity": ("MOBILIZE", "COERCE"),
    "Disrupted weapons use": ("COERCE",),
    "Headquarters or base established": ("MOBILIZE",),
    "Looting/property destruction": ("COERCE", "ASSAULT"),
    "Non-violent transfer of territory": ("COERCE", "RETREAT"),
    "Other": ("ASSAULT", "COERCE", "SANCTION", "ACCUSE"),
}

#: PLOVER 0.5b1 labels (the gold file's) → the 2021 labels §8 uses, after the PLOVER
#: repository's CAMEO2PLOVER-2021 table: CAMEO 19-20 (0.5b1 FIGHT) became ASSAULT; CAMEO 09
#: (INVESTIGATE) and 11 (DISAPPROVE) became ACCUSE. Other labels are unchanged.
PLOVER_05_TO_2021: dict[str, str] = {
    "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE", "DISAPPROVE": "ACCUSE",
}

#: PLOVER's material-conflict types that ACLED codes (CRIME aside): the ``core`` scope.
CORE_TYPES: tuple[str, ...] = ("ASSAULT", "PROTEST", "COERCE", "MOBILIZE")
#: Types the crosswalk reaches only from Agreement or Other: the ``partial`` scope.
PARTIAL_TYPES: tuple[str, ...] = tuple(sorted(
    {t for types in ACLED_TO_PLOVER.values() for t in types} - set(CORE_TYPES)))

NO_EVENT = "NONE"


@dataclass
class PloverRecord:
    id: str
    text: str
    event: str  # as in the file (0.5b1)
    mode: str = ""
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)

    @property
    def plover(self) -> str:
        """The gold type in the 2021 labels of ONTOLOGY §8."""
        return PLOVER_05_TO_2021.get(self.event, self.event)

    @property
    def scope(self) -> str:
        if self.plover in CORE_TYPES:
            return "core"
        return "partial" if self.plover in PARTIAL_TYPES else "none"


# ---------------------------------------------------------------------------- reading


def read_plover_records(path: Path) -> list[PloverRecord]:
    """The event records of a PLOVER GSR JSON array (the ``DOCUMENT`` header is skipped)."""
    try:
        items = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataFileError(str(path), exc.lineno, f"not JSON: {exc.msg}") from None
    if not isinstance(items, list):
        raise DataFileError(str(path), None, "not a PLOVER GSR file: expected a JSON array")
    records = []
    for item in items:
        if not isinstance(item, dict) or item.get("event") in (None, "DOCUMENT") or not item.get("text"):
            continue
        records.append(PloverRecord(
            id=str(item.get("id", "")), text=item["text"], event=item["event"],
            mode=str(item.get("mode") or ""),
            sources=_actor_texts(item.get("source")), targets=_actor_texts(item.get("target"))))
    if not records:
        raise DataFileError(str(path), None, "not a PLOVER GSR file: no event records")
    return records


def _actor_texts(value) -> list[str]:
    if not isinstance(value, list):
        return []
    return [a["actorText"].strip() for a in value
            if isinstance(a, dict) and str(a.get("actorText") or "").strip()]


# ---------------------------------------------------------------------------- matching


_NON_WORD = re.compile(r"[^\w]+|_+")


def normalise_actor(text: str) -> tuple[str, ...]:
    """The words of an actor text: NFKC, case-folded, punctuation to spaces, no leading "the"."""
    words = _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split()
    if words and words[0] == "the":
        words = words[1:]
    return tuple(words)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def actors_match(gold: str, ours: str) -> bool:
    """Normalised containment, either way round (see the module docstring)."""
    a, b = normalise_actor(gold), normalise_actor(ours)
    return _contains(a, b) or _contains(b, a)


def plover_types(sub_event_type: str | None) -> tuple[str, ...]:
    """The PLOVER types ONTOLOGY §8 allows for a sub-event (``()`` for no event)."""
    return ACLED_TO_PLOVER.get(sub_event_type, ()) if sub_event_type else ()


def score_record(record: PloverRecord, sub_event_type: str | None, found: list[str],
                 agents: list[str], targets: list[str]) -> dict[str, Any]:
    """One record's outcome: event-type agreement and, per gold actor, found / role / swapped."""
    types = plover_types(sub_event_type)
    detected = sub_event_type is not None

    def judge(gold: list[str], same_role: list[str], other_role: list[str]) -> list[dict]:
        return [{"found": any(actors_match(g, f) for f in found),
                 "role": detected and any(actors_match(g, a) for a in same_role),
                 "swapped": detected and not any(actors_match(g, a) for a in same_role)
                 and any(actors_match(g, a) for a in other_role)} for g in gold]

    return {
        "detected": detected,
        "agree": record.plover in types,
        "agree_strict": bool(types) and types[0] == record.plover,
        "sources": judge(record.sources, agents, targets),
        "targets": judge(record.targets, targets, agents),
    }


# ---------------------------------------------------------------------------- running


def code_record(text: str, nlp, dictionary) -> tuple[str | None, list[str], list[str], list[str]]:
    """(main sub-event type or None, actor texts found, agent texts, target texts) for a text."""
    from ..code import assess_modality, classify_sentence, has_event_cue
    from ..code._classify import main_decision
    from ..code._lexicon import _lexicon

    doc = nlp(text)
    found, decisions, actors_of = [], [], {}
    for index, sent in enumerate(doc.sents):
        actors = dictionary.find(sent.text)
        found += [a.raw for a in actors]
        found += [m.group(0) for _, rx in _lexicon().roles for m in rx.finditer(sent.text)]
        if not has_event_cue(sent.text):
            continue
        for d in classify_sentence(sent, actors):
            decisions.append((index, d, assess_modality(sent, d.trigger)))
            actors_of[id(d)] = actors
    best = main_decision(decisions)
    if best is None:
        return None, found, [], []
    actors = actors_of[id(best)]
    agents = [actors[i].raw for i in best.agents] + [s.text for s in best.agent_spans]
    targets = [actors[i].raw for i in best.targets] + [s.text for s in best.target_spans]
    return best.sub_event_type, found, agents, targets


class _Tally:
    def __init__(self):
        self.n = self.detected = self.agree = self.strict = 0
        self.actors = {role: Counter() for role in ("sources", "targets")}

    def add(self, outcome: dict) -> None:
        self.n += 1
        self.detected += outcome["detected"]
        self.agree += outcome["agree"]
        self.strict += outcome["agree_strict"]
        for role in ("sources", "targets"):
            for judged in outcome[role]:
                c = self.actors[role]
                c["gold"] += 1
                c["with_event"] += outcome["detected"]
                for k in ("found", "role", "swapped"):
                    c[k] += judged[k]

    def report(self) -> dict[str, Any]:
        def share(k, n):
            return round(k / n, 4) if n else 0.0
        actors = {}
        for role, c in self.actors.items():
            actors[role] = {"gold": c["gold"], "found": c["found"],
                            "found_rate": share(c["found"], c["gold"]),
                            "with_event": c["with_event"], "role": c["role"],
                            "role_rate": share(c["role"], c["with_event"]),
                            "swapped": c["swapped"]}
        return {"records": self.n, "detected": self.detected, "agree": self.agree,
                "agree_strict": self.strict,
                "agreement": share(self.agree, self.n),
                "strict_agreement": share(self.strict, self.n),
                "precision": share(self.agree, self.detected),
                "detection_rate": share(self.detected, self.n),
                "actors": actors}


def evaluate_plover(path: Path, nlp, dictionary, *, limit: int | None = None) -> dict[str, Any]:
    """Score the coder's event type and actors on the PLOVER GSR file at ``path``.

    ``nlp`` is a loaded spaCy pipeline with a parser (``analyse.load_spacy``); ``dictionary``
    an ``ActorDictionary``. Returns a JSON-able dict: per scope and per gold type, agreement
    and actor scores, and the confusion of gold PLOVER type × predicted ACLED sub-event type.
    """
    started = time.perf_counter()
    records = read_plover_records(Path(path))
    if limit is not None:
        records = records[:limit]
    scopes = {s: _Tally() for s in ("core", "partial", "none")}
    by_type: dict[str, _Tally] = {}
    by_mode: dict[str, _Tally] = {}
    confusion: dict[str, Counter] = defaultdict(Counter)
    for record in records:
        sub, found, agents, targets = code_record(record.text, nlp, dictionary)
        outcome = score_record(record, sub, found, agents, targets)
        scopes[record.scope].add(outcome)
        by_type.setdefault(record.event, _Tally()).add(outcome)
        if record.scope == "core":
            by_mode.setdefault(f"{record.event}/{record.mode or '-'}", _Tally()).add(outcome)
        confusion[record.event][sub or NO_EVENT] += 1
    all_detected = sum(t.detected for t in scopes.values())
    all_agree = sum(t.agree for t in scopes.values())
    return {
        "benchmark": "PLOVER GSR (CAMEO manual examples)",
        "path": str(path), "records": len(records),
        "scopes": {k: t.report() for k, t in scopes.items()},
        "precision_all": round(all_agree / all_detected, 4) if all_detected else 0.0,
        "by_type": {k: {"scope": _scope_of(k), **t.report()} for k, t in
                    sorted(by_type.items(), key=lambda kv: (_scope_rank(kv[0]), -kv[1].n))},
        "core_by_mode": {k: t.report() for k, t in sorted(by_mode.items(), key=lambda kv: -kv[1].n)},
        "confusion": {g: dict(c.most_common()) for g, c in confusion.items()},
        "crosswalk": {k: list(v) for k, v in ACLED_TO_PLOVER.items()},
        "label_normalisation": PLOVER_05_TO_2021,
        "seconds": round(time.perf_counter() - started, 1),
    }


def _scope_of(event: str) -> str:
    return PloverRecord("", "", event).scope


def _scope_rank(event: str) -> int:
    return ("core", "partial", "none").index(_scope_of(event))


def format_plover_report(result: dict[str, Any]) -> str:
    """Plain text: scopes, per-type table, actor scores, and the core types' confusions."""
    out = [f"{result['benchmark']}: {result['records']} records in {result['seconds']} s", ""]
    head = (f"{'gold type':<14}{'scope':<9}{'n':>4}{'event':>6}{'agree':>7}{'strict':>7}"
            f"{'agr%':>7}{'prec':>7}{'src found':>10}{'src role':>9}{'tgt found':>10}{'tgt role':>9}")
    out += [head, "-" * len(head)]

    def row(name: str, scope: str, s: dict) -> str:
        src, tgt = s["actors"]["sources"], s["actors"]["targets"]
        return (f"{name:<14}{scope:<9}{s['records']:>4}{s['detected']:>6}{s['agree']:>7}"
                f"{s['agree_strict']:>7}{s['agreement']:>7.3f}{s['precision']:>7.3f}"
                f"{src['found_rate']:>10.3f}{src['role_rate']:>9.3f}"
                f"{tgt['found_rate']:>10.3f}{tgt['role_rate']:>9.3f}")

    for scope, s in result["scopes"].items():
        out.append(row(f"[{scope}]", scope, s))
    out.append("")
    for name, s in result["by_type"].items():
        out.append(row(name, s["scope"], s))
    out += ["", f"precision over every record with an event: {result['precision_all']:.3f}",
            "agree: gold type among the §8 PLOVER types of our sub-event; strict: the first one;",
            "actor rates: found = share of gold actors matched by a dictionary actor or role noun; "
            "role = share matched in the same role, on records with an event", "",
            "core types by mode (n, event, agree):"]
    for mode, s in result["core_by_mode"].items():
        out.append(f"  {mode:<28}{s['records']:>4}{s['detected']:>6}{s['agree']:>6}")
    out += ["", "gold type -> predicted sub-event (core types):"]
    for gold, counts in result["confusion"].items():
        if _scope_of(gold) == "core":
            out.append(f"  {gold:<10}" + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return "\n".join(out)
