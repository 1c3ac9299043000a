"""`python -m assembler.redline OLD NEW -o OUT`: the diff command without the rest of the CLI."""

from .cli import diff_cmd

diff_cmd(prog_name="assembler diff")
