"""Unit tests (a package, so that a module may share its base name with an integration test)."""
