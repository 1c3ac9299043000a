"""The golden-file helper: a missing golden file fails (it is not written), with the command
that creates it; UPDATE_GOLDEN=1 or --update-golden writes it, with LF line endings."""

from __future__ import annotations

from pathlib import Path

import pytest

from .golden_check import UPDATE_ENV, compare, part, updating


def test_a_missing_golden_file_fails_and_is_not_written(tmp_path: Path) -> None:
    target = tmp_path / "expected" / "word__document.xml"
    with pytest.raises(pytest.fail.Exception) as caught:
        compare("<a/>\n", target, update=False)
    assert not target.exists()
    assert "missing golden file" in str(caught.value)
    assert f"{UPDATE_ENV}=1 python3 -m pytest" in str(caught.value)
    assert "tests/test_golden_check.py::" in str(caught.value)


def test_update_writes_lf_and_then_compares(tmp_path: Path) -> None:
    target = tmp_path / "expected" / "part.xml"
    compare("<a>\n  <b/>\n</a>\n", target, update=True)
    assert target.read_bytes() == b"<a>\n  <b/>\n</a>\n"
    compare("<a>\n  <b/>\n</a>\n", target, update=False)
    with pytest.raises(AssertionError, match=r"(?s)-  <b/>.*\+  <c/>"):
        compare("<a>\n  <c/>\n</a>\n", target, update=False, name="x/part.xml")


def test_update_is_asked_for_by_option_or_environment(request: pytest.FixtureRequest,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(UPDATE_ENV, raising=False)
    assert not updating(request.config)
    monkeypatch.setenv(UPDATE_ENV, "0")
    assert not updating(request.config)
    monkeypatch.setenv(UPDATE_ENV, "1")
    assert updating(request.config)


def test_part_normalizes_a_docx_part(tmp_path: Path) -> None:
    import io
    import zipfile

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as zf:
        zf.writestr("word/document.xml", "<a>  <b>t</b>\n</a>")
    assert part(data.getvalue(), "word/document.xml") == "<a>\n  <b>t</b>\n</a>\n"
    assert part(data.getvalue(), "word/document.xml", strip_blank=False) == \
        "<a>  <b>t</b>\n</a>\n"
