"""Synthetic 6-K press-release filings for benchmarks and robustness tests.

``generate(count, outdir, seed=...)`` writes plain-text filings shaped like the real ones:
a 6-K cover page, a press release (reference, upper-case title, release date, body with a
quote, an end marker), "about" sections for every operator the release names with their
figures and press contacts, and a signature block. The issuers, operators, people and
alliances are all invented (a fixed fictional world of ~40 groups and ~150 operators in ~30
countries); which of them a filing speaks of, its dates, figures and wording come from
``random.Random`` seeded by ``seed`` and the file's index, so the same seed always gives the
same bytes, and ``generate(10)`` is a prefix of ``generate(5000)``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

WIDTH = 80

MONTH_NAMES = (  # noqa: SIM905
    "January February March April May June July August September October November December"
).split()

NUMBER_WORDS = (  # noqa: SIM905
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str  # as a member list writes it: "Spain", "the Czech Republic"
    adjective: str
    tag: str  # how an operator brand names it: "Deutschland", "UK"
    currency: str
    continental: bool  # figures written "8.475.000" and "13,9 million"
    phone: str  # international prefix
    city: str
    postcode: str
    street: str
    tld: str


COUNTRIES: tuple[Country, ...] = (
    Country("GB", "the UK", "British", "UK", "GBP", False, "+44", "Reading", "RG1 8QT",
            "Kingsbridge House, Forbury Road", "co.uk"),
    Country("IE", "Ireland", "Irish", "Ireland", "EUR", False, "+353", "Dublin", "Dublin 4",
            "Harcourt Quay", "ie"),
    Country("DE", "Germany", "German", "Deutschland", "EUR", True, "+49", "Dusseldorf",
            "40221", "Rheinufer 12", "de"),
    Country("AT", "Austria", "Austrian", "Austria", "EUR", True, "+43", "Vienna", "A-1030",
            "Landstrasser Gurtel 9", "at"),
    Country("CH", "Switzerland", "Swiss", "Schweiz", "CHF", True, "+41", "Zurich", "CH-8048",
            "Hardturmstrasse 161", "ch"),
    Country("ES", "Spain", "Spanish", "Espana", "EUR", True, "+34", "Madrid", "28042",
            "Avenida de la Vega 15", "es"),
    Country("PT", "Portugal", "Portuguese", "Portugal", "EUR", True, "+351", "Lisbon",
            "1050-121", "Avenida da Republica 50", "pt"),
    Country("FR", "France", "French", "France", "EUR", True, "+33", "Lyon", "69003",
            "12 rue de la Villette", "fr"),
    Country("IT", "Italy", "Italian", "Italia", "EUR", True, "+39", "Milan", "20149",
            "Via Monte Rosa 91", "it"),
    Country("NL", "the Netherlands", "Dutch", "Nederland", "EUR", True, "+31", "Utrecht",
            "3511 CE", "Stationsplein 45", "nl"),
    Country("BE", "Belgium", "Belgian", "Belgium", "EUR", True, "+32", "Brussels", "B-1000",
            "Rue Royale 77", "be"),
    Country("LU", "Luxembourg", "Luxembourg", "Luxembourg", "EUR", True, "+352",
            "Luxembourg", "L-2557", "Rue Stumper 7", "lu"),
    Country("DK", "Denmark", "Danish", "Danmark", "DKK", True, "+45", "Aarhus", "DK-8000",
            "Sonder Allé 4", "dk"),
    Country("NO", "Norway", "Norwegian", "Norge", "NOK", True, "+47", "Bergen", "N-5020",
            "Kaigaten 9", "no"),
    Country("SE", "Sweden", "Swedish", "Sverige", "SEK", True, "+46", "Gothenburg",
            "SE-411 04", "Kungsportsavenyen 21", "se"),
    Country("FI", "Finland", "Finnish", "Suomi", "EUR", True, "+358", "Tampere", "FI-33100",
            "Hameenkatu 30", "fi"),
    Country("IS", "Iceland", "Icelandic", "Iceland", "EUR", True, "+354", "Reykjavik",
            "IS-105", "Borgartun 37", "is"),
    Country("HU", "Hungary", "Hungarian", "Hungary", "EUR", True, "+36", "Budapest",
            "H-1117", "Infopark setany 1", "hu"),
    Country("CZ", "the Czech Republic", "Czech", "Czech", "EUR", True, "+420", "Brno",
            "602 00", "Holandska 8", "cz"),
    Country("SK", "Slovakia", "Slovak", "Slovakia", "EUR", True, "+421", "Bratislava",
            "821 09", "Prievozska 6", "sk"),
    Country("PL", "Poland", "Polish", "Polska", "EUR", True, "+48", "Warsaw", "02-672",
            "ul. Domaniewska 41", "pl"),
    Country("SI", "Slovenia", "Slovenian", "Slovenia", "EUR", True, "+386", "Ljubljana",
            "SI-1000", "Dunajska cesta 156", "si"),
    Country("HR", "Croatia", "Croatian", "Hrvatska", "EUR", True, "+385", "Zagreb",
            "HR-10000", "Vrtni put 1", "hr"),
    Country("RO", "Romania", "Romanian", "Romania", "EUR", True, "+40", "Bucharest",
            "010011", "Bulevardul Dacia 99", "ro"),
    Country("BG", "Bulgaria", "Bulgarian", "Bulgaria", "EUR", True, "+359", "Sofia", "1784",
            "Tsarigradsko shose 115", "bg"),
    Country("GR", "Greece", "Greek", "Hellas", "EUR", True, "+30", "Athens", "GR-151 24",
            "Kifissias Avenue 44", "gr"),
    Country("CY", "Cyprus", "Cypriot", "Cyprus", "EUR", True, "+357", "Nicosia", "CY-1065",
            "Lemesou Avenue 8", "com.cy"),
    Country("MT", "Malta", "Maltese", "Malta", "EUR", False, "+356", "Valletta", "VLT 1020",
            "Triq il-Merkanti 40", "com.mt"),
    Country("EE", "Estonia", "Estonian", "Eesti", "EUR", True, "+372", "Tallinn", "EE-10145",
            "Parnu mnt 12", "ee"),
    Country("LT", "Lithuania", "Lithuanian", "Lietuva", "EUR", True, "+370", "Vilnius",
            "LT-03107", "Vytenio g. 6", "lt"),
    Country("TR", "Turkey", "Turkish", "Turkiye", "EUR", True, "+90", "Istanbul", "34394",
            "Buyukdere Caddesi 185", "com.tr"),
)  # fmt: skip

# Invented brands: none is a real operator's name nor one of the seed filings' names.
GROUP_ROOTS = (  # noqa: SIM905
    "Veltra Norvanta Aurelis Calyxo Tessaro Ondara Vireon Halvik Brisola Kovanta Meridel "
    "Lumetra Sorvik Delvano Quintel Arvona Belmaro Corvina Duvessa Elvaro Fennick Garvon "
    "Helvanta Jorvel Kalmira Lorvane Mavrik Nexora Orvanto Pelora Rivanta Salvora Ulvano "
    "Varenta Zelmora Ystrel Tarvisco Drevana Caldris Movella"
).split()
BRAND_ROOTS = (  # noqa: SIM905
    "Kestrel Lumo Sirocco Pharos Zephyra Kestrix Arcadia Nimbus Solstice Corvex Tundra Lumora "
    "Kodiak Marlin Falcona Brava Estrel Talon Mistral Cobalt Juniper Vesnik Lyra Corala Sable "
    "Tivoro Vela Zenit Borea Alto Fjordo Cirrus Brenta Isola Marvo Lugo Mira Quenta Zarvo "
    "Prisma Quasar Rialto Saga Pelix Umbra Verde Wavo Xeno Rendo Zora Amber Brio Crest Dune "
    "Ember Fresco Glint Hydra Iris Jade Tolva Lumen Mosaic Nectar Onyx Pulsar Quill Riva Vasko "
    "Nirva Tessel Vorlan Willow"
).split()
BRAND_SUFFIXES = ("Mobile", "Mobil", "GSM", "Telecom", "Wireless", "Cellular", "Mobilnet")
GROUP_MIDDLES = ("Telecom", "Communications", "Holdings", "Telekom", "Mobile")
LEGAL_FORMS = {
    "GB": "plc", "IE": "plc", "DE": "AG", "AT": "AG", "CH": "AG", "NL": "N.V.", "BE": "S.A.",
    "LU": "S.A.", "ES": "S.A.", "PT": "S.A.", "FR": "S.A.", "IT": "S.p.A.", "DK": "A/S",
    "NO": "ASA", "SE": "AB", "FI": "Oyj", "GR": "S.A.",
}  # fmt: skip
HOME_COUNTRIES = ("GB", "GB", "GB", "DE", "NL", "ES", "IT", "FR", "SE", "NO", "DK", "FI", "IE",
                  "AT", "CH", "BE", "LU", "PT", "GR")  # fmt: skip
ALLIANCES = (
    "Meridian Mobile Alliance", "Polaris Roaming Alliance", "Aurora Mobile Alliance",
    "Northstar Alliance", "Continental Wireless Alliance", "Horizon Mobile Alliance",
    "Compass Partner Alliance", "Atlas Mobile Alliance",
)  # fmt: skip
FIRST_NAMES = (  # noqa: SIM905
    "Anna Lukas Marta Pieter Sofia Henrik Elena Tomas Ingrid Marco Claire Jonas Petra Luis "
    "Katrin Oliver Nadia Stefan Ines Mikkel Zsofia Jakub Eva Andrei Helena Paolo Margit Joost "
    "Sanna Filip Lena Matteo Rosa Emil Teresa Aleksander Birgit Carlos Dagny Hugo Irene Janne "
    "Karel Louise Mateus Nora Ottavio Pilar Rainer Sabine Tobias Ursula Viktor Wiebke Yannick"
).split()
LAST_NAMES = (  # noqa: SIM905
    "Lindqvist Moravec Kessler Ferreira Novak Bergstrom Castellano Horvath Albrecht O'Rourke "
    "Janssens Duarte Kowalczyk Rasmussen Brandt Moreau Vidal Laine Hoffer Sandoval Petrescu "
    "Dimitriou Kallas Varga Strand Eriksen Bianchi Marchetti Wouters Leclerc Schuster Pavlovic "
    "Kovac Aalto Fairley Whitcombe Ashdown Quennell Tremayne Halloran Esposito Rinaldi "
    "Oosterhuis Nyberg Sorensen Keane Lockhart Pennington Draper"
).split()
PARTICLE_NAMES = ("van der Berg", "de la Fuente", "van Dijk", "di Lorenzo", "von Aschen")
CONTACT_TITLES = (
    "Head of Media Relations", "Press Relations Manager", "Director of Communications",
    "Corporate Communications Manager", "Press Officer", "Media Relations Director",
    "Head of Corporate Communications", "Spokesperson", "Head of Press Office",
    "Senior Press Officer", "Investor Relations Manager", "Head of Public Affairs",
)  # fmt: skip
QUOTE_ROLES = (
    "chief executive officer", "chief marketing officer", "managing director",
    "director of business development", "chief operating officer", "chief technology officer",
    "head of corporate sales", "director of products and services",
)  # fmt: skip
PRODUCTS = (
    ("MOBILE MUSIC SERVICE", "a mobile music service", "music"),
    ("VIDEO MESSAGING", "video messaging", "video messages"),
    ("PUSH-TO-TALK", "a push-to-talk service", "push-to-talk calls"),
    ("MOBILE E-MAIL FOR BUSINESS", "mobile e-mail for business customers", "e-mail"),
    ("CROSS-BORDER PRE-PAID TOP-UP", "cross-border pre-paid top-up", "top-ups"),
    ("LOCATION-BASED SERVICES", "location-based services", "location services"),
    ("JAVA GAMES PORTAL", "a portal of java games", "downloads"),
    ("FLAT-RATE DATA ROAMING", "flat-rate data roaming", "roaming sessions"),
)  # fmt: skip
EXCHANGES = (
    "London Stock Exchange", "Frankfurt Stock Exchange", "Euronext Amsterdam",
    "Stockholm Stock Exchange", "Oslo Bors", "Borsa Italiana", "Irish Stock Exchange",
)  # fmt: skip
FILLER = (
    "Customers will benefit from progressively introduced services such as seamless GPRS "
    "and MMS connectivity, and simple access to home services such as voice-mail.",
    "The service is available on all compatible handsets from today and requires no registration.",
    "Business customers will be offered flat rate price plans for voice and data services, "
    "giving them easy access to the Internet, e-mail and corporate networks.",
    "Research conducted on behalf of the company shows that two thirds of users are likely "
    "to recommend the service to friends and colleagues.",
    "The launch follows successful trials with more than a thousand customers over the "
    "summer months.",
    "Pricing will be announced closer to launch, and existing tariffs remain unchanged.",
    "The company will continue to work with handset manufacturers to make the service "
    "simple and intuitive to use.",
    "A secure, PC-based call management system will let customers track and analyse their "
    "spend on voice and data applications.",
    "Talks with other operators in the region are well underway.",
    "The agreement covers technology, sourcing and sales to large corporate customers.",
    "Customers can top up their credit when travelling, using familiar short-codes.",
    "Independent tests rate the network among the most reliable in Europe.",
)


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    last: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def email(self, domain: str) -> str:
        last = "".join(ch for ch in self.last.lower() if ch.isalpha())
        return f"{self.first.lower()}.{last}@{domain}"


@dataclass(frozen=True, slots=True)
class Op:
    """A fictional operator with its baseline figures (as of January 2001)."""

    name: str
    country: Country
    domain: str
    customers: int
    employees: int
    growth: float  # yearly customer growth
    share: int
    coverage: int
    base_stations: int
    roaming: int
    revenue_per_customer: int  # EUR/GBP a year
    contacts: tuple[Person, ...]


@dataclass(frozen=True, slots=True)
class Group:
    root: str
    legal_name: str
    country: Country
    domain: str
    operators: tuple[Op, ...]
    contacts: tuple[Person, ...]
    signatory: Person
    signatory_title: str
    executives: tuple[Person, ...]
    ref_style: int


def _person(rng: random.Random, *, particles: bool = True) -> Person:
    """A name; press contacts may carry a particle ("van Dijk"), quoted speakers do not."""
    use_particle = particles and rng.random() < 0.08
    last = rng.choice(PARTICLE_NAMES) if use_particle else rng.choice(LAST_NAMES)
    return Person(rng.choice(FIRST_NAMES), last)


@cache
def world() -> tuple[Group, ...]:
    """The fixed fictional world: the same groups and operators whatever the seed."""
    rng = random.Random("sixk-synth-world-1")
    by_code = {c.code: c for c in COUNTRIES}
    brands = list(BRAND_ROOTS)
    rng.shuffle(brands)
    used_names: set[str] = set()
    groups: list[Group] = []
    for index, root in enumerate(GROUP_ROOTS):
        home = by_code[HOME_COUNTRIES[index % len(HOME_COUNTRIES)]]
        legal = f"{root} {rng.choice(GROUP_MIDDLES)} {LEGAL_FORMS.get(home.code, 'plc')}"
        domain = f"{root.lower()}.com"
        countries = [home, *rng.sample([c for c in COUNTRIES if c is not home], rng.randint(1, 5))]
        operators: list[Op] = []
        for country in countries:
            if brands and rng.random() < 0.45:
                brand = brands.pop()
                name = f"{brand} {rng.choice(BRAND_SUFFIXES)}"
                op_domain = f"{brand.lower()}.{country.tld}"
            else:
                name = f"{root} {country.tag}"
                op_domain = f"{root.lower()}.{country.tld}"
            if name in used_names:
                continue
            used_names.add(name)
            customers = int(rng.lognormvariate(14.5, 0.9)) // 1_000 * 1_000 + 150_000
            operators.append(
                Op(
                    name=name,
                    country=country,
                    domain=op_domain,
                    customers=customers,
                    employees=max(150, customers // rng.randint(900, 4_000)),
                    growth=rng.uniform(-0.02, 0.12),
                    share=rng.randint(8, 62),
                    coverage=rng.randint(85, 99),
                    base_stations=rng.randint(8, 160) * 50,
                    roaming=rng.randint(60, 340),
                    revenue_per_customer=rng.randint(180, 520),
                    contacts=tuple(_person(rng) for _ in range(rng.randint(1, 2))),
                )
            )
        groups.append(
            Group(
                root=root,
                legal_name=legal,
                country=home,
                domain=domain,
                operators=tuple(operators),
                contacts=(_person(rng), _person(rng)),
                signatory=_person(rng),
                signatory_title=rng.choice(
                    (
                        "Assistant Secretary",
                        "Company Secretary",
                        "General Counsel",
                        "Chief Financial Officer",
                        "Deputy Company Secretary",
                    )
                ),
                executives=tuple(_person(rng, particles=False) for _ in range(3)),
                ref_style=rng.randint(0, 2),
            )
        )
    return tuple(groups)


# -- formatting helpers ------------------------------------------------------------------


def wrap(text: str, width: int = WIDTH) -> str:
    """Greedy word wrap (faster than textwrap, which this loop would spend most time in)."""
    lines: list[str] = []
    current: list[str] = []
    length = 0
    for word in text.split():
        if current and length + 1 + len(word) > width:
            lines.append(" ".join(current))
            current, length = [word], len(word)
        else:
            length += len(word) + (1 if current else 0)
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return "\n".join(lines)


def center(text: str) -> str:
    return text.center(WIDTH).rstrip()


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def fmt_date(day: date, style: int) -> str:
    month = MONTH_NAMES[day.month - 1]
    return (
        f"{day.day:02d} {month} {day.year}",
        f"{day.day} {month} {day.year}",
        f"{_ordinal(day.day)} {month} {day.year}",
        f"{day.day} {month}, {day.year}",
        f"{month} {day.day}, {day.year}",
    )[style % 5]


def _group3(digits: str, sep: str) -> str:
    parts = []
    while len(digits) > 3:
        parts.append(digits[-3:])
        digits = digits[:-3]
    parts.append(digits)
    return sep.join(reversed(parts))


def fmt_count(value: int, rng: random.Random, *, continental: bool) -> str:
    """A count as releases write it: "7.5 million", "13,9 million", "8.475.000", "11,750"."""
    if value >= 1_000_000 and rng.random() < 0.7:
        millions = value / 1_000_000
        decimals = 1 if millions >= 10 or rng.random() < 0.6 else 2
        text = f"{millions:.{decimals}f}"
        if continental:
            text = text.replace(".", ",")
        return f"{text} million"
    if value >= 1_000_000:
        value = round(value, -3)
    if value < 10_000 and rng.random() < 0.4:
        return str(value)
    return _group3(str(value), "." if continental else ",")


def fmt_money(
    amount_millions: float, currency: str, rng: random.Random, *, continental: bool
) -> str:
    """Money: "GBP4.874 billion", "EUR619.7 million", "EUR 1.245 billion", "640 million euros"."""
    style = rng.randint(0, 3)
    if amount_millions >= 1_000:
        number, scale = f"{amount_millions / 1_000:.3f}", "billion"
    else:
        number, scale = f"{amount_millions:.1f}", "million"
    if currency == "EUR" and continental and style == 3:
        if scale == "billion":
            # "2.193 million euros": the continental way of writing 2,193 million.
            return f"{_group3(str(round(amount_millions)), '.')} million euros"
        return f"{number.replace('.', ',')} million euros"
    if style == 1:
        return f"{currency} {number} {scale}"
    if style == 2 and currency == "EUR" and scale == "million":
        return f"{round(amount_millions)} million Euro's" if continental else f"EUR{number}m"
    return f"{currency}{number} {scale}"


# -- the filing --------------------------------------------------------------------------


class _Writer:
    def __init__(self, rng: random.Random, group: Group, released: date) -> None:
        self.rng = rng
        self.group = group
        self.released = released
        self.parts: list[str] = []

    def add(self, text: str, blank: int = 1) -> None:
        self.parts.append(text)
        self.parts.append("\n" * (blank + 1))

    def text(self) -> str:
        return "".join(self.parts).rstrip() + "\n"


def _years(since: date, until: date) -> float:
    return (until - since).days / 365.25


def _current(op: Op, released: date, rng: random.Random) -> int:
    value = op.customers * (1 + op.growth) ** _years(date(2001, 1, 1), released)
    return int(value * rng.uniform(0.98, 1.02)) // 1_000 * 1_000


def _as_of(rng: random.Random, released: date) -> str:
    """A date phrase the figure describes, before the release date."""
    quarter_end = date(released.year, ((released.month - 1) // 3) * 3 + 1, 1) - timedelta(days=1)
    month = MONTH_NAMES[quarter_end.month - 1]
    quarter = (quarter_end.month - 1) // 3 + 1
    return rng.choice(
        (
            f"At {month} {quarter_end.day}, {quarter_end.year}, ",
            f"As of Q{quarter} {quarter_end.year}, ",
            f"By the end of {month} {quarter_end.year}, ",
            f"As at the end of {month}, ",
            "",
            "",
        )
    )


def _about_operator(rng: random.Random, op: Op, group: Group, released: date) -> str:
    """One operator's "about" paragraph, every figure in a form the vocabulary knows."""
    c = op.country
    cont = c.continental and rng.random() < 0.8
    customers = _current(op, released, rng)
    name = op.name
    sentences = [
        f"{name} is {rng.choice(('a', 'the leading', 'the second', 'an independent'))} mobile "
        f"operator in {c.name}, and is owned "
        f"{rng.choice(('100%', '51%', '75.5%', '100 per cent'))} by {group.legal_name}."
    ]
    noun = rng.choice(("customers", "subscribers", "registered customers", "customers"))
    qual = rng.choice(("", "", "more than ", "nearly ", "some ", "over "))
    figures = [
        f"{_as_of(rng, released)}{name} had {qual}{fmt_count(customers, rng, continental=cont)} "
        f"{noun}.",
        f"{name} has a market share of {op.share}% in the {c.adjective} mobile market.",
        f"Its network covers {rng.choice(('', 'over ', 'more than '))}{op.coverage}% of the "
        "population.",
        f"The company employs {rng.choice(('some ', 'around ', 'about ', ''))}"
        f"{fmt_count(op.employees, rng, continental=cont)} employees.",
        f"The company has GSM roaming agreements with {op.roaming} mobile operators in "
        f"{min(op.roaming // 2, 180)} countries.",
        f"The network comprises about {fmt_count(op.base_stations, rng, continental=False)} base "
        "stations.",
        f"{name}'s network is accessible in {min(99, op.coverage + 1)} % of the territory in "
        f"{c.name}.",
    ]
    currency = c.currency if c.currency in ("GBP", "EUR", "CHF", "SEK", "NOK", "DKK") else "EUR"
    revenue = customers * op.revenue_per_customer / 1_000_000
    year = released.year - 1
    figures.append(
        rng.choice(
            (
                f"Turnover in {year} amounted to "
                f"{fmt_money(revenue, currency, rng, continental=cont)}.",
                f"{name} reported total revenues for year {year} of "
                f"{fmt_money(revenue, currency, rng, continental=cont)}.",
                f"In {year}, {name} generated a net turnover of around "
                f"{fmt_money(revenue, currency, rng, continental=cont)}.",
            )
        )
    )
    if rng.random() < 0.4:
        adds = max(5_000, int(customers * rng.uniform(0.01, 0.08)) // 1_000 * 1_000)
        figures.append(
            rng.choice(
                (
                    f"In the first quarter of this year, {name} added "
                    f"{fmt_count(adds, rng, continental=cont)} new customers.",
                    f"In the first half of the year, {name} achieved "
                    f"{fmt_count(adds, rng, continental=cont)} net adds.",
                )
            )
        )
    if rng.random() < 0.25:
        figures.append(
            f"To date, {name} has invested "
            f"{fmt_money(revenue * rng.uniform(0.8, 3), currency, rng, continental=False)}."
        )
    rng.shuffle(figures)
    sentences += figures[: rng.randint(3, len(figures))]
    return wrap(" ".join(sentences))


def _about_group(rng: random.Random, group: Group, released: date) -> str:
    total = sum(_current(op, released, rng) for op in group.operators)
    employees = sum(op.employees for op in group.operators) + rng.randint(200, 2_000)
    revenue = (
        sum(_current(op, released, rng) * op.revenue_per_customer for op in group.operators)
        / 1_000_000
    )
    countries = [op.country.name for op in group.operators]
    listed = ", ".join(countries[:-1]) + (" and " if len(countries) > 1 else "") + countries[-1]
    count_word = NUMBER_WORDS[len(countries)] if len(countries) < len(NUMBER_WORDS) else "many"
    currency = "GBP" if group.country.code == "GB" else "EUR"
    fy = released.year - 1 if released.month <= 6 else released.year
    first = (
        f"{group.root} has ownership of mobile network operators in {count_word} "
        f"{'country' if len(countries) == 1 else 'countries'} - {listed}. "
        f"{group.root} was among the first companies in Europe to launch a commercial GPRS "
        "network and has secured third generation licences in its markets."
    )
    second = (
        f"{group.root} has {fmt_count(total, rng, continental=False)} customers and some "
        f"{_group3(str(employees), ',')} employees and reported revenues for the year ended "
        f"31 March {fy} of {fmt_money(revenue, currency, rng, continental=False)}. "
        f"Data represented {rng.randint(80, 260) / 10}% of total service revenues in the "
        f"12 months ending 30 June {fy}."
    )
    return wrap(first) + "\n\n" + wrap(second)


def _phone(rng: random.Random, country: Country) -> str:
    digits = " ".join(str(rng.randint(100, 9999)) for _ in range(rng.randint(2, 3)))
    return rng.choice(
        (
            f"t: {country.phone} (0) {rng.randint(20, 799)} {digits}",
            f"Tel {country.phone} {rng.randint(1, 99)} {digits}",
            f"phone: {country.phone} {rng.randint(100, 999)} {digits}",
            f"{country.phone} {rng.randint(10, 99)} {digits}",
        )
    )


def _contact_block(rng: random.Random, people: tuple[Person, ...], domain: str, c: Country) -> str:
    blocks = []
    for person in people:
        lines = [person.name, rng.choice(CONTACT_TITLES)]
        email = person.email(domain)
        tail = [rng.choice(("", "email: ", "e-mail: ")) + email, _phone(rng, c)]
        if rng.random() < 0.4:
            tail.reverse()
        blocks.append("\n".join(lines + tail))
    return "\n\n".join(blocks)


def _two_columns(rng: random.Random, group: Group) -> str:
    left, right = group.contacts
    rows = [
        (left.name, right.name),
        (rng.choice(CONTACT_TITLES), rng.choice(CONTACT_TITLES)),
        (left.email(group.domain), right.email(group.domain)),
        (_phone(rng, group.country), _phone(rng, group.country)),
    ]
    return "\n".join(f"{a:<52}{b}" for a, b in rows)


def _member_list(rng: random.Random, members: list[Op]) -> str:
    items = [f"{op.name} ({op.country.name})" for op in members]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _release(rng: random.Random, group: Group, released: date) -> tuple[str, str]:
    """A press release's text and its title."""
    w = _Writer(rng, group, released)
    ops = list(group.operators)
    others = [op for g in world() if g is not group for op in g.operators]
    lead = rng.choice(ops)
    topic = rng.randint(0, 6)
    exec_ = rng.choice(group.executives)
    role = rng.choice(QUOTE_ROLES)
    alliance = rng.choice(ALLIANCES)
    partners: list[Op] = []
    notes: str | None = None
    body: list[str] = []
    product = rng.choice(PRODUCTS)
    customers = _current(lead, released, rng)
    if topic in (0, 1):
        partners = [lead, *rng.sample(others, rng.randint(3, 8))]
        rng.shuffle(partners)
        subs = sum(_current(op, released, rng) for op in partners) // 1_000_000
        if topic == 0:
            title = f"THE '{alliance.upper()}' IS FORMED TO SERVE CUSTOMERS ACROSS EUROPE"
            body.append(
                f"{NUMBER_WORDS[len(partners)].capitalize()} leading independent mobile "
                "operators today announced the formation of a new mobile alliance to provide "
                "seamless voice and data services across Europe. "
                f"{_member_list(rng, partners)} signed a formal agreement yesterday."
            )
            body.append(
                f"The {alliance} will initially span the territories of its members and address "
                f"more than {subs} million subscribers."
            )
        else:
            title = f"THE {alliance.upper()} UNVEILS NEW {product[0]} PROPOSITION"
            body.append(
                f"The {alliance} today announced that it is rolling out {product[1]} across "
                "the alliance footprint from next month."
            )
            notes = wrap(
                f"The {alliance} has {NUMBER_WORDS[len(partners)]} members: "
                f"{_member_list(rng, partners)}, covering a subscriber base of more than "
                f"{subs} million."
            )
    elif topic == 2:
        milestone = max(1, customers // 1_000_000)
        word = NUMBER_WORDS[min(milestone, 20)]
        title = f"{lead.name.upper()} SIGNS UP {word.upper()} MILLION CUSTOMERS"
        body.append(
            f"{lead.name} today announced that it has signed up its "
            f"{NUMBER_WORDS[min(milestone, 20)]}-millionth customer, reaching a customer base of "
            f"{fmt_count(customers, rng, continental=False)}."
        )
    elif topic == 3:
        title = f"{lead.name.upper()} LAUNCHES {product[0]}"
        body.append(
            f"{lead.name} today launched {product[1]} in {lead.country.name}, the first "
            f"operator in the {lead.country.adjective} market to do so."
        )
    elif topic == 4:
        countries = rng.randint(12, 60)
        title = f"{lead.name.upper()} EXTENDS GPRS ROAMING TO {countries} COUNTRIES"
        body.append(
            f"{lead.name} customers can now use GPRS and MMS roaming in {countries} countries, "
            f"after new agreements with {rng.randint(5, 40)} operators."
        )
    elif topic == 5:
        cities = rng.randint(5, 40)
        title = f"{lead.name.upper()} COMPLETES 3G ROLL-OUT IN {cities} CITIES"
        body.append(
            f"{lead.name} has completed the first phase of its 3G network, now live in "
            f"{cities} cities and covering {rng.randint(20, 70)}% of the population."
        )
    else:
        partner = rng.choice(others)
        partners = [partner]
        title = f"{lead.name.upper()} AND {partner.name.upper()} AGREE MMS INTERCONNECT"
        body.append(
            f"{lead.name} today announced multimedia messaging (MMS) interconnect with "
            f"{partner.name}, so that customers of both networks can exchange picture "
            "messages."
        )
    body += rng.sample(FILLER, rng.randint(1, 4))
    quote = (
        f'{exec_.name}, {role} of {lead.name}, said: "{rng.choice(FILLER)} {rng.choice(FILLER)}"'
    )
    body.insert(rng.randint(1, len(body)), quote)
    if rng.random() < 0.3:
        body.append(f'"{rng.choice(FILLER)}"')

    # Header: label, reference, title, date (the seeds' three layouts).
    reference = (
        f"PR{rng.randint(1, 9999):04d}",
        f"Ref: {rng.randint(1, 60):02d}-{released.year}",
        f"PR/{released.year}/{rng.randint(1, 300):03d}",
    )[group.ref_style]
    title_lines = wrap(title, 44).split("\n")
    date_label = rng.choice(("Released:", "Released:", "For release:", "Date:"))
    w.add(rng.choice(("press release", "press release", "Press Release", "news release")), 1)
    if reference.startswith("Ref:") and rng.random() < 0.5:
        w.add(reference, 0)
        w.add(f"Date: {fmt_date(released, rng.randint(0, 4))}", 3)
        w.add("\n".join(center(line) for line in title_lines), 3)
    else:
        w.add(reference, 2)
        w.add("\n\n".join(center(line) for line in title_lines), 2)
        w.add(f"{date_label} {fmt_date(released, rng.randint(0, 4))}", 1)
    for paragraph in body:
        w.add(wrap(paragraph))
    w.add(center(rng.choice(("- ends -", "-ends-", "- ENDS -"))), 1)
    if notes:
        w.add(rng.choice(("Note to Editors", "Notes to editors")), 0)
        w.add(notes)

    # About sections: the group itself, then every operator the release named.
    w.add(rng.choice((group.root, f"About {group.root}")))
    w.add(_about_group(rng, group, released))
    if rng.random() < 0.5:
        w.add(_two_columns(rng, group))
    else:
        w.add(_contact_block(rng, group.contacts, group.domain, group.country))
    w.add(f"{group.root} press office: {_phone(rng, group.country).split(' ', 1)[1]}.")
    named = [lead] + [op for op in partners if op is not lead]
    extra = [op for op in ops if op not in named]
    named += rng.sample(extra, min(len(extra), rng.randint(0, 2)))
    for op in named:
        owner = next(g for g in world() if op in g.operators)
        heading = op.name if rng.random() < 0.75 else f"About {op.name}"
        w.add(heading, 0 if rng.random() < 0.5 else 1)
        w.add(_about_operator(rng, op, owner, released))
        w.add(_contact_block(rng, op.contacts, op.domain, op.country))
        if rng.random() < 0.3:
            w.add(f"www.{op.domain}")
    return w.text(), title


def _cover(rng: random.Random, group: Group, report: date, topic: str) -> str:
    c = group.country
    forty = rng.random() < 0.1
    yes = rng.random() < 0.15
    exchange = rng.choice(EXCHANGES)
    return "\n".join(
        [
            "FORM 6-K",
            "",
            center("SECURITIES AND EXCHANGE COMMISSION"),
            center("Washington, D.C. 20549"),
            "",
            "",
            center("Report of Foreign Private Issuer"),
            "",
            "",
            center("Pursuant to Rule 13a-16 or 15d-16"),
            center("of the Securities Exchange Act of 1934"),
            "",
            "",
            center(fmt_date(report, rng.choice((0, 0, 3)))),
            "",
            "",
            center(group.legal_name),
            "",
            "",
            center(c.street),
            center(f"{c.city} {c.postcode}, {c.name.removeprefix('the ')}"),
            "",
            center("(Address of principal executive offices)"),
            "",
            "",
            "Indicate by check mark whether the registrant files or will file annual reports",
            "under cover Form 20-F or Form 40-F",
            "",
            center(
                "Form 20-F..X... Form 40-F....." if not forty else "Form 20-F..... Form 40-F..X..."
            ),
            "",
            "",
            "Indicate by check mark whether the registrant by furnishing the information",
            "contained in this Form is also thereby furnishing the information to the",
            "Commission pursuant to Rule 12g3-2(b) under the Securities Exchange Act of 1934.",
            "",
            center("Yes ..X.. No ....." if yes else "Yes ..... No ..X..."),
            "",
            "",
            'If "Yes" is marked, indicate below the file number assigned to the registrant',
            "in connection with Rule 12g3-2(b): "
            + (f"82-{rng.randint(1000, 9999)}" if yes else "82 ________"),
            "",
            "",
            "Enclosure:",
            "",
            wrap(
                f"Copy of announcement regarding {topic} sent to the {exchange} on "
                f"{fmt_date(report, 3)}."
            ),
            "",
            "",
            "",
        ]
    )


def _signature(rng: random.Random, group: Group, report: date) -> str:
    signer = group.signatory
    return "\n".join(
        [
            "",
            center("SIGNATURE"),
            "",
            "Pursuant to the requirements of the Securities Exchange Act of 1934, the",
            "registrant has duly caused this report to be signed on its behalf by the",
            "undersigned, thereunto duly authorized.",
            "",
            "",
            "",
            " " * 49 + group.legal_name,
            "",
            "",
            f"Date: {fmt_date(report, rng.choice((0, 3)))}".ljust(40)
            + f"By:___/s/ {signer.name}___",
            "",
            " " * 43 + signer.name.upper(),
            " " * 43 + group.signatory_title,
            "",
        ]
    )


def filing_text(seed: int, index: int) -> str:
    """The text of the ``index``-th synthetic filing for ``seed``."""
    rng = random.Random(f"sixk-synth:{seed}:{index}")
    groups = world()
    group = groups[rng.randrange(len(groups))]
    released = date(2001, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    body, title = _release(rng, group, released)
    parts = [_cover(rng, group, released, title.title()), body]
    if rng.random() < 0.05:
        # Now and then a second release in the same filing, a few days later.
        parts.append("\n\n")
        parts.append(_release(rng, group, released + timedelta(days=rng.randint(0, 3)))[0])
    parts.append(_signature(rng, group, released))
    return "\n".join(parts)


def generate(count: int, outdir: Path, *, seed: int = 0) -> list[Path]:
    """Write ``count`` synthetic 6-K filings into ``outdir``; the same seed, the same bytes."""
    if count < 0:
        raise ValueError("count must be >= 0")
    outdir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for index in range(count):
        path = outdir / f"synth-{seed}-{index:06d}.txt"
        path.write_bytes(filing_text(seed, index).encode("utf-8"))
        paths.append(path)
    return paths
