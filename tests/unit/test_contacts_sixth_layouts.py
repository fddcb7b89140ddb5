"""Tests for contact layouts: forms of address before names, notes after numbers, postal
codes, firms over names, dot leaders, captioned tables, dash-separated lines."""

from __future__ import annotations

from app.ingest.contacts import parse_phone
from tests.unit.contact_rows import contact_rows


def test_a_right_aligned_block_drops_the_form_of_address_and_the_line_note() -> None:
    text = (
        "                                          Corporate Communications\n"
        "                                            Nordlys Telecom Limited\n"
        "                                                    Mrs. Ingrid Dahl\n"
        "                                                 Head of Media, Press\n"
        "                                              Tel: +47 22 00 11 44\n"
        "                                              Fax: +47 22 00 11 45\n"
        "                                       E-mail: press@nordlys.example\n"
        "\n"
        "                                              Fjordvik & Partners\n"
        "                                                    Dr Ola Berg\n"
        "                                  Tel: +47 22 00 99 88 (mobile)\n"
        "                                           ola.berg@fjordvik.example\n"
    )
    assert contact_rows(text) == [
        (
            "Ingrid Dahl",
            "Head of Media, Press",
            "Nordlys Telecom Limited",
            ("press@nordlys.example",),
            ("+47 22 00 11 44",),
        ),
        (
            "Ola Berg",
            None,
            "Fjordvik & Partners",
            ("ola.berg@fjordvik.example",),
            ("+47 22 00 99 88",),
        ),
    ]


def test_a_postal_code_is_no_phone_and_a_letters_addressee_no_contact() -> None:
    text = (
        "The Secretary                        The Secretary\n"
        "Calcutta Stock Exchange Limited      Delhi Stock Exchange Association\n"
        "Lyons Range Towers                   DSE House, Asaf Ali Road\n"
        "Lyons Range, Kolkata 700 001         Darya Ganj, New Delhi 110002\n"
    )
    assert contact_rows(text) == []
    assert parse_phone("Kolkata 700 001") is None
    assert parse_phone("Tel. +91-33-2210 4470") == "+91-33-2210 4470"


def test_a_brazilian_carrier_prefix_is_part_of_the_number() -> None:
    assert parse_phone("Tel. 0xx21 2555-0100") == "0xx21 2555-0100"


def test_dot_leaders_to_the_number_and_the_address_right_aligned_below() -> None:
    text = (
        "For further information:\n"
        "\n"
        "  Press:       Ingrid Dahl, Nordlys Telecom ........ +47 22 00 11 44\n"
        "                                           ingrid.dahl@nordlys.example\n"
        "  Analysts: Ola K. Berg, Nordlys Holding ASA .. 22.00.11.55.66\n"
        "                                                ir@nordlys.example\n"
        "  Consortium:  Eva Lund, Baltic Carrier Forum . +46 8 555 0100\n"
        "                                           eva@bcforum.example\n"
    )
    assert contact_rows(text) == [
        (
            "Ingrid Dahl",
            "Press",
            "Nordlys Telecom",
            ("ingrid.dahl@nordlys.example",),
            ("+47 22 00 11 44",),
        ),
        (
            "Ola K. Berg",
            "Analysts",
            "Nordlys Holding ASA",
            ("ir@nordlys.example",),
            ("22.00.11.55.66",),
        ),
        ("Eva Lund", None, "Baltic Carrier Forum", ("eva@bcforum.example",), ("+46 8 555 0100",)),
    ]


def test_dot_leader_rows_under_a_department_heading_with_a_fax_row() -> None:
    text = (
        "Press Office\n"
        "  Ana Beatriz Costa Lima ..... Head of Press ......... +351 21 500 1000\n"
        "  Rui Pedro Alves ........... Press Officer ......... +351 21 500 1001\n"
        "  Fax ............................................... +351 21 500 1099\n"
    )
    assert contact_rows(text) == [
        ("Ana Beatriz Costa Lima", "Head of Press", None, (), ("+351 21 500 1000",)),
        ("Rui Pedro Alves", "Press Officer", None, (), ("+351 21 500 1001",)),
    ]


def test_a_ruled_table_with_captions_and_headings_naming_firm_and_department() -> None:
    text = (
        "Contacts\n"
        "---------------------------------------------------------------------\n"
        "Name             Title                       Telephone        E-mail\n"
        "---------------------------------------------------------------------\n"
        "Kim Min-jun      Head of Investor Relations  +82-2-555-0101   ir@hanbit.example\n"
        "Yoon Seo-yeon    Public Relations Team       +82-2-555-0102   sy@hanbit.example\n"
        "---------------------------------------------------------------------\n"
        "\n"
        "Hanbit - Investor Relations\n"
        "Park Ji-ho        jh.park@hanbit.example        (82 2) 555-0103\n"
        "Fax: (82 2) 555-0199\n"
        "\n"
        "Seoul Advisory Partners\n"
        "Emma Clarke       eclarke@sap.example           (1 212) 555-0104\n"
    )
    assert contact_rows(text) == [
        (
            "Kim Min-jun",
            "Head of Investor Relations",
            None,
            ("ir@hanbit.example",),
            ("+82-2-555-0101",),
        ),
        (
            "Yoon Seo-yeon",
            "Public Relations Team",
            None,
            ("sy@hanbit.example",),
            ("+82-2-555-0102",),
        ),
        (
            "Park Ji-ho",
            "Investor Relations",
            "Hanbit",
            ("jh.park@hanbit.example",),
            ("(82 2) 555-0103",),
        ),
        (
            "Emma Clarke",
            None,
            "Seoul Advisory Partners",
            ("eclarke@sap.example",),
            ("(1 212) 555-0104",),
        ),
    ]


def test_a_function_label_before_a_comma_row_is_the_title_and_a_wrapped_address_joins_it() -> None:
    text = (
        "Investor relations: Maria Holm, 1-800-555-0188, ir@fjordnet.example\n"
        "\n"
        "Press contact:  Lars Vik, Fjordnet Communications, (47) 555-0199,\n"
        "                lars.vik@fjordnet.example\n"
    )
    assert contact_rows(text) == [
        ("Maria Holm", "Investor relations", None, ("ir@fjordnet.example",), ("1-800-555-0188",)),
        (
            "Lars Vik",
            "Press contact",
            "Fjordnet Communications",
            ("lars.vik@fjordnet.example",),
            ("(47) 555-0199",),
        ),
    ]


def test_spaced_dashes_bars_and_a_one_line_agency_contact() -> None:
    text = (
        "Investor Relations\n"
        "  Paulo Mendes Ribeiro - Investor Relations Officer\n"
        "  Phone: 55 11 5555-0100  |  Fax: 55-11-5555-0199\n"
        "  Mobile: +55 (11) 9555 0101\n"
        "  E-mail: pmribeiro@sulcel.example\n"
        "\n"
        "Press (Curitiba)\n"
        "  Beatriz Lopes - Press Officer, Nordlys Telecom ASA\n"
        "  Tel. (41) 9555-0102 / 0xx41 3555-0103\n"
        "  imprensa@sulcel.example\n"
        "\n"
        "Harbor Advisory (London) - Tom Reid - +44 20 7555 0104 -\n"
        "  tom.reid@harbor.example\n"
    )
    assert contact_rows(text) == [
        (
            "Paulo Mendes Ribeiro",
            "Investor Relations Officer",
            None,
            ("pmribeiro@sulcel.example",),
            ("55 11 5555-0100", "+55 (11) 9555 0101"),
        ),
        (
            "Beatriz Lopes",
            "Press Officer",
            "Nordlys Telecom ASA",
            ("imprensa@sulcel.example",),
            ("(41) 9555-0102", "0xx41 3555-0103"),
        ),
        ("Tom Reid", None, "Harbor Advisory", ("tom.reid@harbor.example",), ("+44 20 7555 0104",)),
    ]


def test_a_company_beside_its_department_a_place_and_an_initial_over_names() -> None:
    text = (
        "Nordlys Telecom - Investor Relations\n"
        "M. Ali Khan\n"
        "Tel: +47 22 00 11 66\n"
        "\n"
        "London\n"
        "Sarah Whitfield\n"
        "Tel: +44 20 7555 0177\n"
        "\n"
        "Brunswick (Paris)\n"
        "Claire Martin\n"
        "Tel: +33 1 55 55 01 88\n"
    )
    assert contact_rows(text) == [
        ("M. Ali Khan", "Investor Relations", "Nordlys Telecom", (), ("+47 22 00 11 66",)),
        ("Sarah Whitfield", None, None, (), ("+44 20 7555 0177",)),
        ("Claire Martin", None, "Brunswick", (), ("+33 1 55 55 01 88",)),
    ]


def test_an_exchanges_address_with_its_phone_is_no_contact() -> None:
    text = (
        "The Company Secretary\n"
        "Harbour Securities Exchange Limited\n"
        "Marina Trade Towers\n"
        "Tel: +65 6555 0123\n"
    )
    assert contact_rows(text) == []


def test_a_table_captioned_contact_role_phone_number_and_a_surname_kept_with_its_mrs() -> None:
    text = (
        "Contact             Role                Phone number       Email address\n"
        "Mrs. Agnes Wong     Media Relations     +852 2555 0110     agnes@harbour.example\n"
        "\n"
        "Mrs Lee\n"
        "Tel: +852 2555 0111\n"
    )
    assert contact_rows(text) == [
        ("Agnes Wong", "Media Relations", None, ("agnes@harbour.example",), ("+852 2555 0110",)),
        ("Mrs Lee", None, None, (), ("+852 2555 0111",)),
    ]
