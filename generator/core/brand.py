"""Who publishes a report: the name, contact and colour shown in its header and footer.

A consultant brands the site once; every report format then names the consultancy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_PRIMARY_COLOR = "#1f5f8b"
_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


@dataclass(frozen=True)
class Brand:
    name: str = ""
    contact_email: str = ""
    contact_web: str = ""
    primary_color: str = DEFAULT_PRIMARY_COLOR
    footer: str = ""

    def __post_init__(self) -> None:
        # The colour goes into CSS and SVG attributes, so only a plain hex colour may pass.
        if not _HEX_COLOR.fullmatch(self.primary_color):
            raise ValueError(
                f"brand primary_color {self.primary_color!r} is not a colour: "
                "write it as #rgb or #rrggbb, for example #1f5f8b"
            )

    @property
    def contact(self) -> str:
        """Email and web address on one line, whichever are given."""
        return " · ".join(part for part in (self.contact_email, self.contact_web) if part)
