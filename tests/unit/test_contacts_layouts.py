"""Tests for contact layouts in rows: a function or firm before the name, the numbers before
the name, run-together and slash-separated contacts."""

from __future__ import annotations

from tests.unit.contact_rows import contact_rows


def test_an_enquiries_table_with_function_labels_a_continuation_row_and_an_agency() -> None:
    text = (
        "Enquiries:\n"
        "\n"
        "Nordlys Telecom ASA\n"
        "  Investor Relations:   Kari Nordmann        +47 22 00 11 22\n"
        "                        Ola Berg             +47 22 00 11 33\n"
        "  Press:                Ingrid Dahl          +47 22 00 11 44\n"
        "\n"
        "Fjord Advisors          Nina Holm            +47 22 00 11 55\n"
    )
    assert contact_rows(text) == [
        ("Kari Nordmann", "Investor Relations", "Nordlys Telecom ASA", (), ("+47 22 00 11 22",)),
        ("Ola Berg", "Investor Relations", "Nordlys Telecom ASA", (), ("+47 22 00 11 33",)),
        ("Ingrid Dahl", "Press", "Nordlys Telecom ASA", (), ("+47 22 00 11 44",)),
        ("Nina Holm", None, "Fjord Advisors", (), ("+47 22 00 11 55",)),
    ]


def test_a_row_under_a_name_but_not_aligned_with_it_takes_no_label() -> None:
    text = (
        "Media:        Ingrid Dahl      +47 22 00 11 44\n"
        "Ola Berg      +47 22 00 11 33     ola@nordlys.example\n"
    )
    assert contact_rows(text) == [
        ("Ingrid Dahl", "Media", None, (), ("+47 22 00 11 44",)),
        ("Ola Berg", None, None, ("ola@nordlys.example",), ("+47 22 00 11 33",)),
    ]


def test_function_colon_name_phone_and_email_on_one_line() -> None:
    text = (
        "Nordlys Telecom N.V.\n"
        "Contacts / Contactpersonen:\n"
        "  Investor Relations :  Pieter Jansen     tel. +31 (0)10 555 0101   ir@nordlys.example\n"
        "  Press              :  Anouk de Vries    tel. +31 (0)10 555 0102   pr@nordlys.example\n"
    )
    assert contact_rows(text) == [
        (
            "Pieter Jansen",
            "Investor Relations",
            "Nordlys Telecom N.V.",
            ("ir@nordlys.example",),
            ("+31 (0)10 555 0101",),
        ),
        (
            "Anouk de Vries",
            "Press",
            "Nordlys Telecom N.V.",
            ("pr@nordlys.example",),
            ("+31 (0)10 555 0102",),
        ),
    ]


def test_one_row_per_person_from_a_table_function_first() -> None:
    # An HTML table as the loader writes it: a blank line between rows, cells apart.
    text = (
        "Contacts:\n"
        "\n"
        "Investor Relations    Ana Lima Souza    (55 11) 5555-0101    alima@nordlys.example\n"
        "\n"
        "Press\tJorge Prado\t(55 11) 5555-0102\tjprado@nordlys.example\n"
    )
    assert contact_rows(text) == [
        (
            "Ana Lima Souza",
            "Investor Relations",
            None,
            ("alima@nordlys.example",),
            ("(55 11) 5555-0101",),
        ),
        ("Jorge Prado", "Press", None, ("jprado@nordlys.example",), ("(55 11) 5555-0102",)),
    ]


def test_a_desks_number_with_no_name_is_nobodys() -> None:
    text = (
        "Enquiries:\n"
        "\n"
        "Corporate Secretariat:  Tom Reed, Deputy Secretary    020 7000 1000\n"
        "Press Office:                                         020 7000 2000\n"
    )
    assert contact_rows(text) == [("Tom Reed", "Deputy Secretary", None, (), ("020 7000 1000",))]


def test_email_and_phone_before_the_name_title_and_company() -> None:
    text = (
        "For more information:\n"
        "jrojas@nordlys.example | Tel. +57 (1) 555-0101 | Juan Rojas, Head of Press, "
        "Nordlys S.A.\n"
        "ir@nordlys.example | Tel. +57 (1) 555-0102 | Marta Gil, Investor Relations Manager, "
        "Nordlys S.A.\n"
    )
    assert contact_rows(text) == [
        (
            "Juan Rojas",
            "Head of Press",
            "Nordlys S.A.",
            ("jrojas@nordlys.example",),
            ("+57 (1) 555-0101",),
        ),
        (
            "Marta Gil",
            "Investor Relations Manager",
            "Nordlys S.A.",
            ("ir@nordlys.example",),
            ("+57 (1) 555-0102",),
        ),
    ]


def test_slash_separated_rows_under_a_department_and_company_heading() -> None:
    text = (
        "For further information, please contact:\n"
        "\n"
        "Press Office \u2013 Nordlys Telecom S.A.\n"
        "Inés Vidal / Head of Press / (34-9) 555-0101 / ividal@nordlys.example\n"
        "Tomás Ruiz / Press Officer / (34-9) 555-0102 / truiz@nordlys.example\n"
    )
    assert contact_rows(text) == [
        (
            "Inés Vidal",
            "Head of Press",
            "Nordlys Telecom S.A.",
            ("ividal@nordlys.example",),
            ("(34-9) 555-0101",),
        ),
        (
            "Tomás Ruiz",
            "Press Officer",
            "Nordlys Telecom S.A.",
            ("truiz@nordlys.example",),
            ("(34-9) 555-0102",),
        ),
    ]


def test_a_form_of_address_after_the_name_and_colons_set_apart_from_their_labels() -> None:
    text = (
        "For further information:\n"
        "\n"
        "PT Nordlys Telekom Tbk\n"
        "Corporate Communication Division\n"
        "Siti Rahmawati (Mrs.)\n"
        "Group Head, Corporate Communication\n"
        "Phone   : +62-21-555 0101\n"
        "Fax     : +62-21-555 0102\n"
        "E-mail  : siti.rahmawati@nordlys.example\n"
        "\n"
        "Fjordnet Sdn Berhad\n"
        "Ahmad Faisal Ismail (Mr.)\n"
        "Head of Wholesale\n"
        "Phone   : +603-5555 0101\n"
        "E-mail  : faisal@fjordnet.example\n"
    )
    assert contact_rows(text) == [
        (
            "Siti Rahmawati",
            "Group Head, Corporate Communication",
            "PT Nordlys Telekom Tbk",
            ("siti.rahmawati@nordlys.example",),
            ("+62-21-555 0101",),
        ),
        (
            "Ahmad Faisal Ismail",
            "Head of Wholesale",
            "Fjordnet Sdn Berhad",
            ("faisal@fjordnet.example",),
            ("+603-5555 0101",),
        ),
    ]


def test_newswire_contacts_run_together_between_slashes() -> None:
    text = (
        "    -30-\n"
        "\n"
        "/For further information: Investors: Claire Gagnon, Vice-President,\n"
        "Finance, (418) 555-0101, cgagnon@nordlys.example; Press: Marc\n"
        "Bouchard, Manager, Public Affairs, (418) 555-0102, mbouchard@nordlys.example/\n"
        "    (NRD.)\n"
    )
    assert contact_rows(text) == [
        (
            "Claire Gagnon",
            "Vice-President, Finance",
            None,
            ("cgagnon@nordlys.example",),
            ("(418) 555-0101",),
        ),
        (
            "Marc Bouchard",
            "Manager, Public Affairs",
            None,
            ("mbouchard@nordlys.example",),
            ("(418) 555-0102",),
        ),
    ]


def test_contacts_run_together_take_the_function_when_no_title_is_written() -> None:
    text = (
        "Investor Relations: Claire Gagnon, +1 418 555 0101, cgagnon@nordlys.example;\n"
        "Media: Marc Bouchard, +1 418 555 0102\n"
    )
    assert contact_rows(text) == [
        (
            "Claire Gagnon",
            "Investor Relations",
            None,
            ("cgagnon@nordlys.example",),
            ("+1 418 555 0101",),
        ),
        ("Marc Bouchard", "Media", None, (), ("+1 418 555 0102",)),
    ]


def test_a_table_with_operators_as_column_headings_holds_no_contact() -> None:
    text = (
        "    Operating data                                Fjordnet          Nordlys\n"
        "                                                  (Norway)          (Sweden)\n"
        "    -----------------------------------------------------------------------\n"
        "    Subscribers, June 30, 2005                   1,412,000         2,027,000\n"
        "    Net additions, second quarter 2005             128,000           163,000\n"
        "    Blended ARPU (US$), second quarter 2005          21.40             18.75\n"
    )
    assert contact_rows(text) == []
