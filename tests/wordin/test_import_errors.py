"""A form that is not this arena's, not this plan's, changed in shape, or holding what the plan
cannot hold is refused with a clear message and exit code, and nothing is written."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from .wordfill import Fill, Para, fill

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TARGET = "strategi-kontinuitet#lokala-aktiviteter"


def _rewrite(path: Path, part: str, change) -> Path:  # type: ignore[no-untyped-def]
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, change(data) if name == part else data)
    target = path.with_name("changed.docx")
    target.write_bytes(out.getvalue())
    return target


def _form(plan, local_cli) -> Path:  # type: ignore[no-untyped-def]
    assert local_cli("form", "berg").exit_code == 0
    return plan.form("berg")


def _refused(plan, local_cli, form: Path, code: int, *needles: str) -> None:  # type: ignore[no-untyped-def]
    before = plan.snapshot()
    result = local_cli("import", form, "--yes")
    assert result.exit_code == code, result.output
    for needle in needles:
        assert needle in result.output
    assert "Traceback" not in result.output
    assert plan.snapshot() == before


def test_another_plan(plan, local_cli) -> None:  # type: ignore[no-untyped-def]
    form = _rewrite(_form(plan, local_cli), "docProps/custom.xml",
                    lambda d: d.replace(b"RS/1057/2021", b"RS/9999/2020"))
    form = _rewrite(form, "word/document.xml", lambda d: d.replace(b"RS/1057/2021", b"RS/9999/2020"))
    _refused(plan, local_cli, form, 4, "another plan (dnr RS/9999/2020")


def test_unknown_arena(plan, local_cli) -> None:  # type: ignore[no-untyped-def]
    form = _rewrite(_form(plan, local_cli), "docProps/custom.xml",
                    lambda d: d.replace(b">berg<", b">vemdalen<"))
    form = _rewrite(form, "word/document.xml", lambda d: d.replace(b"|berg\"", b"|vemdalen\""))
    _refused(plan, local_cli, form, 4, "arena 'vemdalen'")


def test_two_identities(plan, local_cli) -> None:  # type: ignore[no-untyped-def]
    form = _rewrite(_form(plan, local_cli), "docProps/custom.xml",
                    lambda d: d.replace(b">berg<", b">krokom<"))
    _refused(plan, local_cli, form, 4, "parts of two forms")


def test_renamed_tag(plan, local_cli) -> None:  # type: ignore[no-untyped-def]
    form = _rewrite(_form(plan, local_cli), "word/document.xml",
                    lambda d: d.replace(f'w:val="{TARGET}"'.encode(),
                                        b'w:val="strategi-kontinuitet#annat"'))
    _refused(plan, local_cli, form, 5, "'strategi-kontinuitet#annat', which this form never had")


def test_removed_area(plan, local_cli) -> None:  # type: ignore[no-untyped-def]
    def drop(data: bytes) -> bytes:
        root = etree.fromstring(data)
        for mark in root.iter(f"{W}bookmarkStart"):
            if mark.get(f"{W}name") == "_Lokal_3":
                table = next(mark.iterancestors(f"{W}tbl"))
                table.getparent().remove(table)
                break
        return etree.tostring(root)

    form = _rewrite(_form(plan, local_cli), "word/document.xml", drop)
    _refused(plan, local_cli, form, 5, f"area 3 ({TARGET}) is missing from the form")


def test_not_a_form(plan, local_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "brev.docx"
    text.write_text("hej")
    _refused(plan, local_cli, text, 3, "not a readable Word document")
    other = _rewrite(_form(plan, local_cli), "docProps/custom.xml",
                     lambda d: d.replace(b"lokaltext", b"annat"))
    other = _rewrite(other, "word/document.xml", lambda d: d.replace(b"lokaltext|", b"annat|"))
    _refused(plan, local_cli, other, 3, "not a local-text form")


def test_sources_changed_since(plan, local_cli) -> None:  # type: ignore[no-untyped-def]
    form = _form(plan, local_cli)
    filled = form.with_name("ifylld.docx")
    filled.write_bytes(fill(form.read_bytes(), {TARGET: Fill((Para((("Ny text.", ""),)),))}))
    path = plan.local("berg", "kontinuitet.md")
    path.write_text(path.read_text(encoding="utf-8").replace("långa", "mycket långa"),
                    encoding="utf-8")
    _refused(plan, local_cli, filled, 8, "changed since the form was made: kontinuitet.md: changed",
             "-I Bergs kommun är avstånden mycket långa", "+Ny text.")
    result = local_cli("import", filled, "--yes", "--force")
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8").endswith("---\nNy text.\n")


def test_unsupported_content_is_named(plan, local_cli) -> None:  # type: ignore[no-untyped-def]
    def add(data: bytes) -> bytes:
        root = etree.fromstring(data)
        sdt = next(s for s in root.iter(f"{W}sdt")
                   if s.find(f"{W}sdtPr/{W}tag").get(f"{W}val") == TARGET)
        para = sdt.find(f"{W}sdtContent")[1]
        extra = etree.fromstring(
            f'<w:x xmlns:w="{W[1:-1]}" xmlns:wp="http://schemas.openxmlformats.org/'
            'drawingml/2006/wordprocessingDrawing"><w:r><w:drawing><wp:inline><wp:docPr id="1" '
            'name="Bild 1"/></wp:inline></w:drawing></w:r><w:commentRangeStart w:id="5"/>'
            '<w:ins w:id="9" w:author="A" w:date="2023-01-01T00:00:00Z"><w:r><w:t>ny</w:t>'
            '</w:r></w:ins><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml">'
            '<v:textbox><w:txbxContent><w:p/></w:txbxContent></v:textbox></v:shape></w:pict>'
            '</w:r></w:x>')
        para.extend(list(extra))
        return etree.tostring(root)

    form = _rewrite(_form(plan, local_cli), "word/document.xml", add)
    _refused(plan, local_cli, form, 3, "an image without alt text", "a comment",
             "an insertion still tracked", "a text box")


def test_override_needs_a_reason(plan, local_cli) -> None:  # type: ignore[no-untyped-def]
    form = _form(plan, local_cli)
    filled = form.with_name("ifylld.docx")
    filled.write_bytes(fill(form.read_bytes(),
                            {TARGET: Fill((Para((("Egen text.", ""),)),), mode="replace")}))
    _refused(plan, local_cli, filled, 6, "gives no reason")


def test_without_yes_nothing_is_written(plan, local_cli) -> None:  # type: ignore[no-untyped-def]
    form = _form(plan, local_cli)
    filled = form.with_name("ifylld.docx")
    filled.write_bytes(fill(form.read_bytes(), {TARGET: Fill(())}))
    before = plan.snapshot()
    result = local_cli("import", filled)
    assert result.exit_code == 0
    assert "-I Bergs kommun" in result.output and "+++ /dev/null" in result.output
    assert "nothing written" in result.output
    assert plan.snapshot() == before
    assert local_cli("import", filled, "--yes").exit_code == 0
    assert not plan.local("berg", "kontinuitet.md").exists()  # an emptied area withdraws it
