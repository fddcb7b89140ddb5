"""Tests for contact layouts: a fax written on the phone's line a space or two after it."""

from __future__ import annotations

from tests.unit.contact_rows import contact_rows


def test_a_fax_after_the_phone_on_one_line_leaves_the_phone() -> None:
    text = (
        "Contacts in Lima:\n"
        "\n"
        "Andes Cable S.A.\n"
        "Marta Quispe Rojas, Treasury Manager\n"
        "Phone: (51-1) 611-4300  Fax: (51-1) 611-4399\n"
        "E-mail: mquispe@andescable.example\n"
    )
    assert contact_rows(text) == [
        (
            "Marta Quispe Rojas",
            "Treasury Manager",
            "Andes Cable S.A.",
            ("mquispe@andescable.example",),
            ("(51-1) 611-4300",),
        )
    ]
