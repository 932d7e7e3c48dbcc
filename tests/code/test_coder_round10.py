"""Tenth round (issue #6): demonstrations, their neighbours and the sides of matched events.

Each article is written for these tests (fictional incidents at real places); none is taken from
a fixture set. Every test runs the whole pipeline (``code_text``) unless it tests one reader.
"""

from __future__ import annotations

from dateline import code_text
from dateline.analyse import find_fatality_mentions


def _rows(text: str, published: str) -> list[tuple]:
    return sorted((e.sub_event_type, str(e.event_date), e.actor1, e.actor2, e.fatalities)
                  for e in code_text(text, published=published))


def test_the_owner_of_intercepted_drones_is_the_other_side():
    # §2.6 Disrupted weapons use: the force that stopped the weapons acts; the state whose
    # drones they were is the other side, not nobody
    text = """KURSK, April 6, 2025 (Steppe Wire) — Russian air defences shot down 12 Ukrainian drones over Kursk region on Saturday night, the regional governor said.
"""
    rows = _rows(text, "2025-04-06")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Disrupted weapons use", "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")]


def test_a_death_in_hospital_is_the_toll_of_the_fight_that_caused_it():
    # §6: "was hit on the head and died in hospital overnight" dates no new attack on the next
    # day; the man is the crowd fight's dead, and a source's count of the hurt adds no party
    text = """Doab Courier

Stone-pelting at fair in Moradabad leaves one dead

Moradabad, March 12, 2025

Two groups of young men threw stones and bricks at each other at a village fair near Moradabad on Monday evening, and four stalls were set on fire.

A 19-year-old labourer was struck by a brick and died in hospital overnight. Police said about ten people were injured.
"""
    rows = _rows(text, "2025-03-12")
    assert [(r[0], r[1], r[4]) for r in rows] == [("Mob violence", "2025-03-10", 1)]


def test_a_victim_named_with_where_he_came_from_or_hurt_first_is_counted():
    for sentence, count in (("A 46-year-old farmer from a nearby village died of a gunshot wound.", 1),
                            ("A woman was shot in the chest and died on the way to hospital.", 1),
                            ("Two students were beaten and later died.", 2),
                            ("Five soldiers were injured and two died.", 2)):
        found = find_fatality_mentions(sentence)
        assert found and found[0][1].count == count, sentence


def test_a_curfew_with_troops_sent_is_the_force_sent():
    # §2.6: the force a curfew sends is the one whose posture changes, alone (the people kept
    # at home are no side)
    text = """Doab Courier

Curfew in Sambhal after clash

Sambhal, June 7, 2025

The district administration imposed a curfew in three police station areas of Sambhal on Friday night and deployed two companies of the Provincial Armed Constabulary.
"""
    rows = _rows(text, "2025-06-07")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Change to group/activity", "Police Forces of India (2014-)", "")]


def test_a_measure_demanded_announced_for_later_or_decreed_everywhere_is_no_change():
    # a state of emergency that marchers demand, a lockdown "starting next Monday" and one
    # decreed "in several provinces" are not a change at a place on a day (§2.6)
    demanded = """Western Ghana Times

Tarkwa residents march over polluted rivers

Tarkwa, June 8, 2025

About 800 residents marched in Tarkwa on Saturday, calling for a state of emergency over illegal mining along the area's rivers.
"""
    assert [r[0] for r in _rows(demanded, "2025-06-08")] == ["Peaceful protest"]
    for sentence in ("Separatist commanders have announced a five-day lockdown beginning next Tuesday.",
                     "The government has imposed a state of emergency in several regions."):
        text = f"Bamenda Post\n\nBamenda, June 8, 2025\n\n{sentence}\n"
        assert _rows(text, "2025-06-08") == [], sentence


def test_a_curfew_imposed_in_a_town_is_still_coded():
    # guard: a curfew decreed at a named place on a named day stays a Change to group/activity
    text = """Doab Courier

Sambhal, June 7, 2025

Police imposed a curfew in Sambhal on Friday night after shops were burnt in the old market.
"""
    assert "Change to group/activity" in [r[0] for r in _rows(text, "2025-06-07")]


def test_shops_set_on_fire_do_not_make_the_day_a_future_one():
    # "were set on fire" is a burning told in the past, not "set on Monday" (a schedule): the
    # weekday before it stays the past Monday
    text = """Doab Courier

Rampur, March 12, 2025

Two groups threw stones at each other near Rampur on Monday evening, and four stalls were set on fire.
"""
    assert [(r[0], r[1]) for r in _rows(text, "2025-03-12")] == [("Mob violence", "2025-03-10")]


def test_a_march_attacked_by_a_crowd_is_a_protest_with_intervention_by_rioters():
    # §2.4 "harassed by others": the marchers stay peaceful, their attackers are a violent crowd
    # (§3.1: Rioters), and the police who part them and detain some join no side of that pair
    text = """Danube Digest

Youths attack climate march in Szeged

Sunday, 8 June 2025

About twenty young men attacked a climate march in Szeged on Saturday, throwing bottles and eggs at the marchers and kicking two of them, before police separated the groups.

Officers detained four of the attackers. The march then went on to the river bank and ended without further trouble.
"""
    rows = _rows(text, "2025-06-08")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("Protest with intervention", "2025-06-07", "Protesters (Hungary)", "Rioters (Hungary)")]


def test_a_crowd_stoning_police_at_a_march_stays_a_violent_demonstration():
    # guard: a crowd that attacks the police, not a gathering, is the riot it always was
    text = """Danube Digest

Szeged, Sunday, 8 June 2025

Protesters threw stones and bottles at police outside the town hall in Szeged on Saturday, and officers fired tear gas.
"""
    assert [r[0] for r in _rows(text, "2025-06-08")] == ["Violent demonstration"]


def test_a_gathering_for_a_detainee_is_dated_by_its_own_day_and_a_death_in_a_cell_is_an_attack():
    # the arrest a crowd demands to end is its grievance, not the day's event (§2.4); a detainee
    # who dies in a police cell is a civilian attacked by the force holding him (§2.3, §3.1: 7),
    # "one of the five" is one dead, and the police's denial makes it denied
    text = """Lake Victoria Voice

Detainee dies in Jinja police cell

Published Wednesday, 12 March 2025

Traders gathered outside Jinja central police station on Sunday to demand the release of a market leader detained on Saturday evening. Police fired tear gas to disperse the crowd and arrested five people.

One of the five, a 40-year-old tailor, died in a cell at the station on Tuesday, police said. His relatives said he had been beaten. A police spokesman denied that he had been assaulted.
"""
    rows = sorted((e.sub_event_type, str(e.event_date), e.actor1, e.actor2, e.fatalities, e.certainty)
                  for e in code_text(text, published="2025-03-12"))
    assert rows == [
        ("Attack", "2025-03-11", "Police Forces of Uganda (1986-)", "Civilians (Uganda)", 1, "denied"),
        ("Protest with intervention", "2025-03-09", "Protesters (Uganda)",
         "Police Forces of Uganda (1986-)", 0, "reported")]


def test_a_death_when_troops_clear_a_road_blockade_belongs_to_the_blockade():
    # a road blockade is a gathering (§2.4) and clearing it is its dispersal: the man who died
    # is the crowd's event, here a riot (the blockaders stoned the soldiers), not an attack on
    # civilians by an unidentified group
    text = """Sierra Norte News

One dead as troops clear road blockade near Otavalo

Tuesday 14 October 2025

One man died and several people were injured on Sunday when soldiers and police cleared a highway blockade near Otavalo, on the fifth day of a transport strike.

Residents had blocked the road with rocks and burning tyres, and threw stones at the soldiers when the convoy arrived.
"""
    rows = _rows(text, "2025-10-14")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        ("Violent demonstration", "2025-10-12", "Rioters (Ecuador)", 1)]


def test_a_protest_wave_told_under_day_headings_is_one_event_per_day():
    # §1 one event per reported day: each paragraph's day heading dates its sentences (not the
    # lead's "today"); "23 people were detained overnight" are the riot's arrests (§2.4); the
    # protests "also reported in other cities" name no place (§2.4)
    text = """Celebes Daily - English Edition

Three days of bus fare protests in Manado

Friday, 10 October 2025

MANADO - Protests against the bus fare rise entered their fourth day today with a small rally outside the mayor's office.

**Tuesday.** About two thousand students marched from the university to the provincial assembly and went home after a delegation was received.

**Wednesday.** Students burned tyres on the main road and threw stones at police outside the assembly. Police fired tear gas. Police said 19 people were detained overnight.

**Thursday.** Several hundred students held a quiet sit-in in front of the assembly.

Protests were also reported in other cities in North Sulawesi this week, but the Daily could not confirm where.
"""
    rows = _rows(text, "2025-10-10")
    assert [(r[0], r[1]) for r in rows] == [
        ("Peaceful protest", "2025-10-07"), ("Peaceful protest", "2025-10-09"),
        ("Peaceful protest", "2025-10-10"), ("Violent demonstration", "2025-10-08")]


def test_a_past_month_of_protests_summed_up_is_no_event():
    # "Protests in June left several people dead": several incidents of a past month, no day
    # and no one event (§1: do not invent days); the called-off march is no gathering either
    text = """Sahel Daily

Alliance calls off Maradi march

Maradi, 12 August 2025

The alliance on Thursday called off a march it had planned in Maradi for Sunday, saying it would enter talks.

Protests in July left several people dead, rights groups say.
"""
    assert _rows(text, "2025-08-12") == []


def test_traders_bodies_are_organisations_and_a_campaign_rally_is_no_protest():
    # "bodies" of traders are no corpses; a candidate's campaign rally is electioneering, not a
    # demonstration (§2.4), while a march in protest the same day is still one
    text = """Northern Areas Tribune

Gilgit, August 6, 2025

Shops across Gilgit remained shut on Tuesday in a strike announced by the traders' bodies of the region, but no gathering took place.

In Chilas, some 4,000 supporters attended a candidate's election rally on Tuesday, which passed off calmly.

In Skardu, around 200 shopkeepers walked to the deputy commissioner's office on Tuesday in protest at the new levies.
"""
    rows = _rows(text, "2025-08-06")
    assert [(r[0], r[1]) for r in rows] == [("Peaceful protest", "2025-08-05")]


def test_a_cache_seized_by_unnamed_forces_is_the_state_s_and_typed_drones_name_their_owner():
    # §2.6 Disrupted weapons use is the state's seizure even when the report says only "forces";
    # "Ukrainian aircraft-type drones" name the state that sent them
    seized = """Delta Wire

Arish, 12 August 2025

On Monday, forces in North Sinai raided a farm near Arish and seized a cache of weapons, including rifles and ammunition, the army spokesman said.
"""
    assert [(r[0], r[2]) for r in _rows(seized, "2025-08-12")] == [
        ("Disrupted weapons use", "Military Forces of Egypt (2014-)")]
    downed = """Steppe Wire

Belgorod, 16 September 2025

On Monday air defence systems destroyed 11 Ukrainian aircraft-type drones over the Belgorod region, the Russian Ministry of Defence said.
"""
    assert [(r[0], r[3]) for r in _rows(downed, "2025-09-16")] == [
        ("Disrupted weapons use", "Military Forces of Ukraine (2019-)")]


def test_a_disappearance_that_lasts_is_no_recap():
    # §2.3 forced disappearance: people abducted weeks ago and "not seen since" are news when
    # first told, unlike an old clash recalled as background
    text = """Kivu Evening News - bulletin of Wednesday 11 June 2025

On Tuesday, ADF fighters burned three houses in a village near Oicha, residents said.

A parish committee in Beni also says that in late May, ADF militants abducted four farmers on the road outside Oicha, and that they have not been seen since.
"""
    rows = _rows(text, "2025-06-11")
    assert ("Abduction/forced disappearance", "2025-05-31") in [(r[0], r[1]) for r in rows]


def test_security_forces_then_the_police_who_fired_are_one_force_against_one_march():
    # §1, §2.4: "security forces opened fire on a march", then "riot police ... fired live
    # rounds": one event, the police named as the side, the army-by-default its associate
    text = """FREETOWN, 14 October 2025 (Coast Wire) - Three people were shot dead in Kenema on Monday when security forces opened fire on a march against fuel prices, hospital sources said.

Witnesses said riot police, backed by soldiers in trucks, fired live rounds at the front of the peaceful march near the district council.
"""
    events = code_text(text, published="2025-10-14")
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Excessive force against protesters", "Police Forces of Sierra Leone", 3)]


def test_security_forces_that_disperse_a_march_are_its_police():
    # a crowd is policed: "security forces" with no branch named, facing a demonstration, are
    # the police (the branch the fixtures code for such reports), not the army
    text = """Sistan Monitor

Zahedan, 4 October 2025

Security forces fired tear gas to disperse several hundred worshippers who marched through Zahedan after Friday prayers on Friday, witnesses said.
"""
    assert [(r[0], r[3]) for r in _rows(text, "2025-10-04")] == [
        ("Protest with intervention", "Police Forces of Iran (1989-)")]


def test_a_past_month_summed_up_by_its_toll_is_no_event():
    # the trigger is the toll ("left several people dead") whose subject is the plural
    text = """Sahel Daily

Coalition calls off Zinder march

Zinder, 12 August 2025

The coalition on Monday called off a march it had planned in Zinder for Tuesday, saying it would join talks with the authorities.

Demonstrations in July left several people dead, according to rights groups.
"""
    assert _rows(text, "2025-08-12") == []
