"""Remiss rounds: send the plan out for consultation, collect the answers, prepare the decision.

The workflow is a pipeline of its own on top of the core one:

    roundcfg   sources/rounds/<round>.yaml → RoundConfig (period, recipients, contacts, decision)
    catalogue  the checked (or frozen) plan → the sections one can comment on, numbered
    ledger     responses/<round>/<principal>.yaml → Ledger (comments, positions, handlings)
    forms      a filled answer form (.docx) → its answers, checked for origin
    letters    RoundConfig + plan → cover letter (missiv) and answer form (svarsmall)
    decision   RoundConfig + Ledger → tjänsteskrivelse, one per principal
    workflow   gather and validate everything first, then the pure render functions
    batch      everything for every principal, in parallel, with manifest.json (pdf: PDFs, zips)
    cli        `assembler remiss build|import|status`, `assembler decision`, `assembler batch`

model.py holds the dataclasses, prose.py the small text format of configured prose.
"""
