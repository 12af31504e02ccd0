"""The page's HTML carries the scripts that put Gradio's own words in the page's language."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from qimma.page_locale import GradioLocale, boot_html, gradio_modules

PAGE = '<html><head><script>x</script><script type="module" src="./assets/index.js"></script>'


def _client() -> TestClient:
    async def page(_request):
        return HTMLResponse(PAGE)

    async def config(_request):
        return JSONResponse({"script": '<script type="module">'})

    app = Starlette(routes=[Route("/", page), Route("/config", config)])
    return TestClient(GradioLocale(app))


def test_the_installed_gradio_has_the_modules_the_live_words_script_imports():
    """When a Gradio upgrade renames or drops them, this says so (the toggle would stop
    reaching widgets already drawn)."""
    modules = gradio_modules()
    assert modules is not None
    core, helper = modules
    assert core.startswith("core-") and helper.endswith(".js")
    assert f"./assets/{core}".encode() in boot_html()


def test_boot_scripts_come_before_gradios_own():
    html = _client().get("/", headers={"accept-encoding": "br, gzip"}).text
    ours = html.index("qimma-lang")  # the start-locale script reads the saved choice
    assert ours < html.index('src="./assets/index.js"')
    assert "qimmaGradioWordsLive" in html
    assert int(_client().get("/").headers["content-length"]) == len(html.encode())


def test_other_responses_are_untouched():
    assert _client().get("/config").json() == {"script": '<script type="module">'}
