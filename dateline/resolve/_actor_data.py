"""Word lists for actor matching, kept apart from the matcher that reads them.

Sources: ONTOLOGY.md §3 (actor categories and their naming conventions: "Unidentified Armed
Group (X)", "Civilians (X)"...); the nouns are our own lists of how English-language conflict
news refers to unnamed actors. The dictionary of named actors lives in
``dateline/data/actors/*.csv`` (see docs/actors.md), not here.
"""

from __future__ import annotations

from pathlib import Path

#: Built-in data files: the country table and the actor rows, merged in this order.
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
COUNTRIES_FILE = "countries.csv"
ACTOR_FILES = ("state.csv", "nonstate.csv", "external.csv")
#: Ethnic, clan and tribal groups per country; each becomes a generated identity militia
#: (inter 4) unless a hand-written row already has that name.
IDENTITY_FILE = "identity_groups.csv"
IDENTITY_COLUMNS = ("group", "country", "kind", "spellings")
#: kind -> the actor name after the group: "Murle Ethnic Militia (South Sudan)".
IDENTITY_KINDS = {"ethnic": "Ethnic Militia", "clan": "Clan Militia", "tribal": "Tribal Militia"}
#: Armed nouns after a group name; "{g}" is one spelling of the group. Never the bare group
#: and never "<group> villagers/civilians": an unarmed member of the group stays a civilian.
IDENTITY_ALIASES = (
    "{g} militia", "{g} militias", "{g} militiamen", "{g} militia fighters", "{g} fighters",
    "{g} gunmen", "{g} vigilantes", "{g} self-defence group", "{g} self-defense group",
    "{g} armed youth", "{g} armed youths", "armed {g} youth", "armed {g} youths",
    "armed {g} herders", "armed {g} cattle keepers", "armed {g} men", "{g} raiders",
)
IDENTITY_KIND_ALIASES = {
    "ethnic": ("{g} ethnic militia", "{g} ethnic militias"),
    "clan": ("{g} clan militia", "{g} clan militias", "{g} clan militiamen",
             "{g} clan fighters", "{g} clan gunmen", "armed {g} clansmen",
             "armed {g} clan members"),
    "tribal": ("{g} tribal militia", "{g} tribal militias", "{g} tribal fighters",
               "{g} tribal gunmen", "armed {g} tribesmen", "{g} tribal lashkar"),
}

#: Columns of an actor CSV. ``name`` is required in every file; ``inter`` for every new actor.
COLUMNS = ("name", "aliases", "country", "inter", "start", "end", "role", "active", "notes")
ROLES = ("", "military", "police")

#: Generic actors: kind -> (ACLED name template, inter). ``{country}`` is the ACLED country name.
GENERIC_ACTORS: dict[str, tuple[str, int]] = {
    "armed_group": ("Unidentified Armed Group ({country})", 3),
    "communal_militia": ("Unidentified Communal Militia ({country})", 4),
    "gang": ("Unidentified Gang ({country})", 3),
    "rioters": ("Rioters ({country})", 5),
    "protesters": ("Protesters ({country})", 6),
    "civilians": ("Civilians ({country})", 7),
    # ACLED's identity label for victims, used as an associated actor ("Women (Sudan)",
    # ONTOLOGY §3.1 code 7). No noun maps to it: "women" in text stays "Civilians (X)".
    "women": ("Women ({country})", 7),
}
#: Kinds resolved to the state forces of the event's country (ONTOLOGY §3.1, code 1).
STATE_KINDS = ("military", "police")
GENERIC_KINDS = (*GENERIC_ACTORS, *STATE_KINDS)

#: Nouns that name an unnamed actor of each kind; the event's country completes the name.
GENERIC_NOUNS: dict[str, tuple[str, ...]] = {
    "armed_group": (
        "gunmen", "gunman", "armed men", "armed man", "militants", "militant", "assailants",
        "assailant", "attackers", "attacker", "fighters", "jihadists", "jihadist",
        "jihadi fighters", "bandits", "armed bandits", "insurgents", "insurgent", "rebels",
        "rebel fighters", "terrorists", "unknown assailants",
        "unidentified assailants", "unknown gunmen", "unidentified gunmen", "unknown attackers",
        "unidentified attackers", "suspected militants", "suspected jihadists",
        "suspected insurgents", "suspected bandits", "suspected rebels", "suspected gunmen",
        "armed assailants", "masked gunmen", "masked men", "armed group", "armed groups",
        "an armed group", "militiamen", "militia members", "militias", "militia fighters",
        "kidnappers", "abductors", "suicide bomber", "suicide bombers",
        "mercenaries", "pirates", "armed individuals", "unknown armed men",
        "unidentified armed men", "extremists", "Islamist militants", "Islamist fighters",
        "Islamist insurgents", "separatist militants", "armed robbers", "cattle rustlers",
        "non-state armed groups",
    ),
    "communal_militia": (
        "communal militia", "communal militias", "community militia", "community militias",
        "local militia", "local militias", "ethnic militia", "ethnic militias",
        "tribal militia", "tribal militias", "clan militia", "clan militias",
        "clan militiamen", "tribal militiamen", "tribesmen", "armed tribesmen", "clansmen",
        "armed clansmen", "tribal fighters", "clan fighters", "clan gunmen", "tribal gunmen",
        "clan members", "armed clan members", "clans", "armed clans", "self-defence militia",
        "self-defense militia", "self-defence group", "self-defense group",
        "self-defence groups", "self-defense groups", "vigilantes", "vigilante group",
        "vigilante groups", "community vigilantes", "local vigilantes", "armed herders",
        "armed youths", "community defence volunteers", "village volunteers",
        "village defence volunteers", "village defense volunteers",
    ),
    "gang": (
        "gang members", "gang member", "gangs", "armed gangs", "armed gang",
        "gangsters", "criminal gangs", "criminal gang", "gang leaders", "cartel gunmen",
        "cartel members", "drug traffickers", "narco gunmen",
    ),
    "protesters": (
        "protesters", "protestors", "protester", "protestor", "demonstrators", "demonstrator",
        "marchers", "rally-goers", "striking workers", "striking teachers",
        "striking doctors", "striking nurses",
    ),
    "rioters": (
        "rioters", "rioter", "mob", "mobs", "angry mob", "angry mobs", "angry crowd",
        "angry crowds", "looters", "irate youths", "irate residents", "lynch mob",
        "vigilante mob",
    ),
    "civilians": (
        "civilians", "civilian", "villagers", "villager", "residents", "resident",
        "local residents", "passengers", "worshippers", "worshipers", "farmers", "farmer",
        "students", "student", "schoolchildren", "pupils", "journalists", "journalist",
        "reporters", "aid workers", "aid worker", "humanitarian workers", "health workers",
        "medics", "doctors", "nurses", "teachers", "women", "woman", "children", "child",
        "displaced people", "displaced persons", "displaced civilians", "IDPs", "refugees",
        "herders", "fishermen", "miners", "gold miners", "traders", "merchants",
        "motorists", "motorist", "truck drivers", "taxi drivers", "driver", "drivers",
        "passenger", "pilgrims", "shepherds", "inhabitants", "locals",
        "bystanders", "passers-by", "passersby", "family members", "relatives",
        "women and children", "a civilian", "unarmed civilians", "non-combatants",
        "noncombatants", "mourners", "wedding guests", "churchgoers", "market-goers",
        "shoppers", "voters", "election officials", "commuters", "peasants",
    ),
    "military": (
        "army", "the army", "soldiers", "soldier", "troops", "security forces",
        "the security forces", "government forces", "government troops", "government soldiers",
        "pro-government forces", "pro-government troops", "armed forces", "military forces",
        "the military", "junta forces", "junta troops", "junta soldiers", "the junta's forces",
        "junta's troops", "junta's forces", "military junta forces", "army troops",
        "army soldiers", "servicemen", "military personnel", "security personnel",
        "army units", "military units", "government warplanes", "army helicopters",
        "military helicopters", "military aircraft", "warplanes", "fighter jets",
        "army forces", "state forces", "regular forces", "paratroopers", "commandos",
        "special forces", "border guards", "coast guard", "naval forces", "air force",
        "military convoy", "army convoy", "military patrol", "army patrol", "national army",
        "air defence systems", "air defense systems", "air defences", "air defenses",
        "air defence units", "air defense units", "air defence forces", "air defense forces",
        "security agents", "defence forces", "defense forces", "junta aircraft",
        "junta warplanes", "junta jets", "junta airstrikes", "junta artillery",
        "military jet", "military jets", "fighter jet", "junta jet",
    ),
    "police": (
        "police", "the police", "police officers", "police officer", "policemen",
        "policeman", "police forces", "police force", "riot police", "anti-riot police",
        "gendarmes", "gendarme", "gendarmerie", "the gendarmerie", "cops", "police personnel",
        "police agents", "police patrol", "police units", "traffic police",
        "paramilitary police", "security police", "police commandos", "counter-terrorism police",
        # the ministry's own teams acting, not the ministry speaking (ACLED codes interior
        # ministry forces as the state's police)
        "teams from the ministry of interior", "teams from the interior ministry",
        "interior ministry teams", "interior ministry forces", "interior ministry personnel",
    ),
}

#: Nouns that, after a demonym ("Syrian army"), name that country's state forces.
DEMONYM_FORCE_NOUNS: dict[str, tuple[str, ...]] = {
    "military": (
        "army", "armed forces", "forces", "troops", "troop", "soldiers", "soldier",
        "military", "military forces", "security forces", "servicemen", "serviceman",
        "army troops", "army soldiers", "government forces", "government troops",
        "junta forces", "junta troops", "military personnel",
        "defence forces", "defense forces", "bombers", "strategic bombers",
        "navy", "naval forces", "air force", "air forces", "warplanes", "warplane", "jets",
        "fighter jets", "fighter planes", "military aircraft", "aircraft", "drones", "drone",
        "military drones", "aircraft-type drones", "attack drones", "kamikaze drones",
        "combat drones", "long-range drones", "fixed-wing drones", "unmanned aerial vehicles",
        "UAVs", "UAV", "helicopters", "helicopter gunships", "gunships", "artillery",
        "border guards", "border guard", "coast guard", "commandos", "special forces",
        "paratroopers", "marines", "infantry", "army units", "military units", "tanks",
        "army forces", "security personnel", "military intelligence", "national guard", "warships", "missiles", "missile",
        "strikes", "airstrikes", "air strikes", "shelling",
        # a strike or shell names its author ("an Israeli air strike", "Israeli shells")
        "strike", "airstrike", "air strike", "drone strike", "drone strikes", "air raid",
        "air raids", "raid", "raids", "shells", "shellfire", "artillery fire",
        # formations and their lines ("a Ukrainian brigade", "Ukrainian positions")
        "brigade", "brigades", "battalion", "battalions", "unit", "units", "positions",
    ),
    "police": (
        "police", "police forces", "police force", "police officers", "police officer",
        "policemen", "policeman", "riot police", "anti-riot police", "gendarmes",
        "gendarmerie", "security police", "border police", "police personnel", "cops",
        "counter-terrorism police",
        # a civilian intelligence service is policing (ACLED: the FSB, the SBU and the
        # Taliban's intelligence directorate are police forces); "military intelligence" is not
        "intelligence forces", "intelligence services", "intelligence service",
        "intelligence officers", "intelligence officer", "intelligence agents",
        "intelligence operatives", "intelligence personnel",
    ),
}

#: Nouns after a country's name ("Sudan's army", "Mali army"): fewer, to stay precise.
NAME_FORCE_NOUNS: dict[str, tuple[str, ...]] = {
    "military": (
        "army", "military", "armed forces", "security forces", "troops", "soldiers", "forces",
        "navy", "air force", "defence forces", "defense forces", "junta",
    ),
    "police": ("police", "police force", "police forces", "gendarmerie"),
}

#: Places where a bare army noun ("soldiers", "the army") means another state's military: the
#: Palestinian Authority has no army (ACLED codes its forces as police), so the soldiers in a
#: West Bank or Gaza report are Israel's.
BARE_MILITARY_OF: dict[str, str] = {"PS": "IL"}

#: Possessives that point a member noun back to the named group before it in the sentence:
#: "The NRF said its fighters attacked...", "the group's gunmen".
ANAPHORIC_POSSESSIVES = ("its", "the group's", "the movement's", "the militia's")

#: Words allowed between "fighters from/of" and the group they name: "fighters from the al
#: Qaeda-linked group JNIM", "militants of the jihadist group Islamic State Sahel Province".
#: Conjunctions and prepositions end the phrase ("fighters from Mali and JNIM" is two actors).
GAP_STOP_WORDS = frozenset({"and", "or", "but", "with", "against", "by", "to", "in", "at", "on",
                            "near", "who", "which", "that", "as", "while", "after", "before"})

#: Countries whose bare name is too ambiguous for "<Name> army" patterns (a US state...).
NO_NAME_PATTERNS = frozenset({"GE"})

#: A named actor right before one of these kinds absorbs it: "M23 rebels", "IDF soldiers".
ABSORBED_KINDS = frozenset({"armed_group", "communal_militia", "gang", "military", "police"})

#: Nouns for members of a named actor, absorbed into it: "Border Police officers", "Haftar's
#: men", "BNP activists". Unlike the generic nouns they never make an actor on their own.
MEMBER_NOUNS = (
    "officers", "officer", "agents", "agent", "personnel", "members", "member", "units", "unit",
    "operatives", "jawans", "cadres", "elements", "loyalists", "supporters", "activists",
    "men", "youths", "workers", "guards", "guerrillas", "guerrilla", "recruits", "affiliates",
    "paramilitaries", "troopers", "detachment", "battalion", "brigade", "contingent",
    "convoy", "patrol", "positions", "checkpoint", "spokesman", "spokesperson", "commander",
    "commanders", "leader", "leaders", "chief",
)

#: A match followed by "-<word>" is a modifier, not the actor: "Houthi-controlled", "RSF-held".
MODIFIER_SUFFIXES = frozenset({
    "backed", "led", "held", "controlled", "run", "occupied", "style", "inspired", "based",
    "made", "supplied", "linked", "affiliated", "allied", "aligned", "leaning", "friendly",
    "affected", "dominated", "era", "funded", "armed", "trained", "sponsored", "related",
    "type", "designed", "built", "born", "owned", "appointed", "imposed", "brokered",
    "mediated", "majority", "populated", "speaking", "made", "bound", "flagged",
    "registered", "organised", "organized", "held",
})
#: A match preceded by one of these prefixes is a modifier too: "anti-Houthi", "pro-Hamas".
MODIFIER_PREFIXES = ("anti-", "pro-", "non-", "ex-", "post-", "pre-", "counter-")
#: Nouns after a group's name that make it a description of another group: "JNIM, the al Qaeda
#: affiliate", "an Islamic State offshoot" name the parent, not an actor of the event.
PARENT_OF_NOUNS = frozenset({"affiliate", "affiliates", "franchise", "offshoot", "offshoots"})

#: A named armed group the dictionary may not know: capitalised words ending in a unit noun
#: that only armed groups use ("the Green Lions Brigade", "Kata'ib Abu al-Fadl"). Nouns that states, parties and think tanks also use ("Army",
#: "Forces", "Front", "Movement", "Group", "Guard") are left out: a wrong raw actor is worse
#: than the unidentified one it replaces. Case-sensitive.
UNKNOWN_GROUP_PATTERN = (
    r"(?:(?:Kata'?ib|Katiba|Liwa|Saraya|Jaysh|Jaish)(?:\s+(?:al-|al\s|el-|as-|ash-|ad-|an-)?"
    r"[A-Z][\w'’-]*){1,4}"
    r"|(?:[A-Z][\w'’-]*\s+){1,4}"
    r"(?:Brigades?|Battalions?|Militias?|Legion|Self-Defen[cs]e (?:Forces|Group|Units|Militia)))"
)
#: A named group introduced by an armed member noun or as "the armed group", whatever its last
#: noun: "fighters of the Azawad Salvation Movement", "the rebel group Patriots for Change". The
#: introduction says the name is an armed group, which a bare "Front" or "Movement" does not.
#: Not "members of" (parties, unions and assemblies have members). Case-sensitive name.
INTRODUCED_GROUP_PATTERN = (
    r"(?i:\b(?:(?:fighters|militants|gunmen|rebels|insurgents|militiamen|combatants|jihadists"
    r"|guerrillas|guerillas)\s+(?:of|belonging to|loyal to)"
    r"|(?:armed|rebel|militant|jihadist|insurgent|militia|separatist|vigilante|paramilitary)"
    r"\s+(?:group|movement|outfit|faction|coalition)(?:\s+(?:called|known as|named))?,?))"
    r"\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|de|du|des|al|el)\s+)?[A-Z][\w'’-]*){1,6})"
)
#: Last words of a place, not a group: "fighters of the Nuba Mountains".
PLACE_LAST_WORDS = frozenset({
    "Province", "Region", "District", "State", "County", "Governorate", "Department", "City",
    "Town", "Village", "Valley", "Mountains", "Hills", "River", "Lake", "Forest", "Desert",
    "Coast", "Islands", "Delta", "Plateau", "Basin", "Area", "Camp",
})
#: Capitalised words that open a sentence or name a state, not a group ("The", "Syrian").
#: Words of a regular army's formations ("the 94th Infantry Battalion", "a Mechanised
#: Brigade"): a unit named so, or numbered, is a state force, not an unknown armed group.
REGULAR_ARMS = frozenset({
    "Infantry", "Mechanised", "Mechanized", "Armoured", "Armored", "Artillery", "Marine",
    "Marines", "Airborne", "Motorised", "Motorized", "Engineer", "Engineering", "Engineers",
    "Signal", "Signals", "Cavalry", "Tank", "Air", "Naval", "Rifle", "Rifles", "Border",
})
UNKNOWN_GROUP_STOP_WORDS = frozenset({
    "The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our",
    "Army", "Military", "Police", "Government", "Presidential", "Republican", "National",
    "State", "Federal", "Special",
})
