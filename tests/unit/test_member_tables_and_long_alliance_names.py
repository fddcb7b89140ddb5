"""Alliances named in five words, and member tables with more columns than a name and a
country: on invented announcements (other alliances, other operators, other countries)."""

from __future__ import annotations

from tests.unit.invented import extract_body

TABLE = (
    "Example Digital Corporation (EDC), together with five carriers of the region,\n"
    "today formed the South Atlantic Fibre Transit\n"
    "Alliance. The six founding members are:\n"
    "\n"
    "  Company                                 Trade name        Country\n"
    "  --------------------------------------  ----------------  ---------\n"
    "  Example Digital Corporation             EDnet             Argentina\n"
    "  Entel Chile S.A.                        EntelNet          Chile\n"
    "  Antel                                   Adinet            Uruguay\n"
    "  Rioplata Datos S.R.L.                   RioNet            Paraguay\n"
    "  Andes Banda Ancha S.A.                  AndesWeb          Bolivia\n"
    "  Telefonica del Peru S.A.A.              Speedy            Peru\n"
    "\n"
    "The alliance will be chaired by EDC.\n"
)


def test_an_alliance_name_of_five_words_is_read_whole() -> None:
    extraction = extract_body(TABLE, "Example Digital Corporation")
    assert [a.slug for a in extraction.alliances] == ["south-atlantic-fibre-transit-alliance"]


def test_a_heading_word_above_an_alliance_name_is_no_part_of_it() -> None:
    text = (
        "Notes for Editors The Baltic Roaming Alliance was founded in 2001 by EMT\n"
        "(Estonia), LMT (Latvia) and Omnitel (Lithuania).\n"
    )
    extraction = extract_body(text, "Example Holdings S.A.")
    assert [a.slug for a in extraction.alliances] == ["baltic-roaming-alliance"]


def test_a_member_table_with_a_column_between_name_and_country() -> None:
    extraction = extract_body(TABLE, "Example Digital Corporation")
    members = [(m.operator, m.country) for m in extraction.memberships]
    assert members == [
        ("example-digital", "AR"),
        ("entel", "CL"),
        ("antel", "UY"),
        ("rioplata-datos", "PY"),
        ("andes-banda-ancha", "BO"),
        ("telefonica-del-peru", "PE"),
    ]


def test_members_the_table_does_not_know_are_mentioned_at_their_names() -> None:
    extraction = extract_body(TABLE, "Example Digital Corporation")
    named = {m.operator: m.span.text for m in extraction.mentions}
    assert named["rioplata-datos"].startswith("Rioplata Datos S.R.L")
    assert named["andes-banda-ancha"].startswith("Andes Banda Ancha S.A")
