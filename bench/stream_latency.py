"""What checking each sentence before it is shown adds to a streamed answer's first token.

    python bench/stream_latency.py [--runs 20] [--pace-ms 30]
    python bench/stream_latency.py --base-url http://127.0.0.1:8080/v1 --model NAME [--runs 3]

The LLM answerer streams a sentence only once it is complete and checked against its
source, so the reader's first token comes later than the model's. This prints, over several
runs, the model's first token, the first checked text shown, their difference (the added
latency: waiting for the sentence to end, plus the check) and the total time spent checking.
By default the stub server of tests/stub_llm.py streams a scripted two-sentence Arabic reply,
one word per delta every --pace-ms (a small model on two cores writes ~30 ms per token);
with --base-url a real OpenAI-compatible server answers instead. It runs the service as
`qimma serve` does, over the Bahrain sample article indexed into a temporary folder.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.config import Settings  # noqa: E402
from assistant.service import QimmaService  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402
from tests.stub_llm import StubLLM  # noqa: E402

QUESTION = "متى تنطلق قمة المدن الذكية في البحرين؟"
REPLY = (
    "تنطلق قمة المدن الذكية في نسختها الخامسة يومي 10 و11 من الشهر المقبل في مركز الخليج "
    "للمؤتمرات [1]. وأعلن المنظمون أن رئيس وزراء اليابان سيفتتح القمة [1]."
)


def run(base_url: str, model: str, runs: int, stub: StubLLM | None, pace: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            data_dir=tmp,
            answerer="llm",
            llm_model=model,
            openai_base_url=base_url,
            openai_api_key="unused",
            llm_timeout=300,
        )
        service = QimmaService(settings)
        service.ingest([SAMPLES / "bahrain-smart-cities-summit.txt"])
        rows = []
        for i in range(runs + 1):  # the first run loads the e5 model: not counted
            if stub is not None:
                stub.enqueue(REPLY, pace=pace)
            *_, final = service.ask_stream(QUESTION)
            t = final.timings
            if i and "first_token_ms" in t:
                shown = t.get("first_shown_ms", t["generate_ms"])  # a refusal shows at the end
                rows.append(
                    (t["first_token_ms"], shown, shown - t["first_token_ms"], t["verify_ms"])
                )
    data = np.array(rows)
    print(f"{len(rows)} runs against {base_url} ({model}); ms, p50 / p95:")
    names = ["model's first token", "first checked text shown", "added latency", "checking, total"]
    for name, column in zip(names, data.T, strict=True):
        print(f"  {name:26s} {np.percentile(column, 50):8.1f} / {np.percentile(column, 95):8.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--pace-ms", type=float, default=30.0, help="stub: ms between deltas")
    parser.add_argument("--base-url", help="a real OpenAI-compatible server instead of the stub")
    parser.add_argument("--model", default="stub-model")
    args = parser.parse_args()
    if args.base_url:
        run(args.base_url, args.model, args.runs, None, 0.0)
        return 0
    with StubLLM() as stub:
        run(stub.base_url, "stub-model", args.runs, stub, args.pace_ms / 1000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
