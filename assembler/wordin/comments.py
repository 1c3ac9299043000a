"""A plan edition returned with Word comments → the answers `remiss import` files in the ledger.

Offices often answer a remiss by commenting in the plan itself. Each comment (`w:comment`,
anchored by `w:commentRangeStart` or `w:commentReference` in the body) becomes an answer on
the section it is anchored in: the nearest heading before it that carries the section's
bookmark (`_Sec_<id>`, which Word and LibreOffice keep). Its text records the author and the
quoted text. Round and principal come from the command line or the file's custom properties
(`plan-assembler.round`, `plan-assembler.principal`), and are then checked like an answer
form's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from ..errors import Diagnostics, ExitCode, Loc
from ..i18n.messages import t
from ..load.sources import shown
from ..remiss.forms import Answer, FilledForm, w
from ..remiss.model import GENERAL
from ..render.body import bookmark_name
from .wordpkg import WordPackage, read_package


def is_commented_plan(path: Path) -> bool:
    """A .docx with comments that is not an answer form (no svarsmall identity)."""
    try:
        pkg = read_package(path)
    except Exception:  # noqa: BLE001 - unreadable files are reported by the form reader
        return False
    return bool(pkg.comments) and pkg.properties.get("form") != "svarsmall"


def _text(el: etree._Element) -> str:
    parts = []
    for para in el.iter(w("p")):
        parts.append("".join(t.text or "" for t in para.iter(w("t"))).strip())
    return "\n\n".join(p for p in parts if p)


def _anchors(pkg: WordPackage, by_mark: dict[str, str]) -> dict[str, tuple[str, str]]:
    """comment id → (section id, quoted text), walking the body in document order."""
    section = GENERAL
    open_: dict[str, list[str]] = {}
    found: dict[str, tuple[str, str]] = {}
    for el in pkg.body.iter(w("bookmarkStart"), w("commentRangeStart"), w("commentRangeEnd"),
                            w("commentReference"), w("t")):
        cid = el.get(w("id"), "")
        if el.tag == w("bookmarkStart"):
            section = by_mark.get(el.get(w("name"), ""), section)
        elif el.tag == w("commentRangeStart"):
            open_[cid] = []
            found[cid] = (section, "")
        elif el.tag == w("t"):
            for words in open_.values():
                words.append(el.text or "")
        elif el.tag == w("commentRangeEnd") and cid in open_:
            found[cid] = (found[cid][0], "".join(open_.pop(cid)).strip())
        elif cid not in found:
            found[cid] = (section, "")
    return found


def _date(pkg: WordPackage, ids: Iterable[str]) -> dt.date | None:
    dates = []
    for cid in ids:
        stamp = pkg.comments[cid].get(w("date"), "")
        try:
            dates.append(dt.date.fromisoformat(stamp[:10]))
        except ValueError:
            continue
    return max(dates) if dates else None


def read_commented(path: Path, diags: Diagnostics, section_ids: Iterable[str],
                   round_id: str | None, principal: str | None) -> FilledForm | None:
    """The comments of a returned plan edition as a filled form of (round, principal)."""
    loc = Loc(shown(path), 0, 0)
    pkg = read_package(path)
    round_id = round_id or pkg.properties.get("round", "")
    principal = principal or pkg.properties.get("principal", "")
    if not round_id or not principal:
        diags.error(loc, ExitCode.CONFIG,
                    t("a plan returned with comments does not say {value}",
                      value='which round' if not round_id else 'whose comments they are'),
                    t("give --round ROUND and --principal ID on the command line"))
        return None
    by_mark = {bookmark_name(sid): sid for sid in section_ids}
    anchors = _anchors(pkg, by_mark)
    answers = []
    for cid, comment in pkg.comments.items():
        section, quoted = anchors.get(cid, (GENERAL, ""))
        author = comment.get(w("author"), "") or "okänd"
        text = _text(comment)
        if not text:
            continue
        about = f" om ”{quoted}”" if quoted else ""
        answers.append(Answer(section, "", f"{text}\n\n(Kommentar i Word av {author}{about}.)"))
    authors = sorted({c.get(w("author"), "") for c in pkg.comments.values()} - {""})
    return FilledForm(round_id, principal, pkg.properties.get("plan", pkg.identifier),
                      _date(pkg, pkg.comments), ", ".join(authors), tuple(answers), loc)
