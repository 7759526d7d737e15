"""GUI tests: pytest-qt driving real widgets offscreen."""
