"""Alliance member lists and ownership stakes."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal

import pytest

from app.ingest.alliances import (
    alliance_table,
    extract_alliances,
    extract_stakes,
    resolve_alliance,
)
from app.ingest.catalog import default_catalog
from app.ingest.records import Operator, ParsedRelease, Section, Span

RELEASED = date(2004, 11, 11)
MMO2 = Operator(slug="mmo2", name="mmO2", kind="group", country="GB")


def release(text: str, *sections: Section, title: str | None = None) -> ParsedRelease:
    sections = sections or (Section("body", None, 0, len(text)),)
    return ParsedRelease(None, title, RELEASED, Span.of(text, 0, len(text)), None, sections, (), ())


STARMAP = (
    "The Starmap Mobile Alliance has eleven members: Amena (Spain), Eurotel (Czech\n"
    "Republic), O2 (Germany, the UK and Ireland), One (Austria), Pannon GSM\n"
    "(Hungary), SONOFON (Denmark), sunrise (Switzerland), Telenor Mobil (Norway) and\n"
    "Wind (Italy), covering a subscriber base of more than 53 million."
)


def test_member_list_with_o2_countries() -> None:
    (finding,) = extract_alliances(STARMAP, release(STARMAP), catalog=default_catalog())
    assert finding.alliance.slug == "starmap"
    members = [(m.operator, m.country) for m in finding.memberships]
    assert members == [
        ("amena", "ES"),
        ("eurotel", "CZ"),
        ("o2-de", "DE"),
        ("o2-uk", "GB"),
        ("o2-ie", "IE"),
        ("one", "AT"),
        ("pannon-gsm", "HU"),
        ("sonofon", "DK"),
        ("sunrise", "CH"),
        ("telenor-mobil", "NO"),
        ("wind", "IT"),
    ]
    assert finding.stated_count == 11 and not finding.count_mismatch
    for membership in finding.memberships:
        assert membership.as_of == RELEASED
        assert STARMAP[membership.span.start : membership.span.end] == membership.span.text
    assert finding.memberships[0].span.text == "Amena (Spain)"


def test_renamed_alliance_resolves_through_aliases() -> None:
    text = (
        "Nine leading independent mobile operators today announced a new mobile alliance. "
        "Amena (Spain), O2 (Germany, UK and Ireland), One (Austria), Pannon GSM (Hungary), "
        "Sunrise (Switzerland), Telenor Mobil (Norway) and Wind (Italy) signed."
    )
    title = "THE 'MOBILE ALLIANCE' IS FORMED TO SERVE CUSTOMERS"
    (finding,) = extract_alliances(text, release(text, title=title), catalog=default_catalog())
    assert finding.alliance.slug == "starmap"
    assert len(finding.memberships) == 9 and finding.stated_count == 9
    assert resolve_alliance("the Starmap mobile alliance").slug == "starmap"
    assert {a.slug for a in alliance_table()} >= {"starmap", "freemove"}


def test_count_mismatch_is_reported_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    text = (
        "The Nordic Mobile Alliance has five members: Elisa (Finland), Nordlink (Iceland) "
        "and Telenor Mobil (Norway)."
    )
    with caplog.at_level(logging.WARNING):
        (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert finding.alliance.slug == "nordic-mobile-alliance"
    assert finding.count_mismatch and finding.stated_count == 5
    assert [m.operator for m in finding.memberships] == ["elisa", "nordlink", "telenor-mobil"]
    assert [o.slug for o in finding.operators if o.kind == "other"] == ["nordlink"]
    assert "says 5 members" in caplog.text


def test_the_count_nearest_the_list_is_the_stated_one() -> None:
    text = (
        'TIM signed the "EuroMed Roaming Alliance" with ten mobile operators.\n\n'
        "The eleven operators of the alliance are TIM (Italy), Cosmote (Greece), "
        "Mobinil (Egypt), Méditel (Morocco), Tunisiana (Tunisia), Amena (Spain), Vipnet "
        "(Croatia), Cyta (Cyprus), Avea (Turkey), Mobitel (Slovenia) and Bouygues Telecom "
        "(France)."
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert finding.stated_count == 11 and not finding.count_mismatch
    assert [(m.operator, m.country) for m in finding.memberships][2:5] == [
        ("mobinil", "EG"),
        ("meditel", "MA"),
        ("tunisiana", "TN"),
    ]


def test_a_count_of_companies_agrees_with_a_list_of_countries() -> None:
    text = (
        "The FreeMove Alliance has four members: Orange (France, the UK and Switzerland), "
        "T-Mobile (Germany, Austria and the UK), Telefónica Móviles (Spain) and TIM (Italy)."
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert (finding.stated_count, finding.companies, len(finding.memberships)) == (4, 4, 8)
    assert not finding.count_mismatch


def test_a_count_of_operators_an_operator_joins_counts_it_too() -> None:
    text = (
        "Vipnet has joined three leading mobile operators to found the Adriatic Mobile\n"
        "Alliance. Its members are Vipnet (Croatia), Mobitel (Slovenia), Cosmote (Greece)\n"
        "and Promonte (Montenegro).\n"
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert finding.stated_count == 4 and not finding.count_mismatch


def test_a_count_of_other_operators_counts_the_one_joining_them() -> None:
    text = (
        "Vipnet signed the Adriatic Mobile Alliance with three other mobile operators. "
        "Its members are Vipnet (Croatia), Mobitel (Slovenia), Cosmote (Greece) and "
        "Promonte (Montenegro)."
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert finding.stated_count == 4 and not finding.count_mismatch


def test_a_member_table_one_operator_a_line() -> None:
    text = (
        "Vipnet and four operators founded the Adriatic Roaming Alliance.\n\n"
        "The members are:\n\n"
        "    -  Vipnet d.o.o.                Croatia\n"
        "    -  Mobitel                      Slovenia\n"
        "    -  Promonte                     Montenegro\n"
        "    -  Dalmatia Mobile              Bosnia and Herzegovina\n"
        "    -  Cosmofon                     Macedonia\n\n"
        "Together the five members serve 6 million customers."
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert finding.alliance.slug == "adriatic-roaming-alliance"
    assert [(m.operator, m.country) for m in finding.memberships] == [
        ("vipnet", "HR"),
        ("mobitel", "SI"),
        ("promonte", "ME"),
        ("dalmatia-mobile", "BA"),
        ("cosmofon", "MK"),
    ]
    for membership in finding.memberships:
        assert text[membership.span.start : membership.span.end] == membership.span.text


def test_a_numbered_member_list_with_dot_leaders_to_the_country() -> None:
    text = (
        "Vipnet and three operators today formed the Adriatic Roaming Alliance.\n\n"
        "The founding members are:\n\n"
        "    1.  Vipnet .............................. Croatia\n"
        '    2.  Mobitel d.d. ("Mobitel") .......... Slovenia\n'
        "    3)  Promonte ............................ Montenegro\n"
        "    4.  Cosmofon ............................ Macedonia\n\n"
        "Together the four members serve 6 million customers."
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert [(m.operator, m.country) for m in finding.memberships] == [
        ("vipnet", "HR"),
        ("mobitel", "SI"),
        ("promonte", "ME"),
        ("cosmofon", "MK"),
    ]
    assert finding.memberships[0].span.text.startswith("Vipnet ....")


def test_a_club_named_in_the_headline_with_an_unnumbered_dot_leader_list() -> None:
    text = (
        "Three carriers of the Adriatic coast today founded the Adriatic Data Club, a joint\n"
        "venture for common data roaming tariffs.\n\n"
        "The founding members of the Adriatic Data Club are:\n\n"
        "  Vipnet d.o.o. ....................... Croatia\n"
        "  Mobitel d.d. ........................ Slovenia\n"
        "  Promonte GSM ........................ Montenegro\n\n"
        "Each member holds an equal share."
    )
    title = "VIPNET AND TWO OPERATORS FOUND THE ADRIATIC DATA CLUB"
    (finding,) = extract_alliances(text, release(text, title=title), catalog=default_catalog())
    assert finding.alliance.slug == "adriatic-data-club"
    assert [m.country for m in finding.memberships] == ["HR", "SI", "ME"]


def test_a_known_brand_opening_a_longer_member_name_is_not_that_member() -> None:
    text = (
        "Four carriers today founded the Danube Roaming Club.\n\n"
        "The founding members are:\n\n"
        "  Vipnet d.o.o. ....................... Croatia\n"
        "  Vipnet Danube Services AG ........... Austria\n"
        '  Mobitel d.d. ("Mobitel") ............ Slovenia\n'
        "  Promonte d.o.o. ..................... Montenegro\n\n"
        "Each member holds an equal share."
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert [(m.operator, m.country) for m in finding.memberships] == [
        ("vipnet", "HR"),
        ("vipnet-danube-services", "AT"),
        ("mobitel", "SI"),
        ("promonte", "ME"),
    ]


def test_member_rows_padded_to_a_fixed_width() -> None:
    rows = ["Vipnet", "Croatia"], ["Mobitel", "Slovenia"], ["Promonte", "Montenegro"]
    text = "The Adriatic Roaming Alliance members are:\n" + "".join(
        f"  -  {name:<20}{country:<16}\n" for name, country in rows
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert [m.operator for m in finding.memberships] == ["vipnet", "mobitel", "promonte"]


def test_a_bulleted_list_of_names_with_countries() -> None:
    text = (
        "The Nordic Mobile Alliance has three members:\r\n"
        "* Elisa (Finland);\r\n* Telenor Mobil (Norway);\r\n* Siminn (Iceland).\r\n"
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert [m.operator for m in finding.memberships] == ["elisa", "telenor-mobil", "siminn"]
    assert finding.stated_count == 3 and not finding.count_mismatch


def test_lists_without_an_alliance_are_not_memberships() -> None:
    text = (
        "We roam in Spain (Amena), and Italy (Wind). Vodafone (UK), Orange (France), TIM (Italy)."
    )
    assert extract_alliances(text, release(text), catalog=default_catalog()) == ()


def stakes_of(text: str, heading: str | None = None) -> list[tuple[str, str, Decimal | None]]:
    section = Section("about" if heading else "body", heading, 0, len(text))
    stakes, _ = extract_stakes(
        text, release(text, section), registrant=MMO2, catalog=default_catalog()
    )
    for stake in stakes:
        assert text[stake.span.start : stake.span.end] == stake.span.text
        assert stake.as_of == RELEASED
    return [(s.owner, s.owned, s.percent) for s in stakes]


def test_owned_by_list() -> None:
    text = (
        "ONE\nONE (ONE GmbH) is owned by the German E.ON (50.10%), Telenor in Norway "
        "(17.45%), Orange (17.45%) and TDC in Denmark (15%)."
    )
    assert stakes_of(text, "ONE") == [
        ("e-on", "one", Decimal("50.1")),
        ("telenor", "one", Decimal("17.45")),
        ("orange", "one", Decimal("17.45")),
        ("tdc", "one", Decimal(15)),
    ]


def test_shareholders_include_list_owns_the_heading_operator() -> None:
    text = (
        "ONE\nShareholders include German E.ON (50.10%) Norway's Telenor\n(17.45%) Orange, "
        "France (17.45%) and Denmark's TDC (15%)"
    )
    assert [s[:2] for s in stakes_of(text, "ONE")] == [
        ("e-on", "one"),
        ("telenor", "one"),
        ("orange", "one"),
        ("tdc", "one"),
    ]


@pytest.mark.parametrize(
    ("text", "heading", "expected"),
    [
        (
            "sunrise\nThe TDC Group owns 100% of the share capital of TDC Switzerland AG.",
            "sunrise",
            [("tdc", "sunrise", Decimal(100))],
        ),
        (
            "Pannon GSM\nPannon GSM, owned 100% by Telenor Mobile Norway, had a good year.",
            "Pannon GSM",
            [("telenor-mobil", "pannon-gsm", Decimal(100))],
        ),
        (
            "Pannon GSM\nAs of 2001, Telenor Mobile became its sole share holder.",
            "Pannon GSM",
            [("telenor-mobil", "pannon-gsm", Decimal(100))],
        ),
        (
            "mmO2\nmmO2 has 100% ownership of mobile network operators in three countries - "
            "the UK, Germany and Ireland. Additionally, the company has operations on the "
            "Isle of Man (Manx Telecom) and owns O2 Airwave.",
            "mmO2",
            [
                ("mmo2", "o2-uk", Decimal(100)),
                ("mmo2", "o2-de", Decimal(100)),
                ("mmo2", "o2-ie", Decimal(100)),
                ("mmo2", "o2-airwave", None),
            ],
        ),
        (
            "About O2 UK\nThe company has a 40% shareholding in The Link Stores Limited.",
            "About O2 UK",
            [("o2-uk", "link-stores", Decimal(40))],
        ),
        (
            "Cosmote is 58.5% owned by OTE.",
            None,
            [],
        ),
    ],
)
def test_single_stakes(
    text: str, heading: str | None, expected: list[tuple[str, str, Decimal | None]]
) -> None:
    assert stakes_of(text, heading) == expected


def test_unknown_owner_becomes_an_operator() -> None:
    text = "Eurotel\nEurotel Praha is owned 100% by Cesky Holding, a. s."
    section = Section("about", "Eurotel", 0, len(text))
    stakes, operators = extract_stakes(
        text, release(text, section), registrant=MMO2, catalog=default_catalog()
    )
    assert [(s.owner, s.owned) for s in stakes] == [("cesky-holding", "eurotel")]
    assert any(o.slug == "cesky-holding" and o.kind == "other" for o in operators)


def test_a_month_after_a_stake_dates_it_and_is_no_company() -> None:
    text = (
        "Vipnet holds a 51% stake in Mobitel. Mobitel acquired a 40,5% stake in September "
        "and a 10% interest in Promonte."
    )
    stakes, operators = extract_stakes(
        text, release(text), registrant=MMO2, catalog=default_catalog()
    )
    assert {(s.owner, s.owned) for s in stakes} == {("vipnet", "mobitel"), ("mobitel", "promonte")}
    assert "september" not in {o.slug for o in operators}


def test_a_group_brand_with_its_country_is_the_groups_operator_there() -> None:
    text = (
        "The Andes Roaming Alliance joins Tigo (Bolivia), Tigo (Paraguay), Tigo\n"
        "(Colombia) and Claro (Peru) for travelling customers."
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert [(m.operator, m.country) for m in finding.memberships] == [
        ("tigo-bo", "BO"),
        ("tigo-py", "PY"),
        ("tigo-co", "CO"),
        ("claro-pe", "PE"),  # "Claro" alone is Claro Brasil; in Peru, its group's operator
    ]


def test_members_written_with_a_full_name_an_ampersand_or_a_wrap() -> None:
    text = (
        "Five operators today launched the Pacific Coast Alliance. Its members are Tigo\n"
        "(Bolivia), Tigo (Paraguay), the Compania Andina de Moviles, known as CAM\n"
        "(Ecuador), Harbour & Coast Telecom (Jamaica), and Islands Telecommunications\n"
        "     Limited (Bahamas)."
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    members = [(m.operator, m.country) for m in finding.memberships]
    assert members == [
        ("tigo-bo", "BO"),
        ("tigo-py", "PY"),
        ("compania-andina-de-moviles", "EC"),
        ("harbour-coast-telecom", "JM"),
        ("islands-telecommunications", "BS"),
    ]
    assert finding.stated_count == 5 and not finding.count_mismatch
    cam = finding.memberships[2].span
    assert text[cam.start : cam.end] == cam.text
    assert cam.text.startswith("Compania Andina de Moviles,") and cam.text.endswith("(Ecuador)")


def test_a_known_operator_written_in_full_before_its_short_name() -> None:
    text = (
        "The Isthmus Alliance members are Tigo (Honduras), Tigo (Guatemala), the Instituto "
        "Costarricense de Electricidad, also known as ICE (Costa Rica) and Cable & Wireless "
        "Panama (Panama)."
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert [m.operator for m in finding.memberships] == [
        "tigo-hn",
        "tigo-gt",
        "instituto-costarricense-de-electricidad",
        "cable-wireless-panama",
    ]


def test_topic_words_in_a_member_table_are_not_members() -> None:
    text = (
        "The Southern Cone Alliance members are:\n"
        "  -  Tigo                 Paraguay\n"
        "  -  Nucleo               Paraguay\n"
        "  -  Antel                Uruguay\n"
        "\n"
        "  -  Mobile               Chile\n"
        "  -  Total Revenue        Peru\n"
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert [m.operator for m in finding.memberships] == ["tigo-py", "nucleo", "antel"]


def test_a_member_list_with_the_country_first_one_a_line() -> None:
    text = (
        "Six operators today formed the Baltic Sea Roaming Alliance. The six founding\n"
        "members of the alliance are:\n\n"
        '   -  Finland:       Elisa Corporation ("Elisa")\n'
        "   -  Norway:        Telenor Mobil AS\n"
        "   -  Iceland:       Siminn hf.\n"
        "   -  Estonia:       Kalevi Mobile Communications Public Company Limited\n"
        '                     ("KaMo")\n'
        '   -  Latvia:        Daugava Telekom Ltd ("DT")\n'
        "   -  Lithuania:     Nemunas Mobile AB\n\n"
        "Together the six operators serve 9 million customers."
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert finding.alliance.slug == "baltic-sea-roaming-alliance"
    members = [(m.operator, m.country) for m in finding.memberships]
    assert members[:3] == [("elisa", "FI"), ("telenor-mobil", "NO"), ("siminn", "IS")]
    assert [country for _, country in members] == ["FI", "NO", "IS", "EE", "LV", "LT"]
    # Operators the table does not know are named as written, without their notes.
    assert [operator for operator, _ in members[3:]] == [
        "kalevi-mobile-communications",
        "daugava-telekom",
        "nemunas-mobile",
    ]
    assert finding.stated_count == 6 and not finding.count_mismatch
    for membership in finding.memberships:
        assert text[membership.span.start : membership.span.end] == membership.span.text
    assert finding.memberships[3].span.text.endswith('("KaMo")')


def test_country_rows_without_bullets_and_figures_by_country_are_no_members() -> None:
    text = (
        "The Nordic Mobile Alliance has three members:\n"
        "Finland:  Elisa\n"
        "Norway:   Telenor Mobil\n"
        "Iceland:  Siminn\n\n"
        "Customers by country:\n"
        "Finland:  2.1 million\n"
        "Norway:   2.8 million\n"
        "Iceland:  0.2 million\n"
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert [m.operator for m in finding.memberships] == ["elisa", "telenor-mobil", "siminn"]


def test_a_member_table_with_a_header_figure_columns_and_wrapped_names() -> None:
    text = (
        "The Northern Lights Alliance today welcomed its four founding members:\n\n"
        "   Member                                 Country      Customers\n"
        "                                                       at 30 June 2005\n"
        "                                                       (thousand)\n"
        "   " + "-" * 66 + "\n"
        '   Elisa Corporation ("Elisa")            Finland        2,104.5     12%\n'
        "   DiGi Telecommunications (Malaysia)     Malaysia       5,100.0      9%\n"
        '     Sdn Bhd ("DiGi")\n'
        "   Siminn hf.                             Iceland          180.2      -\n"
        "   Nemunas Mobile Communications          Lithuania        900.0     (3.1)\n"
        '     Public Company Limited ("NMC")\n'
        "   " + "-" * 66 + "\n"
        "   Total                                                 8,284.7\n"
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert finding.alliance.slug == "northern-lights-alliance"
    assert [(m.operator, m.country) for m in finding.memberships] == [
        ("elisa", "FI"),
        ("digi-my", "MY"),
        ("siminn", "IS"),
        ("nemunas-mobile-communications", "LT"),
    ]
    assert finding.stated_count == 4 and not finding.count_mismatch
    for membership in finding.memberships:
        assert text[membership.span.start : membership.span.end] == membership.span.text
    assert finding.memberships[3].span.text.endswith('("NMC")')


def test_a_member_name_wrapped_with_its_country_on_the_second_line() -> None:
    text = (
        "Ruritel joined the Archipelago Mobile Alliance today.\n\n"
        "The four members of the Alliance are:\n\n"
        "   Member                                               Market\n"
        "   ---------------------------------------------        --------------------\n"
        "   Ruritel S.A.                                         Dominican Republic\n"
        "   Island Telephone Services of Saint Lucia and\n"
        '     Grenada Limited ("ITS")                            Saint Lucia\n'
        "   Curacao Mobile Services N.V.                         Netherlands Antilles\n"
        "   Bahamas Cellular Limited                             Bahamas\n\n"
        "Together the members serve one million customers."
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert [(m.operator, m.country) for m in finding.memberships] == [
        ("ruritel", "DO"),
        ("island-telephone-services-of-saint-lucia-and-grenada", "LC"),
        ("curacao-mobile-services", "AN"),
        ("bahamas-cellular", "BS"),
    ]


def test_a_row_of_only_a_legal_form_under_a_sentence_is_not_joined_to_it() -> None:
    text = (
        "The Archipelago Mobile Alliance has three members.\n"
        "   Ruritel S.A.                                         Dominican Republic\n"
        "   Bahamas Cellular Limited                             Bahamas\n"
        "   Curacao Mobile Services N.V.                         Aruba\n"
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert [m.operator for m in finding.memberships] == [
        "ruritel",
        "bahamas-cellular",
        "curacao-mobile-services",
    ]


def test_a_member_list_of_country_then_legal_name_in_two_columns() -> None:
    text = (
        "Vipnet and three operators founded the Adriatic Roaming Alliance.\n\n"
        "The founding members of the Alliance are:\n\n"
        "   Croatia      Vipnet d.o.o. (Vip)\n"
        "   Slovenia     Alpska Mreza d.d.\n"
        "   Montenegro   Crnogorski Mobil d.o.o. (CrnoMob)\n"
        "   Macedonia    Vardar Telefon a.d.\n\n"
        "Together the four members serve 6 million customers.\n"
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert [(m.operator, m.country) for m in finding.memberships] == [
        ("vipnet", "HR"),
        ("alpska-mreza", "SI"),
        ("crnogorski-mobil", "ME"),
        ("vardar-telefon", "MK"),
    ]


def test_country_then_figures_in_columns_is_no_member_list() -> None:
    text = (
        "The Adriatic Roaming Alliance grew in every market.\n\n"
        "   Croatia      1,204,000    12.5%\n"
        "   Slovenia       810,000     9.1%\n"
        "   Montenegro     301,000     4.0%\n"
        "   Macedonia      455,000     7.7%\n"
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert finding.memberships == ()
