"""The metric vocabulary as data: which words around a figure make it which metric.

Every pattern is linear: no nested unbounded quantifiers, every gap is a bounded class run.
``after`` patterns are matched at the end of the figure; ``before`` patterns must end where
the figure starts (they are searched in the text between the sentence start and the figure).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Literal

from app.ingest.numbers import CURRENCY_PREFIXES, CURRENCY_SUFFIXES, NUMERIC_DATE_PATTERN

FigureKind = Literal["count", "percent", "money"]

_F = re.IGNORECASE
# Currency codes and symbols as a table's unit writes them ("US$", "RMB", "EUR").
CURRENCY_CODES = "|".join(re.escape(c) for c in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
_CURRENCY_WORDS = sorted(CURRENCY_SUFFIXES, key=len, reverse=True)
# Currency words as a table's title writes them ("in billions of Korean won", "in millions
# of constant pesos": whose pesos, the release or the issuer's country says).
CURRENCY_WORDS = "|".join(re.escape(w).replace(r"\ ", "[ \t]{1,3}") for w in _CURRENCY_WORDS)

SEGMENTS: dict[str, str] = {
    "mobile": "mobile",
    "wireless": "mobile",
    "cellular": "mobile",
    "fixed-line": "fixed_line",
    "fixed line": "fixed_line",
    "fixed": "fixed_line",
    "fixed telephony": "fixed_line",
    "landline": "fixed_line",
    "wireline": "fixed_line",
    "fixnet": "fixed_line",
    "local telephone": "fixed_line",
    "local telephony": "fixed_line",
    "internet": "internet",
    "internet and data": "internet",
    "high-speed internet": "internet",
    "high speed internet": "internet",
    "broadband": "internet",
    "dsl": "internet",
    "adsl": "internet",
    # "300,000 registered dial-up subscribers": internet access over a telephone line
    "dial-up": "internet",
    # Italian, Spanish, Portuguese: "del mercato della banda larga"
    "banda larga": "internet",
    "banda ancha": "internet",
    "prepaid": "prepaid",
    "pre-paid": "prepaid",
    "pre-pay": "prepaid",
    "contract": "contract",
    "postpaid": "contract",
    "post-paid": "contract",
    "3g": "3g",
    "umts": "3g",
}
SEGMENT_WORDS = "|".join(
    re.escape(s).replace(r"\ ", r"\s{1,3}") for s in sorted(SEGMENTS, key=len, reverse=True)
)
# Spanish and Portuguese business words after a count noun ("61.530 clientes directos de voz",
# "12.410 clientes de ADSL"): voice beside broadband is a fixed network's telephone service,
# as COMPRISED_SEGMENTS reads "voice".
LATIN_SEGMENTS: dict[str, str] = {
    "voz": "fixed_line", "telefonía fija": "fixed_line", "telefonia fixa": "fixed_line",
    "telefonía móvil": "mobile", "telefonia móvel": "mobile", "telefonia celular": "mobile",
    "banda ancha": "internet", "banda larga": "internet", "adsl": "internet",
    "internet": "internet",
    # French, after the noun: "3,6 millions d'abonnés mobiles", "abonnés haut débit"
    "mobiles": "mobile", "fixes": "fixed_line", "haut débit": "internet",
}  # fmt: skip
_LATIN_SEGMENT_WORDS = "|".join(
    re.escape(s).replace(r"\ ", r"\s{1,3}") for s in sorted(LATIN_SEGMENTS, key=len, reverse=True)
)
# A verb that moves a figure to a new level, and the change between it and "to":
# "increased 6.6% to", "rose by 4,1 % to", "grew by 38,000 in the quarter to".
_MOVED_TO = (
    # "Turnover up 27.8% to HK$12,286 million"
    r"(?:rose|grew|increased|climbed|fell|declined|decreased|dropped|was\s{1,3}reduced|up|down)"
    r"(?:\s{1,3}by)?\s[^;]{1,40}?\sto"
)


# A release that says whose pesos its amounts are: "All figures are stated in Mexican pesos
# (Ps.)", "amounts in Argentine pesos", "millions of constant Mexican pesos". The country of
# the adjective tells which peso.
STATED_PESOS = re.compile(
    r"\b(?:amounts|figures|expressed|stated|reported|presented|denominated"
    r"|(?:millions|thousands|billions)[ \t\r\n]{1,3}of)[ \t\r\n]{1,3}(?:are[ \t\r\n]{1,3})?"
    r"(?:in[ \t\r\n]{1,3})?(?:(?:constant|nominal|current)[ \t\r\n]{1,3})?"
    r"(?P<whose>mexican|argentine|argentinian|chilean|colombian"
    r"|philippine|uruguayan|dominican)[ \t\r\n]{1,3}pesos\b"
    # Spanish: "Las cifras están expresadas en millones de pesos mexicanos nominales ($)"
    r"|\b(?:expresad[oa]s|presentad[oa]s|reportad[oa]s|denominad[oa]s)[ \t\r\n]{1,3}en"
    r"[ \t\r\n]{1,3}(?:(?:millones|miles)[ \t\r\n]{1,3}de[ \t\r\n]{1,3})?pesos[ \t\r\n]{1,3}"
    r"(?P<cuyos>mexicanos|argentinos|chilenos|colombianos|filipinos|uruguayos|dominicanos)\b",
    _F,
)
PESO_COUNTRIES: dict[str, str] = {
    "mexican": "MX", "argentine": "AR", "argentinian": "AR", "chilean": "CL", "colombian": "CO",
    "philippine": "PH", "uruguayan": "UY", "dominican": "DO",
    "mexicanos": "MX", "argentinos": "AR", "chilenos": "CL", "colombianos": "CO",
    "filipinos": "PH", "uruguayos": "UY", "dominicanos": "DO",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class MetricRule:
    """A figure of kind ``accepts`` becomes metric ``name`` when ``after``/``before`` matches."""

    name: str
    accepts: FigureKind
    after: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    # The sentence (up to the figure) must also say this, e.g. "data" for a revenue share.
    requires: re.Pattern[str] | None = None
    flow: bool = False  # a flow takes a period ("in 2002"); a stock takes a date ("at June 30")
    # Words right after the figure that make it something else ("an increase of 1.2 million
    # over the same date last year" is a year's change, no quarter's net additions).
    not_after: re.Pattern[str] | None = None
    # Only a figure a verb qualifies ("subscribers exceeded 140 million": the verb is the
    # figure's qualifier, so the words before it hold none).
    passed_only: bool = False
    # The words name the metric's opposite: "a net loss of $4.8 million" is a net income of
    # minus $4.8 million.
    negative: bool = False


# Between the words and the figure: a space or a line break with the next line's indent
# ("revenue reached\n     R$ 287,9 million").
_GAP = r"[ \t]{0,3}(?:\r?\n[ \t]{0,16})?"
# A space between two words of a rule: a short run of spaces, or a line break with the next
# line's indent ("an increase\n     of 31,000" in an indented list), never a blank line.
_SPACE = r"(?=\s)[ \t]{0,3}(?:\r?\n[ \t]{0,16})?"


def _spaced(pattern: str) -> str:
    """A rule as written (``\\s{1,3}`` between words) with each space read as ``_SPACE``."""
    return pattern.replace(r"\s{1,3}", _SPACE)


def _after(pattern: str) -> re.Pattern[str]:
    # The look-behind fails fast inside a word, so a scan over prose stays well under a second.
    # No blank line between the figure and its words ("3 074 000\n\nMOBILE CUSTOMERS BY ..."),
    # nor a table's next indented row ("613\n   Net additions").
    # A deeper indent is a wrapped line of prose when its first word is in lower case
    # ("had 1,640,000\n      customers" in a bullet): a row's label opens with a capital.
    return re.compile(
        # "6,08 Mio. Kunden": the point of an abbreviated scale comes first
        r"(?:(?<=mio|mrd|mln|bln|tsd)\.)?"
        # "7\u00a0842\u00a0000\u00a0abonnés": a no-break space may stand before the words
        r"[ \t\u00a0]{0,3}(?:\r?\n(?:[ \t]{3,16}(?=(?-i:[a-z]))|[ \t]{0,2}))?(?<![\w-])(?:"
        + _spaced(pattern)
        + r")(?![\w-])",
        _F,
    )


def _before(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + _spaced(pattern) + r")" + _GAP + "$", _F)


# Market share in Portuguese and Spanish.
# "participación en el mercado", "participação no mercado": the share held in it.
LATIN_MARKET_SHARE = (
    r"(?:participa[çc][ãa]o|participaci[óo]n|cuota)\s{1,3}(?:de(?:l)?|en\s{1,3}el|no)"
    r"\s{1,3}mercado"
)
# Count nouns in Portuguese, Spanish and Italian ("7.612.000 utenti", "431.000 clienti").
LATIN_COUNT_NOUNS = (
    r"clientes|assinantes|acessos|usu[áa]rios|suscriptores|abonados|usuarios|l[íi]neas|linhas"
    r"|utenti|clienti|abbonati"
)
# "7,964,000 mobile services in operation" (SIO): how some operators count their customers.
# "1.013.742 ADSL accesses in service", "9.703.211 lines in service", "4 729 018 fixed access
# lines": access lines count the customers of a fixed network.
COUNT_NOUNS = (
    r"customers|subscribers|users|clients|subscriptions|connections"
    # "413,850 active subscriber lines": the lines of a fixed network's subscribers
    # ... but "Lines installed   14.228" is the network's plant, not lines anyone subscribes to
    # "Local lines in service": a local carrier's lines
    r"|(?:access\s{1,3}|telephone\s{1,3}|exchange\s{1,3}|subscriber\s{1,3}|local\s{1,3})?lines"
    r"(?!\s{1,3}installed)(?:\s{1,3}in\s{1,3}service)?"
    r"|accesses(?:\s{1,3}in\s{1,3}service)?"
    # "1,628,000 access paths (PSTN lines and ISDN channels)": a fixed network's lines and
    # ISDN channels, as Irish and British operators count them
    r"|access\s{1,3}paths"
    r"|services\s{1,3}in\s{1,3}operation|SIOs?"
    # Portuguese, Spanish and Italian, after "de"/"di" when a scale word comes first ("6,1
    # milhões de clientes", "2,3 millones de suscriptores", "1,2 milioni di abbonati").
    rf"|(?:d[ei]\s{{1,3}})?(?:{LATIN_COUNT_NOUNS})"
    # French and German: "7 842 000 abonnés", "7,8 millions d'abonnés", "6,08 Mio. Kunden"
    r"|(?:d['\u2019])?abonn[ée]s|Kunden|Teilnehmer"
)
# A count noun that says the segment itself when no segment word does.
NOUN_SEGMENTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            # "exchange lines": the telephone lines of an exchange, as Hong Kong and British
            # operators call fixed lines
            r"(?<![\w-])(?:access\s{1,3}lines|telephone\s{1,3}lines|lines\s{1,3}in\s{1,3}service"
            r"|exchange\s{1,3}lines|subscriber\s{1,3}lines|access\s{1,3}paths)",
            _F,
        ),
        "fixed_line",
    ),
    # "1,267,000 paying access subscribers": an Internet service provider's subscribers
    (re.compile(r"(?<![\w-])access\s{1,3}subscribers", _F), "internet"),
    # "11.7% of domestic long distance minutes": calls carried over a fixed network
    (
        re.compile(
            # "71% of Canada's overseas traffic", "6% of UK business call minutes"
            r"(?<![\w-])(?:international|overseas|domestic|long[\s-]{1,3}distance"
            r"|business\s{1,3}call)\s{1,3}(?:minutes|traffic)",
            _F,
        ),
        "fixed_line",
    ),
)
# A sentence about a business line ("Brasil Telecom's mobile operation ended ...",
# "Investments in the mobile operation accounted for ...") gives its figures that segment.
SEGMENT_SUBJECT = re.compile(
    rf"(?<![\w-])(?P<segment>{SEGMENT_WORDS})[ \t\r\n]{{1,3}}"
    r"(?:operations?|business(?:es)?|division|segment)(?![\w-])",
    _F,
)
# The rules whose figures take a segment from the sentence's subject.
SEGMENT_SUBJECT_RULES = frozenset(
    {"customers", "net_additions", "revenue", "investment", "market_share"}
)

# Spanish verbs that give a total: "alcanzaron", "ascendieron a", "se situaron en", "sumaron".
_LATIN_TOTALLED = (
    r"alcanz(?:aron|[óo])|ascendi(?:eron|[óo])\s{1,3}a|se\s{1,3}situ(?:aron|[óo])\s{1,3}en"
    r"|sumaron|sum[óo]|totalizaron|totaliz[óo]|fueron\s{1,3}de|fue\s{1,3}de"
)

# What a net addition counts, said between "net" and "additions": "net line additions", "net
# subscriber additions", "net customer adds".
_ADDED_UNITS = r"lines?|subscribers?|customers?|clients?|connections?|accesses|access|users?"

# First matching rule wins, so the narrow ones come first ("new customers" before "customers").
RULES: tuple[MetricRule, ...] = (
    MetricRule(
        "net_additions",
        "count",
        after=_after(
            # "2 871 000 net new mobile customers"
            rf"net\s{{1,3}}(?:(?:{_ADDED_UNITS})\s{{1,3}})?(?:adds|additions|gains)"
            r"|net\s{1,3}(?:"
            rf"new\s{{1,3}}(?:(?P<segment>{SEGMENT_WORDS})\s{{1,3}})?(?:customers|subscribers)"
            # "85,600 net wireless subscribers"
            rf"|(?:(?P<segment2>{SEGMENT_WORDS})\s{{1,3}})?"
            r"(?:customers|subscribers|connections|subscriptions))"
            # "6,400 new ADSL subscribers in the quarter"
            r"|new\s{1,3}(?:registered\s{1,3})?"
            rf"(?:(?P<segment4>{SEGMENT_WORDS})\s{{1,3}})?(?:customers|subscribers|users|connections)"
            # Italian: "ha acquisito 68.000 nuovi clienti ADSL"
            r"|nuovi\s{1,3}(?:clienti|utenti|abbonati)"
            rf"(?:\s{{1,3}}(?P<segment3>{SEGMENT_WORDS}))?"
            # Spanish: "tras captar 27.840 clientes netos", "15.200 altas netas"
            r"|(?:clientes|suscriptores|abonados|usuarios|l[íi]neas|accesos)\s{1,3}net[oa]s"
            r"(?:\s{1,3}de\s{1,3}"
            rf"(?P<lsegment>{_LATIN_SEGMENT_WORDS}))?"
            r"|altas\s{1,3}netas"
            # French and German: "1 926 000 abonnés nets supplémentaires", "198.700 neuen Kunden"
            r"|(?:abonn[ée]s|clients)\s{1,3}nets|nouveaux\s{1,3}(?:abonn[ée]s|clients)"
            r"|neue[n]?\s{1,3}Kunden"
            # "63,4 mil novos assinantes Virtua": Portuguese and Spanish new customers
            r"|(?:novos|nuevos)\s{1,3}(?:assinantes|clientes|suscriptores|usu[áa]rios)"
            # "1.013.742 ADSL accesses, 101.366 more than at the end of June"
            r"|more\s{1,3}than\s{1,3}(?:at\s{1,3}the\s{1,3}end\s{1,3}of|a\s{1,3}(?:quarter|year)"
            r"\s{1,3}(?:earlier|ago|before)"
            # "27,300 more than at 30 June 2007", "more than on March 31"
            r"|(?:at|on)\s{1,3}(?:\d{1,2}\s{1,3})?(?-i:[A-Z])[a-z]{2,8}\s{1,3}\d{1,4})"
        ),
        before=_before(
            # "Consolidated net additions were 461,000"
            # "added a net 1.69 million fixed-line subscribers"
            r"(?:added|adding)(?:\s{1,3}a\s{1,3}net)?"
            # "High-speed Internet net additions were 25,700"
            rf"|(?:(?P<segment2>{SEGMENT_WORDS})\s{{1,3}})?"
            # "Net additions in 2005 were 1,412,300", "net additions for the quarter were"
            rf"net\s{{1,3}}(?:(?:{_ADDED_UNITS})\s{{1,3}})?(?:additions|adds|gains)"
            r"(?:\s{1,3}(?:in|for)\s{1,3}(?:the\s{1,3})?"
            r"[\w-]{1,12}(?:\s{1,3}(?:19|20)\d\d)?)?\s{1,3}(?:of|were|was|totall?ed)"
            # "an addition of 6.065.000 subscribers", "added a total of 9.142 million"
            # "a net addition of 412.050"
            r"|an?\s{1,3}(?:net\s{1,3})?addition\s{1,3}of|added\s{1,3}a\s{1,3}total\s{1,3}of"
            # German: "gewann sie netto 287.900 Kunden hinzu", "steigerte die Zahl ihrer Kunden
            # um 47.900 auf 602.300"
            r"|netto|Zahl\s{1,3}(?:ihrer|seiner|der)\s{1,3}Kunden\s{1,3}um"
            # "Las adiciones netas de líneas en el trimestre fueron 35,817"
            r"|(?:adiciones|altas|adi[çc][õo]es)\s{1,3}(?:netas|l[íi]quidas)[^.;]{0,60}?\s"
            r"(?:fueron(?:\s{1,3}de)?|foram(?:\s{1,3}de)?|sumaron|somaram|totalizaron"
            r"|totalizaram|alcanzaron|alcan[çc]aram|de)"
            # "Mobile connections grew by 38,000", "subscriber base grew by approximately"
            # "Mobile subscriptions in subsidiaries grew by 414,000"
            rf"|(?:(?:(?P<segment>{SEGMENT_WORDS})\s{{1,3}})?(?:{COUNT_NOUNS})"
            r"|(?:customer|subscriber|client)\s{1,3}base)"
            r"(?:\s{1,3}in\s{1,3}(?:the\s{1,3})?[\w-]{1,20})?"
            r"\s{1,3}(?:grew|rose|increased)\s{1,3}by"
        ),
        flow=True,
    ),
    # "reached 256,000, an increase of 31,000 in the quarter": a count's growth is a flow.
    MetricRule(
        "net_additions",
        "count",
        before=_before(r"(?:an?\s{1,3})?(?:increase|growth|rise)\s{1,3}of"),
        requires=re.compile(rf"(?<![\w-])(?:{COUNT_NOUNS})(?![\w-])", _F),
        flow=True,
        not_after=re.compile(
            r"[ \t\r\n]{0,3},?[ \t\r\n]{0,3}(?:over|on|from|compared|versus|vs\.?|against"
            r"|year|y\.?o\.?y)(?![\w-])",
            _F,
        ),
    ),
    MetricRule(
        "customers",
        "count",
        after=_after(
            # "475,000 dial-up and broadband subscribers": two words of one business name it;
            # of two businesses ("mobile and fixed-line customers") the count is of neither
            rf"(?:(?P<segment>{SEGMENT_WORDS})\s{{1,3}}"
            rf"(?:(?:and|or)\s{{1,3}}(?P<also_segment>{SEGMENT_WORDS})\s{{1,3}})?)?"
            # "92,1 million managed customers"
            # "452 thousand local lines in service"
            # "4.2 million residential and small-business customers": both kinds, the whole
            # base (one kind alone, "800 residential customers", is a part); "1,267,000
            # paying access subscribers": still the operator's own
            r"(?:(?:residential|consumer)\s{1,3}(?:and|or)\s{1,3}(?:small[\s-]{1,3})?business\s{1,3})?"
            r"(?:paying\s{1,3})?(?:access\s{1,3}(?=subscribers))?"
            r"(?:registered\s{1,3}|active\s{1,3}|proportionate\s{1,3}|managed\s{1,3}|local\s{1,3}"
            # "46 530 business customers": customers of a kind, still the operator's own
            r"|business\s{1,3}|corporate\s{1,3})?"
            rf"(?:(?P<segment2>{SEGMENT_WORDS})\s{{1,3}})?"
            rf"(?:{COUNT_NOUNS})"
            # "61.530 clientes directos de voz", "12.410 clientes de ADSL"
            r"(?:(?:\s{1,3}(?:directos|activos|totales))?\s{1,3}de\s{1,3}"
            rf"(?P<lsegment>{_LATIN_SEGMENT_WORDS}))?"
            # Italian: "431.000 clienti ADSL", the business after the noun
            rf"(?:(?:(?<=clienti)|(?<=utenti)|(?<=abbonati))\s{{1,3}}(?P<segment3>{SEGMENT_WORDS}))?"
            # French: "3,6 millions d'abonnés mobiles"
            r"(?:(?:(?<=abonnés)|(?<=abonnes))\s{1,3}(?P<lsegment2>mobiles|fixes"
            r"|haut\s{1,3}débit|internet)(?![\w-]))?"
        ),
        before=_before(
            # "customer base passed 5 million": the verb is the figure's qualifier.
            # "its subscriber base has passed 2.5 million"
            # "customer base in Greece reached 4.412.350": where, between noun and verb.
            r"(?:customer|subscriber|client|user)\s{1,3}base"
            r"(?:\s{1,3}in\s{1,3}[A-Z][\w-]{1,20}(?:\s{1,3}[A-Z][\w-]{1,20})?)?"
            r"(?:\s{1,3}(?:has|had|now)){0,2}"
            r"(?:\s{1,3}"
            rf"(?:of|reached|was|totall?ed|stood\s{{1,3}}at|(?:grew|rose)\s{{1,3}}to|to|{_MOVED_TO}))?"
            # "Broadband connections, including wholesale, reached 256,000", "ADSL subscribers
            # increased 167.9% to 143 509": a count noun as the subject.
            rf"|(?:(?P<segment3>{SEGMENT_WORDS})\s{{1,3}})?(?:{COUNT_NOUNS})"
            r"(?:\s{0,3},[^.;:,]{1,40},)?"
            # "Multikabel's Internet subscribers numbered 61,800"
            r"\s{1,3}(?:reached|were|was|totall?ed|stood\s{1,3}at|amounted\s{1,3}to|numbered"
            # "BGAN subscribers grew to more than 2,400 from 600"
            rf"|(?:grew|rose|increased)\s{{1,3}}to|{_MOVED_TO})"
            # " - ADSL subscribers of 84,200, up 61%": a highlight's label before its count
            r"|^[ \t]{0,8}(?:[-*o\u2022][ \t]{1,4})?"
            rf"(?:(?P<segment6>{SEGMENT_WORDS})\s{{1,3}})?(?:{COUNT_NOUNS})\s{{1,3}}of"
            # Italian: "gli utenti Internet attivi del gruppo erano 7.612.000"
            rf"|(?:utenti|clienti|abbonati)(?:\s{{1,3}}(?P<segment5>{SEGMENT_WORDS}))?"
            r"(?:\s{1,3}(?:attivi|totali|complessivi))?(?:\s{1,3}del\s{1,3}gruppo)?"
            r"\s{1,3}(?:erano|sono|era|ammontavano\s{1,3}a|hanno\s{1,3}raggiunto|raggiungevano)"
            # "the number of fixed access lines was 2.9 million", "the number of Chunghwa's
            # mobile subscribers reached", "the total number of HiNet broadband subscribers"
            # "the number of corporate and business customers taking voice, data or Internet
            # services from Energis grew to"
            r"|number\s{1,3}of\s{1,3}(?:[\w-]{1,20}(?:['\u2019]s)?\s{1,3}){0,3}?"
            rf"(?:(?P<segment>{SEGMENT_WORDS})\s{{1,3}})?"
            rf"(?:access\s{{1,3}}|active\s{{1,3}}|registered\s{{1,3}})?(?:{COUNT_NOUNS})"
            # "connections in the Nordic and Baltic countries grew to"
            r"[^.;]{0,60}?\s(?:was|is|were|are|reached|totall?ed|stood\s{1,3}at"
            r"|(?:grew|rose|increased)\s{1,3}to)"
            # "increased its mobile customers to 612,000", "brought its subscriber base to"
            r"|(?:increased|grew|raised|lifted|took|brought|bringing|taking)\s{1,3}"
            r"(?:its|their|the)\s{1,3}(?:total\s{1,3})?"
            rf"(?:(?P<segment4>{SEGMENT_WORDS})\s{{1,3}})?"
            rf"(?:{COUNT_NOUNS}|(?:customer|subscriber|client)\s{{1,3}}base)\s{{1,3}}to"
        ),
    ),
    # "served 5,683,000 customers, of whom 2,412,000 were post-paid subscribers and 3,271,000
    # used the Tak Tak pre-paid service": the parts of a customer count, by business.
    MetricRule(
        "customers",
        "count",
        after=_after(
            rf"(?:were|are)\s{{1,3}}(?P<segment>{SEGMENT_WORDS})\s{{1,3}}(?:{COUNT_NOUNS})"
            r"|used\s{1,3}(?:the|its|our)\s{1,3}(?:[\w'\u2019-]{1,20}\s{1,3}){0,3}?"
            rf"(?P<segment2>{SEGMENT_WORDS})\s{{1,3}}(?:service|offer|plan|tariffs?)"
        ),
        requires=re.compile(r"(?<![\w-])of[ \t\r\n]{1,3}(?:whom|which|them)(?![\w-])", _F),
    ),
    MetricRule(
        "customers",
        "count",
        before=_before(
            rf"(?:(?P<segment>{SEGMENT_WORDS})\s{{1,3}})?(?:{COUNT_NOUNS})"
            r"(?:\s{1,3}(?:has|have|had|now|already)){0,2}"
        ),
        passed_only=True,
    ),
    MetricRule(
        "employees",
        "count",
        after=_after(
            r"(?:(?:full-time|permanent)\s{1,3}(?:equivalent\s{1,3})?)?"
            r"(?:employees|staff|people\s{1,3}employed|workers|personnel|team\s{1,3}members"
            # Portuguese, Spanish and Italian: "conta com 2.114 empregados", "1.850 empleados",
            # "contava 2.874 dipendenti"
            r"|empregados|funcion[áa]rios|empleados|colaboradores|trabajadores|dipendenti"
            # French and German: "employait 1 846 salariés", "4.862 Mitarbeiter"
            r"|salari[ée]s|employ[ée]s|collaborateurs|Mitarbeiter(?:innen)?|Beschäftigte)"
        ),
        before=_before(
            r"(?:number\s{1,3}of\s{1,3}employees|employees|staff|headcount|workforce)"
            # not past an "and" that goes on to something else: "2,100 employees and a
            # network of more than 600 customer care centres"
            r"(?:(?![ \t\r\n]and[ \t\r\n])[^.;]){0,40}?\s"
            r"(?:is|was|of|totall?ed|stood\s{1,3}at|reached)"
            r"|employs|employing|employed|employ|emprega|emplea"
        ),
        # "127 employees left the Company", "350 staff were made redundant": a change
        not_after=re.compile(
            r"[ \t\r\n]{1,3}(?:[\w-]{1,20}[ \t\r\n]{1,3}){1,3}(?:left|departed|joined|quit"
            r"|were[ \t\r\n]{1,3}(?:hired|recruited|laid[ \t\r\n]{1,3}off|dismissed"
            r"|made[ \t\r\n]{1,3}redundant)|took[ \t\r\n]{1,3}(?:early[ \t\r\n]{1,3})?"
            r"(?:voluntary[ \t\r\n]{1,3})?(?:retirement|redundancy))(?![\w-])",
            _F,
        ),
    ),
    MetricRule(
        "roaming_partners",
        "count",
        # "auprès de 164 opérateurs partenaires", "312 Roamingpartner"
        after=_after(
            r"roaming\s{1,3}partners|op[ée]rateurs\s{1,3}partenaires|Roaming-?partner(?:n)?"
        ),
        before=_before(
            r"roaming\s{1,3}(?:agreements?|partners(?:hips)?|contracts?|relationships?)"
            r"\s{1,3}(?:in\s{1,3}place\s{1,3})?with"
        ),
    ),
    # "international roaming service is available through agreements with 182 operators"
    MetricRule(
        "roaming_partners",
        "count",
        after=_after(r"(?:mobile\s{1,3}|network\s{1,3})?(?:operators|networks|carriers)"),
        requires=re.compile(
            r"roaming[^.;]{0,100}?\s(?:agreements?|contracts?|partnerships?)\s{1,3}with\s{1,3}$"
            # "customers can roam on the networks of more than 230 operators"
            # "can roam in 84 countries on the networks of 176 operators"
            r"|(?<![\w-])roam\s{1,3}(?:in\s{1,3}\d{1,3}\s{1,3}countries\s{1,3})?"
            r"(?:on|in|over)\s{1,3}(?:the\s{1,3})?networks\s{1,3}of\s{1,3}$"
            # "customers can roam on 263 networks in 131 countries": the networks themselves
            r"|(?<![\w-])roam\s{1,3}(?:on|in|over)\s{1,3}"
            r"(?:(?:more\s{1,3}than|over|about|some|around|approximately)\s{1,3})?$",
            _F,
        ),
    ),
    MetricRule(
        "base_stations",
        "count",
        after=_after(
            r"(?:GSM\s{1,3}|UMTS\s{1,3}|3G\s{1,3}|radio\s{1,3})?"
            r"(?:base\s{1,3}(?:transceiver\s{1,3}|transmission\s{1,3})?stations|cell\s{1,3}sites)"
            # French and German: "806 stations de base", "1.126 Basisstationen"
            r"|stations\s{1,3}de\s{1,3}base|Basisstationen"
        ),
    ),
    # "We switched on 46 new base stations, ..., which takes the network to 389 sites": the
    # network's sites, in a sentence about its base stations.
    MetricRule(
        "base_stations",
        "count",
        after=_after(r"sites"),
        requires=re.compile(
            r"(?<![\w-])(?:base\s{1,3}stations|cell\s{1,3}sites|masts|towers)[^.;]{0,120}?\s"
            r"network\s{1,3}(?:to|of|has|had)\s{1,3}$"
            # "214 nouvelles stations de base ..., portant son réseau à 806 sites"
            r"|(?<![\w-])stations\s{1,3}de\s{1,3}base[^.;]{0,120}?\sr[ée]seau\s{1,3}(?:à|de)\s{1,3}$",
            _F,
        ),
    ),
    # "revenues reached P$2,483 million, driven by the mobile business, which contributed
    # P$1,452 million": a business line's part of the revenue the sentence gives.
    MetricRule(
        "revenue",
        "money",
        before=_before(
            rf"(?P<segment>{SEGMENT_WORDS})\s{{1,3}}(?:business(?:es)?|operations?|division"
            r"|segment)\s{0,3},?\s{1,3}(?:which\s{1,3})?(?:contributed|generated)"
        ),
        requires=re.compile(r"(?<![\w-])(?:revenues?|turnover|sales)(?![\w-])", _F),
        flow=True,
        not_after=re.compile(
            r"[ \t\r\n]{1,3}(?:to|of)[ \t\r\n]{1,3}(?:[\w-]{1,20}[ \t\r\n]{1,3}){0,2}"
            r"(?:EBITDA|profit|income|earnings|margin)",
            _F,
        ),
    ),
    MetricRule(
        "revenue",
        "money",
        # "contributed EUR 512,6 million to Group revenues"
        after=_after(
            r"(?:in\s{1,3}|to\s{1,3}(?:the\s{1,3})?(?:group\s{1,3}|consolidated\s{1,3})?)?"
            r"(?:total\s{1,3})?(?:revenues?|turnover|sales)"
        ),
        before=_before(
            # "Wireline revenues were $1,149.9 million": the business's revenue
            rf"(?:(?P<segment>{SEGMENT_WORDS})\s{{1,3}}(?:net\s{{1,3}})?)?"
            # Italian: "ricavi consolidati pari a 419,6 milioni di euro"
            r"(?:revenues?|turnover|sales|ricavi|fatturato"
            # Spanish: "los ingresos de explotación alcanzaron 186,4 millones de euros", not
            # the market's ("los ingresos del mercado español ascendieron a")
            r"|ingresos(?!\s{1,3}del\s{1,3}(?:mercado|sector))"
            # Indian accounts: "its total income was Rs. 412.6 crore" (not an income tax)
            r"|total\s{1,3}income(?!\s{1,3}tax))"
            # "Turnover from UK operations was GBP396.8m": a country's part, no total
            r"(?!\s{1,3}from\s{1,3}(?-i:[A-Z])[\w.-]{1,20}\s{1,3}operations)"
            r"[^.;]{0,80}?\s"
            r"(?:of|amounted\s{1,3}to|reached|was|were|totall?ing|totall?ed|came\s{1,3}to"
            r"|stood\s{1,3}at|rose\s{1,3}to|grew\s{1,3}to|pari\s{1,3}a"
            rf"|{_LATIN_TOTALLED}"
            # "Turnover rose by 4,1 % to EUR ...": the change rate sits between verb and "to".
            rf"|{_MOVED_TO})"
            # "the net loss amounted to Ps. 87.9 million, and revenues to Ps. 2,941.3 million":
            # the verb said once for both
            r"|and\s{1,3}(?:its\s{1,3}|the\s{1,3})?(?:revenues?|turnover|sales)"
            r"\s{1,3}to"
            # a highlight's label right before its amount: "Ingresos totales de $2,632
            # millones", "Receita líquida de R$ 723,4 milhões"
            r"|(?:ingresos(?:\s{1,3}(?:totales|consolidados|netos))?"
            r"|receita(?:\s{1,3}(?:operacional\s{1,3})?(?:l[íi]quida|total))?)\s{1,3}de"
            # French and German: "un chiffre d'affaires de 412,6 milliards de FCFA", "le chiffre
            # d'affaires s'établit à", "Umsatzerlöse um 9,6 % auf 1.183,4 Mio. EUR", "Ihr Umsatz
            # erreichte 742,1 Mio. EUR" (not the "Umsatz je Kunde", a rate)
            r"|(?:chiffre\s{1,3}d['\u2019]affaires|Umsatz(?:erlöse)?|Umsätze)(?!\s{1,3}je)"
            r"[^.;]{0,80}?\s(?:de|à|auf|von|erreichte|betrug|beträgt)"
        ),
        flow=True,
    ),
    MetricRule(
        "net_income",
        "money",
        after=_after(
            r"(?:in\s{1,3})?(?:bottom\s{1,3}line|net\s{1,3}(?:income|profit|result|earnings))"
        ),
        before=_before(
            r"(?:net\s{1,3}(?:income|profit|result|earnings)|bottom\s{1,3}line"
            # "Profit attributable to the equity holders of Telkom increased 18.4% to"
            r"|profit\s{1,3}attributable\s{1,3}to"
            # "Profit after tax of IR£118 million": the bottom line after tax
            r"|profit\s{1,3}after\s{1,3}tax(?:ation|es)?"
            # "Profit for the period of US$9.4 million": the bottom line of a results table
            r"|profit\s{1,3}for\s{1,3}the\s{1,3}(?:period|quarter|year|half(?:[- ]year)?))"
            r"[^.;]{0,60}?"
            r"(?:\s(?:of|amounted\s{1,3}to|reached|was|totall?ing|totall?ed|came\s{1,3}to"
            rf"|stood\s{{1,3}}at|rose\s{{1,3}}to|grew\s{{1,3}}to|{_MOVED_TO})"
            # "a positive net result for the first time: EUR 3,1 mln"
            r"|:)"
            # "revenue amounted to KRW 10,650.9 billion and its net income to KRW 1,446.6
            # billion": the second amount leaves out the verb.
            r"|(?:its|their|the)\s{1,3}net\s{1,3}(?:income|profit|result|earnings)\s{1,3}to"
            # "its total income was Rs. 412.6 crore and its profit after tax Rs. 57.3 crore":
            # the verb said once for both, no "to" either ("revenues reached EGP 262.8
            # million and net income EGP 44.1 million")
            r"|and\s{1,3}(?:(?:its|their|the)\s{1,3})?(?:net\s{1,3}(?:income|profit|earnings)"
            r"|profit\s{1,3}after\s{1,3}tax(?:ation|es)?)"
            # "o  Net profit NOK 402.7 mill.": a highlight's label right before its amount
            r"|^[ \t]{0,8}(?:[-*o\u2022][ \t]{1,4})?net\s{1,3}(?:income|profit|earnings)"
            # Spanish and Portuguese: "Utilidad neta de $178 millones", "Lucro líquido de R$
            # 41,2 milhões", "la utilidad neta del trimestre fue de"
            r"|(?:utilidad\s{1,3}neta|beneficio\s{1,3}neto|lucro\s{1,3}l[íi]quido)"
            r"(?:[^.;]{0,40}?\s(?:fue|foi|ascendi[óo]\s{1,3}a|alcanz[óo]|totalizou|somou))?"
            r"\s{1,3}de"
            # French and German: "le résultat net part du Groupe progresse à", "Das
            # Konzernergebnis erhöhte sich auf 142,6 Mio. EUR"
            r"|(?:r[ée]sultat\s{1,3}net|b[ée]n[ée]fice\s{1,3}net|Konzernergebnis|Periodenergebnis"
            r"|Jahresüberschuss|Konzernjahresüberschuss|Nettogewinn|Reingewinn)"
            r"[^.;]{0,60}?\s(?:de|à|auf|von|erreichte|betrug|beträgt)"
        ),
        flow=True,
    ),
    MetricRule(
        "net_income",
        "money",
        after=None,
        # "reported a net loss of $4.8 million, compared with a net loss of $21.7 million"
        before=_before(
            r"net\s{1,3}loss(?:es)?[^.;]{0,40}?\s(?:of|amounted\s{1,3}to|was|totall?ing"
            r"|totall?ed|came\s{1,3}to|narrowed\s{1,3}to|widened\s{1,3}to)"
            # Italian: "perdita netta di 142,7 milioni di euro, rispetto alla perdita di 297,4"
            r"|perdita(?:\s{1,3}netta)?\s{1,3}(?:di|pari\s{1,3}a)"
            # "Loss for the quarter reduced to £25.3 million": the bottom line of a results table
            r"|loss\s{1,3}(?:for\s{1,3}the\s{1,3}(?:period|quarter|year|half(?:[- ]year)?)"
            # "Loss attributable to shareholders narrowed to HK$96.1 million": the owners' loss
            # (not a minority's)
            r"|attributable\s{1,3}to\s{1,3}(?:the\s{1,3})?(?:(?:ordinary\s{1,3})?share|stock"
            r"|equity\s{1,3})holders)"
            r"[^.;]{0,40}?\s(?:of|was|amounted\s{1,3}to|totall?ed|came\s{1,3}to"
            r"|(?:reduced|narrowed|widened|fell|decreased|increased|rose|grew)\s{1,3}to)"
            # Spanish: "la pérdida neta del ejercicio ascendió a 387,6 millones de euros"
            r"|p[ée]rdida\s{1,3}neta[^.;]{0,40}?\s(?:ascendi[óo]\s{1,3}a|fue\s{1,3}de"
            r"|se\s{1,3}situ[óo]\s{1,3}en|alcanz[óo](?:\s{1,3}los)?|de)"
            # "revenue was $177.2 million and the net loss $226.9 million": the verb said once
            r"|and\s{1,3}(?:its\s{1,3}|the\s{1,3})?net\s{1,3}loss(?:\s{1,3}to)?"
            # Portuguese: "contra prejuízo de R$ 12,7 milhões", "prejuízo líquido de"
            r"|preju[íi]zo(?:\s{1,3}l[íi]quido)?\s{1,3}de"
        ),
        flow=True,
        negative=True,
    ),
    MetricRule(
        "investment",
        "money",
        # "of which R$ 238,1 million were invested by Oi"
        # "the Ps. 164 million invested in 9M04": the amount the participle says was invested
        after=_after(r"(?:(?:were|was|has\s{1,3}been|have\s{1,3}been)\s{1,3})?invested"),
        before=_before(
            r"invest(?:ed|s|ing)|investments?\s{1,3}(?:of|totall?ing|amounting\s{1,3}to"
            # "Investments amounted to SEK 402 million", "Investments totalled SEK 1 517 million"
            r"|amounted\s{1,3}to|totall?ed|came\s{1,3}to|were|was)"
            # Italian: "investimenti per 58,3 milioni di euro"
            r"|investimenti\s{1,3}(?:per|di|pari\s{1,3}a)"
            # Spanish: "las inversiones del año sumaron 214,7 millones de euros"
            rf"|inversi(?:ones|[óo]n)[^.;]{{0,60}}?\s(?:{_LATIN_TOTALLED})"
            # "Investment in fixed assets ... totaled NIS 195 million", "Investments in the
            # mobile operation accounted for R$ 118,6 million"
            r"|investments?\s{1,3}in\s[^.;]{0,80}?\s(?:of|totall?ed|amounted\s{1,3}to|was|were"
            r"|accounted\s{1,3}for|came\s{1,3}to|reached)"
            r"|(?:capital\s{1,3}expenditures?|capex)[^.;]{0,40}?\s"
            r"(?:of|was|were|totall?ing|totall?ed|amounted\s{1,3}to|came\s{1,3}to|reached)"
            # "Capital expenditure: ZAR 212,7 million (ZAR 158,0 million)": a review's label
            r"|(?:capital\s{1,3}expenditures?|capex):"
            # French and German: "Les investissements de l'exercice se sont élevés à", "die
            # Investitionen beliefen sich auf"
            r"|(?:investissements|Investitionen)[^.;]{0,60}?\s(?:de|à|auf|von|betrugen|erreichten)"
        ),
        flow=True,
    ),
    MetricRule(
        "market_share",
        "percent",
        after=_after(
            # "a 72.4% share of the lines in service in Chile"
            r"(?:market\s{1,3}share|(?:market\s{1,3})?share\s{1,3}of\s{1,3}the[^.;%]{0,40}?\smarket"
            rf"|share\s{{1,3}}of\s{{1,3}}the\s{{1,3}}(?:{COUNT_NOUNS})"
            r"|of\s{1,3}the[^.;%]{0,40}?\smarket"
            # "held roughly 80% of the country's fixed lines": a share of a country's count
            r"|of\s{1,3}(?:the\s{1,3})?(?:country|nation)['\u2019]s\s{1,3}"
            rf"(?:(?P<segment>{SEGMENT_WORDS})\s{{1,3}})?(?:{COUNT_NOUNS})"
            # "58,3% de participação de mercado", "30% de cuota de mercado"
            rf"|de\s{{1,3}}(?:{LATIN_MARKET_SHARE})"
            # Italian: "detiene una quota del 9,4% del mercato della banda larga"
            r"|del\s{1,3}mercato"
            rf"(?:\s{{1,3}}(?:della|dello|del|dei)\s{{1,3}}(?:{SEGMENT_WORDS}))?)"
        ),
        before=_before(
            # "market share in Russia was approximately 36%", "share of the Belgian mobile
            # market reached 34,1 %"
            r"(?:market\s{1,3}share|share\s{1,3}of\s{1,3}the[^.;%]{0,40}?\smarket)[^.;%]{0,30}?\s"
            # "bringing its share of the Irish mobile market to approximately 60%"
            r"(?:of|was|is|reached|stood\s{1,3}at|amounted\s{1,3}to|(?:grew|rose)\s{1,3}to|to"
            # "estimated its share of the Dutch business telephony market at 6,5%"
            r"|estimated\s{1,3}at|at)"
            r"|market\s{1,3}share\s{1,3}(?:of|was|is|reached|stood\s{1,3}at|at)"
            # French and German: "une part de marché de 29 %", "einen Marktanteil von 38,2 %",
            # "schätzt ihren Marktanteil auf 51 %"
            r"|(?:part\s{1,3}de\s{1,3}march[ée]|Marktanteils?)[^.;%]{0,30}?\s(?:de|à|est|von|auf|bei)"
            # "estimates its share of New Zealand mobile connections at around 47%"
            # "Its share of Canada's wireless subscribers stood at approximately 9%"
            r"|share\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:[\w'\u2019-]{1,20}\s{1,3}){0,3}?"
            rf"(?:(?P<segment>{SEGMENT_WORDS})\s{{1,3}})?(?:customers|subscribers|connections"
            # "its share of fixed lines in service in Peru at approximately 96%"; "its share
            # of outgoing international traffic was 51.2%": a carrier's share of the minutes
            r"|subscriptions|lines|traffic|minutes)(?:\s{1,3}in\s{1,3}service)?"
            r"(?:\s{1,3}in\s{1,3}(?-i:[A-Z][\w-]{1,20}))?"
            # "its share of intraregional traffic remained stable at 85,2%"
            r"\s{1,3}(?:at|was|is|of|stood\s{1,3}at|reached"
            r"|remained(?:\s{1,3}(?:stable|steady|unchanged))?\s{1,3}at)"
            # "a participação de mercado da Nordtel em sua área era de 41,2%", "su
            # participación de mercado alcanzó el 30%"
            rf"|(?:{LATIN_MARKET_SHARE})[^.;%]{{0,60}}?\s"
            r"(?:(?:era|é|foi|es|fue|alcan[çc]ou|alcanz[óo]|atingiu|chegou\s{1,3}a|lleg[óo]\s{1,3}a)"
            r"(?:\s{1,3}(?:de|del|el|a))?|de|del"
            # "AXTEL estima su participación en el mercado ... en alrededor de 28%"
            r"|en)"
        ),
    ),
    # "Cosmote remains the market leader with an estimated 38.5% of subscribers": an operator
    # with, holding or having a part of all subscribers holds that share of the market (not
    # "37% of customers are on contract", a mix of its own base).
    MetricRule(
        "market_share",
        "percent",
        after=_after(
            # "holds approximately 64% of the broadband connections in its area"
            # "it served about 23% of Egypt's ADSL subscribers": a country's
            r"of\s{1,3}(?:all\s{1,3}|the\s{1,3})?(?:(?-i:[A-Z])[\w-]{1,20}['\u2019]s\s{1,3})?"
            rf"(?:(?P<segment>{SEGMENT_WORDS})\s{{1,3}})?"
            r"(?:subscribers|customers|subscriptions|connections)"
        ),
        requires=re.compile(
            r"(?<![\w-])(?:with|holds?|held|has|had|serve[sd]?)[ \t\r\n]{1,3}"
            r"(?:an?[ \t\r\n]{1,3})?"
            r"(?:(?:estimated|approximately|about|some|around)[ \t\r\n]{1,3})?$",
            _F,
        ),
    ),
    # "Chilesat carried 18.3% of outgoing international minutes and 11.7% of domestic long
    # distance minutes during 1Q99": the part of a country's calls a carrier carries is its
    # share of that (long distance) market over a period.
    MetricRule(
        "market_share",
        "percent",
        after=_after(
            r"of\s{1,3}(?:all\s{1,3}|the\s{1,3})?"
            # "about 71% of Canada's overseas traffic": a country's calls
            r"(?:(?-i:[A-Z])[\w-]{1,20}['\u2019]s\s{1,3})?"
            # "about 70% of business call minutes"
            r"(?:(?:outgoing|incoming|international|overseas|domestic|national"
            r"|long[\s-]{1,3}distance|business\s{1,3}call)\s{1,3}){1,4}(?:minutes|traffic)"
        ),
        requires=re.compile(r"(?<![\w-])(?:carried|carries|carry|handled|handles)(?![\w-])", _F),
        flow=True,
    ),
    MetricRule(
        "population_coverage",
        "percent",
        # "of the population", "of the Israeli population", "of Israel's population"
        after=_after(
            r"of\s{1,3}(?:the\s{1,3})?(?:[A-Za-z]+(?:['\u2019]s)?\s{1,3}){0,2}population"
            # "84,6% da população", "el 90% de la población"
            r"|d[ae]\s{1,3}(?:la\s{1,3}|sua\s{1,3}|su\s{1,3})?(?:popula[çc][ãa]o|poblaci[óo]n|population)"
            # German: "versorgt 99 % der Bevölkerung"
            r"|der\s{1,3}Bevölkerung"
        ),
        before=_before(r"population\s{1,3}coverage\s{1,3}(?:of|is|was|reached)"),
    ),
    # "Our wireless network now reaches 38 per cent of Western Australians": a network that
    # reaches or covers a part of a people covers that part of the population.
    MetricRule(
        "population_coverage",
        "percent",
        after=_after(
            r"of\s{1,3}(?:all\s{1,3})?(?:(?-i:[A-Z])[a-z]{1,20}\s{1,3})?"
            r"(?-i:[A-Z])[a-z]{1,20}(?:ians|ans|ers|ese|ns|is)"
        ),
        requires=re.compile(r"(?<![\w-])(?:reach|cover)(?:es|ed|s|ing)?(?![\w-])", _F),
    ),
    MetricRule(
        "territory_coverage",
        "percent",
        after=_after(
            # "47% of the state's territory"
            r"of\s{1,3}(?:the\s{1,3})?(?:[A-Za-z]+(?:['\u2019]s)?\s{1,3}){0,2}"
            r"(?:territory|land\s{1,3}(?:area|mass)|geographic(?:al)?\s{1,3}area)"
            r"|of\s{1,3}(?:the\s{1,3})?[A-Za-z ]{0,30}?\sby\s{1,3}(?:land\s{1,3})?area"
        ),
        before=_before(r"(?:geographic|territorial|land)\s{1,3}coverage\s{1,3}(?:of|is|was)"),
    ),
    MetricRule(
        "data_revenue_share",
        "percent",
        # "represented 31.4% of net revenue"
        after=_after(
            # "accounted for 38,5% of the group's revenue"
            r"of\s{1,3}(?:the\s{1,3}(?:group|company)['\u2019]s\s{1,3})?"
            r"(?:total\s{1,3}|group\s{1,3}|net\s{1,3})?(?:service\s{1,3})?revenues?"
            # French: "ont représenté 9,4 % du chiffre d'affaires du Groupe"
            r"|du\s{1,3}chiffre\s{1,3}d['\u2019]affaires"
        ),
        before=_before(
            r"(?:proportion|share|percentage)\s{1,3}of\s{1,3}(?:service\s{1,3})?revenues?"
            r"\s{1,3}(?:generated\s{1,3})?(?:by|from)\s{1,3}data[^.;]{0,60}?\s(?:is|was|of|at)"
            r"|data\s{1,3}(?:revenues?\s{1,3})?(?:represented|accounted\s{1,3}for|share\s{1,3}of)"
        ),
        requires=re.compile(r"\bdata\b|\bdonnées\b|\bDaten", _F),
        flow=True,
    ),
    MetricRule(
        "network_coverage",
        "percent",
        before=_before(r"coverage\s{1,3}(?:of|is|was|reached)"),
    ),
)

# A figure the sentence plans or forecasts ("expects capital expenditures of approximately
# US$3.0 billion", "will invest NZ$80 million") is no fact yet.
FORECAST = re.compile(
    r"(?<![\w-])(?:expects?|expected|anticipates?|will|plans?|planned|plans\s{1,3}to"
    r"|forecasts?|intend(?:s|ed)?|aims?|targets?|guidance|budget(?:ed|s)?|projected"
    # Portuguese and Spanish: "deverão somar", "prevé alcanzar", "espera atingir"
    r"|dever[áa]|dever[ãa]o|deber[áa]n?|espera[mn]?|prev[êé]|pretende[mn]?|planeja|planea"
    # "mantém a meta de encerrar 2006 com 700 mil assinantes", "su objetivo es"
    r"|metas?|objetivos?"
    # "We are confident of passing 170,000 customers by 30 June"
    r"|confident"
    # French and German: "le Groupe prévoit d'investir", "Nous visons 10 millions", "erwarten
    # wir Umsatzerlöse von rund 2,4 Mrd. EUR"
    r"|pr[ée]voit|pr[ée]voyons|visons|vise|objectif|erwarten|erwartet|Prognose|planen)(?![\w-])",
    _F,
)
# "The Company estimates its market share at 63%", "estimated its share of the market at
# 6,5%": a figure its clause's subject says it estimates is approximate. Not the adjective
# ("Turkcell's estimated market share was 64%") nor the passive ("was estimated at 32%"),
# which state the figure.
ESTIMATED = re.compile(
    r"(?<![\w-])(?:estimates?|estimated|estimating)[ \t\r\n]{1,3}(?:its|their|our|that)(?![\w-])"
    # "a empresa estima sua participação", "la compañía estima su cuota"
    r"|(?<![\w-])estima[mn]?[ \t\r\n]{1,3}(?:sua|su|que)(?![\w-])"
    # "Jadran GSM schätzt ihren Marktanteil auf 51 %", "estime sa part de marché"
    r"|(?<![\w-])(?:schätzt|schätzen)[ \t\r\n]{1,3}(?:ihren|seinen|den)(?![\w-])"
    r"|(?<![\w-])estime(?:nt)?[ \t\r\n]{1,3}(?:sa|que|qu['\u2019])(?![\w-])",
    _F,
)
# A section headed by a business line or a topic ("Mobile", "Fixed Line", "Revenue",
# "Financial Results") is about the release's subject, not about an operator so named.
_TOPIC = (
    rf"{SEGMENT_WORDS}|revenues?|results|financial|highlights|outlook|personnel|employees"
    r"|operations|operating|network|services|telephony|data|communications?|subscribers"
    r"|customers|group|key|figures|summary"
)
TOPIC_HEADING = re.compile(
    rf"[ \t]{{0,8}}(?:{_TOPIC})"
    rf"(?:[ \t]{{1,3}}(?:and[ \t]{{1,3}}|&[ \t]{{1,3}})?(?:{_TOPIC})){{0,4}}"
    r"[ \t:]{0,3}",
    _F,
)
# A figure in a sentence that, up to the figure, talks about these is not an operator's own:
# alliance-wide totals, market penetration, surveys and brand research.
NOT_OPERATOR_FIGURE = re.compile(
    r"\balliance\b|\bpenetration\b|\bp[ée]n[ée]tration\b|\bPenetrationsrate\b|\bpenetraci[óo]n\b|\bpenetra[çc][ãa]o\b|\bsurvey\b|\bresearch\b|\bawareness\b|\bpoll\b"
    r"|\bmarket\s{1,3}(?:grew|growth|size|counted|numbered|comprised)\b|\bmarket['\u2019]s\b"
    # "competitors now hold approximately 31% of the market": what rivals hold together
    r"|(?<![\w-])(?:competitors|rivals|new\s{1,3}entrants|other\s{1,3}(?:licensed\s{1,3})?"
    r"(?:operators|carriers))(?:\s{1,3}(?:now|together|combined))?\s{1,3}"
    r"(?:hold|held|have|had|carry|carried|account\s{1,3}for|accounted\s{1,3}for)\s{1,3}$"
    # "estimates the whole Argentine broadband market at some 720,000 connections": a
    # market's size (not "estimates its share of the market at")
    r"|(?<![\w-])(?:estimates?|estimated|puts?|sizes?|sized)\s{1,3}the\s{1,3}"
    r"(?:(?!share)[\w-]{1,20}\s{1,3}){0,4}market\s{1,3}at\s{1,3}$",
    _F,
)

# "The regulator counted 2.9 million mobile lines in the State", "reported 34.4 million mobile
# subscribers in the country": a count someone counted or reported of a whole country, state
# or market is the market's size, no operator's (the verb right before the count, the place
# within a few words after it).
MARKET_COUNTED = re.compile(
    r"(?<![\w-])(?:counted|reported|registered|recorded|estimated|numbered|put)"
    r"(?:[ \t\r\n]{1,3}(?:a[ \t\r\n]{1,3}total[ \t\r\n]{1,3}of|some|about|around"
    r"|approximately|nearly|almost|over|more[ \t\r\n]{1,3}than))?[ \t\r\n]{1,3}$",
    _F,
)
MARKET_PLACE_AFTER = re.compile(
    r"(?:[ \t\r\n]{1,3}[\w-]{1,20}){0,4}?[ \t\r\n]{1,3}(?:in|across)[ \t\r\n]{1,3}the"
    r"[ \t\r\n]{1,3}(?:whole[ \t\r\n]{1,3})?(?:country|state|nation|province|territory"
    r"|market)(?![\w-])",
    _F,
)

# An amount per unit ("RMB 87 per month", "HK$0.20 per share") is a rate or a price, no total.
PER_UNIT = re.compile(
    r"[ \t\r\n]{0,3}(?:per|a|each)[ \t\r\n]{1,3}(?:month|year|user|subscriber|customer"
    r"|share|minute|unit|line)s?(?![\w-])"
    # "$21.7 million a year earlier" is a figure of a year before, no price per year
    r"(?![ \t\r\n]{1,3}(?:earlier|ago|before|previously)(?![\w-]))",
    _F,
)
# "added some 7 million mobile subscribers a month": a count by the month, week or day is a
# pace, no total of a period ("a month earlier" is a date).
COUNT_PACE = re.compile(
    r"(?:[ \t\r\n]{1,3}[\w-]{1,20}){0,3}?[ \t\r\n]{1,3}(?:a|per|each|every)[ \t\r\n]{1,3}"
    r"(?:month|week|day)(?![\w-])"
    r"(?![ \t\r\n]{1,3}(?:earlier|ago|before|previously|later)(?![\w-]))",
    _F,
)
# "traffic of the Company's subscribers grew by 9.6% to 1,583.4 million minutes": a count of
# minutes, calls or messages is traffic, no count of customers, staff or sites.
TRAFFIC_UNIT_AFTER = re.compile(
    r"[ \t\r\n]{1,3}(?:(?:[\w-]{1,20}[ \t\r\n]{1,3}){0,2}?(?:minutes|calls|messages|SMS"
    r"|MMS|texts)|(?:kilo|mega|giga|tera)?bytes|[KMGT]B|hours)(?![\w-])",
    _F,
)
# "average monthly revenue per user (ARPU) was KRW 41,920": the words before an amount say
# it is per unit (searched in the figure's clause).
PER_UNIT_BEFORE = re.compile(
    r"(?<![\w-])(?:per[ \t\r\n]{1,3}(?:user|subscriber|customer|unit|line|account)s?"
    r"|ARPU|ARPA|AMPU)(?![\w-])",
    _F,
)

# A count whose subject is a market or a country is the whole market's, nobody's own:
# "Israel now has more than 7.7 million mobile subscribers", "the Portuguese mobile market
# had 10,9 million customers". (A name that is part of an operator's is no such subject.)
MARKET_VERB = re.compile(
    # "the industry as a whole served approximately 14.5 million subscribers"
    r"(?<![\w-])(?:(?:now|already|alone|overall"
    r"|as[ \t\r\n]{1,3}a[ \t\r\n]{1,3}whole)[ \t\r\n]{1,3})?"
    r"(?:has|had|have|reached|exceeded|surpassed|passed|counted|numbered|comprised|totall?ed"
    r"|served|serves"
    # "Brazil closed September 2004 with 59.6 million mobile lines"
    r"|closed|ended"
    r"|stood[ \t\r\n]{1,3}at|(?:grew|rose|increased)[ \t\r\n]{1,3}to)(?![\w-])",
    _F,
)
# "According to the GSM Association, ...", "Segundo a ABTA, o Brasil tinha ...": a sentence
# that opens on its source gives that source's statistics; a count in it that no operator
# named before it owns is the market's.
SOURCE_OPENING = re.compile(
    r"[ \t\r\n\"']{0,8}(?:according[ \t\r\n]{1,3}to|segundo|seg[úu]n"
    r"|de[ \t\r\n]{1,3}acuerdo[ \t\r\n]{1,3}con)(?![\w-])",
    _F,
)
# The subject's last word(s) before that verb: these, or a country's name (catalog.COUNTRIES).
# A region of a country is a market too: "the two states had 2.4 million mobile lines".
MARKET_WORDS = frozenset({"market", "country", "industry", "sector"})
MARKET_WORDS |= {"state", "states", "region", "regions", "province", "provinces"}
# A continent or a world region is a market of many countries: "South Asia", "Latin America",
# "Central and Eastern Europe" (an operator named before the figure still owns it).
MARKET_WORDS |= {"asia", "europe", "africa", "america", "americas", "middle east", "world"}
MARKET_WORDS |= {"asia-pacific", "asia pacific", "caribbean", "balkans", "scandinavia"}
MARKET_SUBJECT_KINDS = frozenset({"count"})
# "there were 6.32 million mobile subscribers in Hong Kong": a count a sentence says exists
# in a country (EXISTENTIAL before the figure, the place after its noun) is the market's.
EXISTENTIAL = re.compile(
    r"(?<![\w-])there[ \t\r\n]{1,3}(?:were|are|was|is)[ \t\r\n]{1,3}"
    r"(?:(?:approximately|about|some|around|over|nearly|almost|more[ \t\r\n]{1,3}than)"
    r"[ \t\r\n]{1,3})?$",
    _F,
)
EXISTENTIAL_PLACE = re.compile(
    r"[ \t\r\n]{1,3}in[ \t\r\n]{1,3}(?P<place>(?-i:[A-Z][\w.'-]{1,20})"
    r"(?:[ \t]{1,3}(?-i:[A-Z][\w.'-]{1,20}))?)",
    _F,
)

# A figure of several operators together ("Azercell, Geocell and Kcell together served 6.2
# million") is nobody's own: these words anywhere in a sentence naming two or more.
COMBINED_FIGURE = re.compile(
    # "with a combined population of about 40 million" combines no operators' figures
    r"(?<![\w-])(?:together|combined(?![ \t\r\n]{1,3}(?:population|area|territory|market))"
    r"|altogether|in[ \t\r\n]{1,3}(?:total|aggregate)"
    r"|between[ \t\r\n]{1,3}them)(?![\w-])",
    _F,
)

# A sentence about a subsidiary or affiliate the catalog does not know ("Astelit, our
# subsidiary in Ukraine, had ...", "our affiliate Kcell has ...") is not about the release's
# default subject: its figures have no operator to go to.
UNNAMED_SUBSIDIARY = re.compile(
    # "The Company and its subsidiaries had 3,812 employees": the whole group, not one of them
    r"(?<![\w-])(?<!and[ \t])(?:our|its|their|the[ \t\r\n]{1,3}(?:Group|Company)['\u2019]s)"
    r"(?:[ \t\r\n]{1,3}[\w-]{1,20}){0,2}?[ \t\r\n]{1,3}"
    r"(?:subsidiary|subsidiaries|affiliate|affiliates|associate|joint[ \t\r\n]{1,3}venture)"
    r"(?![\w-])",
    _F,
)
# "Telstra's wholly owned subsidiary CSL", "KPN's German subsidiary, E-Plus,": between an
# owner's possessive and the next name; the subsidiary named is the subject, not its owner.
OWNED_SUBSIDIARY = re.compile(
    r"['\u2019]s(?:[ \t\r\n]{1,3}[\w-]{1,20}){0,3}?[ \t\r\n]{1,3}"
    r"(?:subsidiary|affiliate|unit|arm|operator|venture)[ \t\r\n]{0,3},?[ \t\r\n]{0,3}",
    _F,
)

# A count of pay television ("basic cable subscribers increased by 7,366", "the country's
# largest cable television operator, with 1.46 million subscribers", "its pay TV arm ended
# June with 752,000 subscribers", "its direct-to-home satellite service"): a business the
# vocabulary has no segment for, so no count of customers (a segment word, as in "cable
# networks served 92,400 Internet subscribers", says whose business the count is).
PAY_TV = re.compile(
    r"(?<![\w-])(?:pay[- ]?(?:tv|television)|cable[ \t\r\n]{1,3}(?:television|tv|networks?)"
    r"|basic[ \t\r\n]{1,3}cable|digital[ \t\r\n]{1,3}(?:cable|television|tv)"
    r"|DTH|direct-to-home|satellite[ \t\r\n]{1,3}(?:television|tv))(?![\w-])",
    _F,
)
PAY_TV_RULES = frozenset({"customers", "net_additions"})

# "430,000 customers already use T Login", "1.5 million customers are using its music
# service": the users of a service, not the operator's customers.
# "3.5m registered users of its partners' ISP services": the partners' customers.
SERVICE_USERS = re.compile(
    r"[ \t\r\n]{1,3}(?:(?:now|already|currently|regularly|are|were)[ \t\r\n]{1,3}){0,2}"
    r"(?:use|using|used|access|accessing)(?![\w-])"
    r"|[ \t\r\n]{1,3}of[ \t\r\n]{1,3}(?:its|their|the)[ \t\r\n]{1,3}(?:[\w-]{1,20}[ \t\r\n]{1,3})?"
    r"partners['\u2019]",
    _F,
)

# "Korea's three mobile operators together served 40.07 million": no operator's own either.
# "Vodacom's operations in Tanzania, ... and Mozambique had 4.3 million customers between them".
OPERATORS_PLURAL = re.compile(
    r"(?<![\w-])(?:operators|carriers|operations|subsidiaries|affiliates|members|partners"
    r"|companies)(?![\w-])",
    _F,
)

# "Tigo El Salvador and Tigo Honduras had 1.4 million and 1.1 million customers
# respectively": a list of figures matched, in order, with the list of operators before it.
RESPECTIVELY = re.compile(r"(?<![\w-])respectively(?![\w-])", _F)
LIST_JOIN = re.compile(
    r"[ \t\r\n]{0,3}(?:,[ \t\r\n]{0,3}(?:and[ \t\r\n]{1,3})?|and[ \t\r\n]{1,3})", _F
)

# ... when it opens the sentence: after at most this many words ("Astelit," "In Estonia,").
UNNAMED_SUBSIDIARY_REACH = 5

# A sentence whose subject is a country's network ("The UK network reaches ...", "Our German
# operations had ...") speaks of the operator in that country, not of the group.
COUNTRY_SUBJECT = re.compile(
    r"[ \t\r\n\"']{0,8}(?i:the|our|its|their)[ \t\r\n]{1,3}"
    r"(?P<country>[A-Z][\w.'-]{1,20}(?:[ \t]{1,3}[A-Z][\w.'-]{1,20})?)[ \t\r\n]{1,3}"
    r"(?i:(?:mobile|cellular|wireless|GSM|UMTS|3G)[ \t\r\n]{1,3})?"
    r"(?i:networks?|operations?|business|subsidiary|operator)(?![\w-])"
)

# "In Sweden, Tele2 and Comviq together held 33 percent": a group named in a sentence that
# opens on a country speaks of its operator there.
COUNTRY_OPENING = re.compile(
    r"[ \t\r\n\"']{0,8}In[ \t\r\n]{1,3}"
    r"(?P<country>(?:the[ \t]{1,3})?[A-Z][\w.'-]{1,20}(?:[ \t]{1,3}[A-Z][\w.'-]{1,20})?)"
    r"[ \t]{0,3},"
)

# "The Group employed 14,500 people": the release's group, whichever section it stands in.
GROUP_OPENING = re.compile(
    r"[ \t\r\n\"']{0,8}(?:the|our)[ \t\r\n]{1,3}(?:Group|Company)(?:['\u2019]s)?(?![\w-])", _F
)

# A relative clause ("…, in which TeliaSonera holds 37.1 percent, passed …") says nothing of
# whose the main clause's figure is.
RELATIVE_CLAUSE = re.compile(
    r"[ \t\r\n]{0,3}(?:(?:in|of|through|under)[ \t\r\n]{1,3})?(?:which|where|whose|who)(?![\w-])",
    _F,
)

# A percentage in apposition to one of these ("770,000 net adds, 42% of the market") is that
# flow's share, not the operator's market share.
APPOSITION_SHARES_OF = frozenset({"net_additions"})
APPOSITION = re.compile(r"[ \t\r\n]{0,3},[ \t\r\n]{0,3}(?:i\.e\.\s{1,3}|or\s{1,3})?$")

# "SEK 20,378 million (20,076)", "34.9 percent (32.4)", "26,694 (26,952 at December 31,
# 2003)": a bare number in brackets right after a figure is the same figure at an earlier
# date, in its unit and scale. Written within this factor of the figure (a footnote mark
# "(1)" is no such figure).
# A space in the words between a figure and its bracket: a line break may indent the next.
_BRACKET_SPACE = r"(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,16})"
BRACKETED_BEFORE = re.compile(
    # "26,694 at June 30, 2004 (26,952 at ...)": the figure's own date may come between,
    # in words or in digits ("6.712 employees as of 30.06.2005 (31.12.2004: 6.895)")
    # "employed 2'146 people (2'088)": the staff's noun first
    r"(?:[ \t\r\n]{1,3}(?:people|persons|staff))?"
    # German puts the verb last: "Umsatzerlöse um 9,6 % auf 1.183,4 Mio. EUR gesteigert (1.
    # Hj. 2004: 1.079,7 Mio. EUR)", "gewann sie netto 287.900 Kunden hinzu (1. Hj. 2004:
    # 231.600)": the noun, the particle and the participle may stand before the bracket
    r"(?:[ \t\r\n]{1,3}(?:Kunden|Mitarbeiter|Teilnehmer))?(?:[ \t\r\n]{1,3}hinzu)?"
    r"(?:[ \t\r\n]{1,3}(?:ge[a-zäöü]{2,16}(?:t|en)|erhöht|erreicht|erzielt|erwirtschaftet"
    r"|verbessert|verringert))?"
    # French "au 31 décembre 2007", German "zum 31. Dezember 2007"
    r"(?:[ \t\r\n]{1,3}(?:at|on|as[ \t]{1,3}of|au|zum)(?:(?:[ \t\r\n]{1,3}[\w.,]{1,12}){1,3}"
    r"[ \t\r\n]{1,3}(?:19|20)\d\d|[ \t\r\n]{1,3}\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d"
    # "268'900 fixed telephone lines at year-end (281'200)"
    r"|[ \t\r\n]{1,3}(?:the[ \t\r\n]{1,3})?(?:year[- ]end|end[ \t\r\n]{1,3}of[ \t\r\n]{1,3}"
    r"the[ \t\r\n]{1,3}(?:year|quarter|period)))"
    # or its own period ("R$ 612,7 million in 2Q05 (2Q04: ...)", "... in the quarter (...)",
    # "in January-September 2005")
    rf"|{_BRACKET_SPACE}in{_BRACKET_SPACE}(?:the[ \t\r\n]{{1,3}}(?:quarter|period|half|year)"
    r"|[1-4]Q\d\d|Q[1-4][ \t]?(?:19|20)?\d\d|(?:19|20)\d\d"
    r"|[A-Za-z]{3,9}[ \t]{0,2}[-\u2013][ \t]{0,2}[A-Za-z]{3,9},?[ \t]{1,3}(?:19|20)\d\d))?"
    # then its change against the bracketed figure's date: "9,8% above 2Q04 (R$ 3.935,8 ...)",
    # "an increase of 2.3% over the first half of 2005 (RMB ...)", "15,3% more than in the
    # same period of 2004 (EUR ...)", "26,1% higher than a year earlier (EUR ...)"
    rf"(?:[ \t]{{0,3}},{_BRACKET_SPACE}(?:(?:up|down){_BRACKET_SPACE}"
    rf"|an?{_BRACKET_SPACE}(?:increase|decrease|rise|decline|growth|drop){_BRACKET_SPACE}of"
    rf"{_BRACKET_SPACE})?"
    r"\d{1,3}(?:[.,]\d{1,2})?[ \t]?"
    rf"(?:%|percent|per[ \t]cent){_BRACKET_SPACE}(?:above|below|over|on|from|versus|vs\."
    rf"|against|compared{_BRACKET_SPACE}(?:with|to)|(?:more|less|higher|lower){_BRACKET_SPACE}than)"
    rf"(?:{_BRACKET_SPACE}[\w'-]{{1,12}}){{1,6}})?"
    # "(9M04: Rp 24.923,5 billion)": a short label of the earlier date may open the bracket,
    # a span written out too ("(six months to 30 September 1999: IR£1,052 million)"), its
    # words wrapped onto the next line
    # "NOK 4,512.3 mill. (1998: ...)": the point of the figure's abbreviated scale
    r"(?:(?<=mill)\.)?"
    r"[ \t]{0,3}(?:\r?\n[ \t]{0,16})?\("
    # "(H1 99/00: GBP279.4m)": a split financial year in the label
    r"(?:[\w' ./-]{1,40}(?:\r?\n[ \t]{0,16}[\w' ./-]{1,20})?:"
    r"[ \t]{0,3}(?:\r?\n[ \t]{0,16})?)?"
    # "Profit for the period of US$9.4 million (Q1 2004: loss of US$3.2 million)": the earlier
    # result may be said to be of the other sign (BRACKETED_SIGN)
    r"(?:(?P<sign>(?:net[ \t]{1,3})?(?:loss|profit))[ \t]{1,3}of[ \t]{1,3})?"
    # "net loss was SEK -612 million (-548)": a signed earlier figure
    r"(?P<minus>[-\u2212])?"
)
# Its own date or period may follow the bracketed figure, on the next line too ("(449,2
# milioni di euro\n    nel primo semestre 2002)": Italian "nel", in the).
# "(1,512 a year earlier)", "(1 512 un an plus tôt)", "(1.512 ein Jahr zuvor)": the bracket
# may say how much earlier in words (French sets them apart with no-break spaces).
_WORD_SPACE = "(?:[ \t\u00a0]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,16})"
BRACKETED_AFTER = re.compile(
    rf"(?:(?<=mill)\.)?\)|{_BRACKET_SPACE}(?:at|on|in|nel|as[ \t]{{1,3}}of)[ \t]"
    rf"|{_WORD_SPACE}(?:a{_WORD_SPACE}year{_WORD_SPACE}(?:earlier|before|ago)"
    rf"|un{_WORD_SPACE}an{_WORD_SPACE}(?:plus{_WORD_SPACE}t[ôo]t|auparavant)"
    rf"|ein{_WORD_SPACE}Jahr{_WORD_SPACE}(?:zuvor|fr[üu]her)|im{_WORD_SPACE}Vorjahr)\)",
    _F,
)
BRACKETED_RATIO = 5

# "412.000 net new customers, of which 298.000 contract customers": a part of the previous flow.
BREAKDOWN = re.compile(
    r"[ \t\r\n]{0,3},?[ \t\r\n]{0,3}(?:of[ \t\r\n]{1,3}which"
    # Portuguese and Spanish: "3.012.458 clientes, dos quais 512.304 na ...", "de los cuales"
    r"|d[oa]s[ \t\r\n]{1,3}quais|de[ \t\r\n]{1,3}l[oa]s[ \t\r\n]{1,3}cuales)[ \t\r\n]{1,3}$",
    _F,
)
# "8,917 employees, including 1,104 at Vésper": a part of a stock, before the operator that
# holds it (PART_OWNER).
PART_OF = re.compile(
    r"[ \t\r\n]{0,3},?[ \t\r\n]{0,3}(?:of[ \t\r\n]{1,3}which|including|incluindo|incluyendo"
    r"|d[oa]s[ \t\r\n]{1,3}quais|de[ \t\r\n]{1,3}l[oa]s[ \t\r\n]{1,3}cuales)[ \t\r\n]{1,3}$",
    _F,
)
# "3.012.458 clients, of which 512.304 at NBT, its subsidiary": the part of a count that the
# operator named right after it holds ("na NBT", "en Movilnet"): the words before that name.
# "3,486 thousand clients, 2,917 thousand of them at Telerj": the words after the part may say
# it is one (the group "them"); the part's own figure then needs no "of which" before it.
PART_OWNER = re.compile(
    r"[ \t\r\n]{1,3}(?P<them>of[ \t\r\n]{1,3}(?:them|these|those)[ \t\r\n]{1,3})?"
    r"(?:at|in|na|no|en)[ \t\r\n]{1,3}(?:the[ \t\r\n]{1,3}|a[ \t\r\n]{1,3})?",
    _F,
)
# "2,312,000 customers, 864,000 of them on contract plans": a part of a count that a business
# line holds, said right after the part.
# "..., of which 1,110,000 were ready-to-go (prepaid) customers and 530,000 were contract
# customers": a part that is said to be of a business line's customers (a brand word may come
# first, the business in brackets).
SEGMENT_PART = re.compile(
    r"[ \t\r\n]{1,3}of[ \t\r\n]{1,3}(?:them|these|those)[ \t\r\n]{1,3}"
    r"(?:(?:are|were)[ \t\r\n]{1,3})?"
    rf"(?:on[ \t\r\n]{{1,3}})?(?P<segment>{SEGMENT_WORDS})(?![\w-])"
    rf"|{_BRACKET_SPACE}(?:are|were){_BRACKET_SPACE}(?:[\w-]{{1,20}}{_BRACKET_SPACE})?"
    rf"(?P<bracketed>\()?(?P<segment2>{SEGMENT_WORDS})(?(bracketed)\)){_BRACKET_SPACE}"
    r"(?:customers|subscribers|clients|users|connections|lines)(?![\w-])",
    _F,
)
# "..., 2,917 thousand of them at Telerj and 569 thousand at Telest": the next item of a list
# of parts, after the previous part and its operator's words.
PART_NEXT = re.compile(r"(?:,|;|\band)[ \t\r\n]{1,3}$", _F)
# "6,802 thousand clients, 4,918 thousand at Movilnet": a part right after its whole.
PART_FIRST = re.compile(r"[ \t\r\n]{0,3}[,:][ \t\r\n]{1,3}", _F)

# "... 26.2 million customers, and Vodafone Italy with 24.8 million": the count noun is implied.
ELLIPTICAL_COUNT = re.compile(
    r"(?<![\w-])(?:with|to[ \t\r\n]{1,3}(?:reach|total)|reaching)[ \t\r\n]{1,3}$", _F
)
ELLIPSIS_AFTER = frozenset({"customers", "net_additions", "employees"})
# "KTF had 12,912,000 subscribers and LG Telecom 7,034,000": the next name, then its figure;
# "served 6.1 million customers: Pannon GSM 4.1 million, ...": a list after a colon.
ELLIPTICAL_NAME = re.compile(
    r"(?:,|:|and|,[ \t\r\n]{1,3}and|while|whereas)[ \t\r\n]{1,3}"
    r"(?-i:[A-Z][\w&'.-]{0,20}(?:[ \t]{1,3}[A-Z][\w&'.-]{0,20}){0,3})[ \t\r\n]{1,3}$",
    _F,
)
ELLIPTICAL_REACH = 60

# "6.4 million subscribers at 30 September 2004, up from 3.7 million a year earlier": the
# figure compared with is the same metric of the same operator, earlier.
COMPARED = re.compile(
    r"(?<![\w-])(?:(?:up|down|rising|falling|increas(?:ed|ing)|grew|grown"
    # "a 5.4% increase from NIS 1,534 million", "up 31% from $238.5 million"
    r"|increase|decrease|rise|decline|growth)"
    r"(?:[ \t\r\n]{1,3}(?:by[ \t\r\n]{1,3})?\d{1,3}(?:[.,]\d{1,2})?[ \t]?"
    r"(?:%|percent|per[ \t]cent))?"
    # "up 3.5% on the £299.8 million of the third quarter of 2003"
    r"[ \t\r\n]{1,3}(?:from|on(?:[ \t\r\n]{1,3}the)?)"
    r"|compared[ \t\r\n]{1,3}(?:with|to)|against|versus|vs\."
    # "rose to 5.4% at the end of September from 4.7% a year earlier"
    r"|(?<=\s)from"
    # "2.1% lower than the Ch$ 653,877 million of 2003"
    r"|(?:lower|higher|below|above)[ \t\r\n]{1,3}than(?:[ \t\r\n]{1,3}the)?"
    # Spanish: "un 90,6 % más que los 97,8 millones de euros del año 2000", "frente a los"
    r"|(?:m[áa]s|menos)[ \t\r\n]{1,3}que(?:[ \t\r\n]{1,3}(?:l[oa]s?|el))?"
    r"|frente[ \t\r\n]{1,3}(?:a(?:[ \t\r\n]{1,3}l[oa]s?)?|al)"
    # "Utilidad neta de $178 millones, contra $96 millones en el 2T06"
    r"|contra(?:[ \t\r\n]{1,3}(?:l[oa]s?|el|os|as|o|a))?"
    # French and German: "contre 348,8 milliards de FCFA en 2006", "nach 98,1 Mio. EUR im
    # Vorjahreszeitraum", "gegenüber 1.079,7 Mio. EUR"
    r"|contre|nach|gegenüber)"
    # "a profit of HK$81.5 million, against a loss of HK$26.4 million a year earlier": the
    # earlier figure's own word says on which side of zero it is.
    r"(?:[ \t\r\n]{1,3}an?[ \t\r\n]{1,3}(?:net[ \t\r\n]{1,3})?(?P<sign>loss|profit)"
    r"[ \t\r\n]{1,3}of)?"
    # "up from\n    290 thousand": the figure may open the next, indented line
    r"(?:[ \t\r\n]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,16})$",
    _F,
)
# How far after the previous figure's words the comparison may come.
COMPARED_REACH = 80
# A compared figure at a date ("compared with 16.291.000 at the end of 2004") is a stock's.
STOCK_DATE_AFTER = re.compile(r"[ \t\r\n]{1,3}(?:at|as[ \t]{1,3}of)(?![\w-])", _F)
# "... 3.7 million a quarter earlier", "... in the previous quarter": a quarter earlier; any
# other comparison without a date of its own is a year earlier.
QUARTER_EARLIER = re.compile(
    r"[ \t\r\n]{1,3}(?:a[ \t\r\n]{1,3}quarter[ \t\r\n]{1,3}(?:earlier|ago|before)"
    r"|(?:in|at[ \t\r\n]{1,3}the[ \t\r\n]{1,3}end[ \t\r\n]{1,3}of)[ \t\r\n]{1,3}the"
    r"[ \t\r\n]{1,3}(?:previous|preceding|prior|last)[ \t\r\n]{1,3}quarter)(?![\w-])",
    _F,
)
# "more than 4,200 base stations, up from 2,650 a year ago": the earlier figure said to be a
# year (or a quarter) before now, counted back from the release's date when the figure it is
# compared with has no date of its own.
BEFORE_NOW = re.compile(
    r"[ \t\r\n]{1,3}(?:a|one)[ \t\r\n]{1,3}(?P<span>year|quarter)[ \t\r\n]{1,3}(?:ago|earlier)"
    r"(?![\w-])",
    _F,
)

# One figure continues the previous one's metric: "invested EUR1.65 billion; EUR99 million in 2002".
# "amounted to R$ 118.7 million in the quarter and to R$ 301.5 million in the nine months":
# the verb's "to" said again.
CONTINUATION = re.compile(
    r"[ \t\r\n]{0,3}(?:;|,|and|,\s{1,3}and|as\s{1,3}well\s{1,3}as)"
    r"(?:[ \t\r\n]{1,3}to)?[ \t\r\n]{0,3}$",
    _F,
)

# A round mark a count passed, then the count itself: "local lines in service surpassed one
# hundred thousand, reaching 101,362 at June 30": the mark is no figure of its own.
THRESHOLD_PASSED = re.compile(
    r"(?<![\w-])(?:surpassed|passed|exceeded|crossed|topped|broke)"
    r"(?:[ \t\r\n]{1,3}(?:the|a))?(?:[ \t\r\n]{1,3}(?:mark|milestone|threshold)[ \t\r\n]{1,3}of)?"
    r"[ \t\r\n]{1,3}(?=[\w$])",  # before the figure, or within it as its qualifier
    _F,
)
THRESHOLD_THEN = re.compile(
    r"[ \t\r\n]{0,3},[ \t\r\n]{0,3}(?:reaching|to[ \t\r\n]{1,3}reach|ending[ \t\r\n]{1,3}at"
    r"|closing[ \t\r\n]{1,3}at|to[ \t\r\n]{1,3}stand[ \t\r\n]{1,3}at)[ \t\r\n]{1,3}",
    _F,
)

# A flow's running total after the period's own figure: "Capital expenditures of $187.6
# million, bringing the total for the first six months to $402.3 million".
CUMULATIVE = re.compile(
    r"[ \t\r\n]{0,3},?[ \t\r\n]{0,3}(?:bringing|taking|raising|lifting)[ \t\r\n]{1,3}"
    # "bringing the first-half total to", "the year-to-date total", "its cumulative total"
    r"(?:the|its|their)[ \t\r\n]{1,3}(?:[\w-]{1,20}[ \t\r\n]{1,3}){0,2}?total"
    r"(?:[ \t\r\n]{1,3}(?:for|in|of|since)[ \t\r\n]{1,3}[^.;%$]{1,40}?)?"
    r"[ \t\r\n]{1,3}to[ \t\r\n]{1,3}$",
    _F,
)

# A figure with a segment word, followed by the next item of a list that names the noun once:
# "1.37 million mobile, 145,000 fixed line and 150,000 Internet customers".
SEGMENT_LIST_ITEM = re.compile(
    rf"[ \t\r\n]{{0,3}}(?P<segment>{SEGMENT_WORDS})[ \t\r\n]{{0,3}}(?:,|and|,[ \t\r\n]{{1,3}}and)"
    r"[ \t\r\n]{1,3}$",
    _F,
)

# "a total of 826 thousand subscriptions, comprising 504 thousand broadband, 215 thousand voice
# and 107 thousand IP-TV subscriptions": a total of several businesses' counts, no one count
# of customers; each part that names a business line is that business's count.
COMPRISING = re.compile(
    r"[ \t\r\n]{0,3},?[ \t\r\n]{0,3}(?:comprising|consisting[ \t\r\n]{1,3}of"
    r"|made[ \t\r\n]{1,3}up[ \t\r\n]{1,3}of)[ \t\r\n]{1,3}$",
    _F,
)
# A part of such a list: its business word, then the next item ("504 thousand broadband, ").
COMPRISED_ITEM = re.compile(
    r"[ \t\r\n]{1,3}(?P<word>[\w-]{1,20}(?:[ \t]{1,3}[\w-]{1,20})?)[ \t\r\n]{0,3}"
    r"(?:,|and|,[ \t\r\n]{1,3}and)[ \t\r\n]{1,3}$",
    _F,
)
# The list's last part: its business word, then the count noun all parts share.
COMPRISED_LAST = re.compile(
    r"[ \t\r\n]{1,3}(?P<word>[\w-]{1,20}(?:[ \t]{1,3}[\w-]{1,20})?)[ \t\r\n]{1,3}"
    rf"(?:{COUNT_NOUNS})(?![\w-])",
    _F,
)
# The business lines of such a list: the segment words, and "voice" (telephone service) as a
# fixed network's operators list it beside broadband and television.
COMPRISED_SEGMENTS: dict[str, str] = SEGMENTS | {"voice": "fixed_line", "telephony": "fixed_line"}

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
# Italian: "nel primo semestre 2003", "nel secondo trimestre".
ORDINALS |= {"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4}
# Spanish: "en el cuarto trimestre", "el primer semestre".
ORDINALS |= {"primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4}
# French and German: "au premier semestre 2007", "im ersten Halbjahr 2005".
ORDINALS |= {"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4}
ORDINALS |= {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}
# The words of a half year ("semestre" in Italian); any other unit of the rule is a quarter.
HALF_WORDS = frozenset({"half", "semestre", "halbjahr"})

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Portuguese, Spanish and Italian months, written in full: "Em 31 de dezembro de 2002", "al 30
# de junio de 2005", "al 30 giugno 2003". Read only by the day-month rule below.
LATIN_MONTHS: dict[str, int] = {
    "janeiro": 1, "enero": 1, "fevereiro": 2, "febrero": 2, "março": 3, "marzo": 3,
    "abril": 4, "maio": 5, "mayo": 5, "junho": 6, "junio": 6, "julho": 7, "julio": 7,
    "agosto": 8, "setembro": 9, "septiembre": 9, "setiembre": 9, "outubro": 10, "octubre": 10,
    "novembro": 11, "noviembre": 11, "dezembro": 12, "diciembre": 12,
    # Italian, with no "di" between day, month and year: "al 30 giugno 2003".
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    # French and German: "au 31 décembre 2007", "zum 30. Juni 2005".
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "décembre": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12,
}  # fmt: skip
_LATIN_MONTH = "|".join(sorted(LATIN_MONTHS, key=len, reverse=True))
MONTHS |= LATIN_MONTHS
# Months written in full only: "in May" and "May 2006" say a month; "in Mar" says little.
_FULL_MONTH = "|".join(calendar.month_name[number].lower() for number in range(1, 13))
_YEAR = r"(?:19|20)\d\d"
_YEAR_SHORT = r"(?:19|20)?\d\d"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"

DateKind = Literal["period", "as_of"]


@dataclass(frozen=True, slots=True)
class DateRule:
    """A way releases write a date or a period; named groups feed the resolver in metrics.py."""

    kind: str
    pattern: re.Pattern[str]


def _date(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + _spaced(pattern) + r")(?![\w])", _F)


# Order matters: periods first, so "year ended 31 March 2003" is not also read as a date.
DATE_RULES: tuple[DateRule, ...] = (
    DateRule(
        "period_ended",
        _date(
            # "the three-month period ended March 31, 2007": three months
            rf"(?P<what>(?:(?:12|twelve|three|six|nine)(?:\s{{1,3}}months|-month\s{{1,3}}period)"
            rf"|(?:financial\s{{1,3}}|fiscal\s{{1,3}})?year"
            # "the six months to 30 September 2000": British usage
            rf"|quarter|half[- ]year|period)\s{{1,3}}(?:end(?:ed|ing)|to)\s{{1,3}}"
            rf"(?:(?P<day>{_DAY})\s{{1,3}}(?P<month>{_MONTH})\.?,?\s{{1,3}}(?P<year>{_YEAR})"
            rf"|(?P<month2>{_MONTH})\.?\s{{1,3}}(?P<day2>{_DAY}),?\s{{1,3}}(?P<year2>{_YEAR})))"
        ),
    ),
    DateRule(
        "quarter_of",
        _date(
            # "closed the first half with", "at the end of the third quarter": a stock's date
            r"(?P<closing>(?:clos|end)(?:ed|ing)?\s{1,3}(?:of\s{1,3})?)?"
            r"(?:the\s{1,3}|el\s{1,3})?(?P<ord>first|second|third|fourth|final|primo|secondo"
            r"|terzo|quarto|primer|segundo|tercer|cuarto|premier|deuxième|troisième|quatrième"
            r"|ersten|zweiten|dritten|vierten)"
            # "the first-half total", "third-quarter revenue": the hyphen of a compound
            r"(?:\s{1,3}|-)(?:(?P<count>two|three)\s{1,3}quarters|(?P<months>six|nine)\s{1,3}months"
            r"|(?P<unit>quarter|half|semestre|trimestre|Halbjahr|Quartal))"
            # "the first half of 2004", "first half 2004"
            rf"(?:\s{{1,3}}(?:of\s{{1,3}})?(?:(?:this|the)\s{{1,3}}year|(?:fiscal\s{{1,3}})?(?P<year>{_YEAR})"
            # "the third quarter of last year": the year before the reported one
            r"|(?P<last>last|the\s{1,3}(?:previous|prior|preceding))\s{1,3}year))?"
        ),
    ),
    DateRule(
        "end_quarter",
        _date(
            rf"end(?:\s{{1,3}}|-)(?:of\s{{1,3}})?(?:the\s{{1,3}})?Q(?P<q>[1-4])\s{{0,3}}(?P<year>{_YEAR})?"
        ),
    ),
    DateRule("quarter", _date(rf"Q(?P<q>[1-4])\s{{0,3}}(?P<year>{_YEAR})")),
    # Columns of key-figures tables: "1H05", "H1 2005", "2Q05", "Q2'05".
    DateRule(
        "half",
        # "H1 00/01": the half of a financial year that spans two calendar years
        _date(
            rf"(?:H(?P<h>[12])|(?P<h2>[12])H)[ \t]{{0,3}}['\u2019]?(?P<year>{_YEAR_SHORT})"
            r"(?P<split>/\d\d)?"
        ),
    ),
    # German: "1. Hj. 2004", "2. Halbjahr 2005".
    DateRule(
        "half",
        _date(rf"(?P<h>[12])\.\s{{0,3}}(?:Hj\.|Halbjahr(?:es)?)\s{{1,3}}(?P<year>{_YEAR})"),
    ),
    DateRule(
        "quarter_short",
        _date(
            rf"(?:Q(?P<q>[1-4])[ \t]?['\u2019]|(?P<q2>[1-4])Q[ \t]{{0,3}}['\u2019]?)"
            rf"(?P<year>{_YEAR_SHORT})"
        ),
    ),
    # "9M05", "6M 2005": the first nine or six months of a year.
    DateRule(
        "months_short",
        _date(rf"(?P<m>[369])M[ \t]{{0,3}}['\u2019]?(?P<year>{_YEAR_SHORT})"),
    ),
    # "as at 31.12.2005": day, month and year with dots (never a figure: see numbers).
    DateRule("numeric", _date(NUMERIC_DATE_PATTERN)),
    # "January-September 2005", "July to September 2006": a span of months of one year.
    DateRule(
        "month_range",
        _date(
            rf"(?P<first>{_FULL_MONTH})"
            r"(?:[ \t]{0,2}[-\u2013][ \t]{0,2}|\s{1,3}(?:to|through)\s{1,3})"
            rf"(?P<last>{_FULL_MONTH}),?\s{{1,3}}(?P<year>{_YEAR})"
        ),
    ),
    # Columns of month-end tables: "Sep '06", "Dec. '05", "Mar-06".
    DateRule(
        "month_short",
        # "Mar-06" too
        _date(rf"(?P<month>{_MONTH})\.?(?:[ \t]{{0,3}}['\u2019]|-)(?P<year>\d\d)"),
    ),
    DateRule(
        "end_month",
        # "at the end of March"; "Telcel ended September with 44.1 million" (not "ended
        # September 30", a day the next rules read)
        _date(
            rf"(?:end(?:ed)?|closed)\s{{1,3}}(?:of\s{{1,3}})?(?:the\s{{1,3}})?(?P<month>{_MONTH})\.?"
            rf"(?:,?\s{{1,3}}(?P<year>{_YEAR}))?(?!\s{{1,3}}\d)"
        ),
    ),
    DateRule(
        "end_year",
        # "by the end of 2003"; "Mobistar ended 2004 with 2.968.400 customers"; "at the end
        # of the year" (the reported year, else the last one ended by the release)
        # "CANTV closed 2005 with ..."
        _date(
            rf"(?:end(?:ed)?|closed)\s{{1,3}}(?:of\s{{1,3}})?"
            rf"(?:the\s{{1,3}}year(?:\s{{1,3}}(?P<year>{_YEAR}))?|(?P<year2>{_YEAR}))"
            # "At year-end NetCom had 1,043 employees": the end of the reported year
            r"|at\s{1,3}(?:the\s{1,3})?year[- ]end"
        ),
    ),
    # "encerrou o ano de 2002 com", "cerró el ejercicio 2005 con", "ao final de 2004": the
    # end of the year, in Portuguese and Spanish.
    DateRule(
        "end_year",
        _date(
            r"(?:(?:encerrou|terminou|fechou|cerró|cerro|terminó|finalizó)"
            r"(?:\s{1,3}(?:o|el)\s{1,3}(?:ano|año|ejercicio)(?:\s{1,3}de)?)?"
            r"|(?:ao|no|al)\s{1,3}(?:final|fim|cierre)\s{1,3}de(?:l)?"
            r"(?:\s{1,3}(?:o|el)?\s{0,3}(?:ano|año|ejercicio)(?:\s{1,3}de)?)?)"
            rf"\s{{1,3}}(?P<year2>{_YEAR})"
            # "al cierre del ejercicio", "no final do ano": the reported year's end
            r"|(?:al|ao|no)\s{1,3}(?:cierre|final|fim)\s{1,3}(?:del|do)\s{1,3}"
            r"(?:ejercicio|año|exerc[íi]cio|ano)"
            r"(?!\s{1,3}(?:de\s{1,3})?(?:19|20)\d\d|\s{1,3}(?:anterior|pasado|passado))"
        ),
    ),
    # "31 de dezembro de 2002", "30 de junio de 2005", Italian "30 giugno 2003"
    DateRule(
        "day_month",
        _date(
            rf"(?P<day>{_DAY})\.?\s{{1,3}}(?:de\s{{1,3}})?(?P<month>{_LATIN_MONTH})"
            rf"(?:\s{{1,3}}(?:(?:de|del)\s{{1,3}})?(?P<year>{_YEAR}))?"
        ),
    ),
    DateRule(
        "month_day",
        _date(
            rf"(?P<month>{_MONTH})\.?,?\s{{1,3}}(?P<day>{_DAY})(?:,?\s{{1,3}}(?P<year>{_YEAR}))?"
        ),
    ),
    DateRule(
        "day_month",
        _date(rf"(?P<day>{_DAY})\s{{1,3}}(?P<month>{_MONTH})\.?(?:,?\s{{1,3}}(?P<year>{_YEAR}))?"),
    ),
    # "adding 186,000 net new subscribers in February": a month's flow (full names only).
    DateRule(
        "in_month",
        _date(rf"(?:in|for)\s{{1,3}}(?P<month>{_FULL_MONTH})(?:,?\s{{1,3}}(?P<year>{_YEAR}))?"),
    ),
    # "June 2006" (a month's column, "the June 2006 figures"): the month, at its end.
    DateRule(
        "month_year",
        _date(rf"(?P<month>{_FULL_MONTH})\s{{1,3}}(?P<year>{_YEAR})"),
    ),
    DateRule(
        "last_period",
        _date(
            r"(?:the\s{1,3})?(?:last|latest|past)\s{1,3}(?P<unit>quarter|year|twelve\s{1,3}months|12\s{1,3}months)"
        ),
    ),
    DateRule(
        "year",
        _date(
            rf"(?:in|for|during|over|throughout)\s{{1,3}}(?:the\s{{1,3}})?"
            rf"(?:(?:fiscal|financial|calendar)\s{{1,3}})?(?:year\s{{1,3}})?(?P<year>{_YEAR})"
            # Spanish: "alcanzaron 186,4 millones de euros en 2001", "los 97,8 millones de
            # euros del año 2000", "durante el ejercicio 2004"
            r"|(?:en|durante)\s{1,3}(?:el\s{1,3}(?:año|ejercicio)\s{1,3})?(?P<year3>"
            rf"{_YEAR})|del\s{{1,3}}(?:año|ejercicio)\s{{1,3}}(?P<year4>{_YEAR})"
            rf"|year\s{{1,3}}(?P<year2>{_YEAR})"
        ),
    ),
)

# "for the quarter", "ended the half with": the period a results release reports on, said
# without its year; resolved against the period its lead names ("the second quarter ended
# June 30, 2005").
# A space between its words may be a line break and the next line's indent ("in the\n
# quarter" in an indented list).
_PERIOD_SPACE = r"(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,16})"
REPORTED_PERIOD = re.compile(
    rf"(?<![\w-])(?:(?P<end>end(?:ed)?{_PERIOD_SPACE}(?:of{_PERIOD_SPACE})?)"
    rf"|(?:for|in|during|over){_PERIOD_SPACE})the{_PERIOD_SPACE}"
    r"(?P<unit>quarter|half(?:[- ]year)?|period|year"
    rf"|(?:three|six|nine|twelve){_PERIOD_SPACE}months)"
    r"(?![\w-])(?![ \t\r\n]{1,3}end)",
    _F,
)
# "ha presentado hoy sus resultados del ejercicio 2001", "results for the year 2005": a lead
# that reports on a calendar year, named by its number.
REPORTED_YEAR = re.compile(
    r"(?<![\w-])(?:(?:results|resultados)[ \t\r\n]{1,3}(?:for[ \t\r\n]{1,3}the[ \t\r\n]{1,3}"
    r"(?:(?:financial|fiscal|calendar)[ \t\r\n]{1,3})?year|del[ \t\r\n]{1,3}(?:ejercicio|año)"
    r"|do[ \t\r\n]{1,3}(?:exerc[íi]cio|ano)(?:[ \t\r\n]{1,3}de)?)"
    # French and German: "l'exercice clos le 31 décembre 2007", "au titre de l'exercice 2007",
    # "das Geschäftsjahr 2007", "des Geschäftsjahres zum 31. Dezember 2007"
    r"|l['\u2019][ \t]?exercice(?:[ \t\r\n]{1,3}(?:fiscal|social))?"
    r"(?:[ \t\r\n]{1,3}clos[ \t\r\n]{1,3}le[ \t\r\n]{1,3}31[ \t\r\n]{1,3}d[ée]cembre)?"
    r"|gesch[äa]ftsjahr(?:es|s)?(?:[ \t\r\n]{1,3}zum[ \t\r\n]{1,3}31\.[ \t\r\n]{0,3}"
    r"dezember)?)"
    rf"[ \t\r\n]{{1,3}}(?P<year>{_YEAR})(?![\w-])",
    _F,
)
# "results for the fourth quarter and the full year 1999": a lead naming a quarter without
# its year beside the year it closes (not "published its fourth quarter and full year 2022
# results", which speaks of another release).
REPORTED_QUARTER_AND_YEAR = re.compile(
    r"(?<![\w-])(?:for|of)[ \t\r\n]{1,3}the[ \t\r\n]{1,3}"
    r"(?P<ord>first|second|third|fourth|final)[ \t\r\n]{1,3}quarter[ \t\r\n]{1,3}and"
    r"[ \t\r\n]{1,3}(?:the[ \t\r\n]{1,3})?(?:full[ \t\r\n]{1,3})?year[ \t\r\n]{1,3}"
    rf"(?P<year>{_YEAR})(?![\w-])",
    _F,
)
# "the three and nine months ended ...": a lead naming the quarter beside a longer span.
# "results for the second quarter and the six months ended June 30, 1999" too.
THREE_AND = re.compile(
    r"(?<![\w-])(?:three|3|(?:first|second|third|fourth)[ \t\r\n]{1,3}quarter)"
    r"[ \t\r\n]{1,3}and[ \t\r\n]{1,3}(?:the[ \t\r\n]{1,3})?$",
    _F,
)
# "three months" is a quarter, "six months" a half; "nine months" only the period so named.
REPORTED_MONTHS = {"three": "quarter", "six": "half"}
# "KTF had 12,912,000 subscribers at the same date": the date the text gave last.
SAME_DATE = re.compile(
    r"(?<![\w-])(?:at|on|as[ \t\r\n]{1,3}(?:at|of))[ \t\r\n]{1,3}the[ \t\r\n]{1,3}same"
    r"[ \t\r\n]{1,3}(?:date|day|time)(?![\w-])",
    _F,
)
# How far into a release its lead may name the period it reports on (after a headline and
# a subtitle of two lines each, the lead's first sentence may end 650 characters in).
LEAD_REACH = 800

# --- text tables ---------------------------------------------------------------------------
# A key-figures table: a header of period columns ("Q3 2004   Q3 2003"), an optional scale
# line ("(thousand)"), then rows of a label and one figure per column. Row labels → metric.


# Metrics that may be below zero: a table writes such a figure in brackets ("(27.5)").
SIGNED_METRICS = frozenset({"net_income", "net_additions"})


@dataclass(frozen=True, slots=True)
class TableRow:
    """A row label that makes each of the row's figures metric ``name`` (of kind ``accepts``)."""

    name: str
    accepts: FigureKind
    label: re.Pattern[str]
    flow: bool = False


def _label(pattern: str) -> re.Pattern[str]:
    # "3.  Total cellular subscribers": a row may be numbered
    return re.compile(r"^[ \t]{0,8}(?:\d{1,2}[.)][ \t]{1,4})?(?:" + pattern + r")(?![\w-])", _F)


TABLE_ROWS: tuple[TableRow, ...] = (
    TableRow(
        "net_additions",
        "count",
        _label(
            rf"(?:(?P<segment>{SEGMENT_WORDS})\s{{1,3}})?"
            rf"net\s{{1,3}}(?:(?:{_ADDED_UNITS})\s{{1,3}})?(?:additions|adds|gains)"
            r"|net\s{1,3}new\s{1,3}(?:customers|subscribers)"
            # German and French: "Nettozugänge", "Netto-Neukunden", "Ajouts nets"
            r"|nettozug[äa]nge|nettozuwachs|netto-?neukunden|(?:ajouts|recrutements)\s{1,3}nets"
        ),
        flow=True,
    ),
    TableRow(
        "customers",
        "count",
        _label(
            # "Broadband Internet subscribers": the first business word says which; a brand
            # may name it ("Velox ADSL subscribers")
            # ("Prodigy Infinitum broadband accesses"), with the business in brackets after
            # it ("Speedy (ADSL) connections")
            rf"(?:total\s{{1,3}})?(?:(?:(?-i:[A-Z][\w&-]{{1,20}}(?:\s{{1,3}}[A-Z][\w&-]{{1,20}})?)"
            rf"\s{{1,3}}(?=\(?(?:{SEGMENT_WORDS})\)?\s))?"
            rf"(?:\((?P<bracketed>{SEGMENT_WORDS})\)|(?P<segment>{SEGMENT_WORDS}))\s{{1,3}}"
            rf"(?:(?:{SEGMENT_WORDS})\s{{1,3}})?)?"
            rf"(?:{COUNT_NOUNS})"
            r"(?:\s{0,3},?\s{0,3}(?:at\s{1,3})?end\s{1,3}of\s{1,3}(?:the\s{1,3})?period)?"
            # German and French: "Kunden", "Teilnehmer", "Abonnés"
            r"|kunden|teilnehmer|abonn[ée]s"
        ),
    ),
    TableRow(
        "employees",
        "count",
        # German and French: "Mitarbeiter", "Beschäftigte", "Effectifs", "Salariés"
        _label(
            r"(?:number\s{1,3}of\s{1,3})?employees|headcount"
            r"|mitarbeiter(?:innen)?|besch[äa]ftigte|effectifs?|salari[ée]s"
        ),
    ),
    TableRow(
        "market_share",
        "percent",
        _label(
            r"(?:estimated\s{1,3})?market\s{1,3}share|marktanteil|part\s{1,3}de\s{1,3}march[ée]"
        ),
    ),
    # "Population covered by own network", "Population coverage (%)"
    TableRow("population_coverage", "percent", _label(r"population\s{1,3}cover(?:ed|age)")),
    TableRow(
        "revenue",
        "money",
        _label(
            r"(?:total\s{1,3}|net\s{1,3})?(?:operating\s{1,3})?(?:revenues?|turnover|sales)"
            # Portuguese: "Receita líquida", "Receita operacional líquida"
            r"|receitas?(?:\s{1,3}operacional)?\s{1,3}l[íi]quidas?"
            # German and French: "Umsatzerlöse", "Umsatz", "Chiffre d'affaires"
            r"|(?:konzern|gesamt)?ums[äa]tz(?:e|erl[öo]se)?|chiffre\s{1,3}d['\u2019]\s{0,2}affaires"
        ),
        flow=True,
    ),
    TableRow(
        "net_income",
        "money",
        _label(
            # "Majority net income": the part of the shareholders of the parent
            r"(?:majority\s{1,3})?net\s{1,3}(?:income|profit|earnings)"
            # "Profit attributable to shareholders": the bottom line as Hong Kong issuers write it.
            r"|(?:net\s{1,3})?profit\s{1,3}attributable\s{1,3}to\s{1,3}(?:equity\s{1,3})?"
            r"(?:share|stock)holders"
            # "Profit after tax": the bottom line as British issuers write it
            r"|(?:net\s{1,3})?(?:profit|income)\s{1,3}after\s{1,3}tax(?:es|ation)?"
            # Portuguese: "Lucro líquido", "Lucro (prejuízo) líquido"
            r"|lucro\s{1,3}(?:\(preju[íi]zo\)\s{1,3})?l[íi]quido"
            # German and French: "Konzernergebnis", "Jahresüberschuss", "Résultat net"
            r"|konzernergebnis|(?:konzern)?(?:jahres|perioden)?[üu]berschuss|periodenergebnis"
            r"|nettoergebnis|r[ée]sultat\s{1,3}net"
        ),
        flow=True,
    ),
    TableRow(
        "investment",
        "money",
        # Portuguese: "Investimentos (capex)"
        # German and French: "Investitionen", "Investissements"
        _label(
            r"capital\s{1,3}expenditures?|capex|investimentos(?=\s{1,3}\(capex\))"
            r"|investitionen|investissements"
        ),
        flow=True,
    ),
)
# A table whose rows name operators and whose columns name metrics: a header whose first cell
# is one of these ("Operator   Country   Customers"), then rows such as "E-Plus   Germany
# 9.2 million". Each column header that is a row label above ("Customers", "Market share",
# "Revenues (EUR million)") makes its column's figures that metric of the row's operator.
TABLE_SUBJECT_HEADER = re.compile(
    r"operators?|company|companies|subsidiar(?:y|ies)|networks?|operations?|brands?"
    r"|affiliates?|business(?:es)?|members?|partners?",
    _F,
)
# A row that is a part of the row above ("of which regions"): only an operator's part counts.
# "Total", "Total, subsidiaries", "Total mobile subscriptions": a table's total row.
TABLE_TOTAL_ROW = re.compile(r"^[ \t]{0,12}total(?![\w-])[\w ,-]{0,40}$", _F)
TABLE_PART = re.compile(r"^[ \t]{0,12}of[ \t]{1,3}which\b", _F)
# "(thousand)", "(in thousands)", "(000s)", "(million)": every count in the table is scaled.
# The scale words of table units: "(thousands)", "(EUR mln)", "(x 1.000)".
TABLE_SCALE_WORDS = (
    r"thousands?|millions?|billions?|mn|bn|mln|mio|bln|mld|mrd|000s?|['\u2018\u2019]000|units?"
    # "Number of employees (persons)", "Employees (#)": a row in ones under a caption of thousands
    r"|numbers?|persons?|people|#|crores?|lakhs?"
    # Portuguese and Spanish: "R$ milhões", "Assinantes (mil)" (thousands)
    r"|milh(?:[õo]es|[ãa]o)|millones|mil"
    # German and French: "Kunden (in Tsd.)", "Abonnés (milliers)"
    r"|tsd\.?|milliers"
    r"|x[ \t]{0,2}1[.,]000(?:[.,]000)?"
)
_SCALE_IN_BRACKETS = (
    r"\((?:in[ \t]{1,3})?(?P<scale>thousands?|millions?|000s?|['\u2018\u2019]000"
    # German: "(in Tsd.)", "(Tsd.)"
    r"|x[ \t]{0,2}1[.,]000|tsd\.?)"
    # "(in thousands, except ARPU" over "and churn)": a caption wrapped onto the next line;
    # "('000 unless stated)", "(in thousands, at end of quarter, unless stated)": words after
    # "(in Tsd., per 30.6.)": a day after the scale
    r"(?:,?[ \t]{1,3}[\w ,.]{1,40})?(?:\)|(?=[ \t]{0,40}$))"
)
TABLE_SCALE = re.compile(rf"^[ \t]{{0,40}}{_SCALE_IN_BRACKETS}[ \t]{{0,40}}$", _F)
TABLE_CELL = re.compile(r"\S+(?: \S+)*")

_TABLE_UNIT = (
    r"\((?:in[ \t]{1,3})?(?:(?P<currency>" + CURRENCY_CODES + r")[ \t]{0,3})?"
    # "Turnover (GBPm)", "Revenue (EUR m)": the short million, in brackets after the currency
    r"(?P<scale>" + TABLE_SCALE_WORDS + r"|(?:(?<=[A-Z$\u00a3\u20ac])|(?<=[A-Z][ \t]))m)?\)"
)
# A row label's unit written scale first, as German and French tables do: "(Mio. EUR)",
# "(Tsd. EUR)", "(Mrd. EUR)", "(en M€)", "(k€)".
TABLE_LABEL_UNIT_AFTER = re.compile(
    r"[ \t]{0,3}\((?:in[ \t]{1,3}|en[ \t]{1,3})?(?P<scale>mio|mrd|tsd|mn|mds?|m|k)\.?[ \t]{0,3}"
    r"(?P<currency>" + CURRENCY_CODES + r")\)[ \t]{0,3}$",
    _F,
)
# A row label's own unit: "Subscribers (million)", "Revenues (US$ million)", "ARPU (EUR)".
TABLE_LABEL_UNIT = re.compile(r"[ \t]{0,3}" + _TABLE_UNIT + r"[ \t]{0,3}$", _F)
# A unit line's cell, one per column: "RMB million", "(EUR million)", "(thousand)".
TABLE_UNIT_CELL = re.compile(
    _TABLE_UNIT
    + r"|(?:in[ \t]{1,3})?(?P<currency2>"
    + CURRENCY_CODES
    + r")[ \t]{0,3}(?P<scale2>"
    + TABLE_SCALE_WORDS
    + r")",
    _F,
)
_TABLE_PERIOD = r"(?:[1-4][QT]|Q[1-4]|[12]H|H[12]|[369]M)[ \t]?(?:19|20)?\d\d"
# A table column's quarter written with a two-digit year ("Q1 05", "Q3-04"): read in a
# header only (in prose "Q1 10 new stores" is no date).
# What after a row label's metric makes it a ratio: "Revenue per user", "Net income per share".
# German and French: "Umsatz je Kunde", "Chiffre d'affaires par client" ("Revenue pro forma"
# is no ratio)
# French "par" is "per" ("Revenu par abonné") or "by" ("Abonnés par filiale", "par pays"):
# before a word that groups rows it is no ratio.
TABLE_RATIO = re.compile(
    r"[ \t]{1,3}(?:per|je|pro(?![ \t]{1,3}forma)"
    r"|par(?![ \t]{1,3}(?:filiales?|pays|op[ée]rateurs?|march[ée]s?|r[ée]gions?|soci[ée]t[ée]s?"
    r"|segments?|activit[ée]s?|technologies?|zones?|marques?)(?![\w-])))[ \t]",
    _F,
)
# What a scale caption leaves out: "(in thousands, except employees)".
TABLE_SCALE_EXCEPT = re.compile(
    r"(?<![\w-])except[ \t]{1,3}(?:for[ \t]{1,3})?(?P<what>[\w ,&]{1,40})", _F
)
# A column of a fiscal year across two calendar years: "H1 00/01", "Q3 05/06". Which months it
# covers the text says where it defines the label ('six months to 30 September 2000 ("H1
# 00/01")').
TABLE_FISCAL_PERIOD = re.compile(r"(?P<part>[HQ][1-4])[ \t]?(?P<first>\d\d)/(?P<second>\d\d)", _F)
# A fiscal year's column: "FY 2007", "FY07", "FY2007" (read as the year it names).
TABLE_FISCAL_YEAR = re.compile(r"FY[ \t]?(?P<year>(?:19|20)?\d\d)", _F)
# A half or quarter headed in German or French: "1. Hj. 2005", "1. Halbjahr 2005", "3. Quartal
# 2005", "S1 2007", "T3 2008", "1er semestre 2007".
TABLE_LOCAL_PERIOD = re.compile(
    r"(?P<n>[1-4])\.[ \t]{0,2}(?P<unit>hj\.?|halbjahr|quartal|qu\.)[ \t]{0,2}"
    r"(?P<year>(?:19|20)?\d\d)"
    r"|(?P<funit>[ST])(?P<fn>[1-4])[ \t]?(?P<fyear>(?:19|20)\d\d)"
    r"|(?P<sn>1er|2e|2[èe]me)[ \t]{1,3}(?P<sunit>semestre|trimestre)[ \t]{1,3}"
    r"(?P<syear>(?:19|20)\d\d)",
    _F,
)
# A column of words after the periods and their changes: "Comment", "Remarks", "Notes".
TABLE_COMMENT_HEADER = re.compile(r"comments?|remarks?|notes?|explanations?", _F)
TABLE_SHORT_QUARTER = re.compile(
    r"Q(?P<q>[1-4])[ \t/-](?P<year>\d\d)"
    # "3T06", "2T 2007": a trimestre, as Portuguese and Spanish tables head a quarter (in a
    # header only: in prose the quarter's words are read)
    r"|(?P<tq>[1-4])T[ \t]?(?P<tyear>(?:19|20)?\d\d)",
    _F,
)
# A year written once over the columns it heads ("----- 2006 -----" over "Q1  Q2  Q3  Q4"),
# and a quarter's column written without its year under it ("Q1", "1Q").
TABLE_BANNER_YEAR = re.compile(r"[-=_ \t]{0,60}(?P<year>(?:19|20)\d\d)[-=_ \t]{0,60}")
TABLE_BARE_QUARTER = re.compile(r"Q(?P<q>[1-4])|(?P<tq>[1-4])Q", _F)
# A footnote mark after a header cell or a row label: "1Q05(1)", "Customers (2)", "Employees*".
TABLE_NOTE_MARK = re.compile(r"[ \t]{0,2}(?:\([1-9a-z]\)|\*{1,3}|[\u00b9\u00b2\u00b3])$", _F)
# Header cells after the periods that hold a change, not a period: "y.o.y.", "% change".
TABLE_CHANGE_HEADER = re.compile(
    # "YoY", "y-o-y", "q-o-q", "QoQ", "q/q": against the year or the quarter before
    r"(?:(?:%[ \t]{0,3})?(?:[qy]\.?-?o\.?-?[qy]\.?|[qy]/[qy])"
    r"|change|chg\.?|%[ \t]{0,3}(?:change|chg\.?|var\.?)?|var(?:iation|\.)?"
    r"|growth|\+/-|delta|diff(?:erence|\.)?"
    # German and French: "Veränderung", "Veränd.", "Abweichung", "Évolution", "Écart"
    r"|ver[äa]nderung|ver[äa]nd\.|[äa]nderung|abweichung|[ée]volution|[ée]cart"
    # "1Q02/1Q01", "3Q04 x 3Q03", "9M05 vs 9M04": a period against another is a change column
    rf"|{_TABLE_PERIOD}[ \t]{{0,2}}(?:/|x|vs\.?)[ \t]{{0,2}}{_TABLE_PERIOD}"
    r")(?:[ \t]{0,3}(?:\(%\)|%))?",
    _F,
)
# A row that names only a business ("   Postpaid", "   Prepaid", "  - Prepaid"), set in under
# a count row ("Clients (thousand)"): that count's part of the business. The count rows that
# have parts:
# A brand may follow in brackets ("   Prepaid (Kontakt)").
TABLE_SEGMENT_PART = re.compile(
    rf"^[ \t]{{0,12}}(?:[-\u2013\u2022*o][ \t]{{1,3}})?(?P<segment>{SEGMENT_WORDS})[ \t]{{0,3}}"
    r"(?:\([^()\r\n]{1,40}\)[ \t]{0,3})?",
    _F,
)
# The total of such parts, set in under the count row as they are ("   Total"): every business.
# German and French: "Gesamt", "Insgesamt", "Gruppe gesamt", "Total Groupe"; "Group total".
TABLE_GROUP_TOTAL = re.compile(
    r"[ \t]{0,12}(?:(?:total|gesamt|insgesamt)(?:[ \t]{1,3}(?:group|groupe|gruppe|konzern))?"
    r"|(?:group|groupe|gruppe|konzern)[ \t]{1,3}(?:total|gesamt|insgesamt)):?[ \t]{0,3}",
    _F,
)
TABLE_SEGMENT_PARENTS = frozenset({"customers", "net_additions"})
# A flow row whose label names the span each figure covers ("Net additions in the half-year",
# "Net adds for the quarter") under columns headed by days: the span ending on each day.
TABLE_ROW_SPAN = re.compile(
    r"(?<![\w-])(?:in|for|during|over)[ \t]{1,3}the[ \t]{1,3}"
    r"(?P<span>half[- ]?year|half|quarter|year|(?P<months>three|six|nine|twelve)[ \t]{1,3}months)"
    r"(?![\w-])",
    _F,
)
TABLE_ROW_SPAN_MONTHS = {"half": 6, "halfyear": 6, "half-year": 6, "half year": 6}
TABLE_ROW_SPAN_MONTHS |= {"quarter": 3, "year": 12}
# A row label that says its figures are estimates: "Estimated market share (%)".
TABLE_QUALIFIED_LABEL = re.compile(r"[ \t]{0,8}(?P<qual>estimated|approx\.)(?![\w-])", _F)
# A list under a line that names what it counts and when: "The members and their mobile
# customers at December 31, 2001:" over "  - Estonia: EMT, 550,000". The heading line ends
# with a colon; each item names one operator (after a country label or not) and one count.
LIST_HEADING = re.compile(
    rf"^[^\r\n:]{{0,80}}?(?<![\w-])(?:(?P<segment>{SEGMENT_WORDS})[ \t]{{1,3}})?"
    rf"(?P<noun>{COUNT_NOUNS})(?![\w-])[^\r\n:]{{0,60}}:[ \t]{{0,8}}",
    _F | re.MULTILINE,
)
LIST_ITEM = re.compile(
    r"^[ \t]{0,8}(?:[-*o\u2022\u00b7\u25aa][ \t]{1,4})?"
    r"(?P<label>[^\W\d_][^\r\n:,\d]{0,40}?)[ \t]{0,3}[:,][ \t]{0,3}[^\r\n]{1,100}",
    re.MULTILINE,
)
# What may follow an item's count, if anything: its noun ("2,550,000 mobile customers").
LIST_ITEM_TAIL = re.compile(
    rf"[ \t]{{1,3}}(?:(?P<segment>{SEGMENT_WORDS})[ \t]{{1,3}})?(?:{COUNT_NOUNS})[.;]?", _F
)
# A header's caption that gives the money rows' unit: "(HUF millions, unless stated otherwise)".
TABLE_CAPTION_UNIT = re.compile(
    r"\((?:in[ \t]{1,3})?(?P<currency>" + CURRENCY_CODES + r")[ \t]{0,3}"
    r"(?P<scale>" + TABLE_SCALE_WORDS + r")(?![\w-])",
    _F,
)
# A caption cell that gives the unit in words: "Millions of pesos", "Thousands, at March 31".
TABLE_CAPTION_WORDS = re.compile(
    r"[ \t]{0,8}(?:in[ \t]{1,3})?(?P<scale>thousands|millions|billions)(?![\w-])"
    r"(?:[ \t]{1,3}of[ \t]{1,3}(?:[A-Z][a-z]{1,12}[ \t]{1,3})?(?P<currency>"
    + "|".join(re.escape(w).replace(r"\ ", "[ \t]{1,3}") for w in _CURRENCY_WORDS)
    + r"))?(?:,?[ \t]{1,3}(?:at|as[ \t]{1,3}(?:at|of))[ \t]{1,3}(?P<month>"
    + _FULL_MONTH
    + r")[ \t]{1,3}(?P<day>[0-3]?\d))?[ \t]{0,8}$",
    _F,
)
# A title line over a table that gives its unit: "SUMMARY OF RESULTS (R$ thousand)".
# A title over a table of operators that names what every figure counts, with its scale:
# "Wireless Subscribers as of September 30, 2006 (thousands)".
TABLE_TITLE_SCALE = re.compile(rf"{_SCALE_IN_BRACKETS}[ \t]{{0,8}}$", _F)
# Under an operator's own line in a table of counts ("KTF" / "  Mobile   12,823"): a row named
# by a business line counts that operator's customers of it.
TABLE_SEGMENT_ROW = re.compile(rf"^[ \t]{{0,12}}(?P<segment>{SEGMENT_WORDS})(?![\w-])", _F)
# A row label wrapped onto the next line: "Argentina, Paraguay and" / "Uruguay (CTI Movil)".
TABLE_LABEL_WRAPS = re.compile(r"(?:,|\band|&)[ \t]{0,8}$", _F)
TABLE_TITLE_UNIT = re.compile(
    # "(R$ thousand)", "(in EUR million)", "(Rs. in crore)"
    r"\((?:in[ \t]{1,3})?(?P<currency>" + CURRENCY_CODES + r")[ \t]{0,3}(?:in[ \t]{1,3})?"
    r"(?P<scale>" + TABLE_SCALE_WORDS + r")\)[ \t]{0,8}$"
    # "Key financial data (non-consolidated, in billions of Korean won)"
    r"|\([^()\r\n]{0,40}?(?<![\w-])in[ \t]{1,3}(?P<wscale>thousands|millions|billions)[ \t]{1,3}"
    # "(in millions of U.S. dollars," wrapped before "except per share amounts)"; "(in
    # millions of constant pesos, except where noted)"
    r"of[ \t]{1,3}(?:(?:constant|nominal|current)[ \t]{1,3})?"
    # "Canadian dollars" is a currency of its own: the country word is passed over only when
    # the currency does not begin with it ("Korean won")
    r"(?:(?-i:[A-Z][a-z]{1,12}|[A-Z]\.[A-Z]\.)[ \t]{1,3})??(?P<wcurrency>"
    + CURRENCY_WORDS
    + r")(?:\)|,(?:[ \t]{1,3}[^()\r\n]{1,40}\))?)[ \t]{0,8}$",
    _F,
)
# A rule line drawn across a table ("-----", "=====") neither starts nor ends it.
TABLE_RULE_LINE = re.compile(r"[ \t]{0,40}[-=_*]{3,400}[ \t]{0,40}")
# The line above a header of years that says what span each year's column covers:
# "Six months ended 30 June" over "2004  2003"; "Quarters ended June 30" is three months.
# Written without its day ("Three months ended   Nine months ended"), a cell over a line of
# days says how long each period under it is.
TABLE_SPAN = re.compile(
    # "As of / for the quarter ended": stocks at the day, flows over the quarter
    r"(?:as[ \t]{1,3}(?:of|at)[ \t]{0,3}/[ \t]{0,3})?(?:for[ \t]{1,3}the[ \t]{1,3})?"
    # "Quarter ended   Year ended" over "Mar 31,   Mar 31,": three and twelve months
    r"(?:(?:(?P<months>three|six|nine|twelve|3|6|9|12)[ \t]{1,3}months|(?P<quarter>quarters?)"
    r"|(?P<year>(?:fiscal[ \t]{1,3}|financial[ \t]{1,3})?years?))"
    r"[ \t]{1,3}end(?:ed|ing)"
    rf"(?:[ \t]{{1,3}}(?:(?P<day>{_DAY})[ \t]{{1,3}}(?P<month>{_MONTH})|(?P<month2>{_MONTH})\.?"
    rf"[ \t]{{1,3}}(?P<day2>{_DAY})))?"
    # "Second quarter   Six months" over "1999   1998   1999   1998": a quarter named by its
    # ordinal, a half by its place, and the months from the year's start to that quarter's end
    r"|(?P<ordinal>first|second|third|fourth)[ \t]{1,3}quarter"
    r"|(?P<half>first|second)[ \t]{1,3}half(?:[- ]year)?"
    r"|(?P<todate>three|six|nine|twelve)[ \t]{1,3}months)",
    _F,
)
TABLE_SPAN_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
TABLE_SPAN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "Period", "Quarter", "Date": the heading of a side table's column of periods
TABLE_PERIOD_HEADING = re.compile(r"(?:period|quarter|year|date|as[ \t]{1,3}(?:at|of))", _F)
# A cell that is a figure ("7,612.3", "(19.8)", "-"), no header's word
TABLE_FIGURE_CELL = re.compile(
    r"[(\-\u2013]?[$\u20ac\u00a3]?\d[\d.,' ]{0,20}%?\)?|[-\u2013]|n/?a", _F
)
# "Quarterly results, EUR million (IFRS, unaudited)": a title's money unit after a comma
TABLE_TITLE_MONEY_UNIT = re.compile(
    r",[ \t]{1,3}(?P<currency>"
    + CURRENCY_CODES
    + r")[ \t]{1,3}(?P<scale>thousands?|millions?|billions?|mn|bn|mln)(?![\w-])",
    _F,
)
# A table's column of units ("Unit", "Units", "Unit of measure") between labels and figures
TABLE_UNIT_HEADING = re.compile(r"units?(?:[ \t]{1,3}of[ \t]{1,3}measure)?", _F)
# A unit column's cell: "thousand", "number", "persons", "EUR million", "TL trillion"
TABLE_UNIT_WORDS = re.compile(
    # read at a cell's start only: not from inside a word
    r"(?<![^\W\d_])(?:(?P<currency>"
    + CURRENCY_CODES
    + r")[ \t]{1,3})?(?P<scale>"
    + TABLE_SCALE_WORDS
    + r"|trillions?)",
    _F,
)
# A count of pay television ("Assinantes de TV por assinatura", "Pay-TV subscribers"): a
# business the vocabulary has no segment for, no customers row of its own
TABLE_PAY_TV = re.compile(
    r"(?<![\w-])(?:pay[- ]?tv"
    r"|tv[ \t]{1,3}(?:por[ \t]{1,3}assinatura|paga|de[ \t]{1,3}pago))(?![\w-])",
    _F,
)
