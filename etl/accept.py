"""Accepting a reviewed draft: `python -m etl accept ID`.

Reads `etl/catalog/drafts/ID.yaml` (written by `python -m etl draft`, edited by a
reviewer) and moves what the reviewer marked into the catalog: figures with
`accept: true` into `figures.yaml` (with their `new_indicator`, if any, into
`indicators.yaml`), dismissals with `accept: true` and figures marked `dismiss: REASON`
into `dismissals.yaml`, and the source out of draft in `seeds/sources.yaml`. The new
entries are appended as text, so the files keep their comments and layout.

All or nothing: the whole change is first built in a scratch copy. If anything fails,
or a mention of the source is left unreviewed, `accept` prints one line per problem
and changes nothing; otherwise it writes the catalog files, rebuilds `data/` and
removes the draft.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import yaml

from etl import numbers
from etl.build import Paths, build, write
from etl.draft import unique_quote
from etl.entries import read_yaml
from etl.errors import EtlError

DRAFT_ONLY = ("accept", "dismiss", "change", "new_indicator")


class Refused(Exception):
    """The draft cannot be accepted; `problems` holds one line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def _items(entries: list[dict]) -> str:
    """YAML list items indented to sit under an existing top-level list."""
    text = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=110)
    return "".join(f"  {line}\n" for line in text.splitlines())


def _registry_without_draft(registry: Path, source_id: str) -> str:
    lines = registry.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.strip() == f"- source_id: {source_id}"), None)
    if start is None:
        raise EtlError(registry, source_id, "source_id", "no draft entry for this source: run "
                       f"`python -m etl draft FILE --source-id {source_id}` first")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("- ")), len(lines))
    flag = next((i for i in range(start, end) if lines[i].strip() == "draft: true"), None)
    if flag is None:
        raise EtlError(registry, source_id, "draft", "this source is not a draft: nothing to accept")
    return "".join(lines[:flag] + lines[flag + 1:])


def _number_span(text: str, entry: dict) -> tuple[int, int]:
    quote = entry.get("quote") or ""
    at = text.find(quote)
    chosen = entry.get("number") or next((m.text for m in numbers.scan(quote) if m.kind == numbers.QUANTITY), "")
    inner = quote.find(chosen) if chosen else -1
    if at < 0 or inner < 0:
        return at, at + len(quote)
    return at + inner, at + inner + len(chosen)


def changes(source_id: str, seeds: Path, catalog: Path) -> dict[str, str]:
    """The new text of every catalog or registry file the draft changes, by path relative to the repo."""
    path = catalog / "drafts" / f"{source_id}.yaml"
    if not path.is_file():
        raise EtlError(path, source_id, "", f"no draft: run `python -m etl draft FILE --source-id {source_id}`")
    draft = read_yaml(path)
    if not isinstance(draft, dict) or draft.get("source_id") != source_id:
        raise EtlError(path, source_id, "source_id", f"expected a mapping with source_id: {source_id}")
    registry = seeds / "sources.yaml"
    registry_text = _registry_without_draft(registry, source_id)
    entry = next(e for e in read_yaml(registry)["sources"] if e.get("source_id") == source_id)
    text = (seeds / entry["file"]).read_text(encoding="utf-8")
    mentions = numbers.scan(text)
    figures, dismissals, indicators = [], [], []
    known_indicators = {i["indicator"] for i in read_yaml(catalog / "indicators.yaml")["indicators"]}
    for index, item in enumerate(draft.get("figures") or []):
        if not isinstance(item, dict):
            raise EtlError(path, f"figures entry {index}", "", "expected a mapping")
        if item.get("dismiss"):
            start, end = _number_span(text, item)
            left = max((m.char_end for m in mentions if m.char_end <= start), default=0)
            right = min((m.char_start for m in mentions if m.char_start >= end), default=len(text))
            dismissals.append({"source_id": source_id, "quote": unique_quote(text, start, end, left, right),
                               "reason": item["dismiss"]})
        elif item.get("accept") is True:
            figures.append({k: v for k, v in item.items() if k not in DRAFT_ONLY})
            new = item.get("new_indicator")
            if new and item.get("indicator") not in known_indicators:
                indicators.append({"indicator": item.get("indicator"), **new})
                known_indicators.add(item.get("indicator"))
    for item in draft.get("dismissals") or []:
        if isinstance(item, dict) and item.get("accept") is True:
            dismissals.append({k: v for k, v in item.items() if k not in DRAFT_ONLY})
    out = {str(registry): registry_text}
    for name, key, entries in (("figures.yaml", "figures", figures), ("dismissals.yaml", "dismissals", dismissals),
                               ("indicators.yaml", "indicators", indicators)):
        current = (catalog / name).read_text(encoding="utf-8")
        if entries:
            out[str(catalog / name)] = (current + ("" if current.endswith("\n") else "\n")
                                        + f"  # --- {source_id} (accepted from its draft) ---\n" + _items(entries))
    return out


def _trial(seeds: Path, catalog: Path, files: dict[str, str], scratch: Path):
    """Build the catalog as it would be with `files` written, in a scratch copy."""
    trial = Paths(seeds=scratch / "seeds", catalog=scratch / "catalog", data=scratch / "data")
    for source, target in ((seeds, trial.seeds), (catalog, trial.catalog)):
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("drafts"))
    for name, content in files.items():
        base, target = (seeds, trial.seeds) if Path(name).parent == seeds else (catalog, trial.catalog)
        (target / Path(name).relative_to(base)).write_text(content, encoding="utf-8")
    return build(trial)


def accept(source_id: str, paths: Paths = Paths()) -> list[str]:
    """Accept the draft, or raise `Refused` (nothing written); return the data files that changed."""
    files = changes(source_id, paths.seeds, paths.catalog)
    with tempfile.TemporaryDirectory() as scratch:
        try:
            result = _trial(paths.seeds, paths.catalog, files, Path(scratch))
        except EtlError as error:
            problems = _each_problem(source_id, paths, files, Path(scratch)) or [str(error)]
            raise Refused([_real(p, paths, Path(scratch)) for p in problems]) from None
    open_mentions = [m for m in result.unreviewed if m["source_id"] == source_id]
    if open_mentions:
        raise Refused([f"{paths.catalog / 'drafts' / (source_id + '.yaml')}: {m['mention_id']}: accept: "
                       f"{m['text']!r} is neither catalogued nor dismissed: accept its entry or set dismiss"
                       for m in open_mentions])
    for name, content in files.items():
        handle, temporary = tempfile.mkstemp(dir=Path(name).parent, prefix=".accept.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(content)
        os.replace(temporary, name)
    changed = write(result.outputs, paths.data)
    (paths.catalog / "drafts" / f"{source_id}.yaml").unlink()
    return changed


def _real(problem: str, paths: Paths, scratch: Path) -> str:
    """A problem found in the scratch copy, naming the real files."""
    return problem.replace(str(scratch / "catalog"), str(paths.catalog)).replace(str(scratch / "seeds"),
                                                                                 str(paths.seeds))


def _each_problem(source_id: str, paths: Paths, files: dict[str, str], scratch: Path) -> list[str]:
    """One line per accepted entry that fails on its own (the whole build stops at the first)."""
    registry = str(paths.seeds / "sources.yaml")
    base = {registry: files[registry]}
    problems: list[str] = []
    for name, content in files.items():
        if name == registry:
            continue
        original = Path(name).read_text(encoding="utf-8")
        added = content[len(original):].split("\n  - ")
        for item in added[1:]:
            trial = {**base, name: original + added[0] + "\n  - " + item.rstrip("\n") + "\n"}
            if name.endswith("figures.yaml") and str(paths.catalog / "indicators.yaml") in files:
                trial[str(paths.catalog / "indicators.yaml")] = files[str(paths.catalog / "indicators.yaml")]
            try:
                _trial(paths.seeds, paths.catalog, trial, scratch)
            except EtlError as error:
                if "no figure uses this indicator" not in error.message and str(error) not in problems:
                    problems.append(str(error))
    return problems
