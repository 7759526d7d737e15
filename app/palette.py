"""Colours shared by the screens and the printed reports (no Qt here: plain hex strings)."""

from __future__ import annotations

# The compliance lights: one colour per ``app.domain.compliance.Light`` value. Chosen to stay
# distinct for the common colour-blindness (the light's name is always written next to it).
LIGHT_COLOURS: dict[str, str] = {
    "green": "#2e7d32",
    "orange": "#ef8a00",
    "red": "#c62828",
    "grey": "#757575",
    "new": "#1e88e5",
}
