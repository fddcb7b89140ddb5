"""Operators a release names without the table knowing them: discovery rules on invented text."""

from __future__ import annotations

import pytest

from app.ingest.catalog import Catalog, default_catalog, is_company_name
from tests.unit.invented import extract_body


def names(catalog: Catalog, text: str) -> list[tuple[str, str]]:
    return [(m.span.text, m.operator) for m in catalog.find_mentions(text)]


COUNTRY_TABLE = (
    "Our operations had 9.1 million subscribers at 31 March 2007:\n"
    "\n"
    "  Operation      Country        Subscribers     Stake\n"
    "  Zelenfon       Moldova          2,410,000     60.0%\n"
    "  Kartamob       Armenia          1,020,000    100.0%\n"
    "  Sonofon        Denmark          5,700,000     25.0%\n"
)


def test_operators_named_by_country_in_a_table_are_discovered() -> None:
    catalog = default_catalog()
    grown = catalog.with_country_rows(COUNTRY_TABLE, 0, len(COUNTRY_TABLE))
    assert names(grown, COUNTRY_TABLE) == [
        ("Zelenfon", "zelenfon"),
        ("Kartamob", "kartamob"),
        ("Sonofon", "sonofon"),
    ]
    zelenfon = grown.get("zelenfon")
    assert zelenfon is not None and zelenfon.country == "MD"
    # The table alone knew only the Danish one.
    assert names(catalog, COUNTRY_TABLE) == [("Sonofon", "sonofon")]


def test_a_table_with_the_country_first_names_its_operators_too() -> None:
    text = (
        "   Moldova      Zelenfon       2,410,000\n"
        "   Armenia      Kartamob       1,020,000\n"
    )  # fmt: skip
    grown = default_catalog().with_country_rows(text, 0, len(text))
    assert [op for _, op in names(grown, text)] == ["zelenfon", "kartamob"]


def test_topic_rows_and_a_single_row_discover_nothing() -> None:
    topics = (
        "   Total        Moldova        2,410,000\n"
        "   Mobile       Armenia        1,020,000\n"
    )  # fmt: skip
    single = "   Kartamob     Armenia        1,020,000\n"
    for text in (topics, single):
        assert default_catalog().with_country_rows(text, 0, len(text)) is default_catalog()


def test_a_short_name_defined_on_the_next_line_after_a_legal_name_is_discovered() -> None:
    # The legal name ends one line, its short name opens the next; the sentence after, opening
    # with the short name, says what the company does.
    text = (
        "Polaris Holdings plc today agreed to buy 24% of the shares of Borealis Relay Inc.\n"
        '("Borealis"), its second partner, for EUR 40 million.\n'
        "\n"
        "Borealis, based in St. Anton, provides fixed and mobile communications services to\n"
        "ships and rigs.\n"
    )
    grown = default_catalog().with_defined_terms(text, 0, len(text))
    assert names(grown, text) == [
        ("Borealis Relay Inc.", "borealis-relay"),
        ("Borealis", "borealis-relay"),
        ("Borealis", "borealis-relay"),
    ]


def test_a_defined_short_name_of_a_company_not_in_telecom_is_not_discovered() -> None:
    text = (
        "Polaris Holdings plc today agreed to buy 24% of the shares of Borealis Foods Inc.\n"
        '("Borealis"), a caterer, for EUR 40 million.\n'
        "\n"
        "Borealis, based in St. Anton, supplies meals to ships and rigs.\n"
    )
    grown = default_catalog().with_defined_terms(text, 0, len(text))
    assert names(grown, text) == []


def test_elisa_under_its_former_name_and_its_mobile_subsidiary_are_two_rows() -> None:
    # Curated reference data: Elisa Communications Corporation (Elisa Oyj since 2003) and
    # Radiolinja, its mobile subsidiary until the merger, are two companies.
    text = "Radiolinja Oy, a unit of Elisa Communications Oyj, signed a GSM roaming deal."
    assert names(default_catalog(), text) == [
        ("Radiolinja Oy", "radiolinja"),
        ("Elisa Communications Oyj", "elisa"),
    ]
    radiolinja = default_catalog().get("radiolinja")
    assert radiolinja is not None and radiolinja.parent == "elisa"


def test_a_pair_of_legal_names_one_of_them_a_carrier_names_two_companies() -> None:
    text = (
        "Quayside resells the airtime of Polestar plc and Meridian Satellite LLC and runs\n"
        "its own VSAT network. Its auditor is Hamlin Brothers LLP.\n"
    )
    grown = default_catalog().with_paired_companies(text, 0, len(text))
    assert names(grown, text) == [
        ("Polestar plc", "polestar"),
        ("Meridian Satellite LLC", "meridian-satellite"),
    ]


@pytest.mark.parametrize(
    "pair",
    [
        "Polestar plc &\n   Meridian Satellite LLC",
        "Polestar Ltd. or Meridian Satellite LLC",
        "Polestar S.A.  and\tMeridian Satellite LLC",
    ],
)
def test_pairs_joined_every_way_are_found(pair: str) -> None:
    text = f"Quayside resells the airtime of {pair}, its two suppliers.\n"
    grown = default_catalog().with_paired_companies(text, 0, len(text))
    assert [slug for _, slug in names(grown, text)] == ["polestar", "meridian-satellite"]


def test_a_pair_of_legal_names_neither_a_carrier_names_none() -> None:
    text = "Its advisers were Hamlin Brothers LLP and Carrow Partners Ltd.\n"
    assert default_catalog().with_paired_companies(text, 0, len(text)) is default_catalog()


def test_a_known_name_with_words_ending_in_its_business_is_another_company() -> None:
    text = (
        "Airtime is resold by Telenor Arctic Radio Services, the group's maritime unit,\n"
        "and by Telenor Broadband Services.\n"
    )
    grown = default_catalog().with_defined_terms(text, 0, len(text))
    assert names(grown, text) == [
        ("Telenor Arctic Radio Services", "telenor-arctic-radio-services"),
        ("Telenor", "telenor"),  # topic and business words only: the group itself
    ]


_extract = extract_body


def test_another_groups_operator_in_a_country_is_slugged_by_its_name() -> None:
    text = "Kartamob led the Armenian market ahead of Tele2 Armenia and Vodafone Mongolia.\n"
    extraction = _extract(text, "Kartamob Holdings S.A.")
    slugs = [m.operator for m in extraction.mentions]
    assert slugs == ["tele2-armenia", "vodafone-mongolia"]
    by_slug = {op.slug: op for op in extraction.operators}
    assert (by_slug["tele2-armenia"].country, by_slug["tele2-armenia"].parent) == ("AM", "tele2")


def test_the_registrants_own_markets_keep_the_groups_convention() -> None:
    text = "Tele2 Armenia and Tele2 Mongolia grew their mobile customer bases.\n"
    extraction = _extract(text, "Tele2 AB")
    assert [m.operator for m in extraction.mentions] == ["tele2-am", "tele2-mn"]


def test_a_discovered_company_is_known_by_its_name_less_its_business_words() -> None:
    text = (
        "Telenor Arktis Telecomunicacoes S.A. opened its network in May.\n"
        "By June Telenor Arktis had 41 thousand clients.\n"
    )
    grown = default_catalog().with_defined_terms(text, 0, len(text))
    assert [op for _, op in names(grown, text)] == [
        "telenor-arktis-telecomunicacoes",
        "telenor-arktis-telecomunicacoes",
    ]


@pytest.mark.parametrize(
    ("sentence", "named", "slug"),
    [
        (
            "the policy of the Company and its subsidiary 018 Silver Wires\n      Ltd.",
            "018 Silver Wires",
            "018-silver-wires",
        ),
        (
            "the accounts of Harrowgate Data, a subsidiary of Meridale Holdings plc,",
            "Meridale Holdings",
            "meridale-holdings",
        ),
    ],
)
def test_a_company_named_in_full_as_a_subsidiary_or_parent_is_discovered(
    sentence: str, named: str, slug: str
) -> None:
    text = f"Shareholders will approve {sentence} for the year 2007. {named} pays the premium.\n"
    extraction = _extract(text, "Harrowgate Data B.V.")
    assert [m.operator for m in extraction.mentions if m.operator == slug] == [slug, slug]


def test_a_subsidiary_named_without_a_legal_form_is_not_discovered() -> None:
    text = "Its subsidiary Silver Wires sells 018 calling cards.\n"
    assert default_catalog().with_related_companies(text, 0, len(text)) is default_catalog()


def _family_catalog() -> Catalog:
    from app.ingest.records import Operator

    return Catalog(
        [
            Operator(slug="zephyr-digifone", name="Zephyr Digifone", kind="mobile_operator"),
            Operator(slug="halcyon-telecom", name="Halcyon Telecommunications", kind="group"),
            Operator(slug="national-mobile", name="National Mobile Kartel", kind="other"),
        ]
    )


def test_a_known_companys_first_word_and_telecom_name_a_sister_company() -> None:
    from datetime import date

    from app.ingest.extract import extract_release
    from app.ingest.records import ParsedRelease, Section, Span

    text = (
        "Rival operators, led by Zephyr\n"
        "Telecom, carry 18% of minutes; Zephyr Digifone was sold in May.\n"
    )
    release = ParsedRelease(
        None, "RESULTS", date(2006, 5, 2), Span.of(text, 0, len(text)), None,
        (Section("body", None, 0, len(text)),), (), (),
    )  # fmt: skip
    extraction = extract_release(text, release, registrant=None, catalog=_family_catalog())
    assert [m.operator for m in extraction.mentions] == ["zephyr-telecom", "zephyr-digifone"]


@pytest.mark.parametrize(
    "text",
    [
        # The family's own name says its business: "Halcyon Telecom" is that company, short.
        "Halcyon Telecom carries 18% of minutes.\n",
        # A longer name goes on: an authority, no company of the family.
        "The National Telecom Authority fined the operators.\n",
    ],
)
def test_telecom_after_a_word_of_no_family_names_no_new_company(text: str) -> None:
    catalog = _family_catalog()
    assert catalog.with_family_companies(text, 0, len(text)) is catalog


def test_a_legal_name_said_to_be_an_operator_is_discovered_dash_and_wrap_included() -> None:
    text = (
        "The Company estimates its share at 58% in its region, where BRV - Serra Movel\n"
        "Norte S.A. is the B-band operator. BRV - Serra Movel Norte added clients too.\n"
    )
    extraction = _extract(text, "Planalto Celular Participacoes S.A.")
    assert [m.operator for m in extraction.mentions] == ["brv-serra-movel-norte"] * 2


def test_a_legal_name_said_to_be_something_else_is_not_discovered() -> None:
    text = "Its auditor, Hamlin - Carrow Partners S.A. is the firm of record.\n"
    catalog = default_catalog()
    assert catalog.with_said_operators(text, 0, len(text)) is catalog


def _invented(count: int) -> list[str]:
    """``count`` invented one-word company names sharing their first letter."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [
        f"Zu{letters[i // 676]}{letters[i // 26 % 26]}{letters[i % 26]}tel" for i in range(count)
    ]


def test_a_text_of_thousands_of_paired_names_teaches_a_bounded_number_of_them() -> None:
    # Every name learnt is one more branch of the name search at each capital: a text of two
    # thousand invented pairs made it quadratic (8.3 s for 400 KB). The first pairs are
    # learnt, as in a release; past a release's worth of names, no more.
    invented = _invented(4000)
    text = " and ".join(f"{name} Telecom Inc." for name in invented) + ".\n"
    catalog = default_catalog()
    grown = catalog.with_paired_companies(text, 0, len(text))
    learnt = {op.slug for op in grown.operators} - {op.slug for op in catalog.operators}
    assert 2 <= len(learnt) <= 64
    assert grown.resolve(f"{invented[0]} Telecom Inc.") is not None
    assert grown.resolve(f"{invented[-1]} Telecom Inc.") is None
    # The budget is the release's, whichever rule learns the names.
    rows = "".join(
        f"   {name}      Moldova      1,{i % 1000:03d}\n" for i, name in enumerate(invented)
    )
    more = grown.with_country_rows(rows, 0, len(rows))
    assert len({op.slug for op in more.operators} - {op.slug for op in catalog.operators}) <= 64


def test_a_text_of_thousands_of_defined_short_names_defines_a_bounded_number() -> None:
    invented = _invented(2000)
    text = "".join(
        f'{name} Telecom Inc. ("{name[:2]}Q{name[2:]}") runs a network. ' for name in invented
    )
    grown = default_catalog().with_defined_terms(text, 0, len(text))
    first = f"{invented[0][:2]}Q{invented[0][2:]}"
    last = f"{invented[-1][:2]}Q{invented[-1][2:]}"
    assert grown.resolve(first) is not None and grown.resolve(last) is None


def test_subsidiaries_and_said_operators_share_the_releases_budget() -> None:
    invented = _invented(1500)
    catalog = default_catalog()
    related = "".join(
        f"The Company and its subsidiary {name} Data Ltd. agree. " for name in invented
    )
    grown = catalog.with_related_companies(related, 0, len(related))
    said = "".join(f"{name} Wireless S.A. is the B-band operator. " for name in invented)
    grown = grown.with_said_operators(said, 0, len(said))
    learnt = {op.slug for op in grown.operators} - {op.slug for op in catalog.operators}
    assert 2 <= len(learnt) <= 64


def test_business_words_after_another_name_are_no_known_company() -> None:
    # "Mobile Telecommunications Company" is a known group's name, but here it is the tail of
    # another known company's legal name.
    catalog = default_catalog()
    text = "Its partner is Vipnet Mobile Telecommunications Company Ltd. of Zagreb.\n"
    assert [m for _, m in names(catalog, text)] == ["vipnet"]
    alone = "The Mobile Telecommunications Company added 2 million customers.\n"
    assert [m for _, m in names(catalog, alone)] == ["zain"]


def test_a_pair_of_legal_names_one_opening_with_digits_are_both_discovered() -> None:
    text = (
        "The route uses capacity acquired under rights of use from 88fibre inc. and Northbay\n"
        "Networks Inc. It carries traffic at 40 gigabits per second.\n"
    )
    grown = default_catalog().with_paired_companies(text, 0, len(text))
    assert [m for _, m in names(grown, text)] == ["88fibre", "northbay-networks"]


def test_a_company_name_opening_with_digits_is_no_topic() -> None:
    assert is_company_name("360networks")
    assert not is_company_name("Networks 2004")


def test_a_pair_after_a_mexican_legal_form_in_full_names_both_companies() -> None:
    # "S.A. de C.V." is one legal form: read as "S.A." alone, the pair's "and" came after
    # "de C.V." and no pair was seen; "Móvil" says mobile in Spanish.
    text = "It was formed by Ejemplo Móvil, S.A. de C.V. and Polaris International, Inc.\n"
    grown = default_catalog().with_paired_companies(text, 0, len(text))
    assert [slug for _, slug in names(grown, text)] == ["ejemplo-movil", "polaris-international"]
