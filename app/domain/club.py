"""The club's identity (name, address, logo), printed on every report and set in settings."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

SETTING_CLUB_NAME = "club.name"
SETTING_CLUB_ADDRESS = "club.address"
SETTING_CLUB_LOGO = "club.logo_png"  # base64 PNG, kept in the database so it travels with it

CLUB_DEFAULTS: dict[str, Any] = {SETTING_CLUB_NAME: "", SETTING_CLUB_ADDRESS: "", SETTING_CLUB_LOGO: None}


@dataclass(frozen=True)
class ClubIdentity:
    name: str
    address: str
    logo_png: bytes | None

    def as_settings(self) -> dict[str, Any]:
        logo = base64.b64encode(self.logo_png).decode("ascii") if self.logo_png else None
        return {SETTING_CLUB_NAME: self.name.strip(), SETTING_CLUB_ADDRESS: self.address.strip(),
                SETTING_CLUB_LOGO: logo}

    @classmethod
    def from_settings(cls, values: dict[str, Any]) -> ClubIdentity:
        logo = values[SETTING_CLUB_LOGO]
        return cls(name=values[SETTING_CLUB_NAME] or "", address=values[SETTING_CLUB_ADDRESS] or "",
                   logo_png=base64.b64decode(logo) if logo else None)
