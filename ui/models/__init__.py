"""Qt item models over lists of service dataclasses."""
