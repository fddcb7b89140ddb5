"""From raw bytes to load-ready records: decode, parse, extract (pure), then load."""
