"""Actor dictionary data files (YAML, one concept per file)."""
