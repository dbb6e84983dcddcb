"""Who publishes a report: the name, logo, contact and colours shown in its header and footer.

A consultant brands the site once; every report format then names the consultancy.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Any

DEFAULT_PRIMARY_COLOR = "#1f5f8b"
_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_IMAGE_DATA_URI = re.compile(r"data:image/(?:png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+")


@dataclass(frozen=True)
class Brand:
    name: str = ""
    contact_email: str = ""
    contact_web: str = ""
    primary_color: str = DEFAULT_PRIMARY_COLOR
    accent_color: str = ""
    footer: str = ""
    logo: str = ""
    """The logo as a base64 `data:image/...` URI, so a downloaded HTML report stays one file."""

    def __post_init__(self) -> None:
        # Colours go into CSS and SVG attributes, so only a plain hex colour may pass.
        for name in ("primary_color", "accent_color"):
            value = getattr(self, name)
            if (value or name == "primary_color") and not _HEX_COLOR.fullmatch(value):
                raise ValueError(
                    f"brand {name} {value!r} is not a colour: "
                    "write it as #rgb or #rrggbb, for example #1f5f8b"
                )
        # The logo goes into an src attribute: an image data URI and nothing else.
        if self.logo and not _IMAGE_DATA_URI.fullmatch(self.logo):
            raise ValueError("brand logo must be a base64 data:image/... URI")

    @property
    def contact(self) -> str:
        """Email and web address on one line, whichever are given."""
        return " · ".join(part for part in (self.contact_email, self.contact_web) if part)

    def metadata(self) -> dict[str, str]:
        """What a JSON report records of the brand: everything but the logo's bytes."""
        data = asdict(self)
        del data["logo"]
        return data


def brand_from_json(data: Any) -> Brand | None:
    """The Brand of a JSON object (the site's brand.json); None when it names no one."""
    if not isinstance(data, dict) or not data:
        return None
    known = {f.name for f in fields(Brand)}
    values = {key: str(value) for key, value in data.items() if key in known and value}
    return Brand(**values)
