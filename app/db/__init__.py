"""Database layer: typed models, engine, unit of work and migrations."""
