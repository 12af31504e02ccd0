"""Summit knowledge: event cards extracted from articles at ingest.

`card` holds the types every layer shares (extraction, store, answers, faces). Extraction
modules live beside it, one per field family.
"""
