"""find_quotes(): quotations with a speaker named next to a speech verb, before or after them,
in the layouts of English, French, German and Spanish releases; quoted names are no quotes."""

from __future__ import annotations

from app.ingest.parse import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    quotes = find_quotes(text, 0, len(text))
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.span.text
    return [(q.speaker, q.role, q.text) for q in quotes]


def test_the_speaker_after_the_quotation_and_its_continuation() -> None:
    text = (
        '"We are pleased with this quarter," said Maria Olsen-Brandt, Chief Executive Officer\n'
        'of Examplia Networks. "It shows the strength of our model."\n'
    )
    assert _quotes(text) == [
        (
            "Maria Olsen-Brandt",
            "Chief Executive Officer of Examplia Networks",
            "We are pleased with this quarter",
        ),
        (
            "Maria Olsen-Brandt",
            "Chief Executive Officer of Examplia Networks",
            "It shows the strength of our model.",
        ),
    ]


def test_the_title_before_the_name_after_the_quotation() -> None:
    text = (
        "“Today marks a turning point for the group,” added the Chief Financial Officer,"
        " Tomas K. Lindgren.\n\n"
        "“Fibre is where we grow,” said Chief Technology Officer Ana de la Vega.\n"
    )
    assert _quotes(text) == [
        (
            "Tomas K. Lindgren",
            "Chief Financial Officer",
            "Today marks a turning point for the group",
        ),
        ("Ana de la Vega", "Chief Technology Officer", "Fibre is where we grow"),
    ]


def test_the_name_and_role_then_the_verb_after_the_quotation() -> None:
    text = '"The new brand works well," Pieter van Dalen, Examplia\'s head of marketing, said.'
    assert _quotes(text) == [
        ("Pieter van Dalen", "Examplia's head of marketing", "The new brand works well")
    ]


def test_according_to_and_the_verb_before_the_name() -> None:
    text = (
        'According to Dr. Lena Fisk, Examplia\'s head of research, "the pilot met its goals".\n\n'
        'Commenting on the results, said Omar Haddad, Chief Executive: "We grew everywhere."\n\n'
        'Omar Haddad, Chief Executive, commented: "Margins held up as well."\n'
    )
    assert _quotes(text) == [
        ("Lena Fisk", "Examplia's head of research", "the pilot met its goals"),
        ("Omar Haddad", "Chief Executive", "We grew everywhere."),
        ("Omar Haddad", "Chief Executive", "Margins held up as well."),
    ]


def test_a_name_then_a_title_with_no_comma_and_a_courtesy_title_with_a_surname() -> None:
    text = (
        'Greta Holm CEO Examplia said: "Our customers want simple prices."\n\n'
        'Speaking at the meeting, Mr. Tanaka said: "The board agrees with the plan."\n'
    )
    assert _quotes(text) == [
        ("Greta Holm", "CEO Examplia", "Our customers want simple prices."),
        ("Tanaka", None, "The board agrees with the plan."),
    ]


def test_french_german_and_spanish_quotations() -> None:
    text = (
        "« Nous avons gagné un client sur trois », a déclaré Claire Dubois, directrice"
        " générale d’Exemplia.\n\n"
        "„Das Netz wächst schneller als geplant“, sagte Jürgen Albers, Vorstand von"
        " Beispielnetz.\n\n"
        '"El trimestre fue excelente para nosotros", dijo Pablo Ruiz Soto, presidente de Ejemplo.\n'
    )
    assert _quotes(text) == [
        (
            "Claire Dubois",
            "directrice générale d’Exemplia",
            "Nous avons gagné un client sur trois",
        ),
        ("Jürgen Albers", "Vorstand von Beispielnetz", "Das Netz wächst schneller als geplant"),
        ("Pablo Ruiz Soto", "presidente de Ejemplo", "El trimestre fue excelente para nosotros"),
    ]


def test_quoted_names_headlines_and_unattributed_quotations_are_no_quotes() -> None:
    text = (
        '"EXAMPLIA WINS NATIONAL NETWORK AWARD"\n\n'
        'Examplia launched the "Example One" tariff and its "Smart Home" campaign today.\n\n'
        'Customers called the service "the best value in the market" in a survey.\n\n'
        '"We grew in every region," said Ines Moreau, Chief Executive Officer. The new'
        ' "Example Plus" plan goes on sale in May.\n'
    )
    assert _quotes(text) == [("Ines Moreau", "Chief Executive Officer", "We grew in every region")]


def test_a_company_or_a_vague_subject_is_no_speaker() -> None:
    text = (
        '"Demand for data keeps rising across the region," the company said.\n\n'
        '"Prices will fall again next year," said Examplia Telecom Ltd.\n'
    )
    assert _quotes(text) == []


def test_perfect_tenses_italian_verbs_engineers_and_spanish_particles() -> None:
    text = (
        "“Abbiamo raddoppiato i clienti in un anno”, ha dichiarato Giulia Conti, Presidente di"
        " Esempio.\n\n"
        '"La red llega ya a todo el país", comentó Luis de los Ríos Vega, Director General.\n\n'
        '"The network is ready for the season," said Eng. Omar Al-Rashed, Chief Technology'
        " Officer.\n"
    )
    assert _quotes(text) == [
        ("Giulia Conti", "Presidente di Esempio", "Abbiamo raddoppiato i clienti in un anno"),
        ("Luis de los Ríos Vega", "Director General", "La red llega ya a todo el país"),
        ("Omar Al-Rashed", "Chief Technology Officer", "The network is ready for the season"),
    ]


def test_what_follows_the_speaker_in_lower_case_is_no_part_of_the_role() -> None:
    said = '"Margins held up in every market this quarter," said '
    assert [(s, r) for s, r, _ in _quotes(said + "Jane Roe, adding that costs fell.\n")] == [
        ("Jane Roe", None)
    ]
    assert [(s, r) for s, r, _ in _quotes(said + "Jane Roe, who joined in 2004.\n")] == [
        ("Jane Roe", None)
    ]
    text = said + "Jane Roe, Chief Executive Officer of Examplia, in a statement.\n"
    assert [(s, r) for s, r, _ in _quotes(text)] == [
        ("Jane Roe", "Chief Executive Officer of Examplia")
    ]
    text = said + "Jane Roe, head of marketing at Examplia.\n"
    assert [(s, r) for s, r, _ in _quotes(text)] == [("Jane Roe", "head of marketing at Examplia")]
