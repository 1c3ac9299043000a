"""`python -m assembler.redline OLD NEW -o OUT`: the diff command without the rest of the CLI."""

from ..cliopts import main
from .cli import diff_cmd

main(diff_cmd, prog_name="assembler diff")
