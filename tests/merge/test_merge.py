"""Merging mentions inside one article (ONTOLOGY §1): one event per actor pair, place and day."""

import datetime as dt

from dateline.merge import merge_mentions
from dateline.records import ActorRef, Document, Fatalities, Mention, Place, PlaceMention, Span

TEXT = ("Syrian troops and clan fighters clashed near Qusayr early Thursday, killing five. "
        "A Syrian drone struck clan positions near Qusayr during the fighting. "
        "Syrian artillery later shelled the outskirts of Hermel, wounding four civilians.")

QUSAYR = Place(173322, "Al Qusayr", 34.5078, 36.5803, "Syria", "SY", "SYR", 760, "Middle East",
               "Homs", "", feature="populated place")
HERMEL = Place(279997, "El Hermel", 34.3942, 36.3847, "Lebanon", "LB", "LBN", 422, "Middle East",
               "Baalbek-Hermel", "", feature="populated place")
ARMY = ActorRef("Syrian troops", "Military Forces of Syria (2024-)", 1, "SY")
CLANS = ActorRef("clan fighters", "Unidentified Communal Militia (Syria)", 4, "LB")
CIVILIANS = ActorRef("civilians", "Civilians (Lebanon)", 7, "LB")
THURSDAY = dt.date(2025, 2, 6)


def _sentence(n: int) -> Span:
    starts = [0]
    for i, ch in enumerate(TEXT):
        if ch == "." and i + 2 < len(TEXT):
            starts.append(i + 2)
    ends = [s - 1 for s in starts[1:]] + [len(TEXT)]
    return Span(starts[n], ends[n], TEXT[starts[n]:ends[n]])


def _mention(n, sub_type, event_type, a1, a2, place, deaths=0, certainty="reported", day=THURSDAY):
    sentence = _sentence(n)
    return Mention(document_id="doc1", sentence=sentence, trigger=sentence, event_type=event_type,
                   sub_event_type=sub_type, actor1=a1, actor2=a2,
                   location=PlaceMention(sentence, place, 1, 0.9), date=day, time_precision=1,
                   fatalities=Fatalities(deaths, f"{deaths} killed" if deaths else ""),
                   certainty=certainty, rule="test", confidence=0.8)


def _doc(*mentions) -> Document:
    doc = Document(id="doc1", text=TEXT, clean_text=TEXT, source="Levant Desk",
                   published=dt.date(2025, 2, 7))
    doc.mentions = list(mentions)
    return doc


def test_combined_tactics_of_one_pair_become_one_battle():
    clash = _mention(0, "Armed clash", "Battles", ARMY, CLANS, QUSAYR, deaths=5)
    drone = _mention(1, "Air/drone strike", "Explosions/Remote violence", ARMY, CLANS, QUSAYR)
    events = merge_mentions(_doc(drone, clash))
    assert len(events) == 1
    event = events[0]
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities == 5
    assert event.interaction == 14
    assert len(event.evidence()) == 2 and event.evidence()[0]["start"] == 0


def test_other_place_and_target_make_a_second_event():
    clash = _mention(0, "Armed clash", "Battles", ARMY, CLANS, QUSAYR, deaths=5)
    shelling = _mention(2, "Shelling/artillery/missile attack", "Explosions/Remote violence",
                        ARMY, CIVILIANS, HERMEL)
    events = merge_mentions(_doc(clash, shelling))
    assert [e.location for e in events] == ["Al Qusayr", "El Hermel"]
    shell = events[1]
    assert shell.civilian_targeting == "Civilians targeted"
    assert shell.actor2 == "Civilians (Lebanon)" and shell.inter2 == 7
    assert shell.event_id_cnty.startswith("LBN")


def test_a_second_day_is_a_second_event_and_ids_are_stable():
    day1 = _mention(0, "Armed clash", "Battles", ARMY, CLANS, QUSAYR)
    day2 = _mention(1, "Armed clash", "Battles", ARMY, CLANS, QUSAYR, day=dt.date(2025, 2, 7))
    first = merge_mentions(_doc(day1, day2))
    again = merge_mentions(_doc(day1, day2))
    assert len(first) == 2
    assert [e.event_id_cnty for e in first] == [e.event_id_cnty for e in again]


def test_unconfirmed_stays_unconfirmed_and_unplaced_is_not_an_event():
    rumour = _mention(0, "Armed clash", "Battles", ARMY, CLANS, QUSAYR, certainty="unconfirmed")
    nowhere = _mention(2, "Armed clash", "Battles", ARMY, CLANS, QUSAYR)
    nowhere.location = None
    events = merge_mentions(_doc(rumour, nowhere))
    assert len(events) == 1
    assert events[0].certainty == "unconfirmed"
    assert "unconfirmed" in events[0].tags and "[unconfirmed" in events[0].notes


def test_row_has_acled_columns_in_order_then_extras():
    from dateline.records import ACLED_COLUMNS

    event = merge_mentions(_doc(_mention(0, "Armed clash", "Battles", ARMY, CLANS, QUSAYR)))[0]
    row = event.to_row()
    assert tuple(row)[:31] == ACLED_COLUMNS
    assert row["event_date"] == "2025-02-06" and row["year"] == 2025
    assert row["geonames_id"] == 173322 and row["iso"] == 760
    assert row["document_id"] == "doc1" and row["coder_version"]


# --- fatalities over an event's mentions (ONTOLOGY §6) ------------------------------------------

def _with(n, deaths, rule, raw=None):
    m = _mention(n, "Armed clash", "Battles", ARMY, CLANS, QUSAYR, deaths=deaths)
    m.fatalities = Fatalities(deaths, raw or f"figure {n}", rule)
    return m


def test_counts_of_different_sides_in_different_sentences_add_up():
    soldiers = _with(0, 4, "N killed: four->4 [state]")
    fighters = _with(1, 7, "killed N: seven->7 [armed]")
    assert merge_mentions(_doc(soldiers, fighters))[0].fatalities == 11


def test_disagreeing_figures_for_one_side_take_the_lowest_and_other_sides_still_add():
    both = _with(0, 9, "N killed: sum 3 [state] + 6 [armed]")
    claim = _with(1, 25, "killed N: 25 [state]")
    assert merge_mentions(_doc(both, claim))[0].fatalities == 9


def test_repeated_or_disagreeing_overall_figures_take_the_lowest():
    police = _with(0, 14, "killing N: at least 14->14")
    council = _with(1, 40, "N killed: 40")
    assert merge_mentions(_doc(police, council))[0].fatalities == 14


def test_a_toll_update_wins():
    first = _with(0, 5, "killing N: five->5")
    toll = _with(1, 12, "toll: 12")
    toll.sentence = Span(toll.sentence.start, toll.sentence.end, "The death toll later rose to 12.")
    assert merge_mentions(_doc(first, toll))[0].fatalities == 12


def test_another_sources_toll_is_a_figure_not_a_revision():
    # §6.3: "an opposition leader put the death toll at 12" disagrees; the lowest stands
    first = _with(0, 5, "killing N: five->5")
    toll = _with(1, 12, "toll: 12")
    toll.sentence = Span(toll.sentence.start, toll.sentence.end,
                         "An opposition leader put the death toll at 12.")
    assert merge_mentions(_doc(first, toll))[0].fatalities == 5


def test_the_attacker_counts_once_on_top_of_the_victims():
    bombing = _with(0, 8, "killing N: seven->7 + 1 attacker(s) (ONTOLOGY 6.6)")
    again = _with(1, 1, "N killed: singular->1 [perpetrator]")
    bodies = _with(2, 13, "bodies: 13")
    assert merge_mentions(_doc(bombing, again, bodies))[0].fatalities == 8


def test_attackers_killed_add_to_the_victims():
    victims = _with(0, 3, "killing N: three->3 [civilian]")
    attackers = _with(1, 2, "N killed: two->2 [perpetrator]")
    assert merge_mentions(_doc(victims, attackers))[0].fatalities == 5


def test_an_overall_figure_stands_for_the_named_groups_it_covers():
    overall = _with(0, 10, "killing N: ten->10")
    soldiers = _with(1, 6, "N killed: six->6 [state]")
    assert merge_mentions(_doc(overall, soldiers))[0].fatalities == 10


def test_an_unconfirmed_figure_counts_only_when_nothing_else_does():
    soldiers = _with(0, 2, "N killed: two->2 [state]")
    rumour = _with(1, 3, "N died: three->3 [state]")
    rumour.certainty = "unconfirmed"
    assert merge_mentions(_doc(soldiers, rumour))[0].fatalities == 2
    assert merge_mentions(_doc(_with(1, 3, "N died: three->3 [state]")))[0].fatalities == 3


# --- one event told with uneven parties (ONTOLOGY §1: merge multiple reports of it) -------------

LEBANESE_ARMY = ActorRef("Lebanese army", "Military Forces of Lebanon (2021-)", 1, "LB")
GUNMEN = ActorRef("gunmen", "Unidentified Armed Group (Syria)", 3, "SY")
NEAR_QUSAYR = Place(None, "Qusayr outskirts", 34.55, 36.60, "Syria", "SY", "SYR", 760,
                    "Middle East", "Homs", "", feature="populated place")


def test_a_side_reported_alone_joins_its_pair_nearby():
    pair = _mention(0, "Armed clash", "Battles", ARMY, CLANS, QUSAYR, deaths=5)
    alone = _mention(1, "Armed clash", "Battles", ARMY, None, NEAR_QUSAYR)  # about 5 km away
    events = merge_mentions(_doc(pair, alone))
    assert [(e.actor1, e.actor2) for e in events] == [(ARMY.name, CLANS.name)]
    assert len(events[0].mentions) == 2


def test_a_side_alone_at_another_named_place_stays_apart():
    pair = _mention(0, "Armed clash", "Battles", ARMY, CLANS, QUSAYR)
    alone = _mention(1, "Armed clash", "Battles", ARMY, None, HERMEL)  # about 23 km away
    assert len(merge_mentions(_doc(pair, alone))) == 2


def test_unidentified_gunmen_do_not_stand_for_a_state_army():
    armies = _mention(0, "Armed clash", "Battles", LEBANESE_ARMY, ARMY, QUSAYR)
    gunmen = _mention(1, "Armed clash", "Battles", ARMY, GUNMEN, QUSAYR)
    assert len(merge_mentions(_doc(armies, gunmen))) == 2


def test_a_civilian_caught_in_the_crossfire_belongs_to_the_battle():
    clash = _mention(0, "Armed clash", "Battles", ARMY, CLANS, QUSAYR, deaths=5)
    clash.fatalities = Fatalities(5, "five", "killing N: five->5 [armed]")
    victim = _mention(1, "Attack", "Violence against civilians", ARMY, CIVILIANS, QUSAYR, deaths=1)
    victim.sentence = Span(0, 60, "A farmer was killed by a stray bullet during the fighting.")
    victim.fatalities = Fatalities(1, "a farmer", "N killed: singular->1 [civilian]")
    events = merge_mentions(_doc(clash, victim))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 6)]


def test_a_one_sided_strike_beside_another_tactic_stays_its_own_event():
    shelling = _mention(2, "Shelling/artillery/missile attack", "Explosions/Remote violence", ARMY,
                        CIVILIANS, HERMEL)
    drone = _mention(1, "Air/drone strike", "Explosions/Remote violence", ARMY, None, HERMEL,
                     certainty="unconfirmed")
    events = merge_mentions(_doc(shelling, drone))
    assert sorted(e.sub_event_type for e in events) == [
        "Air/drone strike", "Shelling/artillery/missile attack"]


def test_a_party_claim_counts_only_when_no_one_else_gives_a_figure():
    # "killing dozens of soldiers" (12) beside "JNIM said it had killed more than 80 soldiers"
    reported = _with(0, 12, "killing N: dozens->12")
    claim = _with(1, 80, "killed N: 80->80 [state]")
    claim.certainty = "claimed"
    assert merge_mentions(_doc(reported, claim))[0].fatalities == 12
    alone = _with(1, 80, "killed N: 80->80 [state]")
    alone.certainty = "claimed"
    assert merge_mentions(_doc(alone))[0].fatalities == 80


# --- one crowd, one place, one day (ONTOLOGY §2.4-2.5) --------------------------------------

PROTESTERS = ActorRef("protesters", "Protesters (Syria)", 6, "SY")
RIOTERS = ActorRef("protesters", "Rioters (Syria)", 5, "SY")
POLICE = ActorRef("police", "Police Forces of Syria (2024-)", 1, "SY")
LEBANESE_PROTESTERS = ActorRef("protesters", "Protesters (Lebanon)", 6, "LB")


def test_a_dispersed_protest_that_turned_violent_is_one_violent_demonstration():
    dispersed = _mention(0, "Protest with intervention", "Protests", PROTESTERS, POLICE, QUSAYR)
    stones = _mention(1, "Violent demonstration", "Riots", RIOTERS, None, NEAR_QUSAYR)
    events = merge_mentions(_doc(dispersed, stones))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Violent demonstration", RIOTERS.name, POLICE.name)]
    assert len(events[0].mentions) == 2


def test_crowds_at_other_places_or_of_other_countries_stay_apart():
    here = _mention(0, "Peaceful protest", "Protests", PROTESTERS, None, QUSAYR)
    there = _mention(1, "Violent demonstration", "Riots", RIOTERS, POLICE, HERMEL)
    assert len(merge_mentions(_doc(here, there))) == 2
    lebanese = _mention(1, "Peaceful protest", "Protests", LEBANESE_PROTESTERS, None, QUSAYR)
    assert len(merge_mentions(_doc(here, lebanese))) == 2


HOMS = Place(169577, "Homs", 34.7268, 36.7234, "Syria", "SY", "SYR", 760, "Middle East", "Homs", "",
             feature="admin1")
IDLIB = Place(169389, "Idlib", 35.9306, 36.6339, "Syria", "SY", "SYR", 760, "Middle East", "Idlib", "",
              feature="admin1")


def test_a_province_report_joins_the_one_event_told_at_a_town_inside_it():
    # ONTOLOGY §1 one event per day and place, §4 the finest place that is known
    lead = _mention(0, "Armed clash", "Battles", ARMY, CLANS, HOMS, deaths=5)
    detail = _mention(1, "Armed clash", "Battles", ARMY, CLANS, QUSAYR)
    events = merge_mentions(_doc(lead, detail))
    assert [(e.location, e.fatalities) for e in events] == [("Al Qusayr", 5)]


def test_a_province_report_stays_apart_from_a_town_elsewhere():
    lead = _mention(0, "Armed clash", "Battles", ARMY, CLANS, IDLIB, deaths=5)
    detail = _mention(1, "Armed clash", "Battles", ARMY, CLANS, QUSAYR)
    assert len(merge_mentions(_doc(lead, detail))) == 2


def test_one_days_event_has_the_most_precise_time_reading():
    # "on Thursday" beside "over the weekend" resolved to that same day: the day is known (§5)
    day = _mention(0, "Armed clash", "Battles", ARMY, CLANS, QUSAYR)
    week = _mention(1, "Armed clash", "Battles", ARMY, CLANS, QUSAYR)
    week.time_precision = 2
    day.confidence = 0.5  # the week-precise mention labels the event
    assert [e.time_precision for e in merge_mentions(_doc(day, week))] == [1]


def test_the_unnamed_part_of_a_sum_is_a_group_not_an_overall_figure():
    # "Five people were killed" ... "four suspects and one officer died": the four are a part
    # of the second figure, not a lower overall count (§6.3 compares like with like)
    overall = _with(0, 5, "N killed: five->5")
    parts = _with(1, 5, "N died: sum 4 [generic] + 1 [state]")
    assert merge_mentions(_doc(overall, parts))[0].fatalities == 5


def test_associated_actors_stay_with_their_side_when_a_mention_tells_the_pair_reversed():
    allies = ActorRef("pro-government fighters", "VDP: Volunteers for the Defense of the Homeland",
                      3, "SY")
    lead = _mention(0, "Armed clash", "Battles", CLANS, ARMY, QUSAYR)
    reversed_pair = _mention(1, "Armed clash", "Battles", ARMY, CLANS, QUSAYR)
    reversed_pair.assoc_actor_1 = [allies]
    [event] = merge_mentions(_doc(lead, reversed_pair))
    assert (event.actor2, event.assoc_actor_2, event.assoc_actor_1) == (
        "Military Forces of Syria (2024-)", allies.name, "")
