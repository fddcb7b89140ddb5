"""A legal name with a spaced dash, wrapped after the dash, before the short name a release
defines for it."""

from __future__ import annotations

from tests.unit.invented import extract_body


def test_a_dashed_wrapped_legal_name_before_its_short_name_is_a_company() -> None:
    text = (
        "On March 3, 2009, the Company was informed by its parent, Internet Silver -\n"
        '     Northern Lines Ltd. ("Internet Silver"), that it had sold 40,000 shares.\n'
        "After the sale Internet Silver holds about 61% of the Company's shares.\n"
    )
    mentions = extract_body(text, "Acme Cable Ltd.").mentions
    assert {m.operator for m in mentions} - {"acme-cable"} == {"internet-silver-northern-lines"}
