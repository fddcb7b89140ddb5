"""Pydantic response and request models; Page[T] once."""
