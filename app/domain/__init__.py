"""Pure rules: enums, validation and arithmetic (no I/O)."""
