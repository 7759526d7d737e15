"""Use cases: one function per user action, each taking a unit of work."""
