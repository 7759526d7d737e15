"""Integration tests: real SQLite files, real migrations, real files read back."""
