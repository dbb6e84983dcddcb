"""What the response reader and the comparison's report reader share: messages located in a file.

Each message names the file and the field at fault, in the reader's language, so a problem
found in a response file reads like one found in a report.
"""

from __future__ import annotations

from typing import Any

from selfassess.core.describe import json_kind
from selfassess.core.locale import locale
from selfassess.core.model import Bank


class FileReader:
    """A reader of one file of `bank`, named `source`, whose messages are in `language`."""

    def __init__(self, bank: Bank, source: str, language: str) -> None:
        self.bank = bank
        self.source = source
        self.language = language

    def located(self, field: str, key: str, **values: object) -> str:
        """The report text `key`, filled with `values`, about `field` of the file."""
        return f"{self.source}: {field}: {locale(self.language).text(f'report.{key}', **values)}"

    def kind(self, value: Any) -> str:
        return json_kind(value, self.language)
