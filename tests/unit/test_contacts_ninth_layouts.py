"""Tests for contact layouts: "Label: Name, ..." lines one after another, each wrapping onto
a second line (a new label starts a new person), and openers and functions written in
Spanish, French, German or Italian."""

from __future__ import annotations

from app.ingest.contacts import find_contacts
from tests.unit.contact_rows import contact_rows


def _own_spans(text: str) -> list[str]:
    """Each contact's span, whitespace collapsed, checked to hold its name and its details."""
    spans: list[str] = []
    for contact in find_contacts(text, start=0, end=len(text)):
        span = " ".join(text[contact.span.start : contact.span.end].split())
        for piece in (contact.name, *contact.emails, *contact.phones):
            assert piece in span
        spans.append(span)
    return spans


def test_two_contact_lines_each_wrapping_are_two_people() -> None:
    text = (
        "Contact: Piotr Zielinski, Investor Relations, Polmar S.A.,\n"
        "+48 61 555 0101, ir@polmar.example\n"
        "Contact: Anna Weber, Spree Dynamics, +49 30 555 0202,\n"
        "anna.weber@spree.example\n"
    )
    assert contact_rows(text) == [
        (
            "Piotr Zielinski",
            "Investor Relations",
            "Polmar S.A.",
            ("ir@polmar.example",),
            ("+48 61 555 0101",),
        ),
        ("Anna Weber", None, "Spree Dynamics", ("anna.weber@spree.example",), ("+49 30 555 0202",)),
    ]
    spans = _own_spans(text)
    assert "Anna" not in spans[0] and "Piotr" not in spans[1]


def test_labelled_lines_with_a_number_wrapped_across_the_line_break() -> None:
    text = (
        "Press contact: Sofia Andrade, Press Officer, tel. +351 21\n"
        "555 0300, e-mail: sandrade@lusotel.example\n"
        "Analyst contact: Rui Matos, Head of Investor Relations, tel. +351 21\n"
        "555 0310, e-mail: ir@lusotel.example\n"
    )
    assert contact_rows(text) == [
        (
            "Sofia Andrade",
            "Press Officer",
            None,
            ("sandrade@lusotel.example",),
            ("+351 21 555 0300",),
        ),
        (
            "Rui Matos",
            "Head of Investor Relations",
            None,
            ("ir@lusotel.example",),
            ("+351 21 555 0310",),
        ),
    ]
    _own_spans(text)


def test_spanish_opener_and_functions_as_labels() -> None:
    text = (
        "Para mayor información:\n"
        "\n"
        "Prensa: Lucía Fernández Ruiz, tel. +34 96 555 40 10,\n"
        "prensa@levante-tel.example\n"
        "Relación con Inversores: Tomás Ibáñez Gil, tel. +34 96 555 40 20, ir@levante-tel.example\n"
    )
    assert contact_rows(text) == [
        (
            "Lucía Fernández Ruiz",
            "Prensa",
            None,
            ("prensa@levante-tel.example",),
            ("+34 96 555 40 10",),
        ),
        (
            "Tomás Ibáñez Gil",
            "Relación con Inversores",
            None,
            ("ir@levante-tel.example",),
            ("+34 96 555 40 20",),
        ),
    ]
    _own_spans(text)


def test_openers_in_other_languages_are_no_title() -> None:
    for opener in (
        "Para más información",
        "Per ulteriori informazioni",
        "Pour plus d'informations",
        "Weitere Informationen",
        "Contacto",
        "Kontakt",
    ):
        text = f"{opener}: Marta Conti, +39 02 5550 1234, marta.conti@ligure.example\n"
        assert contact_rows(text) == [
            ("Marta Conti", None, None, ("marta.conti@ligure.example",), ("+39 02 5550 1234",))
        ], opener


def test_functions_in_other_languages_are_titles() -> None:
    for function in ("Ufficio stampa", "Pressestelle", "Relations investisseurs"):
        text = (
            f"{function}: Jonas Keller, +41 44 555 10 10, jonas.keller@alpen.example\n"
            f"{function}: Lena Brunner, +41 44 555 10 20, lena.brunner@alpen.example\n"
        )
        rows = contact_rows(text)
        assert [(row[0], row[1]) for row in rows] == [
            ("Jonas Keller", function),
            ("Lena Brunner", function),
        ], function
