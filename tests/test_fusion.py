"""Fusion weights come from the fitted data file, and they say what the design claims."""

from __future__ import annotations

from store.fusion import GROUPS, fuse, load_weights, weights_for


def test_weights_are_read_from_the_data_file():
    weights = load_weights()
    assert set(weights) == set(GROUPS)
    assert weights_for("ar", "ar") == (1.0, weights["same_language"])
    assert weights_for("en", "ar") == (1.0, weights["cross_language"])
    assert weights_for("en", "ar", translated_place=True) == (1.0, weights["translated_place"])


def test_keyword_side_counts_less_across_scripts():
    same, cross = weights_for("ar", "ar")[1], weights_for("en", "ar")[1]
    assert cross < same
    # for an English question the dense side's winner stays first against a keyword-only one
    dense, keyword = [("d#1#0", 0.9), ("x#1#0", 0.1)], [("k#1#0", 9.0), ("x#1#0", 1.0)]
    assert fuse(dense, keyword, "en")[0][0] == "d#1#0"
