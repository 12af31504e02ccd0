"""The language layer: Arabic and English text handling that ingest, store and assistant share.

`analyzer` (normalization, stemming, stopwords, language detection), `sentences` (sentence
spans), `gazetteer` (English names of places and event words), `tokens` (tiktoken and model
token budgets). It imports nothing of Qimma's own, so every layer may depend on it.
"""
