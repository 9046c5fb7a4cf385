"""Finding and reading article files."""
from eventline.documents.discovery import DEFAULT_PATTERNS, discover_files, source_label
from eventline.documents.reader import MAX_FILE_BYTES, content_hash, document_id, error_document, read_path

__all__ = [
    "DEFAULT_PATTERNS", "MAX_FILE_BYTES", "content_hash", "discover_files", "document_id", "error_document",
    "read_path", "source_label",
]
