"""The ``parleygraph`` command line: thin wrappers around library functions.

Every command parses its arguments, calls one library function and writes the result; a
``ParleyError`` becomes one clear line on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from parleygraph.extract.errors import ParleyError
from parleygraph.extract.iris import DEFAULT_BASE

__all__ = ["main", "cli"]

F = TypeVar("F", bound=Callable[..., Any])


def _friendly(fn: F) -> F:
    """Turn a ParleyError (or a missing file) into a ClickException: one line, exit 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ParleyError as e:
            raise click.ClickException(_one_line(str(e))) from None
        except OSError as e:  # a file system error nobody turned into a ParleyError yet
            where = f"{e.filename}: " if e.filename else ""
            raise click.ClickException(_one_line(f"{where}{e.strerror or e}")) from None
        except KeyboardInterrupt:
            click.echo("\nparleygraph: interrupted; nothing was changed in the output", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


def _one_line(message: str) -> str:
    """A message as one line: line breaks and other control characters escaped."""
    from parleygraph.extract.read import printable

    return printable(message, 2000)


def _budget(max_doc_mb: float, doc_timeout: float) -> Any:
    from parleygraph.graph.pipeline import Budget

    return Budget(max_bytes=int(max_doc_mb * 1_000_000) if max_doc_mb > 0 else None,
                  seconds=doc_timeout if doc_timeout > 0 else None)


def _budget_options(fn: F) -> F:
    fn = click.option("--doc-timeout", type=click.FloatRange(min=0), default=300.0, show_default=True,
                      help="Seconds one document may take to extract before it is stopped and "
                           "skipped as a problem (0: no limit).")(fn)
    fn = click.option("--max-doc-mb", type=click.FloatRange(min=0), default=32.0, show_default=True,
                      help="Largest document read, in MB of text; a larger one is skipped as a "
                           "problem (0: no limit).")(fn)
    return fn


_jobs = click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                     help="Worker processes for extraction (default: the CPUs available, at most 8; "
                          "1 runs in this process). The output does not depend on it.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="parleygraph")
def cli() -> None:
    """parleygraph: a knowledge graph of actors and meetings from news texts."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False),
              help="Where to write the meeting records (JSONL).")
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, help="Base of data IRIs.")
@click.option("--trace", is_flag=True,
              help="Add to each record which strategy decided its type, date, host, medium and venue.")
@_jobs
@_budget_options
@_friendly
def extract(inputs: tuple[str, ...], output: str, base_iri: str, trace: bool, jobs: int | None,
            max_doc_mb: float, doc_timeout: float) -> None:
    """Extract meeting records from INPUT files or folders (.txt, .html, .jsonl)."""
    from parleygraph.extract.errors import OutputError
    from parleygraph.graph.pipeline import extract_corpus

    if not output.strip():
        raise OutputError("-o is empty; name the JSONL file to write")
    if Path(output).is_dir():
        raise OutputError(f"{output}: is a folder; -o names the JSONL file to write")
    result = extract_corpus(list(inputs), base=base_iri, progress=True, jobs=jobs,
                            budget=_budget(max_doc_mb, doc_timeout), trace=trace)
    from parleygraph.extract.io import write_jsonl

    write_jsonl(output, result.meetings)
    click.echo(result.summary(), err=True)


def _globbed(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """INPUTS with each quoted glob that names no file itself (``'/shared/feed/part-*.jsonl'``,
    for a list of files too long for a shell) expanded in sorted order; each must exist."""
    import glob

    out: list[str] = []
    for v in values:
        matches = sorted(glob.glob(v, recursive=True)) if glob.has_magic(v) and not os.path.lexists(v) else []
        for x in matches or [v]:
            out.append(str(click.Path(exists=True).convert(x, param, ctx)))
    return tuple(out)


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(), callback=_globbed)
@click.option("--out", "out", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Output folder.")
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, help="Base of data IRIs.")
@click.option("--ledger", type=click.Path(dir_okay=False),
              help="Identity ledger (JSONL) read and extended so IRIs stay stable across runs.")
@click.option("--overrides", type=click.Path(exists=True, dir_okay=False),
              help="Corrections (JSON or YAML) applied at every build.")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation of graph.ttl.")
@click.option("--reproducible", is_flag=True, help="Pin the build time so outputs are byte-identical.")
@click.option("--update", "update", default=None, type=click.Path(file_okay=False), metavar="OUT",
              help="Add INPUTS to the build in OUT: extract only documents it has not seen (by "
                   "content hash), resolve them against its ledger (every IRI is kept) and "
                   "write every file anew.")
@click.option("--scheduler", metavar="ADDRESS|local:N",
              help="Run extraction and the graph on a Dask cluster: the address of a running "
                   "scheduler (tcp://host:8786), or local:N for N worker processes on this machine "
                   "(needs pip install 'parleygraph[dask]'; inputs and --out on storage every "
                   "worker sees). The output does not depend on it.")
@click.option("--partition-mb", type=click.FloatRange(min=0.001), default=None,
              help="With --scheduler: MB of input per partition (default: about eight per worker, "
                   "at most 16).")
@_jobs
@_budget_options
@_friendly
def build(inputs: tuple[str, ...], out: str, base_iri: str, ledger: str | None,
          overrides: str | None, no_validate: bool, reproducible: bool, update: str | None,
          scheduler: str | None, partition_mb: float | None,
          jobs: int | None, max_doc_mb: float, doc_timeout: float) -> None:
    """Build meetings.jsonl, graph.ttl, the store graph.oxigraph/, graph.html and the report
    from INPUTS (default: seeds/); with --update OUT, add INPUTS to the build in OUT.

    The build is all or nothing: it is written beside --out and swapped in at the end, so
    --out keeps the earlier build until then; files you put in --out are kept.
    """
    from parleygraph.extract.errors import InputError, OutputError
    from parleygraph.graph.pipeline import build_corpus

    if update is not None:
        if not inputs:
            raise InputError("--update OUT needs the new INPUTS to add")
        if out != "output" and Path(out).resolve() != Path(update).resolve():
            raise OutputError(f"--out {out} and --update {update} name two folders; --update writes into its own")
        out = update
    if not out.strip():  # Path("") would be the current folder
        raise OutputError("--out is empty; name an output folder")
    result = build_corpus(list(inputs) or ["seeds"], Path(out), base=base_iri, ledger=ledger,
                          overrides=overrides, validate=not no_validate,
                          reproducible=reproducible, progress=True, jobs=jobs,
                          budget=_budget(max_doc_mb, doc_timeout), update=update is not None,
                          scheduler=scheduler,
                          partition_bytes=int(partition_mb * 1_000_000) if partition_mb else None)
    click.echo(result.summary(), err=True)


@cli.command()
@click.argument("meetings", type=click.Path(exists=True, dir_okay=False))
@click.option("--gold", "gold", multiple=True, required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold annotations (JSONL); may be repeated.")
@click.option("--entities", type=click.Path(exists=True, dir_okay=False),
              help="Gold entity table (entities.json) with aliases.")
@click.option("--docs", type=click.Path(exists=True, file_okay=False),
              help="Folder of the documents, to locate gold anchors.")
@click.option("--errors", is_flag=True,
              help="Also list every wrong date, place, format and participant of matched meetings.")
@_friendly
def evaluate(meetings: str, gold: tuple[str, ...], entities: str | None, docs: str | None,
             errors: bool) -> None:
    """Score MEETINGS against gold annotations: P/R/F1, dates, places, identities."""
    from parleygraph.extract.evaluate import evaluate_files, format_scores

    scores = evaluate_files(meetings, list(gold), entities=entities, docs=docs)
    click.echo(format_scores(scores, errors=errors))


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(exists=True))
@click.option("--out", "out", type=click.Path(dir_okay=False), help="Write JSONL here instead of a table.")
@click.option("--ledger", type=click.Path(dir_okay=False), help="Identity ledger (JSONL).")
@click.option("--overrides", type=click.Path(exists=True, dir_okay=False), help="Corrections (JSON or YAML).")
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, help="Base of data IRIs.")
@_jobs
@_budget_options
@_friendly
def entities(inputs: tuple[str, ...], out: str | None, ledger: str | None, overrides: str | None,
             base_iri: str, jobs: int | None, max_doc_mb: float, doc_timeout: float) -> None:
    """List resolved entities of INPUTS (default: seeds/) with aliases, roles and meetings."""
    from parleygraph.extract.io import write_jsonl
    from parleygraph.extract.resolve import format_entities
    from parleygraph.graph.pipeline import extract_corpus

    result = extract_corpus(list(inputs) or ["seeds"], base=base_iri, ledger=ledger,
                            overrides=overrides, jobs=jobs, budget=_budget(max_doc_mb, doc_timeout))
    if out:
        write_jsonl(out, result.entities)
    else:
        click.echo(format_entities(result.entities))


@cli.command()
@click.argument("graph", type=click.Path(exists=True))
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@_friendly
def query(graph: str, query: str, fmt: str) -> None:
    """Run a canned query NAME (meetings, participants, ...) or a FILE.rq on GRAPH.ttl (or an
    output folder): a build's on-disk store graph.oxigraph/ is opened directly."""
    from parleygraph.graph.sparql import run_query

    click.echo(run_query(graph, query, fmt=fmt), nl=False)


@cli.command()
@click.argument("graph", type=click.Path(exists=True))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (the default answers this machine only).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0,
              show_default=True, help="Seconds a query may run; then it is stopped and the client gets 503.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Let web pages of ORIGIN (e.g. https://example.org; '*' for any) read the "
                   "answers. Repeatable. Default: no cross-origin access.")
@click.option("--allow-federation", is_flag=True,
              help="Allow SERVICE in queries (the endpoint then sends requests to other servers).")
@click.option("--max-body", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="Largest request body accepted, in bytes.")
@click.option("--max-result-mb", type=click.FloatRange(min=0, min_open=True), default=100.0,
              show_default=True, help="Largest result sent, in MB.")
@click.option("--threads", type=click.IntRange(min=1), default=16, show_default=True,
              help="Connections handled at once; up to --queue more wait, the rest get 503.")
@click.option("--queue", "queue_size", type=click.IntRange(min=1), default=256, show_default=True,
              help="Connections that may wait for a handler.")
@click.option("--workers", type=click.IntRange(min=0), default=0,
              help="Query worker processes (default: the CPUs available, at most 4).")
@_friendly
def serve(graph: str, host: str, port: int, timeout: float, cors: tuple[str, ...],
          allow_federation: bool, max_body: int, max_result_mb: float, threads: int,
          queue_size: int, workers: int) -> None:
    """Serve GRAPH.ttl (or an output folder; its on-disk store is opened directly) as a local,
    read-only SPARQL 1.1 Protocol endpoint."""
    from parleygraph.graph.endpoint import EndpointConfig
    from parleygraph.graph.endpoint import serve as serve_graph

    config = EndpointConfig(timeout=timeout, allow_federation=allow_federation, cors=cors,
                            max_body=max_body, max_result=int(max_result_mb * 1_000_000),
                            threads=threads, queue=queue_size, workers=workers)
    serve_graph(graph, host=host, port=port, config=config)


@cli.command()
@click.argument("source", required=False, type=click.Path(exists=True))
@click.option("--out", "out", default=None, type=click.Path(file_okay=False),
              help="Output folder (default: the folder of SOURCE, next to its meetings.jsonl).")
@click.option("--level", type=click.Choice(["person", "organization", "country"]), default="person",
              show_default=True, help="Roll people up to their organisation or country.")
@click.option("--by", type=click.Choice(["year"]), default=None, help="Also compute measures per year.")
@_friendly
def report(source: str | None, out: str | None, level: str, by: str | None) -> None:
    """Centrality report from SOURCE (an output folder, meetings.jsonl or graph.ttl; default
    output/), written next to SOURCE unless --out is given."""
    from parleygraph.extract.errors import OutputError
    from parleygraph.graph.outdir import check_out
    from parleygraph.graph.report import REPORT_FILES, report_dir_for, report_from_source

    if out is not None and not out.strip():
        raise OutputError("--out is empty; name an output folder")
    src = source or "output"
    where = Path(out) if out else report_dir_for(src)
    check_out(str(where))
    measures = report_from_source(src, where, level=level, by=by)
    files = REPORT_FILES + (("centrality_by_year.csv",) if by == "year" else ())
    click.echo(f"wrote {', '.join(files)} to {where} ({len(measures)} actors)", err=True)


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="parleygraph")


if __name__ == "__main__":  # pragma: no cover
    main()
