"""Tests for press-contact blocks: one or two columns, phones as written, fax skipped."""

from __future__ import annotations

import pytest

from app.ingest.contacts import find_contacts, is_person_name, parse_phone
from app.ingest.records import Section


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("t: +44 (0) 771 575 9176", "+44 (0) 771 575 9176"),
        ("Tel +43 699 1699 3400", "+43 699 1699 3400"),
        ("+34.91.202.50.61", "+34.91.202.50.61"),
        ("phone: + 34 656 155 213", "+ 34 656 155 213"),
        ("Media-Hotline 0800 333 000", "0800 333 000"),
        ("t :+43 699-1699 3400,", "+43 699-1699 3400"),
        ("Tel.: +31 6 15213446", "+31 6 15213446"),
        ("Fax +41 (0)1 300 41 71", None),
        ("F: +44 20 7000 0000", None),
        ("Via C.G.Viola, 48 - 00148 Roma", None),
        ("www.wind.it", None),
        ("Call 12", None),
    ],
)
def test_parse_phone(line: str, phone: str | None) -> None:
    assert parse_phone(line) == phone


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("David Nicholas", True),
        ("Cindy Naegeli-du Pont", True),
        ("Gianni Di Giovanni", True),
        ("Head of Media Relations", False),
        ("Corporate Communication Manager", False),
        ("mmO2 plc", False),
        ("TDC Switzerland AG", False),
        ("ROBERT HARWOOD", False),
        ("Kestrel Cellular", False),
        ("Tarn Valley Broadband", False),
        ("The Hungarian number two operator Pannon GSM has been", False),
    ],
)
def test_is_person_name(line: str, expected: bool) -> None:
    assert is_person_name(line) is expected


TWO_COLUMNS = """mmO2 Contacts:

David Nicholas                                     Simon Gordon
Head of Media Relations                            Press Relations Manager
mmO2 plc                                           mmO2 plc
david.nicholas@o2.com                              simon.gordon@o2.com
t: +44 (0) 771 575 9176                            t: +44 (0)771 007 0698

mmO2 press office: 01753 628402
"""


def test_two_columns_are_split_by_position() -> None:
    contacts = find_contacts(TWO_COLUMNS, start=0, end=len(TWO_COLUMNS))
    assert [c.name for c in contacts] == ["David Nicholas", "Simon Gordon"]
    first, second = contacts
    assert first.title == "Head of Media Relations"
    assert second.title == "Press Relations Manager"
    assert first.organization == second.organization == "mmO2 plc"
    assert first.emails == ("david.nicholas@o2.com",)
    assert second.phones == ("+44 (0)771 007 0698",)
    # Each column's person: from the name to the column's last line (the lines between hold
    # the other column's words too, but not the other person's last line).
    for contact in contacts:
        assert TWO_COLUMNS[contact.span.start : contact.span.end] == contact.span.text
    assert first.span.text.startswith("David Nicholas")
    assert first.span.text.endswith("+44 (0) 771 575 9176")
    assert second.span.text.startswith("Simon Gordon")
    assert second.span.text.endswith("+44 (0)771 007 0698")
    assert "David Nicholas" not in second.span.text
    assert "press office" not in first.span.text + second.span.text


def test_two_columns_where_the_right_one_runs_longer() -> None:
    text = (
        "Ola Hansen                  Ingrid Berg\n"
        "Head of Press               Investor Relations Manager\n"
        "ola@nordlys.example         ingrid@nordlys.example\n"
        "                            Tel +47 22 00 00 02\n"
    )
    left, right = find_contacts(text, start=0, end=len(text))
    assert (left.name, left.phones, left.emails) == ("Ola Hansen", (), ("ola@nordlys.example",))
    assert (right.name, right.phones) == ("Ingrid Berg", ("+47 22 00 00 02",))


STACKED = """Amena
Amena is the mobile operator of Group Auna, the leading alternative telecom
operator in Spain.

Manuel Bueno Montoya
Press director Auna Group
+34.91.202.50.61
Fernando Castro Izuzquiza
Chief of press of Amena
+34.656.155.213

Monika Walser
Executive Director Corporate Communications
Media-Hotline 0800 333 000
Fax +41 (0)1 300 41 71
Phone +41 (0)1 300 91 01
media@sunrise.net
media2@sunrise.net
"""


def test_stacked_contacts_take_the_about_heading_as_organization() -> None:
    sections = (Section(kind="about", heading="Amena", start=0, end=STACKED.index("Monika")),)
    contacts = find_contacts(STACKED, start=0, end=len(STACKED), sections=sections)
    assert [c.name for c in contacts] == [
        "Manuel Bueno Montoya",
        "Fernando Castro Izuzquiza",
        "Monika Walser",
    ]
    manuel, fernando, monika = contacts
    # A known company after the title is the contact's own, over the about heading's.
    assert (manuel.title, manuel.organization) == ("Press director", "Auna Group")
    assert (fernando.title, fernando.organization) == ("Chief of press of Amena", "Amena")
    assert fernando.phones == ("+34.656.155.213",)
    assert monika.organization is None
    assert monika.phones == ("0800 333 000", "+41 (0)1 300 91 01")
    assert monika.emails == ("media@sunrise.net", "media2@sunrise.net")


def test_about_prefix_is_dropped_from_the_organization() -> None:
    text = "About O2 UK\n\nJane Smith\nPress Officer\njane@o2.example\n"
    sections = (Section(kind="about", heading="About O2 UK", start=0, end=len(text)),)
    (contact,) = find_contacts(text, start=0, end=len(text), sections=sections)
    assert contact.organization == "O2 UK"


def test_names_without_email_or_phone_are_not_contacts() -> None:
    text = "Pannon GSM\nThe Hungarian number two operator Pannon GSM has been operating here.\n"
    text += "\nJane Smith\nPress Officer\n"
    assert find_contacts(text, start=0, end=len(text)) == ()


def _contacts(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.name, c.title, c.organization) for c in find_contacts(text, start=0, end=len(text))]


def test_a_block_heading_gives_way_to_the_title_under_the_name() -> None:
    text = (
        "Press\nAnna Berg\nPress Officer\ntel. +47 22 00 00 01\n\n"
        "Investor Relations\nOla Hansen\nInvestor Relations Manager\ntel. +47 22 00 00 02\n"
    )
    assert _contacts(text) == [
        ("Anna Berg", "Press Officer", None),
        ("Ola Hansen", "Investor Relations Manager", None),
    ]


def test_a_company_opening_the_heading_is_the_organization() -> None:
    text = "TDC Investor Relations\nAnna Berg\nHead of Investor Relations\nTel. +45 3343 7680\n"
    assert _contacts(text) == [("Anna Berg", "Head of Investor Relations", "TDC")]


def test_title_comma_organization_is_split() -> None:
    text = "Anna Berg\nHead of Press Relations, Orange\nTel: +33 1 55 22 22 22\n"
    assert _contacts(text) == [("Anna Berg", "Head of Press Relations", "Orange")]
    # A comma inside a title with no company after it stays in the title.
    text = "Anna Berg\nHead of Press, Investor Relations\nTel: +33 1 55 22 22 22\n"
    assert _contacts(text) == [("Anna Berg", "Head of Press, Investor Relations", None)]


def test_two_columns_with_organization_and_office() -> None:
    text = (
        "Anna Berg                                  Ola Hansen\n"
        "Nordlink (Oslo)                            Brunswick (London)\n"
        "Tel: 47 (22) 974-5888                      Tel: 44 (20) 704-8134\n"
        "anna@nordlink.no                           ola@brunswick.co.uk\n"
    )
    assert _contacts(text) == [
        ("Anna Berg", None, "Nordlink"),
        ("Ola Hansen", None, "Brunswick"),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Anna Berg, Investor Relations, Telenor", ("Anna Berg", "Investor Relations", "Telenor")),
        ("Anna Berg, Telenor, Head of Press", ("Anna Berg", "Head of Press", "Telenor")),
        ("Anna Berg,  Press Officer", ("Anna Berg", "Press Officer", None)),
        ("Anna Berg, Nordlink Partners AS", ("Anna Berg", None, "Nordlink Partners AS")),
        # Not a title: the firm that speaks for the issuer, an agency with no legal form.
        ("Ola Hansen, Hill Knowlton Strategies", ("Ola Hansen", None, "Hill Knowlton Strategies")),
        # A title wrapped after its comma stays one title.
        (
            "Ola Hansen, Vice President, Investor Relations",
            ("Ola Hansen", "Vice President, Investor Relations", None),
        ),
    ],
)
def test_name_title_and_company_on_one_line(line: str, expected: tuple[str, ...]) -> None:
    text = f"For more information:\n{line}\nTel: +47 22 00 00 01\nanna@telenor.example\n"
    assert _contacts(text) == [expected]


def test_a_company_line_under_name_and_title_is_the_organization() -> None:
    text = (
        "Anna Berg, Investor Relations\nNordlys Telecom ASA\nTel: (47) 22 00-00 01\n"
        "anna@nordlys.example\n\n"
        "Ola Hansen, Press Manager\nNordlys Mobil\nTel: (47) 22 00-00 02\n\n"
        "Siri Dahl\nHead of Press\nVodafone\nTel: +44 1635 33251\n"
    )
    assert _contacts(text) == [
        ("Anna Berg", "Investor Relations", "Nordlys Telecom ASA"),
        ("Ola Hansen", "Press Manager", "Nordlys Mobil"),
        ("Siri Dahl", "Head of Press", "Vodafone"),
    ]


def test_a_known_company_after_the_title_comma_may_hold_title_words() -> None:
    text = "Anna Berg\nSpokesperson, Partner Communications\nTel: +972 54 781 4200\n"
    assert _contacts(text) == [("Anna Berg", "Spokesperson", "Partner Communications")]
    text = "Anna Berg\nPress Officer, Telecom Personal S.A.\nTel: +54 11 4968 5500\n"
    assert _contacts(text) == [("Anna Berg", "Press Officer", "Telecom Personal S.A.")]


def test_an_organization_with_a_dotted_legal_form_is_no_person() -> None:
    assert not is_person_name("Telecom Argentina S.A.")
    assert not is_person_name("Nordlys Holding N.V.")


def test_a_name_and_a_number_on_one_line_in_a_form() -> None:
    text = (
        "11. Contact name for queries\n\nKari Nordmann,  +47 22 00 11 22\n\n"
        "12. Name of authorised official\n\nKari Nordmann, Company Secretary\n"
    )
    contacts = find_contacts(text, start=0, end=len(text))
    assert [(c.name, c.title, c.phones) for c in contacts] == [
        ("Kari Nordmann", None, ("+47 22 00 11 22",))
    ]
    assert text[contacts[0].span.start : contacts[0].span.end] == contacts[0].span.text


def test_a_known_company_closing_the_title_line_is_the_organization() -> None:
    text = "Anna Berg\nHead of Press  Telenor Mobil\n+47 22 00 11 22\n"
    assert _contacts(text) == [("Anna Berg", "Head of Press", "Telenor Mobil")]
    # The title runs on into the company: it stays whole.
    text = "Anna Berg\nHead of Press at Telenor\n+47 22 00 11 22\n"
    assert _contacts(text) == [("Anna Berg", "Head of Press at Telenor", None)]


@pytest.mark.parametrize(
    "rows",
    [
        "Name            Title                       Phone            E-mail\n"
        "Kari Nordmann   Head of Press               +47 22 00 11 22  kari@nordlys.no\n"
        "Ola Berg        Director, Investor Relations   +47 22 00 11 33  ola.berg@nordlys.no\n",
        "Kari Nordmann\tHead of Press\t+47 22 00 11 22\tkari@nordlys.no\n"
        "Ola Berg\tDirector, Investor Relations\t+47 22 00 11 33\tola.berg@nordlys.no\n",
        "Kari Nordmann, Head of Press, +47 22 00 11 22, kari@nordlys.no\r\n"
        "Ola Berg, Director, Investor Relations, +47 22 00 11 33, ola.berg@nordlys.no\r\n",
    ],
)
def test_a_contact_table_one_person_a_line(rows: str) -> None:
    text = "Investor Relations contacts:\n\n" + rows
    contacts = find_contacts(text, start=0, end=len(text))
    assert [(c.name, c.title, c.phones, c.emails) for c in contacts] == [
        ("Kari Nordmann", "Head of Press", ("+47 22 00 11 22",), ("kari@nordlys.no",)),
        (
            "Ola Berg",
            "Director, Investor Relations",
            ("+47 22 00 11 33",),
            ("ola.berg@nordlys.no",),
        ),
    ]
    for contact in contacts:
        assert text[contact.span.start : contact.span.end] == contact.span.text


@pytest.mark.parametrize(
    ("line", "organization"),
    [
        ("Head of Press, Nordlys Holdings, Inc.", "Nordlys Holdings, Inc."),
        ("Head of Press, Telenor, Inc.", "Telenor, Inc."),
        ("Head of Press, Nordlys Telecom, Ltd.", "Nordlys Telecom, Ltd."),
    ],
)
def test_a_title_then_an_organization_with_a_legal_form_after_a_comma(
    line: str, organization: str
) -> None:
    text = f"Contact:\r\n\r\nKari Nordmann\r\n{line}\r\nTel: +47 22 00 11 22\r\n"
    (contact,) = find_contacts(text, start=0, end=len(text))
    assert (contact.title, contact.organization) == ("Head of Press", organization)


def _full(text: str) -> list[tuple[object, ...]]:
    contacts = find_contacts(text, start=0, end=len(text))
    for contact in contacts:
        assert text[contact.span.start : contact.span.end] == contact.span.text
    return [(c.name, c.title, c.organization, c.emails, c.phones) for c in contacts]


def test_a_block_aligned_to_the_right_margin_under_a_label_that_is_no_name() -> None:
    pad = " " * 50
    text = (
        f"{pad}Issuer Contact\n{pad}    Jonas Lind\n{pad}Head of Treasury\n{pad}Nordlys ASA\n"
        f"{pad}Phone:  +47 21 00 00 01\n{pad}Mail:  ir@nordlys.example\n\n"
        f"{pad}Investor Relations Contacts\n{pad}  Petra Holm\n{pad}Fjord Investor Relations\n"
        f"{pad}Tel:  +1 212 555 0142\n{pad}E-mail:  nordlys@fjord-ir.example\n"
    )
    assert _full(text) == [
        (
            "Jonas Lind",
            "Head of Treasury",
            "Nordlys ASA",
            ("ir@nordlys.example",),
            ("+47 21 00 00 01",),
        ),
        (
            "Petra Holm",
            None,
            "Fjord Investor Relations",
            ("nordlys@fjord-ir.example",),
            ("+1 212 555 0142",),
        ),
    ]


def test_a_label_with_its_value_after_a_wide_gap_is_no_second_column() -> None:
    text = (
        "Lena Park\nHead of Press\nTel:        +82 2 6100 0000\nE-mail:     lena@hanbit.example\n"
    )
    assert _full(text) == [
        ("Lena Park", "Head of Press", None, ("lena@hanbit.example",), ("+82 2 6100 0000",))
    ]
    # Two labelled columns side by side still split.
    text = (
        "Lena Park                    Tomas Berg\n"
        "Tel:  +82 2 6100 0000        Tel:  +82 2 6100 0001\n"
    )
    assert [(c.name, c.phones) for c in find_contacts(text, start=0, end=len(text))] == [
        ("Lena Park", ("+82 2 6100 0000",)),
        ("Tomas Berg", ("+82 2 6100 0001",)),
    ]


def test_one_contact_on_one_line_split_by_semicolons() -> None:
    text = (
        "Nordtel\nCorporate Communications Department\n"
        "Ivan Petrov, Head of Press Service; phone: +7 (812) 555-0101; email: ip@nordtel.example\n"
        "\nInvestor Relations Department\nphone: +7 (812) 555-0102; email: ir@nordtel.example\n"
    )
    # The department block names nobody: no contact from it.
    assert _full(text) == [
        (
            "Ivan Petrov",
            "Head of Press Service",
            "Nordtel",
            ("ip@nordtel.example",),
            ("+7 (812) 555-0101",),
        ),
    ]


def test_labelled_contacts_with_several_numbers_on_one_line() -> None:
    text = (
        "Press:       Mere Tane, Communications Adviser\n"
        "             Mobile 021 555 0110 or 09 555 0111\n"
        "Analysts:    Sam Cole, Head of Investor Relations\n"
        "             Tel +64 9 555 0112, e-mail sam.cole@kiwitel.example\n"
    )
    assert _full(text) == [
        ("Mere Tane", "Communications Adviser", None, (), ("021 555 0110", "09 555 0111")),
        (
            "Sam Cole",
            "Head of Investor Relations",
            None,
            ("sam.cole@kiwitel.example",),
            ("+64 9 555 0112",),
        ),
    ]


def test_contacts_named_in_a_running_sentence() -> None:
    text = (
        "Questions may be addressed to the company: please contact Thabo Nkosi, Manager:\n"
        "Treasury, on +27 11 555 0100 or at nkosit@sunveld.example, and Lindiwe Dube,\n"
        "Head: Communications, at dubel@sunveld.example.\n"
    )
    assert _full(text) == [
        (
            "Thabo Nkosi",
            "Manager: Treasury",
            None,
            ("nkosit@sunveld.example",),
            ("+27 11 555 0100",),
        ),
        ("Lindiwe Dube", "Head: Communications", None, ("dubel@sunveld.example",), ()),
    ]
    # A sentence with a number but nobody to contact gives no contact.
    text = "To contact the help desk for more details, call 0800 555 0100 from any phone.\n"
    assert _full(text) == []


def test_a_place_over_a_persons_title_is_no_organization() -> None:
    # "Oslo" over "Head of Press" is where the contact sits, not whom they work for; a firm's
    # name over "Investor Relations" is.
    text = (
        "For further information:\n\n"
        "Oslo\nHead of Press\nKari Nordmann\nTel: +47 22 00 00 00\n\n"
        "Fjordlys\nInvestor Relations\nOla Hansen\nTel: +47 22 00 00 01\n"
    )
    found = {c.name: c.organization for c in find_contacts(text, start=0, end=len(text))}
    assert found == {"Kari Nordmann": None, "Ola Hansen": "Fjordlys"}


def test_a_place_heading_over_a_markets_paragraph_names_no_employer() -> None:
    # A results release's market headings ("Brazil") run on to the contacts at the end: the
    # country is where the market is, not whom the contacts work for.
    text = (
        "Brazil\n\nVerdemar Celular had 3.1 million customers at 30 September.\n\n"
        "For further information, please contact:\n\n"
        "Paulo Souza, Head of Investor Relations\nTel: +55 11 5555 0100\n"
    )
    sections = (Section(kind="about", heading="Brazil", start=0, end=len(text)),)
    (contact,) = find_contacts(text, start=0, end=len(text), sections=sections)
    assert (contact.name, contact.organization) == ("Paulo Souza", None)
    # A company's name as the heading is still the contact's organization.
    text = text.replace("Brazil", "Verdemar", 1)
    sections = (Section(kind="about", heading="Verdemar", start=0, end=len(text)),)
    (contact,) = find_contacts(text, start=0, end=len(text), sections=sections)
    assert contact.organization == "Verdemar"


@pytest.mark.parametrize(
    ("line", "phones"),
    [
        ("Mobile: +44 7700 900 123 / +44 20 7946 0000", ("+44 7700 900 123", "+44 20 7946 0000")),
        ("Tel.  (021) 555 0101/(021) 555 0102", ("(021) 555 0101", "(021) 555 0102")),
        # A slash inside one number (an area code, an extension) splits nothing.
        ("Tel: 030/1234 5678", ("030/1234 5678",)),
        ("Tel: +49 30 1234 5678/9", ("+49 30 1234 5678/9",)),
    ],
)
def test_numbers_listed_with_a_slash_are_each_a_phone(line: str, phones: tuple[str, ...]) -> None:
    text = f"Ines Vidal, Press Officer\n{line}\nines.vidal@solnet.example\n"
    (contact,) = find_contacts(text, start=0, end=len(text))
    assert contact.phones == phones


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Mika Sato, Manager, International PR", "Manager, International PR"),
        (
            "Mika Sato, Senior Officer, Investor Relations & Treasury",
            "Senior Officer, Investor Relations & Treasury",
        ),
        ("Mika Sato, External PR", "External PR"),
    ],
)
def test_a_department_after_the_title_comma_is_part_of_the_title(line: str, title: str) -> None:
    # The company line above the name is the organization, not the department.
    text = f"Media contacts:\n\nKirin Mobile Ltd.\n{line}\nTel: +81-3-5555-0100\n"
    (contact,) = find_contacts(text, start=0, end=len(text))
    assert (contact.name, contact.title, contact.organization) == (
        "Mika Sato",
        title,
        "Kirin Mobile Ltd.",
    )
    # A firm speaking for the issuer after the title is still an organization.
    text = "Mika Sato, Account Director, Fjord Investor Relations\nTel: +81-3-5555-0100\n"
    (contact,) = find_contacts(text, start=0, end=len(text))
    assert contact.organization == "Fjord Investor Relations"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Contact person: Wong Mei Ling (Assistant Manager)", "Assistant Manager"),
        ("Contact: Wong Mei Ling (Head of Investor Relations)", "Head of Investor Relations"),
        ("Wong Mei Ling  (Press Officer)", "Press Officer"),
    ],
)
def test_a_name_with_the_title_in_brackets(line: str, title: str) -> None:
    text = (
        "For enquiries, please contact:\r\n\r\nInvestor Relations Department\r\n"
        f"Harbour Telecom Limited\r\n{line}\r\nTel:    (852) 2555 0100\r\n"
        "Fax:    (852) 2555 0101\r\nEmail:  ir@harbour.example\r\n"
    )
    assert _full(text) == [
        (
            "Wong Mei Ling",
            title,
            "Harbour Telecom Limited",
            ("ir@harbour.example",),
            ("(852) 2555 0100",),
        )
    ]


def test_a_name_with_the_company_in_brackets() -> None:
    text = "Wong Mei Ling (Orient Mobile Ltd.)\nTel: (852) 2555 0100\n"
    assert _contacts(text) == [("Wong Mei Ling", None, "Orient Mobile Ltd.")]


def test_a_place_in_brackets_after_a_title_stays_in_the_title() -> None:
    text = "Anna Berg, Head of Press (Oslo)\nTel: +47 22 00 00 01\n"
    assert _contacts(text) == [("Anna Berg", "Head of Press (Oslo)", None)]


def test_one_line_contacts_each_with_a_label_name_title_company_phone_and_email() -> None:
    text = (
        "Contact: Park Ji-won, Director, Corporate Communications, Hanbit Telecom Co., "
        "+82-2-555-0110, jwpark@hanbit.example\n"
        "Contact: Choi Min-ho, Spokesman, Hanbit Telecom Co., +82-2-555-0120, "
        "mhchoi@hanbit.example\n"
    )
    assert _full(text) == [
        (
            "Park Ji-won",
            "Director, Corporate Communications",
            "Hanbit Telecom Co.",
            ("jwpark@hanbit.example",),
            ("+82-2-555-0110",),
        ),
        (
            "Choi Min-ho",
            "Spokesman",
            "Hanbit Telecom Co.",
            ("mhchoi@hanbit.example",),
            ("+82-2-555-0120",),
        ),
    ]


def test_one_line_contacts_under_the_invitation_with_a_labelled_phone() -> None:
    text = (
        "For more information, please contact:\n"
        "Erik Dahl, Chief Executive Officer, Fjordnet ASA,  Tel: +47 (0)22 555 010\n"
        "Sara Lund, Head of Investor Relations, Fjordnet ASA, Phone: +47 (0)22 555 020\n"
    )
    assert _full(text) == [
        ("Erik Dahl", "Chief Executive Officer", "Fjordnet ASA", (), ("+47 (0)22 555 010",)),
        ("Sara Lund", "Head of Investor Relations", "Fjordnet ASA", (), ("+47 (0)22 555 020",)),
    ]


def test_a_contact_table_under_its_company_and_captions() -> None:
    text = (
        "For further information, please contact:\n\n"
        "Nordlys Telecom Oyj\n"
        "Name                 Function                      Phone\n"
        "Aino Virtanen        Director, Communications      +358 40 555 0101\n"
        "Mikko Korhonen       Investor Relations, Espoo     +358 40 555 0102\n"
    )
    assert _full(text) == [
        (
            "Aino Virtanen",
            "Director, Communications",
            "Nordlys Telecom Oyj",
            (),
            ("+358 40 555 0101",),
        ),
        (
            "Mikko Korhonen",
            "Investor Relations, Espoo",
            "Nordlys Telecom Oyj",
            (),
            ("+358 40 555 0102",),
        ),
    ]


def test_a_contact_table_with_a_wrapped_title_cell_keeps_its_people() -> None:
    text = (
        "Name                 Position                      Telephone\n"
        "Aino Virtanen        Director, Communications      +358 40 555 0101\n"
        "Mikko Korhonen       Investor Relations            +358 40 555 0102\n"
        "                     and Treasury\n"
    )
    assert _full(text) == [
        ("Aino Virtanen", "Director, Communications", None, (), ("+358 40 555 0101",)),
        ("Mikko Korhonen", "Investor Relations and Treasury", None, (), ("+358 40 555 0102",)),
    ]
    # The captions are nobody's name, however the block is read.
    assert not is_person_name("Position Telephone")


def test_one_line_contacts_where_one_gives_no_number() -> None:
    text = (
        "Contact: Park Ji-won, Director, Hanbit Telecom Co., +82-2-555-0110\n"
        "Contact: Choi Min-ho, Spokesman, Hanbit Telecom Co.\n"
    )
    assert _full(text) == [
        ("Park Ji-won", "Director", "Hanbit Telecom Co.", (), ("+82-2-555-0110",))
    ]


def test_contacts_in_a_sentence_keep_their_company_out_of_the_title() -> None:
    text = (
        "For further information, please contact\n"
        "Erik Dahl, Chief Executive Officer, Fjordnet ASA, Telephone: +47 22 555 010 or\n"
        "Sara Lund, Investor Relations, Fjordnet ASA, Telephone: +47 22 555 020\n"
    )
    assert _full(text) == [
        ("Erik Dahl", "Chief Executive Officer", "Fjordnet ASA", (), ("+47 22 555 010",)),
        ("Sara Lund", "Investor Relations", "Fjordnet ASA", (), ("+47 22 555 020",)),
    ]
    # "at" before the company is part of the title, "at" before an address is not.
    text = (
        "For more details please contact Erik Dahl, Head of Press at Fjordnet ASA, mobile: "
        "+47 900 55 010, or at erik@fjordnet.example.\n"
    )
    assert _full(text) == [
        (
            "Erik Dahl",
            "Head of Press at Fjordnet ASA",
            None,
            ("erik@fjordnet.example",),
            ("+47 900 55 010",),
        )
    ]


@pytest.mark.parametrize(
    ("block", "phone", "email"),
    [
        # A carrier code ("0xx") inside the number, and a number with dots only.
        ("Marta Sousa\nHead of Press\nTel.: 0xx21 3131-4500", "0xx21 3131-4500", None),
        ("Pieter Jansen\nSpokesman\n+31.70.555.01.23", "+31.70.555.01.23", None),
        # An address alone, no digits at all.
        (
            "Lena Berg\nInvestor Relations\nlena.berg@nordvik.example",
            None,
            "lena.berg@nordvik.example",
        ),
        # A sentence that names the person, its number wrapped onto the next line.
        (
            "For further information, please contact Ana Lima, Head of Investor Relations, on\n"
            "+55 21 3131 4500.",
            "+55 21 3131 4500",
            None,
        ),
    ],
)
def test_a_block_that_reaches_someone_is_read_however_its_number_is_written(
    block: str, phone: str | None, email: str | None
) -> None:
    # Blocks with no address and no number that could be dialled are passed over unread;
    # every way of writing a number the lines are read for still gets its block read.
    text = f"Release text.\n\n{block}\n"
    (contact,) = find_contacts(text, start=0, end=len(text))
    assert contact.phones == ((phone,) if phone else ())
    assert contact.emails == ((email,) if email else ())


def test_a_block_of_prose_with_figures_but_no_number_to_dial_has_no_contact() -> None:
    text = "Revenue rose 12% to EUR 1,234.5 million in 2005 from 1,101.2 million in 2004.\n"
    assert find_contacts(text, start=0, end=len(text)) == ()


@pytest.mark.parametrize(
    "block",
    [
        # Stacked lines, one person after the other.
        "Media enquiries:\n"
        "Liv Aasen\nHead of Press\nTel +47 23 55 01 10\nliv.aasen@vestnet.example\n"
        "Tor Brekke\nInvestor Relations Manager\nTel +47 23 55 01 20\ntor.brekke@vestnet.example\n",
        # A table, one person a row.
        "Name         Title                 Phone             E-mail\n"
        "Liv Aasen    Head of Press         +47 23 55 01 10   liv.aasen@vestnet.example\n"
        "Tor Brekke   Investor Relations    +47 23 55 01 20   tor.brekke@vestnet.example\n",
        # A barred table whose second row wraps its address onto the next line.
        "| Name       | Position           | Phone           | E-mail                     |\n"
        "| Liv Aasen  | Head of Press      | +47 23 55 01 10 | liv.aasen@vestnet.example  |\n"
        "| Tor Brekke | Investor Relations | +47 23 55 01 20 |                            |\n"
        "|            |                    |                 | tor.brekke@vestnet.example |\n",
        # The function before each name.
        "Press:       Liv Aasen, Head of Press\n"
        "             Tel +47 23 55 01 10, e-mail liv.aasen@vestnet.example\n"
        "Investors:   Tor Brekke, Investor Relations Manager\n"
        "             Tel +47 23 55 01 20, e-mail tor.brekke@vestnet.example\n",
        # A newswire's paragraph, a semicolon between the people.
        "/For further information: Press: Liv Aasen, Head of Press, +47 23 55 01 10,\n"
        "liv.aasen@vestnet.example; Investors: Tor Brekke, Investor Relations Manager,\n"
        "+47 23 55 01 20, tor.brekke@vestnet.example/\n",
        # A running sentence.
        "For further details about the offer, please contact Liv Aasen, Head of Press, on\n"
        "+47 23 55 01 10 or at liv.aasen@vestnet.example, or Tor Brekke, Investor Relations\n"
        "Manager, on +47 23 55 01 20 or at tor.brekke@vestnet.example.\n",
    ],
)
def test_each_contact_spans_its_own_record_not_the_whole_block(block: str) -> None:
    # A block of a thousand one-line people would otherwise copy the whole block into each.
    text = f"Vestnet ASA announced its results today.\n\n{block}\nAbout Vestnet\n"
    contacts = find_contacts(text, start=0, end=len(text))
    assert [(c.name, c.emails, c.phones) for c in contacts] == [
        ("Liv Aasen", ("liv.aasen@vestnet.example",), ("+47 23 55 01 10",)),
        ("Tor Brekke", ("tor.brekke@vestnet.example",), ("+47 23 55 01 20",)),
    ]
    first, second = contacts
    for contact, other in ((first, second), (second, first)):
        span = contact.span
        assert text[span.start : span.end] == span.text
        assert contact.name in span.text
        for part in (*contact.emails, *contact.phones):
            assert part in span.text
        assert other.name not in span.text
        assert not any(part in span.text for part in (*other.emails, *other.phones))
    assert first.span.end <= second.span.start


def test_cached_line_tests_answer_as_computed() -> None:
    """The kept answers of the line tests are the ones a fresh computation gives, asked twice
    and in any order (invented lines: names, titles, companies, captions, prose)."""
    from app.ingest import contacts

    lines = [
        "Marit Oyelaran",
        "Head of Group Communications",
        "Press Officer, Kestrel Mobile S.A.",
        "Kestrel Mobile S.A.",
        "Vodafone",
        "Position Telephone",
        "The company expects growth in 2031.",
        "INVESTOR RELATIONS",
        "Dalal Street",
        "",
    ]
    tests = [
        contacts.is_person_name,
        contacts.is_title,
        contacts.is_organization,
        contacts._is_company,
        contacts._title_and_organization,
    ]
    for test in tests:
        test.cache_clear()
        for line in [*lines, *reversed(lines)]:
            assert test(line) == test.__wrapped__(line), (test.__name__, line)
