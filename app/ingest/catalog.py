"""The operator reference table and the name finder built on it: aliases in, Operator rows out."""

from __future__ import annotations

import copy
import csv
import dataclasses
import re
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from app.ingest.records import Mention, Operator, Span

# ISO 3166-1 alpha-2 → how releases write the country (names, short forms, adjectives).
COUNTRIES: dict[str, tuple[str, ...]] = {
    "GB": ("United Kingdom", "the UK", "UK", "U.K.", "Britain", "Great Britain", "British",
           "England", "English"),
    "IE": ("Ireland", "Irish", "Republic of Ireland"),
    "DE": ("Germany", "German", "Deutschland"),
    "AT": ("Austria", "Austrian"),
    "CH": ("Switzerland", "Swiss"),
    "ES": ("Spain", "Spanish"),
    "PT": ("Portugal", "Portuguese"),
    "FR": ("France", "French"),
    "IT": ("Italy", "Italian"),
    "NL": ("the Netherlands", "Netherlands", "Holland", "Dutch"),
    "BE": ("Belgium", "Belgian"),
    "LU": ("Luxembourg",),
    "DK": ("Denmark", "Danish"),
    "NO": ("Norway", "Norwegian"),
    "SE": ("Sweden", "Swedish"),
    "FI": ("Finland", "Finnish"),
    "IS": ("Iceland", "Icelandic"),
    "HU": ("Hungary", "Hungarian"),
    "CZ": ("Czech Republic", "the Czech Republic", "Czechia", "Czech", "CR"),
    "SK": ("Slovakia", "Slovak Republic", "Slovak"),
    "PL": ("Poland", "Polish"),
    "SI": ("Slovenia", "Slovenian"),
    "HR": ("Croatia", "Croatian"),
    "RS": ("Serbia", "Serbian"),
    "RO": ("Romania", "Romanian"),
    "BG": ("Bulgaria", "Bulgarian"),
    "GR": ("Greece", "Greek"),
    "CY": ("Cyprus", "Cypriot"),
    "MT": ("Malta", "Maltese"),
    "EE": ("Estonia", "Estonian"),
    "LV": ("Latvia", "Latvian"),
    "LT": ("Lithuania", "Lithuanian"),
    "RU": ("Russia", "Russian Federation", "the Russian Federation", "Russian"),
    "UA": ("Ukraine", "Ukrainian"),
    "TR": ("Turkey", "Turkish"),
    "IM": ("Isle of Man", "Manx"),
    "US": ("United States", "the US", "USA", "U.S.", "American"),
    "HK": ("Hong Kong", "H.K."),
    "MO": ("Macau", "Macao"),
    "JP": ("Japan", "Japanese"),
    "AL": ("Albania", "Albanian"),
    "AD": ("Andorra",),
    "AM": ("Armenia", "Armenian"),
    "AZ": ("Azerbaijan", "Azerbaijani"),
    "BY": ("Belarus", "Belarusian"),
    "BA": ("Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"),
    "GE": ("Georgia",),
    "KZ": ("Kazakhstan", "Kazakh"),
    "KG": ("Kyrgyzstan", "Kyrgyz Republic"),
    "TJ": ("Tajikistan",),
    "TM": ("Turkmenistan",),
    "UZ": ("Uzbekistan", "Uzbek"),
    "MD": ("Moldova", "Moldovan"),
    "ME": ("Montenegro", "Montenegrin"),
    "MK": ("North Macedonia", "Macedonia", "Macedonian", "FYROM"),
    "XK": ("Kosovo",),
    "LI": ("Liechtenstein",),
    "MC": ("Monaco",),
    "SM": ("San Marino",),
    "GI": ("Gibraltar",),
    "FO": ("Faroe Islands", "Faroese"),
    "GL": ("Greenland",),
    "EG": ("Egypt", "Egyptian"),
    "MA": ("Morocco", "Moroccan"),
    "TN": ("Tunisia", "Tunisian"),
    "DZ": ("Algeria", "Algerian"),
    "LY": ("Libya", "Libyan"),
    "IL": ("Israel", "Israeli"),
    "PS": ("Palestine", "Palestinian Territories"),
    "JO": ("Jordan",),
    "LB": ("Lebanon", "Lebanese"),
    "SY": ("Syria", "Syrian"),
    "IQ": ("Iraq", "Iraqi"),
    "IR": ("Iran", "Iranian"),
    "SA": ("Saudi Arabia", "Saudi"),
    "AE": ("United Arab Emirates", "the UAE", "UAE"),
    "QA": ("Qatar", "Qatari"),
    "KW": ("Kuwait", "Kuwaiti"),
    "BH": ("Bahrain", "Bahraini"),
    "OM": ("Oman", "Omani"),
    "YE": ("Yemen", "Yemeni"),
    "AF": ("Afghanistan", "Afghan"),
    "PK": ("Pakistan", "Pakistani"),
    "IN": ("India", "Indian"),
    "BD": ("Bangladesh", "Bangladeshi"),
    "LK": ("Sri Lanka", "Sri Lankan"),
    "NP": ("Nepal", "Nepalese"),
    "BT": ("Bhutan", "Bhutanese"),
    "MV": ("Maldives", "Maldivian"),
    "CN": ("China", "Chinese", "People's Republic of China", "PRC"),
    "TW": ("Taiwan", "Taiwanese", "Republic of China", "R.O.C."),
    "KR": ("South Korea", "Korea", "Korean", "Republic of Korea"),
    "MN": ("Mongolia", "Mongolian"),
    "SG": ("Singapore", "Singaporean"),
    "MY": ("Malaysia", "Malaysian"),
    "ID": ("Indonesia", "Indonesian"),
    "TH": ("Thailand", "Thai"),
    "VN": ("Vietnam", "Viet Nam", "Vietnamese"),
    "PH": ("the Philippines", "Philippines", "Philippine"),
    "KH": ("Cambodia", "Cambodian"),
    "LA": ("Laos", "Lao PDR"),
    "MM": ("Myanmar", "Burma"),
    "AU": ("Australia", "Australian"),
    "NZ": ("New Zealand", "New Zealander"),
    "FJ": ("Fiji", "Fijian"),
    "PG": ("Papua New Guinea", "PNG"),
    "VU": ("Vanuatu",),
    "WS": ("Samoa", "Samoan"),
    "ZA": ("South Africa", "Republic of South Africa", "the Republic of South Africa",
           "South African"),
    "LS": ("Lesotho",),
    "NG": ("Nigeria", "Nigerian"),
    "GH": ("Ghana", "Ghanaian"),
    "KE": ("Kenya", "Kenyan"),
    "TZ": ("Tanzania", "Tanzanian"),
    "UG": ("Uganda", "Ugandan"),
    "RW": ("Rwanda",),
    "ET": ("Ethiopia", "Ethiopian"),
    "SN": ("Senegal", "Senegalese"),
    "ML": ("Mali", "Malian"),
    "GN": ("Guinea", "Guinean"),
    "BF": ("Burkina Faso", "Burkinabe"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "CM": ("Cameroon",),
    "CD": ("Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC"),
    "CG": ("Republic of the Congo", "Congo"),
    "ZM": ("Zambia",),
    "ZW": ("Zimbabwe",),
    "MZ": ("Mozambique",),
    "AO": ("Angola",),
    "BW": ("Botswana",),
    "NA": ("Namibia",),
    "MG": ("Madagascar",),
    "MU": ("Mauritius",),
    "SD": ("Sudan",),
    "CA": ("Canada", "Canadian"),
    "MX": ("Mexico", "México", "Mexican"),
    "GT": ("Guatemala", "Guatemalan"),
    "HN": ("Honduras", "Honduran"),
    "SV": ("El Salvador", "Salvadoran"),
    "NI": ("Nicaragua", "Nicaraguan"),
    "CR": ("Costa Rica", "Costa Rican"),
    "PA": ("Panama", "Panamá", "Panamanian"),
    "BZ": ("Belize", "Belizean"),
    "CU": ("Cuba", "Cuban"),
    "JM": ("Jamaica", "Jamaican"),
    "HT": ("Haiti",),
    "DO": ("Dominican Republic",),
    "PR": ("Puerto Rico",),
    "TT": ("Trinidad and Tobago", "Trinidad"),
    "BS": ("Bahamas", "the Bahamas"),
    "BB": ("Barbados",),
    "BM": ("Bermuda",),
    "KY": ("Cayman Islands", "the Cayman Islands"),
    "AG": ("Antigua and Barbuda", "Antigua"),
    "LC": ("Saint Lucia", "St Lucia", "St. Lucia"),
    "GD": ("Grenada",),
    "AW": ("Aruba",),
    "GY": ("Guyana",),
    "SR": ("Suriname",),
    # Dissolved in 2010 (Curaçao, Sint Maarten, the BES islands): filings before then name it.
    "AN": ("Netherlands Antilles", "the Netherlands Antilles"),
    "BR": ("Brazil", "Brazilian"),
    "AR": ("Argentina", "Argentine", "Argentinian"),
    "CL": ("Chile", "Chilean"),
    "PE": ("Peru", "Peruvian"),
    "CO": ("Colombia", "Colombian"),
    "VE": ("Venezuela", "Venezuelan"),
    "EC": ("Ecuador", "Ecuadorian"),
    "UY": ("Uruguay", "Uruguayan"),
    "PY": ("Paraguay", "Paraguayan"),
    "BO": ("Bolivia", "Bolivian"),
    # The rest of Africa, the French departments, the Pacific and the Caribbean
    "BJ": ("Benin", "Beninese"),
    "NE": ("Niger", "Nigerien"),
    "TG": ("Togo", "Togolese"),
    "TD": ("Chad", "Chadian"),
    "GA": ("Gabon", "Gabonese"),
    "CF": ("Central African Republic",),
    "GQ": ("Equatorial Guinea",),
    "GW": ("Guinea-Bissau",),
    "SL": ("Sierra Leone", "Sierra Leonean"),
    "LR": ("Liberia", "Liberian"),
    "GM": ("The Gambia", "Gambia", "Gambian"),
    "MR": ("Mauritania", "Mauritanian"),
    "CV": ("Cape Verde", "Cabo Verde"),
    "MW": ("Malawi", "Malawian"),
    "BI": ("Burundi",),
    "SO": ("Somalia",),
    "DJ": ("Djibouti",),
    "ER": ("Eritrea",),
    "SZ": ("Swaziland", "Eswatini"),
    "SC": ("Seychelles",),
    "KM": ("Comoros",),
    "RE": ("Réunion", "Reunion"),
    "GP": ("Guadeloupe",),
    "MQ": ("Martinique",),
    "GF": ("French Guiana", "Guyane"),
    "BN": ("Brunei", "Brunei Darussalam"),
    "TL": ("East Timor", "Timor-Leste"),
    "SB": ("Solomon Islands",),
    "TO": ("Tonga", "Tongan"),
    "NC": ("New Caledonia",),
    "PF": ("French Polynesia",),
    "GU": ("Guam",),
    "KN": ("Saint Kitts and Nevis", "St Kitts and Nevis"),
    "DM": ("Dominica",),
    "VC": ("Saint Vincent and the Grenadines", "St Vincent and the Grenadines"),
    "TC": ("Turks and Caicos Islands",),
    "VG": ("British Virgin Islands",),
    "AI": ("Anguilla",),
    "JE": ("Jersey",),
    "GG": ("Guernsey",),
    "KP": ("North Korea", "Democratic People's Republic of Korea"),
}  # fmt: skip

# How operators' own brands write their country ("Tele2 Lietuva", "Orange Polska", "3 Italia"):
# read after a group's name only, never as a country elsewhere in the text.
NATIVE_COUNTRY_NAMES: dict[str, str] = {
    "Sverige": "SE", "Suomi": "FI", "Norge": "NO", "Danmark": "DK", "Eesti": "EE",
    "Latvija": "LV", "Lietuva": "LT", "Polska": "PL", "Hrvatska": "HR", "Slovensko": "SK",
    "Slovenija": "SI", "Srbija": "RS", "Italia": "IT", "España": "ES", "Österreich": "AT",
    "Magyarország": "HU", "Nederland": "NL", "België": "BE", "Belgique": "BE", "Schweiz": "CH",
    "Suisse": "CH", "Brasil": "BR", "Perú": "PE", "Česko": "CZ", "Česká republika": "CZ",
    "Türkiye": "TR", "Hellas": "GR", "România": "RO", "Ísland": "IS", "Rossiya": "RU",
    "Ukraina": "UA", "Crna Gora": "ME", "Makedonija": "MK", "Shqipëria": "AL",
    "Sénégal": "SN", "Guinée": "GN", "Burkina": "BF",
    # German releases name the countries of their markets in German ("Noricum Mobil
    # (Kroatien)"): read, like the names above, only where a name or a row places a company.
    "Kroatien": "HR", "Slowenien": "SI", "Slowakei": "SK", "Tschechien": "CZ", "Ungarn": "HU",
    "Polen": "PL", "Rumänien": "RO", "Bulgarien": "BG", "Serbien": "RS", "Russland": "RU",
    "Weißrussland": "BY", "Schweden": "SE", "Norwegen": "NO",
    "Dänemark": "DK", "Finnland": "FI", "Frankreich": "FR", "Spanien": "ES", "Italien": "IT",
    "Griechenland": "GR", "Türkei": "TR", "Niederlande": "NL", "Belgien": "BE",
}  # fmt: skip

# Aliases that are also ordinary words: how sure the text must be before they count as names.
#   number: a number word ("One") — capitalised, not a sentence opener, not "One million"
#   word:   a dictionary word ("Orange") — capitalised and near telecom words
#   caps:   an acronym that is also a word ("ICE") — only in capitals
#   title:  a name made of ordinary words ("Taiwan Mobile") — each word capitalised, so that
#           "the Taiwan mobile market" stays a phrase
#   quoted: a bare symbol ("3") — only inside quotes
AMBIGUOUS: dict[str, str] = {
    "one": "number",
    "three": "number",
    "3": "quoted",
    "orange": "word",
    "wind": "word",
    "base": "word",
    "era": "word",
    "plus": "word",
    "pannon": "word",
    "telia": "word",
    "a1": "word",
    "ptc": "word",
    "sprint": "word",
    "meteor": "word",
    "optimus": "word",
    "aria": "word",
    "oskar": "word",
    "jio": "word",
    "personal": "word",
    "vivo": "word",
    "claro": "word",
    "oi": "word",
    "porta": "word",
    "sistema": "word",
    "ice": "caps",
    "bt": "caps",
    # Short acronyms that are also words or common letter pairs ("tot", "XL", "M1", "kt").
    "kt": "caps",
    "xl": "caps",
    "m1": "caps",
    "tot": "caps",
    "btc": "caps",
    "cnc": "caps",
    "slt": "caps",
    "ais": "caps",
    "rcom": "caps",
    "ttsl": "caps",
    "stc": "caps",
    "ses": "caps",
    "upc": "caps",
    "etb": "caps",
    "taiwan mobile": "title",
    "brazil telecom": "title",
    "asia pacific telecom": "title",
    "cable and wireless": "title",
    "mobile telephone networks": "title",
    "southern telecom": "title",
    # Operators named like people ("Roshan Perera, Chief Financial Officer"): in capitals, or
    # with a legal form or the full name ("Roshan Ltd" is not this key, so it counts).
    "roshan": "caps",
    "telma": "caps",
    "elion": "caps",
    # Brands that are words or phrases in lower case ("our star choice", "the fastlink service",
    # "freenet" software): a name only when capitalised.
    "star choice": "title",
    "fastlink": "title",
    "telenet": "title",
    "sky mobile": "title",
    "afghan wireless": "title",
    "vista cellular": "title",
    "spice telecom": "title",
    "telecom colombia": "title",
    # Descriptions that read as a name only in title case ("Kazakh telecom revenue" is not
    # Kazakh Telecom, "mobile digital communications" not Mobile Digital Communications).
    "mobile digital communications": "title",
    "emerging markets telecommunication services": "title",
    "kazakh telecom": "title",
    "uzbek telecom": "title",
    "sudan telecom": "title",
    "lithuanian telecom": "title",
    "macedonian telecom": "title",
    "estonian telecom": "title",
    "ghana telecommunications company": "title",
    "bangladesh telecommunications company": "title",
    "sudan telecommunications company": "title",
    # Older rows of the same kinds: first names, words, and descriptions of a trade.
    "elisa": "word",
    "zain": "word",
    "eon": "caps",
    "peoples": "caps",
    "airwave": "title",
    "iridium": "title",
    "iliad": "title",
    "partner communications": "title",
    "partner communications company": "title",
    "total access communication": "title",
    "advanced info service": "title",
    "smart communications": "title",
    "true corporation": "title",
    "true corp": "title",
    "true move": "title",
    "free mobile": "title",
    "golden telecom": "title",
    "vip mobile": "title",
    "telecom personal": "title",
    "mobile telecommunications company": "title",
    "national mobile telecommunications company": "title",
    "southern telecommunications company": "title",
    "pacific mobile communications": "title",
    "ukrainian mobile communications": "title",
    "albanian mobile communications": "title",
    "pakistan mobile communications": "title",
    "digital telecommunications philippines": "title",
    "telecommunications indonesia": "title",
    "british telecommunications": "title",
    "singapore telecommunications": "title",
    "singapore telecom": "title",
    "iceland telecom": "title",
    "croatian telecom": "title",
    "slovak telecom": "title",
    "czech telecom": "title",
    "saudi telecom": "title",
    "qatar telecom": "title",
    "jordan telecom": "title",
    "uganda telecom": "title",
    "mongolia telecom": "title",
    "nepal telecom": "title",
    "lao telecom": "title",
    "lao telecommunications": "title",
    "angola telecom": "title",
    "oman mobile": "title",
    "yemen mobile": "title",
    "nigerian telecommunications": "title",
    "ethiopian telecommunications": "title",
    "malawi telecommunications": "title",
    "bulgarian telecommunications company": "title",
    "zambia telecommunications company": "title",
    "tanzania telecommunications company": "title",
    "jordan telecommunications company": "title",
    "oman telecommunications company": "title",
    "bahrain telecommunications company": "title",
    "palestine telecommunications company": "title",
    "pakistan telecommunication company": "title",
}
# Quotes and brackets that may open a sentence.
_OPENERS = "\"'\u201c\u2018(["
# Small words a name made of ordinary words may keep in lower case ("Cable and Wireless").
_PARTICLES = frozenset({"and", "of", "de", "del", "da", "do", "di", "la", "&"})

# The Gulf's forms, dotted, a closed company's "(c)" after some: Bahrain's "B.S.C. (c)",
# Kuwait's "K.S.C.P.", Qatar's "Q.P.S.C.", Oman's "S.A.O.G.", the Emirates' "P.J.S.C.".
GULF_FORMS = (
    "b.s.c.", "b.s.c. (c)", "k.s.c.", "k.s.c.p.", "k.s.c.c.", "k.s.c. (closed)", "q.s.c.",
    "q.p.s.c.", "q.s.c. (c)", "s.a.o.g.", "s.a.o.c.", "p.j.s.c.", "p.s.c.",
)  # fmt: skip
# The Andean limited company ("Example Net Cía. Ltda."), as written and as keyed.
ANDEAN_FORMS = ("cía. ltda.", "cía ltda", "cia. ltda.", "cia ltda")
# Legal-form words a name may carry without changing who it is.
LEGAL_SUFFIXES = (
    "plc", "ltd", "limited", "gmbh", "gmbh & co. ohg", "spa", "s.p.a.", "ag", "sa", "s.a.",
    "nv", "n.v.", "bv", "asa", "as", "a/s", "ab", "oyj", "inc", "corp", "a.s.", "a. s.",
    "rt.", "d.d.", "spol. s r.o.", "group", "grupo", "se", "ojsc", "pjsc", "jsc", "oao", "llc",
    "llp", "lp", "ltda", "s.a.b. de c.v.", "sa de cv", "de c.v.", "corporation", "co.", "co. ltd",
    "nyrt", "d.o.o.", "s.r.l.", "sgps", "k.k.", "bhd", "berhad", "tbk",
    "oy", "kft", "zrt", "sp. z o.o.", "company", "public limited company", "company limited",
    "pcl", "public company limited", "persero", "sdn bhd", "sdn. bhd.", "pte ltd", "pte. ltd.",
    "pty ltd", "pty", "publ", "a.d.", "a.s", "a.ş.", "s.a.a.", "s.a.c.", "public corporation",
    "hf.", "s.a.e.", "s.r.o.", "sh.a.", "s.l.", "sarl", "s.a.r.l.", "s.a.s.", "sas",
    # Mexican forms written in full or bare: "S. de R.L. de C.V.", "S de RL de CV", "S.A. de C.V.".
    "s. de r.l. de c.v.", "s de rl de cv", "s. de r.l.", "s de rl", "s.a. de c.v.",
    # Turkish forms spelt out (the cover's "Anonim Sirketi" is the prose's "A.S."), and the
    # private company of India and Nepal ("Private Limited", "Pvt. Ltd.").
    "anonim sirketi", "limited sirketi", "ltd. sti.", "private limited", "pvt. ltd.", "pvt ltd",
    # The joint-stock companies of the former Soviet Union spelt out or as initials ("Closed
    # Joint Stock Company", "CJSC"), and Uzbekistan's foreign enterprise ("... FE LLC").
    "joint stock company", "cjsc", "fe llc",
    # Colombia's public-service company ("Example Móvil S.A. E.S.P.").
    "e.s.p.", "s.a. e.s.p.",
    *ANDEAN_FORMS,
    *GULF_FORMS,
)  # fmt: skip
# One alternative for all of them: each form more in the alternation below slows every
# search for a name's legal form. A form's brackets may be gone from a lookup key ("b.s.c.
# (c)" is keyed "b.s.c. c").
_GULF_PATTERN = (
    r"(?:[bkq]\.(?:p\.)?s\.c(?:\.[pc])?(?:\.?\s\(?(?:c|closed)\)?)?|s\.a\.o\.[gc]|p\.j?\.?s\.c)\.?"
)
_ANDEAN_PATTERN = r"c[i\u00ed]a\.?\sltda\.?"
_SUFFIX_PATTERN = "|".join(
    [_GULF_PATTERN, _ANDEAN_PATTERN]
    + [
        re.escape(s.rstrip(".")).replace(r"\ ", r"\s") + r"\.?"
        for s in sorted(LEGAL_SUFFIXES, key=len, reverse=True)
        if s not in GULF_FORMS and s not in ANDEAN_FORMS
    ]
)

# Where a name ends: not inside a word, an address ("@o2.com") or a compound ("i-ONE").
_NAME_END = r"(?![\w@&-]|\.\w)"
_LONGEST_SUFFIX = max(len(s.rstrip(".")) + 1 for s in LEGAL_SUFFIXES)
_SUFFIX_TAIL = re.compile(rf"\s(?:{_SUFFIX_PATTERN}){_NAME_END}", re.IGNORECASE)

TELECOM_CONTEXT = re.compile(
    r"mobile|operator|network|telecom|GSM|UMTS|3G|customers|subscribers|carrier|alliance"
    r"|shareholder|owned|roaming|MMS|SMS",
    re.IGNORECASE,
)
# What makes a number word a number: a scale, "of", "or", a ratio ("One in three", "one in
# every five", "one in 10").
_SCALE_AFTER = re.compile(
    r"[\s-]{0,3}(?:million|billion|thousand|hundred|of\b|or\b"
    r"|in[ \t]{1,3}(?:every[ \t]{1,3})?(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.I,
)
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"['\"`]s\b")
_PUNCTUATION = re.compile(r"[()'\"`,]")
_SPACES = re.compile(r"\s+")
# Leading articles and legal forms: "the" (German "die", "der", "das": "Die Example Telekom
# AG"), "Open Joint Stock Company "VimpelCom"", "OJSC MTS", "Perusahaan Perseroan (Persero) PT
# Telekomunikasi Indonesia", "UAB Omnitel", "S.C. Orange", the Baltic and Nordic "AS Example
# Telekom" and "AB Example", the Russian "AO Example".
_LEADING_ARTICLE = re.compile(
    r"^(?:the|die|der|das|group|(?:open|closed|public)\s(?:joint\sstock\scompany|jsc)|joint\sstock\scompany"
    r"|ojsc|pjsc|cjsc|jsc|oao|zao|pao|ooo|perusahaan\sperseroan|persero|pt\.?|p\.t\.|uab|sia"
    r"|s\.c\.|sc|as|ab|ao)\s+"
)
_TRAILING_SUFFIX = re.compile(rf"(?<!\s)\s+(?:{_SUFFIX_PATTERN})$")
# A legal form written in dotted or slashed initials, however punctuated: "p.l.c.", "S.P.A",
# "N. V.", "A/S". It is a legal form when its letters are one ("plc", "spa", "nv", "as").
_DOTTED_TAIL = re.compile(r"(?<!\s)\s+(?P<form>[a-z]{1,2}(?:[./][ ]?[a-z]{1,2}){1,4}\.?)$")
# "... Group" at the end of a name: part of the name a slug keeps ("COLT Telecom Group plc" is
# colt-telecom-group), though a lookup ignores it ("the TDC Group" is TDC).
_GROUP_TAIL = re.compile(r"[ .,]{0,3}group\b")
# Words after a known name that say what it does, before its legal form: "TIM Hellas
# Telecommunications S.A." is TIM Hellas.
_DESCRIBED_TAIL = re.compile(r"(?:\s(?:telecom\w*|telekom\w*|communications?|comunica\w*)){1,2}$")
# A short name after a legal name and a spaced dash: "... S.A. - TELESP", "... Ltd. – Acme".
_SHORT_NAME_TAIL = re.compile(r"[ \t]{1,3}[-\u2013\u2014][ \t]{1,3}(?P<short>[A-Za-z][\w&]{1,15})$")
_TRAILING_POSSESSIVE = re.compile(r"['\u2019]s$")
_LOWER = re.compile(r"[a-z]")
_BRACKETED = re.compile(r"\s{0,3}\([A-Z]")
_INNER_BRACKET = re.compile(r"[ \t]{0,3}\((?P<inside>[^()]{1,40})\)")
# A short name as a bracket gives it after a full one: "CANTV", "Telmex", "O2 UK".
_SHORT_NAME = re.compile(r"[\"'\u201c]?[A-Z][\w&.-]{1,15}(?:[ \t][\w&.-]{1,15}){0,2}[\"'\u201d]?")
# Stock-exchange context just before a match makes it a ticker symbol.
_TICKER_BEFORE = re.compile(
    r"(?:\b(?:symbols?|tickers?)[ \t]{1,3}[\"']?"
    r"|\b(?:NYSE|NASDAQ|Nasdaq|Reuters|Bloomberg|LSE|Euronext|ISE|PSE|ATHEX)[ \t]{0,2}:[ \t]{0,2}"
    r"|\b(?:symbols?|tickers?)[ \t][^.\n()]{0,30}[ \t](?:and|or|,)[ \t]{1,3})$"
)
_EXCHANGE_LABEL = re.compile(r":[ \t]?[A-Z0-9][A-Z0-9.]{1,9}[ \t]?[,;)]")
# '("Smart")', '(the "Company")', '(“Personal”)': a short name defined in brackets.
_DEFINED_TERM = re.compile(
    r"\([ \t]{0,2}(?:the[ \t]{1,3})?[\"\u201c](?P<short>[A-Z][\w&.'-]{0,30}"
    r"(?:(?:[ \t]|\r?\n[ \t]{0,20})[A-Z][\w&.'-]{0,30}){0,2})[\"\u201d]"
    # '("Maxcom" or "the Company")', '("Harbour" or the "Company"; SEHK: 1137)'
    r"(?:[ \t]{0,2}|\s{1,3}or\s[^()]{0,80})\)"
)
# '(IIJ, NASDAQ: IIJI)', '(NTT)': a short name in capitals opening a bracket, unquoted; it
# is defined only when written in the initials of the name before it (see ``abbreviates``).
_BRACKET_INITIALS = re.compile(
    r"\([ \t]{0,2}(?P<short>[A-Z](?:\.?[A-Z]){1,7}\.?)[ \t]{0,2}(?:[,;][^()\n]{0,60})?\)"
)
# A bracket of stock-exchange listings: "(NYSE: MXT; BMV: MAXCOM CPO)", "(Nasdaq: ABCD)".
_LISTING = re.compile(r"\([ \t]{0,2}[A-Za-z][\w .&-]{0,15}:[^()\n]{0,40}(?:\r?\n[^()\n]{0,40})?\)")
_GENERIC_TERMS = frozenset(
    {"company", "the company", "group", "the group", "registrant", "issuer", "we", "us", "our"}
    | {"holding", "parent", "subsidiary", "operator", "alliance", "agreement", "offer"}
    | {"partner", "buyer", "seller", "purchaser", "acquirer", "target", "investor", "licensee"}
)
_COUNTRY_BRACKET = re.compile(r"[ \t]{0,3}\((?P<country>[A-Z][\w .'-]{1,40})\)")
# Up to three capitalised words after a name, wrapped or not: a country may follow a group.
_WORD_GAP = r"(?:[ \t]{1,3}|[ \t]{0,2}\r?\n[ \t]{0,20})"
_WORDS_AFTER = re.compile(
    rf"{_WORD_GAP}(?P<words>(?:the{_WORD_GAP})?[A-Z][\w.'-]{{0,30}}"
    rf"(?:{_WORD_GAP}[A-Z][\w.'-]{{0,30}}){{0,2}})"
)
# A line that opens with a label: "Norway:", "United Kingdom :".
_LABEL_OPENING = re.compile(r"[A-Z][\w.' -]{0,40}:")
# "Brazil (Claro)", "Mexico (Telcel)": a country, then the operator there in brackets.
_COUNTRY_THEN_BRACKET = re.compile(
    r"(?<![\w.'-])(?P<country>[A-Z][\w.'-]{1,30}(?:[ \t][A-Z][\w.'-]{1,30}){0,3})[ \t]{0,3}\($"
)
# 'Open Joint Stock Company Long-Distance and International Telecommunications "Rostelecom"':
# a legal form and a description, then the company's own name in quotes.
_QUOTED_TAIL = re.compile(
    r"[\"\u201c\u00ab](?P<name>[^\"\u201c\u201d\u00ab\u00bb\n]{2,60})[\"\u201d\u00bb]"
    r"[\s,.]{0,3}(?P<rest>[\w.& ]{0,30})$"
)


def fold(text: str) -> str:
    """ASCII-fold accents so "Telefónica" and "Telefonica" meet."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _accent_table() -> dict[int, str]:
    """Each accented Latin letter → its base letter ("ô" → "o", "Ñ" → "N"), one for one."""
    table: dict[int, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        parts = unicodedata.normalize("NFD", chr(code))
        base, marks = parts[0], parts[1:]
        if marks and base.isascii() and base.isalpha() and all(map(unicodedata.combining, marks)):
            table[code] = base
    return table


_ACCENTS = _accent_table()


def strip_accents(text: str) -> str:
    """``text`` with accented letters as their base letters, each in its place: offsets into
    it are offsets into ``text``. A name written "Telefônica" meets the spelling "Telefonica"."""
    return text if text.isascii() else text.translate(_ACCENTS)


# Texts up to this long are stripped each time they are searched (titles, headings, lines):
# cheap, and they never push a filing's stripped copy out of the slot below.
_STRIPPED_ON_THE_FLY = 4096
# Per thread (the API parses in a pool of them), the long text names were last searched in
# and its accent-stripped copy: one filing at a time.
_stripped = threading.local()


def _searched(text: str) -> str:
    """The accent-stripped copy of ``text`` that name patterns search. A filing's copy is
    kept while its extractors ask about it, whatever short texts they search in between."""
    if len(text) <= _STRIPPED_ON_THE_FLY:
        return strip_accents(text)
    last: tuple[str, str] | None = getattr(_stripped, "last", None)
    if last is not None and last[0] is text:
        return last[1]
    stripped = strip_accents(text)
    _stripped.last = (text, stripped)
    return stripped


def slugify(name: str) -> str:
    """A stable URL slug for a name: "The Link Stores Limited" → "the-link-stores", "Example
    Telecom Group plc" → "example-telecom-group" (a group's word is its name's, not a form)."""
    key = _key(name)
    base = _strip_suffixes(key) or key
    at = key.rfind(base)
    if base != key and at >= 0 and _GROUP_TAIL.match(key, at + len(base)):
        base += " group"
    return _NON_SLUG.sub("-", base).strip("-") or "operator"


# Bounded caches: a loader's memory must stay flat however many filings it reads (at 1 << 16
# keys each, a 100,000-filing load peaked at 155 MB against 99 MB for 5,000).
_KEYS_KEPT = 4096


@lru_cache(maxsize=_KEYS_KEPT)
def _key(name: str) -> str:
    """Case-, accent-, quote-, possessive- and spacing-insensitive lookup key."""
    text = fold(name).lower().replace("\u2019", "'")
    text = _POSSESSIVE.sub("", text)
    text = _PUNCTUATION.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(" .;:-")
    return text


def strip_legal_forms(name: str) -> str:
    """A name's lookup key without its legal forms: "Ruritel Limited" → "ruritel", "Limited"
    or "S.A. de C.V." → ""."""
    if _strip_suffixes(_key("x " + name)) == "x":
        return ""
    return _strip_suffixes(_key(name))


def ends_in_legal_form(name: str) -> bool:
    """Does ``name`` end in a legal form ("..., S.A. de C.V.", "... Plc", "... p.l.c.")?"""
    key = _key(name)
    return _TRAILING_SUFFIX.search(key) is not None or _dotted_form(key) is not None


@lru_cache(maxsize=_KEYS_KEPT)
def _strip_suffixes(key: str) -> str:
    """Drop leading and trailing legal forms: "the tdc group" → "tdc", "perusahaan perseroan
    persero pt telekomunikasi indonesia tbk" → "telekomunikasi indonesia". What a leading form
    is followed by only a legal form stays ("pt sgps" → "pt": Portugal Telecom's initials)."""
    previous = None
    while previous != key:
        previous = key
        rest = _LEADING_ARTICLE.sub("", key)
        if rest == key or not _BARE_SUFFIX.fullmatch(rest):
            key = rest
        key = _TRAILING_SUFFIX.sub("", key).strip(" .,")
        dotted = _dotted_form(key)
        if dotted is not None:
            key = key[:dotted].strip(" .,")
    return key


def _dotted_form(key: str) -> int | None:
    """Where a legal form in dotted initials ends ``key`` ("jazztel p.l.c."), if one does."""
    dotted = _DOTTED_TAIL.search(key)
    if dotted is None or _NON_LETTER.sub("", dotted.group("form")) not in _FORM_LETTERS:
        return None
    return dotted.start()


_NON_LETTER = re.compile(r"[^a-z]")
_FORM_LETTERS = frozenset(_NON_LETTER.sub("", s) for s in LEGAL_SUFFIXES if " " not in s)


_BARE_SUFFIX = re.compile(rf"(?:{_SUFFIX_PATTERN})", re.IGNORECASE)


def country_code(word: str) -> str | None:
    """ISO alpha-2 for a country written as a name or adjective ("the UK" → GB), also after
    the state's form ("Republic of Senegal", "Hashemite Kingdom of Jordan"), else None."""
    key = _key(word)
    code = _COUNTRY_INDEX.get(key) or _COUNTRY_INDEX.get(_strip_suffixes(key))
    if code is None and (stated := STATE_FORM.match(word.strip())) is not None:
        return _COUNTRY_INDEX.get(_key(word.strip()[stated.end() :]))
    return code


# The state's form before a country's name: "Republic of Senegal", "Hashemite Kingdom of
# Jordan", "Sultanate of Oman", "State of Qatar".
STATE_FORM = re.compile(
    r"(?:the\s+)?(?:(?:hashemite|islamic|federal|democratic|people'?s|united|arab|socialist"
    r"|independent)\s+)*(?:republic|kingdom|sultanate|state|emirate|principality"
    r"|commonwealth|federation)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


# Words of table labels and section headings ("Mobile", "Fixed Line", "Total Revenue"): a
# name made only of these (and country words) names a topic, not a company.
_TOPIC_WORDS = frozenset(
    {"mobile", "wireless", "cellular", "broadband", "internet", "data", "fixed", "fixed-line"}
    | {"line", "lines", "telephony", "voice", "video", "tv", "television", "cable", "adsl"}
    | {"revenue", "revenues", "income", "profit", "profits", "ebitda", "capex", "investment"}
    | {"investments", "dividend", "dividends", "cash", "debt", "costs", "expenses", "margin"}
    | {"total", "net", "operating", "financial", "results", "highlights", "outlook", "summary"}
    | {"overview", "review", "key", "figures", "personnel", "employees", "staff", "headcount"}
    | {"subscribers", "customers", "clients", "users", "connections", "accesses", "additions"}
    | {"prepaid", "postpaid", "contract", "market", "markets", "share", "penetration", "churn"}
    | {"arpu", "traffic", "roaming", "network", "networks", "coverage", "services", "service"}
    | {"operations", "business", "businesses", "consumer", "residential", "wholesale"}
    | {"retail", "corporate", "enterprise", "international", "domestic", "segment", "segments"}
    | {"other", "others", "quarter", "year", "annual", "monthly", "first", "second", "third"}
    | {"fourth", "half", "nine", "months", "update", "events", "subsequent", "recent"}
    | {"and", "of", "the", "in", "for", "&", "by", "our", "its", "new"}
    # Network technologies ("GSM Network", "UMTS Coverage", "CDMA Services"): topics too.
    | {"gsm", "cdma", "umts", "wcdma", "gprs", "hsdpa", "wimax", "lte", "dsl", "ftth", "iptv"}
    | {"voip", "overlay", "technology", "technologies"}
)
# A word, one opening with digits joined to letters ("360networks") whole.
_WORDS = re.compile(r"\d{0,6}[^\W\d_][\w'&-]*|&")
# Words that describe a business: a name made only of these and topic words ("Mobile
# Telecommunications Company") is a known company's only when no other name opens it.
_BUSINESS_WORDS = _TOPIC_WORDS | {
    "telecommunications", "telecommunication", "telecom", "telephone", "communications",
    "company",
}  # fmt: skip
# A capitalised word right before a name, on its line: 'Example' of 'Example Mobile ...'.
_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w&.'-]))(?P<word>[A-Z][\w&.'-]{0,30})[ \t]$")


def _tail_of_a_longer_name(text: str, start: int, at: int, spelled: str) -> bool:
    """Is a name made only of business words ("Mobile Telecommunications Company") the tail
    of another company's name, a capitalised word that opens no sentence written before it
    ("Example Mobile Telecommunications Company Ltd.")?"""
    if at - start < 2 or text[at - 1] not in " \t" or not text[at - 2].isalnum():
        return False  # no word right before: most names
    words = [w.lower() for w in _WORDS.findall(spelled)]
    if len(words) < 2 or any(w not in _BUSINESS_WORDS for w in words):
        return False
    before = _WORD_BEFORE.search(text, max(start, at - 32), at)
    if before is None or before.group("word").lower() in _TOPIC_WORDS:
        return False
    kept = text[max(start, before.start() - 3) : before.start()].rstrip()
    return not kept.endswith((".", "!", "?", ":", '"', "\u201c"))


def is_company_name(name: str) -> bool:
    """Whether a capitalised phrase can be a company's name: not only topic words ("Mobile",
    "Total Revenue", "Fixed Line") or a country ("Costa Rica")."""
    words = [w.lower() for w in _WORDS.findall(name)]
    if not words or all(w in _TOPIC_WORDS for w in words):
        return False
    return country_code(name) is None


def quoted_name(name: str) -> str | None:
    """The name a legal name quotes at its end ('OJSC Long-Distance and International
    Telecommunications "Rostelecom"' → "Rostelecom"), when what follows is a legal form."""
    match = _QUOTED_TAIL.search(name)
    if match is None or match.start() == 0:
        return None
    rest = match.group("rest").strip()
    if rest and _strip_suffixes(_key("x " + rest)) != "x":
        return None
    return match.group("name").strip()


_COUNTRY_INDEX: dict[str, str] = {
    _key(name): code for code, names in COUNTRIES.items() for name in names
}
COUNTRY_WORDS = re.compile(
    r"(?<![\w])(?:"
    + "|".join(
        re.escape(n).replace(r"\ ", r"\s{1,3}")
        for n in sorted({n for ns in COUNTRIES.values() for n in ns}, key=len, reverse=True)
    )
    + r")(?![\w])"
)


_NATIVE_INDEX: dict[str, str] = {_key(name): code for name, code in NATIVE_COUNTRY_NAMES.items()}
# Adjective endings ("Swedish", "Russian", "Thai"): a brand followed by one is a phrase
# ("Vodafone American Depositary Shares"), not the brand's operator in that country.
_ADJECTIVE_ENDINGS = ("an", "ish", "ese", "ic", "i", "ch", "ss", "ek", "ai", "ot", "ine", "er", "x")
# Keys that name a country as a place (a brand's operator there): names, not adjectives.
_PLACE_NAMES: frozenset[str] = frozenset(
    _key(name)
    for names in COUNTRIES.values()
    for index, name in enumerate(names)
    if index == 0 or not name.split()[-1].lower().endswith(_ADJECTIVE_ENDINGS)
) | frozenset(_NATIVE_INDEX)
# "Omnitel in Lithuania", "TELKOM, Indonesia's ...": a country right after a name.
_IN_COUNTRY_AFTER = re.compile(
    r"(?:[ \t]{1,3}in[ \t]{1,3}(?:the[ \t]{1,3})?|,[ \t]{1,3})"
    r"(?P<country>[A-Z][\w.'-]{1,30}(?:[ \t][A-Z][\w.'-]{1,30}){0,2})"
)


# A country's place name as a slug ("pakistan", "new-zealand", "uk"): the country it is.
_COUNTRY_SLUGS: dict[str, str] = {
    _NON_SLUG.sub("-", key).strip("-"): code
    for code, names in COUNTRIES.items()
    for name in names
    if (key := _key(name)) in _PLACE_NAMES and not key.startswith("the ")
}


def place_code(words: str) -> str | None:
    """The country a brand's suffix names, in English or its own language ("Lietuva" → LT);
    None for anything else, adjectives included ("Swedish")."""
    key = _key(words)
    stripped = key[4:] if key.startswith("the ") else key
    if key not in _PLACE_NAMES and stripped not in _PLACE_NAMES:
        return None
    return _NATIVE_INDEX.get(key) or country_code(words)


def _country_label(code: str) -> str:
    """How a discovered branch names its country: "UK", "Lithuania", "Netherlands"."""
    if code == "GB":
        return "UK"
    name = COUNTRIES[code][0]
    return name[4:] if name.startswith("the ") else name


def _country_counts(text: str) -> dict[str, int]:
    """How often ``text`` writes each country's name: the countries it speaks of."""
    counts: dict[str, int] = {}
    for match in COUNTRY_WORDS.finditer(text):
        code = country_code(match.group(0))
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    return counts


def _read_csv() -> tuple[Operator, ...]:
    source = resources.files("app").joinpath("data/operators.csv")
    with source.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        Operator(
            slug=row["slug"],
            name=row["name"],
            kind=row["kind"],  # type: ignore[arg-type]
            country=row["country"] or None,
            parent=row["parent"] or None,
            website=row["website"] or None,
            aliases=tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
        )
        for row in rows
    )


class Catalog:
    """Known operators, indexed by every spelling; finds their names in text."""

    def __init__(self, operators: Iterable[Operator]) -> None:
        self._operators: dict[str, Operator] = {}
        self._index: dict[str, str] = {}
        # Spellings several rows claim ("Telkom": South Africa's, Indonesia's, Kenya's; "Omnitel":
        # Italy's, Lithuania's): key → every claimant, in table order; the text decides.
        self._shared: dict[str, tuple[str, ...]] = {}
        for operator in operators:
            self._add(operator)
        self._share_sibling_brands()
        # A group's brand followed by a country is its operator there ("Tele2 Russia"); when the
        # table has none, a branch slugged brand-cc as the table's own are (vodafone-uk).
        self._brands, self._branch_prefixes = _brands(self._operators)
        # "Esat" of "Esat Digifone": a family's word, whose "Esat Telecom" is a sister company.
        self._family_words = _family_words(self._operators, self._index)
        # Compiled once per catalog; operators discovered later get a small second pattern.
        self._covered = _spellings(self._operators.values())
        self._pattern = _mention_pattern(self._covered)
        self._scanner = _Scanner(self._pattern, self._covered)  # shared by extended copies
        # One small pattern per extension's new spellings (see ``_matches``), each compiled
        # once per process for the same names: an issuer's names recur from filing to filing.
        self._extras: tuple[re.Pattern[str], ...] = ()
        self._extra_spellings: frozenset[str] = frozenset()
        # Short names one release defines ('Smart Communications, Inc. ("Smart")'): key → as
        # written; they count only as written, so "smart phones" stays a phrase.
        self._defined: dict[str, str] = {}
        self._memo: _Memo | None = None
        # The groups a release is from (see ``at_home``); None: every group's branches brand-cc.
        self._home: frozenset[str] | None = None
        # How many companies and short names this release's text has taught it (see
        # ``_MOST_DISCOVERED``).
        self._discovered = 0

    def _add(self, operator: Operator) -> None:
        self._operators[operator.slug] = operator
        for spelling in (operator.name, *operator.aliases):
            key = _key(spelling)
            # The first row that claims a spelling keeps it: the CSV order is the tie-break
            # when the text does not say which (see ``_by_context``).
            claimed = self._index.setdefault(key, operator.slug)
            if claimed != operator.slug:
                claimants = self._shared.get(key, (claimed,))
                if operator.slug not in claimants:
                    self._shared[key] = (*claimants, operator.slug)
        for spelling in (operator.name, *operator.aliases):
            self._index.setdefault(_strip_suffixes(_key(spelling)), operator.slug)

    def _share_sibling_brands(self) -> None:
        """A country operator's brand written alone ("TIM", "Claro") may be its sister's in
        another country, named brand plus country ("TIM Brasil", "Claro Chile"): the brand is
        shared with those sisters, and the country the text speaks of decides."""
        for operator in list(self._operators.values()):
            if operator.parent is None or operator.country is None:
                continue
            words = _key(operator.name).split(" ")
            for cut in range(1, len(words)):
                brand = " ".join(words[:cut])
                owner = self._operators.get(self._index.get(brand, ""))
                if (
                    owner is None
                    or owner.kind == "group"
                    or owner.parent != operator.parent
                    or owner.country in {None, operator.country}
                    or place_code(" ".join(words[cut:])) != operator.country
                ):
                    continue
                claimants = self._shared.get(brand, (owner.slug,))
                if operator.slug not in claimants:
                    self._shared[brand] = (*claimants, operator.slug)
                break

    @classmethod
    def load(cls) -> Catalog:
        """The catalog of the packaged ``app/data/operators.csv``."""
        return default_catalog()

    def extended(self, operators: Iterable[Operator]) -> Catalog:
        """A catalog that also knows ``operators`` (discovered in one release).

        It shares this catalog's compiled pattern and adds a small one for the new spellings,
        so extending per release costs a dict copy, not a recompiled alternation.
        """
        extra = [op for op in operators if op.slug not in self._operators]
        if not extra:
            return self
        grown = copy.copy(self)
        grown._memo = None  # the copy knows more names: its own answers
        grown._operators = dict(self._operators)
        grown._index = dict(self._index)
        grown._shared = dict(self._shared)
        for operator in extra:
            grown._add(operator)
        # Only the new operators' spellings can be new: folding every spelling of the table
        # again per release was a quarter of the parse time.
        grown._grow_extras(_spellings(extra, bare=True))
        return grown

    def _grow_extras(self, spellings: frozenset[str]) -> None:
        """Search for ``spellings`` too: those neither the table's pattern nor an earlier
        extension covers get a pattern of their own."""
        new = spellings - self._covered - self._extra_spellings
        if new:
            self._extra_spellings |= new
            self._extras = (*self._extras, _mention_pattern(new, suffix=False))

    def with_defined_terms(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the short names ``text[start:end]`` defines for operators
        it names: 'Smart Communications, Inc. ("Smart")', 'Telecom Personal S.A. ("Personal")'.

        The short name must follow the operator's name (a legal form between is fine), must not
        already be a known name or a country, and is not added to the operator's aliases: it
        holds for this release only. A telecom company the table does not know, named with its
        legal form before the short name ('Nusantara Seluler Telekom Tbk ("NST")'), is
        discovered with it.
        """
        embedded = self._embedding_companies(text, start, end)
        if embedded:
            return self._with_discovered(embedded)._with_defined_terms(text, start, end)
        return self._with_defined_terms(text, start, end)

    def _with_discovered(self, found: Iterable[Operator]) -> Catalog:
        """``extended`` by companies a release's text names, within ``_MOST_DISCOVERED``: every
        name learnt is one more branch of the pattern searched at each name's start, so a
        text of ten thousand invented names would make the search quadratic."""
        kept = list(found)[: max(0, _MOST_DISCOVERED - self._discovered)]
        grown = self.extended(kept)
        if grown is not self:
            grown._discovered = self._discovered + len(kept)
        return grown

    def with_own_branches(self, text: str, start: int, end: int, registrant: Operator) -> Catalog:
        """A catalog that also knows the registrant's operators named by its brand and a
        country ("Example Fiji", "Example Sénégal" of "Example Pacific Holdings Limited"),
        slugged brand-cc as a group names its own markets. Only for a registrant the table
        does not know (the table's groups have their brands), whose name opens with a word of
        its own: not a word of the trade ("Telecom Argentina") nor a country ("China ...")."""
        if registrant.slug in self._operators and registrant.kind != "other":
            return self
        brand = _own_brand(registrant.name)
        if brand is None:
            return self
        pattern = _brand_then_words(brand)
        prefix = _NON_SLUG.sub("-", brand.lower()).strip("-")
        found: dict[str, Operator] = {}
        for match in pattern.finditer(text, start, end):
            words = _SPACES.split(match.group("words"))
            for count in range(len(words), 0, -1):
                place = " ".join(words[:count])
                code = place_code(place)
                if code is None:
                    continue
                rest = " ".join(words[count:])
                if rest and _strip_suffixes(_key(f"x {rest}")) != "x":
                    break  # "Atlas Georgia Pacific": a longer proper name
                if country_code(f"{match.group('brand')} {place}") is not None:
                    break  # "North Korea" of "North Pacific ...": a country's own name
                slug = f"{prefix}-{'uk' if code == 'GB' else code.lower()}"
                if slug in self._operators or slug in found:
                    break
                found[slug] = Operator(
                    slug=slug,
                    name=f"{match.group('brand')} {place}",
                    kind="mobile_operator",
                    country=code,
                    # No parent: a figure said of "the company" in the branch's own
                    # paragraph stays the branch's (the metric reader hands a child's
                    # anaphora to its parent).
                    parent=None,
                )
                break
        return self._with_discovered(found.values()) if found else self

    def with_opening_companies(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the telecom companies the paragraph opening
        ``text[start:end]`` names in full with a legal form, none of the table's names in
        them: "the holding company of Nordlys Mobil S.A. and Fjord Celular S.A." names the
        subsidiaries whose short names the release goes on to use."""
        opening = _OPENING.match(text, start, end)
        if opening is None:
            return self
        found: dict[str, Operator] = {}
        for match in _NAME_WITH_FORM.finditer(text, opening.start("text"), opening.end("text")):
            name = _form_name(match)
            if _TELECOM_NAME.search(name):
                self._found_company(text, match, name, found)
        return self._with_discovered(found.values()) if found else self

    def with_form_first_companies(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the telecom companies ``text[start:end]`` names after a
        legal form written first, as the Baltic, Nordic and Russian forms are ("in competition
        with AS Example Telefon", "UAB Example Mobilus"): a name saying telecom, the form
        dropped."""
        found: dict[str, Operator] = {}
        for match in _FORM_FIRST_NAME.finditer(text, start, end):
            name = _SPACES.sub(" ", match.group("name"))
            if _TELECOM_NAME.search(name) or _LOCAL_TELECOM_WORD.search(name):
                self._found_company(text, match, name, found)
        return self._with_discovered(found.values()) if found else self

    def with_paired_companies(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the companies ``text[start:end]`` names in pairs, each in
        full with a legal form, one of them a telecom company by its name: "services of
        Polaris plc and Meridian Satellite LLC" names two carriers, whatever the first's name
        says."""
        if not _has_form_before_join(text, start, end):
            return self  # no pair anywhere: spares a scan for names at every capital
        found: dict[str, Operator] = {}
        previous: re.Match[str] | None = None
        for match in _NAME_WITH_FORM.finditer(text, start, end):
            if previous is not None and _PAIR_JOIN.fullmatch(text, previous.end(), match.start()):
                pair = [(m, _form_name(m)) for m in (previous, match)]
                if any(_TELECOM_NAME.search(name) for _, name in pair):
                    for one, name in pair:
                        self._found_company(text, one, name, found)
            previous = match
        return self._with_discovered(found.values()) if found else self

    def with_related_companies(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the companies ``text[start:end]`` names in full with a
        legal form as a company's subsidiary or parent ("its subsidiary 012 Example Lines
        Ltd.", "a subsidiary of Example Holdings plc"): companies of a group whatever their
        names say, a name opening with digits too."""
        if text.find("ubsidiar", start, end) < 0 and text.find("arent", start, end) < 0:
            return self  # no such word: spares a scan at every word
        found: dict[str, Operator] = {}
        for match in _RELATED_NAME.finditer(text, start, end):
            self._found_company(text, match, _form_name(match), found)
            if not match.group("many"):
                continue
            # "its subsidiaries Example Inc. and Example PCS Inc.": each named in full
            at = match.end()
            for _ in range(_MOST_RELATED):
                join = _RELATED_JOIN.match(text, at, end)
                following = _NAME_WITH_FORM.match(text, join.end(), end) if join else None
                if following is None:
                    break
                self._found_company(text, following, _form_name(following), found)
                at = following.end()
        return self._with_discovered(found.values()) if found else self

    def with_family_companies(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the companies ``text[start:end]`` names with the first
        word of a known company's name and "Telecom" ("Esat Telecom" beside the known "Esat
        Digifone"): another company of the family, when none of the family's known names has
        a business word after that word ("Example Telecom" of a known "Example
        Telecommunications" is that company, written short), and no capitalised word other
        than a legal form goes on after it ("Example Telecom Authority")."""
        found: dict[str, Operator] = {}
        for tail in _FAMILY_TAIL.finditer(text, start, end):
            head = _FAMILY_HEAD.search(text, max(start, tail.start() - 40), tail.start())
            if head is None or _key(head.group("word")) not in self._family_words:
                continue
            after = _NEXT_WORD.match(text, tail.end(), end)
            if after is not None and not _BARE_SUFFIX.fullmatch(after.group("word")):
                continue  # "Example Telecom Authority": a longer name, not this one
            name = f"{head.group('word')} {tail.group(0)}"
            if self.resolve(name) is None:
                operator = self.discover(name)
                if self.get(operator.slug) is None:
                    found.setdefault(operator.slug, operator)
        return self._with_discovered(found.values()) if found else self

    def with_operating_companies(
        self, text: str, start: int, end: int, holders: Iterable[Operator]
    ) -> Catalog:
        """A catalog that also knows the operating company of each holding company in
        ``holders`` that ``text[start:end]`` names in full: the holding's name less its
        "Holdings" word, with a legal form ("Example Satellite Company Limited" beside the
        registrant "Example Satellite Holdings Limited"), slugged from that name."""
        found: dict[str, Operator] = {}
        for holder in holders:
            words = _strip_suffixes(_key(holder.name)).split(" ")
            if len(words) < 2 or words[-1] not in {"holding", "holdings"}:
                continue
            patterns = [_operating_name(" ".join(words[:-1]))]
            if country_code(words[0]) is None and not _TELECOM_NAME.search(words[0]):
                # "Example Antilles S.A.S." beside "Example Cellular Holdings N.V.": the
                # holding's own first word, other words, a legal form
                patterns.append(_sister_name(words[0]))
            matches = (m for p in patterns for m in p.finditer(_searched(text), start, end))
            for match in matches:
                written = _SPACES.sub(" ", text[match.start() : match.end()])
                if self.resolve(written) is not None:
                    continue
                operator = dataclasses.replace(
                    self.discover(written), parent=holder.slug, country=holder.country
                )
                if self.get(operator.slug) is None:
                    found.setdefault(operator.slug, operator)
        return self._with_discovered(found.values()) if found else self

    def with_said_operators(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the companies ``text[start:end]`` names in full with a
        legal form right before saying they are an operator or a carrier ("where Example -
        Lines Telecom Leste S.A. is the B-band operator"): a spaced dash inside the name is
        part of it, and the name may wrap before its legal form."""
        found: dict[str, Operator] = {}
        for said in _SAID_OPERATOR.finditer(text, start, end):
            before = _LEGAL_NAME_BEFORE.search(text, max(start, said.start() - 120), said.start())
            if before is None:
                continue
            written = before.group("name")
            if "\n" in written:
                # Wrapped from the line above: only from prose, not from a heading or a label.
                above = text.rfind("\n", 0, before.start("name")) + 1
                line = text[above : before.start("name")].strip()
                if len(line) + len(written.split("\n")[0]) < _PROSE_LINE:
                    written = written.rsplit("\n", 1)[1]
            words = _SPACES.sub(" ", written).strip().split(" ")
            while words and words[0].lower() in _NOT_NAME_WORDS:
                words = words[1:]  # "where", "The"
            name = " ".join(words).strip(" -\u2013")
            if not name or not is_company_name(name) or self.resolve(name) is not None:
                continue
            if self.resolve(text[before.end("name") - len(written) : before.end()]) is not None:
                continue  # the name with its legal form is a known one
            if next(self._table_matches(text, before.start("name"), before.end("name")), None):
                continue  # a known name inside: a longer name's (see ``_embedding_companies``)
            operator = self.discover(name)
            if self.get(operator.slug) is None:
                found.setdefault(operator.slug, operator)
        return self._with_discovered(found.values()) if found else self

    def with_cued_operators(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the operators ``text[start:end]`` names without a legal
        form where the sentence says what they are: a name built on a trade word
        ("Examplecell", "ExampleTel", "bemobile") or a word and a trade word ("Example
        Telecom"), in a sentence that says it competes, is the incumbent or a rival, leases
        out a network or is among "operators such as". A name going on in another capitalised
        word ("Example Telecom Authority") or opening with a place or a trade word ("Mobile
        Telecom") is none."""
        if not _OPERATOR_CUE.search(text, start, end):
            return self  # no such word: spares a scan
        found: dict[str, Operator] = {}
        for match in _TRADE_NAME.finditer(text, start, end):
            name = match.group("name")
            head, _, _ = name.partition(" ")
            if head.lower().endswith(_NOT_TRADE_ENDINGS) or head.lower() in _TOPIC_WORDS:
                continue
            if _key(name) in _NOT_OPERATORS:
                continue  # "competes with Alcatel": a vendor's name
            before = text[max(start, match.start() - 12) : match.start()]
            if name[0].islower() and not _OBJECT_BEFORE.search(before):
                continue  # "ruled that chattel ...": a word; "competes with bemobile": a name
            if " " in name and _SPEECH_BEFORE.search(before):
                continue  # "said John Mobile": a speaker
            if " " in name and (country_code(head) or place_code(head)):
                continue  # "Mobile Telecom", "Samoa Telecom": a place's or a trade's words
            if not is_company_name(name) or self.resolve(name) is not None:
                continue
            stop = _SENTENCE_END.search(text, match.end(), min(end, match.end() + 200))
            begin = max(start, match.start() - 200)
            for opened in _SENTENCE_END.finditer(text, begin, match.start()):
                begin = opened.end()  # the last one
            if not _OPERATOR_CUE.search(text, begin, stop.start() if stop else match.end()):
                continue
            operator = self.discover(name)
            if self.get(operator.slug) is None:
                found.setdefault(operator.slug, operator)
        return self._with_discovered(found.values()) if found else self

    def with_held_companies(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the companies ``text[start:end]`` names with a legal form
        right after a share of them ("owns 75% of Example Mobile Co., Ltd., 51% of Example
        Telecom Co., Ltd."): a stake says the name is a company's."""
        if text.find("%", start, end) < 0:
            return self  # no share: spares a scan
        found: dict[str, Operator] = {}
        for share in _HELD_SHARE.finditer(text, start, end):
            held = _NAME_WITH_FORM.match(text, share.end(), end)
            if held is None:
                continue
            name = _form_name(held)
            written = _SPACES.sub(" ", text[held.start("name") : held.end()])
            if not is_company_name(name) or self.resolve(written) is not None:
                continue
            if self.resolve(name) is not None:
                continue
            operator = self.discover(written)
            if self.get(operator.slug) is None:
                found.setdefault(operator.slug, operator)
        return self._with_discovered(found.values()) if found else self

    def with_trade_names(self, text: str, start: int, end: int) -> Catalog:
        """A catalog in which the brand ``text[start:end]`` says a known company trades under
        is that company's for this release: "Example Tel, which trades as Examplink", "Example
        Tel, operating under the Examplink brand" (not the group that uses the brand
        elsewhere)."""
        if not _TRADE_HINT.search(text, start, end):
            return self  # no such phrase: spares a scan
        defined: dict[str, str] = {}
        for said in _TRADES_AS.finditer(text, start, end):
            brand = _SPACES.sub(" ", said.group("brand") or said.group("under"))
            name = _NAME_BEFORE_BRACKET.search(text, max(start, said.start() - 80), said.start())
            if name is None or not is_company_name(brand):
                continue
            company = self.resolve(_SPACES.sub(" ", name.group("name")))
            if company is None or self.resolve(brand) is company:
                continue
            defined[brand] = company.slug
        if not defined:
            return self
        grown = copy.copy(self)
        grown._memo = None  # the copy knows more names: its own answers
        grown._index = dict(self._index)
        grown._defined = dict(self._defined)
        for brand, slug in defined.items():
            grown._index[_key(brand)] = slug
            grown._defined[_key(brand)] = brand
        grown._grow_extras(frozenset(defined) | frozenset(strip_accents(b) for b in defined))
        return grown

    def with_renamed_companies(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the companies ``text[start:end]`` says are renamed, each
        one company known by both names: "Example Cel S.A., our operator in Peru, will change
        its corporate name to Example Movil Peru S.A." (the name it has, until then), "Example
        Mobile (formerly Example Tel)", "Example Tel was renamed Example Mobile", "Example Tel
        a été rebaptisée Example Mobile" (the name it has now)."""
        if not _RENAME_HINT.search(text, start, end):
            return self  # no such word: spares a scan
        found: dict[str, Operator] = {}
        for said in _RENAMED.finditer(text, start, end):
            new = _NAME_WITH_FORM.match(text, said.end(), end)
            plain = None if new else _PLAIN_NAME.match(text, said.end(), end)
            old = self._renamed_subject(text, start, said)
            old_formed = old is not None and _strip_suffixes(_key(old)) != _key(old)
            if (new is None and plain is None) or old is None:
                continue
            names = [
                _SPACES.sub(" ", n).strip(" ,")
                for n in (old, _form_name(new) if new else plain.group(0) if plain else "")
            ]
            if not all(n and is_company_name(n) for n in names) or names[0] == names[1]:
                continue
            if said.group("former") and not all(
                self._reads_as_company(n, formed=f)
                for n, f in zip(names, (old_formed, new is not None), strict=True)
            ):
                continue  # "John Smith (formerly Chief Financial Officer of ...)": a person
            if any(self.get(self.discover(n).slug) is not None for n in names):
                continue  # a company known already: its names are the table's or the text's
            # The name the company has until a change to come, or now: before "(formerly".
            first, second = names if said.group("future") or said.group("former") else names[::-1]
            operator = self.discover(first)
            aliases = tuple(dict.fromkeys((*operator.aliases, second)))
            found.setdefault(operator.slug, dataclasses.replace(operator, aliases=aliases))
        return self._with_discovered(found.values()) if found else self

    def _reads_as_company(self, name: str, *, formed: bool) -> bool:
        """Whether a name either side of "(formerly" reads as a company's: written with a
        legal form, saying a word of the trade ("Example Mobile") or known to the catalog; and
        opening with no title or preposition ("Chief Financial Officer of ...", "with ...",
        "The Chairman")."""
        words = [w.lower() for w in _WORDS.findall(name)]
        if words and words[0] in ("the", "a", "an"):
            words = words[1:]
        if not words or words[0] in _TITLE_OPENERS:
            return False
        return (
            formed
            or _TELECOM_NAME.search(name) is not None
            or _LOCAL_TELECOM_WORD.search(name) is not None
            or _TRADE_ENDING.search(name) is not None
            or self.resolve(name) is not None
        )

    def _renamed_subject(self, text: str, start: int, said: re.Match[str]) -> str | None:
        """The name a renaming phrase is about: the one before "(formerly", or the company
        named first in the clause before the phrase ("Example Cel S.A., our operator in ...,
        will change its name to")."""
        if said.group("former"):
            # The bracket opens right after the name, with its legal form or without.
            bracket = said.start() - 1
            begin = max(start, bracket - 80)
            formed = _NAME_WITH_FORM_BEFORE.search(text, begin, bracket)
            if formed is not None:
                return _form_name(formed)
            head = _NAME_BEFORE_BRACKET.search(text, begin, bracket)
            return head.group("name") if head else None
        begin = max(start, said.start() - 300)
        for clause in _CLAUSE_START.finditer(text, begin, said.start()):
            begin = clause.end()  # the last one
        named = _NAME_WITH_FORM.search(text, begin, said.start())
        if named is not None:
            return _form_name(named)
        plain = _PLAIN_NAME.match(text, begin, said.start())
        return plain.group(0) if plain else None

    def with_apposed_operators(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the companies ``text[start:end]`` names between commas
        right after a description as an operator or a carrier ("the third carrier, Example,
        holds 6%"): the apposition says the name is a carrier's, no legal form needed."""
        if text.find("arrier,", start, end) < 0 and text.find("perator,", start, end) < 0:
            return self  # no such word: spares a scan
        found: dict[str, Operator] = {}
        for match in _APPOSED_OPERATOR.finditer(text, start, end):
            name = match.group("name")
            words = name.lower().split()
            if any(w in _NOT_NAME_WORDS for w in words) or not is_company_name(name):
                continue
            if self.resolve(name) is not None:
                continue
            operator = self.discover(name)
            if self.get(operator.slug) is None:
                found.setdefault(operator.slug, operator)
        return self._with_discovered(found.values()) if found else self

    def with_described_companies(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the companies ``text[start:end]`` names right before a
        description of them as a subsidiary, an affiliate, a carrier or an operator, set off
        by a comma ("Example Online, Example's Internet subsidiary, carried ...", "Example
        Lines N.V., the Dutch fixed-line carrier", "Example Net Inc., an EXN affiliate"): a
        name of two words at least, or one with its legal form."""
        found: dict[str, Operator] = {}
        for noun in _RELATION_NOUN.finditer(text, start, end):
            before = _DESCRIBED_NAME.search(text, max(start, noun.start() - 160), noun.start())
            if before is None or _NOT_TELECOM.search(text, before.end("name"), noun.start()):
                continue  # "TCN Example, a cable network operator": television, no telecom
            words = _SPACES.sub(" ", before.group("name")).split(" ")
            while words and words[0].lower() in _NOT_NAME_WORDS:
                words = words[1:]  # "Today", "The"
            name = " ".join(words)
            if len(words) < (1 if before.group("form") else 2) or not is_company_name(name):
                continue
            written = text[
                before.start("name") : before.end("form")
                if before.group("form")
                else before.end("name")
            ]
            if self.resolve(name) is not None or self.resolve(written) is not None:
                continue
            if next(self._table_matches(text, before.start("name"), before.end("name")), None):
                continue  # a known name inside: a longer name's (see ``_embedding_companies``)
            operator = self.discover(f"{name}{before.group('form') or ''}")
            if self.get(operator.slug) is None:
                found.setdefault(operator.slug, operator)
        return self._with_discovered(found.values()) if found else self

    def with_placed_companies(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the companies ``text[start:end]`` names with a country in
        brackets inside their legal name ("Example Net (Thailand) Limited") when the same name
        without it ("Example Net Limited") is written there too: two legal names, two
        companies, the bracketed one its namesake's company in that country (slugged with the
        place: example-net-thailand). Alone, the bracketed place only says where the company
        the text is about is registered ("Example Telecom (H.K.) Limited" is example-telecom).
        """
        found: dict[str, Operator] = {}
        for bracket in _PLACE_BEFORE_FORM.finditer(text, start, end):
            code = country_code(bracket.group("place"))
            head = _NAME_BEFORE_BRACKET.search(
                text, max(start, bracket.start() - 120), bracket.start()
            )
            if code is None or head is None:
                continue
            words = _SPACES.sub(" ", head.group("name")).split(" ")
            while words and words[0].lower() in _NOT_NAME_WORDS:
                words = words[1:]  # "Its Example Net (Thailand) Limited"
            name, form = " ".join(words), bracket.group("form")
            if not name:
                continue
            plain = re.compile(
                r"(?<![\w&.'-])"
                + r"\s{1,3}".join(map(re.escape, f"{name} {form}".split()))
                + _NAME_END
            )
            if plain.search(text, start, end) is None:
                continue
            namesake = self.resolve(f"{name} {form}")
            if namesake is None or self.localise(namesake, code) is not namesake:
                continue  # unknown, or the table knows its company there
            written = f"{name} ({bracket.group('place')}) {form}"
            slug = slugify(f"{name} {bracket.group('place')} {form}")
            if self.get(slug) is None:
                found.setdefault(
                    slug,
                    Operator(
                        slug=slug, name=written, kind="other", country=code, parent=namesake.slug
                    ),
                )
        return self._with_discovered(found.values()) if found else self

    def _found_company(
        self, text: str, match: re.Match[str], name: str, found: dict[str, Operator]
    ) -> None:
        """Adds to ``found`` the company a name with a legal form names, unless the table
        knows it, a known name stands inside it, or it is a topic or a country."""
        if not name or not is_company_name(name):
            return
        if next(self._table_matches(text, match.start("name"), match.end()), None):
            return  # a known name inside: a longer name's (see ``_embedding_companies``)
        if self.resolve(text[match.start("name") : match.end()]) or self.resolve(name):
            return
        operator = self.discover(name)
        if self.get(operator.slug) is None:
            found.setdefault(operator.slug, operator)

    def with_country_rows(self, text: str, start: int, end: int) -> Catalog:
        """A catalog that also knows the operators a table of operations by country names in
        ``text[start:end]``: rows whose first two cells are a name and a country ("IraQna
        Iraq 1,630,000", "Peru  Nortel Movil  412,000"), at least two such rows, one a name
        the table does not know. Each is discovered with its row's country."""
        rows: list[tuple[str, str]] = []
        for line in text[start:end].splitlines():
            cells = _CELL_GAP.split(line.strip())
            if len(cells) < 3 or not any(_DIGIT.search(cell) for cell in cells[2:]):
                continue
            # A note in brackets after a name says what is counted: "Example (lines in service)".
            first, second = (_ROW_NOTE.sub("", cell) for cell in cells[:2])
            if (code := _row_country(second)) is not None and _row_name(first):
                rows.append((first, code))
            elif (code := _row_country(first)) is not None and _row_name(second):
                rows.append((second, code))
            elif (placed := _name_then_country(first)) is not None:
                # "Example Mobil (Kroatien)   2.263,5": the name, its country in brackets.
                name, country = placed
                if (code := _row_country(country)) and _row_name(name):
                    rows.append((name, code))
        if len(rows) < _COUNTRY_ROWS:
            return self
        found: dict[str, Operator] = {}
        for name, code in rows:
            if self.resolve(name) is not None or not is_company_name(name):
                continue
            operator = self.discover(name, country=code)
            if self.get(operator.slug) is None:
                found.setdefault(operator.slug, operator)
        return self._with_discovered(found.values()) if found else self

    def _embedding_companies(self, text: str, start: int, end: int) -> list[Operator]:
        """Companies ``text[start:end]`` names with a legal form around a known name and more
        capitalised words ("Star One S.A.", "Norte Brasil Telecom S.A.", "Nippon Telegraph and
        Telephone East Corporation"): other companies than the known one, discovered."""
        found: dict[str, Operator] = {}
        # The table's names only (one shared scan of the filing): the few names a release
        # discovers are seldom inside longer ones.
        for match in self._table_matches(text, start, end):
            # The cheap test first: few names stand inside a longer one.
            longer = self._longer_name(text, start, match, end)
            if longer is None:
                continue
            spelled = text[match.start : match.name_end]
            slug = self._index.get(_key(spelled)) or self._index.get(_key(fold(spelled)))
            if slug is None or not self._plausible(text, match.start, match.name_end):
                continue
            operator = self.discover(longer.name)
            if operator.slug != slug and self.get(operator.slug) is None:
                found.setdefault(operator.slug, self._with_short_form(operator))
        return list(found.values())

    def _with_short_form(self, operator: Operator) -> Operator:
        """A discovered company known by its name less the words that say its business too:
        "TIM Nordeste Telecomunicações" is also "TIM Nordeste", unless that is a known name."""
        tail = _DESCRIBED_TAIL.search(_key(operator.name))
        if tail is None or tail.start() == 0:
            return operator
        words = operator.name.split()
        short = " ".join(words[: len(words) - len(tail.group(0).split())])
        if len(short.split()) < 2 or self.resolve(short) is not None:
            return operator
        return dataclasses.replace(operator, aliases=(*operator.aliases, short))

    def _table_matches(self, text: str, start: int, stop: int) -> Iterator[_Found]:
        """Non-overlapping matches of the table's names alone."""
        found = self._scanner.search(text, start, stop)
        while found is not None:
            yield found
            found = self._scanner.search(text, found.end, stop)

    def _longer_name(self, text: str, start: int, match: _Found, stop: int) -> _Longer | None:
        """The longer company name around a known name (see ``_embedding_company``), unless the
        words around it are a known name too: "Vodafone Libertel N.V." is two known names."""
        longer = _embedding_company(text, start, match, stop)
        if longer is None or self.resolve(longer.extra) is not None:
            return None
        return longer

    def _with_defined_terms(self, text: str, start: int, end: int) -> Catalog:
        mentions: tuple[Mention, ...] | None = None
        defined: dict[str, str] = {}
        found: dict[str, Operator] = {}
        room = _MOST_DISCOVERED - self._discovered  # see ``_with_discovered``
        terms = [(m, False) for m in _DEFINED_TERM.finditer(text, start, end)]
        terms += [(m, True) for m in _BRACKET_INITIALS.finditer(text, start, end)]
        for match, initials in sorted(terms, key=lambda term: term[0].start()):
            if len(defined) >= room:
                break
            short = _SPACES.sub(" ", match.group("short"))  # wrapped or not, one name
            key = _key(short)
            if key in _GENERIC_TERMS or country_code(short):
                continue
            # A known name is defined again only when it is not searched for as written: a
            # one-word name less its legal form ('Example, S. de R.L. de C.V. ("Example")').
            known = self.resolve(short)
            if known is not None and self._written_whole(short):
                continue
            if mentions is None:
                mentions = self.find_mentions(text, start, end)
            named = [m for m in mentions if 0 <= match.start() - m.span.end <= 100]
            # A listing between name and short name is no part of either: 'Maxcom ..., S.A.B.
            # de C.V. (NYSE: MXT; BMV: MAXCOM CPO) ("Maxcom")'.
            gap = _LISTING.sub(" ", text[named[-1].span.end : match.start()]) if named else ""
            close = named and match.start() - named[-1].span.end <= 30
            if initials:
                # Unquoted: a short name only in the initials of the name right before it.
                if close:
                    written = text[named[-1].span.start : named[-1].span.end]
                else:
                    written = (
                        _company_before(text, start, match.start(), short, end)
                        or _initialled_company(text, start, match.start(), short)
                        or ""
                    )
                if known is not None or not abbreviates(short, written):
                    continue
            if named and len(gap) <= 30 and _strip_suffixes(_key("x " + gap)) == "x":
                if known is None or known.slug == named[-1].operator:
                    defined[short] = named[-1].operator
            elif (
                known is None
                and not close
                and (
                    company := _company_before(text, start, match.start(), short, end)
                    or (
                        _initialled_company(text, start, match.start(), short) if initials else None
                    )
                )
            ):
                operator = found.get(slugify(company)) or Operator(
                    slug=slugify(company), name=company, kind="other"
                )
                if self.get(operator.slug) is None:
                    found[operator.slug] = operator
                    defined[short] = operator.slug
        if not defined:
            return self
        grown = copy.copy(self)
        grown._memo = None  # the copy knows more names: its own answers
        grown._discovered = self._discovered + len(defined)
        grown._index = dict(self._index)
        grown._defined = dict(self._defined)
        if found:
            grown._operators = dict(self._operators)
            grown._shared = dict(self._shared)
            for operator in found.values():
                grown._add(operator)
        for short, slug in defined.items():
            grown._index.setdefault(_key(short), slug)
            grown._defined[_key(short)] = short
        # Searched in accent-stripped text (see ``_searched``): "Vésper" as "Vesper" too.
        shorts = frozenset(defined) | frozenset(strip_accents(s) for s in defined)
        grown._grow_extras(shorts | _spellings(found.values()))
        return grown

    def _written_whole(self, name: str) -> bool:
        """Is ``name``, written alone, found whole as one of the names searched for?"""
        found = next(self._matches(name, 0, len(name)), None)
        return found is not None and found.start == 0 and found.name_end >= len(name.rstrip())

    @property
    def operators(self) -> tuple[Operator, ...]:
        return tuple(self._operators.values())

    def get(self, slug: str) -> Operator | None:
        """The row for ``slug``: a known or discovered operator, or a group's branch in a
        country the table has no row for ("tele2-lt": Tele2's operator in Lithuania)."""
        return self._operators.get(slug) or self._branch_of(slug)

    def _branch_of(self, slug: str) -> Operator | None:
        prefix, _, code = slug.rpartition("-")
        country = "GB" if code == "uk" else code.upper()
        brand = self._branch_prefixes.get(prefix)
        if brand is None or len(code) != 2 or country not in COUNTRIES:
            # Another group's branch, slugged by its name: "telenor-new-zealand".
            for at in (i for i, c in enumerate(slug) if c == "-"):
                brand = self._branch_prefixes.get(slug[:at])
                named = _COUNTRY_SLUGS.get(slug[at + 1 :])
                if brand is not None and named is not None:
                    country = named
                    break
            else:
                return None
        group, written = brand
        return Operator(
            slug=slug,
            name=f"{written} {_country_label(country)}",
            kind="mobile_operator",
            country=country,
            parent=group,
        )

    def branch(self, operator: Operator, country: str, brand: str) -> Operator:
        """``operator``'s own operator in ``country`` when written as ``brand`` plus the
        country ("Tele2 Lietuva", "Telia Denmark", "Three Hong Kong"): the table's row there,
        else, for a group or an operator of none ("Sprint Canada"), its branch slugged
        brand-cc; else ``operator`` itself."""
        local = self.localise(operator, country)
        if local is not operator or not _owns_brand(operator, country):
            return local
        prefix = self._brands.get((operator.slug, _strip_suffixes(_key(brand))))
        if prefix is None:
            return operator
        code = "uk" if country == "GB" else country.lower()
        if self._home is not None and operator.slug not in self._home:
            # Another group's operator, named in passing: slugged by its name as a reader
            # would ("Telenor Pakistan" is telenor-pakistan), not by the home group's
            # convention for its own markets (tele2-hr).
            code = _NON_SLUG.sub("-", _key(_country_label(country))).strip("-")
        return self.get(f"{prefix}-{code}") or operator

    def at_home(self, groups: Iterable[str]) -> Catalog:
        """A catalog for a release of ``groups`` (the registrant's lineage): their branches by
        country are slugged brand-cc, as a group names its own markets; another group's are
        slugged by the name the text gives them ("Telenor Pakistan")."""
        grown = copy.copy(self)
        grown._memo = None  # its answers differ
        grown._home = frozenset(groups)
        return grown

    def resolve(self, name: str) -> Operator | None:
        """The operator a written name means ("O2 UK's", "ONE GmbH", "mmO2 plc"), or None.

        A country in brackets that the table does not spell out is where the company sits:
        "China Mobile (Hong Kong) Limited" is China Mobile (its operator there, if it has one).
        A legal name that ends in a quoted name is that name: 'Open Joint Stock Company
        Long-Distance and International Telecommunications "Rostelecom"' is Rostelecom.
        """
        key = _key(name)
        if key not in self._index:
            key = _strip_suffixes(key)
        slug = self._index.get(key)
        if slug:
            if key in self._shared:
                slug = self._by_context(self._shared[key], "", 0, 0, 0, 0)
            return self._operators[slug]
        quoted = quoted_name(name)
        if quoted is not None:
            return self.resolve(quoted)
        bracket = _INNER_BRACKET.search(name)
        if bracket is None:
            return self._brand_in_country(key) or self._described(name, key)
        rest = name[: bracket.start()] + " " + name[bracket.end() :]
        rest_key = _key(rest)
        slug = self._index.get(rest_key) or self._index.get(_strip_suffixes(rest_key))
        code = country_code(bracket.group("inside"))
        if code is None:
            # "Compañía Anónima Nacional Teléfonos de Venezuela (CANTV)": a name followed by
            # its short name in brackets is whichever of the two the table knows.
            if slug is None and _SHORT_NAME.fullmatch(bracket.group("inside").strip()):
                slug = self._index.get(_key(bracket.group("inside")))
            return self._operators[slug] if slug else self._brand_in_country(key)
        return self.localise(self._operators[slug], code) if slug else None

    def _described(self, name: str, key: str) -> Operator | None:
        """A known operator's full name, words that say what it does and a legal form: "TIM
        Hellas Telecommunications S.A." is TIM Hellas. Its name's words alone, not an alias
        ("TIM Nordeste Telecomunicações" is not TIM), and a form is needed."""
        tail = _DESCRIBED_TAIL.search(key)
        if tail is None or not ends_in_legal_form(name):
            return None
        known = key[: tail.start()]
        slug = self._index.get(known)
        if slug is None or known in self._shared:
            return None
        operator = self._operators[slug]
        return operator if _strip_suffixes(_key(operator.name)) == known else None

    def _brand_in_country(self, key: str) -> Operator | None:
        """A group's brand, then a country it names: "tele2 lietuva", "telia denmark"."""
        words = key.split(" ")
        for cut in range(len(words) - 1, max(0, len(words) - 4), -1):
            brand, place = " ".join(words[:cut]), " ".join(words[cut:])
            slug = self._index.get(brand)
            code = place_code(place) if slug else None
            if slug is None or code is None:
                continue
            operator = self._operators[slug]
            local = self.branch(operator, code, brand)
            return local if local is not operator else None
        return None

    def localise(self, operator: Operator, country: str | None) -> Operator:
        """The group's own operator in ``country`` ("O2" in Germany → O2 Germany), else itself."""
        if country is None or (operator.country == country and operator.kind != "group"):
            return operator
        children = self._children(operator.slug, country)
        if not children and operator.kind != "group" and operator.parent:
            # A country operator's brand named with another country ("Claro (Chile)" when
            # "Claro" is Claro Brasil): its group's operator there.
            children = self._children(operator.parent, country)
        return children[0] if children else operator

    def _children(self, parent: str, country: str) -> list[Operator]:
        """The operators ``parent`` owns in ``country``, mobile operators first."""
        children = [
            op for op in self._operators.values() if op.parent == parent and op.country == country
        ]
        children.sort(key=lambda op: op.kind != "mobile_operator")
        return children

    def discover(self, name: str, *, country: str | None = None) -> Operator:
        """The known operator for ``name``, else a new ``other`` row with a slugified name."""
        known = self.resolve(name)
        if known is not None:
            return known
        clean = _SPACES.sub(" ", quoted_name(name) or name).strip(" ,.;:'\"")
        clean = _TRAILING_POSSESSIVE.sub("", clean)
        aliases: tuple[str, ...] = ()
        tail = _SHORT_NAME_TAIL.search(clean)
        if tail is not None and ends_in_legal_form(clean[: tail.start()]):
            # "Telecomunicações de São Paulo S.A. – TELESP": the legal name, then the short
            # name the company goes by; the short name is an alias, not part of the name.
            clean, aliases = clean[: tail.start()].rstrip(" ,"), (tail.group("short"),)
        bare = _without_leading_form(clean)
        if bare is not None and bare not in aliases:
            aliases = (*aliases, bare)
        return Operator(
            slug=slugify(_without_place(clean)),
            name=clean,
            kind="other",
            country=country,
            aliases=aliases,
        )

    def find_mentions(
        self, text: str, start: int = 0, end: int | None = None
    ) -> tuple[Mention, ...]:
        """Every operator name in ``text[start:end]``: longest spelling first, ambiguity checked.

        Several extractors ask about the same sections: the answers for the text last asked
        about are kept, for as long as the filing being read (whose countries settle shared
        names) is the same.
        """
        stop = len(text) if end is None else end
        memo = self._memo
        filing = _filing_text()
        if memo is None or memo.text is not text or memo.filing is not filing:
            memo = self._memo = _Memo(text, filing, {})
        known = memo.found.get((start, stop))
        if known is None:
            known = memo.found[(start, stop)] = self._find_mentions(text, start, stop)
        return known

    def _find_mentions(self, text: str, start: int, stop: int) -> tuple[Mention, ...]:
        found: list[Mention] = []
        for match in self._matches(text, start, stop):
            spelled = text[match.start : match.name_end]
            key = _key(spelled)
            if key not in self._index:
                key = _key(fold(spelled))
            slug = self._index.get(key)
            if slug is None or not self._plausible(text, match.start, match.name_end):
                continue
            longer = self._longer_name(text, start, match, stop)
            if longer is not None:
                # "Star One S.A.", "Norte Brasil Telecom S.A.": another company, known only
                # if this release named it so that it was discovered.
                other = self.get(slugify(_without_place(longer.name)))
                if other is not None and other.slug != slug:
                    span = Span.of(text, longer.start, longer.end)
                    found.append(Mention(operator=other.slug, span=span))
                continue
            written = self._defined.get(_key(spelled))
            if written is not None and written != _SPACES.sub(" ", spelled):
                continue  # a defined short name counts only as the release writes it
            if _tail_of_a_longer_name(text, start, match.start, spelled):
                continue  # "Example Mobile Telecommunications Company Ltd.": not that company
            if _TICKER_BEFORE.search(text[max(start, match.start - 40) : match.start]):
                continue  # "under the symbol PTC PL", "(Reuters: TIM.MI)": a ticker, not a name
            if _EXCHANGE_LABEL.match(text, match.name_end, stop) and text[
                max(start, match.start - 2) : match.start
            ].rstrip().endswith(("(", ";")):
                continue  # "(BASE: TECO2, NYSE: TEO)": a stock exchange's name, not an operator
            if key in self._shared:
                shared = self._shared[key]
                slug = self._by_context(shared, text, start, match.start, match.end, stop)
            slug = self._localised(slug, text[match.start : match.end], text, match.end, stop)
            slug = self._with_country_after(slug, spelled, text, match.end, stop)
            slug = self._group_in_country(slug, spelled, text, match.end, stop)
            slug = self._in_country_row(slug, spelled, text, start, match.start, match.end, stop)
            found.append(Mention(operator=slug, span=Span.of(text, match.start, match.end)))
        return tuple(found)

    def _by_context(
        self, claimants: tuple[str, ...], text: str, start: int, at: int, end: int, stop: int
    ) -> str:
        """Which of the rows sharing a spelling the text means: the one of the country named
        beside it ("Lithuania (Omnitel)", "Omnitel (Lithuania)", "Omnitel in Lithuania"), else
        the one of the country the text (or, while a filing is read, the filing: its
        issuer's address, its prose) speaks of most, else the first in the table."""
        operators = [self._operators[slug] for slug in claimants]
        if end > at:
            bracket = _COUNTRY_BRACKET.match(text, end, stop)
            after = _IN_COUNTRY_AFTER.match(text, end, stop)
            near = (
                country_code(bracket.group("country")) if bracket else None,
                _country_before_bracket(text, start, at, end, stop),
                country_code(after.group("country")) if after else None,
            )
            for code in near:
                named = [op for op in operators if code is not None and op.country == code]
                if named:
                    return named[0].slug
        for counts in (_text_countries(text), _filing_countries()):
            best = max(operators, key=lambda op: counts.get(op.country or "", 0))
            if counts.get(best.country or "", 0):
                return best.slug
        return claimants[0]

    def _localised(self, slug: str, spelled: str, text: str, end: int, stop: int) -> str:
        """A group's own operator when its name is followed by one country in brackets:
        "Orange (Switzerland)" → Orange Switzerland; "O2 (Germany, UK)" stays the group, and
        so does a group the table knows no operator of there: a bracket says where a company
        is from ("Tele2 (Sweden)" in a list of members), not which of its operators it is.
        A group's legal name with its own country ("Example Corporation (Korea)") is the
        group: its legal name names no subsidiary."""
        bracket = _COUNTRY_BRACKET.match(text, end, stop)
        code = country_code(bracket.group("country")) if bracket else None
        operator = self.get(slug)
        if code is None or operator is None:
            return slug
        if operator.country == code and ends_in_legal_form(spelled):
            return slug
        return self.localise(operator, code).slug

    def _in_country(self, slug: str, spelled: str, place: str, code: str | None) -> str:
        """``slug``'s operator in ``code``: the table's row, else (when ``place`` is the
        country's name, not an adjective) the group's branch there."""
        operator = self.get(slug)
        if code is None or operator is None:
            return slug
        # "Sprint Canada Inc.": the country, then the company's legal form.
        if place_code(place) is None and place_code(strip_legal_forms(place)) is None:
            return self.localise(operator, code).slug
        return self.branch(operator, code, spelled).slug

    def _with_country_after(self, slug: str, spelled: str, text: str, end: int, stop: int) -> str:
        """A group's operator when a country follows its name, on the same line or wrapped onto
        the next: "Vodafone New\n    Zealand", "Orange Romania", "Tele2 Lietuva" (as groups
        name them, in English or in the country's own language); a branch slugged brand-cc
        when the table has none there ("Tele2 Croatia" → tele2-hr)."""
        operator = self.get(slug)
        if operator is None or not _owns_brand(operator):
            return slug
        after = _WORDS_AFTER.match(text, end, stop)
        if after is None:
            return slug
        if "\n" in text[end : after.start("words")] and _LABEL_OPENING.match(
            text, after.start("words"), stop
        ):
            return slug  # "Elisa" over "Norway:  Telenor" in a list: the next line's label
        words = _SPACES.split(after.group("words"))
        for count in range(len(words), 0, -1):
            place = " ".join(words[:count])
            code = country_code(place) or place_code(place)
            if code is not None:
                return self._in_country(slug, spelled, place, code)
        return slug

    def _group_in_country(self, slug: str, spelled: str, text: str, end: int, stop: int) -> str:
        """A group's operator in the country named right after it with "in", when the table
        names that operator by the brand as written and the country ("Example in Norway" is
        the row "Example Norway"): the brand in that country. Else the group: "Example in
        Norway" of a group whose Norwegian operator is "Example Mobil" is the group, named
        by where it is."""
        operator = self.get(slug)
        if operator is None or operator.kind != "group":
            return slug
        after = _IN_COUNTRY_AFTER.match(text, end, stop)
        if after is None or after.group(0).lstrip().startswith(","):
            return slug
        words = after.group("country").split()
        code = next(
            (c for n in range(len(words), 0, -1) if (c := place_code(" ".join(words[:n])))),
            None,
        )
        brand = _strip_suffixes(_key(spelled)) + " "
        for child in self._children(operator.slug, code) if code else ():
            key = _key(child.name)
            if key.startswith(brand) and place_code(key[len(brand) :]) == code:
                return child.slug
        return slug

    def _in_country_row(
        self, slug: str, spelled: str, text: str, start: int, at: int, end: int, stop: int
    ) -> str:
        """A group's operator when its name opens the bracket after a country: "Brazil
        (Claro)", "Guatemala (Tigo)", "Sweden (Tele2 and Comviq)", as tables by country of
        operation write them."""
        before = _country_row_before(text, start, at, end, stop)
        if before is None:
            return slug
        return self._in_country(slug, spelled, before, country_code(before))

    def _matches(self, text: str, start: int, stop: int) -> Iterator[_Found]:
        """Non-overlapping name matches, as one alternation of every spelling would find them.

        With patterns for discovered names, all are searched and merged: the leftmost match
        wins, and at the same offset the longer spelling (the earlier pattern when as long),
        as in the single alternation.
        """
        base, extras = self._scanner, self._extras
        next_base = base.search(text, start, stop)
        if not extras:
            while next_base is not None:
                yield next_base
                next_base = base.search(text, next_base.end, stop)
            return
        searched = _searched(text)

        def search(which: int, pos: int) -> _Found | None:
            if which == 0:
                return base.search(text, pos, stop)
            return _with_suffix(extras[which - 1].search(searched, pos, stop), text, stop)

        heads = [next_base, *(search(i, start) for i in range(1, len(extras) + 1))]
        while True:
            chosen: _Found | None = None
            for head in heads:
                if head is None:
                    continue
                if (
                    chosen is None
                    or head.start < chosen.start
                    or (
                        head.start == chosen.start
                        and _spelled_length(text, head) > _spelled_length(text, chosen)
                    )
                ):
                    chosen = head
            if chosen is None:
                return
            yield chosen
            pos = chosen.end
            for which, head in enumerate(heads):
                if head is not None and head.start < pos:
                    heads[which] = search(which, pos)

    def _plausible(self, text: str, start: int, end: int) -> bool:
        """Is this ambiguous spelling used as a company name here?"""
        written = text[start:end]
        rule = AMBIGUOUS.get(_key(written))
        if rule is None:
            return True
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if line.strip() == written:
            return True  # a heading line that is only the name ("One", "Wind")
        if rule == "quoted":
            return start > 0 and end < len(text) and text[start - 1] in "\"'" and text[end] in "\"'"
        if rule == "caps":
            return written.isupper()
        if rule == "title":
            return all(w[:1].isupper() for w in written.split() if w.lower() not in _PARTICLES)
        if not written[:1].isupper() or not _LOWER.search(line):
            return False  # lower case is the word; an all-caps line is a headline
        # "One (Austria)": a name with its country in brackets is a name in any context.
        named = (
            _BRACKETED.match(text[end : end + 6]) is not None
            or _country_before_bracket(text, 0, start, end, len(text)) is not None
        )
        window = text[max(0, start - 300) : end + 300]
        if not named and not TELECOM_CONTEXT.search(window):
            return False
        if rule == "number":
            if _SCALE_AFTER.match(text, end):
                return False
            before = text[max(0, start - 200) : start]
            # An opening quote or bracket does not hide a sentence's start ('"One in ...').
            kept = before.rstrip().rstrip(_OPENERS).rstrip()
            opens_sentence = not kept or kept[-1] in ".!?" or "\n\n" in before[len(kept) :]
            if opens_sentence and not written.isupper() and not named:
                return False
        return True


def _own_brand(name: str) -> str | None:
    """The word a registrant's name opens with, when it can be a brand of its own ("Kestrel" of
    "KESTREL PACIFIC HOLDINGS LIMITED"): a word of at least three letters that is neither a
    word of the trade nor a country's; None when the name has one word only (that is the name)
    or opens otherwise."""
    words = _strip_suffixes(_key(name)).split(" ")
    first = words[0]
    if (
        len(words) < 2
        or len(first) < 3
        or not first.isalpha()
        or first in _BUSINESS_WORDS
        or first in _PARTICLES
        or country_code(first) is not None
        or place_code(first) is not None
    ):
        return None
    return first


@lru_cache(maxsize=64)
def _brand_then_words(brand: str) -> re.Pattern[str]:
    """``brand`` capitalised or in capitals, then up to three capitalised words on its line."""
    spelled = "|".join(re.escape(b) for b in sorted({brand.capitalize(), brand.upper()}))
    return re.compile(
        rf"(?<![\w&.-])(?P<brand>{spelled})[ \t]{{1,3}}"
        r"(?P<words>[A-ZÀ-Þ][\w'.-]{1,30}(?:[ \t][A-ZÀ-Þ][\w'.-]{1,30}){0,2})"
    )


def _country_before_bracket(text: str, start: int, at: int, end: int, stop: int) -> str | None:
    """The country a name in brackets follows ("Ecuador (Porta)" → EC), else None."""
    before = _country_row_before(text, start, at, end, stop)
    return country_code(before) if before else None


# What may follow the first name in a country's bracket: the bracket's end, or more names.
_ROW_BRACKET_REST = re.compile(r"[ \t]{0,3}(?:(?:and|&|,|/|;)[^()\n]{0,60})?\)")


def _country_row_before(text: str, start: int, at: int, end: int, stop: int) -> str | None:
    """The country, as written, that a bracket opening with this name follows ("Ecuador
    (Porta)", "Sweden (Tele2 and Comviq)"), else None."""
    if at <= start or text[at - 1] != "(" or end >= stop:
        return None
    if not _ROW_BRACKET_REST.match(text, end, stop):
        return None
    before = _COUNTRY_THEN_BRACKET.search(text, max(start, at - 60), at)
    if before is None or country_code(before.group("country")) is None:
        return None
    # "Teléfonos de México (Telmex)": the country ends a name, whose short form is bracketed.
    word = _LAST_WORD.search(text, max(start, before.start() - 12), before.start())
    if word is not None and word.group(1) in _NAME_LINKS:
        return None
    return before.group("country")


_LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]{1,3}$")  # from a word's start
# Lower-case words that join a name's parts ("Teléfonos de México", "Bank of Ireland").
_NAME_LINKS = frozenset({"de", "of", "del", "da", "do", "di", "la", "du", "des", "der", "für"})


# A company's name and legal form right before a bracket: 'Nusantara Seluler Telekom Tbk ('
# (the bracket may open the next line).
_COMPANY_BEFORE = re.compile(
    # A name may open in lower case before a dash and a capital: "e-TEL Example Limited".
    rf"(?<![\w&.'-])(?P<name>(?:[A-Z]|[a-z]{{1,3}}-(?=[A-Z]))[\w&.'-]*"
    # Words may be joined by a spaced dash the line wraps after: "Example Gold -\n Golden
    # Lines Ltd." (on one line, "Jakarta - Example Telekom Tbk" is a dateline's place).
    rf"(?:(?:{_WORD_GAP}|[ \t]{{1,3}}[-\u2013][ \t]{{0,2}}\r?\n[ \t]{{0,20}})"
    rf"(?:[A-Z][\w&.'-]*|&)){{0,5}}?)"
    rf",?[ \t]{{1,3}}(?i:{_SUFFIX_PATTERN})[ \t]{{0,3}}(?:\r?\n[ \t]{{0,20}})?$"
)
# A company's name and its legal form: "Fjord Celular S.A.", "Nordlys Mobil, AS".
_NAME_WITH_FORM = re.compile(
    # A name may open with digits joined to letters: "360networks inc.".
    rf"(?<![\w&.'-])(?P<name>(?:[A-Z]|\d{{1,4}}(?=[a-zA-Z]))[\w&'-]*"
    # A lower-case particle may join two of its words: "Example del Litoral S.A.".
    rf"(?:{_WORD_GAP}(?:(?:de|del|da|do|di|du|des|der)[ \t]{{1,3}})?(?:[A-Z][\w&'-]*|&)){{0,4}}?)"
    rf",?{_WORD_GAP}(?i:{_SUFFIX_PATTERN}){_NAME_END}"
)


@lru_cache(maxsize=256)
def _operating_name(base: str) -> re.Pattern[str]:
    """A holding company's name less its holding word, then a legal form, as text writes it
    ("Example Satellite Company\nLimited")."""
    words = r"\s{1,3}".join(re.escape(w) for w in base.split(" "))
    return re.compile(
        rf"(?<![\w&.'-]){words},?{_WORD_GAP}(?:{_SUFFIX_PATTERN}){_NAME_END}", re.IGNORECASE
    )


@lru_cache(maxsize=_KEYS_KEPT)
def _sister_name(first: str) -> re.Pattern[str]:
    """A company named with a holding's distinctive first word, one or two capitalised words
    and a legal form, as text writes it ("Example Antilles S.A.S.")."""
    return re.compile(
        rf"(?<![\w&.'-]){re.escape(first)}(?-i:(?:{_WORD_GAP}{_CAPITALISED_WORD}){{1,2}}"
        rf",?{_WORD_GAP}(?=[A-Z]))(?:{_SUFFIX_PATTERN}){_NAME_END}",
        re.IGNORECASE,
    )


# A sentence saying its subject is an operator: "is the B-band operator", "was a carrier".
_SAID_OPERATOR = re.compile(
    r"\b(?:is|was)[ \t\r\n]{1,3}(?:the|an?|one[ \t\r\n]{1,3}of[ \t\r\n]{1,3}the)[ \t\r\n]"
    r"[^.;]{0,40}?\b(?:operator|carrier)s?\b"
)
# A phrase saying a company is renamed; the new name follows it. "future": the change is to
# come, the company keeps its name until then; "former": the name after it is the old one.
_RENAMED = re.compile(
    rf"(?:(?P<future>\bwill{_WORD_GAP}change)|\b(?:has{_WORD_GAP})?changed){_WORD_GAP}its"
    rf"{_WORD_GAP}(?:(?:corporate|company|legal|trading){_WORD_GAP})?name{_WORD_GAP}to{_WORD_GAP}"
    rf"|\b(?:was|has{_WORD_GAP}been|were){_WORD_GAP}renamed{_WORD_GAP}(?:as{_WORD_GAP})?"
    rf"|\ba{_WORD_GAP}été{_WORD_GAP}(?:rebaptisée?|renommée?){_WORD_GAP}(?:en{_WORD_GAP})?"
    rf"|(?P<former>(?<=\()formerly{_WORD_GAP}(?:known{_WORD_GAP}as{_WORD_GAP})?)"
)
# Words that open a title or a phrase of a person's past, not a company's name: "(formerly
# Chief Financial Officer of ...)", "(formerly with ...)", "The Chairman (formerly ...)".
_TITLE_OPENERS = frozenset(
    {"chief", "officer", "director", "president", "chairman", "chairwoman", "chair", "ceo"}
    | {"cfo", "coo", "cto", "executive", "vice", "deputy", "head", "managing", "manager"}
    | {"senior", "secretary", "member", "partner", "founder", "minister", "governor"}
    | {"with", "of", "at", "in", "for", "from", "by", "on", "mr", "mrs", "ms", "dr"}
)
# A word ending in a trade word: "Ostrova Tel", "Examplecell".
_TRADE_ENDING = re.compile(r"(?i)(?:tele[ck]om|cell|mobile?|tel)(?![\w&-])")
_RENAME_HINT = re.compile(r"name\s{1,30}to|renamed|formerly|rebaptis|renommé")
# Where the clause about a renamed company starts: a blank line, a list number, a sentence.
_CLAUSE_START = re.compile(
    r"\n[ \t\r]*\n|\n[ \t]{0,8}\(?\d{1,2}[.)][ \t]{1,4}|(?<![A-Z])[.;:][ \t\r\n]{1,3}"
)
# Capitalised words of a name without a legal form: "Example Mobile".
_PLAIN_NAME = re.compile(r"[A-Za-z][\w&'-]*(?:[ \t]{1,3}[A-Z][\w&'-]*){0,3}(?![\w&'-])")
# A name set off by commas right after "operator" or "carrier": "the third carrier, Example,
# holds", "the incumbent operator, Example Mobile, said".
_APPOSED_OPERATOR = re.compile(
    r"\b(?:operator|carrier),[ \t]{1,3}"
    r"(?P<name>[A-Z][\w&-]{1,30}(?:[ \t]{1,3}[A-Z][\w&-]{1,30}){0,2}),[ \t\r\n]"
)
# What a description set off after a company's name calls it (see ``_DESCRIBED_NAME``).
_RELATION_NOUN = re.compile(r"(?<![\w-])(?:subsidiary|affiliate|carrier|operator)(?![\w-])")
# A description of a television business: "a cable network operator", "the TV carrier".
_NOT_TELECOM = re.compile(r"(?i)(?<![\w-])(?:cable|televis\w*|tv)(?![\w-])")
# A name (maybe with its legal form), a comma, then a description up to where the noun
# starts: "Example Online, Example's Internet ", "Example Lines N.V., the Dutch fixed-line ".
_DESCRIBED_NAME = re.compile(
    rf"(?<![\w&.'-])(?P<name>[A-Z][\w&'-]*(?:{_WORD_GAP}(?:[A-Z][\w&'-]*|&)){{0,4}})"
    rf"(?P<form>,?{_WORD_GAP}(?i:{_SUFFIX_PATTERN}))?,[ \t\r\n]{{1,3}}"
    r"(?:an?|the|its|[A-Z][\w&.-]{0,30}(?:'s|\u2019s)?)[ \t\r\n]{1,3}"
    r"(?:[\w&'.-]{1,30}[ \t\r\n]{1,3}){0,4}$"
)
# A name and its legal form right before a verb; words may be joined by a spaced dash
# ("Example - Lines Telecom S.A."), and the name may wrap.
_LEGAL_NAME_BEFORE = re.compile(
    rf"(?<![\w&.'-])(?P<name>[A-Z][\w&'-]*(?:(?:{_WORD_GAP}|[ \t]{{1,3}}[-\u2013][ \t]{{1,3}})"
    rf"(?:[A-Z][\w&'-]*|&)){{0,5}}),?{_WORD_GAP}(?i:{_SUFFIX_PATTERN})[ \t\r\n]{{1,3}}$"
)


# "Telecom" ending a name ("Example Telecom"), and the word before it.
_FAMILY_TAIL = re.compile(r"Tele[ck]om(?<![\w&.'-]Tele[ck]om)(?![\w&@-]|\.\w)")
# A capitalised word after a name: the name goes on ("Example Telecom Authority").
_NEXT_WORD = re.compile(r"(?:[ \t]{1,3}|[ \t]{0,2}\r?\n[ \t]{0,20})(?P<word>[A-Z][\w&.'-]*)")
_FAMILY_HEAD = re.compile(
    r"(?<![\w&.'-])(?P<word>[A-Z][\w&'-]{1,30})(?:[ \t]{1,3}|[ \t]{0,2}\r?\n[ \t]{0,20})$"
)


def _family_words(operators: dict[str, Operator], index: dict[str, str]) -> frozenset[str]:
    """The first words of the table's names of two words or more that name one family, not
    a company alone: not a known name, a country, a topic or a business word themselves
    ("esat" of "Esat Digifone"); never followed by a business word in the family's names
    ("hellenic" of "Hellenic Telecommunications Organization" is no family's: its "Hellenic
    Telecom" is that company); and opening no other family's names ("empresa", "grupo")."""
    families: dict[str, set[str]] = {}
    described: set[str] = set()
    for operator in operators.values():
        for spelling in (operator.name, *operator.aliases):
            parts = _strip_suffixes(_key(spelling)).split(" ")
            if len(parts) < 2:
                continue
            first = parts[0]
            if _BUSINESS_WORD.fullmatch(parts[1]) or _BUSINESS_WORD.fullmatch(first):
                described.add(first)
            if (
                len(first) > 2
                and first not in index
                and first not in _TOPIC_WORDS
                and first not in _NOT_NAME_WORDS
                and first not in _PARTICLES
                and country_code(first) is None
                and place_code(first) is None
            ):
                families.setdefault(first, set()).add(operator.parent or operator.slug)
    return frozenset(w for w, roots in families.items() if len(roots) == 1) - described


# A company named in full as another's subsidiary or parent: "its subsidiary 012 Example
# Lines Ltd.", "a subsidiary of Example Holdings plc" (a name may open with digits).
_RELATED_NAME = re.compile(
    rf"\b(?:[Ss]ubsidiar(?:y|(?P<many>ies))|[Pp]arent[ \t]company)(?:[ \t]{{1,3}}of)?,?{_WORD_GAP}"
    rf"(?P<name>[A-Z0-9][\w&'-]*(?:{_WORD_GAP}(?:[A-Z][\w&'-]*|&)){{0,4}}?)"
    rf",?{_WORD_GAP}(?i:{_SUFFIX_PATTERN}){_NAME_END}"
)
# Between the companies named after "subsidiaries": a comma or "and" ("A Inc., B Ltd. and C
# plc"); at most this many follow the first.
_RELATED_JOIN = re.compile(rf"(?:,|,?[ \t]{{1,3}}and)(?:{_WORD_GAP})")
_MOST_RELATED = 6
# A country in brackets inside a legal name, right before its legal form: "(Thailand) Limited".
_PLACE_BEFORE_FORM = re.compile(
    rf"\([ \t]{{0,2}}(?P<place>[A-Z][\w.' -]{{1,30}}?)[ \t]{{0,2}}\)"
    rf"{_WORD_GAP}(?P<form>(?i:{_SUFFIX_PATTERN})){_NAME_END}"
)
# The capitalised words of a name right before a bracket: "Example Net (".
_NAME_BEFORE_BRACKET = re.compile(
    rf"(?<![\w&.'-])(?P<name>[A-Z][\w&'-]*(?:{_WORD_GAP}(?:[A-Z][\w&'-]*|&)){{0,4}})[ \t]{{0,3}}$"
)
# An operator's name built on a trade word, or a word then a trade word, that no capitalised
# word goes on from: "Examplecell", "ExampleTel", "bemobile", "Example Telecom".
_TRADE_NAME = re.compile(
    r"(?<![\w&.'@/-])(?P<name>[A-Za-z][a-z]{1,20}(?:[Tt]ele[ck]om|[Cc]ell|[Mm]obile?|[Tt]el)"
    r"|[A-Z][a-z]{2,20}[ \t]{1,3}(?:Tele[ck]om|Cell|Mobile|Tel))"
    r"(?![\w&@-]|\.\w|[ \t]{1,3}[A-Z&])"
)
# Words that end like a trade name and are none ("Grandhotel", "automobile").
_NOT_TRADE_ENDINGS: tuple[str, ...] = (
    *("hotel", "motel", "cartel", "pastel", "automobile", "immobile", "intel"),
    *("excel", "hostel", "mantel", "lapel", "chapel", "bagel"),
)
# Well-known companies whose names end in a trade word and are no operators: the telecom
# equipment vendors and others a release may say its operator competes with.
_NOT_OPERATORS = frozenset(
    {"alcatel", "nortel", "mitel", "exxonmobil", "exxon mobil", "mobil", "siemens mobile"}
)
# A word a lower-case operator's name follows as an object ("competes with bemobile",
# "leased from ostratel"): other lower-case words ending like a trade name are words.
_OBJECT_BEFORE = re.compile(r"(?<![\w-])(?:with|against|from)[ \t\r\n]{1,3}$")
# A speech verb right before a name: "said John Mobile" names a speaker.
_SPEECH_BEFORE = re.compile(
    r"(?<![\w-])(?:said|says|added|stated|noted|commented|explained)[ \t\r\n]{1,3}$"
)
# What a sentence says of an operator it names: it competes, is the incumbent or a rival,
# leases out its network, is among "operators such as", has a mobile arm.
_OPERATOR_CUE = re.compile(
    r"(?i)\b(?:compet(?:es?|ed|ing|itors?|ition)|incumbent|rivals?|leased[ \t\r\n]{1,3}from"
    r"|(?:operators|carriers)[ \t\r\n]{1,3}such[ \t\r\n]{1,3}as|arm[ \t\r\n]{1,3}of)\b"
)
# Where a sentence ends: a full stop, a question or exclamation mark, or a blank line.
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?=[ \t\r\n]|$)|\n[ \t\r]*\n")
# A share of a company, its name right after: "75% of ", "a 51% stake in ", "100% interest in ".
_HELD_SHARE = re.compile(
    r"(?<![\w.])\d{1,3}(?:\.\d{1,2})?[ \t]?%[ \t]{1,3}"
    r"(?:(?:stake|interest|share|holding)[ \t]{1,3}in|of)[ \t\r\n]{1,3}(?:the[ \t]{1,3})?"
)
# A brand a company trades under, said right after its name and a comma: ", which trades as
# Example", ", operating under the Example brand".
_TRADES_AS = re.compile(
    r",[ \t\r\n]{1,3}(?:(?:which|that)[ \t\r\n]{1,3}(?:trades|operates)[ \t\r\n]{1,3}as"
    r"|(?:trading|operating)[ \t\r\n]{1,3}as)[ \t\r\n]{1,3}"
    r"[\"\u201c]?(?P<brand>[A-Z][\w&'-]{1,30}(?:[ \t]{1,3}[A-Z][\w&'-]{1,30}){0,2})[\"\u201d]?"
    r"|,[ \t\r\n]{1,3}(?:(?:which|that)[ \t\r\n]{1,3}(?:trades|operates)|trading|operating)"
    r"[ \t\r\n]{1,3}under[ \t\r\n]{1,3}the[ \t\r\n]{1,3}[\"\u201c]?"
    r"(?P<under>[A-Z][\w&'-]{1,30}(?:[ \t]{1,3}[A-Z][\w&'-]{1,30}){0,2})[\"\u201d]?"
    r"[ \t\r\n]{1,3}brand"
)
_TRADE_HINT = re.compile(r"trad(?:es|ing)\s{1,3}(?:as|under)|operat(?:es|ing)\s{1,3}(?:as|under)")
# A name and its legal form ending where a bracket opens: "Example Mobile S.A. (".
_NAME_WITH_FORM_BEFORE = re.compile(rf"{_NAME_WITH_FORM.pattern}[ \t]{{0,3}}$")
# What joins two names of a pair: "and", "&", "or" (wrapped or not).
_PAIR_JOIN = re.compile(r"[ \t]{1,3}(?:and|&|or)(?:[ \t]{1,3}|[ \t]{0,2}\r?\n[ \t]{0,20})")
# A join right after a word, and a legal form ending where a join starts.
_JOIN_AFTER_WORD = re.compile(rf"(?<=[\w.])(?:{_PAIR_JOIN.pattern})")
_FORM_AT_END = re.compile(rf"(?i:{_SUFFIX_PATTERN})$")


def _has_form_before_join(text: str, start: int, end: int) -> bool:
    """Whether a legal form right before an "and"/"&"/"or" join stands in ``text[start:end]``:
    what every pair of names with legal forms has. The joins are few and cheap to find; a
    legal form is looked for only in the few characters before each."""
    for join in _JOIN_AFTER_WORD.finditer(text, start, end):
        if _FORM_AT_END.search(text, max(start, join.start() - _LONGEST_SUFFIX - 1), join.start()):
            return True
    return False


def _form_name(match: re.Match[str]) -> str:
    """The name of a ``_NAME_WITH_FORM`` match, without the words that open a phrase."""
    words = _SPACES.sub(" ", match.group("name")).split(" ")
    while words and words[0].lower() in _NOT_NAME_WORDS:
        words = words[1:]
    return " ".join(words)


# A release's opening paragraph: up to its first blank line, at most 800 characters.
_OPENING = re.compile(r"\s*(?P<text>(?:[^\n]|\n(?![ \t\r]*\n)){1,800})")
# Words that make an unknown company's name a telecom company's.
_TELECOM_NAME = re.compile(
    r"tele[ck]|mobil|m[óo]vil|cellular|celular|wireless|communications|comunica|phone|fone"
    r"|broadband"
    r"|network|satellite|internet",
    re.I,
)
# What a telecom company does, said in the sentence that defines its short name: 'Vésper
# S.A. ("Vésper") ended the quarter with 452 thousand local lines in service'.
_TELECOM_BUSINESS = re.compile(
    r"\b(?:operators?|carriers?|lines[ \t\r\n]{1,3}in[ \t\r\n]{1,3}service|subscribers"
    r"|satellites?|telephony|wireless|broadband|cellular"
    r"|communications[ \t\r\n]{1,3}services)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


# Capitalised words (small words may join them) right before a bracket: "Example National
# Telephone Services (ENTS)".
_WORDS_BEFORE_BRACKET = re.compile(
    r"(?<![\w&.'-])(?P<name>[A-Z][\w&'-]{0,30}"
    rf"(?:{_WORD_GAP}(?:(?:of|and|&|de|del|da|do){_WORD_GAP})?[A-Z][\w&'-]{{0,30}}){{1,6}})"
    r"[ \t]{0,3}$"
)


def _initialled_company(text: str, start: int, at: int, short: str) -> str | None:
    """The telecom company named, without a legal form, right before the initials that
    bracket defines: "the incumbent, Example National Telephone Services (ENTS), holds the
    rest" names Example National Telephone Services (its words, from the first the initials
    take)."""
    before = _WORDS_BEFORE_BRACKET.search(text, max(start, at - 100), at)
    if before is None:
        return None
    words = before.group("name").split()
    for first in range(len(words) - 1):
        name = " ".join(words[first:])
        if abbreviates(short, name):
            return name if _ends_as_company(name) and is_company_name(name) else None
    return None


# How a telecom company's name without a legal form ends ("... Telephone Services"), unlike
# a service's ("Broadband Global Area Network") or a regulator's ("... Authority of Example").
_COMPANY_LAST_WORD = re.compile(
    r"(?i)telecom\w{0,20}|telekom\w{0,20}|communications?|telephones?|cellular|wireless|mobile"
)
_COMPANY_NOUNS = frozenset({"services", "company", "corporation"})


def _ends_as_company(name: str) -> bool:
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _COMPANY_NOUNS:
        words = words[:-1]
    return bool(words) and _COMPANY_LAST_WORD.fullmatch(words[-1]) is not None


def _company_before(
    text: str, start: int, at: int, short: str = "", stop: int | None = None
) -> str | None:
    """The telecom company's name and legal form that a defined short name follows, if any:
    a name that says telecom, or one the sentence says operates a telecom business (that
    sentence, or the next when it opens with the short name: 'Stratos Global Corporation
    ("Stratos"), its largest partner. Stratos provides ... communications services')."""
    before = _COMPANY_BEFORE.search(text, max(start, at - 100), at)
    if before is None:
        return None
    name = before.group("name")
    if "\n" in name:
        # Wrapped from the line above: only from prose, not from a heading or a label.
        above = text.rfind("\n", 0, before.start("name")) + 1
        line = text[above : before.start("name")].strip()
        if len(line) + len(name.split("\n")[0]) < _PROSE_LINE:
            name = name.rsplit("\n", 1)[1].strip()
        name = _SPACES.sub(" ", name)
    if not name or not is_company_name(name):
        return None
    if not _TELECOM_NAME.search(name) and not _says_telecom(text, at, short, stop):
        return None
    return name


def _says_telecom(text: str, at: int, short: str, stop: int | None) -> bool:
    """Whether the sentence from ``at``, or the next one when it opens with ``short``, says
    its company runs a telecom business."""
    limit = len(text) if stop is None else stop
    sentence = _SENTENCE_END.search(text, at, min(limit, at + 300))
    end = sentence.start() if sentence else min(limit, at + 300)
    if _TELECOM_BUSINESS.search(text, at, end):
        return True
    if sentence is None or not short:
        return False
    following = text[sentence.end() : limit].lstrip()
    if not following.startswith(short) or following[len(short) : len(short) + 1].isalnum():
        return False
    # To its paragraph's end: "St. John's" in a sentence ends no sentence.
    begin = limit - len(text[sentence.end() : limit].lstrip())
    blank = _BLANK_LINE.search(text, begin, min(limit, begin + 300))
    end = blank.start() if blank else min(limit, begin + 300)
    return _TELECOM_BUSINESS.search(text, begin, end) is not None


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")

# The most companies and short names one release's text teaches the catalog: a release names
# a dozen at most; a text of thousands ("A Telecom Inc. and B Mobile Ltd. and ...") would
# make each name search try thousands of spellings.
_MOST_DISCOVERED = 64


# Cells of a table row as text writes it: apart by a tab or two spaces or more.
_CELL_GAP = re.compile(r"\t[ \t]*|  [ \t]*")
_DIGIT = re.compile(r"\d")
# A name in a table row: one to three capitalised words ("IraQna", "Nortel Movil").
_ROW_NAME = re.compile(r"[A-Z][\w&.'-]{1,30}(?:[ ][A-Za-z][\w&.'-]{0,30}){0,2}")
# Rows of a table of operations by country: at least this many name their countries.
_COUNTRY_ROWS = 2


def _name_then_country(cell: str) -> tuple[str, str] | None:
    """A table's name cell with the company's country in brackets ("Example Mobil
    (Slovenia)"): the name and the bracket's text."""
    if not cell.endswith(")"):
        return None
    name, _, country = cell[:-1].rpartition("(")
    name = name.rstrip(" \t")
    return (name, country) if name and country and "(" not in name else None


def _row_country(cell: str) -> str | None:
    """The country a table cell is (its name, not an adjective: "Iraq", not "Iraqi"; an
    accented capital opens it as well: "Österreich"), maybe with a note on the region in
    brackets after it ("Iraq (KRG)", "Congo (DRC)")."""
    cell = _COUNTRY_NOTE.sub("", cell)
    return place_code(cell) if _ROW_NAME.fullmatch(strip_accents(cell)) else None


# A short note in brackets after a country's name in a table cell: "Iraq (KRG)".
_COUNTRY_NOTE = re.compile(r"[ \t]{1,3}\([A-Za-z][\w .-]{0,20}\)$")


# A lower-case note in brackets ending a table's name cell.
_ROW_NOTE = re.compile(r"[ \t]{1,3}\([a-z][a-z -]{0,40}\)$")


def _row_name(cell: str) -> bool:
    """Whether a table cell can name an operator: capitalised words, no country."""
    return _ROW_NAME.fullmatch(cell) is not None and country_code(cell) is None


# Capitalised words right before a name, on its line or at the end of the line above: the
# first words of a longer company name ("Star One", "Norte Brasil Telecom").
_WORDS_BEFORE = re.compile(
    r"(?<![\w'\u2019.&-])(?P<words>[A-Z][a-z][\w&-]{0,30}(?:[ \t]{1,3}[A-Z][a-z][\w&-]{0,30}){0,2})"
    r"(?P<gap>[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,40})$"
)
# Capitalised words and a legal form right after a name: "... Telephone East Corporation",
# or initials in capitals ("Example PCS Inc.", a subsidiary named for its network).
_CAPITALISED_WORD = r"[A-Z](?:[a-z][\w&-]{0,30}|[A-Z]{1,4}(?![\w&-]))"
# A legal form written before the name, in capitals, then capitalised words: "AS Example
# Telefon", "UAB Example Mobilus", "OJSC Example Svyaz".
_FORM_FIRST_NAME = re.compile(
    rf"(?<![\w&.'-])(?:AS|AB|UAB|SIA|AO|OAO|ZAO|PAO|OJSC|CJSC|PJSC|JSC){_WORD_GAP}"
    rf"(?P<name>[A-Z][a-z][\w&-]{{0,30}}(?:{_WORD_GAP}{_CAPITALISED_WORD}){{0,3}}){_NAME_END}"
)
# The telephone and the link in the languages whose forms come first: "Telefon" (Estonian,
# Czech, Swedish), "Svyaz" (Russian), "Sakari" (Latvian), "Ryšiai" (Lithuanian).
_LOCAL_TELECOM_WORD = re.compile(r"telefon|svyaz|sakar|ry[šs]i", re.I)
_WORDS_THEN_FORM = re.compile(
    r"(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,40})"
    # The words may wrap: "TIM Nordeste" / "Telecomunicacoes S.A.".
    rf"(?P<words>{_CAPITALISED_WORD}"
    rf"(?:(?:[ \t]{{1,3}}|[ \t]{{0,3}}\r?\n[ \t]{{0,40}}){_CAPITALISED_WORD})?)"
    rf",?\s{{1,3}}(?i:{_SUFFIX_PATTERN}){_NAME_END}"
)
# Without a legal form, two or three capitalised words after a name that end in what its
# business is and end the name (punctuation or a lower-case word next): "France Telecom
# Mobile Satellite Communications." is a company of its own, its subsidiary.
_WORDS_THEN_BUSINESS = re.compile(
    r"(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,40})"
    r"(?P<words>[A-Z][a-z][\w&-]{0,30}(?:(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,40})"
    r"[A-Z][a-z][\w&-]{0,30})?(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,40})"
    r"(?:Communications|Telecommunications|Services|Networks))"
    r"(?=[.,;:)]|\s{1,3}[a-z]|\s*$)"
)
# Words that open a sentence or a phrase before a name, not part of it.
_NOT_NAME_WORDS = frozenset(
    {"the", "a", "an", "today", "yesterday", "in", "on", "at", "of", "by", "for", "with"}
    | {"from", "to", "as", "and", "or", "our", "its", "their", "this", "that", "these"}
    | {"those", "when", "while", "after", "before", "since", "both", "also", "meanwhile"}
    | {"however", "moreover", "furthermore", "mr", "ms", "mrs", "dr", "said", "says", "via"}
    | {"about", "contact", "contacts", "relations", "investor", "investors", "press", "media"}
)
# A line a name wraps from is prose, not a label or a heading above the name.
_PROSE_LINE = 50


class _Longer(NamedTuple):
    """A longer company name around a known one: its span (legal form included), its name."""

    start: int
    end: int
    name: str
    extra: str  # the words around the known name


def _extra_words_ok(words: list[str], name: str = "") -> bool:
    """Whether words around a known name make a longer company name: not function words,
    countries, only topic words ("Mobile", "Services"), or the name's own words again (a
    heading's name over a line that opens with it)."""
    lowered = [w.lower() for w in words]
    if not words or any(w in _NOT_NAME_WORDS or w.endswith("ly") for w in lowered):
        return False
    if set(lowered) & set(name.lower().split()):
        return False
    if any(country_code(w) or place_code(w) for w in words):
        return False
    return not all(
        w in _TOPIC_WORDS or w in _BARE_SUFFIXES or _BUSINESS_WORD.fullmatch(w) for w in lowered
    )


def _embedding_company(text: str, start: int, match: _Found, stop: int) -> _Longer | None:
    """The longer company name a known name is part of, when it has a legal form: capitalised
    words before the name ("Star One S.A.") or between it and the form ("Nippon Telegraph and
    Telephone East Corporation"). None for the known name alone ("The Vodafone Group Plc")."""
    formed = match.end > match.name_end
    if formed:
        # A legal form right after the name: a word of a name must end just before it.
        gap = text[max(start, match.start - 45) : match.start]
        kept = gap.rstrip()
        if len(kept) == len(gap) or not kept[-1:].isalpha():
            return None
    elif not text[match.name_end : match.name_end + 45].lstrip()[:1].isupper():
        return None  # no capitalised word between the name and a legal form
    line_start = text.rfind("\n", start, match.start) + 1
    if not _LOWER.search(text, line_start, match.name_end):
        return None  # an all-capitals heading or label
    begin = match.start
    # Words before count only with the form right after the name (words then form else).
    before = (
        _WORDS_BEFORE.search(text, max(start, match.start - 120), match.start) if formed else None
    )
    if before is not None:
        words = before.group("words").split()
        while words and not _extra_words_ok(words[:1]):
            words = words[1:]
        wrapped = "\n" in before.group("gap")
        if wrapped:
            above = text.rfind("\n", 0, before.start("words")) + 1
            line = text[above : before.end("words")].strip()
            if len(line) < _PROSE_LINE or "    " in line:  # a label, or columns
                words = []
        if words and _extra_words_ok(words, text[match.start : match.name_end]):
            begin = before.end("words") - len(" ".join(words))
            if text[begin : before.end("words")].split() != words:
                begin = match.start  # spaced differently: not sure where the name starts
    end, name_end = match.end, match.name_end
    if not formed:
        after = _WORDS_THEN_FORM.match(text, match.name_end, stop)
        if after is None:
            after = _WORDS_THEN_BUSINESS.match(text, match.name_end, stop)
        if after is None or not (
            _extra_words_ok(after.group("words").split(), text[match.start : match.name_end])
            or (
                after.re is _WORDS_THEN_FORM
                and _HOLDING_WORD.fullmatch(after.group("words"))
                and not _HOLDS_STAKE.match(text, after.end(), stop)
            )
        ):
            return None  # no legal form: not sure the words are one name
        end, name_end = after.end("words"), after.end("words")
        if after.re is _WORDS_THEN_FORM:
            end = after.end()
    elif begin == match.start:
        return None
    extra = f"{text[begin : match.start]} {text[match.name_end : name_end]}"
    name = _SPACES.sub(" ", text[begin:name_end]).strip(" ,.")
    return _Longer(begin, end, name, _SPACES.sub(" ", extra).strip())


# Words that say what a company does, not which one it is: "COSMOTE Mobile
# Telecommunications S.A." is COSMOTE, "Telemar Participações S.A." is Telemar's holding.
_BUSINESS_WORD = re.compile(
    r"tele\w*|communications?|comunica\w*|cellular|celular|holdings?|participa\w*"
    r"|investments?|finance|capital|systems|solutions|enterprises?|industries"
)
_BARE_SUFFIXES = frozenset(s.rstrip(".") for s in LEGAL_SUFFIXES)
# The one business word that makes a known name with a legal form another company: its holding
# ("Acme Celular Participações S.A." holds Acme Celular). The table lists a holding that is one
# company with its operator ("Vivo Participações") as a name of it, which is matched whole.
_HOLDING_WORD = re.compile(r"Participa(?:ções|coes)")
# A holding named as a shareholder ("... Participações S.A. holds 52% of ..."): no operator.
_HOLDS_STAKE = re.compile(
    r"[ \t]{1,3}(?:holds|owns|controls)[ \t]{1,3}\d{1,3}(?:[.,]\d{1,2})?[ \t]?%"
)


def opens_name(short: str, full: str) -> bool:
    """Whether ``short`` is the first words of the company name ``full`` ("Maxcom" of "Maxcom
    Telecomunicaciones, S.A.B. de C.V."), as an about heading or a headline shortens it."""
    short_key = _strip_suffixes(_key(short))
    return bool(short_key) and (_strip_suffixes(_key(full)) + " ").startswith(short_key + " ")


# Small words an abbreviation may skip: "NTT" of "Nippon Telegraph and Telephone".
_INITIALS_SKIPPED = frozenset({"and", "of", "de", "the", "&", "for"})


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is written in the initials of the company name ``full``: "IIJ" of
    "Internet Initiative Japan Inc.", "NTT" of "Nippon Telegraph and Telephone Corporation"
    (small words may be skipped or kept). Two letters at least, in capitals."""
    letters = short.replace(".", "").replace(" ", "")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    words = [w for w in re.split(r"[\s-]+", _strip_suffixes(_key(full))) if w]
    if len(words) < 2:
        return False
    wanted = letters.lower()
    kept = "".join(w[0] for w in words)
    skipped = "".join(w[0] for w in words if w not in _INITIALS_SKIPPED)
    return wanted in {kept, skipped}


def _without_place(name: str) -> str:
    """A company's name without the place its legal name registers it in: "City Telecom
    (H.K.) Limited" is City Telecom, as "Example Mobile (Singapore) Ltd" is Example Mobile."""
    bracket = _INNER_BRACKET.search(name)
    if bracket is None or country_code(bracket.group("inside")) is None:
        return name
    rest = _SPACES.sub(" ", name[: bracket.start()] + " " + name[bracket.end() :]).strip()
    return rest if _strip_suffixes(_key(rest)) else name


def _owns_brand(operator: Operator, country: str | None = None) -> bool:
    """Whether ``operator``'s name followed by a country names its company there: a group's
    ("Tele2 Croatia"), or an operator's that belongs to no group, in a country not its own
    ("Sprint Canada" is Sprint's company in Canada; "Sprint" in its own country is Sprint)."""
    if operator.kind == "group":
        return True
    return operator.parent is None and (country is None or country != operator.country)


def _brands(
    operators: dict[str, Operator],
) -> tuple[dict[tuple[str, str], str], dict[str, tuple[str, str]]]:
    """Each group's brands and the slug prefix of its operators by country.

    Returns (group slug, brand key) → prefix, and prefix → (group slug, brand as written). The
    prefix is the one the table's own rows for the brand use ("3 UK" is three-uk, so "3" and
    "Three" give "three"), else the one the group's rows by country use ("Hutchison 3" gives
    "three" too), else the brand slugified ("Tele2" → tele2, "Telia" → telia).
    """
    by_parent: dict[str, list[Operator]] = {}
    for operator in operators.values():
        if operator.parent:
            by_parent.setdefault(operator.parent, []).append(operator)
    brands: dict[tuple[str, str], str] = {}
    prefixes: dict[str, tuple[str, str]] = {}
    named: set[str] = set()
    # Groups first: an operator of no group brands only what no group's prefix takes.
    for group in sorted(operators.values(), key=lambda op: op.kind != "group"):
        if not _owns_brand(group):
            continue
        for spelling in (group.name, *group.aliases):
            brand = _strip_suffixes(_key(spelling))
            if not brand or len(brand.split()) > 2 or (group.slug, brand) in brands:
                continue
            own_prefix, brand_prefix = None, None
            for child in by_parent.get(group.slug, ()):
                head, _, code = child.slug.rpartition("-")
                if code != ("uk" if child.country == "GB" else (child.country or "").lower()):
                    continue
                own_prefix = own_prefix or head
                if any(_key(s).startswith(brand + " ") for s in (child.name, *child.aliases)):
                    brand_prefix = head
                    break
            prefix = brand_prefix or own_prefix or _NON_SLUG.sub("-", brand).strip("-")
            if not prefix:
                continue
            brands[(group.slug, brand)] = prefix
            # A branch is named with the brand its siblings are ("3 Indonesia", as "3 UK").
            if brand_prefix is not None and prefix not in named:
                named.add(prefix)
                prefixes[prefix] = (group.slug, spelling)
            else:
                prefixes.setdefault(prefix, (group.slug, spelling))
    return brands, prefixes


def _spellings(operators: Iterable[Operator], *, bare: bool = False) -> frozenset[str]:
    """Every way the operators are written, accented and ASCII-folded; with ``bare``, their
    names without a legal form too (a discovered "Example de Chile S.A." is written "Example
    de Chile" as well)."""
    spellings = {
        spelling
        for operator in operators
        for spelling in (operator.name, *operator.aliases)
        if spelling.strip()
    }
    if bare:
        spellings |= {short for s in list(spellings) if (short := _without_form(s)) != s}
    # Patterns search accent-stripped text (see ``_searched``): each spelling stripped as well
    stripped = {strip_accents(s) for s in spellings}
    return frozenset(spellings | {fold(s) for s in spellings} | stripped)


# A legal form at the end of a name as written ("..., S.A.", " Co., Ltd.", " plc").
_WRITTEN_FORM = re.compile(rf"(?<=\S),?\s{{1,3}}(?:{_SUFFIX_PATTERN})$", re.IGNORECASE)


def _without_form(name: str) -> str:
    """``name`` as written less its trailing legal forms ("Example Mobile Co., Ltd." →
    "Example Mobile"), as long as two words are left ("Example Group plc" → "Example Group":
    one word alone may be a word of prose)."""
    short = name.strip()
    while (cut := _WRITTEN_FORM.search(short)) is not None:
        rest = short[: cut.start()].rstrip(" ,")
        if len(rest.split()) < 2:
            break
        short = rest
    return short


class _Memo(NamedTuple):
    """A catalog's mentions found in ``text`` (by range) while ``filing`` was being read."""

    text: str
    filing: str | None
    found: dict[tuple[int, int], tuple[Mention, ...]]


class _Found(NamedTuple):
    """A name found in text: where it starts, where the name ends, where its legal form ends."""

    start: int
    name_end: int
    end: int


def _found(match: re.Match[str] | None) -> _Found | None:
    return None if match is None else _found_of(match)


def _found_of(match: re.Match[str]) -> _Found:
    return _Found(match.start(), match.end("name"), match.end())


def _with_suffix(match: re.Match[str] | None, text: str, stop: int) -> _Found | None:
    r"""A match of a pattern compiled without the legal forms, with the form that follows it:
    what the one pattern with ``(?:\s(?P<suffix>...))?`` would match, without compiling that
    long alternation again for each release's few discovered names."""
    if match is None:
        return None
    tail = _SUFFIX_TAIL.match(text, match.end(), stop)
    return _Found(match.start(), match.end(), tail.end() if tail else match.end())


class _Scan(NamedTuple):
    """Every match of a pattern over one whole text, and where each starts."""

    text: str
    found: list[_Found]
    starts: list[int]


class _Scanner:
    """Searches for a catalog's pattern, answered from a scan of the whole text.

    A release's sections are searched for names by several extractors; one scan of the filing,
    sliced, costs less than a search of each section by each. A match of the whole text is the
    one a search bounded by ``stop`` finds unless a spelling tried there could reach ``stop``
    (where the bounded search sees the text end), so the last ``reach`` characters before
    ``stop`` are searched again, as is text after a match that runs across ``pos``.
    """

    def __init__(self, pattern: re.Pattern[str], spellings: Iterable[str]) -> None:
        self.pattern = pattern
        # How far past its start a match can look: the longest spelling (a space may be three
        # characters), a space and a legal form with its full stop, and the name-end check.
        longest = max(
            (len(s) + (_NAME_SPACE_WIDTH - 1) * s.count(" ") for s in spellings), default=0
        )
        self.reach = longest + 1 + _LONGEST_SUFFIX + 1 + 2 + 4

    def search(self, text: str, pos: int, stop: int) -> _Found | None:
        """What ``pattern.search(text, pos, stop)`` finds."""
        scans = _FILING_SCANS.get()
        if scans is not None and stop - pos > 2 * self.reach:
            scan = self._scan(scans, text)
            index = bisect_left(scan.starts, pos)
            if not index or scan.found[index - 1].end <= pos:
                if index < len(scan.found) and scan.found[index].start + self.reach < stop:
                    return scan.found[index]
                # No match of the whole text starts before ``stop - reach``, so no match of
                # the bounded search does either.
                pos = max(pos, stop - self.reach)
        return _found(self.pattern.search(_searched(text), pos, stop))

    def _scan(self, scans: dict[int, _Scan], text: str) -> _Scan:
        scan = scans.get(id(self.pattern))
        if scan is None or scan.text is not text:
            found = [_found_of(m) for m in self.pattern.finditer(_searched(text))]
            scan = scans[id(self.pattern)] = _Scan(text, found, [f.start for f in found])
        return scan


# The scans of the filing being read (see ``scanning``): one per read, in the reader's own
# context, so threads reading other filings neither share nor evict them, and they go with it.
_FILING_SCANS: ContextVar[dict[int, _Scan] | None] = ContextVar("sixk_filing_scans", default=None)


@contextmanager
def scanning() -> Iterator[None]:
    """Within this block, name searches of a text are answered from one scan of all of it."""
    token = _FILING_SCANS.set({})
    counted = _FILING_COUNTRIES.set(None)
    try:
        yield
    finally:
        _FILING_COUNTRIES.reset(counted)
        _FILING_SCANS.reset(token)


def _filing_text() -> str | None:
    """The text of the filing being read (the longest one scanned); None outside a read."""
    scans = _FILING_SCANS.get()
    return max((scan.text for scan in scans.values()), key=len) if scans else None


def _text_countries(text: str) -> dict[str, int]:
    """``_country_counts(text)``; for the filing being read, its counts of this read, so
    that each ambiguous name does not count the whole filing again."""
    if not text:
        return {}
    return _filing_countries() if text is _filing_text() else _country_counts(text)


def _filing_countries() -> dict[str, int]:
    """The countries the filing being read speaks of (see ``_country_counts``), counted once
    per read; empty outside a read."""
    text = _filing_text()
    if text is None:
        return {}
    counted = _FILING_COUNTRIES.get()
    if counted is None or counted[0] is not text:
        counted = (text, _country_counts(text))
        _FILING_COUNTRIES.set(counted)
    return counted[1]


# The filing text counted in this read, with its counts (see ``scanning``).
_FILING_COUNTRIES: ContextVar[tuple[str, dict[str, int]] | None] = ContextVar(
    "sixk_filing_countries", default=None
)


@lru_cache(maxsize=1024)
def _mention_pattern(spellings: frozenset[str], *, suffix: bool = True) -> re.Pattern[str]:
    """One alternation of ``spellings``, longest first, each between name boundaries.

    The alternation is factored by first character: ``re`` tries every branch at every word
    start, and a case-insensitive literal gets no fast path, so 25 groups beat 190 branches.
    Groups start with characters no text character matches both of, and keep the
    longest-first order inside, so the pattern matches exactly what the flat one would.
    """
    groups: dict[str, list[str]] = {}
    for spelling in sorted(spellings, key=lambda s: (-len(s), s)):
        groups.setdefault(_group_key(spelling[0], groups), []).append(spelling)
    alternation = "|".join(
        _escape(first) + "(?:" + "|".join(_escape(s[len(first) :]) for s in members) + ")"
        for first, members in groups.items()
    )
    # Word boundaries that also keep "mmO2" out of "O2", "@o2.com" and "i-ONE" out of "ONE".
    legal_form = rf"(?:\s(?P<suffix>{_SUFFIX_PATTERN}))?" if suffix else ""
    pattern = re.compile(
        rf"(?<![\w@./&-])(?P<name>{alternation}){legal_form}{_NAME_END}", re.IGNORECASE
    )
    return pattern


def _group_key(first: str, groups: dict[str, list[str]]) -> str:
    """The group for a spelling starting with ``first``: the key it equals case-blind (as
    ``re`` compares), else a new one; spellings starting with a space stay unfactored ("")."""
    if first.isspace():
        return ""
    for key in groups:
        if key == first or (key and re.fullmatch(re.escape(key), first, re.IGNORECASE)):
            return key
    return first


# A space in a name as text writes it: a short run of whitespace.
_NAME_SPACE = r"\s{1,3}"
_NAME_SPACE_WIDTH = 3  # the most characters one space of a spelling can take


def _escape(spelling: str) -> str:
    """A spelling as a pattern: literal, a short run of whitespace or a wrap for each space."""
    return re.escape(spelling).replace(r"\ ", _NAME_SPACE)


def _spelled_length(text: str, found: _Found) -> int:
    """The length of the spelling a match stands for (a run of spaces counts as one)."""
    return len(_SPACES.sub(" ", text[found.start : found.name_end]))


@cache
def default_catalog() -> Catalog:
    """The packaged operator table, read once per process."""
    return Catalog(_read_csv())


# The legal forms that open a name, written before it ("Open Joint Stock Company Example",
# "OJSC Example", "PT Example"): the rest is the name, whichever way the form is written.
_OPENING_FORM = re.compile(
    r"^(?:(?:open|closed|public)\sjoint\sstock\scompany|joint\sstock\scompany"
    r"|ojsc|pjsc|cjsc|jsc|oao|zao|pao|ooo|uab|pt)\s+"
)


def _without_leading_form(name: str) -> str | None:
    """``name`` less the legal form opening it, as written, when what is left names a company
    alone: two words or more, or one that says telecom (one plain word is a word of prose)."""
    key = _key(name)
    opening = _OPENING_FORM.match(key)
    if opening is None:
        return None
    words = name.split()
    rest = " ".join(words[len(key[: opening.end()].split()) :])
    if _key(rest) != key[opening.end() :] or not rest:
        return None
    if len(rest.split()) < 2 and not _TELECOM_NAME.search(rest):
        return None
    return rest


def registrant_operator(name: str, *, catalog: Catalog | None = None) -> Operator:
    """The registrant as an operator row: a known one ("mmO2 plc" → mmo2) or a new ``other``."""
    return (catalog or default_catalog()).discover(name)
