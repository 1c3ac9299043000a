"""Word in, Word out: the arenas and offices keep working in Word, and nothing typed there is
lost (issue 14).

    areas_plan.py  which areas an arena's form has; tags, bookmarks, properties
    form.py        sources → the arena's local-text form (context.py, formxml.py, areas.py)
    package.py     the house template in, a deterministic .docx out
    wordpkg.py     a filled .docx's parts; reader.py / inline_reader.py: its areas → model blocks
    mdwrite.py     model blocks → Markdown (normal.py: the form both sides are compared in)
    filled.py      a filled form → its areas, identity checked
    importer.py    areas → changed source files (diffs); writeback.py writes all or none
    comments.py    a plan edition returned with Word comments → remiss answers
    dialogcfg.py, dialogue.py, dialogue_report.py   the dialogue round with the arenas
    cli.py, dialogue_cli.py                          `assembler local …`, `assembler dialogue …`
"""
