"""Event-location linking (Halterman 2019): given a sentence and its event verb, which place
name, if any, says where that event happened?

The benchmark (``../shared/benchmarks/event_location_halterman2019``, read-only, a *test* set:
never trained on, never used to write rules) marks one event VERB per sentence and the LOCATION
span(s) where that event took place, or none. It scores the step that picks *which* place is
the event's, not the geocoding.

What runs, per entry (nothing from the gold but the verb's offsets reaches the system):

1. a ``Document`` whose ``clean_text`` is the sentence (the cleaner is skipped: there is no page
   furniture in one sentence), through the real ``Analyser`` with ``analyse.parse_all`` on. The
   pipeline asks for an event's place only in sentences the analyse stage parsed (the coder
   reads parsed sentences only), so parsing every sentence here reproduces that condition for
   verbs our cue list does not know;
2. the pipeline's places stage itself (``pipeline.PlaceFinder``: ``find_place_mentions`` with the
   configured gazetteer and whatever else that stage passes it);
3. ``event_location(doc, i, verb, doc.places)``, where ``i`` is the analyse stage's sentence
   holding the verb (our splitter may cut one benchmark sentence in two, e.g. after "U.S.").

Scoring, per entry (span level; a prediction is one span, gold may have several):

* *correct*: the predicted span overlaps a gold LOCATION span (any overlap counts);
* *wrong*: a span was predicted, gold has locations, none overlaps it;
* *missed*: nothing predicted, gold has a location;
* *false alarm*: a span predicted, gold has none;
* *correct none*: nothing predicted, gold has none.

precision = correct / predicted; recall = correct / entries with a gold location; F1 their
harmonic mean. Token-level precision and recall (the paper's measure) are given too: predicted
tokens overlapping gold tokens, over predicted tokens and over gold tokens (we predict one
place per verb, so an entry with several gold places caps token recall).

Two views. ``all``: the gold as annotated. ``ontology``: ONTOLOGY §4 forbids events located
only at country level, and ``event_location`` returns ``None`` rather than a country by design;
this view drops gold spans that dateline resolves to a country or continent, so an entry
whose only gold place is a country expects "none". The headline is ``all``.

Files: ``gold_relabel.jsonl`` (one JSON object a line) and the repository's
``labeled_text.jsonl.zip`` (one JSON array inside the zip, same entry format, 10,182 entries);
a plain ``.json`` array works too. Offsets come from the entries' token indices
(``token_start``/``token_end``, inclusive): in 215 LOCATION spans of the relabelled set the
character offsets are wrong (``start == end``) while the token indices and ``text`` agree.
Entries with no or two VERB spans are skipped and counted.
"""

from __future__ import annotations

import dataclasses
import json
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataFileError
from ..records import Document, PlaceMention, Span
from ..settings import Settings

#: Outcomes of one entry, in report order.
OUTCOMES = ("correct", "wrong", "missed", "false_alarm", "correct_none")
#: Place features ``event_location`` never returns (ONTOLOGY §4: no country-level events).
NOT_EVENT_FEATURES = frozenset({"country", "continent"})
#: How many error examples (ids and spans only, never the sentence) each cause keeps.
EXAMPLES_PER_CAUSE = 8


@dataclass
class LocationEntry:
    """One benchmark entry: the sentence, its event verb and the gold event places."""

    id: str
    text: str
    verb: Span
    gold: list[Span]
    group: str = ""  # news source (APW, AFP, XIN, masdar...) for the per-source table
    tokens: list[tuple[int, int]] = field(default_factory=list)


# ---------------------------------------------------------------------------- reading


def read_event_locations(path: Path) -> tuple[str, list[LocationEntry], Counter]:
    """(format, entries, skipped reasons) for ``gold_relabel.jsonl``, the zip or a JSON array."""
    path = Path(path)
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist()
                     if not n.startswith("__MACOSX/") and not n.endswith("/")]
            if len(names) != 1:
                raise DataFileError(str(path), None, f"expected one file in the zip, found {names}")
            raw, fmt = zf.read(names[0]).decode("utf-8"), "zip-json-array"
    else:
        raw = path.read_text(encoding="utf-8")
        fmt = "json-array" if raw.lstrip().startswith("[") else "jsonl"
    if raw.lstrip().startswith("["):
        items = json.loads(raw)
    else:
        items = []
        for line_no, line in enumerate(raw.splitlines(), start=1):
            if line.strip():
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise DataFileError(str(path), line_no, f"not JSON: {exc.msg}") from None
    entries, skipped = [], Counter()
    for i, item in enumerate(items):
        entry, reason = entry_from_json(item, f"#{i}")
        if entry is None:
            skipped[reason] += 1
        else:
            entries.append(entry)
    return fmt, entries, skipped


def entry_from_json(item: dict, fallback_id: str = "") -> tuple[LocationEntry | None, str]:
    """One entry, or ``(None, reason)`` for an entry the task cannot use."""
    if not isinstance(item, dict) or "text" not in item:
        return None, "not an entry"
    if item.get("answer") not in (None, "accept"):
        return None, f"answer {item.get('answer')}"
    text, tokens = item["text"], item.get("tokens") or []
    spans = item.get("spans") or []
    verbs = [s for s in spans if s.get("label") == "VERB"]
    if len(verbs) != 1:
        return None, f"{len(verbs)} VERB spans"
    offsets = [_offsets(s, tokens, text) for s in spans]
    if any(o is None for o in offsets):
        return None, "span offsets out of range"
    by_label = [(s["label"], o) for s, o in zip(spans, offsets, strict=True)]
    verb = next(Span(a, b, text[a:b]) for label, (a, b) in by_label if label == "VERB")
    gold = [Span(a, b, text[a:b]) for label, (a, b) in by_label if label == "LOCATION"]
    ident = str(item.get("_id") or item.get("doc_id") or fallback_id).strip()
    source = str(item.get("source") or "")
    group = ident.split("_")[0] if source == "RELABEL" else source
    return LocationEntry(ident, text, verb, gold, group,
                         [(t["start"], t["end"]) for t in tokens]), ""


def _offsets(span: dict, tokens: list[dict], text: str) -> tuple[int, int] | None:
    """Character offsets from the token indices (reliable), else the span's own offsets."""
    ts, te = span.get("token_start"), span.get("token_end")
    if isinstance(ts, int) and isinstance(te, int) and 0 <= ts <= te < len(tokens):
        return tokens[ts]["start"], tokens[te]["end"]
    start, end = span.get("start"), span.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text) \
            and (ts is None or te is None):
        return start, end
    return None


# ---------------------------------------------------------------------------- scoring


def _overlap(a: Span, b: Span) -> bool:
    return min(a.end, b.end) > max(a.start, b.start)


def score_entry(gold: list[Span], predicted: Span | None) -> str:
    """The entry's outcome (one of ``OUTCOMES``); any character overlap with a gold span counts."""
    if predicted is None:
        return "missed" if gold else "correct_none"
    if not gold:
        return "false_alarm"
    return "correct" if any(_overlap(predicted, g) for g in gold) else "wrong"


def token_counts(tokens: list[tuple[int, int]], gold: list[Span],
                 predicted: Span | None) -> tuple[int, int, int]:
    """(true-positive tokens, predicted tokens, gold tokens): a token belongs to a span it
    overlaps."""
    def inside(span: Span | None) -> set[int]:
        if span is None:
            return set()
        return {i for i, (s, e) in enumerate(tokens) if min(e, span.end) > max(s, span.start)}

    pred = inside(predicted)
    gold_tokens = set().union(*(inside(g) for g in gold)) if gold else set()
    return len(pred & gold_tokens), len(pred), len(gold_tokens)


def summarise(outcomes: Counter, tokens: tuple[int, int, int] = (0, 0, 0)) -> dict[str, Any]:
    """Counts, span-level P/R/F1 and (when given) token-level P/R/F1 from outcome counts."""
    n = sum(outcomes[o] for o in OUTCOMES)
    predicted = outcomes["correct"] + outcomes["wrong"] + outcomes["false_alarm"]
    with_gold = outcomes["correct"] + outcomes["wrong"] + outcomes["missed"]
    without_gold = outcomes["false_alarm"] + outcomes["correct_none"]
    p, r, f = _prf(outcomes["correct"], predicted, with_gold)
    tp, n_pred, n_gold = tokens
    tp_, tr_, tf_ = _prf(tp, n_pred, n_gold)
    return {
        "entries": n, "with_gold_location": with_gold, "without_gold_location": without_gold,
        "predicted": predicted, **{o: outcomes[o] for o in OUTCOMES},
        "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
        "none_accuracy": round(outcomes["correct_none"] / without_gold, 4) if without_gold else 0.0,
        "token": {"precision": round(tp_, 4), "recall": round(tr_, 4), "f1": round(tf_, 4)},
    }


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def error_cause(outcome: str, gold: list[Span], predicted: PlaceMention | None,
                doc: Document) -> str:
    """Why an entry went wrong, for whoever fixes recognition, resolution or linking.

    For a gold place: ``not_recognised_<LABEL>`` (no mention overlaps it; LABEL is the spaCy
    entity over it, e.g. PERSON, or ``none``), ``unresolved`` (a mention with no gazetteer entry
    above the threshold), ``role_<role>`` (taken as a dateline, context or origin),
    else (a country counts as usable: the ``all`` view lets the linker answer a country)
    ``linked_elsewhere_<step>_<relation>`` / ``not_linked`` (the linker chose another place, or
    none; ``not_linked_country`` when the gold place is a country). For a false alarm:
    ``false_alarm_<step>_<relation>``. ``step`` is the step of
    ``event_location`` that answered (parse, nearest...); ``relation`` is how the chosen place
    hangs in the parse: ``modifier`` (compound, possessive: "Seville fans"), ``pp_<prep>``,
    or the dependency label.
    """
    if outcome == "false_alarm":
        return f"false_alarm_{_step(predicted)}_{_relation(doc, predicted)}"
    states = [_gold_state(g, doc) for g in gold]
    for state in ("usable", "country_level", "role", "unresolved", "not_recognised"):
        hits = [s for s in states if s.startswith(state)]
        if hits:
            break
    state = hits[0]
    if state not in ("usable", "country_level"):
        return state
    if outcome == "wrong":
        return f"linked_elsewhere_{_step(predicted)}_{_relation(doc, predicted)}"
    return "not_linked_country" if state == "country_level" else "not_linked"


def _gold_state(gold: Span, doc: Document) -> str:
    over = [m for m in doc.places if _overlap(m.span, gold)]
    if not over:
        labels = [e.label for s in doc.sentences for e in s.entities if _overlap(e.span, gold)]
        return "not_recognised_" + (labels[0] if labels else "none")
    resolved = [m for m in over if m.place is not None]
    if not resolved:
        return "unresolved"
    event = [m for m in resolved if m.role == "event"]
    if not event:
        return "role_" + resolved[0].role
    if all(m.place.feature in NOT_EVENT_FEATURES for m in event):
        return "country_level"
    return "usable"


def _step(predicted: PlaceMention | None) -> str:
    """The ``event_location`` step named in the mention's method ("spacy+near+parse")."""
    parts = (predicted.method if predicted is not None else "").split("+")
    for step in ("parse", "nearest", "previous_sentence", "dateline_fallback"):
        if step in parts:
            return step
    return "other"


_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})


def _relation(doc: Document, mention: PlaceMention | None) -> str:
    """How a place hangs in the analyse stage's parse of its sentence (``?`` if unparsed)."""
    if mention is None:
        return "?"
    parsed = doc.extras.get("analyse.parsed") or {}
    for s in doc.sentences:
        if s.span.start <= mention.span.start < s.span.end and s.index in parsed:
            off = s.span.start
            span = parsed[s.index].char_span(mention.span.start - off, mention.span.end - off,
                                             alignment_mode="expand")
            if span is None:
                return "?"
            root = span.root
            if root.dep_ in _MODIFIER_DEPS:
                return "modifier"
            if root.dep_ == "pobj":
                return "pp_" + root.head.lower_
            return root.dep_ or "?"
    return "?"


def error_classes(causes: Counter) -> Counter:
    """Causes folded into classes: the relation detail dropped ("false_alarm_nearest")."""
    out: Counter = Counter()
    for cause, n in causes.items():
        parts = cause.split("_")
        if cause.startswith(("false_alarm_", "linked_elsewhere_")):
            key = "_".join(parts[:3])
        elif cause.startswith(("not_recognised_", "role_")):
            key = "_".join(parts[:-1]) if cause.startswith("not_") else "role"
        else:
            key = cause
        out[key] += n
    return out


def _country_level(gold: Span, doc: Document) -> bool:
    return _gold_state(gold, doc) == "country_level"


# ---------------------------------------------------------------------------- running


class _Tally:
    def __init__(self):
        self.outcomes, self.tokens = Counter(), [0, 0, 0]

    def add(self, outcome: str, tokens: tuple[int, int, int]) -> None:
        self.outcomes[outcome] += 1
        for i, k in enumerate(tokens):
            self.tokens[i] += k

    def report(self) -> dict[str, Any]:
        return summarise(self.outcomes, tuple(self.tokens))


def locate_entry(entry: LocationEntry, analyser, place_finder, *, countries: bool = True
                 ) -> tuple[PlaceMention | None, Document]:
    """(predicted event place, the analysed document with its places) for one entry.

    ``countries``: whether a country may be the answer (the benchmark's task; the ``all``
    view). The ``ontology`` view asks without (``relocate``), as the coder does.
    """
    from ..ingest import document_from_text

    doc = document_from_text(entry.text, id=entry.id, input_name=entry.id)
    doc.clean_text, doc.language = entry.text, "en"
    doc = place_finder(analyser(doc))
    return relocate(entry, doc, countries=countries), doc


def relocate(entry: LocationEntry, doc: Document, *, countries: bool) -> PlaceMention | None:
    """``event_location`` for the entry's verb in an already analysed document."""
    from ..resolve import event_location

    index = next((s.index for s in doc.sentences
                  if s.span.start <= entry.verb.start < s.span.end), None)
    if index is None:
        return None
    return event_location(doc, index, entry.verb, doc.places, countries=countries)


def evaluate_halterman(path: Path, gazetteer, settings: Settings, *,
                       limit: int | None = None) -> dict[str, Any]:
    """Score ``event_location`` on a Halterman 2019 file; returns a JSON-able report.

    ``limit`` scores the first N usable entries. Error examples carry ids and span texts
    (place names) only: the sentences are third-party news and are not reprinted.
    """
    from ..analyse import Analyser
    from ..pipeline import PlaceFinder
    from ..resolve import ActorDictionary

    started = time.perf_counter()
    fmt, entries, skipped = read_event_locations(Path(path))
    if limit is not None:
        entries = entries[:limit]
    settings = dataclasses.replace(
        settings, analyse=dataclasses.replace(settings.analyse, parse_all=True))
    analyser = Analyser(settings)
    place_finder = PlaceFinder(settings, gazetteer, ActorDictionary.load(settings))
    tallies = {"all": _Tally(), "ontology": _Tally()}
    by_group: dict[str, _Tally] = {}
    causes: Counter = Counter()
    examples: dict[str, list[dict]] = {}
    steps: dict[str, Counter] = {}
    split = 0
    for entry in entries:
        predicted, doc = locate_entry(entry, analyser, place_finder)
        split += len(doc.sentences) > 1
        pred_span = predicted.span if predicted is not None else None
        outcome = score_entry(entry.gold, pred_span)
        tokens = token_counts(entry.tokens, entry.gold, pred_span)
        tallies["all"].add(outcome, tokens)
        by_group.setdefault(entry.group or "?", _Tally()).add(outcome, tokens)
        sub_national = [g for g in entry.gold if not _country_level(g, doc)]
        below_country = relocate(entry, doc, countries=False)
        below_span = below_country.span if below_country is not None else None
        tallies["ontology"].add(score_entry(sub_national, below_span),
                                token_counts(entry.tokens, sub_national, below_span))
        if predicted is not None:
            step = steps.setdefault(_step(predicted), Counter())
            step["predicted"] += 1
            step[outcome] += 1
        if outcome in ("correct", "correct_none"):
            continue
        cause = error_cause(outcome, entry.gold, predicted, doc)
        causes[cause] += 1
        if len(examples.setdefault(cause, [])) < EXAMPLES_PER_CAUSE:
            examples[cause].append({
                "id": entry.id, "verb": entry.verb.text,
                "gold": [g.text for g in entry.gold],
                "predicted": pred_span.text if pred_span else None,
                "method": predicted.method if predicted is not None else ""})
    return {
        "benchmark": "Halterman 2019 event location",
        "path": str(path), "format": fmt, "entries": len(entries),
        "skipped": dict(skipped), "split_into_sentences": split,
        "all": tallies["all"].report(), "ontology": tallies["ontology"].report(),
        "by_source": {k: t.report() for k, t in
                      sorted(by_group.items(), key=lambda kv: -sum(kv[1].outcomes.values()))},
        "predicted_by_step": {k: {o: c[o] for o in ("predicted", "correct", "wrong", "false_alarm")}
                              for k, c in sorted(steps.items(), key=lambda kv: -kv[1]["predicted"])},
        "error_classes": dict(error_classes(causes).most_common()),
        "error_causes": dict(causes.most_common()),
        "error_examples": examples,
        "seconds": round(time.perf_counter() - started, 1),
    }


def format_halterman_report(result: dict[str, Any]) -> str:
    """Plain text: outcome counts and P/R/F1 for both views, sources, and the error causes."""
    skipped = sum(result["skipped"].values())
    lines = [f"{result['benchmark']}: {result['entries']} entries ({result['format']}), "
             f"{skipped} skipped, {result['seconds']} s", ""]
    head = (f"{'view':<14}{'with loc':>9}{'pred':>6}{'corr':>6}{'wrong':>6}{'miss':>6}"
            f"{'f.alarm':>8}{'none ok':>8}{'P':>7}{'R':>7}{'F1':>7}{'tokP':>7}{'tokR':>7}")
    lines += [head, "-" * len(head)]
    rows = [("all", result["all"]), ("ontology", result["ontology"])]
    rows += [(f" {k}", v) for k, v in result["by_source"].items()]
    for name, s in rows:
        lines.append(f"{name:<14}{s['with_gold_location']:>9}{s['predicted']:>6}{s['correct']:>6}"
                     f"{s['wrong']:>6}{s['missed']:>6}{s['false_alarm']:>8}{s['correct_none']:>8}"
                     f"{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
                     f"{s['token']['precision']:>7.3f}{s['token']['recall']:>7.3f}")
    lines += ["", "ontology: gold places that dateline resolves to a country are dropped "
                  "(ONTOLOGY §4: no country-level events)", "",
              "predictions by step of event_location (predicted: correct/wrong/false alarm): "
              + ", ".join(f"{k} {v['predicted']}: {v['correct']}/{v['wrong']}/{v['false_alarm']}"
                          for k, v in result["predicted_by_step"].items()),
              "", "errors by class: " + ", ".join(f"{k} {v}" for k, v in
                                                    result["error_classes"].items()),
              "", "errors by cause (ids and spans only):"]
    for cause, count in result["error_causes"].items():
        lines.append(f"  {count:>4}  {cause}")
        for ex in result["error_examples"].get(cause, [])[:3]:
            lines.append(f"        {ex['id']}: verb {ex['verb']!r} gold {ex['gold']} "
                         f"predicted {ex['predicted']!r} {ex['method']}".rstrip())
    return "\n".join(lines)
