"""Cercle: the secretariat of a business networking club (core package, no Qt)."""

__version__ = "0.1.0"
