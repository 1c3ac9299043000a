"""Remiss rounds: send the plan out for consultation, collect the answers, prepare the decision.

The workflow is a pipeline of its own on top of the core one:

    roundcfg   sources/rounds/<round>.yaml → RoundConfig (period, recipients, contacts, decision)
    catalogue  the checked plan → the sections a principal can comment on (numbers, titles)
    ledger     responses/<round>/<principal>.yaml → Ledger (comments, positions, handlings)
    forms      a filled answer form (.docx) → a response file
    letters    RoundConfig + plan → cover letter (missiv) and answer form (svarsmall)
    decision   RoundConfig + Ledger → tjänsteskrivelse, one per principal
    batch      everything for every principal, in parallel, with a manifest
    cli        the `assembler remiss …`, `assembler decision` and `assembler batch` commands
"""
