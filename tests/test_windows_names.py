"""Names Windows refuses: a round id names folders (rounds/<id>/, output/<id>/, responses/<id>/),
so a device name (con, aux, nul …) is refused like a principal's or an arena's."""

from __future__ import annotations

from assembler.errors import ExitCode


def test_a_round_id_that_windows_reserves_is_refused(make_sources, run_cli) -> None:
    src = make_sources()
    plan = src / "plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("id: remiss", "id: con")
                    .replace("current_round: remiss", "current_round: con"), encoding="utf-8")
    result = run_cli("--lang", "en", "check", "--sources", src)
    assert result.exit_code == ExitCode.CONFIG, result.output
    assert "id 'con' cannot name a file on Windows (a device name)" in result.output
