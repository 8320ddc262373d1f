"""Report metadata: the corpus manifest (manifest.toml beside the files) over what the file itself says."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

from ingest.errors import BadInputError

MANIFEST_NAME = "manifest.toml"
FIELDS = ("title", "publisher", "author", "year", "date", "language", "doc_type", "url")


def read_manifest(folder: Path) -> dict[str, dict]:
    """Entries of `folder/manifest.toml` keyed by file name; {} when there is none."""
    path = Path(folder) / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise BadInputError(path, f"invalid manifest: {e}") from e
    entries = {}
    for name, entry in data.items():
        if not isinstance(entry, dict):
            raise BadInputError(path, f"entry {name!r} must be a table of fields, got {type(entry).__name__}")
        unknown = set(entry) - set(FIELDS)
        if unknown:
            raise BadInputError(path, f"entry {name!r} has unknown field(s) {', '.join(sorted(unknown))} "
                                      f"(known: {', '.join(FIELDS)})")
        entries[name] = entry
    return entries


def merge_metadata(derived: dict, entry: dict | None) -> dict:
    """Manifest fields win over those derived from the file; empty values are dropped."""
    merged = {k: v for k, v in derived.items() if v not in (None, "")}
    merged.update({k: v for k, v in (entry or {}).items() if v not in (None, "")})
    if "year" in merged:
        try:
            merged["year"] = int(str(merged["year"])[:4])
        except ValueError:
            merged.pop("year")
    return merged


def doc_id_for(path: Path) -> str:
    """A readable, stable id from the file name: 'Rapport Gent 2021 (v2).pdf' -> 'rapport-gent-2021-v2'."""
    stem = unicodedata.normalize("NFKD", Path(path).stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return slug or "report"
