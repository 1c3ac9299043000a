"""The model: frozen dataclasses, each source-derived object carrying its `Loc`.

    doc.py       the document tree: inlines, blocks, sections (shared by every stage)
    source.py    what `load` read: chapters, local additions, local sections, Sources
    config.py    plan.yaml: plan metadata, principals, arenas, strategies, rounds
    edition.py   Edition; Composed (compose's output) and Document (resolved, checked)
    syntax.py    the syntax of ids, heading ids, variables and footnote labels

Everything downstream of `load` works on these objects only; `assembler.walk` traverses them.
Every name is importable from `assembler.model`.
"""

# Star imports on purpose: a type added to a submodule is at once importable from here.
from .config import *  # noqa: F403
from .doc import *  # noqa: F403
from .edition import *  # noqa: F403
from .source import *  # noqa: F403
