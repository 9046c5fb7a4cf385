"""Prefect tasks: thin typed wrappers over the pure functions in `eventline`, working on batches."""
