"""A readable, stable JSON form of the model, for frozen rounds (and their git diffs).

Every dataclass becomes an object tagged with its class name; source locations are left out, so a
frozen model only changes when the text does. A frozen model (`dump_frozen`) carries
`"schema_version": 2` and writes every field, so changing a default never changes how an
archived round reads; version 1 (files without the key) left out fields equal to their default,
and is still read (a missing field takes today's default). `dumps` is the compact form (version 1
without the key), used for hashes of a model.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from .. import model
from ..errors import Loc
from ..i18n.messages import t

SCHEMA_VERSION = 2
_CLASSES = {name: cls for name, cls in vars(model).items()
            if isinstance(cls, type) and dataclasses.is_dataclass(cls)}


def to_data(value: Any, full: bool = False) -> Any:
    """JSON data of `value`; `full`: also the fields equal to their default."""
    if isinstance(value, Loc):
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"type": type(value).__name__}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if isinstance(item, Loc) or (not full and item == f.default):
                continue
            out[f.name] = to_data(item, full)
        return out
    if isinstance(value, (tuple, list)):
        return [to_data(v, full) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v, full) for k, v in sorted(value.items())}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _tuple(value: Any) -> Any:
    return tuple(_tuple(v) for v in value) if isinstance(value, list) else value


def from_data(data: Any) -> Any:
    if isinstance(data, dict) and "type" in data and data["type"] in _CLASSES:
        cls = _CLASSES[data["type"]]
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name in data:
                kwargs[f.name] = from_data(data[f.name])
            elif f.type in ("Loc",) or f.name in ("loc", "target_loc", "after_loc"):
                kwargs[f.name] = Loc("")
        if cls is model.Round and "date" in kwargs:
            kwargs["date"] = dt.date.fromisoformat(kwargs["date"])
        return cls(**kwargs)
    if isinstance(data, list):
        return tuple(from_data(v) for v in data)
    if isinstance(data, dict):
        return {k: _tuple(from_data(v)) for k, v in data.items()}
    return data


def dumps(value: Any) -> str:
    return json.dumps(to_data(value), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def dump_frozen(value: Any) -> str:
    """The frozen-round form: the schema version first, then every field."""
    data = to_data(value, full=True)
    if isinstance(data, dict):
        data = {"schema_version": SCHEMA_VERSION, **data}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def loads(text: str) -> Any:
    """Read either form; a version newer than this tool's is refused (ValueError)."""
    data = json.loads(text)
    version = data.get("schema_version", 1) if isinstance(data, dict) else 1
    if not isinstance(version, int) or not 1 <= version <= SCHEMA_VERSION:
        raise ValueError(t("frozen model schema version {version!r}; this tool reads versions "
                           "1 to {newest}", version=version, newest=SCHEMA_VERSION))
    return from_data(data)
