"""Reading across sentences: headlines, follow-up sentences and claims of responsibility.

A news report tells one incident in several sentences. The lead reports it; the sentences after
it add the toll ("At least seven people were killed"), the course of the fight ("The fighting
began at dawn"), who did it ("ISKP claimed the attack") or what the victims went through ("The
man was taken to hospital"). A careful coder records *one* event for all of them (ONTOLOGY §1:
"Same day, same place, same actors, same kind of activity → one event. Merge multiple reports of
it"), with the actors the article names, not a new event with generic actors per sentence. The
headline summarises the report and is not a report of its own.

This module holds the patterns and small decisions the ``RuleCoder`` uses for that:

* :func:`is_heading`: a headline, kicker, section title or share line (a line without sentence
  punctuation, or a numbered section title) reports nothing.
* :func:`is_elaboration`: a mention continues an earlier one (same day, same or no new place,
  no new named actor, no "separately" / "a second" / "later" marker), so it is folded into it.
* :func:`claimed_actor`: the armed group a sentence says claimed, was blamed for, or reported
  its own part in the event ("X claimed responsibility", "blaming X", "X said its fighters
  had killed"); fixtures convention: "a group named by officials or claiming the attack is used".
"""

from __future__ import annotations

import re

from ..distance import place_km
from ..literals import may_match
from ..records import ActorRef, Document, Mention, Sentence
from . import _triggers as T

#: Frames that only describe violence (a death, a wound, "an attack", "an explosion", "the
#: fighting") without naming a weapon or a tactic: in a follow-up sentence they take the type of
#: the event they continue ("The attack killed five" after a suicide bombing is the bombing).
GENERIC_FRAMES = frozenset({T.KILL, T.INJURE, T.ATTACK, T.SHOOT, T.EXPLOSION, T.AIR_WEAK,
                            T.CLASH, T.AMBUSH})

#: Sub-event types a follow-up never folds into another event: a separate act with its own
#: actor pair in ACLED practice (an arrest, a deal, a coup, a base, a curfew) (ONTOLOGY §2.6).
STANDALONE_TYPES = frozenset({"Arrests", "Agreement", "Other", "Headquarters or base established",
                              "Change to group/activity", "Non-violent transfer of territory"})

#: Changes of control of a place (ONTOLOGY §2.1, §2.6): one place changes hands once per report.
TERRITORY_TYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                             "Non-violent transfer of territory"})

#: Words that open a new incident rather than continue the last one.
NEW_INCIDENT = re.compile(
    r"\b(?:separately|elsewhere|meanwhile|in (?:a|another) (?:separate )?(?:incident|attack|development)|"
    r"in a separate|another (?:\w+ )?(?:attack|strike|drone|bomb|blast|explosion|incident|raid|ambush|clash|"
    r"village|town|district|area)|a (?:second|third|fourth) (?:[\w-]+ )?(?:attack|strike|drone|bomb|blast|"
    r"explosion|incident|raid|ambush|clash|device|rocket|missile|shell|grenade|assault|shooting|"
    r"killing|abduction|kidnapping|protest|demonstration|village|town|district|area|convoy|patrol|"
    r"vehicle|car|bus|truck|camp|site|base|post|checkpoint)s?\b|also on|"
    r"(?:hours|days|minutes) (?:later|earlier)|later (?:that|the same|on)|the (?:next|following|previous) "
    r"(?:day|morning|night|evening)|the day before|the same day|earlier (?:that|the same|on|in)|"
    r"a day (?:later|earlier)|in a (?:further|new) )", re.IGNORECASE)

#: Habits, trends and tolls of a whole conflict, not one incident: "have increasingly used",
#: "has been the scene of repeated attacks", "kidnappings have become common", "more than 6,000
#: people have been killed". Applied to sentences without a time expression of their own.
HABITUAL = re.compile(
    r"\b(?:increasingly|repeatedly|regularly|routinely|frequently|periodically|habitually|"
    r"sporadic(?:ally)?|on a regular basis|(?:frequent|repeated|regular|recurring|recurrent|numerous|"
    r"countless|near-daily|almost daily) (?:[\w-]+ )?(?:attacks|raids|bombings|killings|clashes|"
    r"abductions|kidnappings|strikes|ambushes|incursions)|(?:has|have) become (?:common|routine|frequent)|"
    r"(?:is|are) (?:common|routine|rising|increasing)|(?:has|have) been the scene of|"
    r"for (?:several|many|some|\d+|two|three|four|five|ten) (?:years|decades|months|weeks)|cases of|"
    r"in (?:recent|the past few|the last few) (?:days|weeks|months|years)|"
    r"(?:almost |nearly )?every (?:day|night|evening|week)|daily|nightly|"
    r"(?:has|have|had) (?:long )?been (?:plagued|beset|wracked|racked|marred|blighted|hit|scarred|"
    r"affected|gripped) by|(?:a|the) (?:wave|spate|string|series|cycle|surge|rise) of|"
    r"(?:has|have) (?:long )?(?:suffered|seen|witnessed|experienced) (?:repeated|frequent|recurring|"
    r"regular|waves|years|decades|dozens|hundreds))\b|"
    r"\b(?:\d{1,3}(?:,\d{3})+|thousands|tens of thousands)\b[^.;]{0,40}\b(?:have|has) been "
    r"(?:killed|displaced|abducted|kidnapped)\b", re.IGNORECASE)

#: Article genres whose event words are not reports of political violence: a match preview's
#: "clash" and "attacked with purpose", a parliament story's "launched an attack on the
#: government" and "declared war on", a court report's bombing of years ago and its arrest of a
#: husband who killed his wife (ONTOLOGY §1: organised crime and private violence are not
#: political violence unless they contest control; §2.4: walkouts are not protests; §2.6:
#: arrests must matter politically). Each genre lists independent cues; an article is of the
#: genre when at least ``GENRE_MIN_CUES`` distinct cues occur in it and it names at most
#: ``GENRE_MAX_CONFLICT`` distinct armed-conflict cues (a report of fans fighting police, or of
#: soldiers storming a parliament, keeps its events).
GENRE_CUES: dict[str, tuple[str, ...]] = {
    "sport": (
        r"\b(?:football|soccer|cricket|rugby|basketball|tennis|boxing|athletics)\b",
        r"\b(?:league|cup|championship|tournament|title race|continental places|promotion|relegation)\b",
        r"\bstadium\b|\barena\b",
        r"\bgoals?\b|\bscored\b|\bwickets?\b|\btries\b|\bpoints? (?:clear|behind)\b",
        r"\bmatch(?:es)?\b|\bfixtures?\b|\bderby\b|\bkick-?off\b|\bfinal whistle\b|\bhalf-?time\b",
        r"\bcoach\b|\bmanager\b|\bcaptain\b|\bstriker\b|\bmidfielder\b|\bgoalkeeper\b|\bplayers?\b",
        r"\b(?:won|beat|lost|drew) (?:\w+ )?\d+-\d+\b|\b\d+-\d+ (?:win|victory|defeat|draw)\b|\bdraw\b",
        r"\btickets?\b|\bfans\b|\bsupporters\b|\bseason\b",
        r"\bsides?\b (?:will|meet|met|have)|\bthe two sides\b|\brivalry\b",
    ),
    "parliamentary politics": (
        r"\bparliament(?:ary)?\b|\blok sabha\b|\brajya sabha\b|\bnational assembly\b|\bsenate\b|\bcongress\b",
        r"\b(?:MPs|lawmakers|legislators|senators|members of parliament)\b",
        r"\b(?:leader of the opposition|opposition (?:leader|parties|party|benches|members))\b|\bthe opposition\b",
        r"\bwalk-?out\b|\bwalked out\b",
        r"\b(?:budget|monsoon|winter|parliamentary) session\b|\bthe house\b|\bdebate\b|\bmotion\b|\bbill\b",
        r"\bhit(?:s)? back\b|\bcounter-?attack(?:ed)? (?:the|his|her) (?:critics|opposition)\b|\baccus(?:ed|ing) the (?:government|centre|ruling)\b",
        r"\b(?:prices?|price rise|inflation|unemployment|jobs|economy|taxes?)\b",
        r"\b(?:party )?spokes(?:person|man|woman)\b|\bruling party\b|\bcampaign\b|\belections?\b",
    ),
    "court report": (
        r"\bcourts?\b|\btribunal\b|\bmagistrate\b|\bjudge\b",
        r"\bsentenc(?:ed|es|ing)\b|\bverdict\b|\bconvicted\b|\bacquitted\b|\bfound guilty\b",
        r"\bcharged with\b|\bindicted\b|\bprosecut(?:ors?|ion)\b",
        r"\bpleaded (?:not )?guilty\b|\bconfess(?:ed|ion|ions)\b",
        r"\bremanded\b|\bbail\b|\bhearing\b|\bcase will be\b|\badjourned\b",
        r"\b(?:defence )?lawyers?\b|\battorneys?\b|\bappeal\b",
        r"\bdeath penalty\b|\b(?:years?|life) in prison\b|\bto death\b|\blife imprisonment\b",
        r"\btrials?\b|\bthe accused\b|\bdefendants?\b|\bcourthouse\b",
    ),
    # an opinion column argues about events, it does not report them: its "attack on the
    # opposition" and "bombing of the poor" are rhetoric (ONTOLOGY §1: reports of events only)
    "opinion": (
        # the section label alone on its line, or before the outlet's name ("Opinion | The Post")
        r"(?m)^\s*(?:opinion|comment|commentary|editorial|op-ed|viewpoint|perspective)\s*(?:$|[|\u2013\u2014]\s*\S)|\bop-ed\b",
        r"\b(?:guest )?columnists?\b|\b(?:this|a weekly|his|her) column\b",
        r"\bthe (?:writer|author) is\b|\b(?:writer|author) of (?:this|the) (?:piece|column|article)\b",
        r"\b(?:views|opinions) expressed\b|\bdo not (?:necessarily )?reflect\b|\b(?:are|is) (?:his|her|their|the (?:writer|author)'s) own\b",
        (r"\bwhat (?:\w+ ){1,2}needs (?:is|now)\b|\bit is (?:high )?time (?:for|to|that)\b|"
         r"\bwe (?:must|need to|should)\b|\bin my (?:view|opinion)\b|\bI call (?:it|this|that)\b"),
        r"\bcomments are moderated\b|\bletters? to the editor\b|\bshare your (?:views|thoughts)\b|\bcomments? \(\d+\)",
    ),
    # a flood or quake report: its bodies recovered, troops called in for rescue and "the river
    # attacked us" are no political violence (ONTOLOGY §1: not an ACLED event at all)
    "natural disaster": (
        r"\bfloods?\b|\bflooding\b|\bflash floods?\b|\bearthquakes?\b|\bquakes?\b|\blandslides?\b|\bmudslides?\b|\bcyclones?\b|\bhurricanes?\b|\btyphoons?\b|\bstorms?\b",
        r"\b(?:torrential |heavy |monsoon )?rains?\b|\brainfall\b|\bmonsoon\b|\bdownpours?\b|\bweather\b",
        r"\brescue (?:teams?|workers|efforts?|operations?)\b|\brescuers\b|\bsearch and rescue\b|\b(?:deployed|called in|mobilised|mobilized) (?:for|to help(?: with)?|in) (?:the )?(?:rescue|relief|evacuation)",
        r"\bdisaster (?:management|authority|agency|relief|response)\b|\bemergency services\b",
        r"\bswept (?:away|through)\b|\bwashed away\b|\bsubmerged\b|\binundated\b|\bmud\b|\bflooded\b|\bstorm surges?\b|\bembankments?\b",
        r"\bmade landfall\b|\blow-pressure\b|\bmeteorolog\w+|\bweather (?:office|service|department)\b|\bshelters?\b",
        r"\briver(?:s|banks?)?\b|\bwater levels?\b|\bbanks burst\b|\bhillsides?\b",
        # what a flood takes besides lives: herds, fields, the harvest, people cut off
        r"\bstranded\b|\blivestock\b|\bfarmland\b|\bcrops?\b|\bharvests?\b",
    ),
}
#: Genres told by the page's furniture (a section label, a byline, a disclaimer).
GENRE_READS_RAW = frozenset({"opinion"})
#: A genre whose first cue must be among the hits: a strike report with rescuers is no flood.
GENRE_REQUIRES_FIRST = frozenset({"natural disaster"})
#: Present armed conflict: organised armed actors, military weapons and crowds in action.
CONFLICT_CUES: tuple[str, ...] = (
    r"\bgunmen\b|\bmilitants?\b|\brebels?\b|\binsurgents?\b|\bjihadists?\b|\bbandits\b|\bmilitia(?:s|men)?\b|\bfighters\b|\barmed (?:group|men)\b|\battackers\b",
    r"\btroops\b|\bsoldiers\b|\barmy\b|\bmilitary\b|\bsecurity forces\b",
    r"\bair ?strikes?\b|\bdrone (?:strike|attack)s?\b|\bshell(?:ed|ing)\b|\bartillery\b|\bmortars?\b|\bmissiles?\b|\bIEDs?\b|\broadside bomb\b",
    r"\bprotesters\b|\bdemonstrators\b|\brioters\b|\btear ?gas\b|\bmobs?\b|\blynch\w*\b",
    r"\bkidnapp?(?:ed|ers|ing)\b|\babduct(?:ed|ion|ors)\b|\bhostages?\b",
)
GENRE_MIN_CUES = 4
GENRE_MAX_CONFLICT = 1
_GENRE_RES = {name: [re.compile(c, re.IGNORECASE) for c in cues] for name, cues in GENRE_CUES.items()}
_CONFLICT_RES = [re.compile(c, re.IGNORECASE) for c in CONFLICT_CUES]
_GENRE_TABLES = {name: tuple(enumerate(rxs)) for name, rxs in _GENRE_RES.items()}
_CONFLICT_TABLE = tuple(enumerate(_CONFLICT_RES))


def non_event_genre(text: str, raw: str | None = None) -> str | None:
    """The genre of an article that reports no political violence, or None.

    A match preview, a parliamentary row or a court report uses event words as metaphors
    ("clash", "attacked", "declared war") or recalls past or private violence (a bombing years
    ago in a sentencing, a domestic killing and its arrest). The genre is read from the whole
    article, not the sentence: the sentence "Pillars were injured in last week's bruising
    encounter" is sport only because the article is about football. A column is known by its
    section label and byline, which the cleaner drops: those genres read ``raw`` (the text
    before cleaning) when given.
    """
    # Whole-article searches: only the patterns whose literals occur run (``may_match``), and
    # the conflict count stops once it decides.
    conflict = 0
    for _, rx in may_match(_CONFLICT_TABLE, text):
        conflict += bool(rx.search(text))
        if conflict > GENRE_MAX_CONFLICT:
            return None
    best, best_hits = None, 0
    for name, table in _GENRE_TABLES.items():
        source = raw if raw is not None and name in GENRE_READS_RAW else text
        matched = [i for i, rx in may_match(table, source) if rx.search(source)]
        hits = len(matched)
        if name in GENRE_REQUIRES_FIRST and 0 not in matched:
            continue
        if hits >= GENRE_MIN_CUES and hits > best_hits:
            best, best_hits = name, hits
    return best


#: A line that ends a sentence (after closing quotes and brackets).
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")
#: "2.2 Clashes.", "3. RECOMMENDATIONS": a numbered section title.
_NUMBERED_TITLE = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+(?:[\w'’/&-]+\s*){1,5}\.?\s*$")
#: "Summary: Insurgent violence continued ...": a report's digest of the incidents told below it.
_SUMMARY_LINE = re.compile(r"^\s*(?:summary|overview|key (?:points|developments)|highlights|in brief|"
                           r"at a glance|situation overview)\s*[:\-\u2013\u2014]", re.IGNORECASE)
#: Claims, blame and own-action reports that name who did it (checked near the actor's mention).
_CLAIM_AFTER_ACTOR = re.compile(
    r"^[^.;]{0,40}?\b(?:claimed|claims|claiming|has claimed|took|accepted|assumed)\b(?:\s+\w+){0,2}\s+"
    r"(?:responsibility|credit|the (?:attack|bombing|blast|killing|ambush|strike|assault|raid|abduction|"
    r"kidnapping))|^[^.;]{0,12}?\b(?:was|were|is|are)(?: \w+)? (?:responsible|behind)\b|"
    r"^[^.;]{0,40}?\bsaid\b[^.;]{0,40}\b(?:its|their) (?:fighters|men|forces|militants|"
    r"units|members|combatants)\b|"
    # "Al Shabaab said in a statement ... that it had carried out the attack"
    r"^[^.;]{0,12}?\bsaid\b[^.;]{0,60}?\b(?:it|they) (?:had |has |have )?(?:carried out|conducted|"
    r"staged|was behind|were behind|launched) the (?:attack|bombing|blast|ambush|strike|assault|raid)\b",
    re.IGNORECASE)
_CLAIM_BEFORE_ACTOR = re.compile(
    r"\b(?:blam(?:ed|ing|es)|attribut(?:ed|ing)(?: \w+){0,3} to|claimed by|carried out by|"
    r"accus(?:ed|ing)|suspected|identified (?:the attackers|them|the gunmen) as|(?:attackers|gunmen|"
    r"assailants|perpetrators|kidnappers) (?:were|as)|belong(?:ed|ing)? to|members of)\b[^.;]{0,40}$",
    re.IGNORECASE)
#: "gangs linked to X", "militias backed by X": X is a relation of the doer, not the doer.
_RELATION_BEFORE = re.compile(
    r"\b(?:link(?:s|ed)? (?:to|with)|ties (?:to|with)|affiliated (?:to|with)|backed by|"
    r"loyal to|allied (?:to|with)|close to)\b[^.;,]{0,25}$", re.IGNORECASE)
#: Actor types that can be named as the doer of an attack (ONTOLOGY §3.1: organised armed actors).
_CLAIMANT_INTER = frozenset({2, 3, 4, 8})
#: Mentions farther apart than this are different places (the event scorer's tolerance).
SAME_PLACE_KM = 25.0


def is_heading(doc: Document, sentence: Sentence) -> bool:
    """True for a headline, kicker, section title or share line: not a report of an event.

    Body sentences end with sentence punctuation; titles and page furniture are lines that do
    not ("Drone strike hits minibus near Lalibela"), summary lines ("Summary: ...") or numbered section titles ("2.2
    Clashes."). A headline summarises the report below it, so coding it would count the
    report's event twice, dated by the publication day instead of the event day. A document
    of one sentence (an alert, a post, a feed title) has no report below it: it is the report.
    """
    text = sentence.span.text.strip()
    if not text:
        return True
    if _NUMBERED_TITLE.match(text) or _SUMMARY_LINE.match(text):
        return True
    if _SENTENCE_END.search(text) or len(doc.sentences) == 1:
        return False
    clean = doc.clean_text or ""
    end = sentence.span.end
    rest = clean[end:end + 3]
    return end >= len(clean) or rest.startswith("\n") or not rest.strip()


def is_named(actor: ActorRef | None) -> bool:
    """A named actor: not a generic stand-in (unidentified group, civilians, crowd)."""
    if actor is None:
        return False
    name = actor.name
    return not (name.startswith("Unidentified ") or actor.inter in (5, 6, 7))


def is_unidentified_armed(actor: ActorRef | None) -> bool:
    return actor is not None and actor.name.startswith("Unidentified ") and actor.inter in (2, 3, 4)


def km_between(a: Mention, b: Mention) -> float:
    pa, pb = a.location.place, b.location.place
    if pa.geonames_id and pa.geonames_id == pb.geonames_id:
        return 0.0
    return place_km(pa, pb)


#: Location methods of a place the report gives rather than the sentence: dateline, headline.
REPORT_PLACE_TAGS = ("dateline_fallback", "headline_fallback")
#: ... or a neighbouring sentence gives (event_location's fallback, the coder's inheritance).
BORROWED_PLACE_TAGS = ("previous_sentence", "inherited") + REPORT_PLACE_TAGS


def own_place(mention: Mention) -> bool:
    """Whether the mention's place was named in its own sentence (not inherited or a dateline)."""
    method = mention.location.method if mention.location else ""
    return not any(tag in method for tag in BORROWED_PLACE_TAGS)


def is_elaboration(mention: Mention, antecedent: Mention, sentence_text: str, *,
                   has_own_date: bool, generic: bool, toll_only: bool = False) -> bool:
    """Does ``mention`` continue ``antecedent`` rather than report a new incident?

    All must hold: no new-incident marker; the same day (or no date of its own); the same place
    within ``SAME_PLACE_KM`` (or no place of its own); no named actor the antecedent lacks; and
    types that can be one event: a generic frame (a toll, "the attack", "the fighting") joins any
    violent event, a specific one joins an event of the same disorder family. Arrests,
    agreements and other strategic acts stay separate (ONTOLOGY §1, different actors or kind).
    A toll-only sentence (``toll_only``: "the army put the death toll at 18", "a third soldier
    had died") names its sources and victims, not new parties, so its named actors do not stop it.
    """
    if NEW_INCIDENT.search(sentence_text):
        return False
    if mention.sub_event_type in STANDALONE_TYPES or antecedent.sub_event_type in STANDALONE_TYPES:
        return mention.sub_event_type == antecedent.sub_event_type and not own_place(mention)
    if has_own_date and mention.date != antecedent.date:
        return False
    if own_place(mention) and km_between(mention, antecedent) > (SAME_PLACE_KM if generic else 1.0):
        # a toll may be given where the wounded were taken; a new tactic at another named
        # place is another event, however close ("shells landed on Kfar Kila" after rockets
        # were intercepted over Metula)
        return False
    known = {a.name for a in (antecedent.actor1, antecedent.actor2) if a is not None}
    known |= {a.name for a in antecedent.assoc_actor_1 + antecedent.assoc_actor_2}
    for actor in (mention.actor1, mention.actor2, *mention.assoc_actor_1, *mention.assoc_actor_2):
        if is_named(actor) and actor.name not in known and not toll_only:
            return False
    if generic:
        return True
    if own_place(mention) and mention.sub_event_type != antecedent.sub_event_type:
        # another tactic reported at a place of its own is told as its own incident ("a drone
        # struck a clan position near Hermel" after the shelling of Hermel); one that points
        # back ("jets struck the area during the fighting") has no place of its own
        return False
    # a specific tactic against another kind of party is another pair: artillery on civilians
    # and a drone strike on a clan position are two events even at one place on one day
    inters = {a.inter for a in (antecedent.actor1, antecedent.actor2) if a is not None}
    for actor in (mention.actor1, mention.actor2):
        if actor is not None and actor.inter not in inters and not actor.name.startswith(
                "Unidentified Armed Group"):
            return False
    crowd = {"Protests", "Riots"}
    if (mention.event_type in crowd) != (antecedent.event_type in crowd):
        return False
    return True


#: A state's forces named in general ("security forces"), not by their branch.
_GENERAL_FORCE = re.compile(r"^(?:the )?(?:security|state|government|armed|joint) forces$|^forces$",
                            re.IGNORECASE)


def is_general_force(actor: ActorRef) -> bool:
    """Whether the text names a state's forces in general ("security forces"), not a branch."""
    return _GENERAL_FORCE.match(actor.raw.strip()) is not None


def _name_the_branch(mention: Mention, antecedent: Mention) -> None:
    """"Security forces opened fire on a march ... riot police fired live rounds": the branch a
    follow-up names is the side of the crowd event; the general force is its associate (§1)."""
    if antecedent.event_type not in ("Protests", "Riots"):
        return
    for side in ("actor1", "actor2"):
        general, named = getattr(antecedent, side), getattr(mention, side)
        if (general is not None and named is not None and general.inter == named.inter == 1
                and general.name != named.name and general.country == named.country
                and is_general_force(general) and not is_general_force(named)):
            setattr(antecedent, side, named)
            assoc = antecedent.assoc_actor_1 if side == "actor1" else antecedent.assoc_actor_2
            assoc[:] = [a for a in assoc if a.name != named.name] + [general]


def fold_into(mention: Mention, antecedent: Mention, *, adopt_type: bool) -> None:
    """Make ``mention`` part of ``antecedent``'s event: same actors, place and day.

    With ``adopt_type`` (a generic follow-up) it takes the antecedent's label too; otherwise the
    merge stage's precedence ladder chooses between the two labels (ONTOLOGY §1).
    """
    if (mention.event_type == antecedent.event_type == "Battles" and is_named(mention.actor1)
            and is_named(mention.actor2) and not (is_named(antecedent.actor1) and is_named(antecedent.actor2))
            and {a.name for a in (antecedent.actor1, antecedent.actor2) if is_named(a)}
            <= {mention.actor1.name, mention.actor2.name}):
        # "Officials attributed the gunfight to the conflict between Los Chapitos and La
        # Mayiza": the follow-up names the two sides the lead left unnamed
        antecedent.actor1, antecedent.actor2 = mention.actor1, mention.actor2
    _name_the_branch(mention, antecedent)
    mention.actor1, mention.actor2 = antecedent.actor1, antecedent.actor2
    mention.assoc_actor_1 = list(antecedent.assoc_actor_1)
    mention.assoc_actor_2 = list(antecedent.assoc_actor_2)
    mention.location = antecedent.location
    mention.date, mention.time_precision = antecedent.date, antecedent.time_precision
    mention.raw_time_expr = antecedent.raw_time_expr
    if (adopt_type and antecedent.event_type == "Strategic developments"
            and mention.event_type == "Violence against civilians"):
        # homes burnt, then "a man was shot dead": the killing outranks the looting (§1, §2.6
        # "with no fight or riot involved"); the merge's ladder labels the event
        adopt_type = False
    if adopt_type or {mention.sub_event_type, antecedent.sub_event_type} <= TERRITORY_TYPES:
        # a follow-up cannot turn the lead's capture into a recapture: one change of control
        mention.event_type, mention.sub_event_type = antecedent.event_type, antecedent.sub_event_type
        mention.civilian_target = antecedent.civilian_target


def claimed_actor(text: str, actors: list[ActorRef]) -> ActorRef | None:
    """The armed group the sentence names as the doer by claim, blame or its own report.

    "ISKP claimed the attack", "the government said, blaming the Islamic State group's Sahel
    branch", "police said the attackers were Fulani herders", "JNIM said its fighters had
    killed 30 soldiers". Only organised armed actors (inter 2, 3, 4, 8) with a known name count.
    """
    for actor in actors:
        if actor.span is None or actor.inter not in _CLAIMANT_INTER or not actor.known:
            continue
        if actor.name.startswith(("Unidentified ", "Military Forces of", "Police Forces of")):
            # a state's forces abroad (inter 8) report their own fight; they never stand for
            # the unnamed gunmen they fought ("the Israeli military said its forces had ...")
            continue
        before = text[max(0, actor.span.start - 60):actor.span.start]
        after = text[actor.span.end:actor.span.end + 90]
        if _RELATION_BEFORE.search(before + actor.raw.rsplit(" ", 1)[0] + " "):
            continue  # "blamed smuggling gangs linked to Hezbollah": the gangs, not Hezbollah
        if _CLAIM_BEFORE_ACTOR.search(before) or _CLAIM_AFTER_ACTOR.search(after):
            return actor
    return None
