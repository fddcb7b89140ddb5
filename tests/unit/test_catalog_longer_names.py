"""Longer company names around known ones, accented discoveries, places in legal names."""

from __future__ import annotations

from app.ingest.catalog import default_catalog, opens_name
from app.ingest.extract import extract_release
from app.ingest.records import ParsedRelease, Section, Span
from tests.unit.invented import extract_body


def _mentions(text: str) -> list[tuple[str, str]]:
    catalog = default_catalog().with_defined_terms(text, 0, len(text))
    return [(m.operator, " ".join(m.span.text.split())) for m in catalog.find_mentions(text)]


def test_a_known_name_after_capitalised_words_with_a_legal_form_is_another_company() -> None:
    # "One" is Austria's ONE; "Nova One Ltd." is some other company that ends in the word.
    text = (
        "The group also holds 60% of Nova One Ltd. (\u201cNova One\u201d), a regional "
        "satellite operator, whose network covers the north."
    )
    found = _mentions(text)
    assert ("one", "One") not in found and all(slug != "one" for slug, _ in found)
    assert ("nova-one", "Nova One Ltd.") in found and ("nova-one", "Nova One") in found


def test_a_known_name_wrapped_after_a_word_of_prose_is_another_company() -> None:
    text = (
        "The operator ended the year with 2.1 million clients, of which 400,000 at Sul\n"
        "Brasil Telecom S.A., its subsidiary in the South Region, an operator of networks.\n"
    )
    found = _mentions(text)
    assert ("sul-brasil-telecom", "Sul Brasil Telecom S.A.") in found
    assert all(slug != "brasil-telecom" for slug, _ in found)


def test_a_known_name_with_a_region_before_its_legal_form_is_another_company() -> None:
    text = (
        "Mr. Sato was President of Nippon Telegraph and Telephone\n"
        "      West Corporation until June, the regional operator.\n"
    )
    found = _mentions(text)
    assert [slug for slug, _ in found] == ["nippon-telegraph-and-telephone-west"]


def test_the_words_between_a_known_name_and_its_legal_form_may_wrap() -> None:
    text = (
        "Nordlys ASA, the holding company of Swisscom Alpina S.A. and Swisscom Ticino\r\n"
        "Telecomunicazioni S.A., the group's operators in the south, reported today.\r\n"
    )
    found = _mentions(text)
    assert ("swisscom-alpina", "Swisscom Alpina S.A.") in found
    assert ("swisscom-ticino-telecomunicazioni", "Swisscom Ticino Telecomunicazioni S.A.") in found
    assert all(slug != "swisscom" for slug, _ in found)


def test_initials_between_a_known_name_and_its_legal_form_make_another_company() -> None:
    # A subsidiary named for its network in initials ("PCS", "GSM") after the group's name.
    text = "The group also controls Telenor PCS Ltd., a paging operator in the north."
    assert _mentions(text) == [("telenor-pcs", "Telenor PCS Ltd.")]


def test_each_company_named_in_full_after_subsidiaries_is_discovered() -> None:
    text = (
        "The review was begun by the Company and its subsidiaries Norland Inc., Norland\n"
        "Paging Ltd. and Norland PCS Inc., which run its paging and wireless networks.\n"
    )
    extraction = extract_body(text, "Norland Communications Inc.")
    assert [(m.operator, " ".join(m.span.text.split())) for m in extraction.mentions] == [
        ("norland", "Norland Inc."),
        ("norland-paging", "Norland Paging Ltd."),
        ("norland-pcs", "Norland PCS Inc."),
    ]


def test_sentence_openers_business_words_and_headings_keep_the_known_name() -> None:
    text = (
        "Today Vodafone Group Plc announced results. COSMOTE Mobile Telecommunications "
        "S.A. reported too.\n\nAbout Telenor\nTelenor ASA is an operator of networks.\n"
    )
    assert [slug for slug, _ in _mentions(text)] == ["vodafone", "cosmote", "telenor", "telenor"]


def test_an_accented_company_defined_with_a_short_name_is_found_as_written() -> None:
    # Discovered names are searched in the accent-stripped text, as the table's are.
    text = (
        "  - C\u00e9lia S.A. (\u201cC\u00e9lia\u201d), bought last year, ended the quarter "
        "with 52 thousand lines in service.\n  - C\u00e9lia added 3 thousand lines.\n"
    )
    assert _mentions(text) == [
        ("celia", "C\u00e9lia S.A."),
        ("celia", "C\u00e9lia"),
        ("celia", "C\u00e9lia"),
    ]


def test_a_company_defined_without_telecom_words_or_business_is_not_an_operator() -> None:
    text = 'Banco Ejemplo S.A. ("Ejemplo") acted as the adviser to the Company on the deal.'
    assert _mentions(text) == []


def test_a_wrapped_company_name_before_its_defined_short_name_is_discovered() -> None:
    text = (
        "The Company today announced its results for the year. Its subsidiary, Lake City\n"
        "Broadband Network Limited (\u201cLCBN\u201d), passes 900,000 homes.\n"
    )
    assert ("lake-city-broadband-network", "LCBN") in _mentions(text)


def test_a_place_in_brackets_in_a_legal_name_is_not_part_of_the_slug() -> None:
    catalog = default_catalog()
    assert catalog.discover("Harbour Telecom (H.K.) Limited").slug == "harbour-telecom"
    assert catalog.discover("Harbour Telecom (Singapore) Pte Ltd").slug == "harbour-telecom"
    assert catalog.discover("Harbour Telecom (Group B) Ltd").slug == "harbour-telecom-group-b"


def test_bce_is_the_group_above_bell_canada_above_bell_mobility() -> None:
    catalog = default_catalog()
    bce, bell, mobility = (catalog.resolve(n) for n in ("BCE Inc.", "Bell Canada", "Bell Mobility"))
    assert bce is not None and bell is not None and mobility is not None
    assert (bce.slug, bell.parent, mobility.parent) == ("bce", "bce", "bell-canada")


def test_embratel_and_its_operating_company_are_two_rows() -> None:
    catalog = default_catalog()
    holding = catalog.resolve("Embratel Participações S.A.")
    operating = catalog.resolve("Empresa Brasileira de Telecomunicações S.A.")
    assert holding is not None and operating is not None
    assert holding.slug == "embratel" and operating.parent == "embratel"


def test_a_short_name_defined_after_a_listing_bracket_and_an_alternative() -> None:
    text = (
        "Lima, May 2, 2008 - Andina Telefonia, S.A.B. de C.V. (NYSE: ATF; BVL:\n"
        'ANDINA CPO) ("Andina" or "the Company") reported results. Andina added lines.\n'
    )
    registrant = default_catalog().discover("ANDINA TELEFONIA, S.A.B. DE C.V.")
    catalog = default_catalog().extended([registrant]).with_defined_terms(text, 0, len(text))
    found = [(m.operator, m.span.text) for m in catalog.find_mentions(text)]
    assert found.count(("andina-telefonia", "Andina")) == 2


def test_an_about_heading_that_shortens_the_registrant_is_the_registrant() -> None:
    text = (
        "Andina Telefonia reported 400,000 lines in service.\n\n"
        "About Andina\n"
        "Andina Telefonia, S.A.B. de C.V. is a telephone operator with 400,000 lines.\n"
    )
    heading = text.index("About Andina")
    sections = (
        Section("body", None, 0, heading),
        Section("about", "About Andina", heading, len(text)),
    )
    parsed = ParsedRelease(None, None, None, Span.of(text, 0, len(text)), None, sections, (), ())
    registrant = default_catalog().discover("Andina Telefonia, S.A.B. de C.V.")
    extraction = extract_release(text, parsed, registrant=registrant, catalog=default_catalog())
    assert {op.slug for op in extraction.operators} == {"andina-telefonia"}
    assert opens_name("Andina", "Andina Telefonia, S.A.B. de C.V.")
    assert not opens_name("Andin", "Andina Telefonia") and not opens_name("S.A.", "Andina S.A.")


def test_two_known_names_before_a_legal_form_stay_two_known_names() -> None:
    # "Libertel" is Vodafone's Dutch operator's old name: not a word of another company's.
    found = _mentions("The operator Vodafone Libertel N.V. had 3.6 million customers.")
    assert [slug for slug, _ in found] == ["vodafone", "vodafone-nl"]


def test_telecom_companies_named_in_full_in_the_opening_paragraph_are_discovered() -> None:
    text = (
        "Oslo, 3 May 2005 - Nordlys Holding ASA, the holding company of Fjordnett Celular\n"
        "S.A. and Vestland Mobilnett AS, advised by Banco Fjord S.A., reported results.\n\n"
        "Fjordnett Celular ended the quarter with 2.1 million clients and Vestland Mobilnett\n"
        "with 0.4 million; Kyst Telecom S.A. is the third operator.\n"
    )
    catalog = default_catalog().with_opening_companies(text, 0, len(text))
    found = [(m.operator, " ".join(m.span.text.split())) for m in catalog.find_mentions(text)]
    assert ("fjordnett-celular", "Fjordnett Celular S.A.") in found
    assert ("fjordnett-celular", "Fjordnett Celular") in found
    assert ("vestland-mobilnett", "Vestland Mobilnett") in found
    # Not a telecom name (a holding, a bank), or named only after the opening paragraph.
    slugs = {slug for slug, _ in found}
    assert not slugs & {"nordlys-holding", "banco-fjord", "kyst-telecom"}
