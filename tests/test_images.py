"""Pictures in plan text: `![alt](path "title")` → an inline picture with its alternative text;
a picture without alternative text (or without its file) is a `check` error with a position."""

from __future__ import annotations

import base64
import hashlib
import shutil
import struct
import zipfile
import zlib
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from assembler.cli import cli
from assembler.model import Image, Text
from assembler.rounds.revise import diff_inlines
from assembler.rounds.serialize import dumps, loads

from .a11y_check import check_accessibility

ROOT = Path(__file__).resolve().parents[1]
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
CHAPTER = "common/10-inledning.md"
FIRST = "Planen gäller från"


def png(width: int, height: int, dpi: int = 96, color: bytes = b"\x1e\x5a\xa0") -> bytes:
    """A small valid PNG (solid colour) with its resolution in a pHYs chunk."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + color * width for _ in range(height))
    ppm = round(dpi / 0.0254)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0,
                                                             0, 0))
            + chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def with_picture(make_sources, markdown: str, files: dict[str, bytes]) -> Path:  # type: ignore[no-untyped-def]
    src = make_sources()
    path = src / CHAPTER
    text = path.read_text(encoding="utf-8")
    assert FIRST in text
    path.write_text(text.replace(FIRST, markdown + "\n\n" + FIRST, 1), encoding="utf-8")
    for rel, data in files.items():
        (src / "common" / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / "common" / rel).write_bytes(data)
    return src


def test_missing_alt_text_is_a_check_error_with_position(make_sources, run_cli) -> None:  # type: ignore[no-untyped-def]
    src = with_picture(make_sources, "Se kartan: ![](karta.png)", {"karta.png": png(4, 4)})
    result = run_cli("check", "--sources", src)
    assert result.exit_code == 3, result.output
    line = next(i for i, t in enumerate((src / CHAPTER).read_text().split("\n"), 1)
                if "![" in t)
    assert f"common/10-inledning.md:{line}:12: error: picture without alternative text" \
        in result.output
    assert "hint: write what the picture shows" in result.output
    assert "Traceback" not in result.output


def test_blank_alt_text_missing_file_and_wrong_format_all_reported(make_sources, run_cli) -> None:  # type: ignore[no-untyped-def]
    src = with_picture(make_sources,
                       "![  ](a.png) ![Karta](saknas.png) ![Text](fel.png) "
                       "![Webb](https://example.org/x.png)",
                       {"a.png": png(2, 2), "fel.png": b"GIF89a not a png"})
    result = run_cli("check", "--sources", src)
    out = result.output
    assert "picture without alternative text" in out
    assert "picture file not found: saknas.png" in out
    assert "picture fel.png is not a PNG or JPEG file" in out
    assert "picture 'https://example.org/x.png' is not a file beside the source" in out
    assert "4 error(s)" in out
    assert result.exit_code in (3, 5)  # syntax and reference errors in one run


def test_missing_file_alone_is_a_reference_error(make_sources, run_cli) -> None:  # type: ignore[no-untyped-def]
    src = with_picture(make_sources, "![Karta](bilder/saknas.png)", {})
    result = run_cli("check", "--sources", src)
    assert result.exit_code == 5, result.output
    assert "picture file not found: bilder/saknas.png" in result.output


def _docx_picture(path: Path) -> tuple[etree._Element, dict[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        doc = etree.fromstring(zf.read("word/document.xml"))
        media = {n: zf.read(n) for n in zf.namelist() if n.startswith("word/media/")}
    return doc, media


def test_picture_rendered_with_alt_text_deterministically(make_sources, run_cli,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    picture = png(600, 300, dpi=150)
    wide = png(4000, 100, dpi=96, color=b"\xc0\x30\x30")
    src = with_picture(make_sources,
                       '![Karta över länets kommuner](bilder/karta.png "Länets kommuner")\n\n'
                       "Och en bred: ![Tidslinje 2014–2025](bred.png)",
                       {"bilder/karta.png": picture, "bred.png": wide})
    out1, out2 = tmp_path / "o1", tmp_path / "o2"
    for out in (out1, out2):
        result = run_cli("build", "--sources", src, "--out", out)
        assert result.exit_code == 0, result.output
    first = sorted(out1.rglob("plan-*.docx"))
    assert first
    for path in first:  # the same sources give the same bytes
        assert path.read_bytes() == (out2 / path.relative_to(out1)).read_bytes(), path.name
    doc, media = _docx_picture(first[0])
    props = [(d.get("id"), d.get("descr"), d.get("title")) for d in doc.iter(f"{WP}docPr")]
    assert [p[1:] for p in props] == [("Karta över länets kommuner", "Länets kommuner"),
                                      ("Tidslinje 2014–2025", None)]
    assert len({p[0] for p in props}) == 2
    assert sorted(hashlib.sha256(b).hexdigest() for b in media.values()) == sorted(
        hashlib.sha256(b).hexdigest() for b in (picture, wide))
    extents = [(int(e.get("cx")), int(e.get("cy"))) for e in doc.iter(f"{WP}extent")]
    assert extents[0] == (600 * 914400 // 150, 300 * 914400 // 150)  # its own size
    assert extents[1][0] == 9072 * 635  # scaled down to the text width, aspect kept
    assert abs(extents[1][1] - 9072 * 635 * 100 // 4000) <= 1
    assert check_accessibility(first[0].read_bytes()) == []


def test_picture_survives_freeze_and_is_tracked_when_changed() -> None:
    old = Image("Karta", "karta.png", "png", base64.b64encode(png(2, 2)).decode())
    new = Image("Karta", "karta.png", "png", base64.b64encode(png(3, 3)).decode())
    assert loads(dumps(old)) == old  # the frozen model keeps the picture itself
    unchanged = diff_inlines((Text("Se "), old), (Text("Se "), old))
    assert unchanged == (Text("Se "), old)
    changed = diff_inlines((Text("Se "), old), (Text("Se "), new))
    kinds = [(type(x).__name__, getattr(x, "kind", "")) for x in changed]
    assert ("Revision", "del") in kinds and ("Revision", "ins") in kinds
    alt = diff_inlines((old,), (Image("Karta 2023", "karta.png", "png", old.data),))
    assert any(getattr(x, "kind", "") == "ins" for x in alt)  # a new alt text is a change


def test_picture_in_local_text_round_trips_through_the_local_form(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(ROOT / "sources", plan / "sources")
    addition = plan / "sources" / "local" / "berg" / "kontinuitet.md"
    text = addition.read_text(encoding="utf-8")
    head, sep, body = text.partition("---\n", )
    front, sep2, rest = body.partition("---\n")
    addition.write_text(head + sep + front + sep2 + '![Karta över Ljungdalen](ljungdalen.png '
                        '"Ljungdalen")\n\n' + rest, encoding="utf-8")
    (addition.parent / "ljungdalen.png").write_bytes(png(8, 8))
    before = addition.read_text(encoding="utf-8")
    runner = CliRunner()
    args = ["--sources", str(plan / "sources")]
    made = runner.invoke(cli, ["local", "form", "berg", *args, "--out", str(plan / "output")])
    assert made.exit_code == 0, made.output
    form = plan / "output" / "lokal" / "lokal-text-berg.docx"
    assert b"![Karta \xc3\xb6ver Ljungdalen](ljungdalen.png" in zipfile.ZipFile(form).read(
        "word/document.xml")
    back = runner.invoke(cli, ["local", "import", str(form), "--yes", *args])
    assert back.exit_code == 0, back.output
    assert "nothing to change" in back.output
    assert addition.read_text(encoding="utf-8") == before
