"""Filters → SQL, one module per resource; query functions never commit."""
