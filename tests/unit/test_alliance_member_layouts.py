"""Alliance member lists in the layouts press releases use: on invented announcements (other
alliances, operators the table knows and ones it does not, other countries)."""

from __future__ import annotations

import pytest

from app.ingest.alliances import extract_alliances
from app.ingest.catalog import default_catalog
from tests.unit.invented import extract_body
from tests.unit.test_alliances import release

Member = tuple[str, str | None]

LAYOUTS: list[tuple[str, str, list[Member]]] = [
    (
        "prose_name_of_country",
        "The Danube Mobile Alliance brings together Mobitel of Slovenia, Vipnet of\n"
        "Croatia, Westel of Hungary and Tisza Telecom of Serbia, which together serve\n"
        "more than 9 million customers.\n",
        [("mobitel", "SI"), ("vipnet", "HR"), ("westel", "HU"), ("tisza-telecom", "RS")],
    ),
    (
        "prose_name_bracket_country",
        "The members of the Atlantic Roaming Alliance are Optimus (Portugal), Amena\n"
        "(Spain), Meteor (Ireland) and Siminn (Iceland).\n",
        [("optimus", "PT"), ("amena", "ES"), ("meteor", "IE"), ("siminn", "IS")],
    ),
    (
        "prose_name_in_country",
        "Partners in the Silk Road Mobile Alliance are Azercell in Azerbaijan, Geocell\n"
        "in Georgia, Kcell in Kazakhstan and Tacom in Tajikistan.\n",
        [("azercell", "AZ"), ("geocell", "GE"), ("kcell", "KZ"), ("tacom", "TJ")],
    ),
    (
        "together_with_no_countries",
        "Turkcell today announced that it has founded the Anatolian Roaming Alliance\n"
        "together with Azercell, Geocell and Kcell. Customers of the four operators\n"
        "will pay home rates from 1 March.\n",
        [("turkcell", "TR"), ("azercell", "AZ"), ("geocell", "GE"), ("kcell", "KZ")],
    ),
    (
        "members_colon_no_countries",
        "The Gulf Roaming Alliance has four members: Mobily, Wataniya Telecom, Nawras\n"
        "and Batelco.\n",
        [("mobily", "SA"), ("wataniya", "KW"), ("nawras", "OM"), ("batelco", "BH")],
    ),
    (
        "members_colon_unknown_names",
        "The Sahel Mobile Alliance was launched in Dakar. Its members: Sahelcom SA,\n"
        "Niger Mobile Telecom, Mali Cellulaire S.A. and Burkina Mobile SARL.\n",
        [
            ("sahelcom", None),
            ("niger-mobile-telecom", None),
            ("mali-cellulaire", None),
            ("burkina-mobile", None),
        ],
    ),
    (
        "quoted_in_country_closing_before_a_clause",
        '"We want one price from Lagos to Lima," said the chairman of the Equinox Roaming\n'
        'Club. "Smart in the Philippines, Ancel in Uruguay and Entel in Chile signed first."\n',
        [("smart", "PH"), ("ancel", "UY"), ("entel", "CL")],
    ),
    (
        "which_operates_in_country",
        "The Harmattan Mobile Alliance groups Sahelcom, which operates in Senegal, Kribi\n"
        "Mobile, which is based in Cameroon, and Volta Cellular, which operates in Ghana.\n",
        [("sahelcom", "SN"), ("kribi-mobile", "CM"), ("volta-cellular", "GH")],
    ),
    (
        "list_going_on_in_the_next_sentence",
        "The Baltic Sea Roaming Club was founded by Sonofon in Denmark, Elisa in Finland\n"
        "and Telenor Mobil in Norway, and two more have signed since. They are Bite GSM,\n"
        "which operates in Lithuania, and Kurzeme Mobile in Latvia.\n",
        [
            ("sonofon", "DK"),
            ("elisa", "FI"),
            ("telenor-mobil", "NO"),
            ("bite-gsm", "LT"),
            ("kurzeme-mobile", "LV"),
        ],
    ),
    (
        "dash_bullets_with_brackets",
        "The founding members of the Alpine Roaming Alliance are:\n\n"
        "- Swisscom Mobile (Switzerland)\n"
        "- Mobilkom Austria (Austria)\n"
        "- LuxGSM (Luxembourg)\n"
        "- TIM (Italy)\n\n"
        "The alliance opens its service in June.\n",
        [
            ("swisscom-mobile", "CH"),
            ("mobilkom-austria", "AT"),
            ("luxgsm", "LU"),
            ("tim", "IT"),
        ],
    ),
    (
        "star_bullets_no_countries",
        "The Scandinavian Data Alliance has five members:\n\n"
        "  * Telia Sweden\n"
        "  * Telia Denmark\n"
        "  * NetCom\n"
        "  * DNA Finland\n"
        "  * Siminn\n\n"
        "Customers may use data services across the region at home prices.\n",
        [
            ("telia-se", "SE"),
            ("telia-dk", "DK"),
            ("netcom", "NO"),
            ("dna", "FI"),
            ("siminn", "IS"),
        ],
    ),
    (
        "o_bullets_with_brackets",
        "The Aegean Mobile Alliance unites four operators:\n\n"
        "   o  Cosmote (Greece)\n"
        "   o  Cyta (Cyprus)\n"
        "   o  AMC (Albania)\n"
        "   o  Avea (Turkey)\n\n"
        "The members serve 25 million customers.\n",
        [("cosmote", "GR"), ("cyta", "CY"), ("amc", "AL"), ("avea", "TR")],
    ),
    (
        "round_bullets_name_comma_country",
        "Members of the East Africa Mobile Alliance:\n\n"
        "\u2022 Safaricom, Kenya\n"
        "\u2022 Celtel Uganda Limited, Uganda\n"
        "\u2022 Vodacom Tanzania, Tanzania\n"
        "\u2022 Rwandatel Mobile, Rwanda\n\n"
        "The alliance will be managed from Nairobi.\n",
        [
            ("safaricom", "KE"),
            ("celtel-ug", "UG"),  # the table's rows, brand-cc
            ("vodacom-tz", "TZ"),
            ("rwandatel-mobile", "RW"),
        ],
    ),
    (
        "table_country_first",
        "The members of the Baltic Data Alliance are:\n\n"
        "   Country          Operator\n"
        "   Estonia          EMT\n"
        "   Latvia           LMT\n"
        "   Lithuania        Omnitel\n"
        "   Finland          Sonera\n\n"
        "Together they serve 4.5 million customers.\n",
        [("emt", "EE"), ("lmt", "LV"), ("omnitel", "LT"), ("sonera", "FI")],
    ),
    (
        "table_country_last_legal_forms",
        "The founding members of the Visegrad Mobile Alliance are:\n\n"
        "   Operator                               Country\n"
        "   Karpat Mobil Sp. z o.o.                Poland\n"
        "   Morava Telefon a.s.                    Czech Republic\n"
        "   Tatra Mobile s.r.o.                    Slovakia\n"
        "   Puszta Telecom Rt.                     Hungary\n\n"
        "The alliance starts operations in January.\n",
        [
            ("karpat-mobil", "PL"),
            ("morava-telefon", "CZ"),
            ("tatra-mobile", "SK"),
            ("puszta-telecom", "HU"),
        ],
    ),
    (
        "country_dash_operator_brand",
        "The founding members of the Adriatic Data Alliance are:\n\n"
        "Croatia \u2014 Jadran Mobil d.o.o. (Jadran)\n"
        "Slovenia \u2014 Triglav Telekom d.d. (Triglav)\n"
        "Montenegro \u2014 Lovcen Mobile a.d. (Lovcen)\n"
        "Albania \u2014 Shqiponja Telecom Sh.a. (Shqiponja)\n\n"
        "The members will share a common roaming platform.\n",
        [
            ("jadran-mobil", "HR"),
            ("triglav-telekom", "SI"),
            ("lovcen-mobile", "ME"),
            ("shqiponja-telecom", "AL"),
        ],
    ),
    (
        "operator_dash_country",
        "The Celtic Roaming Alliance comprises:\n\n"
        "  Meteor Mobile Communications Ltd \u2013 Ireland\n"
        "  Kernow Telecom plc \u2013 United Kingdom\n"
        "  Breizh Mobile S.A. \u2013 France\n"
        "  Galicia Movil S.L. \u2013 Spain\n",
        [
            ("meteor", "IE"),
            ("kernow-telecom", "GB"),
            ("breizh-mobile", "FR"),
            ("galicia-movil", "ES"),
        ],
    ),
    (
        "prose_legal_forms_in_brackets",
        "The founding members of the Continental Roaming Alliance are Lombardia Mobile\n"
        "S.p.A. (Italy), Jylland Mobil A/S (Denmark), Wisla Telefonia Sp. z o.o.\n"
        "(Poland), Dalmacija Telekom d.d. (Croatia), Thames Mobile plc (United Kingdom)\n"
        "and Bodensee Funk AG (Switzerland).\n",
        [
            ("lombardia-mobile", "IT"),
            ("jylland-mobil", "DK"),
            ("wisla-telefonia", "PL"),
            ("dalmacija-telekom", "HR"),
            ("thames-mobile", "GB"),
            ("bodensee-funk", "CH"),
        ],
    ),
    (
        "bullets_wrapped_names",
        "The members of the Carpathian Mobile Alliance are:\n\n"
        "  - Ukrainian Mountain Mobile Communications\n"
        "    Company Ltd. (Ukraine)\n"
        "  - Transilvania Mobile Telecommunications\n"
        "    S.A. (Romania)\n"
        "  - Moldcell (Moldova)\n",
        [
            ("ukrainian-mountain-mobile-communications", "UA"),
            ("transilvania-mobile-telecommunications", "RO"),
            ("moldcell", "MD"),
        ],
    ),
    (
        "the_alliance_comprises",
        "The Andean Mobile Alliance comprises Porta (Ecuador), Entel (Chile), Nuevatel\n"
        "(Bolivia) and Claro Peru (Peru).\n",
        [("porta", "EC"), ("entel", "CL"), ("nuevatel", "BO"), ("claro-pe", "PE")],
    ),
    (
        "joined_by",
        "Entel of Chile was joined by Ancel of Uruguay, Nuevatel of Bolivia and Porta of\n"
        "Ecuador in founding the Pacific Coast Mobile Alliance.\n",
        [("entel", "CL"), ("ancel", "UY"), ("nuevatel", "BO"), ("porta", "EC")],
    ),
    (
        "founding_members_are_colon_prose",
        "The founding members of the Levant Roaming Alliance are: Orange Jordan,\n"
        "Cellcom Israel, Cedar Mobile and Mobinil.\n",
        [
            ("orange-jordan", "JO"),
            ("cellcom-israel", "IL"),
            ("cedar-mobile", None),
            ("mobinil", "EG"),
        ],
    ),
    (
        "semicolons_name_comma_country",
        "The partners in the Alliance are Telia Sweden, Sweden; Sonera, Finland; EMT,\n"
        "Estonia; and Omnitel, Lithuania. The Nordic Baltic Alliance opens in May.\n",
        [("telia-se", "SE"), ("sonera", "FI"), ("emt", "EE"), ("omnitel", "LT")],
    ),
    (
        "for_country_comma_name",
        "The founders of the Mekong Roaming Alliance are, for Vietnam, Saigon Mobile\n"
        "JSC; for Cambodia, Angkor Cellular Co., Ltd.; for Laos, Lane\n"
        "Xang Telecom Pvt. Ltd. (LXT); and for Thailand, Chao Phraya Wireless PCL.\n",
        [
            ("saigon-mobile", "VN"),
            ("angkor-cellular", "KH"),
            ("lane-xang-telecom", "LA"),
            ("chao-phraya-wireless", "TH"),
        ],
    ),
    (
        "country_comma_name_semicolons",
        "Members of the Balkan Data Alliance: Serbia, Morava Mobile d.o.o.; Bulgaria,\n"
        "Rila Telecom Ltd.; Romania, Carpati Mobil S.A.; and Greece, Olympos Cellular S.A.\n",
        [
            ("morava-mobile", "RS"),
            ("rila-telecom", "BG"),
            ("carpati-mobil", "RO"),
            ("olympos-cellular", "GR"),
        ],
    ),
    (
        "vendor_and_regulator_not_members",
        "The members of the Iberian Data Alliance are Optimus (Portugal), Amena\n"
        "(Spain), Meteor (Ireland) and Siminn (Iceland). Nokia Siemens Networks\n"
        "(Finland) will supply the platform, and the alliance was notified to ANACOM\n"
        "(Portugal), the Portuguese regulator.\n",
        [("optimus", "PT"), ("amena", "ES"), ("meteor", "IE"), ("siminn", "IS")],
    ),
    (
        "vendor_named_in_the_list_sentence",
        "Signing the agreement of the Benelux Mobile Alliance in Brussels were Proximus\n"
        "(Belgium), Telfort (Netherlands) and LuxGSM (Luxembourg), with Ericsson\n"
        "(Sweden) as technology supplier.\n",
        [("proximus", "BE"), ("telfort", "NL"), ("luxgsm", "LU")],
    ),
]


def _members(text: str) -> list[Member]:
    extraction = extract_body(text, "Example Holdings S.A.")
    return [(m.operator, m.country) for m in extraction.memberships]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in LAYOUTS]
)  # fmt: skip
def test_member_list_layout(text: str, expected: list[Member]) -> None:
    assert _members(text) == expected


def test_a_stated_count_in_words_agrees_with_the_list() -> None:
    text = (
        "The seven members of the Caspian Roaming Alliance are Azercell (Azerbaijan),\n"
        "Geocell (Georgia), Kcell (Kazakhstan), Tacom (Tajikistan), Moldcell\n"
        "(Moldova), Uzdunrobita (Uzbekistan) and Astelit (Ukraine).\n"
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert len(finding.memberships) == 7
    assert finding.stated_count == 7 and not finding.count_mismatch


def test_the_registrant_opening_a_country_first_list_is_a_member() -> None:
    text = (
        "Kathmandu, 3 May 2006: Himal Cellular Private Limited today founded the Himalaya\n"
        "Mobile Alliance. Its members are, for Nepal, Himal Cellular Private Limited; for\n"
        "Bhutan, Druk Mobile Ltd.; and for India, Assam Wireless Company Limited.\n"
    )
    extraction = extract_body(text, "HIMAL CELLULAR PRIVATE LIMITED")
    members = [(m.operator, m.country) for m in extraction.memberships]
    assert members == [("himal-cellular", "NP"), ("druk-mobile", "BT"), ("assam-wireless", "IN")]


def test_the_subject_counted_apart_from_its_partners_is_a_member() -> None:
    # "Example and four partners launched": the subject founds the club with the members the
    # list names; its country is the one its sentence places it in.
    text = (
        'ASUNCION, 4 May 2006 - Guarani Movil S.A. ("Guarani"), a mobile operator in\n'
        "Paraguay, and three partners today launched the Southern Cone Roaming Club.\n"
        '"Entel in Chile, Tigo in Bolivia and Ancel in Uruguay were quick to sign," said\n'
        "the chairman of Guarani.\n"
    )
    extraction = extract_body(text, "GUARANI MOVIL S.A.")
    members = [(m.operator, m.country) for m in extraction.memberships]
    assert members == [
        ("guarani-movil", "PY"),
        ("entel", "CL"),
        ("tigo-bo", "BO"),
        ("ancel", "UY"),
    ]
