"""The message catalogue: `t()`, the Swedish and English texts, and click's own texts routed
through it."""
