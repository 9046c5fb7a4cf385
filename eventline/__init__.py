"""eventline: German news articles in, a DuckDB timeline of dated events out."""
__version__ = "0.1.0"
