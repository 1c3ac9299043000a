"""Pictures in plan text: `![alternative text](bild.png "titel")` → an `Image` inline.

Part of `load`: the file is read here (relative to the source file that names it), checked to
be a PNG or JPEG, and kept in the model as base64, so that later stages never read files and a
frozen round keeps the picture it was sent with. Every picture needs an alternative text: the
law on accessible digital public services (2018:1937) asks it of every published document.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path
from urllib.parse import unquote

from ..errors import Diagnostics, ExitCode, Loc
from ..i18n.messages import t
from ..model import Image

MAX_BYTES = 20 * 1024 * 1024
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"))
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def media_type(data: bytes) -> str | None:
    """ "png" or "jpeg" from the file's signature, else None."""
    return next((kind for sig, kind in _SIGNATURES if data.startswith(sig)), None)


def read_image(alt: str, src: str, title: str, source: str, loc: Loc,
               diags: Diagnostics) -> Image | None:
    """The picture `src` named in the source file `source` at `loc`; None (with errors
    reported) when it cannot be used."""
    ok = True
    if not alt.strip():
        diags.error(loc, ExitCode.SYNTAX, t("picture without alternative text"),
                    t("write what the picture shows between the brackets, e.g. "
                      "![Karta över länets kommuner](karta.png); a screen reader reads it aloud"))
        ok = False
    name = unquote(src)
    if not name or _SCHEME.match(name) or name.startswith(("/", "\\")):
        diags.error(loc, ExitCode.SYNTAX,
                    t("picture {src!r} is not a file beside the source", src=src),
                    t("give a path relative to this file, e.g. bilder/karta.png"))
        return None
    path = Path(source).parent / name
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError:
        diags.error(loc, ExitCode.REFERENCE, t("picture file not found: {name}", name=name),
                    t("the path is relative to this file ({as_posix} does not exist)",
                      as_posix=path.as_posix()))
        return None
    kind = media_type(data)
    if kind is None or len(data) > MAX_BYTES:
        problem = t("is not a PNG or JPEG file") if kind is None else t("is larger than 20 MB")
        diags.error(loc, ExitCode.SYNTAX, t("picture {name} {problem}", name=name, problem=problem),
                    t("save it as PNG (diagrams) or JPEG (photos), at most 20 MB"))
        return None
    if not ok:
        return None
    return Image(alt.strip(), src, kind, base64.b64encode(data).decode("ascii"), title)
