"""Read figures as releases write them: "more than 7.5 million", "8.475.000", "GBP4.874 billion".

Separator rule (documented in one place, applied everywhere):

* Both "." and "," in one number: the last one is the decimal mark ("1,234.5", "1.234,5").
* The same mark repeated ("8.475.000", "11,750,000"): a thousands separator.
* One "," followed by exactly three digits ("11,750") is a thousands separator; with any other
  digit count ("13,9 million") it is a continental decimal comma.
* One "." followed by exactly three digits is ambiguous ("2.715 million" vs "312.000").
  It is a continental thousands separator when no scale word follows (a count written
  "312.000" cannot carry three decimals), or when the currency is written as a continental
  word after the scale ("2.193 million euros": continental style throughout), or when the
  caller says the context is continental. Otherwise it is an English decimal point.
* A single space (also non-breaking or thin) groups thousands in French style ("31 000",
  "8 743 millions"): a first group of 1-3 digits, then groups of exactly three. Then the one
  "." or "," left is the decimal mark ("1 474,1"). A four-digit year never starts a group, so
  "in 2003 1 200 staff" reads 2003 and 1,200; a line break never joins groups.
* An apostrophe (straight or typographic) groups thousands in Swiss style ("CHF 1'234.5
  million", "512'000 customers"): a first group of 1-3 digits, then groups of exactly three;
  the one "." or "," left is the decimal mark.
* A year that is part of a date ("1 April 2005", "June 2004", "Q3 2004") is no figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from app.ingest.records import Qualifier

# Phrase → qualifier; spaces inside a phrase may be any short run of whitespace (line breaks).
QUALIFIERS: dict[str, Qualifier] = {
    "more than": "more_than",
    "over": "more_than",
    "passed": "more_than",
    "passing": "more_than",
    "surpassed": "more_than",
    # "passed the mark of four million clients", "crossed the 5 million mark" reads "crossed"
    "passed the mark of": "more_than",
    "surpassed the mark of": "more_than",
    "crossed the mark of": "more_than",
    # "passed the half-million mark", "crossed the 5 million mark": the threshold after "the"
    "passed the": "more_than",
    "crossed the": "more_than",
    "surpassed the": "more_than",
    "topped the": "more_than",
    "passed the milestone of": "more_than",
    "crossed": "more_than",
    "topped": "more_than",
    "exceeded": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    # "at just under 5 per cent": an estimate just short of the figure
    "just under": "nearly",
    "just below": "nearly",
    "just over": "more_than",
    "just above": "more_than",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "some": "approximately",
    "about": "approximately",
    "around": "approximately",
    "approximately": "approximately",
    "approx.": "approximately",
    "roughly": "approximately",
    "circa": "approximately",
    "an estimated": "approximately",
    "estimated": "approximately",
    # Spanish and Portuguese: "alrededor de 18 millones de líneas", "mais de 2 milhões"
    "alrededor de": "approximately",
    "aproximadamente": "approximately",
    "cerca de": "approximately",
    "em torno de": "approximately",
    "casi": "nearly",
    "quase": "nearly",
    "más de": "more_than",
    "mais de": "more_than",
    # French and German: "plus de 3,6 millions d'abonnés", "rund 32 %", "über 6 Millionen"
    "plus de": "more_than",
    # "Le Groupe franchit le cap des 7,8 millions d'abonnés": the mark passed
    "franchit le cap des": "more_than",
    "a franchi le cap des": "more_than",
    "dépasse": "more_than",
    "a dépassé": "more_than",
    "près de": "nearly",
    "environ": "approximately",
    "rund": "approximately",
    "etwa": "approximately",
    "mehr als": "more_than",
    "über": "more_than",
    "knapp": "nearly",
    "up to": "up_to",
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "below": "less_than",
}

# Currency written before the number (codes and symbols).
CURRENCY_PREFIXES: dict[str, str] = {
    "GBP": "GBP",
    "EUR": "EUR",
    "USD": "USD",
    "US$": "USD",
    "CHF": "CHF",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "HUF": "HUF",
    "CZK": "CZK",
    # The Czech koruna also written as its abbreviation ("Kč 12,5 mil."), the Slovak koruna
    # as its code ("SKK 1 046,2 mil."); the Slovak "Sk" is written after the amount only.
    "KČ": "CZK",
    "SKK": "SKK",
    # The Kenya shilling: "KSh 21.8 billion", "Kshs 1,942 million", "KES 6.4 billion".
    "KSH": "KES",
    "KSHS": "KES",
    "KES": "KES",
    "PLN": "PLN",
    "RMB": "CNY",
    "CNY": "CNY",
    "HK$": "HKD",
    "HKD": "HKD",
    "NIS": "ILS",
    "ILS": "ILS",
    "ARS": "ARS",
    "YTL": "TRY",
    # "TL 186.4 trillion": the Turkish lira, old or new by the date (see LIRA).
    "TL": "lira",
    "TRY": "TRY",
    "R$": "BRL",
    "BRL": "BRL",
    "CH$": "CLP",
    "NZ$": "NZD",
    "NZD": "NZD",
    "A$": "AUD",
    "AUD": "AUD",
    "NT$": "TWD",
    "TWD": "TWD",
    "ZAR": "ZAR",
    "MXN": "MXN",
    # The South African rand, written right against the amount ("R43 117 million").
    "R": "ZAR",
    "RUB": "RUB",
    # Russian releases kept writing the pre-1998 code for the redenominated rouble ("RUR
    # 31,617.4 million" in 2005).
    "RUR": "RUB",
    "KRW": "KRW",
    # The Korean won, written as a "W" right against the amount ("W118.6 billion").
    "W": "KRW",
    "JPY": "JPY",
    "IDR": "IDR",
    "RP": "IDR",
    "INR": "INR",
    # Indian releases abbreviate the rupee with or without a point: "Rs. 551.72 crore".
    "RS.": "INR",
    "RS": "INR",
    "MYR": "MYR",
    "RM": "MYR",
    "SGD": "SGD",
    "S$": "SGD",
    "THB": "THB",
    "PHP": "PHP",
    "CAD": "CAD",
    "C$": "CAD",
    "UAH": "UAH",
    "KZT": "KZT",
    "EGP": "EGP",
    # Egyptian releases write their pound "LE" (livre égyptienne): "LE 96.4 million".
    "LE": "EGP",
    "L.E.": "EGP",
    # The Netherlands Antillean guilder: "NAf 83.8 million".
    "NAF": "ANG",
    "ANG": "ANG",
    "CLP": "CLP",
    "COP": "COP",
    "PEN": "PEN",
    # The Peruvian nuevo sol: "S/. 71,4 million", "S/ 1.030,7 million".
    "S/.": "PEN",
    "S/": "PEN",
    # Mexican (and other peso countries') releases abbreviate the peso "Ps." ("Ps. 611.2
    # million"); which peso it is, the issuer's country says (see PESO).
    "PS.": "peso",
    "PS": "peso",
    # Argentine releases write their peso "P$" ("P$2,483 million").
    "P$": "peso",
    # Philippine releases write their peso as a "P" right against the amount ("P2.184
    # billion"); which peso, the issuer's country says.
    "P": "peso",
    # The Irish pound before the euro: "IR£1,161 million" (a pound sign after the country's
    # letters is that country's pound, not sterling).
    "IR£": "IEP",
    "£": "GBP",
    "€": "EUR",
    # A bare dollar sign is the issuer's dollar (see DOLLAR), US dollars by default.
    "$": "dollar",
    # The Gulf and the Levant: "JD 284.6 million", "KD 1.2 billion", "SR 3.1 billion", "QR
    # 850 million", "RO 45.2 million", "BD 12.3 million", "LL 90 billion", "AED 1.1 billion".
    "JD": "JOD",
    "JOD": "JOD",
    "KD": "KWD",
    "KWD": "KWD",
    "BD": "BHD",
    "BHD": "BHD",
    "SR": "SAR",
    "SAR": "SAR",
    "QR": "QAR",
    "QAR": "QAR",
    "RO": "OMR",
    "OMR": "OMR",
    "AED": "AED",
    "LL": "LBP",
    "LBP": "LBP",
    "SYP": "SYP",
    "IQD": "IQD",
    # North Africa: "MAD 2.4 billion", "TND 310 million", "DZD 12 billion", "LYD 40 million";
    # "Dhs 1.2 billion", "DH 800 million" is the dirham of the issuer's country (see DIRHAM).
    "MAD": "MAD",
    "DHS": "dirham",
    "DH": "dirham",
    "TND": "TND",
    "DZD": "DZD",
    "LYD": "LYD",
    # West Africa: "CFAF 52 billion" (which CFA franc, the country says), "NGN 4.1 billion",
    # "₦4.1 billion", "GHS 310 million", "GH¢ 310 million".
    "CFAF": "cfa",
    "FCFA": "cfa",
    "XOF": "XOF",
    "XAF": "XAF",
    "NGN": "NGN",
    "\u20a6": "NGN",
    "GHS": "GHS",
    "GH\u00a2": "GHS",
    "GH\u20b5": "GHS",
    # Central Asia and the Caucasus.
    "UZS": "UZS",
    "KGS": "KGS",
    "TJS": "TJS",
    "AZN": "AZN",
    "GEL": "GEL",
    "MNT": "MNT",
    "TMT": "TMT",
    # The Pacific: "F$ 412 million", "FJD 412 million", "PGK 1.2 billion", "WST 30 million".
    "F$": "FJD",
    "FJD": "FJD",
    "PGK": "PGK",
    "WST": "WST",
    "WS$": "WST",
    "VUV": "VUV",
    "SBD": "SBD",
    "SI$": "SBD",
    # The Andes and beyond: "BOB 2.1 billion", "PYG 410 billion", "UYU 3.2 billion".
    "BOB": "BOB",
    "PYG": "PYG",
    "UYU": "UYU",
    "VEF": "VEF",
    # South Asia: "BDT 24.5 billion" (the taka), "PKR 31 billion", "LKR 12.4 billion", "NPR".
    "BDT": "BDT",
    "PKR": "PKR",
    "LKR": "LKR",
    "NPR": "NPR",
    # South-East Asia: "VND 2,400 billion", "KHR", "LAK", "MMK".
    "VND": "VND",
    "KHR": "KHR",
    "LAK": "LAK",
    "MMK": "MMK",
    # Central and Eastern Europe beyond the euro: "HRK 512 million" (the kuna), "RON 1.2
    # billion", "BGN 310 million", "RSD", "MKD", "BAM", "MDL", the Baltic and Slovenian monies
    # before the euro.
    "HRK": "HRK",
    "RON": "RON",
    "BGN": "BGN",
    "RSD": "RSD",
    "MKD": "MKD",
    "BAM": "BAM",
    "MDL": "MDL",
    "BYR": "BYR",
    "LTL": "LTL",
    "LVL": "LVL",
    "EEK": "EEK",
    "SIT": "SIT",
    # East and Southern Africa: "TZS 410 billion", "UGX", "ZMK", "MWK", "MZN", "BWP", "NAD".
    "TZS": "TZS",
    "UGX": "UGX",
    "RWF": "RWF",
    "ETB": "ETB",
    "ZMK": "ZMK",
    "ZMW": "ZMW",
    "MWK": "MWK",
    "MZN": "MZN",
    "BWP": "BWP",
    "NAD": "NAD",
    "AOA": "AOA",
    "MUR": "MUR",
    # Central America and the Caribbean: "GTQ", "HNL", "NIO", "CRC", "DOP", "JMD", "TTD".
    "GTQ": "GTQ",
    "HNL": "HNL",
    "NIO": "NIO",
    "CRC": "CRC",
    "DOP": "DOP",
    "JMD": "JMD",
    "TTD": "TTD",
}

# Currency written after the number; the bool says whether it is a continental-style word.
# Letters that case-blind matching takes for "i" and "s" but that lower() keeps apart: a
# matched word ("MİLLİON") is looked up as the tables spell it.
_WORD_FOLD = str.maketrans({"\u0307": None, "\u0131": "i", "\u017f": "s"})


def word_key(word: str) -> str:
    """A word a pattern matched case-blind, as the word tables spell it (lower case)."""
    return word.lower().translate(_WORD_FOLD)


# A currency word more than one country's money is called ("pesos"): a placeholder unit until
# the issuer's country says which.
PESO = "peso"
# A bare "$" is written by issuers of many dollar countries for their own money ("$1,021.5
# million" by a Canadian issuer is Canadian dollars); anywhere else it is the US dollar.
DOLLAR = "dollar"
# The CFA franc ("412,6 milliards de FCFA") is two monies: the West African franc (XOF) of the
# UEMOA countries and the Central African franc (XAF) of the CEMAC countries.
CFA = "cfa"
# Dinars, riyals (rials), dirhams and manats are each the money of several countries.
DINAR = "dinar"
RIAL = "rial"
DIRHAM = "dirham"
MANAT = "manat"
LOCAL_CURRENCIES: dict[str, dict[str, str]] = {
    PESO: {
        "MX": "MXN", "AR": "ARS", "CL": "CLP", "CO": "COP", "PH": "PHP", "UY": "UYU",
        "DO": "DOP", "CU": "CUP",
    },
    DOLLAR: {"CA": "CAD", "AU": "AUD", "NZ": "NZD"},
    CFA: {
        "BJ": "XOF", "BF": "XOF", "CI": "XOF", "GW": "XOF", "ML": "XOF", "NE": "XOF",
        "SN": "XOF", "TG": "XOF", "CM": "XAF", "CF": "XAF", "TD": "XAF", "CG": "XAF",
        "GQ": "XAF", "GA": "XAF",
    },
    DINAR: {
        "JO": "JOD", "KW": "KWD", "BH": "BHD", "IQ": "IQD", "TN": "TND", "DZ": "DZD",
        "LY": "LYD", "RS": "RSD", "MK": "MKD",
    },
    RIAL: {"SA": "SAR", "QA": "QAR", "OM": "OMR", "YE": "YER", "IR": "IRR"},
    DIRHAM: {"AE": "AED", "MA": "MAD"},
    MANAT: {"AZ": "AZN", "TM": "TMT"},
}  # fmt: skip
# What a placeholder is where the country does not say (a peso of no known country is none).
_DEFAULT_CURRENCIES: dict[str, str] = {DOLLAR: "USD"}


def local_currency(unit: str, country: str | None) -> str | None:
    """``unit`` as an ISO 4217 code: "peso" in Mexico is MXN, "$" in Canada CAD; None where
    the country does not say which peso (a peso of no known country is no currency anyone can
    check)."""
    if unit not in LOCAL_CURRENCIES:
        return unit
    return LOCAL_CURRENCIES[unit].get(country or "") or _DEFAULT_CURRENCIES.get(unit)


# The Turkish lira ("TL", "Turkish lira") is the old lira, ISO 4217 TRL, until the
# redenomination of 1 January 2005 (a million old lira to one new), the new lira TRY after:
# a placeholder until the release's date says which.
LIRA = "lira"
_LIRA_REDENOMINATED = date(2005, 1, 1)


def dated_currency(unit: str, on: date | None) -> str:
    """``unit`` as the ISO 4217 code of its day: "lira" written in 2004 is TRL, in 2006 TRY
    (undated: the lira of today)."""
    if unit != LIRA:
        return unit
    return "TRL" if on is not None and on < _LIRA_REDENOMINATED else "TRY"


CURRENCY_SUFFIXES: dict[str, tuple[str, bool]] = {
    # Italian and Portuguese after a scale word: "419,6 milioni di euro", "milhões de reais"
    "di euro": ("EUR", True),
    # French: "412,6 milliards de FCFA", "629 millions d'euros".
    "de fcfa": (CFA, True),
    "fcfa": (CFA, True),
    "f cfa": (CFA, True),
    "francs cfa": (CFA, True),
    "d'euros": ("EUR", True),
    "d\u2019euros": ("EUR", True),
    # "1.183,4 Mio. EUR", "17,8 Mrd. \u20ac": the euro sign after the amount.
    "\u20ac": ("EUR", False),
    "de euros": ("EUR", True),
    "de reais": ("BRL", True),
    "euros": ("EUR", True),
    "euro's": ("EUR", True),
    "euro": ("EUR", True),
    "eur": ("EUR", False),
    "pounds sterling": ("GBP", False),
    "pounds": ("GBP", False),
    "sterling": ("GBP", False),
    "gbp": ("GBP", False),
    "canadian dollars": ("CAD", False),
    "australian dollars": ("AUD", False),
    "dollars": ("USD", False),
    "usd": ("USD", False),
    "swiss francs": ("CHF", True),
    "francs": ("CHF", True),
    "chf": ("CHF", False),
    "kroner": ("NOK", True),
    "forints": ("HUF", True),
    "forint": ("HUF", True),
    "yuan": ("CNY", False),
    "renminbi": ("CNY", False),
    "rmb": ("CNY", False),
    "hong kong dollars": ("HKD", False),
    "new israeli shekels": ("ILS", False),
    "shekels": ("ILS", False),
    "nis": ("ILS", False),
    "egyptian pounds": ("EGP", False),
    "new turkish lira": ("TRY", False),
    "turkish lira": ("lira", False),
    "ytl": ("TRY", False),
    "reais": ("BRL", True),
    "roubles": ("RUB", False),
    "rubles": ("RUB", False),
    "won": ("KRW", False),
    "rand": ("ZAR", False),
    "yen": ("JPY", False),
    "kronor": ("SEK", True),
    "rupiah": ("IDR", False),
    "rupees": ("INR", False),
    "ringgit": ("MYR", False),
    "baht": ("THB", False),
    "zloty": ("PLN", True),
    "zlotys": ("PLN", True),
    "hryvnia": ("UAH", False),
    "taka": ("BDT", False),
    "kuna": ("HRK", True),
    # "184,6 mil. Kč", "71,8 mil. Sk": the koruna written after a Czech or Slovak amount.
    "kč": ("CZK", True),
    "czk": ("CZK", False),
    "sk": ("SKK", True),
    "skk": ("SKK", False),
    "kenya shillings": ("KES", False),
    "kenyan shillings": ("KES", False),
    "kes": ("KES", False),
    "tenge": ("KZT", False),
    # The Gulf, the Levant and North Africa: "284.6 million Jordanian dinars", "1.2 billion
    # Saudi riyals"; a bare "dinars", "riyals", "dirhams" is the issuer's country's.
    "jordanian dinars": ("JOD", False),
    "kuwaiti dinars": ("KWD", False),
    "bahraini dinars": ("BHD", False),
    "iraqi dinars": ("IQD", False),
    "tunisian dinars": ("TND", False),
    "algerian dinars": ("DZD", False),
    "libyan dinars": ("LYD", False),
    "serbian dinars": ("RSD", False),
    "dinars": (DINAR, False),
    "dinar": (DINAR, False),
    "saudi riyals": ("SAR", False),
    "qatari riyals": ("QAR", False),
    "omani rials": ("OMR", False),
    "omani riyals": ("OMR", False),
    "yemeni rials": ("YER", False),
    "iranian rials": ("IRR", False),
    "riyals": (RIAL, False),
    "rials": (RIAL, False),
    "uae dirhams": ("AED", False),
    "emirati dirhams": ("AED", False),
    "moroccan dirhams": ("MAD", False),
    "dirhams": (DIRHAM, False),
    "lebanese pounds": ("LBP", False),
    "syrian pounds": ("SYP", False),
    "sudanese pounds": ("SDG", False),
    # West Africa: "4.1 billion naira", "310 million cedis".
    "naira": ("NGN", False),
    "cedis": ("GHS", False),
    "cfa francs": (CFA, False),
    # Central Asia and the Caucasus: "12.4 billion soums", "3.1 billion manats".
    "uzbek soums": ("UZS", False),
    "soums": ("UZS", False),
    "kyrgyz soms": ("KGS", False),
    "somoni": ("TJS", False),
    "lari": ("GEL", False),
    "drams": ("AMD", False),
    "tugriks": ("MNT", False),
    "manats": (MANAT, False),
    "manat": (MANAT, False),
    # The Pacific: "412 million Fiji dollars", "1.2 billion kina", "30 million tala".
    "fiji dollars": ("FJD", False),
    "fijian dollars": ("FJD", False),
    "kina": ("PGK", False),
    "tala": ("WST", False),
    "vatu": ("VUV", False),
    "pa'anga": ("TOP", False),
    "pa\u2019anga": ("TOP", False),
    # The Andes: "2.1 billion bolivianos", "430 million nuevos soles".
    "bolivianos": ("BOB", False),
    "nuevos soles": ("PEN", False),
    "guaranies": ("PYG", False),
    "guaraníes": ("PYG", False),
    # Many countries' money is the peso: which one is the issuer's (see local_currency).
    "pesos": (PESO, False),
    "peso": (PESO, False),
}
# Codes that are also English words ("try 5 times") count only when written in capitals.
# A prefix listed here in mixed case ("Ps.") counts in that case only.
CASED_PREFIXES = frozenset(
    {"TRY", "TL", "PHP", "PEN", "S/.", "S/", "Ps.", "Ps", "LE", "L.E.", "NAf", "ANG", "Kč"}
    # Two letters that are also words or initials ("RO", "SR", "DH") and codes that are words
    # ("MAD", "GEL", "BOB"): in capitals only ("Dhs" as written).
    | {"JD", "KD", "BD", "SR", "QR", "RO", "LL", "DH", "Dh", "Dhs", "DHS", "MAD", "GEL", "BOB"}
    | {"RON", "SIT", "BAM", "NAD", "MUR", "DOP", "LAK", "EEK"}
)
# Suffixes that count only as written here ("Sk", not "sk").
CASED_SUFFIXES = frozenset({"Sk", "Kč"})
# A one-letter symbol counts only in capitals and right against the digits ("R5 206 million",
# "W118.6 billion", "P312.5 million", not "r 5" or "Form R 12").
TIGHT_PREFIXES = frozenset({"R", "W", "P"})

SCALES: dict[str, Decimal] = {
    "thousand": Decimal(1_000),
    "million": Decimal(1_000_000),
    "millions": Decimal(1_000_000),
    "billion": Decimal(1_000_000_000),
    "billions": Decimal(1_000_000_000),
    "trillion": Decimal(1_000_000_000_000),
    "trillions": Decimal(1_000_000_000_000),
    # Indian numbering: a lakh is a hundred thousand, a crore ten million.
    "lakh": Decimal(100_000),
    "lakhs": Decimal(100_000),
    "crore": Decimal(10_000_000),
    "crores": Decimal(10_000_000),
    "mn": Decimal(1_000_000),
    "m": Decimal(1_000_000),
    "bn": Decimal(1_000_000_000),
    # Dutch and German abbreviations: "EUR 71,3 mln", "EUR 1,2 mld", "EUR 28,4 Mio."
    "mln": Decimal(1_000_000),
    "mio": Decimal(1_000_000),
    "bln": Decimal(1_000_000_000),
    "mld": Decimal(1_000_000_000),
    "mrd": Decimal(1_000_000_000),
    "mill": Decimal(1_000_000),
    # Portuguese and Spanish: "6,1 milhões de clientes", "1,2 millones de líneas".
    "milhão": Decimal(1_000_000),
    "milhões": Decimal(1_000_000),
    "millón": Decimal(1_000_000),
    "millones": Decimal(1_000_000),
    "bilhão": Decimal(1_000_000_000),
    # "63,4 mil novos assinantes", "198,7 mil linhas": Portuguese and Spanish thousands.
    "mil": Decimal(1_000),
    "bilhões": Decimal(1_000_000_000),
    # Italian: "1,2 milioni di abbonati", "419,6 milioni di euro", "2,1 miliardi".
    "milione": Decimal(1_000_000),
    "milioni": Decimal(1_000_000),
    "miliardo": Decimal(1_000_000_000),
    "miliardi": Decimal(1_000_000_000),
    # French and German: "412,6 milliards", "1,2 milliard", "6,1 Millionen", "2,4 Milliarden".
    "milliard": Decimal(1_000_000_000),
    "milliards": Decimal(1_000_000_000),
    "millionen": Decimal(1_000_000),
    "milliarden": Decimal(1_000_000_000),
}

# Czech and Slovak "mil." after a koruna amount: a milion, not the Portuguese thousand.
_KORUNA_MILLION = Decimal(1_000_000)

WORD_NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
# "passed half a million customers": a fraction before a scale word.
# "passed the half-million mark": "half" right before the scale word.
FRACTION_WORDS: dict[str, Decimal] = {"half a": Decimal("0.5"), "half": Decimal("0.5")}
# "one and a quarter million customers", "two and a half million": a whole and a fraction.
FRACTION_WORDS |= {
    f"{word} and a {part}": WORD_NUMBERS[word] + fraction
    for word in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    for part, fraction in (("half", Decimal("0.5")), ("quarter", Decimal("0.25")))
}


def _alternation(phrases: Iterable[str]) -> str:
    """Longest first, so "more than" wins over "over"; inner spaces match short whitespace runs."""
    keys = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", r"\s{1,3}") for k in keys)


_DIGITS = r"\d+(?:[.,]\d+)*"  # each repetition starts with a separator: no ambiguity, linear
# Space-grouped thousands: one space, non-breaking space, thin or narrow no-break space.
_GROUP_SPACE = "[ \u00a0\u2009\u202f]"
_SPACED = rf"\d{{1,3}}(?:{_GROUP_SPACE}\d{{3}}(?!\d))+(?:[.,]\d+)?"
# Apostrophe-grouped thousands (Swiss): "1'234.5", "512’000".
_GROUP_APOSTROPHE = "['\u2019]"
_APOSTROPHED = rf"\d{{1,3}}(?:{_GROUP_APOSTROPHE}\d{{3}}(?!\d))+(?:[.,]\d+)?"
# Counts written out in words, up to nine hundred and ninety-nine before a scale word: "five
# hundred and four thousand", "eight hundred and twenty-six thousand"; after "thousand" a
# smaller part may follow ("two thousand six hundred").
_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ONES = [w for w, n in WORD_NUMBERS.items() if n < 20]
_DIGIT_WORDS = [w for w in _ONES if WORD_NUMBERS[w] < 10]
_BELOW_HUNDRED = (
    rf"(?:(?:{_alternation(_TENS)})(?:[ -](?:{_alternation(_DIGIT_WORDS)}))?"
    rf"|{_alternation(_ONES)})"
)
_BELOW_THOUSAND = (
    rf"(?:{_alternation(_ONES)})\s{{1,3}}hundred"
    rf"(?:\s{{1,3}}(?:and\s{{1,3}})?{_BELOW_HUNDRED}(?![\w-]))?"
    rf"|{_BELOW_HUNDRED}"
)
_WORDS = rf"{_alternation(FRACTION_WORDS)}|{_BELOW_THOUSAND}"
# The first two letters of every count word: a look-ahead on them turns most words away at
# once, before the long alternation of number words is tried at every word's start.
_WORD_STARTS = "|".join(
    sorted({word[:2] for word in (*FRACTION_WORDS, *_ONES, *_TENS)}, key=lambda w: (-len(w), w))
)
# A koruna written after its amount.
_KORUNA_AFTER = r"(?:(?-i:Kč|Sk)|CZK|SKK)(?!\w)"
_LONG_SCALES = (
    "thousand|millions|million|billions|billion|trillions|trillion|lakhs|lakh|crores|crore"
    "|mln|mio|bln|mld|mrd|milhões|milhão|millones|millón|bilhões|bilhão"
    "|milioni|milione|miliardi|miliardo"
    "|milliards|milliard|milliarden|millionen"
    # Scandinavian English: "NOK 4,512.3 mill." (only with its abbreviation's point).
    r"|mill(?=\.)"
    # Czech and Slovak "mil." (milion, a million) after a koruna amount: "CZK 2 184,6 mil.",
    # "184,6 mil. Kč"; the Portuguese and Spanish thousand never takes a point.
    r"|(?(koruna)mil(?=\.)|(?!))"
    rf"|mil(?=\.[ \t]{{1,3}}{_KORUNA_AFTER})"
    # Portuguese and Spanish "mil" (a thousand), only before a word of those languages: an
    # English "mil" may be a million or a thousandth of an inch.
    r"|mil(?=[ \t\r\n]{1,3}(?:de|novos|novas|nuevos|nuevas|assinantes|clientes|linhas"
    r"|l[íi]neas|usu[áa]rios|suscriptores|abonados|acessos|accesos|colaboradores|empleados"
    r"|funcion[áa]rios|domic[íi]lios|hogares|pessoas|personas)(?![\w-]))"
)
# The first two letters of every qualifier: most words are turned away on them at once.
_QUALIFIER_STARTS = "|".join(
    re.escape(start) for start in sorted({q[:2] for q in QUALIFIERS}, key=lambda w: (-len(w), w))
)
_UNCASED_PREFIXES = set(CURRENCY_PREFIXES) - {p.upper() for p in CASED_PREFIXES | TIGHT_PREFIXES}
_UNCASED_SUFFIXES = set(CURRENCY_SUFFIXES) - {s.lower() for s in CASED_SUFFIXES}

# What a figure's first character can be: a digit, a letter of a word, a currency symbol.
FIRST_CHARACTER = r"[\w£€$\u20a6]"

FIGURE = re.compile(
    r"(?<![\w.,])"
    # Every alternative below opens with such a character: a space (of an indent, say) is
    # passed over at once instead of each alternative being tried there.
    rf"(?={FIRST_CHARACTER})"
    rf"(?:(?=(?:{_QUALIFIER_STARTS}))(?P<qual>{_alternation(QUALIFIERS)})\s{{1,3}})?"
    rf"(?:(?P<cur1>(?-i:{_alternation(CASED_PREFIXES)})|{_alternation(_UNCASED_PREFIXES)})"
    # A Czech or Slovak koruna: its amount's "mil." is a million (see _LONG_SCALES).
    r"(?P<koruna>(?<=CZK)|(?<=SKK)|(?<=Kč))?"
    # "came to EUR\n298,4 million": a line may break between the currency and the amount;
    # "Ch$\u00a0640,158": a no-break space may stand between them.
    r"(?:[ \t\u00a0]|\r?\n[ \t]{0,8})?"
    # A signed amount after its currency: "SEK -612 million" with a minus, "Ps. (61) million"
    # in an accountant's brackets (closed right after the digits) is minus 61 million.
    r"(?:(?P<minus>[-\u2212])(?=\d)|(?P<paren>\()(?=\d))?"
    # ... and only before an amount that looks like money: grouped ("R5 206", "R1.2") or
    # scaled ("R500 million"), so "release R5 and R99" holds no rand.
    rf"|(?P<cur0>(?-i:{_alternation(TIGHT_PREFIXES)}))"
    r"(?=\d{1,3}[ ,.\u00a0]\d|\d{1,12}[ \t]{0,3}(?:thousand|million|billion|trillion|bn|mn|m)\b))?"
    r"(?:"
    rf"(?P<num>{_SPACED}|{_APOSTROPHED}|{_DIGITS})(?![.,]?\d)(?(paren)\))"
    # "US$2.1\n    billion": the scale word may open the next (indented) line.
    r"(?:(?P<short>bn|mn|m)\b|(?:[ \t]{0,3}\r?\n)?[ \t]{0,16}(?P<scale>" + _LONG_SCALES + r")\b)?"
    r"(?!\w)"
    rf"|(?<![\w-])(?=(?:{_WORD_STARTS}))(?P<word>{_WORDS})[\s-]{{1,3}}(?P<wscale>{_LONG_SCALES})\b"
    rf"(?:(?<=thousand)\s{{1,3}}(?:and\s{{1,3}})?(?P<wtail>{_BELOW_THOUSAND})(?![\w-]))?"
    r")"
    r"(?:[ \t]?(?P<pct>%|per\s{1,3}cent\b|percent\b))?"
    # "184,6 mil. Kč", "2,1 mld. Kč": the abbreviation's point before the koruna; "1.183,4
    # Mio. EUR", "2,4 Mrd. €": a German abbreviation's point before the currency after it.
    rf"(?:(?<=mil|mld)\.(?=[ \t]{{1,3}}{_KORUNA_AFTER})"
    r"|(?<=mio|mrd|mln|bln)\.(?=(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,16})"
    r"(?:EUR|CHF|USD|\u20ac)(?![\w])))?"
    # "156,218 million\n    pesos": the currency word may open the next, indented line.
    r"(?:(?:\s{1,3}|[ \t]{0,3}\r?\n[ \t]{0,16})"
    rf"(?P<cur2>(?-i:{_alternation(CASED_SUFFIXES)})|{_alternation(_UNCASED_SUFFIXES)})(?![\w]))?",
    re.IGNORECASE,
)


# The words a date writes right before its year: "1 April 2005", "June 30, 2004", "Q3 2004".
_DATE_BEFORE_YEAR = re.compile(
    r"(?<![\w-])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
    r"(?:[ \t]{1,3}[0-3]?\d(?:st|nd|rd|th)?)?,?[ \t\r\n]{1,3}$"
    r"|(?<![\w-])(?:Q[1-4]|[HS][12]|FY)[ \t]{0,3}$"
    # "the third quarter of 2003", "the first half 2004", "el cuarto trimestre de 2001"
    r"|(?<![\w-])(?:quarter|half|trimestre|semestre)(?:[ \t\r\n]{1,3}(?:of|de|del))?"
    r"[ \t\r\n]{1,3}$",
    re.IGNORECASE,
)
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")


def _bare(match: re.Match[str]) -> bool:
    """A number with no qualifier, currency, percent or scale."""
    if (
        match.group("qual")
        or match.group("cur0")
        or match.group("cur1")
        or match.group("cur2")
        or match.group("pct")
    ):
        return False
    return _scale_of(match) is None


def _bare_year(match: re.Match[str]) -> bool:
    """A four-digit year with no qualifier, currency, percent or scale: maybe part of a date."""
    if not (match.group("num") and _YEAR_TOKEN.fullmatch(match.group("num"))):
        return False
    return _bare(match)


def _after_date_words(text: str, start: int, floor: int = 0) -> bool:
    """Does a month or quarter end right before ``start`` (looking back no further than
    ``floor``, where the text a figure was found in began)?"""
    return bool(_DATE_BEFORE_YEAR.search(text[max(floor, start - 20) : start]))


def _is_date_year(text: str, match: re.Match[str]) -> bool:
    """A bare four-digit year right after a month or quarter is part of a date, not a count."""
    return _bare_year(match) and _after_date_words(text, match.start())


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure found in text: its fully scaled value and the phrase that wrote it."""

    value: Decimal
    qualifier: Qualifier
    currency: str | None
    percent: bool
    scale: Decimal | None
    start: int
    end: int
    text: str

    @property
    def scaled(self) -> bool:
        return self.scale is not None

    @property
    def kind(self) -> str:
        """ "percent", "money" or "count": what a metric rule may accept."""
        if self.percent:
            return "percent"
        return "money" if self.currency else "count"


def parse_number(token: str, *, scaled: bool = False, continental: bool | None = None) -> Decimal:
    """Read one written number ("11,750", "8.475.000", "13,9", "one") by the module's rule."""
    token = token.strip()
    if not token[:1].isdigit():  # words: "one", "half a", "five hundred and four"
        word = _SPACE_RUN.sub(" ", token.lower())
        if word in WORD_NUMBERS:
            return Decimal(WORD_NUMBERS[word])
        if word in FRACTION_WORDS:
            return FRACTION_WORDS[word]
        if _BELOW_THOUSAND_WORDS.fullmatch(word):
            return Decimal(_word_count(word))
        raise ValueError(f"not a number: {token!r}")
    if _SPACED_DIGITS.fullmatch(token) and _GROUP_SPACE_CHAR.search(token):
        return Decimal(_GROUP_SPACE_CHAR.sub("", token).replace(",", "."))
    if _APOSTROPHED_DIGITS.fullmatch(token):
        return Decimal(_GROUP_APOSTROPHE_CHAR.sub("", token).replace(",", "."))
    if not _DIGIT_TOKEN.fullmatch(token):
        raise ValueError(f"not a number: {token!r}")
    dots, commas = token.count("."), token.count(",")
    if dots and commas:
        decimal_mark = "." if token.rfind(".") > token.rfind(",") else ","
        grouping = "," if decimal_mark == "." else "."
        return Decimal(token.replace(grouping, "").replace(decimal_mark, "."))
    if dots + commas == 0:
        return Decimal(token)
    mark = "." if dots else ","
    if dots + commas > 1:
        return Decimal(token.replace(mark, ""))
    fraction = token.split(mark)[1]
    if len(fraction) != 3:
        return Decimal(token.replace(",", "."))
    if mark == ",":
        grouping_mark = continental is not True
    else:
        grouping_mark = continental is True or (continental is None and not scaled)
    return Decimal(token.replace(mark, "")) if grouping_mark else Decimal(token.replace(",", "."))


# parse_number's patterns, compiled once (it reads every figure of every filing).
_SPACE_RUN = re.compile(r"\s+")
_BELOW_THOUSAND_WORDS = re.compile(_BELOW_THOUSAND)
_SPACED_DIGITS = re.compile(_SPACED)
_GROUP_SPACE_CHAR = re.compile(_GROUP_SPACE)
_APOSTROPHED_DIGITS = re.compile(_APOSTROPHED)
_GROUP_APOSTROPHE_CHAR = re.compile(_GROUP_APOSTROPHE)
_DIGIT_TOKEN = re.compile(_DIGITS)


def _word_count(words: str) -> int:
    """ "five hundred and four" as 504, "twenty-six" as 26."""
    count = 0
    for word in re.split(r"[\s-]+", words):
        if word == "hundred":
            count *= 100
        elif word != "and":
            count += _TENS.get(word) or WORD_NUMBERS[word]
    return count


def _scale_of(match: re.Match[str]) -> Decimal | None:
    word = match.group("short") or match.group("scale") or match.group("wscale")
    if not word:
        return None
    key = word_key(word)
    if key == "mil" and match.string.startswith(
        ".", match.end("scale" if match.group("scale") else "wscale")
    ):
        return _KORUNA_MILLION  # Czech and Slovak "mil." (the Portuguese "mil" takes no point)
    return SCALES[key]


def _figure(match: re.Match[str], *, continental: bool | None) -> Figure:
    scale = _scale_of(match)
    percent = match.group("pct") is not None
    currency = None
    word_currency = False
    prefix = match.group("cur1") or match.group("cur0")
    if prefix:
        currency = CURRENCY_PREFIXES[word_key(prefix).upper()]
    if match.group("cur2"):
        suffix = re.sub(r"\s+", " ", word_key(match.group("cur2")))
        currency, word_currency = CURRENCY_SUFFIXES[suffix]
    if continental is None and word_currency and scale is not None:
        continental = True
    token = match.group("num") or match.group("word")
    number = parse_number(token, scaled=scale is not None or percent, continental=continental)
    value = number * scale if scale is not None else number
    if match.group("minus") or match.group("paren"):
        value = -value
    if match.group("wtail"):
        # "two thousand six hundred": the part after "thousand".
        value += _word_count(word_key(re.sub(r"\s+", " ", match.group("wtail"))))
    qualifier_text = match.group("qual")
    qualifier: Qualifier = "exact"
    if qualifier_text:
        qualifier = QUALIFIERS[re.sub(r"\s+", " ", word_key(qualifier_text))]
    return Figure(
        value=normalised(value),
        qualifier=qualifier,
        currency=currency,
        percent=percent,
        scale=scale,
        start=match.start(),
        end=match.end(),
        text=match.group(0),
    )


def normalised(value: Decimal) -> Decimal:
    """Drop trailing zeros of the fraction but never switch to exponent form; a whole number
    of more digits than the decimal context holds (29 and up) stays as written."""
    if value == value.to_integral_value():
        try:
            return value.quantize(Decimal(1))
        except InvalidOperation:
            return value
    return value.normalize()


# Every figure writes a digit or a scale word ("five million"): text with neither holds none.
# ("dois milhões", "two millones" hold none of the English words: "ilh", "illo", "illó").
_FIGURE_HINT = re.compile(r"\d|illion|thousand|ilh|illo|illó", re.IGNORECASE)


def _figure_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Every match of FIGURE in ``text[start:end]``, years of dates included."""
    if _FIGURE_HINT.search(text, start, end) is None:
        return []
    return [m for m in FIGURE.finditer(text, start, end) if not _numeric_date(m)]


# "as at 31.12.2005": a day, a month and a year written with dots is a date, never a figure.
NUMERIC_DATE_PATTERN = (
    # "31.12.2005", "30-09-2002"
    r"(?:(?P<day>0?[1-9]|[12]\d|3[01])(?P<sep>[.-])(?P<month>0?[1-9]|1[0-2])(?P=sep)"
    # "31/12/2007": with slashes only when the day cannot be a month ("12/06/2007" may be
    # either, as American and European issuers write it)
    r"|(?P<sday>1[3-9]|2\d|3[01])/(?P<smonth>0?[1-9]|1[0-2])/)"
    r"(?P<year>(?:19|20)\d\d)"
)
NUMERIC_DATE = re.compile(NUMERIC_DATE_PATTERN)


def _numeric_date(match: re.Match[str]) -> bool:
    number = match.group("num")
    return bool(number and NUMERIC_DATE.fullmatch(number)) and _bare(match)


def find_figures(
    text: str, start: int = 0, end: int | None = None, *, continental: bool | None = None
) -> Iterator[Figure]:
    """Every figure in ``text[start:end]``, in order, with offsets into ``text``."""
    stop = len(text) if end is None else end
    for match in _figure_matches(text, start, stop):
        if _is_date_year(text, match):
            continue
        yield _figure(match, continental=continental)


@dataclass(frozen=True, slots=True)
class Shape:
    """Where a figure is and what kind it is, its value unread."""

    start: int
    end: int
    kind: str
    scaled: bool


def _shape(match: re.Match[str]) -> Shape:
    if match.group("pct") is not None:
        kind = "percent"
    elif match.group("cur0") or match.group("cur1") or match.group("cur2"):
        kind = "money"
    else:
        kind = "count"
    return Shape(match.start(), match.end(), kind, _scale_of(match) is not None)


def figure_shapes(text: str) -> list[Shape]:
    """The shape of each figure ``find_figures(text)`` yields."""
    return [
        _shape(match)
        for match in _figure_matches(text, 0, len(text))
        if not _is_date_year(text, match)
    ]


# What a figure's first character can be, and what the look-behinds at its start look at.
_FIGURE_FIRST = re.compile(FIRST_CHARACTER)
_LOOK_BEHIND = re.compile(r"[\w.,-]")


class FigureScan:
    """The figures of one stretch of text (a sentence), scanned once.

    ``window`` tells what a fresh scan of a piece of the stretch would find, from this scan.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text = text
        self._matches = _figure_matches(text, start, end)
        self._shapes = [_shape(match) for match in self._matches]
        self._starts = [shape.start for shape in self._shapes]
        self._bare_years = [_bare_year(match) for match in self._matches]
        self._dated = [
            bare and _after_date_words(text, shape.start)
            for bare, shape in zip(self._bare_years, self._shapes, strict=True)
        ]

    def figures(self, *, continental: bool | None = None) -> list[Figure]:
        """What ``find_figures`` yields for the stretch."""
        return [
            _figure(match, continental=continental)
            for match, dated in zip(self._matches, self._dated, strict=True)
            if not dated
        ]

    def window(self, start: int, end: int) -> list[Shape]:
        """``figure_shapes(text[start:end])``, offsets into ``text``, where ``end`` is the start
        of a figure of this scan.

        A scan of the piece alone finds the whole scan's matches between ``start`` and ``end``.
        At ``end``: the character before a figure is no word character and no look-ahead
        follows one, so every branch that reaches ``end`` still wants a character there and
        fails in the piece, as it fails (or runs past ``end``, which the figure there rules
        out) in the whole. At ``start``: the same when no match of the whole runs across it
        and the look-behind there sees no difference; else the piece is scanned afresh, but
        only until the fresh scan finds a match of the whole (after ``start``, where the
        look-behinds see the same characters): from there on both scans go the same way.
        A year's date words are looked for inside the piece only, as a fresh scan would.
        """
        text = self._text
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end, first)
        if last == len(self._starts) or self._starts[last] != end:
            return [
                Shape(s.start + start, s.end + start, s.kind, s.scaled)
                for s in figure_shapes(text[start:end])
            ]
        if (first > 0 and self._shapes[first - 1].end > start) or (
            start > 0
            and _FIGURE_FIRST.match(text, start) is not None
            and _LOOK_BEHIND.match(text, start - 1) is not None
        ):
            return self._rescanned(start, end, first, last)
        shapes = []
        for i in range(first, last):
            shape = self._shapes[i]
            dated = self._dated[i]
            if self._bare_years[i] and shape.start - 20 < start:
                dated = _after_date_words(text, shape.start, start)
            if not dated:
                shapes.append(shape)
        return shapes

    def _kept(self, start: int, first: int, last: int) -> list[Shape]:
        """The whole scan's shapes ``first`` to ``last`` (before the piece's end), a year's
        date words looked for inside the piece from ``start``."""
        shapes = []
        for i in range(first, last):
            shape = self._shapes[i]
            dated = self._dated[i]
            if self._bare_years[i] and shape.start - 20 < start:
                dated = _after_date_words(self._text, shape.start, start)
            if not dated:
                shapes.append(shape)
        return shapes

    def _rescanned(self, start: int, end: int, first: int, last: int) -> list[Shape]:
        """A fresh scan of the piece, up to its first match (after ``start``) that the whole
        scan also found; the whole scan's shapes from there."""
        piece = self._text[start:end]
        shapes: list[Shape] = []
        k = first  # the whole scan's first match not before the fresh scan's position
        for match in FIGURE.finditer(piece) if _FIGURE_HINT.search(piece) else ():
            at = match.start() + start
            while k < last and self._starts[k] < at:
                k += 1
            if (
                at > start
                and k < last
                and self._starts[k] == at
                and self._shapes[k].end == match.end() + start
            ):
                return shapes + self._kept(start, k, last)
            if _numeric_date(match) or _is_date_year(piece, match):
                continue
            shape = _shape(match)
            shapes.append(Shape(shape.start + start, shape.end + start, shape.kind, shape.scaled))
        return shapes


# Scale words written as abbreviations, which may end on their point.
_ABBREVIATED_SCALES = frozenset({"mil", "mill", "mln", "mio", "bln", "mld", "mrd"})


def parse_figure(phrase: str, *, continental: bool | None = None) -> Figure:
    """Read a phrase that is exactly one figure ("EUR 1.245 billion", "99 per cent")."""
    written = phrase.strip()
    match = FIGURE.fullmatch(written)
    if match is None and written.endswith("."):
        # "CZK 2 184,6 mil.", "NOK 4,512.3 mill.": a scale's abbreviation keeps its point
        match = FIGURE.match(written)
        if match is not None and not (
            match.end() == len(written) - 1
            and match.group("scale")
            and match.end("scale") == match.end()
            and word_key(match.group("scale")) in _ABBREVIATED_SCALES
        ):
            match = None
    if match is None:
        raise ValueError(f"not a figure: {phrase!r}")
    return _figure(match, continental=continental)


def word_number(word: str) -> int | None:
    """A small count written in words or digits ("Nine", "eleven", "11"), else None."""
    key = word.strip().lower()
    if key.isdigit():
        return int(key)
    number = WORD_NUMBERS.get(key)
    return int(number) if number is not None and number == int(number) else None
