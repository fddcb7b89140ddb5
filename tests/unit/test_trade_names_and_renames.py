"""Operators named without a legal form: a table's country cell with a note on the region,
names built on a trade word in prose that says they compete, and renamed companies."""

from __future__ import annotations

from tests.unit.invented import extract_body


def test_a_country_cell_with_a_bracketed_region_note_places_its_row() -> None:
    text = (
        "Customers by operator ('000):\n\n"
        "Operator        Country       2005     2004\n"
        "Wadi Mobile     Syria          812      640\n"
        "Delta Phone     Congo (DRC)    455      301\n\n"
        "Both operators grew in the year.\n"
    )
    slugs = {m.operator for m in extract_body(text, "Acme Holdings Inc.").mentions}
    assert {"wadi-mobile", "delta-phone"} <= slugs


def test_a_company_that_will_change_its_name_is_one_company_by_its_name_until_then() -> None:
    text = (
        "The board approved the following:\n\n"
        "1.  Norvia Cel S.A., our mobile operator in Chile, registered in the\n"
        "    commercial registry, will change its corporate\n"
        "    name to Acme Movil Chile S.A.\n\n"
        "Acme Movil Chile S.A. will keep every licence of the company.\n"
    )
    mentions = extract_body(text, "Acme Holdings S.A.").mentions
    slugs = [m.operator for m in mentions]
    assert "norvia-cel" in slugs
    assert "acme-movil-chile" not in slugs
    assert slugs.count("norvia-cel") == 3


def _named(text: str) -> list[tuple[str, str]]:
    mentions = extract_body(text, "Acme Holdings Inc.").mentions
    return [(m.operator, text[m.span.start : m.span.end]) for m in mentions]


def test_a_company_that_has_changed_its_name_is_one_company_by_its_name_now() -> None:
    text = (
        "Ostrova Tel S.A. has changed its name to Ostrova Mobile S.A. The company now\n"
        "serves 2 million customers.\n"
    )
    assert _named(text) == [
        ("ostrova-mobile", "Ostrova Tel S.A."),
        ("ostrova-mobile", "Ostrova Mobile S.A."),
    ]


def test_a_company_that_was_renamed_is_one_company_by_its_new_name() -> None:
    text = "Ostrova Tel was renamed Ostrova Mobile in 2005. Ostrova Mobile grew by 8%.\n"
    assert {slug for slug, _ in _named(text)} == {"ostrova-mobile"}
    assert len(_named(text)) == 3


def test_a_company_that_a_ete_rebaptisee_is_one_company_by_its_new_name() -> None:
    text = (
        "Ostrova Tel S.A. a été rebaptisée Ostrova Mobile S.A. en 2005. Ostrova Mobile\n"
        "compte 2 millions de clients.\n"
    )
    assert {slug for slug, _ in _named(text)} == {"ostrova-mobile"}
    assert len(_named(text)) == 3


def test_a_company_named_before_formerly_is_one_company_by_that_name() -> None:
    # With a legal form right before the bracket, with none, and "formerly known as".
    for text, old in (
        ("Ostrova Mobile S.A. (formerly Ostrova Tel S.A.) serves 2 million.\n", "Ostrova Tel S.A."),
        ("Ostrova Mobile (formerly Ostrova Tel) serves 2 million.\n", "Ostrova Tel"),
        (
            "Ostrova Mobile S.A. (formerly known as Ostrova Tel S.A.) serves 2 million.\n",
            "Ostrova Tel S.A.",
        ),
    ):
        named = _named(text)
        assert ("ostrova-mobile", old) in named, text
        assert {slug for slug, _ in named} == {"ostrova-mobile"}, text


def test_operators_built_on_a_trade_word_are_found_where_the_sentence_says_what_they_are() -> None:
    text = (
        "In Moldavia, Acme competes with Dravocell and with zetamobile, and the backbone is\n"
        "leased from Ostratelecom. Verno Telecom, the incumbent, lost 4% of its lines.\n"
    )
    slugs = {m.operator for m in extract_body(text, "Acme Holdings Inc.").mentions}
    assert {"dravocell", "zetamobile", "ostratelecom", "verno-telecom"} <= slugs


def test_trade_word_names_need_a_cue_and_no_further_capitalised_word() -> None:
    text = (
        "Dravocell opened a shop in the capital. The Verno Telecom Authority and rival\n"
        "Mobile Telecom were named, as was our hotel partner Grandhotel, a competitor.\n"
    )
    slugs = {m.operator for m in extract_body(text, "Acme Holdings Inc.").mentions}
    assert not slugs & {"dravocell", "verno-telecom", "mobile-telecom", "grandhotel"}


def test_companies_named_with_a_legal_form_after_a_share_of_them_are_known() -> None:
    text = (
        "Acme employed 900 people at 30 June 2007.\n\n"
        "About Acme\n"
        "Acme Holdings Limited owns 60% of Dravo Mobile Co., Ltd. and 40% of Verno Net\n"
        "Sdn. Bhd.\n"
    )
    slugs = {m.operator for m in extract_body(text, "Acme Holdings Limited").mentions}
    assert {"dravo-mobile", "verno-net"} <= slugs


def test_a_name_opening_in_lower_case_before_a_dash_is_defined_whole() -> None:
    text = (
        'e-NET Dravonet Limited ("Dravonet") added 9,000 broadband customers, and\n'
        "Dravonet's subscribers reached 120,000.\n"
    )
    slugs = {m.operator for m in extract_body(text, "Acme Holdings Limited").mentions}
    assert "e-net-dravonet" in slugs
    assert "dravonet" not in slugs


def test_a_brand_a_known_company_trades_under_is_that_company_s_not_its_group_s() -> None:
    # "Beeline" is VimpelCom's brand in the table; here it is KaR-Tel's trade name.
    for said in ("which trades as Beeline", "operating under the Beeline brand"):
        text = f"KaR-Tel, {said}, is the second operator. Beeline added 40,000 customers.\n"
        slugs = [m.operator for m in extract_body(text, "Acme Holdings Limited").mentions]
        assert slugs.count("kar-tel") == 3, said  # the name and the brand twice
        assert "vimpelcom" not in slugs, said


def test_a_person_before_or_after_formerly_is_no_renamed_company() -> None:
    # A person's past post, a past employer, a title: no company on one side of the bracket.
    for text in (
        "Ivo Marek (formerly Chief Financial Officer of Acme Holdings Inc.) said revenue was\n"
        "US$5 million.\n",
        "Ivo Marek (formerly with Ostrova Mobile) said revenue was US$5 million.\n",
        "The Chairman (formerly Chief Executive Officer) said revenue was US$5 million.\n",
    ):
        metrics = extract_body(text, "Acme Holdings Inc.").metrics
        assert [m.operator for m in metrics] == ["acme-holdings"], text


def test_words_vendors_and_speakers_ending_in_a_trade_word_are_no_operators() -> None:
    text = (
        "The competition board ruled that chattel was exempt. Competing snowmobile makers\n"
        "were unaffected. Acme competes with Mitel and Alcatel in enterprise PBX sales, and\n"
        "with ExxonMobil for graduates. Competition is stiff, said Ivo Mobile. The incumbent,\n"
        "Dravotel, reported revenues of US$10 million.\n"
    )
    slugs = {o.slug for o in extract_body(text, "Acme Holdings Inc.").operators}
    assert "dravotel" in slugs
    assert not slugs & {"chattel", "snowmobile", "mitel", "alcatel", "exxonmobil", "ivo-mobile"}
