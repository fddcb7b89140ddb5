"""Tests for contact layouts: a labelled one-line row ("Enquiries: Name, Title, ...")
whose record starts at the name; a "Name, Title, Company," row wrapped at its comma onto a
line of its phone and e-mail; "Tel: ...     Email: ..." on one line under a person's name;
two table cells run together on one line; a consultancy's line under a name."""

from __future__ import annotations

from app.ingest.contacts import find_contacts
from tests.unit.contact_rows import contact_rows


def test_a_row_wrapped_at_its_comma_keeps_its_phone_and_email() -> None:
    text = (
        "For more information:\n"
        "\n"
        "Lena Marsh, Manager, Public Affairs, Westbay Telecom Ltd.,\n"
        "(604) 555-0199, lena.marsh@westbay.example\n"
    )
    assert contact_rows(text) == [
        (
            "Lena Marsh",
            "Manager, Public Affairs",
            "Westbay Telecom Ltd.",
            ("lena.marsh@westbay.example",),
            ("(604) 555-0199",),
        )
    ]


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


def test_a_phone_and_an_email_set_apart_by_spaces_are_one_persons() -> None:
    text = (
        "Press contacts:\n"
        "\n"
        "Harbourline Networks Ltd\n"
        "  Ong Wei Jie, Corporate Affairs\n"
        "  Tel: +65 6123 4567    Email: weijie.ong@harbourline.example\n"
        "\n"
        "Kowloon Data Limited\n"
        "  Chan Siu Ming, Public Relations\n"
        "  Tel: +852 2345 6789    Email: sm.chan@kowloondata.example\n"
    )
    assert contact_rows(text) == [
        (
            "Ong Wei Jie",
            "Corporate Affairs",
            "Harbourline Networks Ltd",
            ("weijie.ong@harbourline.example",),
            ("+65 6123 4567",),
        ),
        (
            "Chan Siu Ming",
            "Public Relations",
            "Kowloon Data Limited",
            ("sm.chan@kowloondata.example",),
            ("+852 2345 6789",),
        ),
    ]


def test_an_address_and_the_next_name_on_one_line_are_two_records() -> None:
    # Two table cells written one after the other: the first cell's last line and the
    # second cell's first line share a line.
    text = (
        "Park Min-jun\n"
        "Investor Relations\n"
        "Hanbit Telecom Co., Ltd.\n"
        "Tel: +82-2-555-0147\n"
        "ir@hanbit.example    Laura Finch\n"
        "Tel: +1-212-555-0163\n"
        "lfinch@finchir.example\n"
    )
    assert contact_rows(text) == [
        (
            "Park Min-jun",
            "Investor Relations",
            "Hanbit Telecom Co., Ltd.",
            ("ir@hanbit.example",),
            ("+82-2-555-0147",),
        ),
        ("Laura Finch", None, None, ("lfinch@finchir.example",), ("+1-212-555-0163",)),
    ]


def test_a_consultancy_under_a_name_is_the_organization() -> None:
    text = (
        "Media enquiries:\n"
        "Oliver Grant\n"
        "The Harbour Advisory Group\n"
        "Tel: +44 20 7946 0321\n"
        "ogrant@harbouradvisory.example\n"
    )
    assert contact_rows(text) == [
        (
            "Oliver Grant",
            None,
            "The Harbour Advisory Group",
            ("ogrant@harbouradvisory.example",),
            ("+44 20 7946 0321",),
        )
    ]
