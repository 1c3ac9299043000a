"""Everything read from disk, with positions: the sources (plan.yaml, the Markdown chapters and
local files), the YAML schemas' decoder, the inputs gathered before anything is rendered (frozen
rounds, hashes)."""
