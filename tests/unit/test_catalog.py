"""The operator table: aliases, legal suffixes, ambiguous names, discovery, countries."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.ingest.catalog import (
    _FILING_SCANS,
    _NAME_SPACE,
    _SUFFIX_PATTERN,
    Catalog,
    _Found,
    country_code,
    default_catalog,
    fold,
    is_company_name,
    registrant_operator,
    scanning,
    slugify,
    strip_legal_forms,
)
from app.ingest.extract import extract_release
from app.ingest.records import Operator, ParsedRelease, Section, Span
from tests.conftest import seed_paths
from tests.unit.invented import extract_body

CSV = Path(__file__).resolve().parents[2] / "app" / "data" / "operators.csv"


def names(catalog: Catalog, text: str) -> list[tuple[str, str]]:
    return [(m.span.text, m.operator) for m in catalog.find_mentions(text)]


def test_table_is_consistent() -> None:
    rows = list(csv.DictReader(CSV.open(encoding="utf-8")))
    slugs = {row["slug"] for row in rows}
    assert len(rows) >= 60
    assert len(slugs) == len(rows)
    for row in rows:
        assert row["kind"] in {"mobile_operator", "group", "other"}
        assert not row["parent"] or row["parent"] in slugs
        assert not row["country"] or len(row["country"]) == 2


@pytest.mark.parametrize(
    ("written", "slug"),
    [
        ("mmO2 plc", "mmo2"),
        ("O2 UK's", "o2-uk"),
        ("O2 (UK) Ltd", "o2-uk"),
        ("ONE GmbH", "one"),
        ("One", "one"),
        ("TDC Switzerland AG", "sunrise"),
        ("The TDC Group", "tdc"),
        ("WIND Telecomunicazioni SpA", "wind"),
        ("Wind Group", "wind"),
        ("Eurotel Praha", "eurotel"),
        ("Telefónica", "telefonica"),
        ("Telenor Mobil", "telenor-mobil"),
        ("Group Auna", "auna"),
        ("VODAFONE GROUP PLC", "vodafone"),
        ('OPEN JOINT STOCK COMPANY "VIMPEL-COMMUNICATIONS"', "vimpelcom"),
        ("OJSC MegaFon", "megafon"),
        ("China Telecom Corporation", "china-telecom"),
        ("Orascom Telecom Holding", "orascom-telecom"),
        ("Telstra Corporation Ltd", "telstra"),
        ("China Mobile (Hong Kong) Limited", "china-mobile"),
        ("O2 (Germany) GmbH", "o2-de"),
        ("Telecom Corporation of New Zealand Ltd", "telecom-new-zealand"),
        ("TELKOM SA LIMITED", "telkom-sa"),
        ("Telkom Kenya Limited", "telkom-kenya"),
        ("Taiwan Mobile Co., Ltd.", "taiwan-mobile"),
        ("Brasil Telecom Participações S.A.", "brasil-telecom"),
        ("Teléfonos de México, S.A.B. de C.V.", "telmex"),
        ('OJSC Long-Distance Telecommunications "ROSTELECOM"', "rostelecom"),
        (
            "Public Joint Stock Company National Telecommunications \u201cRostelecom\u201d",
            "rostelecom",
        ),
        ("Claro", "claro-br"),
        ("Tigo", "millicom"),
        ("BT Group plc", "bt-group"),
        ("Compañía de Telecomunicaciones de Chile S.A.", "telefonica-chile"),
        ("Telefonica Movil de Chile S.A.", "movistar-cl"),
        ("Cesky Mobil a.s.", "vodafone-cz"),
        ("Companhia de Telecomunicacoes de Macau", "ctm"),
        ("COMPANIA ANONIMA NACIONAL TELEFONOS DE VENEZUELA (CANTV)", "cantv"),
        ("Versatel Telecom International N.V.", "versatel"),
        # T-Mobile's national operators are t-mobile-XX under their later brand, their
        # earlier names aliases (as One 2 One, RadioMobil, Mobimak and EuroTel).
        ("T-Mobile Hrvatska", "t-mobile-hr"),
        ("HT mobilne komunikacije d.o.o.", "t-mobile-hr"),
    ],
)
def test_resolve(written: str, slug: str) -> None:
    operator = default_catalog().resolve(written)
    assert operator is not None and operator.slug == slug


def test_a_subsidiary_and_its_parent_are_two_rows() -> None:
    # A listed subsidiary and the group owning most of it are named apart in one release.
    text = (
        "Rogers Wireless Communications Inc. added 80,000 customers. Rogers Communications "
        "Inc. owns approximately 55 per cent of Rogers Wireless."
    )
    catalog = default_catalog()
    slugs = [m.operator for m in catalog.find_mentions(text)]
    assert slugs == [
        "rogers-wireless-communications",
        "rogers-communications",
        "rogers-wireless-communications",
    ]
    wireless = catalog.get("rogers-wireless-communications")
    assert wireless is not None and wireless.parent == "rogers-communications"


def test_a_country_brand_alone_is_its_sister_in_the_country_the_text_speaks_of() -> None:
    catalog = default_catalog()
    peru = "In Peru, the market leader added customers; TIM and Claro followed in Lima."
    assert [m.operator for m in catalog.find_mentions(peru)] == ["tim-peru", "claro-pe"]
    italy = "TIM gained customers in Italy, ahead of every other Italian operator."
    assert [m.operator for m in catalog.find_mentions(italy)] == ["tim"]
    assert [m.operator for m in catalog.find_mentions("TIM and Claro added mobile customers.")] == [
        "tim",
        "claro-br",
    ]


def test_holdings_and_their_operating_companies_are_rows_of_their_own() -> None:
    catalog = default_catalog()
    text = (
        "Telemar Norte Leste S.A. and its holding Tele Norte Leste Participacoes reported; "
        "Telefonica de Espana, Telefonica Moviles and Telefonica grew."
    )
    assert [m.operator for m in catalog.find_mentions(text)] == [
        "telemar-norte-leste",
        "tele-norte-leste",
        "telefonica-de-espana",
        "telefonica-moviles",
        "telefonica",
    ]
    assert catalog.get("telemar-norte-leste").parent == "tele-norte-leste"  # type: ignore[union-attr]


def test_a_listed_company_and_its_state_parent_are_two_rows() -> None:
    catalog = default_catalog()
    listed = catalog.resolve("China Netcom Group Corporation (Hong Kong) Limited")
    parent = catalog.resolve("China Network Communications Group Corporation")
    assert listed is not None and parent is not None
    assert listed.slug == "china-netcom" and listed.parent == parent.slug != listed.slug


def test_seed_operators_have_their_facts() -> None:
    catalog = default_catalog()
    amena = catalog.get("amena")
    assert amena is not None and (amena.country, amena.parent) == ("ES", "auna")
    for slug, country in (("o2-uk", "GB"), ("o2-de", "DE"), ("o2-ie", "IE")):
        operator = catalog.get(slug)
        assert operator is not None and (operator.country, operator.parent) == (country, "mmo2")
    assert catalog.resolve("nobody at all") is None
    assert catalog.resolve("Cesky Holding") is None  # a holding is not its telecom


def test_localise_maps_a_brand_to_its_country_operator() -> None:
    catalog = default_catalog()
    o2 = catalog.resolve("O2")
    assert o2 is not None
    assert catalog.localise(o2, "DE").slug == "o2-de"
    assert catalog.localise(o2, "GB").slug == "o2-uk"
    assert catalog.localise(o2, "FR").slug == "mmo2"


def test_a_country_in_brackets_names_the_groups_operator_there() -> None:
    text = "Orange UK had 14.3 million customers and Orange (Switzerland) 1.1 million customers."
    assert names(default_catalog(), text) == [("Orange UK", "orange-uk"), ("Orange", "orange-ch")]
    # Several countries, or a group with no operator of its own there, keep the group.
    text = "The alliance: Orange (France, the UK and Switzerland) and O2 (Egypt) for mobile users."
    assert names(default_catalog(), text) == [("Orange", "orange"), ("O2", "mmo2")]


def test_ticker_symbols_are_not_mentions() -> None:
    text = (
        "Quotes are on Reuters under the symbol ERA.WA and on Bloomberg under the symbol PTC PW."
        " Telefonica (NYSE: TEF) and Vodafone signed a mobile roaming deal with Era."
    )
    assert names(default_catalog(), text) == [
        ("Telefonica", "telefonica"),
        ("Vodafone", "vodafone"),
        ("Era", "era"),
    ]


def test_an_exchange_named_in_prose_does_not_hide_the_next_name() -> None:
    for text in (
        "Its shares trade on Euronext Paris, France Telecom said of its mobile unit.",
        "Both are listed on the NYSE, Vodafone said of the mobile network.",
    ):
        assert len(names(default_catalog(), text)) == 1


def test_a_stock_exchange_label_is_not_an_operator() -> None:
    text = "Mobistar SA (BASE: MOBB; NYSE: MBT) said BASE had 1.9 million mobile customers."
    assert names(default_catalog(), text) == [("Mobistar SA", "mobistar"), ("BASE", "base")]


def test_a_release_defines_short_names_for_the_operators_it_names() -> None:
    text = (
        'Sunnet Holdings said its subsidiary Starlink Mobile Communications, Inc. ("Starlink") '
        "and Telenor Mobil (the \u201cPartner\u201d) signed a roaming deal. Starlink had 2 "
        'million mobile customers; starlink services and the Company (the "Company") grew.'
    )
    starlink = Operator(slug="starlink-mobile", name="Starlink Mobile Communications")
    catalog = default_catalog().extended([starlink]).with_defined_terms(text, 0, len(text))
    found = names(catalog, text)
    assert ("Starlink", "starlink-mobile") in found
    assert [t for t, _ in found].count("Starlink") == 2  # defined, then used; never "starlink"
    assert "Partner" not in [t for t, _ in found] and "Company" not in [t for t, _ in found]
    assert default_catalog().resolve("Starlink") is None  # the term holds for this text only


def test_a_short_name_defined_over_a_line_break_names_the_company() -> None:
    # A sister company the table does not know, its short name wrapped inside the quotes.
    text = (
        'Its sister company Borealis Celular S.A. ("Borealis\nCelular"), which serves the north,\n'
        "passed 2 million mobile clients. Borealis Celular also grew its network."
    )
    catalog = default_catalog().with_defined_terms(text, 0, len(text))
    found = names(catalog, text)
    assert [slug for _, slug in found].count("borealis-celular") >= 2


def test_mentions_longest_first_and_word_bounded() -> None:
    text = "Telenor Mobil and O2 UK's network. Mail press@o2.com or see www.mmo2.com; mmO2 plc."
    assert names(default_catalog(), text) == [
        ("Telenor Mobil", "telenor-mobil"),
        ("O2 UK", "o2-uk"),
        ("mmO2 plc", "mmo2"),
    ]


def test_mention_offsets_are_exact() -> None:
    text = "x" * 10 + " Wind (Italy) and the mobile operator ONE."
    for mention in default_catalog().find_mentions(text, 5, len(text)):
        assert text[mention.span.start : mention.span.end] == mention.span.text


def test_one_is_a_name_only_when_written_as_one() -> None:
    catalog = default_catalog()
    assert names(catalog, "Members: Amena (Spain), One (Austria) and Wind (Italy).") == [
        ("Amena", "amena"),
        ("One", "one"),
        ("Wind", "wind"),
    ]
    assert names(catalog, "We have only one representative per mobile network country.") == []
    assert names(catalog, "One of the mobile operators said so.") == []
    assert names(catalog, "O2 SIGNS UP ONE MILLION ONLINE CUSTOMERS") == [("O2", "mmo2")]
    assert names(catalog, "ONE launched the product i-ONE and f-ONE on its network.") == [
        ("ONE", "one")
    ]
    assert names(catalog, "One\n\nIn 1998 the company launched a GSM network.")[0] == ("One", "one")


def test_orange_wind_and_three_need_context() -> None:
    catalog = default_catalog()
    assert names(catalog, "Interconnect with Orange and T-Mobile for mobile users.") == [
        ("Orange", "orange"),
        ("T-Mobile", "t-mobile"),
    ]
    assert names(catalog, "She painted the fence orange in the wind.") == []
    assert names(catalog, "The Orange juice was fresh.") == []
    assert names(catalog, 'Does not include 3G network "3". Three times a day.') == [
        ("3", "hutchison-3")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Roshan Perera, Chief Financial Officer, said revenue was Rs 5 million.",
        "Telma Ferreira, Investor Relations, said revenue was US$5 million.",
        "Ms. Elion said revenue was US$5 million.",
        "Our star choice for the year was broadband; revenue was US$5 million.",
        "We offer mobile digital communications to 5,000 customers.",
        "Our emerging markets telecommunication services grew to 5,000 customers.",
        "The company's fastlink service grew to 5,000 customers.",
        "Kazakh telecom revenue was US$5 million.",
        "Uzbek telecom revenue was US$5 million.",
        "Sudan telecom revenue was US$5 million.",
        "Lithuanian telecom revenue was US$5 million.",
        "Macedonian telecom revenue was US$5 million.",
        "Estonian telecom revenue was US$5 million.",
        "Ghana telecommunications company revenue was US$5 million.",
        "Bangladesh telecommunications company revenue grew to US$5 million.",
        "Our partner communications reached 5,000 mobile customers.",
        "Singapore telecom revenue was US$5 million.",
        "We sell Sky mobile plans, afghan wireless cards and Vista cellular handsets.",
        "Resellers offer spice telecom cards, telecom colombia lines and telenet access.",
    ],
)
def test_first_names_words_and_descriptions_are_not_operators(sentence: str) -> None:
    found = extract_body(sentence, "Example Telecom S.A.")
    assert [o.slug for o in found.operators] == ["example-telecom"]
    assert {m.operator for m in found.metrics} <= {"example-telecom"}


@pytest.mark.parametrize(
    ("sentence", "slug"),
    [
        ("ROSHAN revenue was US$5 million.", "roshan"),
        ("Telecom Development Company Afghanistan (Roshan) revenue was US$5 million.", "roshan"),
        ("TELMA revenue was US$5 million.", "telma"),
        ("Star Choice added 5,000 customers.", "star-choice"),
        ("Fastlink added 5,000 customers.", "zain-jo"),
        ("Kazakh Telecom revenue was US$5 million.", "kazakhtelecom"),
        ("Ghana Telecommunications Company revenue was US$5 million.", "ghana-telecom"),
        ("Mobile Digital Communications added 5,000 customers.", "velcom"),
        ("Telenet added 5,000 customers.", "telenet"),
        ("Elisa added 5,000 mobile customers.", "elisa"),
    ],
)
def test_a_guarded_name_written_as_a_name_is_the_operator(sentence: str, slug: str) -> None:
    found = extract_body(sentence, "Example Telecom S.A.")
    assert slug in [o.slug for o in found.operators]
    assert [m.operator for m in found.metrics] == [slug]


def test_discovery_and_registrant() -> None:
    catalog = default_catalog()
    found = catalog.discover("Nordlink Mobile Oy's")
    assert found.kind == "other" and found.slug == "nordlink-mobile"
    assert registrant_operator("mmO2 plc").slug == "mmo2"
    unknown = registrant_operator("Acme Widgets plc")
    assert (unknown.slug, unknown.kind) == ("acme-widgets", "other")
    extended = catalog.extended([Operator(slug="nordlink", name="Nordlink")])
    assert names(extended, "Nordlink has many mobile customers.") == [("Nordlink", "nordlink")]
    assert catalog.resolve("Nordlink") is None


def test_a_legal_name_ending_in_a_quoted_name_is_that_name() -> None:
    catalog = default_catalog()
    found = catalog.discover('Closed Joint Stock Company Regional Mobile Networks "Volnaya Svyaz"')
    assert (found.slug, found.name) == ("volnaya-svyaz", "Volnaya Svyaz")
    # A quote that is not the end of the name is part of it.
    found = catalog.discover('The "Best Value" Telecom Company of Ruritania')
    assert found.slug == "best-value-telecom-company-of-ruritania"


def test_a_brand_in_brackets_after_a_country_is_the_groups_operator_there() -> None:
    text = (
        "Subscribers by country: Chile (Claro) 2,104; Guatemala (Tigo) 1,512; "
        "Honduras (Claro) 655; Mexico (Telcel) 41,230."
    )
    assert names(default_catalog(), text) == [
        ("Claro", "claro-cl"),
        ("Tigo", "tigo-gt"),
        ("Claro", "claro-hn"),
        ("Telcel", "telcel"),
    ]
    # A brand named with a country where its group has none keeps the brand.
    assert names(default_catalog(), "Norway (Claro): mobile customers roam.") == [
        ("Claro", "claro-br")
    ]


def test_a_group_followed_by_a_country_is_its_operator_there() -> None:
    text = (
        "Roaming deals with Vodafone New\n        Zealand, Orange\r\n   Romania and "
        "Vodafone Group's own network."
    )
    found = default_catalog().find_mentions(text)
    assert [m.operator for m in found] == ["vodafone-nz", "orange-ro", "vodafone"]
    for mention in found:
        assert text[mention.span.start : mention.span.end] == mention.span.text


def test_names_made_of_ordinary_words_count_only_as_names() -> None:
    catalog = default_catalog()
    text = "Growth in the Taiwan mobile market outpaced Taiwan Mobile's own network."
    assert names(catalog, text) == [("Taiwan Mobile", "taiwan-mobile")]
    text = "Ice storms hit the GSM network; ice on masts. ICE restored mobile service."
    assert names(catalog, text) == [("ICE", "instituto-costarricense-de-electricidad")]
    text = "Cable and wireless broadband grew. Cable and Wireless plc has mobile networks."
    assert names(catalog, text) == [("Cable and Wireless plc", "cable-wireless")]


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("Mobile", False),
        ("Fixed Line", False),
        ("Total Revenue", False),
        ("Broadband and Internet", False),
        ("Costa Rica", False),
        ("UMTS Network", False),
        ("CDMA Coverage", False),
        ("Nordlink Mobile", True),
        ("Harbour & Coast Telecom", True),
    ],
)
def test_topic_words_are_no_company_name(name: str, company: bool) -> None:
    assert is_company_name(name) is company


def test_a_block_headed_by_a_topic_speaks_of_the_registrant() -> None:
    text = (
        "Nordlink Telecom today reported results.\n\n"
        "Broadband\n"
        "The number of broadband lines reached 1.2 million.\n\n"
        "Fibrenet\n"
        "Fibrenet is a mobile operator. See www.fibrenet.example or fibrenet@example.com.\n"
    )
    heading_one, heading_two = text.index("Broadband\n"), text.index("Fibrenet\n")
    sections = (
        Section("body", None, 0, heading_one),
        Section("about", "Broadband", heading_one, heading_two),
        Section("about", "Fibrenet", heading_two, len(text)),
    )
    parsed = ParsedRelease(None, None, None, Span.of(text, 0, len(text)), None, sections, (), ())
    registrant = default_catalog().discover("Nordlink Telecom")
    extraction = extract_release(text, parsed, registrant=registrant, catalog=default_catalog())
    slugs = {m.operator for m in extraction.mentions}
    assert "broadband" not in slugs and "fibrenet" in slugs
    assert {m.operator for m in extraction.metrics} <= {"nordlink-telecom"}


def test_an_alliance_over_its_about_block_is_no_operator_mentioned() -> None:
    text = (
        "Nordlink Telecom today joined the Fjord Roaming Alliance.\n\n"
        "About the Fjord Roaming Alliance\n"
        "The Fjord Roaming Alliance was founded in 2004 and has seven members in the region.\n"
    )
    heading = text.index("About the")
    sections = (
        Section("body", None, 0, heading),
        Section("about", "About the Fjord Roaming Alliance", heading, len(text)),
    )
    parsed = ParsedRelease(None, None, None, Span.of(text, 0, len(text)), None, sections, (), ())
    registrant = default_catalog().discover("Nordlink Telecom")
    extraction = extract_release(text, parsed, registrant=registrant, catalog=default_catalog())
    assert {m.operator for m in extraction.mentions} == {"nordlink-telecom"}


def test_trailing_legal_forms_strip_in_linear_time() -> None:
    # A long run of spaces before a near-miss suffix once made the strip quadratic.
    name = "Acme" + " " * 200_000 + "plcx"
    assert slugify(name) == "acme-plcx"


def test_peruvian_legal_forms_are_no_part_of_the_name() -> None:
    # Sociedad Anónima Abierta / Cerrada, as Peru writes them, like "S.A." elsewhere.
    assert slugify("Andina Redes del Sur S.A.A.") == "andina-redes-del-sur"
    assert slugify("Redes Andinas S.A.C.") == "redes-andinas"
    assert default_catalog().discover("Andina Redes del Sur S.A.A.").slug == "andina-redes-del-sur"


def test_legal_forms_written_in_full_words_are_no_part_of_the_name() -> None:
    # A Turkish joint-stock company spells "A.S." out on its cover and abbreviates it in
    # prose; an Indian or Nepalese private company writes "Private Limited" or "Pvt. Ltd.".
    assert slugify("Ege Kablo Anonim \u015eirketi") == "ege-kablo"
    assert slugify("EGE KABLO ANONIM SIRKETI") == slugify("Ege Kablo A.\u015e.")
    assert slugify("Marmara Data Limited \u015eirketi") == "marmara-data"
    assert slugify("Himal Cellular Private Limited") == "himal-cellular"
    assert slugify("Deccan Wireless Pvt. Ltd.") == "deccan-wireless"
    catalog = default_catalog()
    assert catalog.discover("Himal Cellular Private Limited").slug == "himal-cellular"
    # "Private" alone is a word of names ("Example Private Networks"), no form.
    assert slugify("Example Private Networks") == "example-private-networks"


def test_a_group_s_peruvian_companies_written_with_accents() -> None:
    catalog = default_catalog()
    text = "Its business is carried out by Telefónica Móviles Perú and Telmex Perú, its rival."
    assert [slug for _, slug in names(catalog, text)] == ["movistar-pe", "telmex-peru"]


def test_slugify() -> None:
    assert slugify("The Link Stores Limited") == "link-stores"
    assert slugify("Český Telecom, a.s.") == "cesky-telecom"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Ruritel p.l.c.", "ruritel"),
        ("Ruritel P.L.C", "ruritel"),
        ("Nordnet S.P.A", "nordnet"),
        ("Nordnet Sp.A.", "nordnet"),
        ("Nordnet N. V.", "nordnet"),
        ("Nordnet A/S", "nordnet"),
        ("Nordnet U.S.", "nordnet-u-s"),  # initials that are no legal form stay
    ],
)
def test_legal_forms_in_dotted_initials_however_punctuated(name: str, slug: str) -> None:
    assert slugify(name) == slug
    assert default_catalog().discover(name).slug == slug


def test_a_group_word_before_the_legal_form_is_part_of_the_slug() -> None:
    # "Group" names a company ("Example Group"): the slug keeps it, the lookup ignores it.
    assert slugify("Calder Telecom Group plc") == "calder-telecom-group"
    assert slugify("Calder Telecom Group") == "calder-telecom-group"
    assert slugify("Calder Telecom Group, Ltd.") == "calder-telecom-group"
    assert slugify("Calder Telecom plc") == "calder-telecom"
    assert default_catalog().discover("Calder Telecom Group plc").slug == "calder-telecom-group"
    assert default_catalog().resolve("Vodafone Group plc").slug == "vodafone"


@pytest.mark.parametrize(
    ("written", "slug"),
    [
        ("Swisscom Mobile Telecommunications AG", "swisscom-mobile"),
        ("SWISSCOM MOBILE COMMUNICATIONS AG", "swisscom-mobile"),
        ("Swisscom Mobile Telecomunicações S.A.", "swisscom-mobile"),
    ],
)
def test_a_known_full_name_with_a_business_word_and_a_legal_form(written: str, slug: str) -> None:
    operator = default_catalog().discover(written)
    assert operator.slug == slug


@pytest.mark.parametrize(
    "written",
    [
        "Swisscom Mobile Telecommunications",  # no legal form: not sure it is one name
        "Swisscom Alpine Telecommunications AG",  # other words between: another company
    ],
)
def test_a_business_word_alone_or_after_other_words_is_another_company(written: str) -> None:
    assert default_catalog().resolve(written) is None


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Spain", "ES"),
        ("the UK", "GB"),
        ("UK", "GB"),
        ("Czech Republic", "CZ"),
        ("Czech\nRepublic", "CZ"),
        ("Norwegian", "NO"),
        ("Norway's", "NO"),
        ("the Netherlands", "NL"),
        ("Egypt", "EG"),
        ("Morocco", "MA"),
        ("Tunisia", "TN"),
        ("Kazakhstan", "KZ"),
        ("the UAE", "AE"),
        ("Brazil", "BR"),
        ("the Russian Federation", "RU"),
        ("The Republic of South Africa", "ZA"),
        ("Belize", "BZ"),
        ("Panamá", "PA"),
        ("New Jersey", None),
        ("Atlantis", None),
    ],
)
def test_country_words(word: str, code: str | None) -> None:
    assert country_code(word) == code


def _flat_pattern(catalog: Catalog) -> re.Pattern[str]:
    """The plain alternation the factored pattern must agree with, match for match."""
    spellings = {s for op in catalog.operators for s in (op.name, *op.aliases) if s.strip()}
    spellings |= {fold(s) for s in spellings}
    alternation = "|".join(
        re.escape(s).replace(r"\ ", _NAME_SPACE) for s in sorted(spellings, key=len, reverse=True)
    )
    return re.compile(
        rf"(?<![\w@./&-])(?P<name>{alternation})"
        rf"(?:\s(?P<suffix>{_SUFFIX_PATTERN}))?(?![\w@&-]|\.\w)",
        re.IGNORECASE,
    )


def test_factored_pattern_matches_like_the_flat_alternation() -> None:
    catalog = default_catalog()
    flat = _flat_pattern(catalog)
    texts = [path.read_text(encoding="utf-8") for path in seed_paths()]
    texts.append("mmO2 plc, O2 UK's and O2 (UK) Ltd; TELEFÓNICA MÓVILES and Telefonica Moviles.")
    for text in texts:
        expected = [(m.span(), m.group("name", "suffix")) for m in flat.finditer(text)]
        got = [
            ((f.start, f.end), (text[f.start : f.name_end], text[f.name_end + 1 : f.end] or None))
            for f in catalog._matches(text, 0, len(text))
        ]
        assert got == expected


def test_an_extended_catalog_finds_what_a_rebuilt_one_finds() -> None:
    base = default_catalog()
    discovered = [
        Operator(slug="nordlink", name="Nordlink"),
        Operator(slug="nordlink-mobile", name="Nordlink Mobile", aliases=("NLM",)),
        Operator(slug="o2-extra", name="O2 Nordic"),
    ]
    extended = base.extended(discovered[:1]).extended(discovered[1:])
    rebuilt = Catalog([*base.operators, *discovered])
    text = (
        "Nordlink Mobile AB and Nordlink, with NLM and O2 Nordic, beat O2 and mmO2 plc; "
        "Nordlink Mobile's network grew.\n"
    ) + seed_paths()[0].read_text(encoding="utf-8")
    assert extended.find_mentions(text) == rebuilt.find_mentions(text)
    assert extended.operators == rebuilt.operators
    assert base.resolve("Nordlink") is None and extended.resolve("NLM") == discovered[1]


def _bounded(catalog: Catalog, text: str, start: int, stop: int) -> list[tuple[int, int, int]]:
    """The names the catalog's pattern finds in ``text[start:stop]``, searched directly."""
    pattern = catalog._pattern
    return [(m.start(), m.end("name"), m.end()) for m in pattern.finditer(text, start, stop)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_names_found_from_one_scan_equal_a_search_of_each_stretch(data: st.DataObject) -> None:
    # Sections are looked up in one scan of the whole filing; that must find exactly what a
    # search bounded to the section finds, wherever the bounds fall (inside a name, right
    # after one, before a legal form).
    catalog = default_catalog()
    text = data.draw(st.sampled_from(_SCAN_TEXTS))
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    with scanning():  # as while a filing is read
        list(catalog._matches(text, 0, len(text)))  # the whole text is scanned first
        found = [tuple(f) for f in catalog._matches(text, start, stop)]
    assert found == _bounded(catalog, text, start, stop)


def test_each_filing_read_keeps_its_own_scan() -> None:
    # Scans live only while a filing is read, one set per read: two reads (threads of the API
    # reading two filings) never answer from each other's text, and none outlives its read.
    catalog = default_catalog()
    first, second = _SCAN_TEXTS[0], _SCAN_TEXTS[-1]
    with scanning():
        in_first = list(catalog._matches(first, 0, len(first)))
        with scanning():
            assert list(catalog._matches(second, 0, len(second))) == [
                _Found(*f) for f in _bounded(catalog, second, 0, len(second))
            ]
        assert list(catalog._matches(first, 0, len(first))) == in_first
    assert _FILING_SCANS.get() is None


_NEAR_MISSES = (
    "Vodafone Group Plc and Telefonica Moviles SA; O2 UK's network. Deutsche Telekom AG owns "
    "T-Mobile International AG. ONE GmbH, One (Austria) and Orange SA.\n"
    "Vodafone New\n        Zealand, Telecom Corporation of\r\n   New Zealand Ltd and Bezeq The\n"
    "Israel Telecommunication Corp.; Cable & Wireless\n Panama (Panama), Chile (Claro).\n"
)
_SCAN_TEXTS = [p.read_text(encoding="utf-8", errors="replace") for p in seed_paths()[:2]]
_SCAN_TEXTS.append(_NEAR_MISSES * 40)


def test_kt_is_ktfs_parent_not_ktf() -> None:
    catalog = default_catalog()
    text = "KT Corp. and its mobile arm KTF signed the deal; KT's share rose (see www.kt.co.kr)."
    assert names(catalog, text) == [("KT Corp", "kt"), ("KTF", "ktf"), ("KT", "kt")]
    assert registrant_operator("KT CORPORATION").slug == "kt"
    ktf = catalog.get("ktf")
    assert ktf is not None and ktf.parent == "kt"
    # In lower case the letters are no name: "kt" in an address or a unit.
    assert names(catalog, "Download speeds of 3 kt per mobile user") == []


@pytest.mark.parametrize(
    ("written", "slug"),
    [
        ("Perusahaan Perseroan (Persero) PT Telekomunikasi Indonesia Tbk", "telkom-indonesia"),
        ("PT Telekomunikasi Indonesia (Persero) Tbk", "telkom-indonesia"),
        ("PT Indosat Tbk", "indosat"),
        ("PT. Excelcomindo Pratama Tbk", "excelcomindo"),
        ("UAB Omnitel", "omnitel"),
        ("DiGi Telecommunications Sdn. Bhd.", "digi-my"),
        ("PT", "portugal-telecom"),  # "PT SGPS": a leading form followed by a legal form stays
    ],
)
def test_leading_legal_forms_are_dropped_like_trailing_ones(written: str, slug: str) -> None:
    operator = default_catalog().resolve(written)
    assert operator is not None and operator.slug == slug


def test_an_unknown_name_with_leading_legal_forms_slugs_without_them() -> None:
    assert slugify("Perusahaan Perseroan (Persero) PT Nusantara Seluler Tbk") == (
        "nusantara-seluler"
    )
    assert registrant_operator("PT Nusantara Seluler Tbk").slug == "nusantara-seluler"


def test_a_shared_short_name_is_the_operator_of_the_country_named_beside_it() -> None:
    catalog = default_catalog()
    assert names(catalog, "Omnitel in Lithuania grew.") == [("Omnitel", "omnitel")]
    assert names(catalog, "Lithuania (Omnitel) and Latvia (LMT)") == [
        ("Omnitel", "omnitel"),
        ("LMT", "lmt"),
    ]
    assert names(catalog, "Omnitel (Italy) passed 20 million customers.") == [
        ("Omnitel", "vodafone-it")
    ]


def test_a_shared_short_name_is_the_operator_of_the_country_the_text_speaks_of() -> None:
    catalog = default_catalog()
    indonesian = "Bandung, Indonesia. TELKOM's fixed lines in Indonesia grew; Telkom said so."
    assert {slug for _, slug in names(catalog, indonesian)} == {"telkom-indonesia"}
    kenyan = "Nairobi, Kenya. Telkom's fixed network in Kenya carries most traffic."
    assert names(catalog, kenyan) == [("Telkom", "telkom-kenya")]
    italian = "Omnitel, the Italian mobile operator, now trades as Vodafone."
    assert names(catalog, italian)[0] == ("Omnitel", "vodafone-it")
    # Nothing says which: the table's first row.
    assert names(catalog, "Telkom raised its mobile tariffs.") == [("Telkom", "telkom-sa")]


def test_the_filing_being_read_decides_a_shared_name_in_a_short_text() -> None:
    catalog = default_catalog()
    filing = "Jakarta, Indonesia\n" + "Telkom reported its results for the mobile market. " * 20
    with scanning():
        catalog.find_mentions(filing)  # the filing's scan, as its extractors make it
        title = "TELKOM POSTS RECORD MOBILE PROFIT"
        assert [m.operator for m in catalog.find_mentions(title)] == ["telkom-indonesia"]
        resolved = catalog.resolve("Telkom")
        assert resolved is not None and resolved.slug == "telkom-indonesia"
    resolved = catalog.resolve("Telkom")
    assert resolved is not None and resolved.slug == "telkom-sa"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # The table's row there.
        ("Telia Norway added 40,000 mobile customers.", [("Telia", "netcom")]),
        ("TeliaSonera Finland cut prices for mobile users.", [("TeliaSonera Finland", "sonera")]),
        ("Three Hong Kong had 2 million mobile customers.", [("Three Hong Kong", "three-hk")]),
        # No row: the group's branch, brand plus ISO code as the table slugs its own.
        ("Tele2 Netherlands and Tele2 Norge grew in mobile.", [("Tele2", "tele2-nl"),
                                                               ("Tele2", "tele2-no")]),
        ("3 Indonesia launched its mobile network.", []),  # a bare "3" counts only in quotes
        ("The operator Three Indonesia launched its mobile network.",
         [("Three", "three-id")]),
        ("Hutchison 3 Indonesia launched its mobile network.", [("Hutchison 3", "three-id")]),
        ("Telia Spain is an MVNO on the mobile network of others.", [("Telia", "telia-es")]),
        # A country in a bracket after the name says where the group is from.
        ("Members: Tele2 (Norway) and Elisa (Finland), mobile operators.",
         [("Tele2", "tele2"), ("Elisa", "elisa")]),
        # A country's row in a table: its bracket opens with the group's name.
        ("   Norway (Tele2 and Network Norway)     1,000 mobile customers",
         [("Tele2", "tele2-no")]),
        # An adjective is no country: a phrase, not an operator.
        ("Vodafone American Depositary Shares rose on the mobile news.",
         [("Vodafone", "vodafone")]),
        # A country that ends a name whose short form is bracketed.
        ("spun off from Teléfonos de México (Telmex) in 2000", [("Teléfonos de México", "telmex"),
                                                                ("Telmex", "telmex")]),
    ],
)  # fmt: skip
def test_a_groups_brand_followed_by_a_country_is_its_operator_there(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert names(default_catalog(), text) == found


def test_a_groups_branch_is_a_row_with_its_country_and_parent() -> None:
    catalog = default_catalog()
    branch = catalog.get("tele2-hr")
    assert branch is not None
    assert (branch.name, branch.kind, branch.country, branch.parent) == (
        "Tele2 Croatia", "mobile_operator", "HR", "tele2",
    )  # fmt: skip
    three = catalog.get("three-id")
    assert three is not None and (three.name, three.parent) == ("3 Indonesia", "hutchison-3")
    assert catalog.get("tele2-xx") is None  # no country
    assert catalog.get("nordlink-se") is None  # no group's brand
    # An operator of no group has its company in another country too ("Sprint Canada").
    elisa = catalog.get("elisa-se")
    assert elisa is not None and (elisa.name, elisa.parent) == ("Elisa Sweden", "elisa")
    assert catalog.get("radiolinja-se") is None  # a group's operator: its group's branch
    for written, slug in (("Tele2 Lietuva", "tele2-lt"), ("Telia Denmark", "telia-dk")):
        resolved = catalog.resolve(written)
        assert resolved is not None and resolved.slug == slug
    assert catalog.resolve("Radiolinja Sweden") is None  # a group's operator: no branch


@pytest.mark.parametrize(
    ("written", "slug"),
    [
        ("Hanaro Telecom, Inc.", "hanaro-telecom"),
        ("LG Powercom", "lg-powercom"),
        ("Reliance Infocomm Ltd", "reliance-infocomm"),
        ("Excelcomindo", "excelcomindo"),
        ("Bharat Sanchar Nigam Limited", "bsnl"),
        ("Mahanagar Telephone Nigam Limited", "mtnl"),
        ("CAT Telecom Public Company Limited", "cat-telecom"),
        ("Hutchison CAT Wireless MultiMedia Limited", "hutchison-cat"),
        ("MobileOne Ltd", "mobileone"),
        ("Hutchison Essar Limited", "hutchison-essar"),
        ("Sonera", "sonera"),
        ("Korea Telecom", "kt"),
    ],
)
def test_operators_of_the_2000s_are_known(written: str, slug: str) -> None:
    operator = default_catalog().resolve(written)
    assert operator is not None and operator.slug == slug


def test_a_telecom_company_defined_with_its_legal_form_is_discovered() -> None:
    text = (
        'Jakarta - Nusantara Seluler Telekom Tbk ("NST") and Indosat signed a roaming deal. '
        'Advisers were Morgan Stanley & Co. Limited ("Morgan Stanley"). NST has 3 million '
        "mobile customers."
    )
    catalog = default_catalog().with_defined_terms(text, 0, len(text))
    assert names(catalog, text) == [
        ("Nusantara Seluler Telekom Tbk", "nusantara-seluler-telekom"),
        ("NST", "nusantara-seluler-telekom"),
        ("Indosat", "indosat"),
        ("NST", "nusantara-seluler-telekom"),
    ]
    found = catalog.get("nusantara-seluler-telekom")
    assert found is not None and found.name == "Nusantara Seluler Telekom"
    assert catalog.resolve("Morgan Stanley") is None  # no telecom company


def test_a_name_with_its_short_name_in_brackets_is_whichever_the_table_knows() -> None:
    catalog = Catalog(
        [
            Operator(slug="nordlys", name="Nordlys", aliases=("Nordlys Telekommunikasjon",)),
            Operator(slug="fjordnett", name="Fjordnett"),
        ]
    )
    found = catalog.resolve("NORDLYS TELEKOMMUNIKASJON (NTK)")
    assert found is not None and found.slug == "nordlys"
    found = catalog.resolve("Vestlandet Mobilselskap AS (Fjordnett)")
    assert found is not None and found.slug == "fjordnett"
    assert catalog.resolve("Vestlandet Mobilselskap AS (VMS)") is None


@pytest.mark.parametrize(
    "text",
    [
        "Coverage grew again.\n\n\u201cOne in four households now uses our mobile network,\u201d"
        " he said.",
        "The mobile network grew fast (One in 5 customers switched to it last year).",
        "Customers like the network: 'One in every ten calls is now made on a mobile phone.'",
    ],
)
def test_one_in_a_ratio_is_a_number(text: str) -> None:
    assert names(default_catalog(), text) == []


def test_bt_counts_only_in_capitals() -> None:
    catalog = default_catalog()
    text = "Interconnect with BT for mobile users; see www.bt.com or mail bt@example.com."
    assert names(catalog, text) == [("BT", "bt-group")]
    assert names(catalog, "The mobile network of Bt counts little.") == []


def test_names_meet_whichever_side_writes_the_accents() -> None:
    # The table writes a name without accents, the text with them: Portuguese "Telefônica"
    # as well as Spanish "Telefónica" is Telefonica; a discovered "Conexion Andina" is the
    # text's "Conexión Andina", and a discovered accented name its plain spelling.
    plain = Operator(slug="conexion-andina", name="Conexion Andina", kind="other")
    accented = Operator(slug="rede-sao-joao", name="Rede São João Móvel", kind="other")
    catalog = Catalog([Operator(slug="telefonica", name="Telefonica", kind="group"), plain])
    catalog = catalog.extended([accented])
    text = (
        "Telefônica said Conexión Andina, CONEXIÓN ANDINA and Rede Sao Joao Movel grew; "
        "Rede São João Móvel too. " + "Sales rose in every region. " * 30
    )
    with scanning():
        scanned = [(m.operator, m.span.text) for m in catalog.find_mentions(text)]
    bare = [(m.operator, m.span.text) for m in catalog.find_mentions(text, 0, len(text))]
    assert (
        scanned
        == bare
        == [
            ("telefonica", "Telefônica"),
            ("conexion-andina", "Conexión Andina"),
            ("conexion-andina", "CONEXIÓN ANDINA"),
            ("rede-sao-joao", "Rede Sao Joao Movel"),
            ("rede-sao-joao", "Rede São João Móvel"),
        ]
    )


def test_a_filing_s_stripped_copy_outlives_searches_of_short_texts() -> None:
    # Extractors alternate between the filing and its titles and headings; were each switch
    # to strip the whole filing again, one accented letter would make a scan quadratic.
    from app.ingest.catalog import _searched

    filing = "Café Nordlys. " + "Telefônica Brasil had 5 million customers. " * 200
    first = _searched(filing)
    assert _searched("NORDLYS RÉSULTATS") == "NORDLYS RESULTATS"
    assert _searched(filing) is first
    assert first[:5] == "Cafe " and len(first) == len(filing)


def test_an_about_heading_with_no_name_in_it_reads_as_a_filing() -> None:
    from app.ingest.pipeline import read_filing

    data = (
        b"FORM 6-K\n\nNordlys ASA\n\nNORDLYS REPORTS RESULTS FOR THE THIRD QUARTER 2005\n\n"
        b"Oslo, October 20, 2005 - Nordlys ASA reported results for the third quarter of 2005."
        b"\n\nAbout ''\n\nThe company is a leading operator with 5 million customers.\n"
    )
    filing = read_filing(data, source_name="nordlys.txt")  # it raised IndexError: a 500
    assert len(filing.releases) == 1


def test_dotted_egyptian_and_icelandic_legal_forms_are_dropped() -> None:
    assert strip_legal_forms("Nile Wireless Holding S.A.E.") == strip_legal_forms(
        "Nile Wireless Holding S.A."
    )
    assert strip_legal_forms("Fjarskipti Nordur hf.") == "fjarskipti nordur"


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Republic of Senegal", "SN"),
        ("Hashemite Kingdom of Jordan", "JO"),
        ("Sultanate of Oman", "OM"),
        ("the Kingdom of Bahrain", "BH"),
        ("Republic of Korea", "KR"),
        ("Democratic People's Republic of Korea", "KP"),
        ("Democratic Republic of the Congo", "CD"),
        ("Benin", "BJ"),
        ("Chad", "TD"),
        ("Kingdom of Tonga", "TO"),
        ("Republic of Nowhere", None),
    ],
)
def test_a_country_is_known_after_its_states_form(written: str, code: str | None) -> None:
    # An address's last line ("Dakar, Republic of Senegal") gives the registrant's country,
    # and with it the currency a bare "FCFA" means.
    assert country_code(written) == code
