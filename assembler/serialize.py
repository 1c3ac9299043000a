"""A readable, stable JSON form of the model, for frozen rounds (and their git diffs).

Every dataclass becomes an object tagged with its class name; source locations are left out, so a
frozen model only changes when the text does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from . import model
from .errors import Loc

_CLASSES = {name: cls for name, cls in vars(model).items()
            if isinstance(cls, type) and dataclasses.is_dataclass(cls)}


def to_data(value: Any) -> Any:
    if isinstance(value, Loc):
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"type": type(value).__name__}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if isinstance(item, Loc) or item == f.default:
                continue
            out[f.name] = to_data(item)
        return out
    if isinstance(value, (tuple, list)):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in sorted(value.items())}
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


def loads(text: str) -> Any:
    return from_data(json.loads(text))
