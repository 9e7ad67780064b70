"""atheris harness: any bytes or str into extract() gives an Article or a NewscleanError.

Run (see docs/reliability.md):

    pip install atheris
    python fuzz/fuzz_extract.py -atheris_runs=1000000 -max_len=4096 fuzz/corpus

Anything else raised, a hang (``-timeout``) or a crash is a finding.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from newsclean import NewscleanError, extract


def test_one(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    as_text = provider.ConsumeBool()
    options = {
        "include_images": provider.ConsumeBool(),
        "include_comments": provider.ConsumeBool(),
        "favor": ("precision", "balanced", "recall")[provider.ConsumeIntInRange(0, 2)],
    }
    payload = provider.ConsumeBytes(provider.remaining_bytes())
    page: str | bytes = payload.decode("utf-8", errors="replace") if as_text else payload
    try:
        article = extract(page, **options)  # type: ignore[arg-type]
        _ = (article.markdown, article.html, article.to_json())
    except NewscleanError:
        pass


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
