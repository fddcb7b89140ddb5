"""sixk: SEC Form 6-K press releases as a clean database behind a REST API."""

__version__ = "0.1.0"
