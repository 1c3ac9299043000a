"""Each principal's own templates: `templates/<principal-id>/<type>.docx` beside the house ones,
one lookup (Templates.path), no code change to add one, and `check` verifies them all."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

from click.testing import CliRunner, Result

from assembler.cli import cli
from assembler.templates import Templates, packaged

from .conftest import ROOT

LOGO = "BERGS KOMMUN – LOGOTYP"


def _plan(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "sources", tmp_path / "plan" / "sources")
    (tmp_path / "plan" / "templates").mkdir()
    return tmp_path / "plan"


def _variant(name: str, target: Path, old: bytes = b"", new: bytes = b"",
             part: str = "word/header1.xml") -> Path:
    """The packaged template `name` with `old` replaced by `new` in `part`."""
    with zipfile.ZipFile(packaged(name)) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    if old:
        assert old in parts[part], (name, part)
        parts[part] = parts[part].replace(old, new, 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(out.getvalue())
    return target


def _header(name: str) -> bytes:
    with zipfile.ZipFile(packaged(name)) as zf:
        return next(zf.read(n) for n in zf.namelist() if n.startswith("word/header"))


def _first_text(data: bytes) -> bytes:
    start = data.index(b"<w:t")
    start = data.index(b">", start) + 1
    return data[start:data.index(b"</w:t>", start)]


def _run(*args: object) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_lookup_order_principal_first_then_house_then_packaged(tmp_path: Path) -> None:
    folder, override = tmp_path / "templates", tmp_path / "override"
    own = _variant("missiv", folder / "berg" / "missiv.docx")
    house = _variant("missiv", folder / "missiv.docx")
    plan_own = _variant("plan", folder / "berg" / "plan.docx")
    templates = Templates(plan_folder=folder)
    assert templates.path("missiv", "berg") == own
    assert templates.path("missiv", "krokom") == house == templates.path("missiv")
    assert templates.path("svarsmall", "berg") == packaged("svarsmall")
    assert templates.path("plan", "berg") == packaged("plan") != plan_own  # one common plan
    forced = _variant("missiv", override / "berg" / "missiv.docx")
    assert Templates(override=override, plan_folder=folder).path("missiv", "berg") == forced
    assert ("missiv", "berg", own) in templates.every()


def test_remiss_build_uses_the_principals_own_missiv(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    header = _header("missiv")
    _variant("missiv", plan / "templates" / "berg" / "missiv.docx", _first_text(header),
             LOGO.encode(), next(n for n in zipfile.ZipFile(packaged("missiv")).namelist()
                                 if n.startswith("word/header")))
    result = _run("remiss", "build", "remiss-2023", "-p", "berg", "-p", "krokom",
                  "--sources", plan / "sources", "--out", plan / "out")
    assert result.exit_code == 0, result.output
    folder = plan / "out" / "remiss-2023" / "remiss"

    def headers(pid: str) -> str:
        with zipfile.ZipFile(folder / pid / f"missiv-{pid}.docx") as zf:
            return "".join(zf.read(n).decode() for n in zf.namelist()
                           if n.startswith("word/header"))

    assert LOGO in headers("berg") and LOGO not in headers("krokom")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert "templates/berg/missiv.docx" in manifest["sources"]


def test_check_verifies_every_principals_template(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    assert _run("check", "--sources", plan / "sources").exit_code == 0
    form = plan / "templates" / "krokom" / "svarsmall.docx"
    _variant("svarsmall", form, b"form.tag", b"form_tag", "word/document.xml")
    broken = _run("check", "--sources", plan / "sources")
    assert broken.exit_code == 9
    assert "templates/krokom/svarsmall.docx" in broken.output and "form" in broken.output
    form.unlink()
    missiv = _variant("missiv", plan / "templates" / "berg" / "missiv.docx",
                      b'w:styleId="Recipient"', b'w:styleId="Mottagare"', "word/styles.xml")
    styles = _run("check", "--sources", plan / "sources")
    assert styles.exit_code == 9 and "lacks styles: Recipient" in styles.output
    missiv.unlink()  # a broken template on purpose: not left for the OOXML check of outputs


def test_check_warns_of_a_templates_folder_named_by_no_principal(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    shutil.copytree(ROOT / "rounds", plan / "rounds")
    for name, owner in (("missiv", "bergs"), ("tjansteskrivelse", "svom")):
        (plan / "templates" / owner).mkdir()
        shutil.copy(packaged(name), plan / "templates" / owner / f"{name}.docx")
    (plan / "templates" / "notes").mkdir()  # a folder without templates is left alone
    result = _run("check", "--sources", plan / "sources")
    assert result.exit_code == 0, result.output
    assert "templates/bergs: warning: templates folder 'bergs' is named by no principal" in (
        result.output)
    assert "did you mean 'berg'?" in result.output
    assert "'svom'" not in result.output and "'notes'" not in result.output  # the joint body
    strict = _run("check", "--strict", "--sources", plan / "sources")
    assert strict.exit_code == 7
