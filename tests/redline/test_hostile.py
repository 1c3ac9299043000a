"""Foreign files that try to hurt: zip bombs, member names outside the package, macro parts,
deep nesting. Each is refused with the exit code of unreadable input (or cleaned), never a
traceback, and nothing is written for a refused input."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from assembler.errors import AssemblyError, ExitCode
from assembler.ooxml.parse import Limits, read_zip, safe_name
from assembler.redline.cli import diff_cmd
from tests.redline.docgen import Doc, Para, Raw, build
from tests.redline.helpers import redline_ok


def _docx(text: str = "Ett stycke om vården.") -> bytes:
    return build(Doc((Para("Normal", (("", text),)),)))


def _with(data: bytes, extra: dict[str, bytes], replace: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w",
                                                                    zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            dst.writestr(name, (replace or {}).get(name, src.read(name)))
        for name, body in extra.items():
            dst.writestr(name, body)
    return out.getvalue()


def _run(tmp_path: Path, old: bytes, new: bytes) -> tuple[int, str, Path]:
    a, b, out = tmp_path / "old.docx", tmp_path / "new.docx", tmp_path / "out.docx"
    a.write_bytes(old)
    b.write_bytes(new)
    result = CliRunner().invoke(diff_cmd, [str(a), str(b), "-o", str(out)])
    assert "Traceback" not in result.output and not isinstance(result.exception, RecursionError)
    return result.exit_code, result.output, out


def _declared_size(data: bytes, name: str, size: int) -> bytes:
    """The zip with `name`'s inflated size declared as `size` (local and central headers)."""
    raw = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(name)
    struct.pack_into("<I", raw, info.header_offset + 22, size)
    at = raw.find(b"PK\x01\x02")
    while at >= 0:
        n = struct.unpack_from("<H", raw, at + 28)[0]
        if raw[at + 46:at + 46 + n].decode() == name:
            struct.pack_into("<I", raw, at + 24, size)
        at = raw.find(b"PK\x01\x02", at + 4)
    return bytes(raw)


def test_a_2_gb_document_xml_is_refused_by_its_declared_size(tmp_path: Path) -> None:
    bomb = _declared_size(_docx(), "word/document.xml", 2 * 1024 ** 3)
    code, output, out = _run(tmp_path, _docx(), bomb)
    assert code == ExitCode.SYNTAX
    assert "new.docx: error: member word/document.xml inflates to 2,048 MB" in output
    assert not out.exists()


def test_a_highly_compressed_member_is_refused_by_its_ratio(tmp_path: Path) -> None:
    zeros = b"<w:document/>" + b" " * (64 << 20)
    code, output, out = _run(tmp_path, _docx(), _with(_docx(), {"word/padding.xml": zeros}))
    assert code == ExitCode.SYNTAX
    assert "member word/padding.xml inflates" in output and "times its compressed size" in output
    assert not out.exists()


def test_a_member_whose_header_lies_is_stopped_while_inflating() -> None:
    data = _with(_docx(), {"word/big.bin": b"y" * (3 << 20)})
    lying = _declared_size(data, "word/big.bin", 1000)
    with pytest.raises(AssemblyError) as err:
        read_zip(lying, "lying.docx", Limits(member=2 << 20, ratio=10 ** 6))
    assert err.value.exit_code == ExitCode.SYNTAX
    assert "lying.docx" in str(err.value) and "word/big.bin" in str(err.value)


def test_total_inflated_size_is_capped() -> None:
    data = _with(_docx(), {f"word/media/p{n}.bin": bytes(range(256)) * 4096 for n in range(4)})
    with pytest.raises(AssemblyError, match="the package inflates to"):
        read_zip(data, "many.docx", Limits(total=3 << 20))


@pytest.mark.parametrize("name", ["../../evil.txt", "/abs/x", "word/../../x.xml", "C:/x.txt",
                                  "..\\evil.txt"])
def test_member_names_outside_the_package_are_refused(tmp_path: Path, name: str) -> None:
    assert not safe_name(name)
    code, output, out = _run(tmp_path, _docx(), _with(_docx(), {name: b"boo"}))
    assert code == ExitCode.SYNTAX
    assert "points outside the package" in output and "new.docx" in output
    assert not out.exists()


def test_both_inputs_are_reported_in_one_run(tmp_path: Path) -> None:
    code, output, _ = _run(tmp_path, b"nej", _with(_docx(), {"/abs": b""}))
    assert code == ExitCode.SYNTAX
    assert "old.docx: error" in output and "new.docx: error" in output


VBA_CT = "application/vnd.ms-office.vbaProject"
MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
PLAIN_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _macro_docx() -> bytes:
    data = _docx("Ett nytt stycke om vården.")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        types = zf.read("[Content_Types].xml").decode().replace(PLAIN_MAIN, MACRO_MAIN)
        rels = zf.read("word/_rels/document.xml.rels").decode()
    types = types.replace("</Types>", f'<Default Extension="bin" ContentType="{VBA_CT}"/>'
                          '<Override PartName="/word/vbaData.xml" ContentType="application/'
                          'vnd.ms-word.vbaData+xml"/></Types>')
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.'
                        'microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.'
                        'bin"/></Relationships>')
    return _with(data, {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro",
                        "word/_rels/vbaProject.bin.rels": b'<Relationships xmlns="http://schemas'
                        b'.openxmlformats.org/package/2006/relationships"/>',
                        "word/vbaData.xml": b"<wne:vbaSuppData xmlns:wne=\"http://schemas."
                        b'microsoft.com/office/word/2006/wordml"/>'},
                 {"[Content_Types].xml": types.encode(),
                  "word/_rels/document.xml.rels": rels.encode()})


def test_macro_parts_are_dropped_with_a_message(tmp_path: Path) -> None:
    code, output, out = _run(tmp_path, _docx(), _macro_docx())
    assert code == 0, output
    assert "macro part word/vbaProject.bin left out" in output
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        types = zf.read("[Content_Types].xml").decode()
        rels = zf.read("word/_rels/document.xml.rels").decode()
    assert not [n for n in names if "vba" in n.lower()]
    assert "macroEnabled" not in types and "vbaProject" not in types and PLAIN_MAIN in types
    assert "vbaProject" not in rels
    redline_ok(_docx(), out.read_bytes())


def _nested(depth: int, text: str) -> Raw:
    link = '<w:hyperlink w:anchor="a">' * depth
    return Raw(f'<w:p>{link}<w:r><w:t>{text}</w:t></w:r>{"</w:hyperlink>" * depth}</w:p>')


def test_1500_nested_hyperlinks_are_refused_cleanly(tmp_path: Path) -> None:
    deep = build(Doc((_nested(1500, "Djupt"),)))
    code, output, out = _run(tmp_path, _docx(), deep)
    assert code == ExitCode.SYNTAX
    assert "new.docx: error: not a Word .docx file: part word/document.xml is not " \
           "well-formed XML (Excessive depth" in output
    assert not out.exists()


def test_deep_nesting_within_the_parser_limit_is_diffed() -> None:
    old = build(Doc((_nested(240, "Djupt liggande text"), Para("Normal", (("", "Slut."),)))))
    new = build(Doc((_nested(240, "Djupt liggande ny text"), Para("Normal", (("", "Slut."),)))))
    redline_ok(old, new)
    redline_ok(new, old)
