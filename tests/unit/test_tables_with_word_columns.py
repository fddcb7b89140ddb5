"""Operator tables with columns of words between the operator's name and the figures
("Operator   Country   Network   2008   2007"), a trailing column after the periods (a share
read at the table's latest day, or words such as "Market position" that give nothing), days
written "31/12/2008", a French title that counts "par filiale" and a "Total Groupe" row."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.ingest.metrics import _table_row, find_dates
from tests.unit.invented import extract_body

REGISTRANT = "Veltra Communications S.A."
DEC08, DEC07 = date(2008, 12, 31), date(2007, 12, 31)


def _records(text: str) -> set[tuple[str, str, Decimal, date | None, str]]:
    metrics = extract_body(text, REGISTRANT).metrics
    return {(m.operator, m.name, m.value, m.as_of, m.qualifier) for m in metrics}


def test_words_between_the_operator_and_its_figures_and_a_column_of_positions() -> None:
    text = (
        "Veltra Communications S.A. reported its results for the year.\n\n"
        "CUSTOMERS BY OPERATOR ('000, at 31 December)\n\n"
        "Operator        Country     Network            2008      2007   Market position\n"
        "--------------  ----------  -------------  --------  --------  ---------------\n"
        "Digicel         Jamaica     GSM 900/1800      2,150     1,870  No. 1 of 3\n"
        "Tigo            Paraguay    GSM 850           1,310       984  No. 2 of 4\n"
    )
    assert _records(text) == {
        ("digicel", "customers", Decimal(2_150_000), DEC08, "exact"),
        ("digicel", "customers", Decimal(1_870_000), DEC07, "exact"),
        ("millicom", "customers", Decimal(1_310_000), DEC08, "exact"),
        ("millicom", "customers", Decimal(984_000), DEC07, "exact"),
    }


def test_a_french_table_of_subsidiaries_with_an_estimated_share_and_a_group_total() -> None:
    text = (
        "Veltra Communications S.A. publie ses résultats annuels.\n\n"
        "Abonnés par filiale\n\n"
        "Filiale          Pays            31/12/2008    31/12/2007   Part de marché*\n"
        "---------------  --------------  ------------  ------------  --------------\n"
        "Digicel          Jamaïque           2 150 000     1 870 000        68 %\n"
        "Tigo             Paraguay           1 310 500       984 200        41 %\n"
        "---------------  --------------  ------------  ------------  --------------\n"
        "Total Groupe                        3 460 500     2 854 200\n"
        "* estimation Veltra au 31 décembre 2008\n"
    )
    assert _records(text) == {
        ("digicel", "customers", Decimal(2_150_000), DEC08, "exact"),
        ("digicel", "customers", Decimal(1_870_000), DEC07, "exact"),
        ("digicel", "market_share", Decimal(68), DEC08, "approximately"),
        ("millicom", "customers", Decimal(1_310_500), DEC08, "exact"),
        ("millicom", "customers", Decimal(984_200), DEC07, "exact"),
        ("millicom", "market_share", Decimal(41), DEC08, "approximately"),
        ("veltra-communications", "customers", Decimal(3_460_500), DEC08, "exact"),
        ("veltra-communications", "customers", Decimal(2_854_200), DEC07, "exact"),
    }


def test_a_day_with_slashes_is_read_only_when_its_day_cannot_be_a_month() -> None:
    written = "31/12/2008"
    assert [d.as_of for d in find_dates(written, 0, len(written), None)] == [DEC08]
    written = "12/06/2008"  # 12 June or December 6: neither is guessed
    assert find_dates(written, 0, len(written), None) == []


def test_french_par_groups_rows_before_a_grouping_word_and_divides_before_any_other() -> None:
    grouped = _table_row("Abonnés par filiale")
    assert grouped is not None and grouped.name == "customers"
    assert _table_row("Chiffre d'affaires par abonné") is None


def test_a_trailing_share_column_in_percent_is_the_operator_s_share_at_the_latest_day() -> None:
    text = (
        "Veltra Communications S.A. reported its results for the quarter.\n\n"
        "Mobile customers (thousands)\n\n"
        "Operator        Country       Sep 30, 2008   Sep 30, 2007   Market share (%)\n"
        "Digicel         Jamaica              2,150          1,870               68.5\n"
    )
    sep08, sep07 = date(2008, 9, 30), date(2007, 9, 30)
    assert _records(text) == {
        ("digicel", "customers", Decimal(2_150_000), sep08, "exact"),
        ("digicel", "customers", Decimal(1_870_000), sep07, "exact"),
        ("digicel", "market_share", Decimal("68.5"), sep08, "exact"),
    }
