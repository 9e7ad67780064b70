"""Decide the character encoding of an HTML byte string the way a browser does.

Order: byte-order mark (or, without one, the NUL bytes UTF-16 and UTF-32 give
ASCII markup), then a ``<meta charset>`` or ``http-equiv`` declaration
near the top, then UTF-8 when the bytes are valid UTF-8, else windows-1252 (or, with the
``charset`` extra installed, the non-Latin legacy encoding charset-normalizer
detects).
Labels are mapped as the WHATWG Encoding Standard does (``latin1`` and
``ascii`` mean windows-1252, ``gb2312`` means gbk, ...), and the result is a
name both Python's codecs and libxml2 accept.

One deliberate departure from browsers: a declared legacy charset (gbk,
windows-1252, ...) is overridden when the bytes are valid UTF-8 with non-ASCII
text, which legacy-encoded text almost never is; such pages were transcoded
without updating their declaration.
"""

from __future__ import annotations

import codecs
import re

#: How far into the document a charset declaration is looked for (browsers: 1024).
DECLARATION_WINDOW = 4096

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)
_XML_DECLARATION = re.compile(r"""^\s*<\?xml\b[^>]*\?>""", re.IGNORECASE)

#: WHATWG label -> the encoding newsclean decodes with (a subset covering the labels seen
#: in practice; unknown labels fall through to the UTF-8 / windows-1252 sniffing).
_LABELS = {
    **dict.fromkeys(
        ("utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"),
        "utf-8",
    ),
    **dict.fromkeys(
        (
            "windows-1252",
            "cp1252",
            "x-cp1252",
            "iso-8859-1",
            "iso8859-1",
            "iso88591",
            "iso_8859-1",
            "iso_8859-1:1987",
            "latin1",
            "l1",
            "ascii",
            "us-ascii",
            "ansi_x3.4-1968",
            "cp819",
            "csisolatin1",
            "ibm819",
            "iso-ir-100",
            "iso_8859-1:1987",
        ),
        "windows-1252",
    ),
    **dict.fromkeys(
        (
            "gbk",
            "gb2312",
            "chinese",
            "csgb2312",
            "csiso58gb231280",
            "gb_2312",
            "gb_2312-80",
            "iso-ir-58",
            "x-gbk",
        ),
        "gbk",
    ),
    "gb18030": "gb18030",
    **dict.fromkeys(("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"), "big5"),
    **dict.fromkeys(
        (
            "shift_jis",
            "shift-jis",
            "sjis",
            "x-sjis",
            "ms_kanji",
            "ms932",
            "windows-31j",
            "csshiftjis",
        ),
        "shift_jis",
    ),
    **dict.fromkeys(("euc-jp", "x-euc-jp", "cseucpkdfmtjapanese"), "euc-jp"),
    **dict.fromkeys(("iso-2022-jp", "csiso2022jp"), "iso-2022-jp"),
    **dict.fromkeys(
        (
            "euc-kr",
            "ks_c_5601-1987",
            "windows-949",
            "cseuckr",
            "korean",
            "ks_c_5601-1989",
            "ksc5601",
            "ksc_5601",
            "iso-ir-149",
        ),
        "euc-kr",
    ),
    **dict.fromkeys(("koi8-r", "koi8", "koi", "cskoi8r", "koi8_r"), "koi8-r"),
    **dict.fromkeys(("koi8-u", "koi8-ru"), "koi8-u"),
    **dict.fromkeys(
        (
            "utf-16",
            "utf-16le",
            "utf-16be",
            "unicode",
            "ucs-2",
            "csunicode",
            "iso-10646-ucs-2",
            "unicodefeff",
            "unicodefffe",
            "utf-32",
            "utf-32le",
            "utf-32be",
        ),
        "utf-8",
    ),  # a UTF-16 label inside ASCII-compatible bytes lies
    **{f"windows-125{n}": f"windows-125{n}" for n in range(9)},
    **{f"cp125{n}": f"windows-125{n}" for n in range(9)},
    **{f"x-cp125{n}": f"windows-125{n}" for n in range(9)},
    **{f"iso-8859-{n}": f"iso-8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    **{f"iso8859-{n}": f"iso-8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    **{f"iso_8859-{n}": f"iso-8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    "iso-8859-9": "windows-1254",
    "iso8859-9": "windows-1254",
    "latin5": "windows-1254",
    "iso-8859-11": "windows-874",
    "tis-620": "windows-874",
    "windows-874": "windows-874",
    "latin2": "iso-8859-2",
    "l2": "iso-8859-2",
    "latin9": "iso-8859-15",
    "macintosh": "mac-roman",
    "mac": "mac-roman",
    "x-mac-roman": "mac-roman",
    "ibm866": "cp866",
    "866": "cp866",
    "cp866": "cp866",
}


def normalise_label(label: str) -> str | None:
    """The encoding a declared ``label`` stands for, or None when unknown."""
    name = _LABELS.get(label.strip().strip("\"'").lower())
    if name is None:
        return None
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def sniff_encoding(data: bytes) -> str:
    """The encoding to decode ``data`` with (see the module docstring for the order)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if b"\x00" in data[:4]:
        wide = _unicode_without_bom(data)
        if wide is not None:
            return wide
    head = data[:DECLARATION_WINDOW]
    for match in _META.finditer(head, _declarations_start(head)):
        declared = normalise_label(match.group(1).decode("ascii", errors="replace"))
        if declared is not None:
            if declared != "utf-8" and _is_utf8_text(data):
                return "utf-8"  # transcoded but still declaring its old legacy charset
            return declared
    if data.isascii():
        return "utf-8"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return _detected(data) or "windows-1252"
    return "utf-8"


def _declarations_start(head: bytes) -> int:
    """Where :data:`_META` can first match in ``head``: after the last ``>`` before the
    first "charset" (no declaration crosses a ``>``), or past the end without one.

    The search for "charset" in the lowered bytes runs in C; the regex, case-blind and
    lazy, would read every ``<meta>`` tag of a head without a declaration character
    by character. (Both fold ASCII letters only.)
    """
    lowered = head.lower()
    found = lowered.find(b"charset")
    if found < 0:
        return len(head)
    return lowered.rfind(b">", 0, found) + 1


#: How much of an undeclared legacy page the optional detector reads.
DETECTION_SAMPLE = 65536


def _detected(data: bytes) -> str | None:
    """The legacy encoding charset-normalizer (the ``charset`` extra) finds for an
    undeclared page that is not UTF-8, or None without it. Browsers detect such
    pages too; without a detector, windows-1252 is their fallback and ours."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data[:DETECTION_SAMPLE]).best()
    if best is None:
        return None
    name: str = codecs.lookup(best.encoding).name
    return name if name in DETECTED_ENCODINGS else None


#: Encodings taken from the detector: those of non-Latin scripts, where windows-1252
#: is surely wrong. Between Latin encodings (windows-1250, 1252, 1254...) detection on
#: a page's few accented letters is a guess, and windows-1252 the better one.
DETECTED_ENCODINGS = frozenset(
    (
        *("cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004"),
        *("euc_jisx0213", "iso2022_jp", "gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs"),
        *("cp950", "euc_kr", "cp949", "johab", "iso2022_kr", "cp1251", "koi8-r", "koi8-u"),
        *("cp866", "iso8859-5", "mac-cyrillic", "cp1253", "iso8859-7", "cp1256", "iso8859-6"),
        *("cp1255", "iso8859-8", "cp874", "tis-620"),
    )
)


#: (encoding, character width, offset of the low byte): a page's markup is ASCII,
#: so in UTF-16/32 every other byte of it, or three of every four, is NUL.
_WIDE_LAYOUTS = (("utf-32-le", 4, 0), ("utf-32-be", 4, 3), ("utf-16-le", 2, 0), ("utf-16-be", 2, 1))
_WIDE_SAMPLE = 32


def _unicode_without_bom(data: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte-order mark, told by the NULs of its first
    characters (as XML's encoding autodetection does), or None."""
    head = data[:_WIDE_SAMPLE]
    if len(head) < _WIDE_SAMPLE:
        return None
    for name, width, low in _WIDE_LAYOUTS:
        lows = head[low::width]
        zeros = sum(head[i::width].count(0) for i in range(width) if i != low)
        if zeros == (width - 1) * len(lows) and lows.count(0) == 0:
            return name
    return None


def _c1_controls(error: UnicodeError) -> tuple[str, int]:
    """The five bytes windows-1252 leaves undefined decode to the C1 controls of the
    same number, as browsers decode them (Python's codec refuses them, and libxml2
    stops parsing at the first one)."""
    assert isinstance(error, UnicodeDecodeError)
    return "".join(map(chr, error.object[error.start : error.end])), error.end


#: ``errors=`` handler for windows-1252 as browsers decode it.
BROWSER_WINDOWS_1252 = "newsclean-windows-1252"
codecs.register_error(BROWSER_WINDOWS_1252, _c1_controls)
#: The bytes windows-1252 leaves undefined.
UNDEFINED_IN_WINDOWS_1252 = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def _is_utf8_text(data: bytes) -> bool:
    """Non-ASCII bytes that are valid UTF-8: legacy encodings almost never are by chance."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_html(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``: ``data`` decoded with its sniffed encoding, BOM removed."""
    encoding = sniff_encoding(data)
    text = data.decode(encoding, errors="replace")
    return text.lstrip("\ufeff"), encoding


def strip_xml_declaration(text: str) -> str:
    """``text`` without a leading ``<?xml ...?>`` declaration, which lxml refuses in a str."""
    text = text.lstrip("\ufeff")
    if text.lstrip()[:5].lower() != "<?xml":
        return text
    return _XML_DECLARATION.sub("", text, count=1)
