"""The runner: an ordered list of stages, each a callable from Document to Document.

Each stage declares the ``Document`` fields it requires and produces; the runner checks both,
rejects a stage that returns something else, and turns a failure inside one document into a
``StageError`` recorded on that document's result, so the batch goes on. A stage may also offer
``pipe(docs) -> docs`` (the analyser does): ``Pipeline.code`` then hands it up to ``BATCH_DOCS``
documents at once, and re-runs them one by one if the batch fails, to find the bad document.
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


#: Documents the runner hands a stage with a ``pipe`` method at once (the analyser shares its
#: model batches across them, docs/speed.md); bounded so memory stays flat on a long stream.
BATCH_DOCS = 32


class Pipeline:
    def __init__(self, settings: Settings | None = None, stages: list[Stage] | None = None):
        self.settings = settings or Settings()
        self.stages = stages if stages is not None else default_stages(self.settings)

    def run(self, doc: Document) -> Document:
        for stage in self.stages:
            _check_ready(stage, doc)
            doc = _checked_output(stage, doc, stage(doc))
        return doc

    def process(self, doc: Document) -> Result:
        return self.process_batch([doc])[0]

    def process_batch(self, docs: list[Document]) -> list[Result]:
        """One result per document, in order; a stage with a ``pipe`` method gets them together.

        A failure in one document is that document's error; the others go on.
        """
        results = [Result(doc.input_name or doc.id, doc) for doc in docs]
        for stage in self.stages:
            self._run_stage(stage, [r for r in results if r.ok and not r.skipped])
        for result in results:
            if result.ok and not result.skipped:
                result.events = result.document.events
        return results

    def _run_stage(self, stage: Stage, results: list[Result]) -> None:
        ready = [r for r in results if _guarded(r, lambda r=r: _check_ready(stage, r.document))]
        if len(ready) > 1 and hasattr(stage, "pipe"):
            try:
                outs = stage.pipe([r.document for r in ready])
            except ResourceError:
                raise
            except Exception:  # noqa: BLE001 - one bad document: find it by running one by one
                outs = None
            if outs is not None and len(outs) == len(ready):
                for r, out in zip(ready, outs):
                    _guarded(r, lambda r=r, out=out: _accept(stage, r, out))
                return
        for r in ready:
            _guarded(r, lambda r=r: _accept(stage, r, stage(r.document)))

    def code(self, items: Iterable[Document | InputError]) -> Iterator[Result]:
        """Results in input order; documents go through the stages ``BATCH_DOCS`` at a time."""
        pending: list[Document | InputError] = []
        for item in items:
            pending.append(item)
            if len(pending) == BATCH_DOCS:
                yield from self._code_batch(pending)
                pending = []
        yield from self._code_batch(pending)

    def _code_batch(self, items: list[Document | InputError]) -> Iterator[Result]:
        done = iter(self.process_batch([i for i in items if isinstance(i, Document)]))
        for item in items:
            yield Result(item.name, error=item) if isinstance(item, InputError) else next(done)


def _check_ready(stage: Stage, doc: Document) -> None:
    missing = [f for f in stage.requires if not _filled(doc, f)]
    if missing:
        raise StageError(doc.input_name or doc.id, stage.name,
                         f"needs {', '.join(missing)}, which no earlier stage filled")


def _checked_output(stage: Stage, doc: Document, out) -> Document:
    if not isinstance(out, Document):
        raise StageError(doc.input_name or doc.id, stage.name,
                         f"returned {type(out).__name__}, not a Document")
    return out


def _accept(stage: Stage, result: Result, out) -> None:
    result.document = _checked_output(stage, result.document, out)


def _guarded(result: Result, step) -> bool:
    """Run ``step()``; a failure becomes ``result``'s error or skip. True when it went through."""
    try:
        step()
    except SkipDocument as exc:
        result.skipped = str(exc)
    except (InputError, StageError) as exc:
        result.error = exc
    except ResourceError:
        raise
    except Exception as exc:  # one bad document must not stop a batch
        stage = _failing_stage(exc)
        result.error = StageError(result.input_name, stage, f"{type(exc).__name__}: {exc}")
    return result.ok and not result.skipped


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
