"""Temporal-expression patterns as data: word tables, regular expressions and cue lists.

The logic that turns a match into a date lives in ``_dates.py``; this module only says what the
text looks like. Each entry of ``TIME_PATTERNS`` is ``(name, regex)``; ``_dates.py`` has one
handler per name. Regexes are written to be case-sensitive where capitals carry meaning (month
and weekday names, so "protesters march" and "may" the modal never match) and case-insensitive
only inside ``(?i:...)`` groups for ordinary words ("yesterday", "last week").

Sources: ONTOLOGY.md §5 (time_precision codes and the dates to record); the word lists are our
own, written from English wire and local news usage.
"""

from __future__ import annotations


def _alternation(words: list[str]) -> str:
    """Longest first, so "Sept" wins over "Sep" and "Tuesday" is never cut short."""
    return "|".join(sorted(words, key=len, reverse=True))


# --- words -------------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
#: Month names that are also ordinary English words or first names. Alone they need a date
#: context (a preposition, a modifier, a day or a year): "Theresa May", "the Long March".
AMBIGUOUS_MONTHS = frozenset({"may", "march", "april", "june", "august"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

#: Small numbers written as words, for "two days ago", "three weeks earlier".
SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "a couple of": 2, "a few": 3, "several": 3,
}

#: Words that, right before a bare month name or year, make it a date ("in March", "since 2011").
MONTH_PREPOSITIONS = frozenset({
    "in", "since", "until", "till", "by", "from", "during", "through", "throughout", "before",
    "after", "between", "of", "to", "and", "or", "last", "this", "next", "early",
    "late", "mid", "around", "as", "each", "every", "for", "on", "into", "earlier", "later",
})
YEAR_PREPOSITIONS = frozenset({
    "in", "since", "until", "till", "by", "from", "during", "through", "throughout", "before",
    "after", "between", "of", "to", "early", "late", "mid", "around", "circa", "the", "and",
    "as", "for", "into", "year", "spring", "summer", "autumn", "fall", "winter",
    "end", "start", "beginning", "middle", "half",
})

#: A year followed by one of these is a count, not a year: "of 2000 people".
COUNT_NOUNS = frozenset({
    "people", "persons", "civilians", "soldiers", "troops", "men", "women", "children",
    "refugees", "families", "households", "fighters", "militants", "rebels", "residents",
    "homes", "houses", "km", "kilometres", "kilometers", "metres", "meters", "miles", "tonnes",
    "tons", "dollars", "euros", "pounds", "barrels", "deaths", "dead", "killed", "casualties",
    "cases", "displaced", "students", "workers", "prisoners", "detainees", "police",
    "policemen", "officers", "votes", "voters", "members", "rockets", "missiles", "drones",
    "shells", "rounds", "bodies", "victims", "others", "more", "of",
})

#: A date immediately followed by one of these is part of a name, not a date:
#: "the March 23 Movement" (M23), "the February 17 Revolution", "6 October Bridge".
NAME_FOLLOWERS = frozenset({
    "movement", "revolution", "coalition", "brigade", "brigades", "bridge", "street", "square",
    "city", "stadium", "martyrs", "uprising", "war", "agreement", "accord", "accords",
    "alliance", "front", "group", "party", "regiment", "division", "battalion", "university",
    "hospital", "road", "avenue", "district", "camp", "neighbourhood", "neighborhood",
})

# --- regex building blocks ---------------------------------------------------------------------


def _cased(words: list[str]) -> str:
    """Title case and upper case variants ("Monday", "MONDAY"), case-sensitive on purpose."""
    forms = [w.capitalize() for w in words] + [w.upper() for w in words]
    return _alternation(forms)


WEEKDAY = rf"(?:{_cased(list(WEEKDAYS))})"
MONTH_FULL = rf"(?:{_cased(list(MONTHS))})"
# An abbreviation needs a capital and may carry a full stop ("Feb. 6", "6 Sept 2024").
MONTH_ABBR = rf"(?:(?:{_cased(list(MONTH_ABBREVIATIONS))})\.?)"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})(?![a-z])"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
DAY_ORD = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
YEAR = r"(?:19|20)\d{2}(?![\d])"
DASH = r"(?:-|–|—)"

_RANGE_CONN = rf"(?:\s*{DASH}\s*|\s+(?i:to|and|until|till|through|thru)\s+)"
_B = r"(?<![\w'’])"  # a pattern starts at a word start
_NIGHT_OF = _B + r"(?P<night>(?i:(?:on\s+|during\s+)?the\s+night\s+of)\s+)?"
_WD_LEAD = r"(?:(?P<wd>" + WEEKDAY + r"),?\s+(?:the\s+)?)?"

_SMALL_NUM = rf"(?:\d{{1,3}}|(?i:{_alternation(list(SMALL_NUMBERS))}))"

#: (name, regex). Order does not matter: overlaps are settled by length, then by list order.
#: ``TIME_GATES`` below says which cheap search must succeed before a pattern runs at all.
TIME_PATTERNS: list[tuple[str, str]] = [
    # "between 3 and 5 March", "3-5 March 2025", "from the 3rd to the 5th of March"
    ("range_dm", _NIGHT_OF + rf"""(?:(?P<pre>(?i:between|from))\s+)?(?:the\s+)?(?P<d1>{DAY})
        (?P<conn>{_RANGE_CONN})(?:the\s+)?(?P<d2>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})
        (?:,?\s+(?P<y>{YEAR}))?"""),
    # "March 3-5", "between March 3 and 5, 2025"
    ("range_md", _NIGHT_OF + rf"""(?:(?P<pre>(?i:between|from))\s+)?(?P<m>{MONTH})\s+
        (?P<d1>{DAY})(?P<conn>{_RANGE_CONN})(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?"""),
    # "Thursday, 6 February 2025", "the 6th of February", "6 Feb"
    ("date_dm", _NIGHT_OF + _WD_LEAD + rf"""(?:(?i:the)\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})
        (?:,?\s+(?P<y>{YEAR}))?"""),
    # "Thursday, February 6, 2025", "Feb. 6", "February 6th"
    ("date_md", _NIGHT_OF + _WD_LEAD + rf"""(?P<m>{MONTH})\s+(?P<d>{DAY})
        (?:,?\s+(?P<y>{YEAR}))?"""),
    # "2025-02-06", "2025/02/06"
    ("date_iso", r"""(?<![\w/.-])(?P<y>(?:19|20)\d{2})(?P<sep>[-/])(?P<m>1[0-2]|0?[1-9])(?P=sep)
        (?P<d>3[01]|[12]\d|0?[1-9])(?![\d/])"""),
    # "06/02/2025", "6.2.2025", "06-02-25": day first unless impossible (see _dates.py)
    ("date_numeric", r"""(?<![\w/.:,-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)
        (?P<y>(?:19|20)\d{2}|\d{2})(?![\w/-]|[.,:]\d)"""),
    # "6 février 2025", "6 de febrero de 2025": handed to dateparser (see _dates.py)
    ("date_foreign", r"""(?<![\w.])(?P<d>3[01]|[12]\d|0?[1-9])\.?\s+(?:de\s+)?
        (?P<word>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})(?!\d)"""),
    # "early Thursday", "late on Tuesday", "Thursday night", "overnight Wednesday",
    # "Wednesday-Thursday night", "on Monday last week", "between Monday and Wednesday"
    ("weekday", _NIGHT_OF + rf"""(?:(?P<pre>(?i:between|from))\s+)?
        (?P<mod>(?:(?i:early|late|overnight|last|this|next|past|coming|previous|
            (?:in\s+)?the\s+(?:early\s+|small\s+)?(?:hours|morning|afternoon|evening)\s+of|
            (?:early|late)\s+on)\s+)*)
        (?P<wd1>{WEEKDAY})(?:'s|’s)?
        (?:(?P<conn>\s*(?:{DASH}|/)\s*|\s+(?:to|into|and|through|until|till|or)\s+)
           (?P<wd2>{WEEKDAY})(?:'s|’s)?)?
        (?P<part>\s+(?i:night|morning|afternoon|evening|midday|noon|dawn|overnight))?
        (?:\s+(?i:into|to)\s+(?P<wd3>{WEEKDAY}))?
        (?P<week>\s+(?i:(?:of\s+)?(?:last|this|next|the\s+previous|the\s+following)\s+week))?"""),
    # "overnight into Thursday", "during the night to Sunday"
    ("night_into", _B + rf"""(?i:overnight|(?:during\s+|in\s+)?the\s+night|late\s+at\s+night)\s+
        (?i:into|to|before)\s+(?P<wd>{WEEKDAY})"""),
    # "today", "yesterday afternoon", "last night", "the day before yesterday", "tomorrow"
    ("relative_day", _B + r"""(?i:(?P<word>the\s+day\s+before\s+yesterday|
        the\s+day\s+after\s+tomorrow|
        earlier\s+today|later\s+today|today|tonight|tomorrow|yesterday|last\s+night|
        last\s+evening|this\s+(?:morning|afternoon|evening)|overnight|earlier\s+in\s+the\s+day)
        (?:\s+(?P<part>morning|afternoon|evening|night))?)\b"""),
    # "two days ago", "three weeks earlier", "a day later"; "three years ago today" is the
    # anniversary's day, not the publication day
    ("ago", _B + rf"""(?P<n>{_SMALL_NUM})\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\s+
        (?P<dir>(?i:ago|earlier|later|afterwards|previously|
        (?:before|after)(?=\s*(?:[,.;:)]|$))))\b(?:\s+(?P<today>(?i:today|to\s+the\s+day))\b)?"""),
    # "the previous day", "the next day", "the same day", "that day", "later that day"
    ("anaphoric_day", _B + r"""(?i:(?P<word>the\s+(?:previous|preceding|following|next|same)\s+day|
        the\s+day\s+(?:before|after)|(?:earlier|later)\s+(?:that|the\s+same)\s+day|
        that\s+(?:same\s+)?day|that\s+(?:same\s+)?(?:morning|afternoon|evening)|
        the\s+same\s+(?:morning|afternoon|evening|night)|
        (?:the\s+)?next\s+morning|the\s+following\s+(?:morning|night)|
        the\s+previous\s+(?:night|evening)))\b"""),
    # "last week", "earlier this week", "late last week", "over the weekend", "this month",
    # "earlier this month", "last year", "earlier this year"
    ("period", _B + r"""(?i:(?P<pos>earlier|later|early|late|mid|the\s+end\s+of|the\s+start\s+of|
            the\s+beginning\s+of|the\s+middle\s+of)[\s-]+)?
        (?i:(?P<det>last|this|next|the\s+past|the\s+previous|the\s+following|the\s+coming|
            this\s+past|past|previous|coming|the|a)\s+)
        (?P<unit>(?i:weekend|week|month|year))\b(?!\s*(?:'s|’s)?\s*(?i:end)\b)(?!-)"""),
    # "in the past 24 hours", "over the last three days", "in recent weeks", "in the past few days"
    ("rolling", _B + rf"""(?i:(?:in|over|during|within|for|throughout)\s+
        the\s+(?:past|last|previous)\s+
        (?P<n>{_SMALL_NUM}|few|couple\s+of)\s+(?P<unit>hours|days|weeks|months|years)|
        in\s+recent\s+(?P<runit>days|weeks|months|years)|(?P<recent>recently))\b"""),
    # "early March", "late last month", "mid-March 2024", "the end of February", "March 2024"
    ("month", _B + rf"""(?:(?P<pos>(?i:early|late|mid|the\s+(?:beginning|start|end|middle|
            first\s+half|second\s+half|first\s+week|last\s+week|second\s+week|third\s+week|
            first\s+days|last\s+days|first\s+weeks|last\s+weeks)\s+of))[\s-]+)?
        (?:(?P<det>(?i:last|this|next|past|coming))\s+)?
        (?P<m>{MONTH_FULL}|Sept?\.?(?=\s+(?:19|20)\d\d))(?![a-z])
        (?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?"""),
    # "in 2019", "since 2011", "the 2011 uprising", "in 2019-2020", "the 1990s"
    ("year", r"""(?:(?<=mid-)|(?<=early-)|(?<=late-)|(?<![\w$€£.,/:-]))(?P<y>(?:19|20)\d{2})
        (?:(?P<decade>s)|\s*(?:-|–|to|and)\s*
        (?P<y2>(?:19|20)\d{2}|\d{2})(?![\d%]))?(?![\w%.,:/-]\d|\d|\s*%|-\w)"""),
    # "on the 5th", "on the 21st of this month"
    ("ordinal_day", _B + rf"""(?i:on\s+the\s+)(?P<d>{DAY_ORD})
        (?P<tail>\s+of\s+(?i:this|last|next|the\s+same|the\s+previous|the\s+following)\s+month)?
        (?=\s*(?:[,.;:)]|$|\s+(?i:and|or|when|as|at|in|before|after|while|but|into|with|of)\b))"""),
]

_MONTH_GATE = rf"{MONTH_FULL}|{MONTH_ABBR}"
#: name → a regex that must match somewhere in the text before the pattern is tried (speed).
TIME_GATES: dict[str, str] = {
    "range_dm": _MONTH_GATE, "range_md": _MONTH_GATE, "date_dm": _MONTH_GATE,
    "date_md": _MONTH_GATE, "month": rf"{MONTH_FULL}|Sept?\.?\s",
    "date_iso": r"\d[/.-]\d", "date_numeric": r"\d[/.-]\d", "date_foreign": r"(?:19|20)\d\d",
    "year": r"(?:19|20)\d\d", "weekday": WEEKDAY, "night_into": WEEKDAY,
    "relative_day": r"(?i:today|tonight|tomorrow|yesterday|last\s+night|last\s+evening|"
                    r"this\s+(?:morning|afternoon|evening)|overnight|earlier\s+in)",
    "ago": r"(?i:\bago\b|earlier|later|before|after|previously)",
    "anaphoric_day": r"(?i:day|morning|night|evening)",
    "period": r"(?i:week|month|year)", "rolling": r"(?i:past|last|previous|recent)",
    "ordinal_day": r"(?i:on\s+the\s+\d)",
}

# --- tables used by the handlers in _dates.py ---------------------------------------------------

#: "yesterday" → days from publication. "overnight" alone is the night before publication,
#: dated by the evening it began (docs/dates-and-fatalities.md).
RELATIVE_DAY_OFFSETS: dict[str, int] = {
    "today": 0, "earlier today": 0, "later today": 0, "tonight": 0, "this morning": 0,
    "this afternoon": 0, "this evening": 0, "yesterday": -1, "last night": -1,
    "last evening": -1, "overnight": -1, "the day before yesterday": -2, "tomorrow": 1,
    "the day after tomorrow": 2,
}
#: "an overnight curfew" is no date.
NOT_OVERNIGHT_AFTER = frozenset({
    "curfew", "curfews", "stay", "stays", "shift", "shifts", "flight", "flights", "bus",
    "train", "success", "sensation", "bag", "guest", "guests", "camp", "vigil",
})
#: Words of an anaphoric day expression → days from the previous dated expression.
ANAPHORIC_OFFSETS: dict[str, int] = {
    "previous": -1, "preceding": -1, "before": -1, "following": 1, "next": 1, "after": 1,
    "same": 0, "that": 0,
}
#: Where in a month: first / last / mid day (precision 3), or a week of it (precision 2).
MONTH_POSITIONS: dict[str, str] = {
    "early": "first", "the beginning of": "first", "the start of": "first",
    "the first half of": "first", "the first days of": "first", "the first weeks of": "first",
    "late": "last", "the end of": "last", "the second half of": "last",
    "the last days of": "last", "the last weeks of": "last",
    "mid": "mid", "the middle of": "mid",
    "the first week of": "w1", "the second week of": "w2", "the third week of": "w3",
    "the last week of": "w4",
}
#: Plain English words that fill the month slot of "5 people 2019": never sent to dateparser.
ENGLISH_NOT_MONTHS = frozenset({
    "people", "killed", "dead", "died", "soldiers", "troops", "in", "and", "the", "from",
    "between", "since", "until", "per", "out", "our", "was", "were", "year", "years", "men",
    "women", "children", "civilians", "police", "army", "km", "miles", "new", "old",
})

# --- tense cues ---------------------------------------------------------------------------------
# A bare weekday, month or day is resolved towards the past (the news is about what happened)
# unless the nearest cue in the same clause points to the future. "Were set on fire" is a past
# burning, not "set on Monday" (scheduled).

FUTURE_CUES = r"""(?i:\b(?:will|won't|shall|'ll|’ll|is\s+to|are\s+to|going\s+to|
    (?:is|are|was|were)?\s*(?:due|set(?!\s+on\s+fire)|scheduled|slated|expected|poised|planned|planning|
    preparing|supposed|likely)\s+(?:to|for|on)|to\s+be\s+held|to\s+take\s+place|
    scheduled|slated|planned|ahead\s+of|upcoming|forthcoming|in\s+the\s+run[- ]up\s+to|
    plans?\s+to|intends?\s+to|hopes?\s+to|aims?\s+to|would|until|postponed\s+(?:to|until)|
    deadline|by\s+next)\b)"""

#: Irregular past-tense verbs common in conflict reporting; regular ones are caught by "-ed".
_IRREGULAR_PAST = [
    "was", "were", "had", "said", "told", "took", "began", "fought", "fled", "hit", "shot",
    "struck", "left", "made", "came", "went", "saw", "gave", "held", "won", "lost", "met",
    "sent", "led", "fell", "rose", "broke", "blew", "threw", "stole", "ran", "brought",
    "caught", "sought", "sank", "spoke", "wrote", "drove", "overran", "slew", "stood", "put",
    "set off", "beat", "bore", "burnt", "found", "got", "kept", "knew", "laid", "lay", "paid",
    "seized", "withdrew", "undertook", "ago", "did", "last", "earlier",
]
PAST_CUES = rf"""(?i:\b(?:{_alternation(_IRREGULAR_PAST)}|[a-z]{{3,}}ed)\b)"""

#: Attribution verbs after a date say when it was said, not when it happens: ignored there
#: ("The army will deploy on Tuesday, officials said").
SPEECH_VERBS = frozenset({
    "said", "told", "reported", "added", "stated", "announced", "confirmed", "claimed",
    "noted", "warned", "explained", "tweeted", "posted", "wrote", "quoted",
})

#: Nouns for scheduled occasions: "ahead of Sunday's vote" is future even with no verb.
SCHEDULED_NOUNS = r"""(?i:vote|election|elections|poll|polls|run-?off|referendum|summit|talks|
    meeting|deadline|ceremony|inauguration|hearing|verdict|session|match)"""

#: Clause boundaries for the cue search window.
CLAUSE_BREAK = r"[.;!?\n]|\s[–—]\s|:\s"
