"""The runner: an ordered list of stages, each a callable from Document to Document.

Each stage declares the ``Document`` fields it requires and produces; the runner checks both,
rejects a stage that returns something else, and turns a failure inside one document into a
``StageError`` recorded on that document's result, so the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Protocol

from .errors import DatelineError, InputError, ResourceError, StageError
from .records import Document, Event
from .settings import Settings


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    produces: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class SkipDocument(DatelineError):
    """Raised by a stage when a document is not for this coder (e.g. not English)."""


@dataclass
class Result:
    """What became of one input: its document (if it could be read), events, or why not."""

    input_name: str
    document: Document | None = None
    events: list[Event] = field(default_factory=list)
    error: DatelineError | None = None
    skipped: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None


class Cleaner:
    name, requires, produces = "clean", ("text",), ("clean_text", "language")

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        from .clean import clean_document

        doc = clean_document(doc, self.settings)  # also identifies the language
        if doc.language and doc.language != "en":
            raise SkipDocument(f"language is {doc.language!r}; the coder reads English only")
        return doc


class PlaceFinder:
    name, requires, produces = "places", ("sentences",), ("places",)

    def __init__(self, settings: Settings, gazetteer, actors):
        self.settings, self.gazetteer, self.actors = settings, gazetteer, actors

    def __call__(self, doc: Document) -> Document:
        from .resolve import find_place_mentions

        # The actor dictionary is read only to veto actor names as places ("KIA", "OLA").
        doc.places = find_place_mentions(doc, self.gazetteer, self.settings, self.actors)
        return doc


class Merger:
    name, requires, produces = "merge", ("mentions",), ("events",)

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        from .merge import merge_mentions

        doc.events = merge_mentions(doc, self.settings, coder=self.settings.code.coder)
        return doc


def open_gazetteer(settings: Settings):
    """Open the gazetteer; build the default one on first use if it is missing."""
    from .resolve import Gazetteer, build_default_gazetteer

    path = settings.gazetteer_path()
    if not path.exists() and not settings.resolve.gazetteer:
        print(f"dateline: building the default gazetteer at {path} (once)...", file=sys.stderr)
        build_default_gazetteer(path)
    return Gazetteer.open(path)


def default_stages(settings: Settings) -> list[Stage]:
    from .analyse import Analyser
    from .code import RuleCoder
    from .resolve import ActorDictionary

    gazetteer = open_gazetteer(settings)
    actors = ActorDictionary.load(settings)
    return [
        Cleaner(settings),
        Analyser(settings),
        PlaceFinder(settings, gazetteer, actors),
        RuleCoder(settings, actors, gazetteer),
        Merger(settings),
    ]


def _filled(doc: Document, name: str) -> bool:
    value = getattr(doc, name)
    return value is not None and value != ""


class Pipeline:
    def __init__(self, settings: Settings | None = None, stages: list[Stage] | None = None):
        self.settings = settings or Settings()
        self.stages = stages if stages is not None else default_stages(self.settings)

    def run(self, doc: Document) -> Document:
        for stage in self.stages:
            missing = [f for f in stage.requires if not _filled(doc, f)]
            if missing:
                raise StageError(doc.input_name or doc.id, stage.name,
                                 f"needs {', '.join(missing)}, which no earlier stage filled")
            out = stage(doc)
            if not isinstance(out, Document):
                raise StageError(doc.input_name or doc.id, stage.name,
                                 f"returned {type(out).__name__}, not a Document")
            doc = out
        return doc

    def process(self, doc: Document) -> Result:
        name = doc.input_name or doc.id
        try:
            doc = self.run(doc)
        except SkipDocument as exc:
            return Result(name, doc, skipped=str(exc))
        except (InputError, StageError) as exc:
            return Result(name, doc, error=exc)
        except ResourceError:
            raise
        except Exception as exc:  # one bad document must not stop a batch
            stage = _failing_stage(exc)
            return Result(name, doc, error=StageError(name, stage, f"{type(exc).__name__}: {exc}"))
        return Result(name, doc, events=doc.events)

    def code(self, items: Iterable[Document | InputError]) -> Iterator[Result]:
        for item in items:
            if isinstance(item, InputError):
                yield Result(item.name, error=item)
            else:
                yield self.process(item)


def _failing_stage(exc: BaseException) -> str:
    tb = exc.__traceback__
    stage = "pipeline"
    while tb is not None:
        module = tb.tb_frame.f_globals.get("__name__", "")
        parts = module.split(".")
        if len(parts) > 1 and parts[0] == "dateline" and parts[1] in (
                "ingest", "clean", "analyse", "code", "resolve", "merge", "store"):
            stage = parts[1]
        tb = tb.tb_next
    return stage


@functools.lru_cache(maxsize=2)
def pipeline_for(settings: Settings) -> Pipeline:
    """One loaded pipeline per settings value (models and gazetteer load once per process)."""
    return Pipeline(settings)


def code_text(text: str, *, published: dt.date | str | None = None, id: str | None = None,
              url: str = "", title: str = "", source: str = "", html: bool = False,
              settings: Settings | None = None) -> list[Event]:
    """Code one article's text (or HTML) into events.

    >>> events = code_text(open("examples/border_clash.txt").read(), published="2025-02-07")
    """
    from .ingest import document_from_text

    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    doc = document_from_text(text, id=id, url=url, title=title, source=source,
                             published=published, html=html, input_name=id or "text")
    result = pipeline_for(settings or Settings()).process(doc)
    if result.error:
        raise result.error
    return result.events


def code_documents(inputs: Iterable[Document | str], settings: Settings | None = None,
                   published: dt.date | None = None) -> Iterator[Result]:
    """Code documents, or paths/URLs/globs read with ``dateline.ingest.read_inputs``."""
    from .ingest import read_inputs

    settings = settings or Settings()
    pipeline = pipeline_for(settings)
    inputs = list(inputs)
    paths = [i for i in inputs if isinstance(i, str)]
    docs = [i for i in inputs if isinstance(i, Document)]
    yield from pipeline.code(docs)
    if paths:
        yield from pipeline.code(read_inputs(paths, settings, published=published))
