"""Tests for contact layouts: a labelled one-line row ("Enquiries: Name, Title, ...")
whose record starts at the name."""

from __future__ import annotations

from app.ingest.contacts import find_contacts


def test_a_labelled_row_s_record_starts_at_the_name() -> None:
    text = (
        "Enquiries: Tomas Reyes, Press Officer, Andes Movil S.A., +56 2 555 0142, "
        "tr@andes.example\n"
    )
    contacts = find_contacts(text, start=0, end=len(text))
    assert [(c.name, c.title, c.span.text) for c in contacts] == [
        (
            "Tomas Reyes",
            "Press Officer",
            "Tomas Reyes, Press Officer, Andes Movil S.A., +56 2 555 0142, tr@andes.example",
        )
    ]
