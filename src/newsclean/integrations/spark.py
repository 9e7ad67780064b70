"""Clean HTML at cluster scale with Apache Spark (``newsclean[spark]``).

:func:`extract_column` adds the article columns to any DataFrame with an HTML column,
through a vectorised (Arrow-backed) pandas UDF; :func:`read_warc` turns WARC files on
any Hadoop file system into one row per HTML response; :func:`clean_warc` does both.
The columns hold what the JSON Lines records of the ``newsclean`` command hold:
``source``, ``warc_record_id``, ``warc_target_uri``, ``text`` and ``error`` (null on
success, else ``"Type: message"``), with the other ``Article`` fields in ``metadata``
(a JSON object as a string, so new ``Article`` fields need no schema change; read it
with ``from_json``), where the command line's records have them at the top level.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..batch.pages import Input, Page
from ..batch.runner import process_page
from ..batch.warc import archive_pages

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from pyspark.sql import Column, DataFrame, SparkSession

#: Columns :func:`extract_column` adds.
ARTICLE_COLUMNS = ("metadata", "text", "error")
#: Records per pandas batch handed back to Spark by :func:`read_warc`.
ROWS_PER_BATCH = 500
#: Columns :func:`read_warc` returns.
RECORD_COLUMNS = ("source", "warc_record_id", "warc_target_uri", "html", "error")


def _article_schema() -> Any:
    from pyspark.sql.types import StringType, StructField, StructType

    return StructType([StructField(name, StringType()) for name in ARTICLE_COLUMNS])


def _record_schema() -> Any:
    from pyspark.sql.types import BinaryType, StringType, StructField, StructType

    return StructType(
        [StructField(n, BinaryType() if n == "html" else StringType()) for n in RECORD_COLUMNS]
    )


def extract_udf(**options: Any) -> Any:
    """A pandas UDF ``(html, url) → struct<metadata, text, error>`` calling ``extract()``.

    ``options`` are ``extract()`` keyword options, the same for every row. ``html`` may
    be a string or binary column; ``url`` may be null.
    """
    import pandas as pd
    from pyspark.sql.pandas import functions as pandas_functions

    def clean(html: pd.Series, url: pd.Series) -> pd.DataFrame:
        rows = [_clean_one(page, address, options) for page, address in zip(html, url, strict=True)]
        return pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))

    # Spark reads the hints to pick the UDF kind; give it the types, not their names.
    clean.__annotations__ = {"html": pd.Series, "url": pd.Series, "return": pd.DataFrame}
    make_udf: Any = pandas_functions.pandas_udf  # its overloads do not cover struct results
    udf = make_udf(clean, returnType=_article_schema())
    # Nondeterministic only so that the optimiser never copies the call into each of the
    # three struct fields read from it (one extraction per row, not three).
    return udf.asNondeterministic()


def _clean_one(html: Any, url: Any, options: dict[str, Any]) -> tuple[str | None, ...]:
    if html is None:
        return (None, None, "no HTML")
    data = bytes(html) if isinstance(html, bytearray | memoryview) else html
    if isinstance(data, str):
        data = data.encode("utf-8")
    address = url if isinstance(url, str) else None
    page = Page("", Input("", "", False), data=data, url=address)
    result = process_page(page, options)
    if result.fields is None:
        return (None, None, str(result.error))
    metadata = {name: value for name, value in result.fields.items() if name != "text"}
    return (json.dumps(metadata, ensure_ascii=False), result.fields["text"], None)


def extract_column(
    frame: DataFrame,
    html: str = "html",
    url: str | None = None,
    **options: Any,
) -> DataFrame:
    """``frame`` with the columns ``metadata``, ``text`` and ``error`` added.

    ``html`` names the HTML column (string or binary), ``url`` an optional column of
    page URLs (enables site rules); ``options`` go to ``extract()``.
    """
    from pyspark.sql import functions as F

    url_column: Column = F.col(url) if url else F.lit(None).cast("string")
    with_struct = frame.withColumn("_newsclean", extract_udf(**options)(F.col(html), url_column))
    kept = [with_struct[name] for name in frame.columns]
    added = [with_struct["_newsclean"][name].alias(name) for name in ARTICLE_COLUMNS]
    return with_struct.select(*kept, *added)


def read_warc(spark: SparkSession, paths: str | list[str]) -> DataFrame:
    """The HTML responses of WARC files as rows ``source, warc_record_id, warc_target_uri,
    html, error``.

    ``paths`` are files, directories or globs on any file system Spark reads. Each archive
    is read whole by one task (``binaryFile``), so give executors memory for the largest
    archive. An archive that cannot be read, or a record cut short, gives a row with a
    null ``html`` and the reason in ``error`` (null for every record read whole).
    """
    files = spark.read.format("binaryFile").load(paths).select("path", "content")
    return files.mapInPandas(_records_of_archives, schema=_record_schema())


def _records_of_archives(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    import pandas as pd

    rows: list[tuple[str | None, str | None, str | None, bytes | None, str | None]] = []
    for batch in batches:
        for path, content in zip(batch["path"], batch["content"], strict=True):
            item = Input(path, os.path.basename(path), True)
            for page in archive_pages(io.BytesIO(bytes(content)), item):
                if isinstance(page, Page):
                    rows.append((page.source, page.record_id, page.url, page.data, None))
                else:
                    error = f"{page.error_type}: {page.error}"
                    rows.append((page.source, page.record_id, page.url, None, error))
                if len(rows) >= ROWS_PER_BATCH:  # hand records on as they come, not per archive
                    yield pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
                    rows = []
    if rows:
        yield pd.DataFrame(rows, columns=list(RECORD_COLUMNS))


def clean_warc(spark: SparkSession, paths: str | list[str], **options: Any) -> DataFrame:
    """:func:`read_warc` then :func:`extract_column`, without the raw HTML column.

    The rows carry the fields of the command line's JSON Lines records; ``error`` is why
    a record could not be read (a truncated archive) or extracted, null on success.
    """
    from pyspark.sql import functions as F

    records = read_warc(spark, paths).withColumnRenamed("error", "read_error")
    cleaned = extract_column(records, html="html", url="warc_target_uri", **options)
    with_error = cleaned.withColumn("error", F.coalesce(F.col("read_error"), F.col("error")))
    return with_error.drop("html", "read_error")
