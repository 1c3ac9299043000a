"""Rounds: freezing a round, the versioned JSON of the model, tracked changes against a frozen
round and their summary."""
