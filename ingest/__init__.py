"""Ingest: read article files, clean them, split them into passages."""
