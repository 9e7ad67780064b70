"""The adversarial inputs of the reliability tests, generated (the large ones at test time).

Each case is (name, input, expected outcome): ``"article"`` (an Article, any text),
``"text:<snippet>"`` (an Article whose text holds the snippet), ``"empty"`` (an
Article with empty text), or the name of the NewscleanError subclass raised.
"""

from __future__ import annotations

import importlib.util
import random
from collections.abc import Callable, Iterator
from pathlib import Path

Case = tuple[str, Callable[[], str | bytes], str]

#: Undeclared legacy encodings are detected only with the ``charset`` extra installed.
DETECTOR = importlib.util.find_spec("charset_normalizer") is not None
SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed"
ARTICLE = (
    "<html><head><title>Harbour plan approved</title></head><body><nav>Home | News</nav>"
    "<article><h1>Harbour plan approved</h1>"
    + "<p>The council approved the harbour plan on Tuesday after a long debate. </p>" * 6
    + "</article><footer>Contact us</footer></body></html>"
)
RUSSIAN = (
    "<html><head>{meta}<title>Порт</title></head><body><article>"
    + "<p>Городской совет одобрил план реконструкции порта во вторник после долгих споров.</p>" * 5
    + "</article></body></html>"
)
JAPANESE = (
    "<html><head>{meta}<title>港</title></head><body><article>"
    + "<p>市議会は火曜日、長い議論の末に港の再開発計画を承認しました。工事は来年始まります。</p>"
    * 5
    + "</article></body></html>"
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    "<html><body><p>&lol3;</p></body></html>"
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    "<html><body><article><p>Quoted: &xxe; and some more words for a paragraph.</p>"
    "</article></body></html>"
)


def _repeated_article(megabytes: int) -> str:
    block = ARTICLE.split("<article>")[1].split("</article>")[0]
    count = megabytes * 1024 * 1024 // len(block) + 1
    return "<html><body><article>" + block * count + "</article></body></html>"


def _flipped_seed() -> bytes:
    page = next(iter(sorted(SEED.glob("*.txt"))), None) if SEED.exists() else None
    data = bytearray(page.read_bytes() if page else ARTICLE.encode())
    rng = random.Random(7)
    for _ in range(len(data) // 50):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def cases() -> Iterator[Case]:
    """Every adversarial case."""
    yield "empty bytes", lambda: b"", "empty"
    yield "empty str", lambda: "", "empty"
    yield "whitespace", lambda: " \n\t  \r\n", "empty"
    yield "NUL bytes", lambda: b"\x00" * 100, "InputError"
    yield "random bytes", lambda: random.Random(1).randbytes(5000), "InputError"
    yield "PDF", lambda: b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "InputError"
    yield "PNG", lambda: b"\x89PNG\r\n\x1a\n" + bytes(64), "InputError"
    yield "JSON", lambda: b'{"title": "Harbour plan", "body": [1, 2, 3]}', "article"
    yield (
        "XML feed",
        lambda: b'<?xml version="1.0"?><rss><channel><item>x</item></channel></rss>',
        "article",
    )
    yield "UTF-16 with BOM", lambda: ARTICLE.encode("utf-16"), "text:council approved"
    yield "UTF-16 no BOM", lambda: ARTICLE.encode("utf-16-le"), "text:council approved"
    yield "UTF-32 with BOM", lambda: ARTICLE.encode("utf-32"), "text:council approved"
    yield "UTF-32 no BOM", lambda: ARTICLE.encode("utf-32-le"), "text:council approved"
    meta_1251 = '<meta charset="windows-1251">'
    yield (
        "windows-1251 declared",
        lambda: RUSSIAN.format(meta=meta_1251).encode("cp1251"),
        "text:Городской совет",
    )
    yield (
        "windows-1251 undeclared",
        lambda: RUSSIAN.format(meta="").encode("cp1251"),
        "text:Городской совет" if DETECTOR else "article",
    )
    meta_sjis = '<meta charset="shift_jis">'
    yield (
        "Shift_JIS declared",
        lambda: JAPANESE.format(meta=meta_sjis).encode("shift_jis"),
        "text:市議会は火曜日",
    )
    yield (
        "Shift_JIS undeclared",
        lambda: JAPANESE.format(meta="").encode("shift_jis"),
        "text:市議会は火曜日" if DETECTOR else "article",
    )
    yield (
        "wrong declared charset",
        lambda: RUSSIAN.format(meta='<meta charset="iso-8859-7">').encode("cp1251"),
        "article",
    )
    yield (
        "mixed encodings",
        lambda: ARTICLE.encode() + "é".encode("latin-1") + "é".encode(),
        "text:council approved",
    )
    yield "5 MB page", lambda: _repeated_article(5), "text:council approved"
    yield "20 MB page", lambda: _repeated_article(20), "LimitError"
    yield "100,000 nested divs", lambda: "<div>" * 100_000 + "x" + "</div>" * 100_000, "LimitError"
    yield (
        "10,000 nested tables",
        lambda: "<table><tr><td>" * 10_000 + "x" + "</td></tr></table>" * 10_000,
        "LimitError",
    )
    yield (
        "1 MB attribute value",
        lambda: ARTICLE.replace("<article>", '<article data-x="' + "a" * 1_000_000 + '">'),
        "text:council approved",
    )
    yield (
        "100,000 attributes",
        lambda: "<p " + " ".join(f"a{i}=1" for i in range(100_000)) + ">x</p>",
        "LimitError",
    )
    yield (
        "100,000 attributes without values",
        lambda: "<p " + " ".join(f"a{i}" for i in range(100_000)) + ">x</p>",
        "LimitError",
    )
    yield (
        "100,000 attributes with no space between",
        lambda: "<p " + "".join(f'a{i}="v"' for i in range(100_000)) + ">x</p>",
        "LimitError",
    )
    yield (
        "40,000 attributes, quoted > every 400",
        lambda: "<p " + " ".join(_quoted_brackets(40_000, every=400)) + ">x</p>",
        "LimitError",
    )
    yield "only script", lambda: "<script>var x = '<p>not text</p>';</script>", "empty"
    yield "only comments", lambda: "<!-- a --><!-- <p>b</p> -->", "empty"
    yield (
        "unclosed everything",
        lambda: (
            "<html><body><div><p>Unclosed paragraph of reasonable length for a body<div><span><b>"
        ),
        "article",
    )
    yield (
        "frameset",
        lambda: '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>',
        "empty",
    )
    yield (
        "XHTML str with XML declaration",
        lambda: '<?xml version="1.0" encoding="utf-8"?>\n' + ARTICLE,
        "text:council approved",
    )
    yield "billion laughs", lambda: BILLION_LAUGHS, "article"
    yield "XXE", lambda: XXE, "article"
    yield "seed with flipped bytes", _flipped_seed, "article"


def _quoted_brackets(count: int, every: int) -> list[str]:
    """Attribute names with a ``>`` inside a quoted value now and then, which a check
    ending tags at their first ``>`` would not see as one tag."""
    return [f"a{index}" + ('="x>y"' if index % every == 0 else "") for index in range(count)]
