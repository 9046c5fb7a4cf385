"""Finding and reading article files."""
from eventline.documents.reader import (
    DEFAULT_PATTERNS,
    MAX_FILE_BYTES,
    content_hash,
    discover_files,
    error_document,
    read_path,
)

__all__ = ["DEFAULT_PATTERNS", "MAX_FILE_BYTES", "content_hash", "discover_files", "error_document", "read_path"]
