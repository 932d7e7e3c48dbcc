"""The trigger lexicon, as data: cue phrases per sub-event type, role nouns and hard negatives.

Everything the rule coder (``_classify.py``) knows about English wording lives here; the logic
there only combines it. Each entry cites the ONTOLOGY.md section whose definition or trigger list
it implements ("§2.2" = ../shared/ONTOLOGY.md section 2.2). Entries not taken from a trigger list
are our own knowledge of how wire reports phrase the event; their comment says which definition
they serve.

Patterns are Python regular expressions matched case-insensitively against the sentence text
(``(?-i:...)`` marks a case-sensitive part). A cue names a *frame*: either an exact sub-event
type (a cue specific enough to decide the type alone) or one of the generic frames below, which
``_classify.py`` resolves with the actor types (e.g. KILL on soldiers → Armed clash, on villagers →
Attack; ONTOLOGY §2: "the actor types and the precedence ladder decide the final label").
"""

from __future__ import annotations

from dataclasses import dataclass

# --- Generic frames (resolved by actor types and co-occurring cues in _classify.py) -----------
KILL = "KILL"                # a killing, whoever did it
INJURE = "INJURE"            # wounding, beating, torture (no death)
ATTACK = "ATTACK"            # attack/assault/raid/storm: one side acts on another
SHOOT = "SHOOT"              # opened fire, fired on, shooting
CLASH = "CLASH"              # two-sided fighting (§2.1 Armed clash triggers)
AMBUSH = "AMBUSH"            # ambush: a clash if the target is armed, else an attack (§2.1, §2.3)
CAPTURE = "CAPTURE"          # captured/seized/overran a place (§2.1 territory)
RECAPTURE = "RECAPTURE"      # recaptured/retook/liberated a place (§2.1 territory)
TRANSFER = "TRANSFER"        # control changed without a fight (§2.6 Non-violent transfer)
ARREST = "ARREST"            # arrested/detained: Arrests, or Abduction when a non-state group does it
PROTEST = "PROTEST"          # a gathering (§2.4)
DISPERSE = "DISPERSE"        # non-lethal intervention against a crowd (§2.4 Protest with intervention)
LIVE_FIRE = "LIVE_FIRE"      # lethal force against a crowd (§2.4 Excessive force)
CROWD_VIOLENCE = "CROWD_VIOLENCE"  # stones, fires, barricades, vandalism by a crowd (§2.5)
RIOT = "RIOT"                # riot/unrest words (§2.5)
MOB = "MOB"                  # mob/lynching/vigilante words (§2.5 Mob violence)
EXPLOSION = "EXPLOSION"      # an unspecified blast: an IED unless a more specific weapon is named
LOOT = "LOOT"                # looting/theft (§2.6 Looting/property destruction)
DESTROY = "DESTROY"          # burning/demolishing property (§2.6, or §2.5 when a crowd does it)
SEIZE_PROPERTY = "SEIZE_PROPERTY"  # land or goods taken (§2.6)
AIR_WEAK = "AIR_WEAK"        # "strikes on ...": an air strike unless another weapon is named

GENERIC_FRAMES = frozenset({
    KILL, INJURE, ATTACK, SHOOT, CLASH, AMBUSH, CAPTURE, RECAPTURE, TRANSFER, ARREST, PROTEST,
    DISPERSE, LIVE_FIRE, CROWD_VIOLENCE, RIOT, MOB, EXPLOSION, LOOT, DESTROY, SEIZE_PROPERTY,
    AIR_WEAK,
})

# Sub-event labels used as frames (exact ONTOLOGY §2 strings).
GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH_T = "Armed clash"
CHEM = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"
SEXUAL = "Sexual violence"
ATTACK_T = "Attack"
ABDUCT = "Abduction/forced disappearance"
EXCESSIVE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
PEACEFUL = "Peaceful protest"
VIOLENT_DEMO = "Violent demonstration"
MOB_T = "Mob violence"
AGREEMENT = "Agreement"
ARRESTS = "Arrests"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
HQ = "Headquarters or base established"
LOOTING = "Looting/property destruction"
NV_TRANSFER = "Non-violent transfer of territory"
OTHER = "Other"

#: Short rule-name slugs per sub-event type: rule names read "dateline.coder.rules.v1:<slug>.<cue>".
SLUGS: dict[str, str] = {
    GRT: "gov_regains", NSA: "nsa_overtakes", CLASH_T: "armed_clash", CHEM: "chemical",
    AIR: "air_strike", SUICIDE: "suicide_bomb", SHELLING: "shelling", IED: "remote_explosive",
    GRENADE: "grenade", SEXUAL: "sexual_violence", ATTACK_T: "attack", ABDUCT: "abduction",
    EXCESSIVE: "excessive_force", INTERVENTION: "protest_intervention", PEACEFUL: "peaceful_protest",
    VIOLENT_DEMO: "violent_demonstration", MOB_T: "mob_violence", AGREEMENT: "agreement",
    ARRESTS: "arrests", CHANGE: "change_group", DISRUPTED: "disrupted_weapons", HQ: "hq_established",
    LOOTING: "looting", NV_TRANSFER: "nonviolent_transfer", OTHER: "other",
}

RULESET = "dateline.coder.rules.v1"


@dataclass(frozen=True)
class Cue:
    """One trigger: ``pattern`` found in a sentence raises ``frame`` with base ``weight`` (0-1)."""

    name: str
    frame: str
    pattern: str
    weight: float


# Reusable pieces.
_ART = r"(?:a |an |the |two |three |several |\d+ )?"
_W = r"(?:[\w'-]+ )"   # one word and a space

CUES: tuple[Cue, ...] = (
    # ---- §2.2 Chemical weapon: "chlorine/sarin/mustard gas attack, toxic gas, chemical attack,
    # nerve agent". Tear gas, napalm and white phosphorus are vetoed below (LOCAL_VETOES).
    Cue("chemical_attack", CHEM, r"\bchemical (?:weapons?|attacks?|agents?|munitions?|strikes?|bombs?|shells?|rockets?|gas)\b", 0.9),
    Cue("named_agent", CHEM, r"\b(?:chlorine|sarin|mustard gas|mustard agent|VX|tabun|phosgene|novichok|cyanide gas)\b", 0.85),
    Cue("nerve_agent", CHEM, r"\bnerve (?:agents?|gas)\b", 0.9),
    Cue("toxic_gas", CHEM, r"\b(?:toxic|poison(?:ous)?|noxious|lethal) gas(?:es)?\b", 0.85),
    Cue("gas_attack", CHEM, r"\bgas (?:attacks?|bombs?|shells?|canisters? (?:dropped|fired))\b", 0.75),

    # ---- §2.2 Air/drone strike: "airstrike, air raid, warplanes bombed, drone strike, UAV struck,
    # helicopter gunship fired on, barrel bombs dropped".
    Cue("airstrike", AIR, r"\bair[\s-]?strikes?\b", 0.9),
    Cue("air_raid", AIR, r"\b(?:air[\s-]?raids?|air attacks?|aerial (?:bombardments?|bombing|attacks?|strikes?|raids?|campaign)|bombing raids?|air bombardments?)\b", 0.9),
    Cue("drone_strike", AIR, r"\b(?:drone|UAV|unmanned aerial vehicle)s? (?:strikes?|attacks?|raids?|bombing)\b", 0.9),
    Cue("drone_hit", AIR, r"\b(?:armed |attack |combat |kamikaze |suicide )?(?:drones?|UAVs?)\b(?:\s[\w'-]+){0,4}\s(?:struck|hit|targeted|fired|bombed|attacked|dropped|killed|destroyed|pounded)\b", 0.8),
    Cue("drone_by", AIR, r"\b(?:struck|hit|targeted|killed|bombed|attacked) by (?:an? |the )?(?:[\w'-]+ )?(?:drones?|UAVs?)\b", 0.8),
    Cue("aircraft_bombed", AIR, r"\b(?:war ?planes?|war[\s-]?jets?|jets|fighter (?:jets?|planes?|aircraft|bombers?)|military (?:aircraft|planes?|jets?|helicopters?)|aircraft|helicopters?|gunships?|bomber planes?|the air force|air forces?)\b(?:\s[\w'-]+){0,5}\s(?:bomb(?:ed|ing|s)|struck|hit|pounded|targeted|fired (?:on|at|rockets|missiles)|strafed|attacked|raided|dropped|shelled|destroyed|killed|carried out)\b", 0.8),
    Cue("bombed_by_aircraft", AIR, r"\b(?:bombed|struck|hit|targeted|pounded|strafed|killed) by (?:[\w'-]+ ){0,3}(?:war ?planes?|jets|aircraft|helicopters?|gunships?|the air force)\b", 0.8),
    Cue("barrel_bomb", AIR, r"\bbarrel[\s-]?bombs?\b", 0.9),
    Cue("gunship", AIR, r"\bhelicopter gunships?\b", 0.75),
    Cue("aerial_ordnance", AIR, r"\b(?:dropped|drops|dropping) (?:[\w'-]+ ){0,3}bombs?\b", 0.7),
    Cue("bombing_sortie", AIR, r"\b(?:sorties|precision strikes?|targeted strikes?|coalition strikes?|aerial)\b", 0.55),
    # "US strikes killed ...": an air strike unless another weapon is named (the resolver checks).
    Cue("strike_on", AIR_WEAK, r"\bstrikes? (?:on|against|targeting|hit|killed|destroyed|near|in)\b", 0.5),
    Cue("struck_from_air", AIR, r"\bfrom the air\b", 0.7),

    # ---- §2.2 Suicide bomb: "suicide bomber, blew himself up, explosive vest/belt, suicide car
    # bomb, SVBIED".
    Cue("suicide_bomber", SUICIDE, r"\bsuicide[\s-](?:bomb(?:er|ers|ing|ings|s)?|attack(?:er|ers|s)?|car[\s-]bomb(?:er|ers|ing|s)?|truck[\s-]bomb(?:er|ers|ing|s)?|blasts?|explosions?|vests?|belts?|squads?|operations?|mission|assault|bomb attacks?|car|truck|vehicle|jacket)\b", 0.95),
    Cue("blew_self_up", SUICIDE, r"\b(?:blew|blow|blowing|blown) (?:himself|herself|themselves) up\b", 0.95),
    Cue("self_detonated", SUICIDE, r"\b(?:detonated|detonating|triggered|set off|exploded) (?:his|her|their) (?:own )?(?:explosives?|suicide|bomb|vests?|belts?|device|jacket)", 0.9),
    Cue("explosive_vest", SUICIDE, r"\b(?:explosive|explosives|bomb|suicide) (?:vests?|belts?|jackets?)\b", 0.9),
    Cue("svbied", SUICIDE, r"\bS-?VBIEDs?\b", 0.9),
    Cue("rammed_explosives", SUICIDE, r"\brammed (?:[\w'-]+ ){0,5}(?:explosives?|bomb|booby)", 0.8),
    Cue("self_immolating_bomber", SUICIDE, r"\bkamikaze (?:attack|bomber|car)s?\b", 0.75),

    # ---- §2.2 Shelling/artillery/missile attack: "shelled, artillery fire, mortar rounds, rocket
    # attack, missile strike, Grad/MLRS, tank fire, RPG fired at, ballistic missile hit"; a crewed
    # aircraft shot down also belongs here.
    Cue("shelling", SHELLING, r"\bshell(?:s|ed|ing|ings)\b", 0.85),
    Cue("artillery", SHELLING, r"\bartillery\b", 0.85),
    Cue("mortar", SHELLING, r"\bmortars?\b", 0.85),
    Cue("rocket", SHELLING, r"\brockets?\b", 0.8),
    Cue("missile", SHELLING, r"\bmissiles?\b", 0.8),
    Cue("named_launcher", SHELLING, r"\b(?:(?-i:Grad)|Katyusha|MLRS|howitzers?|(?-i:Kornet)|multiple[\s-]rocket|(?-i:ATGMs?)|cruise missiles?|(?-i:Qassam)|(?-i:HIMARS)|(?-i:Iskander)|(?-i:Tochka)|(?-i:Smerch)|(?-i:Uragan))\b", 0.9),
    Cue("tank_fire", SHELLING, r"\btank (?:fire|shells?|rounds?|shelling)\b|\btanks (?:fired|opened fire|shelled|pounded)\b", 0.85),
    Cue("rpg", SHELLING, r"\b(?-i:RPGs?)\b|\brocket[\s-]propelled grenades?\b|\bB-?10\b", 0.9),
    Cue("bombardment", SHELLING, r"\bbombard(?:ed|ing|ment|ments)\b|\bheavy weapons? (?:fire|attack)\b|\bprojectiles?\b|\bcross-border fire\b", 0.7),
    Cue("aircraft_shot_down", SHELLING, r"\bshot down (?:[\w'-]+ ){0,3}(?:helicopters?|planes?|jets?|aircraft|warplanes?|fighter)\b|\b(?:helicopter|plane|jet|aircraft|warplane)s? (?:was |were )?shot down\b", 0.8),

    # ---- §2.2 Remote explosive/landmine/IED: "roadside bomb, IED, landmine, car bomb exploded,
    # vehicle struck a mine, magnetic bomb, unexploded ordnance went off". A parked or remote car
    # bomb is here; a driven one with its driver is a Suicide bomb.
    Cue("ied", IED, r"\b(?-i:IEDs?)\b|\bimprovised explosive|\b(?-i:VBIEDs?)\b|\b(?-i:RCIEDs?)\b", 0.9),
    Cue("roadside_bomb", IED, r"\broadside (?:bombs?|blasts?|explosions?|devices?|explosives?|mines?)\b", 0.95),
    Cue("landmine", IED, r"\bland[\s-]?mines?\b|\b(?:anti-personnel|anti-tank|anti-vehicle) mines?\b|\bmine (?:blasts?|explosions?|field|fields)\b|\bminefields?\b", 0.9),
    Cue("struck_mine", IED, r"\b(?:struck|hit|stepped on|drove over|ran over|triggered|detonated|driving over) (?:a |an )?(?:[\w'-]+ )?mines?\b", 0.9),
    Cue("vehicle_bomb", IED, r"\b(?:car|truck|vehicle|motorcycle|motorbike|bicycle|bike|parcel|letter|magnetic|sticky|remote[\s-]controlled|remotely[\s-]detonated|time|cart|donkey|rickshaw|bus) bombs?\b", 0.85),
    Cue("bomb_blast", IED, r"\bbomb (?:blasts?|explosions?|attacks?)\b|\bbombs? (?:exploded|went off|detonated|ripped|tore|hit|struck|killed|planted|hidden|placed|attached)\b", 0.75),
    Cue("explosive_device", IED, r"\bexplosive devices?\b|\bexplosives? (?:planted|hidden|attached|placed|concealed|packed)\b|\b(?:planted|placed|hidden|attached) (?:a |an )?(?:[\w'-]+ )?(?:bomb|explosive)s?\b", 0.85),
    Cue("remote_detonation", IED, r"\bremotely (?:detonated|triggered|exploded)\b|\bremote[\s-]control(?:led)? (?:device|explosion|blast)\b", 0.85),
    Cue("uxo", IED, r"\bunexploded (?:ordnance|shells?|bombs?|devices?|munitions?|mortar|rockets?|grenades?)\b|\b(?-i:UXOs?)\b|\b(?:explosive )?remnants of war\b|\bbooby[\s-]?trap", 0.85),
    Cue("bombing", IED, r"\bbombings?\b|\bbomb attacks?\b|\bbomb(?:ed|ers?)\b", 0.55),
    Cue("explosion", EXPLOSION, r"\bexplosions?\b|\bblasts?\b|\bexploded\b|\bexplodes\b|\bdetonat(?:ed|ion|ions|es)\b|\bbombs?\b|\bwent off\b|\bexplosives?\b", 0.5),

    # ---- §2.2 Grenade: "threw/lobbed a grenade, hand grenade attack, grenade hurled at";
    # rocket-propelled and stun grenades are vetoed below.
    Cue("grenade", GRENADE, r"\bgrenades?\b", 0.9),

    # ---- §2.3 Sexual violence: "raped, gang-raped, sexually assaulted, sexual slavery, forced to
    # undress".
    Cue("rape", SEXUAL, r"\brap(?:e|ed|es|ing|ists?)\b|\bgang[\s-]?rap", 0.9),
    Cue("sexual_assault", SEXUAL, r"\bsexual(?:ly)?[\s-](?:assault(?:ed|s)?|abus(?:e|ed|ing)|violence|violated|exploit(?:ed|ation)|harass(?:ed|ment)|slavery|attacks?|torture)\b", 0.9),
    Cue("sex_slaves", SEXUAL, r"\bsex(?:ual)? slave(?:s|ry)?\b", 0.9),
    Cue("forced_undress", SEXUAL, r"\bforced (?:[\w'-]+ ){0,3}to (?:undress|strip)\b|\bstripped (?:[\w'-]+ )?naked\b|\bmolest(?:ed|ing|ation)?\b|\bdefiled\b", 0.8),

    # ---- §2.3 Attack: "gunmen killed villagers, shot dead, executed, massacred, hacked to death,
    # beaten, tortured, opened fire on residents, assassinated". Killing words are generic: the
    # resolver decides between Attack, Armed clash and Excessive force by who was hit.
    Cue("killed", KILL, r"\b(?:kill(?:s|ed|ing)?|slain|slew|murder(?:s|ed|ing)?|massacr(?:e|es|ed|ing)|execut(?:ed|es|ing|ions?)|behead(?:s|ed|ing)?|decapitat(?:ed|ing)|assassinat(?:e|ed|es|ing|ions?)|slaughter(?:ed|ing)?|lynch(?:ed|ing|ings)?)\b", 0.5),
    Cue("shot_dead", KILL, r"\bshot (?:dead|and killed|to death)\b|\bshooting (?:dead|to death)\b|\bshot (?:[\w'-]+ ){1,3}dead\b|\bgunned down\b|\b(?:hacked|stabbed|beaten|burnt|burned|bludgeoned|clubbed|stoned|tortured|shot|macheted|hanged) to death\b|\bburn(?:ed|t) alive\b|\bextrajudicial(?:ly)?\b|\bsummary executions?\b|\bdied (?:\w+ ){0,2}in (?:police |military |army |state )?custody\b|\bcustodial deaths?\b|\bdeaths? in (?:police |military )?custody\b", 0.65),
    # military communiqués: "nine terrorists were neutralised" are nine killed (§6); a vague
    # "neutralised several terrorists" beside a denial is no count of the dead
    Cue("neutralised", KILL, r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens of) (?:[\w'-]+ )?(?:terrorists|militants|fighters|assailants|attackers|bandits|insurgents|jihadists|rebels|gunmen|elements) (?:were|have been|had been|being) [\"“']?neutrali[sz]ed\b|\bneutrali[sz](?:ed|ing) (?:at least |some |about |around )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens of) (?:[\w'-]+ )?(?:terrorists|militants|fighters|assailants|attackers|bandits|insurgents|jihadists|rebels|gunmen)\b", 0.55),
    Cue("death_toll", KILL, r"\bdeath toll\b|\b(?:were|was|are|been) (?:found )?dead\b|\bleft (?:[\w'-]+ ){0,3}dead\b|\bleaving (?:[\w'-]+ ){0,3}dead\b|\bbodies\b|\bdied\b|\bdies\b|\bmartyr(?:ed|s)?\b|\blost (?:their|his|her) li(?:ves|fe)\b|\bfatalities\b|\b(?:gunshot|bullet) wounds?\b|\bsuccumbed\b", 0.4),
    Cue("wounded", INJURE, r"\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|maimed|mutilat(?:ed|ion)|tortur(?:e|ed|ing)|flogg(?:ed|ing)|whipp(?:ed|ing)|beat(?:en|ing|ings)?|stabb(?:ed|ing)|hacked|assaulted|hurt)\b", 0.4),
    Cue("attack", ATTACK, r"\b(?:attack(?:s|ed|ing|ers?)?|assault(?:s|ed|ing)?|raid(?:s|ed|ing)?|storm(?:ed|ing)|target(?:s|ed|ing)|invad(?:ed|ing)|overwhelm(?:ed))\b", 0.45),
    Cue("opened_fire", SHOOT, r"\bopen(?:ed|s|ing)? fire\b|\bfired (?:shots |bullets |indiscriminately |live )?(?:at|on|upon|into)\b|\bshooting\b|\bshootings\b|\bsprayed (?:[\w'-]+ ){0,3}bullets\b|\bgunfire\b|\bgunshots?\b|\bshot (?:at|and wounded|and injured|in the)\b|\bshot\b(?! down)|\bshoots\b|\bcame under (?:heavy )?(?:fire|attack)\b", 0.5),

    # ---- §2.1 Armed clash: "clashed, fighting erupted, exchange of fire, gunfight, firefight,
    # skirmish, ambushed a patrol, repelled an attack, attacked a checkpoint, heavy fighting".
    Cue("clash", CLASH, r"\bclash(?:es|ed|ing)?\b", 0.75),
    Cue("fighting", CLASH, r"\bfighting\b|\bfought\b|\bhostilities\b|\bcombat\b", 0.6),
    Cue("gun_battle", CLASH, r"\bgun[\s-]?(?:battles?|fights?|duels?)\b|\bfire[\s-]?fights?\b|\bshoot[\s-]?outs?\b|\bexchange(?:d|s)? (?:of )?(?:heavy |small[\s-]arms |gun|artillery )?fire\b|\bexchanging (?:heavy )?fire\b|\bcross[\s-]?fire\b|\breturned fire\b|\bskirmish(?:es|ed)?\b|\b(?:shooting|gunfire) (?:[\w'-]+ ){0,2}between (?:the two|two|rival|both|(?-i:[A-Z])[\w'-]+ (?:[\w'-]+ )?and)\b", 0.85),
    Cue("battle", CLASH, r"\bbattl(?:e|es|ed|ing)\b", 0.55),
    Cue("encounter", CLASH, r"\bencounter(?:s|ed)?\b", 0.45),
    Cue("repelled", CLASH, r"\b(?:repel(?:led|s)?|repuls(?:e|ed|es)|fended off|beat back|beaten back|thwarted an attack|foiled an attack|counter[\s-]?attack(?:s|ed)?|counter[\s-]?offensive)\b", 0.8),
    Cue("offensive", CLASH, r"\boffensives?\b|\bmilitary operations?\b|\bassaults? on (?:[\w'-]+ ){0,3}(?:positions|bases?|posts?|barracks)\b", 0.4),
    Cue("ambush", AMBUSH, r"\bambush(?:es|ed|ing)?\b", 0.8),

    # ---- §2.1 territory: Government regains territory "recaptured, retook, regained control of,
    # liberated, cleared of militants, drove out, pushed back"; Non-state actor overtakes
    # territory "seized control of, captured, overran, the town fell to, took over, stormed and
    # held". Which one depends on who acted (resolver).
    Cue("recaptured", RECAPTURE, r"\b(?:re-?captur(?:e|ed|es|ing)|re-?t(?:ook|ake|akes|aken|aking)|regain(?:s|ed|ing)?|liberat(?:e|ed|es|ing|ion)|reclaim(?:s|ed|ing)?|wrest(?:s|ed|ing)?|took back|taken back|take back|won back|win back|seized back|re-?occupied|re-?entered)\b", 0.85),
    Cue("drove_out", RECAPTURE, r"\b(?:drove|driven|drive|pushed|chased|flushed|forced|expelled|ousted|kicked) (?:[\w'-]+ ){0,5}out(?: of| from)?\b|\bclear(?:ed|ing)? (?:[\w'-]+ ){0,5}of (?:the )?(?:militants|insurgents|rebels|terrorists|fighters|jihadists|extremists|gunmen|bandits|(?-i:IS|ISIS|ISIL)|Islamic State|al-Shabaab|Boko Haram)\b|\bback under (?:[\w'-]+ )?(?:government|state|army|military|federal) control\b|\brestor(?:ed|ing) (?:[\w'-]+ )?(?:control|authority)\b|\bdislodg(?:e|ed|es|ing)\b|\bfreed (?:the )?(?:[\w'-]+ ){0,2}(?:town|city|village|area|district|region|province) (?:from|of)\b|\bpushed (?:[\w'-]+ ){0,3}back\b|\bflush(?:ed|ing) out\b|\brouted\b", 0.75),
    Cue("captured", CAPTURE, r"\b(?:captur(?:e|ed|es|ing)|over-?r(?:an|un|uns|unning)|seiz(?:e|ed|es|ing)|took|taken|take|takes|taking|gain(?:ed|s)?|wrested) (?:full |complete |effective )?(?:control|hold)\b|\bcaptur(?:e|ed|es|ing)\b|\bover-?r(?:an|un|unning)\b|\bseiz(?:ed|es|ing)\b|\bfell (?:in)?to\b|\bfallen (?:in)?to\b|\bfall of\b|\b(?:took|taken|take|taking) over\b|\boccup(?:ied|y|ying)\b|\bconquer(?:ed)?\b|\bsecur(?:ed|ing|es) (?:control|full control|the (?:[\w'-]+ )?(?:town|city|village|area|district|region|border|airport|base|province|highway|road|port|hill|crossing|bridge))\b|\b(?:fell|fallen|came|now|back) (?:[\w'-]+ ){0,2}in(?:to)? (?:the )?hands of\b|\bmoved into (?:the )?(?:town|city|village|area|district|base|region)\b|\bmoved in\b", 0.7),
    # A standing state of control ("now in full control of the town"): weak, used only when
    # no fighting is reported in the sentence (§2.1 territory; a background clause otherwise).
    Cue("in_control", CAPTURE, r"\b(?:in [\"“‘']?(?:full |total |complete |effective )?control[\"”’']? of|now control(?:s|led)?|(?:is|are|was|were) (?:now )?under (?:the )?(?:full )?control of|took charge of|assumed control of|established (?:full )?control (?:over|of)|extended (?:its|their) control)\b", 0.5),
    Cue("transfer", TRANSFER, r"\bunopposed\b|\bwithout (?:a |any )?(?:fight|fighting|resistance|a shot|firing a (?:single )?(?:shot|bullet)|bloodshed|clashes|combat)\b|\bhand(?:ed|s|ing)? (?:[\w'-]+ ){0,3}over (?:to|control)\b|\bhand(?:ed|s|ing)? over (?:[\w'-]+ ){0,3}(?:control|town|city|area|base|district|village|region|territory|positions?|checkpoints?|province|crossing|bases|airport|port)\b|\bhand-?over of\b|\bvacated\b|\bpeacefully (?:entered|took|handed)\b|\bentered (?:[\w'-]+ ){0,4}(?:peacefully|unopposed|without)\b|\bceded\b|\btransferr(?:ed|ing) (?:[\w'-]+ ){0,2}control\b|\bcontrol (?:[\w'-]+ ){0,5}(?:was|were|has been|had been) (?:transferred|handed)\b|\btransfer of (?:control|authority|power over)\b|\b(?:moved|marched|deployed) (?:in|into) (?:[\w'-]+ ){0,3}(?:after|once|when) (?:[\w'-]+ ){0,4}(?:withdrew|left|pulled out|retreated)\b", 0.8),
    Cue("entered", TRANSFER, r"\b(?:entered|re-?entered|returned to|took up positions in|deployed (?:in|to)|moved into) (?:the )?(?:[\w'-]+ ){0,2}(?:town|city|village|area|district|base|region|province|capital|[A-Z][\w'-]+)\b|\btook over (?:[\w'-]+ ){0,5}from\b", 0.5),
    Cue("withdrew", TRANSFER, r"\bwithdr(?:ew|awn|aws|awal|awing)\b|\bpull(?:ed|s|ing)?[\s-]out\b|\bretreat(?:ed|s|ing)?\b|\babandon(?:ed|s)? (?:their |its )?(?:positions?|bases?|posts?|the (?:town|city|base|area|village))\b|\bleft the (?:town|city|area|village|base|district|region)\b|\bevacuated (?:their |its )?(?:positions?|bases?|posts?)\b|\bdrawdown\b|\brelocat(?:ed|ing)\b", 0.55),

    # ---- §2.4 Protests: "protested, demonstrated, rallied, marched, sit-in, vigil, picketed,
    # gathered to demand".
    Cue("protest", PROTEST, r"\bprotest(?:s|ed|ing|ers?|ors?)?\b|\bdemonstrat(?:e|ed|es|ing|ions?|ors?)\b|\bcounter-?protest|\bagitat(?:ion|ions|ors|ing|ed)\b|\bdharnas?\b|\bgherao(?:ed|s)?\b|\bbandh\b|\bhartal\b|\brasta roko\b|\bsloganeering\b|\beffig(?:y|ies)\b|\bwalkouts?\b|\bboycott(?:ed|s)? (?:classes|work|lectures)\b", 0.8),
    Cue("rally", PROTEST, r"\brall(?:y|ies|ied|ying)\b|\bmarch(?:ed|es|ing|ers)?\b|\bsit-?ins?\b|\bvigils?\b|\bpicket(?:s|ed|ing|ers)?\b|\bprocessions?\b", 0.7),
    Cue("took_to_streets", PROTEST, r"\b(?:took|take|taking|poured) (?:in)?to the streets\b|\bstag(?:ed|e|ing) (?:a |an )?(?:[\w'-]+ )?(?:protest|demonstration|rally|sit-in|march|strike|walkout)\b|\bgathered (?:[\w'-]+ ){0,9}(?:to (?:demand|protest|denounce|condemn|call|express|oppose|voice|reject|mourn|show)|in protest|against|demanding|calling)\b|\bchant(?:ed|ing)\b|\bplacards?\b|\bslogans\b|\bbanners\b|\bhunger[\s-]strik(?:e|es|ers|ing)\b|\bblock(?:ed|ing|aded)? (?:[\w'-]+ ){0,3}(?:roads?|highways?|streets?|junctions?|bridges?|the entrance)\b|\b(?:road|highway) ?blockades?\b", 0.6),
    Cue("strikers", PROTEST, r"\b(?:striking|strikers|went on strike|on strike|walked off)\b", 0.45),

    # ---- §2.4 Protest with intervention: "police dispersed, tear gas, water cannon, baton charge,
    # protesters detained, rally broken up".
    Cue("dispersed", DISPERSE, r"\btear[\s-]?gas|\bteargas|\bwater[\s-]?cannons?\b|\bdispers(?:e|ed|es|ing|al)\b|\bbatons?\b|\bbaton[\s-]charg|\bbroke up\b|\bbreak up\b|\bbroken up\b|\brubber (?:bullets?|rounds|pellets|coated)\b|\bpellet guns?\b|\bstun grenades?\b|\bpepper[\s-]spray(?:ed)?\b|\bflash[\s-]?bangs?\b|\bcrack(?:ed|ing)? down\b|\bcrackdown\b|\bkettl(?:ed|ing)\b|\bcordon(?:ed)? off\b|\bprevent(?:ed)? (?:[\w'-]+ ){0,4}from (?:marching|gathering|reaching|protesting)\b|\bbarred (?:[\w'-]+ ){0,3}from\b|\bwarning shots\b|\bfired in the air\b|\bscuffl(?:e|es|ed)\b|\bmanhandl(?:ed|ing)\b|\bheavy[\s-]handed\b|\bforcibly (?:removed|evicted|cleared|dispersed|dragged)\b|\bremoved (?:the )?(?:protesters|demonstrators|activists|students)\b|\bevict(?:ed|ing|ion)\b|\bcleared (?:the )?(?:square|camp|protest site|sit-in|street|roads?|encampment)\b|\b(?:cleared|removed|dismantled|broke up|lifted) (?:a |an |the )?(?:[\w'-]+ ){0,3}(?:blockades?|barricades?|road ?blocks?)\b|\bpushed back (?:the )?(?:protesters|demonstrators|crowds?|marchers)\b|\b(?:blocked|stopped|halted|turned back) (?:the )?(?:protesters|demonstrators|marchers|march|rally|procession|convoy of protesters)\b|\b(?:were|was) (?:stopped|blocked|turned back|prevented)\b|\bpolice intervened\b|\bintervention\b|\bharass(?:ed|ing|ment)\b|\bheckl(?:ed|ing)\b|\bintimidat(?:ed|ing|ion)\b|\bobstruct(?:ed|ing)\b|\bdisrupt(?:ed|ing)\b|\bprevented (?:the )?(?:protest|rally|march|demonstration|sit-in|gathering)s?\b|\bbanned (?:the )?(?:protest|rally|march|demonstration|sit-in|gathering)\b|\bcounter-?(?:protesters|demonstrators)\b|\blathi[\s-]?charg\w*|\blathis?\b|\bbundled (?:[\w'-]+ ){0,2}into\b|\bpolice vans?\b|\bcan(?:ed|ing)\b|\bchased (?:away|off)\b|\bwhipped\b", 0.75),
    # ---- §2.4 Excessive force: "security forces opened fire on protesters, live ammunition,
    # demonstrators killed, protesters shot".
    Cue("live_fire", LIVE_FIRE, r"\blive (?:ammunition|rounds|bullets|fire)\b|\breal bullets\b|\bfired (?:directly )?(?:on|at|into) (?:the )?(?:crowds?|protesters|protestors|demonstrators|marchers|mourners|rally)\b|\bmowed down\b|\bpolice firing\b|\bfiring by (?:the )?(?:police|security forces|troops|army)\b|\bfired upon\b|\bseriously (?:injured|wounded)\b|\bcritically (?:injured|wounded)\b", 0.75),

    # ---- §2.5 Violent demonstration: "protesters threw stones, torched cars, burned tyres,
    # vandalised, clashed with police, erected barricades, rioted".
    Cue("stones", CROWD_VIOLENCE, r"\b(?:threw|throw|throwing|thrown|hurl(?:ed|ing)|pelt(?:ed|ing)|lobbed|lobbing|hit) (?:[\w'-]+ ){0,3}(?:stones|rocks|bricks?(?: chunks| bats|bats| pieces)?|bottles|molotovs?|petrol bombs|fire ?bombs|firecrackers|projectiles|objects|chairs|sticks)\b|\bstone[\s-]?pelt(?:ing|ers)?\b|\bstone[\s-]throw(?:ing|ers)\b|\bmolotov(?: cocktails?)?\b|\bpetrol bombs?\b|\bfire[\s-]?bombs?\b", 0.85),
    Cue("burned_tyres", CROWD_VIOLENCE, r"\b(?:burn(?:ed|t|ing|s)?|set fire to|setting fire to|torch(?:ed|ing)?|set ablaze|lit) (?:[\w'-]+ ){0,3}(?:tyres|tires)\b|\b(?:tyres|tires) (?:were )?(?:burn(?:ed|t|ing)|set ablaze|on fire)\b|\bbarricad(?:e|es|ed|ing)\b|\bvandali[sz](?:e|ed|es|ing|m)\b|\bsmash(?:ed|ing) (?:[\w'-]+ ){0,3}(?:windows|cars|vehicles|shops|property)\b|\brampag(?:e|ed|ing)\b|\bwent on the rampage\b|\bturned violent\b|\bviolence (?:broke out|erupted|flared|ensued|spread)\b|\b(?:chaos|mayhem|pandemonium) (?:broke out|erupted|ensued)\b|\broad ?blocks?\b|\b(?:lit|lighting|set) (?:bon)?fires\b|\bbrawls?\b|\btussles?\b|\bmelee\b|\bconfrontations? (?:with|between)\b|\bconfronted (?:the )?(?:police|security forces|troops|officers)\b|\bthrew (?:[\w'-]+ ){0,2}(?:eggs|shoes|tomatoes|paint)\b|\b(?:with|using) (?:[\w'-]+ ){0,2}(?:logs|tree trunks|debris|burning tyres)\b|\bset (?:[\w'-]+ ){0,3}alight\b|\barmed with (?:[\w'-]+ ){0,2}(?:sticks|stones|machetes|clubs|knives|cudgels|rods|iron bars)\b|\bbr(?:oke|eaking) (?:[\w'-]+ ){0,2}windows\b|\bbroke into\b|\bforc(?:ed|ing) (?:their|its) way into\b|\bsmash(?:ed|ing)\b|\btore down\b|\boverturn(?:ed|ing)\b|\bturned (?:into a )?riot\b|\bviolent (?:protests?|demonstrations?|demonstrators|protesters|clashes with (?:the )?police)\b|\barson\b", 0.8),
    Cue("riot", RIOT, r"\briot(?:s|ed|ing|ers)?\b|\bunrest\b|\bdisturbances\b|\bcivil disorder\b", 0.7),

    # ---- §2.5 Mob violence: "mob lynched, angry crowd beat, vigilante mob, mob set fire to,
    # villagers attacked a suspected thief".
    Cue("mob", MOB, r"\bmobs?\b|\blynch(?:ed|ing|ings)?\b|\bvigilantism\b|\bvigilante (?:mob|justice|attack|killing|lynching|beating)s?\b|\b(?:mob|jungle|street|instant) justice\b|\bangry (?:crowds?|mobs?|residents|villagers|youths|locals|people)\b|\bcrowds? of (?:[\w'-]+ ){0,2}(?:people|residents|villagers|youths|men)\b|\b(?:irate|enraged|furious) (?:[\w'-]+ )?(?:crowds?|residents|villagers|youths|locals)\b|\bmob-?beat|\bcrowds? (?:had |has |have )?(?:beat|beaten|stoned|lynched|hacked|set (?:them|him|her|the [\w'-]+) (?:on fire|ablaze|alight)|burn(?:ed|t) (?:them|him|her))\b|\bset (?:him|her|them) (?:on fire|ablaze|alight)\b|\bburn(?:ed|t) (?:him|her|them) (?:alive|to death)\b|\bnecklac(?:ed|ing)\b", 0.75),

    # ---- §2.6 Agreement: "signed a peace agreement, agreed a ceasefire, truce, prisoner exchange,
    # surrendered, evacuation deal"; releases of prisoners or hostages are agreements too.
    Cue("ceasefire", AGREEMENT, r"\bcease-?fires?\b|\btruces?\b|\barmistice\b|\bpeace (?:deal|agreement|accord|pact|treaty|plan|talks)s?\b|\bnon-aggression\b|\bmemorandum of understanding\b|\breconciliation (?:deal|agreement|pact)\b", 0.8),
    Cue("agreed", AGREEMENT, r"\b(?:agreed|agree|agreement|agreements|deal|accord|pact|signed|sign|signing|brokered|negotiated|reached an? )\b", 0.45),
    Cue("prisoner_exchange", AGREEMENT, r"\bprisoners? (?:exchange|swap|release)s?\b|\b(?:exchanged|swapped|swap|exchange) (?:[\w'-]+ ){0,4}(?:prisoners|detainees|captives|bodies|hostages)\b|\b(?:releas(?:e|ed|es|ing)|freed|free|frees|freeing|set free|handed over) (?:[\w'-]+ ){0,5}(?:prisoners|hostages|detainees|captives|abductees|kidnapped|abducted|soldiers|students|schoolgirls|fishermen|crew|workers|passengers|civilians)\b|\b(?:hostages|captives|detainees|prisoners|abductees) (?:[\w'-]+ ){0,2}(?:were |have been |had been )?(?:released|freed|set free)\b", 0.75),
    Cue("surrender", AGREEMENT, r"\bsurrender(?:ed|s|ing)?\b|\blaid down (?:their |its )?(?:arms|weapons)\b|\blay down (?:their |its )?(?:arms|weapons)\b|\bturned themselves in\b|\bgave themselves up\b|\bevacuation (?:deal|agreement|of fighters)\b", 0.75),

    # ---- §2.6 Arrests: "arrested the opposition leader, detained, mass arrests, rounded up, taken
    # into custody". Arrests by a non-state group become Abduction (§2.3, resolver).
    Cue("arrested", ARREST, r"\barrest(?:s|ed|ing)?\b|\bdetain(?:s|ed|ing)?\b|\bdetention\b|\bapprehend(?:s|ed|ing)?\b|\b(?:taken|took|take) (?:[\w'-]+ ){0,2}into custody\b|\brounded up\b|\bround-?ups?\b|\bnabbed\b|\bheld for questioning\b|\bpicked up by\b|\bin custody\b|\bunder arrest\b|\bcustody\b|\bbooked\b|\bhandcuffed\b", 0.75),

    # ---- §2.3 Abduction/forced disappearance: "abducted, kidnapped, taken hostage, forcibly
    # disappeared, whisked away".
    Cue("abducted", ABDUCT, r"\babduct(?:s|ed|ing|ion|ions)?\b|\bkidnap(?:s|ped|ping|pings)?\b|\bforcibly disappeared\b|\b(?:enforced|forced) disappearances?\b", 0.9),
    Cue("hostage", ABDUCT, r"\b(?:taken|took|take|taking|held|holding|hold|seized|seize) (?:[\w'-]+ ){0,5}hostages?\b|\bhostage[\s-]taking\b|\bwhisked (?:[\w'-]+ )?away\b|\btaken away by\b|\b(?:were|was) taken by (?:the )?(?:attackers|gunmen|raiders|assailants|militants|kidnappers|abductors)\b|\bsnatch(?:ed|ing)\b|\bheld captive\b|\btaken captive\b|\bheld (?:[\w'-]+ ){0,3}(?:incommunicado|at an unknown location|in secret)\b|\bunknown location\b|\bfor ransom\b|\bransom\b|\bhostages?\b", 0.75),

    # ---- §2.6 Change to group/activity: "deployed troops, reinforcements arrived, formed a new
    # militia, merged with, defected, recruitment drive, imposed curfew". Troops "on high alert"
    # changed nothing: readiness is a state, not a change of posture.
    # "two additional companies of the CRPF were deployed in Jiribam to secure the area": named
    # units counted out are a troop movement (§2.6) even when sent to secure a place, which the
    # response_deployment veto below drops for a bare "forces were deployed to the area"; the
    # hit ends before "deployed", so that veto does not overlap it
    Cue("units_deployed", CHANGE, r"\b(?:\d+|two|three|four|five|six|several|more|additional|extra|fresh) "
        r"(?:additional |more |extra |fresh )?(?:companies|battalions|brigades|platoons|contingents|regiments) "
        r"of\b(?=[^.;]{0,80}?\b(?:were|have been|had been|was|has been) (?:re)?deployed\b)", 0.75),
    Cue("deployed", CHANGE, r"\b(?:re)?deploy(?:s|ed|ing|ment|ments)?\b|\breinforcements?\b|\breinforc(?:ed|ing)\b|\bmobili[sz](?:ed|es|ing|ation)\b|\b(?:sent|dispatched|moved|massed|stationed|amassed|rushed|airlifted) (?:[\w'-]+ ){0,5}(?:troops|soldiers|forces|tanks|reinforcements|units|personnel|battalions?|brigades?|warships)\b|\btroops? (?:arrived|moved|massed|were sent|were dispatched|entered)\b|\bmilitary build-?up\b|\btroop (?:movements?|surge|build-?up)\b|\b(?:increased|stepped up|intensified|began|started|launched|conducting|conducted) (?:[\w'-]+ ){0,2}patrols\b|\bpatrols? (?:were |have been )?(?:increased|stepped up|intensified)\b|\bjoined (?:the )?(?:army|military|security forces|government forces|police)\b|\b(?:integrated|reintegrated|absorbed) into (?:the )?(?:army|military|security forces|national army)\b|\b(?:changed|change) (?:its|their) name\b|\brenamed\b|\brebrand(?:ed|ing)\b|\bextend(?:ed|s|ing)? (?:the )?(?:curfew|state of emergency|lockdown|ban|deployment)\b|\blift(?:ed|s|ing)? (?:the )?(?:curfew|state of emergency|ban)\b|\bsuspend(?:ed|s|ing)? (?:its |their |all )?(?:operations|activities|attacks)\b|\bresum(?:ed|es|ing) (?:its |their )?(?:operations|activities|attacks|patrols)\b|\b(?:delivered|supplied|distributed|received|acquired|shipped) (?:[\w'-]+ ){0,3}(?:weapons|arms|ammunition|military equipment|drones|tanks|armou?red vehicles)\b|\barms (?:deliveries|shipments?|supplies)\b|\bjoined forces\b|\ballied (?:itself |themselves )?with\b|\b(?:was|were|has been|had been) (?:named|appointed|chosen|elected) (?:as )?(?:the )?(?:new )?(?:leader|commander|chief|head|emir)\b|\btrain(?:ed|ing|s) (?:[\w'-]+ ){0,3}(?:fighters|recruits|militiamen|militia|soldiers|troops|forces)\b|\bgraduat(?:ed|ion) (?:of )?(?:[\w'-]+ ){0,2}(?:recruits|soldiers|cadets|fighters)\b|\boutlaw(?:ed|s)?\b|\bdeclared (?:war|jihad)\b", 0.75),
    Cue("curfew", CHANGE, r"\bcurfews?\b|\bstate of (?:emergency|siege)\b|\bmartial law\b|\blockdown\b|\b(?:tightened|stepped up|heightened|beefed up|increased) security\b|\bsecurity (?:was |has been |had been )?(?:tightened|stepped up|beefed up)\b|\b(?:closed|sealed) (?:the |its )?borders?\b|\binternet (?:shutdown|blackout)\b|\bshut down (?:the )?internet\b|\bbanned (?:[\w'-]+ ){0,3}(?:party|group|organi[sz]ation|movement|protests|gatherings|rallies)\b|\bproscribed\b", 0.75),
    Cue("formed_group", CHANGE, r"\bmerg(?:e|ed|er|ers|ing)\b|\bsplit (?:from|with|off)\b|\bsplinter(?:ed)?\b|\bbreakaway (?:faction|group)\b|\bdefect(?:ed|s|ing|ion|ions|ors?)\b|\brecruit(?:s|ed|ing|ment)?\b|\bconscript(?:ed|ion)\b|\b(?:formed|form|forming|created|founded|launched|announced|set up) (?:[\w'-]+ ){0,3}(?:new )?(?:armed |militant |rebel |self-defen[cs]e |vigilante |jihadist )?(?:group|militia|alliance|coalition|brigade|battalion|faction|movement|front|force|unit|council)\b|\bformation of (?:a |an )?(?:new )?(?:[\w'-]+ )?(?:group|militia|alliance|coalition|brigade|faction|force)\b|\b(?:pledged|swore|sworn|pledging|renewed) (?:[\w'-]+ ){0,2}(?:allegiance|loyalty)\b|\b(?:named|appointed|elected|chose|announced) (?:[\w'-]+ ){0,3}(?:new )?(?:leader|commander|chief|emir|head)\b|\bnew (?:leader|commander|chief|emir)\b|\bdisband(?:ed|ing|s)?\b|\bdemobili[sz](?:ed|ation)\b|\bdisarmament\b|\b(?:group|militia|alliance|coalition|brigade|faction|movement|front|force|battalion|unit) (?:was|has been|had been|were|have been) (?:formed|created|founded|launched|set up|established|announced)\b|\bjoined (?:the )?(?:ranks|rebels|militants|group|militia|insurgency|fighters)\b|\b(?:military|joint|naval|war) (?:exercises?|drills?|manoeuvres|maneuvers)\b|\blaunched (?:a |an )?(?:new )?(?:[\w'-]+ )?(?:military )?(?:operation|campaign|crackdown|offensive)\b", 0.7),

    # ---- §2.6 Disrupted weapons use: "defused, bomb disposal, intercepted a missile, shot down a
    # drone, weapons cache seized, bomb went off prematurely".
    Cue("defused", DISRUPTED, r"\bdefus(?:e|ed|es|ing|al)\b|\bbomb (?:disposal|squad|experts?|technicians)\b|\bsappers?\b|\b(?:disarm(?:ed|ing)?|dismantl(?:e|ed|ing)|neutrali[sz](?:e|ed|ing)|deactivat(?:ed|ing)|made safe|render(?:ed)? safe) (?:[\w'-]+ ){0,3}(?:bombs?|devices?|IEDs?|mines?|explosives?|grenades?|rockets?|shells?)\b|\bcontrolled (?:explosions?|detonations?)\b|\b(?:detonated|destroyed|exploded|disposed of) (?:it |them )?(?:safely|in a controlled)\b|\bsafely (?:detonated|destroyed|disposed)\b|\b(?:found|discovered|located|spotted|recovered|uncovered|detected|seized|confiscated) (?:[\w'-]+ ){0,4}(?:IEDs?|bombs?|explosive devices?|landmines?|mines|explosives|unexploded|shells|rockets|grenades?|mortars|missiles|projectiles|ordnance|devices?)\b", 0.85),
    Cue("intercepted", DISRUPTED, r"\bintercept(?:s|ed|ing|ion|ions|or|ors)?\b|\bair defen[cs]es?\b|\b(?:shot|shoot|shooting) down (?:[\w'-]+ ){0,3}(?:drones?|UAVs?|missiles?|rockets?|projectiles?|quadcopters?)\b|\b(?:drones?|UAVs?|missiles?|rockets?|projectiles?) (?:[\w'-]+ ){0,2}(?:was |were |had been )?(?:shot down|downed|intercepted|destroyed in (?:the )?(?:air|flight|mid-?air))\b|\bdowned (?:[\w'-]+ ){0,3}(?:drones?|UAVs?)\b|\bIron Dome\b", 0.85),
    Cue("foiled", DISRUPTED, r"\bfoil(?:s|ed|ing)?\b|\bthwart(?:s|ed|ing)?\b|\baverted\b|\bprematurely\b|\bwent off accidentally\b|\baccidentally (?:detonated|exploded|went off)\b|\bfailed to (?:explode|detonate|go off)\b|\bdid not (?:explode|detonate|go off)\b|\bwhile (?:making|assembling|planting|building|handling|laying|placing|preparing|fixing|transporting|manufacturing) (?:[\w'-]+ ){0,3}(?:bombs?|devices?|IEDs?|explosives?|mines?)\b|\b(?:bomb|device|IED|explosives?) (?:he|they|she) (?:was|were) (?:planting|making|carrying|assembling|handling|transporting)\b", 0.8),
    Cue("carrying_weapon", DISRUPTED, r"\b(?:carrying|wearing|possessing|in possession of|hiding|hid|transporting|smuggling|stockpiling|stored|storing) (?:[\w'-]+ ){0,3}(?:grenades?|explosives?|bombs?|IEDs?|suicide (?:vests?|belts?)|explosive (?:vests?|belts?)|detonators?|rockets?|weapons|arms|ammunition|rifles|firearms)\b|\b(?:ammonium nitrate|TNT|C-4|Semtex|dynamite sticks|bomb-making (?:materials|equipment))\b", 0.7),
    Cue("prevented", DISRUPTED, r"\bwould-be (?:suicide )?(?:bombers?|attackers?)\b|\bbefore (?:he|she|they|it) could (?:detonate|blow|explode|trigger|reach|set off|go off)\b|\bwithout exploding\b|\b(?:botched|failed|abortive) (?:suicide )?(?:attack|bombing|bomb attack|attempt)s?\b|\b(?:Patriot|anti-missile|missile defen[cs]e|air[\s-]defen[cs]es?)\b|\b(?:destroyed|downed|neutrali[sz]ed|intercepted) (?:[\w'-]+ ){0,4}(?:drones?|UAVs?|missiles?|rockets?)\b(?! launcher)|\b(?:EOD|explosive ordnance disposal)\b", 0.8),
    Cue("found_device", DISRUPTED, r"\b(?:(?:hand )?grenades?|ordnance|UXOs?|unexploded (?:[\w'-]+ )?|rocket launchers?|bombs?|IEDs?|improvised explosive devices?|explosive devices?|devices?|explosives?|landmines?|mines|(?:mortar|artillery|tank) (?:shells?|rounds?|bombs?)|shells|rockets?|missiles?|projectiles?|weapons?|arms|ammunition|ammo|munitions?|rifles?|guns?|pistols?|detonators?|suicide vests?|explosive (?:belts?|vests?)|(?:car|truck|vehicle)s? (?:packed|laden|loaded|rigged) with explosives) (?:[\w'-]+ ){0,6}(?:was|were|had been|have been|has been|being|been) (?:\w+ )?(?:found|recovered|seized|discovered|confiscated|defused|detected|located|unearthed|impounded|neutrali[sz]ed|dismantled|intercepted|spotted|uncovered|handed over|surrendered|removed|made safe|disarmed|deactivated|safely detonated|stopped|destroyed in a controlled)\b|\b(?:recovery|seizure|discovery|confiscation|interception|detection|haul) of (?:[\w'-]+ ){0,4}(?:weapons|arms|ammunition|explosives?|grenades?|rockets?|mortars?|bombs?|IEDs?|mines|landmines|munitions|rifles|guns|devices?|shells)\b|\bde-?min(?:ing|ers?)\b|\bmine (?:clearance|clearing|action)\b|\bclear(?:ed|ing)? (?:[\w'-]+ ){0,4}(?:land ?mines|mines|unexploded|explosive remnants|IEDs)\b|\b(?:tried|trying|attempted|attempting|attempt) to (?:plant|detonate|set off|place|smuggle) (?:[\w'-]+ ){0,3}(?:bombs?|explosives?|devices?|IEDs?|mines?)\b|\b(?:exploded|went off|detonated) (?:in (?:his|their|her) hands|while (?:he|they|she) (?:was|were))\b|\b(?:his|their|her) own (?:bomb|explosives?|device)\b", 0.85),
    Cue("weapons_destroyed", DISRUPTED, r"\b(?:destroy(?:ed|ing|s)?|blew up|blown up|burn(?:ed|t)|neutrali[sz](?:ed|ing)|dismantl(?:ed|ing)|disabled|removed|cleared) (?:[\w'-]+ ){0,4}(?:rockets?|mortars?|shells|IEDs?|bombs?|mines|landmines|explosives?|ammunition|weapons?|munitions|ordnance|missiles?|grenades?|(?:arms|weapons|ammunition|munitions) (?:depots?|caches?|dumps?|stores?))\b(?! launchers?\b)(?! at\b)|\b(?:exploded|went off|detonated) while (?:he |she |they |the [\w'-]+ )?(?:was |were )?(?:planting|making|assembling|handling|transporting|laying|placing|preparing|trying|attempting|being (?:planted|made|assembled|transported))\b|\b(?:arms|ammunition|munitions|weapons) (?:depot|dump|store) (?:blast|explosion|fire)\b", 0.8),
    Cue("weapons_seized", DISRUPTED, r"\b(?:weapons?|arms|ammunition|ammo|explosives?|munitions?|rifles?|guns?|rockets?|bombs?|grenades?) (?:cache|caches|depot|depots|haul|hauls|stockpile|stockpiles|dump|dumps|stash|stashes|factory|factories|workshop|workshops)\b|\b(?:cache|stash|haul|consignment|stockpile|huge quantity|large quantity|quantities) of (?:[\w'-]+ ){0,3}(?:weapons|arms|ammunition|explosives|munitions|rifles|guns|grenades|rockets|mortars|bombs)\b|\b(?:seiz(?:e|ed|ing)|confiscat(?:e|ed|ing)|recover(?:ed|ing)|impound(?:ed|ing)|captur(?:ed|ing)|found|discovered|uncovered|unearthed) (?:[\w'-]+ ){0,6}(?:weapons?|weaponry|arms|ammunition|ammo|rifles?|guns?|pistols?|firearms?|explosives|detonators?|grenades?|rockets?|mortars?|munitions|AK-47s?|Kalashnikovs?|bomb-making|military (?:equipment|hardware|vehicles|supplies)|technicals|armou?red vehicles|tanks|machine[\s-]?guns?|launchers?|ammunition boxes|bullets|cartridges|magazines|rounds of ammunition|(?:\d+ )?rounds)\b|\bbomb[\s-]making\b|\barms smuggling\b", 0.8),

    # ---- §2.6 Headquarters or base established: "established a base, set up headquarters, built a
    # camp, garrisoned".
    Cue("base_established", HQ, r"\b(?:establish(?:ed|es|ing)?|set(?:ting)? up|sets up|built|build(?:ing|s)?|open(?:ed|ing|s)?|erect(?:ed|ing)|construct(?:ed|ing)|creat(?:ed|ing)|install(?:ed|ing)) (?!fire\b)(?:[\w'-]+ ){0,4}(?:bases?|headquarters|HQ|camps?|outposts?|garrisons?|command (?:centres?|centers?|posts?)|strongholds?|barracks|training (?:camps?|centres?|centers?)|military posts?|positions)\b|\bgarrison(?:ed|ing)\b|\bnew (?:military |army |forward |permanent )?(?:bases?|outposts?|headquarters)\b|\bturned (?:[\w'-]+ ){0,4}into (?:a |an |its |their )?(?:[\w'-]+ )?(?:base|headquarters|barracks|camp|command cent(?:re|er)|military post|stronghold)\b|\b(?:base|headquarters|camp|outpost) (?:was |has been |had been )?(?:established|set up|built|opened)\b|\bmoved (?:its|their) headquarters\b|\b(?:construction|establishment|opening|setting up|building|creation|installation) of (?:a |an |the |its |their )?(?:new )?(?:[\w'-]+ ){0,2}(?:bases?|headquarters|camps?|outposts?|garrisons?|barracks)\b|\bset up camps?\b|\brelocat(?:ed|ing|es) (?:its|their) (?:headquarters|base|command|bases)\b|\bestablish(?:ed|ing|es)? (?:a |an )?(?:new |permanent |military |strong )*presence\b|\b(?:air ?base|naval base|military (?:facility|facilities|installation))s? (?:[\w'-]+ ){0,3}(?:opened|built|established|set up|constructed|inaugurated)\b|\binaugurat(?:ed|es|ing) (?:[\w'-]+ ){0,3}(?:bases?|headquarters|camps?|outposts?)\b|\bfortif(?:ied|ying) (?:their |its )?positions\b|\bas (?:a|an|its|their|the) (?:new )?(?:base|headquarters|stronghold|hideout|command cent(?:re|er)|launch(?:ing)? pad|military post)\b|\bheadquartered\b|\b(?:opened|set up|established|inaugurated|installed) (?!fire\b)(?:[\w'-]+ ){0,3}(?:offices?|(?:military |police |army |security )?(?:posts?|stations?)|facilit(?:y|ies)|compounds?|depots?|bureaus?)\b|\bencamp(?:ed|ment)\b|\bcamped\b|\b(?:set up|erected|established|installed) (?:[\w'-]+ ){0,3}checkpoints?\b|\bchecked? ?points? (?:were |was |have been )?(?:set up|erected|established|installed)\b|\bstationed (?:at|in) (?:a |the )?(?:new )?(?:[\w'-]+ )?(?:base|camp|outpost|post)\b", 0.85),

    # ---- §2.6 Looting/property destruction: "looted, ransacked, pillaged, seized land, burned
    # empty houses, razed".
    Cue("looted", LOOT, r"\bloot(?:s|ed|ing|ers)?\b|\bransack(?:s|ed|ing)?\b|\bpillag(?:e|ed|es|ing)\b|\bplunder(?:s|ed|ing)?\b|\bst(?:ole|olen|eal|ealing)\b|\b(?:cattle|livestock) (?:rustl(?:ing|ers)|raids?|theft)\b|\brustl(?:ed|ing|ers)\b|\bextort(?:ed|ion|ing)?\b|\brobbed\b|\brobbery\b", 0.75),
    Cue("destroyed", DESTROY, r"\b(?:burn(?:ed|t|s|ing)? down|burn(?:ed|t|s|ing)?|torch(?:ed|es|ing)?|set (?:on )?fire(?: to)?|set ablaze|razed?|razing|destroy(?:ed|s|ing)?|demolish(?:ed|es|ing)?|demolitions?|bulldoz(?:e|ed|ing)|blew up|blown up|dynamited|vandali[sz](?:ed|ing)|damag(?:ed|ing)|wrecked|ravaged|arson|knock(?:ed|ing|s)? down|t(?:ore|orn|earing) down|pull(?:ed|ing|s)? down|flatten(?:ed|ing|s)?)\b", 0.5),
    Cue("land_seized", SEIZE_PROPERTY, r"\b(?:seiz(?:e|ed|es|ing)|confiscat(?:e|ed|es|ing)|expropriat(?:e|ed|ing)|grabb(?:ed|ing)|appropriat(?:ed|ing)|occup(?:ied|ying)) (?:[\w'-]+ ){0,4}(?:land|lands|farmland|farms?|property|properties|houses|homes|buildings?|livestock|cattle|goats|crops|harvests?|vehicles|cars|fuel|food|aid|assets|plots?)\b|\bland[\s-]?grab(?:s|bing)?\b", 0.8),

    # ---- §2.6 Other: "coup, seized power, mass grave discovered, thousands displaced, fled the
    # fighting".
    Cue("coup", OTHER, r"\bcoups?\b|\bcoup d'[ée]tat\b|\bseiz(?:ed|e|es|ing) power\b|\bputsch\b|\bmutin(?:y|ies|ied|ous|eers?)\b|\boverthr(?:ew|own|ow)\b|\bousted the president\b", 0.85),
    Cue("mass_grave", OTHER, r"\bmass graves?\b|\b(?:bodies|corpses|remains|skeletons) (?:[\w'-]+ ){0,5}(?:found|discovered|recovered|exhumed|unearthed|dumped)\b|\b(?:found|discovered|recovered|exhumed|unearthed) (?:[\w'-]+ ){0,5}(?:bodies|corpses|skeletons|remains)\b|\bexhum(?:ed|ation)\b", 0.8),
    Cue("displaced", OTHER, r"\bdisplac(?:ed|ement|ing)\b|\bfled (?:their |the )?(?:homes|villages|town|city|area|region|fighting|violence|clashes|attacks?|country)\b|\bexodus\b|\bforced to flee\b|\bflee(?:ing)? (?:the )?(?:fighting|violence|clashes|attacks?)\b|\bsought refuge\b|\brefugees? (?:fled|crossed|poured|arrived|streamed)\b|\bevacuated\b", 0.65),
    Cue("jailbreak", OTHER, r"\bjail ?break\b|\bprison ?break\b|\b(?:escaped|broke out|freed) (?:[\w'-]+ ){0,3}(?:from )?(?:prison|jail)\b|\bdeclared independence\b|\bself-immolat(?:ed|ion|ing|es)\b|\bset (?:himself|herself) (?:on fire|ablaze)\b", 0.65),
)


# --- Local vetoes: a match of the veto pattern that overlaps a cue hit of one of the listed frames
# removes that hit (the wording is not the event the cue stands for).
@dataclass(frozen=True)
class Veto:
    name: str
    pattern: str
    frames: frozenset[str]


_ALL = frozenset({"*"})

#: A toll of the event told rising: "a higher toll of 27", "more bodies were recovered".
TOLL_UPDATE = (r"\bmore (?:bodies|corpses)\b|\b(?:higher|new|updated|revised|rising|final) (?:death )?toll\b"
               r"|\b(?:death )?toll (?:rose|climbed|has risen|had risen|rises)\b")

LOCAL_VETOES: tuple[Veto, ...] = (
    # §2.2: "Tear gas, napalm and white phosphorus do not count" as chemical weapons.
    Veto("tear_gas", r"\btear[\s-]?gas(?:es|sed)?\b|\bteargas\b|\bpepper gas\b|\bwhite phosphorus\b|\bnapalm\b", frozenset({CHEM, PROTEST})),
    Veto("chemical_policy", r"\bchemical weapons? (?:convention|stockpiles?|programmes?|programs?|inspectors?|watchdog|destruction|arsenal|treaty|ban|facilities)\b|\b(?:destroy|destruction of|dismantl\w*|give up|hand over) (?:[\w'-]+ ){0,3}chemical weapons\b|\bchlorine (?:tablets|supply|for water)\b", frozenset({CHEM})),
    # §2.2 Grenade: RPGs are Shelling; stun grenades and flash-bangs belong to crowd control (§2.6).
    Veto("rpg_not_grenade", r"\brocket[\s-]propelled grenades?\b|\bgrenade[\s-]launchers?\b|\bstun grenades?\b|\bsound grenades?\b|\bflash[\s-]?bang\b|\btear[\s-]?gas grenades?\b|\bsmoke grenades?\b", frozenset({GRENADE})),
    # "strike" that is industrial action, not an air strike (§2.4 excludes strikes with no gathering).
    Veto("labour_strike", r"\b(?:hunger|general|labou?r|workers'?|nationwide|national|teachers'?|doctors'?|nurses'?|transport|trade union|public sector|indefinite|sit-down|rent|student) strikes?\b|\bon strike\b|\bstrike action\b", frozenset({AIR_WEAK})),
    # Month names and non-protest uses of protest words.
    Veto("month_march", r"(?-i:\bMarch\b)(?=\s+\d|\s*,?\s+(?:19|20)\d\d)|\b\d{1,2}(?:st|nd|rd|th)?\s+(?-i:March)\b|(?:\b(?:in|on|since|by|until|of|early|late|mid|last|next|this|from|to|between|through|during|before|after)[\s-])(?-i:March)\b|(?-i:\bMarch)\s+(?:\d{1,2}(?:st|nd|rd|th)?)\b", frozenset({PROTEST})),
    Veto("not_a_gathering", r"\bprotest(?:ed|ing|s)? (?:his|her|their|its) innocence\b|\b(?:lodged|filed|registered|sent|delivered) (?:a |an )?(?:formal |diplomatic |strong |official )?protest\b|\bdiplomatic protest\b|\bsummoned (?:[\w'-]+ ){0,4}(?:ambassador|envoy|charg[eé])\b|\bdemonstrat(?:ed|es|ing|ion of) (?:that|its|his|her|their|the (?:ability|capability|strength|power|resolve|need|importance|effectiveness)|how|what|ability|strength|power|resolve|support)\b|\b(?:stocks?|shares?|markets?|prices?|dollar|currency|index|bonds?|oil|gold|the rupee|the pound|the euro|the naira) (?:[\w'-]+ ){0,2}rall(?:y|ied|ies|ying)\b|\brall(?:y|ied|ies|ying) (?:behind|around|support|to support|supporters|voters)\b|\bmarch(?:ed|es|ing)? (?:into|through|towards?|on) (?:[\w'-]+ ){0,3}(?:territory|border)\b|\b(?:troops|soldiers|army|forces|militants|rebels|fighters) (?:[\w'-]+ ){0,2}march(?:ed|es|ing)\b|\bmarching orders\b|\bprocession of vehicles\b|\bfuneral procession\b", frozenset({PROTEST})),
    # "moved in without firing a shot": the very absence of shooting (a non-violent transfer)
    Veto("no_shot_fired", r"\bwithout (?:(?:firing|a|any|single) )*(?:shot|bullet)s?(?: (?:being|was|were) fired)?\b",
         frozenset({SHOOT, KILL})),
    # "Israeli-occupied", "occupied territories": a standing situation, not a capture (§2.1).
    Veto("sports_attack", r"\battack (?:was|were|looked|is) (?:too )?(?:strong|sharp|potent|blunt|toothless|lively)\b|\battacking (?:play|midfielder|football)\b", frozenset({ATTACK})),
    Veto("occupied_adjective", r"[\w]+-occupied\b|\boccupied (?:territor\w+|west bank|golan|palestinian|areas?|kashmir|crimea|zone|east jerusalem|lands?|regions?|parts?)\b|\b(?:the |an )occupied\b|\boccupying (?:power|forces)\b", frozenset({CAPTURE})),
    # §2.4: a crowd that goes home by itself ("the protesters dispersed in the evening",
    # "dispersed peacefully") was not dispersed by anyone.
    Veto("dispersed_by_itself", r"\b(?:protesters|protestors|demonstrators|crowds?|marchers|participants|mourners|gathering|rally|sit-in|they)\s+(?:had\s+|has\s+|have\s+)?(?:already\s+|later\s+|then\s+|eventually\s+|quietly\s+|peacefully\s+)?dispersed\b(?!\s+(?:by|with|under|after (?:police|security|troops|soldiers)))|\bdispersed (?:peacefully|quietly|calmly|voluntarily|of their own accord|without (?:incident|violence))\b", frozenset({DISPERSE})),
    # §2.4 protests are gatherings of protesters: captives "marched into the bush" and armed men
    # blocking a road to stop a bus are not demonstrators.
    Veto("not_protesters", r"\b(?:were|was|been|being) (?:force-?)?march(?:ed|ing)\b|\bmarch(?:ed|ing)? (?:[\w'-]+ ){0,3}(?:into|to|off|away|towards?) (?:the )?(?:bush|forest|jungle|captivity|hideouts?|camps?|mountains?)\b|\b(?:gunmen|armed men|attackers|militants|bandits|kidnappers|fighters|rebels|assailants|insurgents)\s+(?:[\w'-]+ ){0,3}block(?:ed|ing|aded)? (?:[\w'-]+ ){0,3}(?:roads?|highways?|streets?|routes?)\b", frozenset({PROTEST})),
    # "the drone was hit by a missile": the aircraft is the target, not the striker (§2.6
    # Disrupted weapons use covers drones shot down).
    Veto("aircraft_was_hit", r"\b(?:drones?|UAVs?|aircraft|planes?|jets?|helicopters?)\s+(?:was|were|had been|has been|have been)\s+(?:hit|struck|downed|targeted|destroyed)\b", frozenset({AIR, AIR_WEAK})),
    # Air defence fire at an aircraft or drone is an interception, not a shelling (§2.6).
    # "police tore down the empty protest encampment": the camp destroyed, no protest held and
    # no base set up there
    Veto("camp_torn_down", r"\b(?:t(?:ore|orn|earing|ears?) down|dismantl(?:e|ed|es|ing)|demolish(?:ed|es|ing)?|raz(?:e|ed|ing)|bulldoz(?:e|ed|ing)|clear(?:ed|ing)? away|remov(?:e|ed|ing)) (?:[\w'-]+ ){0,4}(?:protest|protesters'|sit-in|occupation) (?:camps?|encampments?|sites?|tents?)\b[^.;]*", frozenset({PROTEST, HQ})),
    # "police responded with tear gas shells": riot-control munitions, not artillery
    Veto("riot_control_shells", r"\b(?:tear[\s-]?gas|teargas|smoke|rubber|sound|stun) (?:shells?|canisters?|grenades?|cartridges?|rounds)\b", frozenset({SHELLING})),
    Veto("air_defence", r"\b(?:surface-to-air|air-to-air|anti-?aircraft|air[\s-]defen[cs]e|interceptor) (?:missiles?|guns?|fire|systems?|rockets?|batter(?:y|ies))\b", frozenset({SHELLING})),
    # A protest that is only planned, or was called off, is no gathering (§2.4).
    Veto("protest_not_held", r"\b(?:planned|proposed|scheduled|upcoming|intended|threatened)\s+(?:[\w'-]+\s+){0,2}(?:rall(?:y|ies)|march(?:es)?|protests?|demonstrations?|sit-?ins?|vigils?)\b|\b(?:rall(?:y|ies)|march(?:es)?|protests?|demonstrations?|sit-?ins?|vigils?)\b[^.;]{0,40}?\b(?:was|were|has been|had been|have been) (?:called off|cancell?ed|canceled|postponed|prohibited|suspended)\b|\b(?:called off|cancell?ed|postponed|suspended|abandoned)\s+(?:[\w'-]+\s+){0,3}(?:rall(?:y|ies)|march(?:es)?|protests?|demonstrations?|sit-?ins?|vigils?)\b|\b(?:rall(?:y|ies)|march(?:es)?|protests?|demonstrations?|sit-?ins?|vigils?)\b[^.;]{0,40}?\b(?:is|are)\s+\"?(?:called off|cancell?ed|postponed|suspended)\b|\b(?:rall(?:y|ies)|march(?:es)?|protests?|demonstrations?|sit-?ins?|vigils?)\b[^.;]{0,60}?\b(?:did not|didn't|never|failed to) (?:take place|go ahead|happen)\b|\b(?:has|have|had) not called (?:any |a |an )?(?:rall(?:y|ies)|march(?:es)?|protests?|demonstrations?|sit-?ins?|vigils?)\b", frozenset({PROTEST})),
    # "Oromo Liberation Army", "National Liberation Front": a name, not a liberated place (§2.1).
    Veto("liberation_in_a_name", r"(?-i:\bLiberation\b)", frozenset({RECAPTURE})),
    # The hunt for the perpetrators names them, it reports no new attack.
    Veto("search_for_attackers", r"\b(?:search(?:ing)?|hunt(?:ing)?|manhunt|look(?:ing)?|pursuit|track(?:ing)? down|arrest(?:ing)?|identify(?:ing)?|find(?:ing)?) (?:[\w'-]+ ){0,2}(?:for )?(?:the )?(?:attackers|assailants|gunmen|perpetrators|killers|kidnappers|culprits)\b", _ALL),
    # Incendiaries and crowd-control munitions are not explosive weapons (§2.2, §2.5).
    Veto("not_explosive", r"\b(?:petrol|molotov|fire|smoke|stink|paint|water|tear[\s-]?gas|sound|stun|flash)[\s-]?bombs?\b|\bfire-?crackers?\b|\bbomb (?:threats?|scares?|hoax(?:es)?|alerts?)\b|\bbombshell\b|\bphoto ?bomb", frozenset({EXPLOSION, IED})),
    # Crowd-control wording is not a riot or an attack by itself.
    # §3.1 classifies actors by what they did, not by what officials call them: "described the
    # dead as 'rioters'" is a label in quotation marks, not a report of a riot
    Veto("quoted_label", r"\b(?:described|called|labell?ed|branded|termed|dubbed|referred to) (?:[\w'-]+ ){0,4}?(?:as )?[\"“‘][\w\s'-]{1,30}[\"”’]", frozenset({RIOT, MOB, CROWD_VIOLENCE})),
    # an alert that warplanes or drones may come reports no strike
    Veto("air_raid_alert", r"\bair[\s-]?raid (?:alerts?|sirens?|warnings?|shelters?|alarms?)\b", frozenset({AIR, AIR_WEAK, ATTACK})),
    # "destroying combat vehicles": the word names equipment, not a fight
    Veto("combat_equipment", r"\bcombat (?:vehicles?|aircraft|drones?|helicopters?|jets?|planes?|boats?|engineers?|units?|gear|boots|uniforms?|fatigues|equipment|training|readiness|experience|veterans?)\b", frozenset({CLASH})),
    Veto("riot_police", r"\briot (?:police|policemen|squad|gear|control|shields?|units?|troops|officers|act)\b|\banti-riot\b", frozenset({RIOT})),
    # §2.6 Arrest words that are not arrests.
    Veto("not_arrest", r"\bcardiac arrest\b|\barrest(?:ed|ing)? (?:the )?(?:decline|spread|slide|fall)\b|\barrest warrants?\b|\bwarrants? (?:for|of) (?:[\w'-]+ ){0,3}arrest\b|\bcustody (?:battle|dispute|of (?:the )?child)\b|\bchild custody\b|\bcalled for (?:[\w'-]+ ){0,3}arrest\b|\bpretrial detention\b|\bdetention (?:centres?|centers?|camps?|facilit\w+|conditions)\b|\b(?:died|dies|death|deaths|killed|tortured|abused|beaten) (?:\w+ ){0,2}in (?:police |military |army |state )?custody\b|\bcustodial\b", frozenset({ARREST})),
    # A ceasefire that was broken reports fighting, not an agreement (§2.6 Agreement).
    Veto("broken_truce", r"\b(?:violat\w*|breach\w*|broke|break(?:ing|s)?|despite|collapse[sd]?|in spite of|ignor\w*|defied|defying|flout\w*|end(?:ed|ing)?|shatter\w*|undermin\w*) (?:\w+ ){0,4}(?:cease-?fires?|truces?|agreements?|deals?|accords?)\b|\b(?:cease-?fire|truce) (?:\w+ )?(?:violations?|breaches|collapsed|broke down)\b", frozenset({AGREEMENT})),
    # §2.6 Agreement "must be reached": talks, mediation, calls for a truce and a truce named only
    # as the background of something else ("since the ceasefire", "the war that preceded the
    # truce") are not a deal reached.
    Veto("agreement_not_reached", r"\b(?:talks|negotiations|mediation|consultations|discussions) (?:on|over|for|towards?|about|aimed at) (?:[\w'-]+ ){0,2}(?:cease-?fires?|truces?|deal|agreement|accord)\b|\b(?:peace |ceasefire |truce )?(?:talks|negotiations|mediation)\b|\b(?:call(?:s|ed|ing)?|urg(?:e|ed|es|ing)|appeal(?:s|ed|ing)?|push(?:ed|es|ing)?|press(?:ed|ing)|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|efforts?|bid|hopes?) (?:[\w'-]+ ){0,4}(?:cease-?fires?|truces?|deal|agreement|accord)\b|\b(?:since|under|during|before|preceded|precede[sd]?|after|of) (?:the|a) (?:[\w'-]+ ){0,2}(?:cease-?fire|truce|armistice)\b|\b(?:cease-?fire|truce) (?:that|which) (?:ended|halted|took effect|has held)\b", frozenset({AGREEMENT})),
    # §2.6 Change to group/activity: a deployment or patrols sent in response to the reported
    # incident ("were deployed to the area", "deployed to rescue the victims", "the situation is
    # under control") and attackers withdrawing at the end of their attack are part of that
    # incident, not a change of posture; "launched an operation" opens the fighting it reports.
    Veto("response_deployment", r"\b(?:re)?deploy(?:ed|ing|ment)? (?:[\w'-]+ ){0,3}(?:to|in) (?:the )?(?:area|scene|community|village|town|locality|spot)\b|\breinforc(?:ed|ing) (?:[\w'-]+ ){0,2}in (?:the )?(?:area|community|village|town|locality)\b|\b(?:re)?deploy(?:ed|ing|ment)? (?:[\w'-]+ ){0,3}to (?:rescue|restore|track|trace|hunt|pursue|arrest|apprehend|find|locate|free|secure|calm|contain|maintain|prevent|forestall|comb)\b|\b(?:stepped up|increased|intensified|conducting|conducted|began|started|launched) (?:[\w'-]+ ){0,2}patrols (?:around|in|near|along|across)\b|\b(?:before|after|while|then) (?:withdrawing|retreating|pulling out|fleeing)\b|\blaunched (?:a |an )?(?:joint |combined |search |security |counter-?\w+ |military )?(?:operation|manhunt|search)\b|\bdeclared (?:a )?(?:war|jihad) on (?:the )?(?:kitchen|poor|farmers|people|common man|middle class|opposition|press|media)\b|\b(?:as|when|after|until|before|once) (?:[\w'-]+ ){0,2}reinforcements\b|\breinforcements (?:[\w'-]+ ){0,3}(?:arrived|were sent|were dispatched|were rushed) (?:to repel|to the scene|and (?:repelled|drove|pushed|forced))\b|\b(?:(?:re)?deploy(?:ed|ing|ment)?|sent|dispatched|rushed|reinforcements?)\b[^.;]{0,60}?\b(?:after|following|in the wake of|in response to) (?:the|this|that|these|those|last night's|[A-Z]\w+day's) (?:[\w'-]+ ){0,2}(?:attacks?|clash(?:es)?|incidents?|violence|killings?|raids?|ambush(?:es)?|fighting|abductions?|kidnappings?|bombings?|explosions?|blasts?|unrest|shootings?)\b|\b(?:after|following|in the wake of|in response to) (?:the|this|that|these|those|last night's|[A-Z]\w+day's) (?:[\w'-]+ ){0,2}(?:attacks?|clash(?:es)?|incidents?|violence|killings?|raids?|ambush(?:es)?|fighting|abductions?|kidnappings?|bombings?|explosions?|blasts?|unrest|shootings?)\b[^.;]{0,60}?\b(?:(?:re)?deploy(?:ed|ing|ment)?|sent|dispatched|rushed|reinforcements?)\b", frozenset({CHANGE, TRANSFER})),
    # §2.6 Change to group/activity is a measure taken: one that marchers demand ("marched to
    # demand a state of emergency"), one announced "starting next Monday", and one decreed "in
    # several provinces" (no place of its own) are not a change at a place on a day.
    Veto("measure_not_taken", r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|press(?:es|ed|ing)? for|ask(?:s|ed|ing)? for|push(?:es|ed|ing)? for|want(?:s|ed)?|seek(?:s|ing)?|sought|petition(?:s|ed|ing)? for) (?:[\w'-]+ ){0,3}(?:curfews?|state of (?:emergency|siege)|martial law|lockdowns?)\b|\b(?:curfews?|state of (?:emergency|siege)|martial law|lockdowns?)\b[^.;]{0,40}?\b(?:starting|from|beginning|effective|as of|as from) (?:next|tomorrow|the coming)\b|\b(?:curfews?|state of (?:emergency|siege)|martial law|lockdowns?)\b[^.;]{0,30}?\bin (?:several|many|some|various|a number of|other|all|most|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:provinces|regions|states|departments|governorates|prefectures)\b", frozenset({CHANGE})),
    # "detained three of the attackers", "the assailants were identified": people named by what
    # they did in the event told, arrested or described, are no new attack
    Veto("attackers_named", r"\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|apprehend(?:ed|ing)|caught|nabbed|identified|traced|tracked down|questioned)\s+(?:[\w'-]+ ){0,3}(?:attackers?|assailants?)\b|\b(?:the|three|two|four|several|some|all|of the) (?:attackers|assailants) (?:were|was|had been|have been) (?:[\w'-]+ ){0,2}(?:arrested|detained|identified|caught|brought|paid|hired|known|members|supporters|linked)\b", frozenset({ATTACK})),
    # "a strike called by traders' bodies", "student bodies": organisations, not corpses
    Veto("bodies_as_organisations", r"\b(?:traders'?|trade|business|student|students'?|professional|civic|civil society|representative|governing|umbrella|religious|regulatory|statutory|international|political|party|lawyers'?|teachers'?|workers'?|farmers'?|employers'?|youth|women'?s|public|private sector|transporters'?|merchants'?|community|local) bodies\b|\bbod(?:y|ies) (?:representing|of (?:traders|lawyers|teachers|workers|students|farmers|merchants))\b", frozenset({KILL})),
    # §2.4 codes demonstrations: a candidate's campaign or election rally, a victory rally or a
    # campaign caravan is electioneering, not a protest (violence at one is still coded)
    Veto("campaign_rally", r"\b(?:campaign|election|electoral|electioneering|victory|proclamation|miting de avance)\s+(?:rall(?:y|ies)|events?|meetings?|caravans?|motorcades?|sorties|tours?)\b|\brall(?:y|ies) (?:for|of|in support of) (?:the )?(?:candidate|presidential hopeful|mayoral|gubernatorial)\b", frozenset({PROTEST})),
    # §2.6 Other: displaced people or sites named as victims or places ("a camp for displaced
    # families", "displacement sites") and bodies recovered after an attack (its toll) are not a
    # displacement or a mass grave of their own.
    Veto("displaced_as_descriptor", r"\bdisplaced (?:people|persons|families|civilians|residents|households|children|women|villagers)\b|\bdisplacement (?:sites?|camps?|centres?|centers?|settlements?)\b|\b(?:internally )?displaced persons'? camps?\b|\b\d+ bodies (?:[\w'-]+ ){0,2}(?:had been |have been |were |was )?recovered\b|\bbodies (?:had been |have been |were )?recovered from (?:the )?(?:scene|site|rubble)\b|\b(?:recovered|retrieved|pulled (?:out )?|removed) (?:[\w'-]+ ){0,3}bodies\b", frozenset({OTHER})),
    # §2.6 Change to group/activity is what armed groups do: clinics, medics, rescuers or aid
    # teams sent somewhere are no change of an armed group's posture.
    Veto("civil_deployment", r"\b(?:clinics?|medical|medics|doctors|nurses|health workers|aid|relief|rescue|rescuers|humanitarian|ambulances?|firefighters|volunteers|vaccinators|inspectors|(?:mobile|medical|rescue|aid|relief|health|response) teams?)\b (?:[\w'-]+ ){0,3}(?:were |was |have been |had been |has been |are being )?(?:re)?deployed\b|\b(?:re)?deploy(?:ed|ing|s)? (?:[\w'-]+ ){0,3}(?:clinics?|medical|medics|doctors|nurses|health workers|aid|relief|rescue|humanitarian|ambulances?|firefighters|volunteers|vaccinat\w+)\b", frozenset({CHANGE})),
    # §2.1 Armed clash "assaults on positions": drones or guns used as cover or support for a
    # ground assault are part of the battle, not a stand-off strike of their own.
    Veto("fire_support", r"\busing (?:[\w'-]+ ){0,4}as (?:cover|support)\b|\bunder (?:the )?cover of (?:[\w'-]+ ){0,3}(?:drones?|artillery|shelling|mortars?|air ?strikes?|fire)\b|\b(?:backed|supported|covered) by (?:[\w'-]+ ){0,2}(?:drones?|artillery|mortars?|air ?strikes?|air support|air cover|jets|warplanes|helicopters?)\b|\b(?:with|under) (?:air|artillery|drone) (?:cover|support)\b", frozenset({AIR, AIR_WEAK, SHELLING})),
    # A commander "responsible for rocket fire" or a "rocket unit" describes a role, not a strike.
    Veto("weapon_role", r"\b(?:responsible for|in charge of|head(?:ed)? of|oversaw|oversees|overseeing|behind) (?:[\w'-]+ ){0,3}(?:rocket|missile|drone|mortar|artillery)s? (?:fire|attacks?|launches|strikes?|units?|programmes?|programs?|operations|production|cells?)\b|\b(?:rocket|missile|drone|mortar) (?:units?|cells?|commanders?|chiefs?)\b", frozenset({AIR, AIR_WEAK, SHELLING})),
    # §2.6 Looting/property destruction is property destroyed or seized by someone "with no
    # fight or riot involved": a damage report ("houses were damaged", "suffered damage") is the
    # effect of another event or of no event at all.
    # §6: "a higher toll of 27, saying more bodies were recovered": the toll of the event told
    # rising, not a mass grave (§2.6 Other)
    Veto("toll_update", TOLL_UPDATE, frozenset({OTHER})),
    Veto("damage_report", r"\bdamag(?:ed|ing|es)\b|\b(?:suffered|sustained|caused|causing) (?:[\w'-]+ ){0,2}damage\b", frozenset({DESTROY})),
    # §3.1 Protesters "may still burn effigies": burning a symbol (an effigy, a flag, a portrait)
    # destroys no one's property and does not make a protest a riot.
    Veto("symbol_burned", r"\b(?:burn(?:ed|t|ing|s)?|set fire to|setting fire to|set alight|torch(?:ed|ing)?|set ablaze) (?:[\w'-]+ ){0,3}(?:effig(?:y|ies)|flags?|portraits?|posters?|pictures?|photos?|banners?|copies)\b|\b(?:effig(?:y|ies)|flags?|portraits?|posters?) (?:of (?:[\w'-]+ ){1,3})?(?:was |were )?(?:burn(?:ed|t)|set ablaze|torched|set alight)\b", frozenset({DESTROY})),
    # §2.6 Arrests through the legal process of a court case are not new arrests.
    Veto("court_custody", r"\bremanded (?:[\w'-]+ ){0,2}(?:in|into) (?:[\w'-]+ )?custody\b|\bremanded\b|\b(?:held|kept) in custody pending\b", frozenset({ARREST})),
    # Metaphors and contests (the brief's hard negatives): "war on drugs", "battle for votes".
    Veto("metaphor", r"\b(?:war|battle|fight|fighting|struggle|crusade|campaign|offensive|onslaught) (?:on|against) (?:[\w'-]+ ){0,2}(?:drugs|corruption|poverty|cancer|crime|inflation|covid(?:-19)?|coronavirus|the virus|the pandemic|illiteracy|hunger|disease|malaria|climate change|fake news|misinformation|disinformation|obesity|unemployment|graft|piracy|smuggling|inequality|hiv|aids|ebola|polio|locusts|plastic|pollution|racism|fraud|tax evasion|narcotics)\b|\bbattle (?:for|over) (?:[\w'-]+ ){0,2}(?:votes?|seats?|the (?:presidency|leadership|nomination|title|crown|championship|league|cup)|supremacy|ratings|market share|customers|hearts|minds)\b|\b(?:price|trade|turf|bidding|legal|court|courtroom|custody|tariff|culture|talent|ratings|political|election|electoral|media|propaganda|public relations|pr|uphill|verbal|social media|twitter) (?:war|wars|battle|battles|fight|fights|clash|clashes|attack|attacks|offensive)\b|\bwar of words\b|\b(?:heart|asthma|panic|anxiety|shark|dog|bear|snake|cyber|ransomware|phishing|hacker|hacking|ddos|malware) attacks?\b|\bbattled? (?:cancer|illness|injury|injuries|addiction|depression|the flames|the blaze|fires?|wildfires?|the fire)\b|\bfight(?:ing)? (?:the )?(?:fires?|flames|blaze|wildfires?)\b|\b(?:stormed|storming) (?:to|into) (?:[\w'-]+ ){0,2}(?:victory|lead|power|the final|the top)\b|\bclash(?:ed|es)? (?:of|over) (?:views|ideas|opinions|schedules|personalities|cultures|civilizations)\b|\b(?:clashed|clashing|clash) (?:[\w'-]+ ){0,3}(?:in parliament|in the assembly|during the debate|on television|on tv|online|verbally)\b|\bkilled (?:the |a )?(?:bill|motion|proposal|deal|idea|project)\b|\b(?:shot|shoot|shooting|shoots) (?:a |the )?(?:film|movie|video|documentary|scene|footage|photos?|pictures?)\b|\bphoto ?shoot\b|\bexplod(?:ed|ing) (?:in|into) (?:popularity|growth)\b|\bpopulation explosion\b|\bfight(?:ing|s)? (?:a |an |the )?(?:\w+ )?(?:legal|court|political|uphill|losing|long|bitter) (?:battle|fight)\b|\bexplosion (?:of|in) (?:growth|demand|interest|popularity|cases|sales|prices)\b|\bblast(?:ed|ing) (?:the|his|her|their) (?:[\w'-]+ ){0,3}(?:government|policy|decision|remarks|comments|critics|opposition|president|minister|plan)\b|\btarget(?:s|ed|ing)? (?:of )?(?:\d+|growth|inflation|revenue|emissions|sales|audience|market|voters|customers|readers)\b|\bsales target\b|\bmissile (?:tests?|launch(?:es)? tests?|programme|program|defen[cs]e system|technology)\b|\btest[\s-]fir(?:ed|es|ing)\b|\brocket (?:launch(?:es)? into (?:orbit|space)|scientist|science|engines?)\b|\bspace rockets?\b|\brocketed\b|\bsky-?rocket", _ALL),
    # Sports: "clash" as a fixture (the brief's hard negatives); violence by fans is still coded.
    Veto("sports_fixture", r"\b(?:clash(?:es)?|battle|battles|attack|derby|showdown) (?:[\w'-]+ ){0,3}(?:(?:title|league|cup|semi-?final|quarter-?final|final|opening|group|friendly|test|qualif\w*) (?:match|game|tie|clash|fixture|showdown)|at (?:[\w'-]+ ){0,2}(?:stadium|arena|park|ground))\b|\b(?:match|game|fixture|tie|showdown|final|semi-?final|derby|bout|fight night) (?:[\w'-]+ ){0,3}(?:clash|battle|attack)\b|\b(?:clash|clashes|battle|battles) (?:with|against) (?:[\w'-]+ ){0,2}(?:in the (?:[\w'-]+ )?(?:league|cup|final|semi-?final|match|game|championship|tournament|premier)|on (?:saturday|sunday|monday|tuesday|wednesday|thursday|friday) (?:[\w'-]+ ){0,3}(?:match|game|fixture|title race))\b", frozenset({CLASH, ATTACK})),
)


# --- Sentence-level negative contexts: when ``pattern`` occurs, hits of ``frames`` are removed
# unless ``unless`` (if set) also occurs. These are the brief's hard negatives.
@dataclass(frozen=True)
class NegativeContext:
    name: str
    pattern: str
    frames: frozenset[str]
    unless: str = ""


_VIOLENCE_FRAMES = frozenset({KILL, INJURE, ATTACK, SHOOT, CLASH, AMBUSH, EXPLOSION, DESTROY,
                              LOOT, IED, OTHER, CROWD_VIOLENCE, RIOT, MOB, AIR_WEAK})
_ALL_EVENT_FRAMES = frozenset({"*"})

NEGATIVE_CONTEXTS: tuple[NegativeContext, ...] = (
    # §2.4 needs a place: protests "also reported in other cities" or "elsewhere in the
    # country", with no city named, are not located events (one is coded per place)
    NegativeContext(
        "protests_elsewhere",
        r"\b(?:were|was|have been|had been) also (?:reported|held|staged|seen|organi[sz]ed) (?:in (?:several |many |some |other |various |a number of |more )+(?:other )?(?:cities|towns|parts|regions|provinces|districts|places|areas|campuses)|elsewhere)\b",
        frozenset({PROTEST}),
    ),
    # Sport: fixtures, scores and players; fans fighting police is still an event (§2.5).
    NegativeContext(
        "sports",
        r"\b(?:football|soccer|cricket|rugby|basketball|tennis|hockey|volleyball|baseball|boxing|wrestling|athletics|olympics?|world cup|champions league|premier league|la liga|serie a|bundesliga|grand slam|wimbledon|fifa|uefa|ipl|nba|nfl|striker|midfielder|goalkeeper|referee|kick-?off|half-?time|hat-?trick|scored (?:a |the |twice|\d)|penalty (?:kick|shoot-?out|spot)|innings|wickets?|semi-?finals?|quarter-?finals?|title race|league leaders|relegation|matchday|playoffs?|home side|away side)\b",
        frozenset({CLASH, ATTACK, AMBUSH, KILL, SHOOT, AIR_WEAK, EXPLOSION, CAPTURE, RECAPTURE, "Other"}),
        unless=r"\b(?:fans|supporters|hooligans|ultras|spectators)\b(?:\s[\w'-]+){0,6}\s(?:clash\w*|fought|attack\w*|riot\w*|threw|hurl\w*|torch\w*|beat|stabb\w*|invaded)\b|\b(?:police|tear gas|riot|rioting|stampede)\b",
    ),
    # Natural disasters and weather (CASE's NATURAL_DISASTER; not ACLED events).
    NegativeContext(
        "natural_disaster",
        r"\b(?:earthquakes?|quakes?|tremors?|floods?|flooding|flash floods?|storms?|cyclones?|hurricanes?|typhoons?|tornado(?:e?s)?|landslides?|mudslides?|droughts?|wildfires?|bushfires?|forest fires?|heat ?waves?|tsunamis?|avalanches?|volcan(?:o|oes|ic)|volcanic eruptions?|struck by lightning|lightning strikes?|torrential|heavy rains?|downpours?|monsoon|locusts?|famine|epidemics?|pandemic|outbreaks? of (?:cholera|ebola|measles|disease|covid|malaria|dengue|lassa|plague|meningitis)|cholera|ebola|covid(?:-19)?|coronavirus|measles|dengue|lassa fever)\b",
        frozenset({KILL, INJURE, DESTROY, EXPLOSION, OTHER, AIR_WEAK, ATTACK}),
        unless=r"\b(?:gunmen|militants|rebels|soldiers|troops|police|protesters|demonstrators|rioters|mob|bomb|shell\w*|air ?strikes?|attackers|insurgents|jihadists|bandits|militia\w*|security forces|army)\b",
    ),
    # Accidents and industrial disasters (CASE's MAN_MADE_DISASTER; not ACLED events).
    NegativeContext(
        "accident",
        r"\b(?:accidents?|crash(?:ed|es)?|collisions?|collided|derail(?:ed|ment)|capsiz(?:ed|es|ing)|sank|sinking|shipwreck|gas (?:leaks?|explosions?|cylinders?|tankers?|pipelines?)|cylinders?|boilers?|short[\s-]circuit|electrical (?:fault|fire)|fire broke out|fire (?:at|in|gutted|engulfed|ripped through) (?:a |an |the )?(?:[\w'-]+ )?(?:factory|market|warehouse|plant|building|hospital|school)|factory|factories|stampedes?|crowd crush(?:es)?|crush(?:es)? (?:at|near|outside|in) (?:the )?(?:[\w'-]+ ){0,2}(?:gates?|entrance|stadium|arena|venue)|crushed to death|trampled|(?:building|bridge|mine|dam|roof|wall) collapse[sd]?|(?:building|bridge|roof|wall|dam|mine) (?:has |had )?collapsed|fireworks?|firecrackers?|industrial (?:accident|fire|explosion|disaster)|chemical plant|refinery|factory fire|tanker (?:explosion|fire)|coal ?mines?|gold ?mines?|mine (?:accident|disaster)|food poisoning|poisoned (?:food|water)|toxic (?:spill|leak)|oil spill)\b",
        frozenset({KILL, INJURE, DESTROY, EXPLOSION, OTHER, IED, AIR_WEAK, CHEM}),
        unless=r"\b(?:gunmen|militants|rebels|attackers|insurgents|jihadists|bandits|bomb(?:er|ers|ing)?|IED|suicide|shot down|missile|rocket|shell\w*|air ?strikes?|sabotage|arson|soldiers|troops|police|security forces|army|protesters|demonstrators|rioters|mob)\b",
    ),
    # §2.6 Arrests "that matter politically": an arrest for an ordinary crime (fraud, theft, a
    # domestic killing, drugs) by the police is criminal justice, not an ACLED event, unless the
    # suspect or the setting is political or armed.
    NegativeContext(
        "ordinary_crime_arrest",
        r"\b(?:fraud\w*|scam\w*|swindl\w*|cheat(?:ed|ing)?|embezzl\w*|theft|thie(?:f|ves)|burglar\w*|robber(?:y|ies|s)?|shoplift\w*|pickpocket\w*|car[\s-]?jack\w*|stolen (?:phones?|cars?|vehicles?|goods|property|motorcycles?)|drugs?|narcotics|cocaine|heroin|cannabis|marijuana|methamphetamine|counterfeit\w*|forg(?:ery|ed documents)|cybercrime|hack(?:ing|ers?)|investment (?:scheme|scam)|ponzi|domestic (?:violence|dispute|row|quarrel)|(?:his|her) (?:wife|husband|girlfriend|boyfriend|partner|mother|father|son|daughter|brother|sister|neighbou?r|landlord|employer)|family (?:dispute|row|quarrel)|love affair|drunk(?:en)?|traffic offen[cs]es?|speeding|poaching|illegal (?:mining|logging|fishing))\b",
        frozenset({ARREST}),
        unless=r"\b(?:opposition|activists?|journalists?|protesters?|demonstrators?|dissidents?|politicians?|lawmakers?|MPs?|ministers?|party (?:leaders?|officials?|members?|supporters?)|militants?|rebels?|insurgents?|jihadists?|separatists?|terror\w*|militia\w*|armed groups?|gang (?:leaders?|members?)|cartel|bandits?|kidnap\w*|bomb\w*|explosives?|weapons|arms|grenades?|rifles|coup|treason|sedition|mass arrests?|dozens|hundreds|scores)\b",
    ),
    # ONTOLOGY §1: private violence is not political violence. A killing inside a family or a
    # household ("a woman killed her husband") or in a robbery for gain, with no armed group,
    # crowd or force in the sentence, is a crime report.
    NegativeContext(
        "private_violence",
        r"\b(?:(?:his|her) (?:wife|husband|girlfriend|boyfriend|partner|fianc[eé]e?|mother|father|son|daughter|brother|sister|stepfather|stepmother|mother-in-law|father-in-law|in-laws|uncle|aunt|cousin|nephew|niece|neighbou?r|landlord|tenant|employer|housemaid|lover)|domestic (?:violence|dispute|row|quarrel)|family (?:dispute|row|quarrel|feud)|love affair|(?:armed )?robbery|robbers|burglars?|over a debt|land dispute between (?:two )?(?:brothers|families|neighbou?rs)|drunken (?:brawl|fight|row))\b",
        frozenset({KILL, ATTACK, SHOOT, INJURE}),
        unless=r"\b(?:gunmen|militants?|rebels?|insurgents?|jihadists?|bandits|militia\w*|soldiers|troops|army|security forces|police (?:fired|shot|killed)|mobs?|crowds?|vigilantes|protesters|separatists?|terror\w*|armed group)\b",
    ),
    # Fiction, films and games.
    NegativeContext(
        "fiction",
        r"\b(?:film|movie|novel|video ?game|tv series|television series|thriller|blockbuster|box office|screenplay|actress|film star|starring|starred|episode|trailer|premiere|biopic)\b",
        _ALL_EVENT_FRAMES,
        unless=r"\b(?:police|soldiers|troops|gunmen|militants)\b(?:\s[\w'-]+){0,4}\s(?:killed|arrested|shot|attacked|raided)\b",
    ),
)

# A court or trial wording that governs the cue ("sentenced ... for killing", "charged with
# rape", "the trial of the bombers"): the sentence reports a legal process, not the event
# (the brief's hard negatives). The hit must come after the court word.
COURT_PATTERN = (
    r"\b(?:court|courts|tribunal|trials?|retrial|sentenc(?:ed|es|ing)|convict(?:ed|s|ion|ions)|"
    r"acquit(?:ted|tal|s)|verdicts?|indict(?:ed|ment|ments)|prosecutors?|charged with|"
    # "arrested 27 people on charges including rioting and murder": the charges, not events
    r"on (?:\w+ )?charges|"
    r"pleaded (?:guilty|not guilty)|jailed|imprisoned|testif(?:y|ied|ies)|jury|lawsuits?|sued|"
    r"found guilty|life imprisonment|death penalty|years in prison|behind bars|inquest|"
    r"extradit\w+|commemorat\w+|anniversar(?:y|ies)|memorial (?:service|ceremony|event)|"
    r"remembrance|in memory of|marked \w+ years?)\b"
)
COURT_LINK = r"\b(?:for|of|over|in connection with|with|on charges of|in|after|into|linked to|related to|behind|about|the|including|such as)\b"

# Clause governors that turn the cue into a forecast, threat, wish or plan (the brief's hard
# negatives: "threatened to attack", "could strike"). Lemmas for the parse, words for the
# fallback.
IRREALIS_LEMMAS = frozenset({
    "threaten", "warn", "vow", "plan", "intend", "prepare", "fear", "expect", "predict", "aim",
    "seek", "want", "pledge", "promise", "urge", "call", "demand", "propose", "consider",
    "vote", "hope", "wish", "ask", "appeal", "plot", "risk", "need", "decide", "encourage",
    "order", "must", "should", "would", "could", "may", "might", "will", "shall", "can",
    "able", "likely", "ready", "allow", "permit", "refuse", "avoid",
})
#: Verbs whose object noun is a feared or foreseen event, not a report of one: "residents
#: feared attacks on the market", "officials warned of raids", "the group threatened strikes".
FORECAST_LEMMAS = frozenset({
    "fear", "expect", "predict", "anticipate", "forecast", "warn", "threaten", "plan", "dread",
    # "deployed to prevent revenge attacks": what is prevented did not happen
    "prevent", "deter", "avert", "forestall",
})
#: Verbs of telling: what their "that" clause reports is asserted, whatever governs the telling
#: ("the command wishes to inform the public that bandits abducted 23 persons").
ASSERTION_LEMMAS = frozenset({
    "say", "tell", "inform", "report", "announce", "state", "confirm", "add", "explain", "note",
    "disclose", "reveal", "notify", "write",
})
#: Verbs and adjectives of inquiry: a who/whether clause under them asks about an event rather
#: than reporting one ("the army was investigating who launched the rockets").
INQUIRY_LEMMAS = frozenset({
    "investigate", "probe", "determine", "establish", "ask", "wonder", "know", "examine",
    "check", "verify", "clear", "unclear", "identify", "find", "learn", "question", "study",
})
IRREALIS_FALLBACK = (
    r"\b(?:threaten(?:ed|s|ing)?|warn(?:ed|s|ing)?|vow(?:ed|s|ing)?|plan(?:s|ned|ning)?|"
    r"intend(?:s|ed)?|prepar(?:e|es|ed|ing)|fear(?:s|ed)?|expect(?:s|ed)?|predict(?:s|ed)?|"
    r"aim(?:s|ed)?|seek(?:s|ing)?|sought|want(?:s|ed)?|pledg(?:e|ed|es)|promis(?:e|ed|es)|"
    r"urg(?:e|ed|es)|call(?:ed|s|ing)? for|demand(?:ed|s|ing)?|propos(?:e|ed|es)|"
    r"could|would|may|might|will|shall|can|should|must|likely to|set to|ready to|about to|"
    r"going to|able to|refus(?:e|ed|es)d? to|allow(?:ed)? to)\s+(?:[\w'-]+\s+){0,3}$"
)

# Nouns whose "attack" is verbal, not physical (the brief's hard negative "political attacks").
VERBAL_TARGETS = frozenset({
    "policy", "policies", "decision", "plan", "plans", "remark", "remarks", "comment",
    "comments", "statement", "statements", "record", "stance", "speech", "budget", "bill",
    "law", "proposal", "proposals", "idea", "ideas", "report", "reports", "handling",
    "approach", "reforms", "reform", "tax", "taxes", "credibility", "integrity", "character",
    "reputation", "views", "claims", "ruling", "rhetoric", "agenda", "manifesto", "legacy",
})
VERBAL_CONTEXT = (
    r"\b(?:in a speech|in an interview|in a statement|on twitter|on x|on facebook|on social media|"
    r"in a post|in a tweet|in parliament|in an op-ed|in an editorial|verbal(?:ly)?|scathing|"
    r"rhetoric(?:al)?|lashed out|criticis(?:ed|ing|m)|criticiz(?:ed|ing)|denounc(?:ed|ing)|"
    r"slammed|accus(?:ed|ing) (?:him|her|them|the)|over (?:his|her|their|the) (?:handling|remarks|comments|decision|policy))\b"
)

# --- Actor-type nouns (ONTOLOGY §3.1), used when the actor dictionary gave no actor for a span.
# ``inter`` codes: 1 state, 2 rebel, 3 political militia, 4 identity militia, 5 rioters,
# 6 protesters, 7 civilians, 8 external. These are generic role words, not named actors; the
# actor dictionary (dateline.resolve) owns canonical names.
ROLE_NOUNS: tuple[tuple[int, str], ...] = (
    (1, r"\b(?:soldiers?|troops?|army|armies|military|militaries|police(?:men|man|women|woman)?|police officers?|officers?|security (?:forces?|personnel|agents?|officers?|services?|guards?)|forces|gendarmes?|gendarmerie|national guard(?:smen)?|border guards?|border police|commandos?|special forces|marines?|navy|air force|paratroopers?|servicem[ae]n|personnel|armed forces|government forces|federal forces|state forces|regime forces|pro-government forces|loyalists?|army (?:units?|patrols?|convoys?)|patrols?|convoys?|cops?|constables?|rangers?|guardsmen|intelligence (?:agents?|services?)|riot police|anti-riot|counter-?terrorism (?:police|forces|unit)|(?-i:CRPF|BSF|IDF|FARDC|SAF|ANDSF|ANA|ANP|AFP|PNP|SPLA|ENDF|FAMa|JTF|PMF|PMU|LNA|GNA)|sappers?|Peshmerga|Tatmadaw|Popular Mobili[sz]ation (?:Forces|Units)|Hashd(?: al-Shaabi)?|pro-(?:government|regime|Hadi|Assad) (?:forces|troops|fighters)|government[\s-](?:backed|allied) (?:forces|fighters|militias?)|gendarmes)\b"),
    (2, r"\b(?:rebels?|insurgents?|insurgency|militants?|jihadists?|jihadis|guerr?illas?|separatists?|secessionists?|extremists?|terrorists?|islamists?|mujahideen|fighters?|combatants?|(?-i:IS|ISIS|ISIL|ISWAP|ISGS|JNIM|AQIM|AQAP|HTS|PKK|YPG|SDF|FARC|ELN|NPA|ADF|TPLF|OLA|RSF|SPLM-IO|BIFF|M23|FDLR|LRA|MNJTF)|Islamic State|Daesh|al-?Qa(?:e|i)da|al-?Shabaa?b|Boko Haram|Taliban|Houthis?|Ansar Allah|Hezbollah|Hamas|Islamic Jihad|al-?Nusra|Nusra Front|Abu Sayyaf|Maoists?|Naxals?|Naxalites?|Ambazonian?s?|Anti-?Balaka|Seleka|Tehreek-e-Taliban|Lashkar|Jaish|Syrian Democratic Forces|Kurdish(?:-led)? (?:forces|fighters|militias?)|Tigray(?:an)? (?:forces|fighters)|Free Syrian Army|Polisario)\b"),
    (3, r"\b(?:commanders?|guards?|sentr(?:y|ies)|gunm[ae]n|armed m[ae]n|armed groups?|armed (?:youths|individuals|assailants|attackers)|assailants?|attackers?|militias?|militiam[ae]n|militia members|bandits?|kidnappers?|abductors|hit ?m[ae]n|unknown (?:gunmen|attackers|assailants|men)|unidentified (?:gunmen|attackers|assailants|men|armed men)|masked men|raiders|thugs|goons|hired men|(?:armed |suspected )?robbers|criminals|traffickers|smugglers|poachers|cattle rustlers|vigilante groups?|death squads?|paramilitar(?:y|ies)|pirates|gangs?|gangsters|cartel|hooded men)\b"),
    (4, r"\b(?:herdsm[ae]n|herders|ethnic militias?|communal militias?|tribal (?:fighters|militias?|gunmen)|clan (?:militias?|fighters|gunmen)|(?-i:Fulani|Dogon|Dozo|Mai-?Mai|Janjaweed|Nyatura|Lendu|Hema|Murle|Nuer|Dinka|Misseriya|Pokot|Turkana|Borana)(?: \w+)?(?: militia\w*| fighters| gunmen| herders| herdsmen| hunters| youths)?|self-defen[cs]e (?:groups?|militias?|forces)|hunters)\b"),
    (5, r"\b(?:rioters?|mobs?|crowds?|looters|hooligans|vigilantes|angry crowds?|irate (?:youths|residents|crowds?)|youths)\b"),
    (6, r"\b(?:protesters?|protestors?|demonstrators?|marchers|rally(?:-goers)?|strikers|striking (?:workers|teachers|doctors|nurses|miners)|picketers)\b"),
    (7, r"\b(?:civilians?|villagers?|residents?|people|passengers?|worshipp?ers?|congregants|farmers?|students?|pupils?|schoolchildren|schoolgirls|schoolboys|children|child|kids|babies|infants?|women|woman|girls?|boys?|m[ae]n|persons?|family|families|journalists?|reporters?|teachers?|doctors?|nurses?|aid workers?|health workers?|humanitarian workers?|traders?|shopkeepers?|merchants?|vendors?|shoppers|pedestrians?|motorists?|drivers?|bystanders?|tourists?|pilgrims?|refugees|migrants|displaced (?:people|persons|families)|IDPs|miners|workers?|labou?rers?|fishermen|herders? (?:and farmers)?|chiefs?|village (?:heads?|chiefs?|leaders?)|traditional rulers?|elders?|imams?|priests?|pastors?|clerics?|monks?|nuns?|lawyers?|judges?|businessm[ae]n|politicians?|candidates?|councill?ors?|mayors?|governors?|officials?|lawmakers?|MPs?|activists?|bloggers?|engineers?|contractors?|employees?|staff|christians|muslims|hindus|shiites?|sunnis?|yazidis?|rohingya|community members|locals?|inhabitants|dwellers|patients|wedding (?:guests|party)|mourners|detainees?|prisoners?|inmates?|captives?|hostages?|voters|electoral officials|teenagers?|youth|brothers?|sisters?|husband|wife|sons?|daughters?|father|mother)\b"),
    (8, r"\b(?:peacekeepers?|(?-i:UN) (?:troops|forces|mission|peacekeepers)|(?-i:MINUSMA|MONUSCO|UNMISS|MINUSCA|AMISOM|ATMIS|UNIFIL|KFOR|ISAF|NATO|Wagner|Barkhane)|coalition (?:forces|troops)|foreign (?:troops|forces|soldiers)|international forces|mercenar(?:y|ies)|private (?:security|military) contractors?|security contractors?|US (?:troops|forces|soldiers|military)|American (?:troops|forces|soldiers)|French (?:troops|forces|soldiers)|Russian (?:troops|forces|soldiers)|Turkish (?:troops|forces|soldiers)|Israeli (?:troops|forces|soldiers|army|military)|Rwandan (?:troops|forces)|Ugandan (?:troops|forces)|Kenyan (?:troops|forces)|Ethiopian (?:troops|forces)|Eritrean (?:troops|forces)|Chadian (?:troops|forces))\b"),
)

# Words that are civilian-looking in the role list but usually armed when attacking (§3.1:
# classify by aims and organisation, e.g. "herders" → identity militia when they attack).
# Targets of violence that imply an armed defender (§2.1: "ambushes on soldiers, assaults on
# positions") or an unarmed one (§2.3).
ARMED_TARGET_NOUNS = (
    r"\b(?:checkpoints?|check-posts?|military (?:posts?|bases?|camps?|positions?|vehicles?|convoys?|outposts?|barracks|installations?|academy|airport|compound)|army (?:posts?|bases?|camps?|positions?|vehicles?|convoys?|barracks|patrols?)|police (?:stations?|posts?|vehicles?|patrols?|checkpoints?|convoys?|headquarters|barracks|academy|training (?:centres?|centers?|camps?))|bases?|barracks|outposts?|positions|posts?|patrols?|convoys?|garrisons?|front ?lines?|trenches|bunkers?|tanks?|armou?red vehicles?|armou?red personnel carriers?|security (?:posts?|checkpoints?|installations?|outposts?)|gendarmerie (?:posts?|stations?|brigades?)|hideouts?|strongholds?|camps? of (?:the )?(?:militants|rebels|insurgents|fighters)|militant (?:camps?|hideouts?|positions?|bases?)|rebel (?:camps?|hideouts?|positions?|bases?|strongholds?)|(?:militant|rebel|terrorist|insurgent) (?:targets?|facilities))\b"
)
CIVILIAN_TARGET_NOUNS = (
    r"\b(?:villages?|markets?|market ?places?|mosques?|churches?|temples?|shrines?|schools?|universit(?:y|ies)|colleges?|hospitals?|clinics?|health (?:centres?|centers?|facilities)|homes?|houses?|residences?|buses|bus|minibus(?:es)?|vehicles? carrying (?:civilians|passengers)|weddings?|wedding (?:party|parties|hall)|funerals?|camps? for (?:the )?displaced|(?:IDP|refugee|displacement) camps?|displacement sites?|shops?|restaurants?|cafés?|cafes?|bars?|hotels?|farms?|fields|neighbou?rhoods?|residential (?:areas?|buildings?|districts?|blocks?)|apartment (?:blocks?|buildings?|complex(?:es)?)|blocks? of flats|tower blocks?|tents? (?:sheltering|housing|for)|displaced (?:families|people|persons)|homesteads?|settlements?|hamlets?|communit(?:y|ies)|crowds?|gatherings?(?! of (?:[\w-]+ ){0,2}(?:militants|fighters|terrorists|insurgents|jihadists|rebels|gunmen|bandits|commanders))|bakery|bakeries|nightclubs?|stadiums?|concerts?|festivals?|rallies|offices of|gold mine|mining site|water points?|wells?)\b"
)

# Objects that make CAPTURE/RECAPTURE a territorial event (§2.1: "a place"); people as object
# make "captured" an arrest or abduction instead.
TERRITORY_NOUNS = (
    r"\b(?:towns?|cit(?:y|ies)|villages?|district(?:s| centres?| centers?| headquarters)?|provinces?|regions?|areas?|territor(?:y|ies)|localit(?:y|ies)|municipalit(?:y|ies)|count(?:y|ies)|sub-?counties|hills?|hilltops?|ridges?|buildings?|(?:police |army |military )?stations?|mountains?|valleys?|airports?|air ?bases?|air ?fields?|bases?|barracks|outposts?|posts?|positions|crossings?|border (?:crossings?|posts?|points?)|ports?|harbou?rs?|bridges?|dams?|oil ?fields?|gas ?fields?|refiner(?:y|ies)|neighbou?rhoods?|suburbs?|outskirts|quarters?|highways?|roads?|junctions?|strongholds?|headquarters|capital|island|settlements?|hamlets?|camps?|checkpoints?|front ?lines?|government buildings?|palace|compound|mines?|fields|forests?|strategic|key)\b"
)
PERSON_OBJECT_NOUNS = (
    r"\b(?:commanders?|leaders?|members?|militants?|fighters?|rebels?|insurgents?|soldiers?|suspects?|men|women|children|people|civilians?|journalists?|workers?|persons?|individuals?|hostages?|prisoners?|terrorists?|jihadists?|bandits?|gunmen|spies|spy|officers?|policem[ae]n|recruits?|students?|passengers?|villagers?|crew|fishermen|traders?|chief|emir|kingpin|ringleader|mastermind|son|daughter|wife|husband|brother|sister|family)\b"
)

# Things a mob or crowd destroys; with DESTROY/LOOT frames and no crowd they are §2.6 Looting.
PROPERTY_NOUNS = (
    r"\b(?:houses?|homes?|huts?|shops?|stores?|markets?|buildings?|vehicles?|cars?|trucks?|buses|offices?|schools?|churches?|mosques?|temples?|shrines?|crops?|farms?|fields|granar(?:y|ies)|properties|property|villages?|hamlets?|settlements?|compounds?|warehouses?|stalls?|businesses|olive (?:trees|groves)|trees|orchards|livestock|cattle|goods|food|aid|supplies|ballot (?:boxes|papers)|polling (?:stations?|units?|centres?)|telecom(?:munications)? masts?|masts|towers?|bridges?|pylons|power lines|infrastructure|statues?|monuments?|tombs?|graves|headquarters)\b"
)

# A crowd (not an organised armed group) as the doer: §2.5 Riots rather than §2.6 or §2.3.
CROWD_NOUNS = (
    r"\b(?:mobs?|crowds?|rioters?|protesters?|protestors?|demonstrators?|youths|angry (?:residents|villagers|locals|people)|irate (?:residents|villagers|youths)|residents|villagers|locals|students|supporters|fans|hooligans|vigilantes|looters|a group of (?:[\w'-]+ )?(?:youths|people|men|residents|villagers)"
    # a counted body of people is a crowd ("several thousand farmers", "about 800 traders")
    r"|(?:hundreds|thousands|dozens|(?:several|about|some|over|more than|nearly|around) (?:\d[\d,]*|hundred|thousand|dozen))(?: of)? (?:[\w'-]+ )?(?:farmers|workers|traders|vendors|teachers|nurses|doctors|drivers|miners|fishermen|pensioners|women|people|families|relatives|activists|depositors|employees))\b"
)

# --- The prefilter (``has_event_cue``): literal word starts that every cue above needs. One
# Aho-Corasick pass over the lower-cased sentence; a stem must begin at a word start, and one
# ending in "$" must also end at a word end. Recall matters more than precision here: a sentence
# that fails never reaches the parser or the classifier (tests/code checks the development
# sentences against it).
PREFILTER_STEMS: tuple[str, ...] = (
    # §2.2 weapons
    "chemical", "chlorine", "sarin", "mustard", "vx$", "tabun", "phosgene", "novichok", "cyanide",
    "nerve agent", "nerve gas", "toxic", "poison", "noxious", "lethal gas", "gas attack",
    "gas bomb", "gas shell", "gas canister", "airstrike", "air strike", "air-strike", "air raid",
    "air-raid", "airraid", "air attack", "air bombard", "air force", "air defen", "aerial",
    "from the air", "bombing", "drone", "uav", "unmanned aerial", "jet", "warplane",
    "war plane", "warjet", "war jet", "war-jet", "fighter", "aircraft", "helicopter", "plane",
    "gunship", "bomb", "barrel", "dropped", "drops", "dropping", "sortie", "strike", "suicide",
    "blew", "blow", "blown", "detonat", "triggered", "set off", "explo", "vest", "belt",
    "svbied", "s-vbied", "vbied", "rcied", "rammed", "kamikaze", "shell", "artiller", "mortar",
    "rocket", "missile", "grad$", "katyusha", "mlrs", "howitzer", "kornet", "multiple rocket",
    "multiple-rocket", "atgm", "qassam", "himars", "iskander", "tochka", "smerch", "uragan",
    "tank", "rpg", "b-10", "b10", "bombard", "heavy weapon", "projectile", "cross-border fire",
    "shot down", "shoot down", "shooting down", "downed", "ied", "improvised", "roadside",
    "landmine", "land mine", "land-mine", "anti-personnel", "anti-tank", "anti-vehicle", "mine",
    "remotely", "remote-control", "remote control", "unexploded", "uxo", "remnants of war",
    "booby", "blast", "went off", "grenade", "iron dome",
    # §2.3 violence against civilians
    "rape", "raped", "rapes", "raping", "rapist", "gang-rap", "gang rap", "gangrap", "sexual",
    "sex slave", "sex-slave", "forced", "stripped", "molest", "defiled", "abduct", "kidnap",
    "forcibly", "enforced disappearance", "forced disappearance", "hostage", "whisked",
    "taken away", "snatch", "captive", "incommunicado", "unknown location", "ransom", "kill",
    "slain", "slew", "murder", "massacr", "execut", "behead", "decapitat", "assassinat",
    "slaughter", "lynch", "shot", "gunned", "hacked", "stabb", "beaten", "burnt", "burned",
    "bludgeon", "clubbed", "stoned", "tortur", "macheted", "hanged", "extrajudicial",
    "death toll", "dead$", "bodies", "died in", "custodial death", "wound", "injur", "maim",
    "mutilat", "flog", "whipp", "beat", "hurt", "assault", "attack", "raid", "storm", "target",
    "invad", "overwhelm", "open fire", "opened fire", "opens fire", "opening fire", "fired",
    "shooting", "sprayed", "gunfire", "gunshot",
    # §2.1 battles and territory
    "clash", "fighting", "fought", "hostilities", "combat", "gun battle", "gunbattle",
    "gun-battle", "gunfight", "gun fight", "gun-fight", "gun duel", "gun-duel", "firefight",
    "fire fight", "fire-fight", "shootout", "shoot-out", "shoot out", "exchange", "exchanging",
    "crossfire", "cross fire", "cross-fire", "returned fire", "skirmish", "battl", "encounter",
    "repel", "repuls", "fended off", "beat back", "beaten back", "thwart", "foil", "counter",
    "offensive", "military operation", "ambush", "recaptur", "re-captur", "retook", "re-took",
    "retake", "re-take", "retaken", "retaking", "regain", "liberat", "reclaim", "wrest",
    "took back", "taken back", "take back", "won back", "win back", "seized back", "reoccup",
    "re-occup", "reentered", "re-entered", "drove", "driven", "drive", "pushed", "chased",
    "flushed", "expelled", "ousted", "kicked", "cleared", "clearing", "clear", "back under",
    "restored", "restoring", "captur", "overran", "overrun", "over-ran", "over-run", "seiz",
    "control", "fell to", "fell into", "fallen to", "fallen into", "fall of", "took over",
    "taken over", "take over", "taking over", "takes over", "occup", "conquer", "unopposed",
    "without a", "without any", "without resistance", "without firing", "without bloodshed",
    "without clashes", "without combat", "without fighting", "hand over", "handed",
    "hands over", "handing", "handover", "hand-over", "withdr", "pulled out", "pull out",
    "pulls out", "pulling out", "vacated", "peacefully", "entered", "ceded", "abandon",
    "retreated",
    # §2.4-2.5 protests and riots
    "protest", "demonstrat", "counter-protest", "counterprotest", "rall", "march", "sit-in",
    "sitin", "sit in", "vigil", "picket", "procession", "to the streets", "into the streets",
    "staged", "stage", "staging", "gathered", "chant", "placard", "slogans", "banners",
    "hunger strike", "hunger-strike", "block", "striking", "strikers", "on strike",
    "walked off", "tear gas", "tear-gas", "teargas", "water cannon", "water-cannon",
    "watercannon", "dispers", "baton", "broke up", "break up", "broken up", "rubber", "pellet",
    "stun grenade", "pepper", "flash-bang", "flashbang", "flash bang", "crack down",
    "cracked down", "cracking down", "crackdown", "kettl", "cordon", "prevent", "barred",
    "warning shots", "fired in the air", "scuffl", "manhandl", "heavy-handed", "heavy handed",
    "live ammunition", "live rounds", "live bullets", "live fire", "real bullets", "mowed",
    "seriously", "critically", "threw", "throw", "thrown", "hurl", "pelt", "lobbed", "lobbing",
    "stone", "stones", "rocks", "bricks", "bottles", "molotov", "petrol bomb", "fire bomb",
    "firebomb", "fire-bomb", "burn", "knocked down", "knocking down", "knocks down", "tore down", "torn down", "tearing down", "pulled down", "pulling down", "flatten", "set fire", "setting fire", "set on fire", "on fire", "necklac", "torch",
    "ablaze", "tyre", "tire", "barricad", "vandali", "smash", "rampag", "turned violent",
    "turned into a riot", "turned riot", "violent", "arson", "riot", "unrest", "disturbances",
    "civil disorder", "mob", "vigilant", "justice", "angry", "crowd", "irate", "enraged",
    "furious",
    # §2.6 strategic developments
    "cease-fire", "ceasefire", "cease fire", "truce", "armistice", "peace", "non-aggression",
    "memorandum", "reconciliation", "agreed", "agree", "deal", "accord", "pact", "signed",
    "signing", "sign$", "brokered", "negotiated", "reached a", "reached an", "prisoner",
    "exchanged", "swapped", "swap", "releas", "freed", "free$", "frees", "freeing", "set free",
    "hostages", "captives", "detainees", "abductees", "surrender", "laid down", "lay down",
    "turned themselves", "gave themselves", "evacuat", "arrest", "detain", "detention",
    "apprehend", "custody", "rounded up", "round-up", "roundup", "round up", "nabbed",
    "held for questioning", "picked up by", "booked", "handcuff", "deploy", "redeploy",
    "re-deploy", "reinforc", "mobili", "troop", "soldier", "forces", "tanks", "personnel",
    "battalion", "brigade", "warship", "build-up", "buildup", "curfew", "state of emergency",
    "state of siege", "martial law", "lockdown", "security", "border", "internet", "banned",
    "proscribed", "merg", "split", "splinter", "breakaway", "defect", "recruit", "conscript",
    "formed", "forming", "formation", "founded", "militia", "alliance", "coalition", "faction",
    "movement", "armed", "allegiance", "loyalty", "appoint", "named", "emir", "new leader",
    "new commander", "new chief", "new head", "as leader", "as its leader", "disband",
    "demobili", "disarm", "joined", "exercise", "drill", "manoeuvre", "maneuver",
    "operation", "campaign", "sapper", "dismantl", "neutrali", "deactivat", "made safe",
    "render", "controlled explosion", "controlled detonation", "safely", "intercept",
    "averted", "prematurely", "accidentally", "failed to", "did not explode",
    "did not detonate", "did not go off", "weapon", "arms$", "ammunition", "ammo", "munition",
    "rifle", "gun", "pistol", "cache", "stash", "haul", "consignment", "stockpile", "quantit",
    "ak-47", "kalashnikov", "establish", "base$", "bases$", "headquarters", "hq$", "camp",
    "outpost", "garrison", "command centre", "command center", "command post", "stronghold",
    "barracks", "training cent", "military post", "positions", "loot", "ransack", "pillag",
    "plunder", "stole", "stolen", "steal", "cattle", "livestock", "rustl", "extort", "robbed",
    "robbery", "raze", "razed", "razing", "destroy", "demolish", "demolition", "bulldoz",
    "dynamit", "damag", "wreck", "ravag", "expropriat", "confiscat", "grabb", "appropriat",
    "land grab", "landgrab", "land-grab", "coup", "seized power", "putsch", "mutin",
    "overthr", "mass grave", "corpses", "remains$", "skeleton", "exhum", "displac", "fled",
    "exodus", "flee", "refuge", "jail", "prison", "escaped", "broke out", "independence",
    "immolat", "set himself", "set herself",
)

# --- Last-resort topic words, used only by ``classify_text`` (a snippet classifier must answer)
# when no cue fired in any sentence, even leniently. First match wins; these are weak guesses
# by topic, never events for the pipeline (``classify_sentence`` does not use them).
TOPIC_FALLBACK: tuple[tuple[str, str], ...] = (
    (DISRUPTED, r"\b(?:weapons?|weaponry|arms|ammunition|ammo|explosives?|rifles?|firearms?|pistols?|detonators?|munitions?)\b"),
    (HQ, r"\b(?:bases?|headquarters|camps?|outposts?|garrisons?|barracks|strongholds?|hideouts?|checkpoints?)\b"),
    (AGREEMENT, r"\b(?:talks|negotiat\w+|mediat\w+|dialogue|accord|treaty)\b"),
    (PEACEFUL, r"\b(?:strike|petition|campaigners?|activists?|crowds?|gathering)\b"),
    (ATTACK_T, r"\b(?:civilians?|villagers|victims?|dead|injured|wounded|gunm[ae]n|assailants?)\b"),
    (CHANGE, r"\b(?:troops|soldiers|forces|militias?|militants|fighters|army|military|rebels|insurgents|police|armed groups?)\b"),
    (OTHER, r"\b(?:president|government|parliament|election|junta|regime|refugees)\b"),
)

# --- Non-ACLED topics (CASE 2021's "unseen" types: note_on_unseen_events), used only to label
# snippets that report no ACLED event in an open-set evaluation. First match wins.
NOT_ACLED_TOPICS: tuple[tuple[str, str], ...] = (
    ("ATTRIB", r"\b(?:claim(?:ed|s|ing)? (?:[\w'-]+ )?responsibility|(?:denied|denies|deny|rejected) (?:[\w'-]+ ){0,2}(?:responsibility|involvement)|blam(?:ed|es|ing) (?:[\w'-]+ ){0,4}for|accus(?:ed|es|ing) (?:[\w'-]+ ){0,4}of (?:carrying out|being behind|orchestrating|masterminding|staging)|(?:was|were) behind the (?:attack|bombing|blast|killing)s?)\b"),
    ("NATURAL_DISASTER", r"\b(?:earthquakes?|quakes?|tremors?|floods?|flooding|storms?|cyclones?|hurricanes?|typhoons?|tornado(?:e?s)?|landslides?|mudslides?|droughts?|wildfires?|bushfires?|forest fires?|heat ?waves?|tsunamis?|avalanches?|volcan(?:o|oes|ic)|eruptions?|lightning|torrential|heavy rains?|monsoon|locusts?|epidemics?|pandemic|outbreaks?|cholera|ebola|covid(?:-19)?|coronavirus|measles|dengue|lassa fever|magnitude)\b"),
    ("MAN_MADE_DISASTER", r"\b(?:accidents?|crash(?:ed|es)?|collisions?|collided|derail(?:ed|ment)|capsiz(?:ed|es|ing)|sank|shipwreck|gas (?:leaks?|explosions?)|cylinders?|boilers?|short[\s-]circuit|electrical (?:fault|fire)|fire broke out|stampedes?|collapse[sd]?|fireworks?|industrial|factory|refinery|blaze|oil spill|leak(?:ed|s)?|food poisoning|contaminat\w+|fire (?:gutted|engulfed|ripped through|destroyed))\b"),
    ("ORG_CRIME", r"\b(?:drugs?|narcotics?|cocaine|heroin|methamphetamine|cannabis|marijuana|smuggl\w+|traffick\w+|counterfeit\w*|fraud\w*|corruption|bribe\w*|embezzl\w+|money laundering|cartels?|gangs?|mafia|robber(?:y|ies|s)|burglar\w*|theft|thieves|poach\w+|cyber\w*|hack(?:ed|ers?|ing)|ransom\w*|extortion|kidnap-for-ransom)\b"),
    ("DIPLO", r"\b(?:condemn\w*|sanctions?|embass(?:y|ies)|ambassadors?|envoys?|diplomat\w*|summit|talks|visit(?:ed|s)?|urg(?:ed|es)|call(?:ed|s) (?:on|for)|statement|foreign minist\w+|secretary of state|united nations|security council|praised|welcomed|denounced|expelled|recalled|negotiat\w+|bilateral|treaty)\b"),
)
