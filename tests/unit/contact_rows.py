"""The contacts of a text as comparable rows, every span checked against the text."""

from __future__ import annotations

from app.ingest.contacts import find_contacts


def contact_rows(text: str) -> list[tuple[object, ...]]:
    """(name, title, organization, emails, phones) of each contact found in the whole text."""
    contacts = find_contacts(text, start=0, end=len(text))
    for contact in contacts:
        assert text[contact.span.start : contact.span.end] == contact.span.text
    return [(c.name, c.title, c.organization, c.emails, c.phones) for c in contacts]
