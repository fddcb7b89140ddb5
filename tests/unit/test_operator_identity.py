"""Who a company is: the slug and the names a legal name gives it, on invented text."""

from __future__ import annotations

from app.ingest.catalog import default_catalog, registrant_operator
from tests.unit.invented import extract_body

_extract = extract_body


def test_a_short_name_after_a_legal_name_and_a_dash_is_an_alias() -> None:
    registrant = registrant_operator("Companhia Riograndense de Telefonia S.A. \u2013 CRTEL")
    assert registrant.slug == "companhia-riograndense-de-telefonia"
    assert registrant.aliases == ("CRTEL",)
    text = "Porto Alegre, May 2, 2006 - CRTEL reported 2.1 million lines in service.\n"
    extraction = _extract(text, "COMPANHIA RIOGRANDENSE DE TELEFONIA S.A. - CRTEL")
    assert [m.operator for m in extraction.mentions] == ["companhia-riograndense-de-telefonia"]


def test_a_dash_inside_a_name_before_its_legal_form_stays_in_the_name() -> None:
    assert registrant_operator("Northern Star - Blue Lines Ltd.").slug == "northern-star-blue-lines"
    assert registrant_operator("Northern Star - Blue").slug == "northern-star-blue"


def test_a_discovered_company_is_found_without_its_legal_form() -> None:
    # The registrant's own name, written in prose without "S.A.", is the registrant, not the
    # group whose brand opens it.
    text = (
        "Vodafone de Moldova had 1,240,000 mobile customers at March 31, 2006.\n"
        "VODAFONE DE MOLDOVA EXPANDS ITS 3G NETWORK\n"
    )
    extraction = _extract(text, "VODAFONE DE MOLDOVA S.A.")
    assert [m.operator for m in extraction.mentions] == ["vodafone-de-moldova"] * 2
    assert {m.operator for m in extraction.metrics} == {"vodafone-de-moldova"}


def test_one_word_left_without_the_legal_form_is_not_searched_alone() -> None:
    # "Polaris plc" discovered: "polaris" alone in prose stays a word.
    text = "The Polaris constellation guides the roaming partner of Polaris plc.\n"
    extraction = _extract(text, "Polaris plc")
    assert [m.span.text for m in extraction.mentions] == ["Polaris plc"]


def test_an_operator_of_no_group_named_with_another_country_is_its_company_there() -> None:
    text = (
        "Harborline Communications Inc. operates through its subsidiary StarHub Vietnam\n"
        "Ltd. StarHub Vietnam's broadband service added 4,100 customers in the quarter,\n"
        "while StarHub Singapore and StarHub kept their roaming agreement.\n"
    )
    extraction = _extract(text, "Harborline Communications Inc.")
    slugs = [m.operator for m in extraction.mentions if m.operator != "harborline-communications"]
    assert slugs == ["starhub-vietnam", "starhub-vietnam", "starhub", "starhub"]
    branch = {op.slug: op for op in extraction.operators}["starhub-vietnam"]
    assert (branch.country, branch.parent) == ("VN", "starhub")
    added = [m for m in extraction.metrics if m.name == "net_additions"]
    assert [m.operator for m in added] == ["starhub-vietnam"]


def test_an_operator_of_no_group_in_its_own_releases_keeps_the_brand_cc_convention() -> None:
    text = "StarHub Vietnam added 4,100 broadband customers in the quarter.\n"
    extraction = _extract(text, "StarHub Ltd")
    assert [m.operator for m in extraction.mentions] == ["starhub-vn"]


def test_a_groups_legal_name_with_its_own_country_is_the_group() -> None:
    text = (
        "The founding members are Telenor ASA (Norway), Telenor (Norway),\n"
        "Telenor (Hungary) and Polaris Mobile Ltd (Ireland).\n"
    )
    found = [(m.span.text, m.operator) for m in default_catalog().find_mentions(text)]
    assert found[:3] == [
        ("Telenor ASA", "telenor"),  # the group, by its legal name
        ("Telenor", "telenor-mobil"),  # the brand with a country: its operator there
        ("Telenor", "pannon-gsm"),
    ]


def test_a_legal_name_with_a_country_inside_is_another_company_when_its_namesake_is_named() -> None:
    # "Harbour Wireless Limited" and "Harbour Wireless (Vietnam) Limited": two legal names.
    text = (
        "Hanoi, May 2, 2006 - Harbour Wireless Limited (Malaysia) and its subsidiary Harbour\n"
        "Wireless (Vietnam) Limited opened 120 hotspots. Harbour Wireless (Vietnam) now serves\n"
        "about 30,000 customers; Harbour Wireless serves 410,000 customers.\n"
    )
    extraction = _extract(text, "Harbour Wireless Limited")
    slugs = [m.operator for m in extraction.mentions]
    assert slugs == [
        "harbour-wireless",
        "harbour-wireless-vietnam",
        "harbour-wireless-vietnam",
        "harbour-wireless",
    ]
    subsidiary = {op.slug: op for op in extraction.operators}["harbour-wireless-vietnam"]
    assert (subsidiary.country, subsidiary.parent) == ("VN", "harbour-wireless")


def test_a_country_inside_the_only_legal_name_is_where_the_company_is_registered() -> None:
    text = (
        'Kowloon, May 2, 2006 - Harbour Wireless (H.K.) Limited ("Harbour Wireless") opened\n'
        "120 hotspots; Harbour Wireless serves 410,000 customers.\n"
    )
    extraction = _extract(text, "Harbour Wireless (H.K.) Limited")
    assert {m.operator for m in extraction.mentions} == {"harbour-wireless"}


def test_a_holding_companys_name_less_holdings_with_a_legal_form_is_its_operating_company() -> None:
    text = (
        "The final dividend of HK$0.30 per share will be paid on 8 June 2007.\n"
        "For enquiries: Investor Relations, Coral Orbit Telecommunications Company\n"
        "Limited, telephone (852) 2500 1111. Coral Orbit Telecommunications Holdings\n"
        "Limited is listed in Hong Kong.\n"
    )
    extraction = _extract(text, "CORAL ORBIT TELECOMMUNICATIONS HOLDINGS LIMITED")
    assert [m.operator for m in extraction.mentions] == [
        "coral-orbit-telecommunications",
        "coral-orbit-telecommunications-holdings",
    ]
    operating = {op.slug: op for op in extraction.operators}["coral-orbit-telecommunications"]
    assert operating.parent == "coral-orbit-telecommunications-holdings"


def test_a_holding_company_named_in_full_is_no_operating_company() -> None:
    text = "Coral Orbit Telecommunications Holdings Limited paid a final dividend.\n"
    extraction = _extract(text, "CORAL ORBIT TELECOMMUNICATIONS HOLDINGS LIMITED")
    assert [m.operator for m in extraction.mentions] == ["coral-orbit-telecommunications-holdings"]


def test_a_mexican_limited_liability_form_is_dropped_whole() -> None:
    # "S. de R.L. de C.V." (and its undotted spelling) is one legal form, not part of the name.
    assert registrant_operator("Norteña Redes, S. de R.L. de C.V.").slug == "nortena-redes"
    assert registrant_operator("NORTEÑA REDES S DE RL DE CV").slug == "nortena-redes"
    text = "Monterrey, May 2, 2006 - Norteña Redes reached 84,210 local lines in service.\n"
    extraction = _extract(text, "NORTEÑA REDES, S. DE R.L. DE C.V.")
    assert [m.operator for m in extraction.mentions] == ["nortena-redes"]


def test_a_one_word_name_defined_after_the_legal_name_is_the_company_wherever_written() -> None:
    # "Nortex" alone is no spelling of "Nortex, S.A. de C.V." (one word may be prose), but the
    # release defines it as the company's short name.
    text = (
        'Monterrey, May 2, 2006 - Nortex, S.A. de C.V. ("Nortex") reported results.\n'
        "Nortex reached 84,210 local lines in service. Nortex now serves nine cities.\n"
    )
    extraction = _extract(text, "NORTEX, S.A. DE C.V.")
    spans = [(m.span.text, m.operator) for m in extraction.mentions]
    assert spans.count(("Nortex", "nortex")) == 3


def test_a_registrant_whose_legal_form_opens_its_name_is_found_by_its_name() -> None:
    # A Russian joint-stock company: the cover spells the form out before the name, the
    # releases abbreviate it ("OJSC Example") or leave it out.
    registrant = registrant_operator("OPEN JOINT STOCK COMPANY OKATELECOM")
    assert registrant.slug == "okatelecom"
    text = (
        "Ryazan, March 17th, 2005 - The Board of Directors of OJSC Okatelecom approved\n"
        "the budget. Okatelecom will pay dividends in June.\n"
    )
    extraction = _extract(text, "OPEN JOINT STOCK COMPANY OKATELECOM")
    assert [m.operator for m in extraction.mentions] == ["okatelecom", "okatelecom"]
    # one word that says nothing of telecoms stays a word of prose: "PT Sentosa" is not
    # searched as "Sentosa"
    assert registrant_operator("PT SENTOSA").aliases == ()
