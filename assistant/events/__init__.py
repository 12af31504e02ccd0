"""Answers from event cards: what a question asks (`questions`), which cards it names
(`match`), the cited answer (`answer`, `cite`), how values read in Arabic and English
(`render`), and cards as numbered LLM sources (`sources`)."""
