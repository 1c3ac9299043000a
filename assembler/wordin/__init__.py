"""Word in, Word out: local arenas write their additions in a Word form, and what they type
comes back into the Markdown sources (issue 14).

    form.py      sources → the arena's form (.docx)      areas.py   model blocks → w:* of an area
    reader.py    a filled .docx → model blocks            mdwrite.py model blocks → Markdown
    importer.py  form → changed source files (checked, diffed, written atomically)
"""
