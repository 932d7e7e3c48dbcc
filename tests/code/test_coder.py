"""The rule coder across sentences: headlines, follow-ups, claims, history, datelines.

Every article here is written for these tests (fictional incidents at real places). Each test
runs the whole pipeline (``code_text``), because what is checked is how the coder links the
sentences of one report into events (ONTOLOGY §1: one event per actor pair, place and day).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline import code_text
from dateline.code._discourse import (HABITUAL, NEW_INCIDENT, claimed_actor, is_heading,
                                      non_event_genre)
from dateline.records import ActorRef, Document, Sentence, Span

RAID = """Gunmen kill villagers in night raid near Kaduna

KADUNA, Nigeria — Gunmen attacked a village near Kaduna on Tuesday night, killing four farmers, residents said.

The attackers went from house to house and set fire to several homes. At least six people were killed in the attack, a local government official said.

Armed groups have increasingly raided villages in the area, according to residents.
"""


def test_headline_and_follow_ups_make_one_event():
    events = code_text(RAID, published="2025-03-13")
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2, e.location) for e in events]
    event = events[0]
    assert event.sub_event_type == "Attack"
    assert event.event_date == dt.date(2025, 3, 11)  # the lead's Tuesday, not the headline's day
    assert event.fatalities == 6  # the follow-up's higher toll joins the lead event
    assert event.actor2.startswith("Civilians")


BOMBING = """MOGADISHU (Horn Wire) — A car bomb exploded near a police station in Mogadishu on Sunday, killing seven people, police said.

Al-Shabaab claimed responsibility for the bombing in a statement on its radio station.

Separately, a roadside bomb hit a military vehicle near Afgooye on Sunday, killing two soldiers, a military officer said.
"""


def test_a_claim_names_the_bomber_and_a_separate_incident_stays_apart():
    events = code_text(BOMBING, published="2025-04-14")
    by_place = {e.location: e for e in events}
    assert len(events) == 2, [(e.sub_event_type, e.actor1, e.location) for e in events]
    mogadishu = next(e for name, e in by_place.items() if name.startswith("Mogadish"))
    assert mogadishu.sub_event_type == "Remote explosive/landmine/IED"
    assert mogadishu.actor1 == "Al Shabaab"  # "claimed responsibility" names the doer
    assert mogadishu.fatalities == 7
    other = next(e for e in events if e is not mogadishu)
    assert other.actor1.startswith("Unidentified Armed Group")  # nobody claimed this one


def test_the_agency_in_a_wire_dateline_is_not_the_event_place():
    text = ("KABUL (Meridian) — A roadside bomb killed three civilians in western Kabul on "
            "Wednesday, police said.\n")
    events = code_text(text, published="2025-02-06")
    assert [e.location for e in events] == ["Kabul"]


def test_history_and_habits_are_not_events():
    text = ("BEIRUT — On 4 August 2020, a huge explosion at the port of Beirut killed more than 200 "
            "people.\n\nFamilies of the victims say militias regularly threaten the judge in charge "
            "of the inquiry.\n")
    assert code_text(text, published="2025-08-02") == []


def _doc_with_lines(*lines: str) -> tuple[Document, list[Sentence]]:
    text = "\n\n".join(lines) + "\n"
    doc = Document(id="t", text=text, clean_text=text)
    sentences, start = [], 0
    for i, line in enumerate(lines):
        sentences.append(Sentence(Span(start, start + len(line), line), i))
        start += len(line) + 2
    doc.sentences = sentences
    return doc, sentences


def test_headings_are_lines_without_sentence_punctuation():
    doc, (title, section, body) = _doc_with_lines(
        "Drone strike hits minibus near Lalibela", "2.2 Clashes.",
        "A drone strike hit a minibus near Lalibela on Tuesday, killing nine passengers.")
    assert is_heading(doc, title)
    assert is_heading(doc, section)
    assert not is_heading(doc, body)


def test_a_one_line_alert_is_the_report_not_its_headline():
    alert = "Gunmen kill four traders at Kano market on Monday"
    events = code_text(alert, published="2025-03-05")
    assert [(e.sub_event_type, e.event_date, e.location) for e in events] == [
        ("Attack", dt.date(2025, 3, 3), "Kano")]
    above_a_report = code_text(alert + "\n\n" + RAID, published="2025-03-13")
    assert [e.location for e in above_a_report] == ["Kaduna"]  # a headline again


@pytest.mark.parametrize("text", [
    "Islamic State Khorasan Province claimed the attack through its news agency.",
    "The governor said the raid was carried out by ISWAP fighters.",
    "Police said the attackers were Fulani herders.",
])
def test_claims_and_blame_name_a_doer(text):
    name = text.split(" claimed")[0] if "claimed" in text else (
        "ISWAP" if "ISWAP" in text else "Fulani herders")
    start = text.index(name)
    actor = ActorRef(name, f"{name} (group)", 2, "", Span(start, start + len(name), name))
    assert claimed_actor(text, [actor]) is actor


def test_a_speaker_is_not_a_claimant():
    text = "The army said five soldiers were killed when ISWAP fighters stormed the base."
    start = text.index("ISWAP")
    actor = ActorRef("ISWAP", "Islamic State West Africa Province", 2, "", Span(start, start + 5, "ISWAP"))
    assert claimed_actor(text, [actor]) is None


def test_new_incident_and_habit_markers():
    assert NEW_INCIDENT.search("Hours later, a second drone fired a missile at an excavator.")
    assert NEW_INCIDENT.search("Separately, two soldiers were killed by a roadside bomb.")
    assert not NEW_INCIDENT.search("At least seven people were killed, a health worker said.")
    assert HABITUAL.search("Kidnappings for ransom have become common on the roads.")
    assert HABITUAL.search("More than 6,000 people have been killed, according to a think tank.")
    assert not HABITUAL.search("Six people have been killed in the fighting, medics said.")


# Whole-article genres whose event words are metaphors, history or private crime
# (_discourse.GENRE_CUES). Each article is written for this test.
MATCH_PREVIEW = """Rangers face Rovers in top-of-the-table clash

JOS — Rangers will battle Rovers at the township stadium on Saturday in a league match that could settle the title race.

Rangers attacked relentlessly in their last three matches, scoring nine goals, and their coach said the players were ready for war.

Rovers will be without their goalkeeper, who was injured in last week's draw. Tickets are on sale at the club office.
"""

PARLIAMENT_ROW = """Opposition walks out of parliament over fuel prices

ABUJA — Opposition lawmakers launched a fierce attack on the government in parliament on Wednesday over fuel prices and staged a walkout during the budget debate.

The ruling party hit back, with a spokesman accusing the opposition of "shooting down every bill" for the elections.
"""

SENTENCING = """Court jails three men for 2012 bus station bombing

KANO — A federal court in Kano on Monday sentenced three men to life in prison for their part in a 2012 bombing at a bus station in which 20 people were killed.

The court heard that the men, arrested in 2016, had confessed to assembling the device. Their lawyers said they would appeal the verdict.
"""

DOMESTIC_CASE = """Trader charged over killing of brother in Kisumu

KISUMU, 3 June 2025 — A 36-year-old trader was on Monday charged with the murder of his brother after a quarrel over land at their home in Kisumu.

Neighbours called the police, who arrested him at the house. He pleaded not guilty and the magistrate remanded him until the hearing on 17 June.
"""


@pytest.mark.parametrize("text,published,genre", [
    (MATCH_PREVIEW, "2025-04-10", "sport"),
    (PARLIAMENT_ROW, "2025-05-08", "parliamentary politics"),
    (SENTENCING, "2025-06-03", "court report"),
    (DOMESTIC_CASE, "2025-06-03", "court report"),
])
def test_sport_parliament_and_court_articles_report_no_event(text, published, genre):
    assert non_event_genre(text) == genre
    assert code_text(text, published=published) == []


def test_a_conflict_report_is_not_read_as_a_genre():
    text = ("MAIDUGURI — Insurgents attacked a military base near Marte on Sunday and fought "
            "soldiers for three hours before troops repelled them, the army said. A court in "
            "Maiduguri later adjourned the trial of ten suspects, their lawyers said.\n")
    assert non_event_genre(text) is None
    assert code_text(text, published="2025-06-03") != []


# --- precision on unseen text (issue #6): recaps, toll follow-ups, strategic developments ------

RECAP = """BAMAKO (Sahel Wire) — Soldiers clashed with JNIM fighters near Niono on Wednesday, killing five of the militants, the army said.

The army said the patrol was moving towards the village of Siribala when it came under fire.

The fighting comes after an ambush on a convoy near Niono on 10 February, in which 12 soldiers were killed.
"""


def test_an_incident_weeks_before_the_report_is_a_recap():
    events = code_text(RECAP, published="2025-03-07")
    assert [(e.event_date, e.sub_event_type) for e in events] == [
        (dt.date(2025, 3, 5), "Armed clash")], [(e.event_date, e.sub_event_type) for e in events]


TOLL = """GOMA (Kivu Monitor) — Suspected ADF rebels killed at least 18 civilians in a night-time attack on a village near Beni on Wednesday, local authorities said.

The army put the death toll at 18, while a local civil society group said 23 bodies had been recovered.

There were unconfirmed reports that a third man had died in hospital.
"""


def test_a_toll_sentence_naming_its_source_joins_the_event():
    events = code_text(TOLL, published="2025-05-09")
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    event = events[0]
    assert event.sub_event_type == "Attack"
    assert event.actor1 == "ADF: Allied Democratic Forces"
    assert event.fatalities == 18  # the lowest credible figure; the unconfirmed one is not


def test_a_second_victim_is_not_a_second_incident():
    assert not NEW_INCIDENT.search("There were reports that a third soldier had died of his wounds.")
    assert NEW_INCIDENT.search("Hours later, a second drone struck a car near the town.")
    assert NEW_INCIDENT.search("A third attack hit the market on Friday.")


def test_a_development_needs_a_conflict_party():
    text = ("MOPTI (Sahel Wire) — Thousands of villagers fled their homes near Djenne on Monday "
            "and walked to the town, aid workers said.")
    assert [e.sub_event_type for e in code_text(text, published="2025-03-11")] == []
    deal = ("TRIPOLI (Meridian) — On Tuesday, the Stability Support Apparatus and the Special "
            "Deterrence Force agreed to a ceasefire in Tripoli brokered by elders.")
    assert [e.sub_event_type for e in code_text(deal, published="2025-05-14")] == ["Agreement"]


def test_a_shootout_between_two_named_groups_has_both_sides():
    text = ("CULIACAN (Meridian) — Four gunmen were killed on Monday in a shootout between Los "
            "Chapitos and La Mayiza in Culiacan, prosecutors said.")
    events = code_text(text, published="2025-03-11")
    assert len(events) == 1
    assert {events[0].actor1, events[0].actor2} == {"Sinaloa Cartel - Los Chapitos",
                                                    "Sinaloa Cartel - La Mayiza"}


def test_a_claim_without_an_event_word_still_names_the_doer():
    text = ("PEMBA (Coast Watch) — On 23 January, insurgents beheaded three farmers in their fields "
            "near Macomia. The Islamic State claimed the killings in its weekly newsletter.")
    events = code_text(text, published="2025-01-27")
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Islamic State Mozambique Province", "Civilians (Mozambique)")]


def test_a_response_after_the_fighting_is_part_of_the_fighting():
    text = ("DAMASCUS (Levant Wire) — Syrian government forces fought Islamic State fighters near "
            "Palmyra on Tuesday, killing six militants, the defence ministry said.\n\n"
            "A security source in Homs said reinforcements were sent to the area after the fighting.")
    events = code_text(text, published="2025-06-25")
    assert [(e.sub_event_type, e.fatalities, len(e.mentions)) for e in events] == [
        ("Armed clash", 6, 2)]


def _summary(events) -> list[tuple]:
    return [(e.event_date.isoformat(), e.sub_event_type, e.actor1, e.actor2, e.location,
             e.fatalities) for e in events]


def test_the_attack_told_again_by_a_speaker_elsewhere_is_the_same_event():
    # "in the attack" points back; Kirkuk is where the officer spoke, not a second attack
    text = ("KIRKUK, Iraq (Meridian) — Islamic State militants attacked an army checkpoint near "
            "Tuz Khurmatu late on Monday, killing two soldiers, security officials said.\n\n"
            "Three other soldiers were wounded in the attack, which lasted about an hour, an army "
            "officer in Kirkuk told Meridian.")
    events = code_text(text, published="2025-03-05")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Armed clash", "Ţūz Khūrmātū", 2)], _summary(events)


def test_the_attackers_and_a_statement_day_continue_the_event():
    # "The attackers" are the gunmen of the lead; Saturday is the day of the statement
    text = ("NIAMEY (Sahel Wire) — Gunmen killed at least 14 villagers during a market day in a "
            "village near Ayorou on Friday, the government said.\n\n"
            "The attackers surrounded the market and opened fire on traders before leaving on "
            "motorbikes, the government said in a statement read on state television on Saturday.")
    events = code_text(text, published="2025-03-05")
    assert [(e.event_date, e.sub_event_type, e.location) for e in events] == [
        (dt.date(2025, 2, 28), "Attack", "Ayorou")], _summary(events)


def test_a_party_claiming_its_own_kills_adds_no_event_and_no_higher_toll():
    text = ("OUAGADOUGOU (Sahel Wire) — Fighters of JNIM attacked an army base in the town of Djibo "
            "on Sunday, killing at least 20 soldiers, security sources said.\n\n"
            "JNIM said in a statement that it had killed more than 80 soldiers and members of the "
            "Volunteers for the Defence of the Homeland.")
    events = code_text(text, published="2025-03-05")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Armed clash", "Djibo", 20)], _summary(events)
    assert {events[0].actor1, events[0].actor2} == {
        "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso (2022-)"}


def test_a_lead_that_sums_up_two_towns_is_not_a_third_event():
    text = ("NAIROBI, Kenya (Meridian) — Police fired live rounds at protesters in Mombasa and "
            "Kisumu on Tuesday, killing three people, as demonstrations against the finance bill "
            "spread.\n\n"
            "In Mombasa, protesters burned tyres, blocked roads and threw stones at police. Two "
            "people were killed, a hospital source said.\n\n"
            "In Kisumu, police opened fire on a peaceful march heading to the county offices, "
            "killing one man, a rights group said.")
    events = code_text(text, published="2025-03-05")
    assert sorted((e.location, e.sub_event_type, e.fatalities) for e in events) == [
        ("Kisumu", "Excessive force against protesters", 1),
        ("Mombasa", "Violent demonstration", 2)], _summary(events)


def test_the_losers_withdrawing_from_a_captured_town_is_the_same_change_of_control():
    text = ("BAMAKO (Sahel Wire) — Jihadist fighters seized the town of Niono on Thursday after "
            "hours of fighting with the army, residents said.\n\n"
            "Soldiers withdrew from the town in the afternoon, and by evening the fighters were "
            "patrolling the market, residents said.")
    events = code_text(text, published="2025-03-05")
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Non-state actor overtakes territory", "Niono")], _summary(events)


def test_protesters_clashing_with_police_are_one_violent_demonstration():
    text = ("NAKURU, Kenya (Meridian) — Protesters clashed with police in Nakuru on Tuesday. Police "
            "fired tear gas and protesters threw stones at them.")
    events = code_text(text, published="2025-03-05")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")], _summary(events)


def test_a_summary_line_and_opening_fire_on_a_post_are_not_events_of_their_own():
    doc, (summary,) = _doc_with_lines("Summary: Insurgent violence continued in Macomia district.")
    assert is_heading(doc, summary)
    text = ("KIRKUK, Iraq (Meridian) — Gunmen opened fire on an army post near Tuz Khurmatu on "
            "Monday, killing a soldier, officials said.")
    types = [e.sub_event_type for e in code_text(text, published="2025-03-05")]
    assert "Headquarters or base established" not in types and types, types


def test_a_new_day_of_the_same_fighting_stays_where_the_story_is_not_where_it_was_filed():
    text = ("MANDALAY, Myanmar (Meridian) — Fighting between the Kachin Independence Army and the "
            "military raged in the town of Bhamo on Friday, residents said.\n\n"
            "Military jets bombed rebel positions during the fighting on Saturday, they said.")
    events = code_text(text, published="2025-03-05")
    assert [(e.event_date, e.location) for e in events] == [
        (dt.date(2025, 2, 28), "Bhamo"), (dt.date(2025, 3, 1), "Bhamo")], _summary(events)


def test_an_agreement_of_the_two_groups_is_between_the_sides_of_the_fight():
    text = ("TRIPOLI (Meridian) — Clashes between the Stability Support Apparatus and the Special "
            "Deterrence Force broke out in Tripoli on Monday night, killing four people, the health "
            "ministry said.\n\n"
            "On Tuesday afternoon, the two groups agreed to a ceasefire brokered by elders and "
            "municipal officials, the Presidential Council said.")
    events = code_text(text, published="2025-03-05")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Stability Support Apparatus", "Special Deterrence Force"),
        ("Agreement", "Stability Support Apparatus", "Special Deterrence Force")], _summary(events)


def test_clashes_between_rival_militias_have_two_unnamed_sides():
    text = ("TRIPOLI (Meridian) — Clashes between rival militias broke out in Tripoli on Monday, "
            "killing three people, residents said.")
    events = code_text(text, published="2025-03-05")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")]


def test_party_supporters_fighting_each_other_are_two_crowds_with_their_parties():
    text = ("DHAKA (Meridian) — One person was killed in a clash between supporters of the "
            "Bangladesh Nationalist Party (BNP) and the Awami League in Comilla on Monday, police "
            "said. Supporters of the two parties attacked each other with sticks and machetes.")
    events = code_text(text, published="2025-03-05")
    assert [(e.sub_event_type, e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2)
            for e in events] == [
        ("Mob violence", "Rioters (Bangladesh)", "BNP: Bangladesh Nationalist Party",
         "Rioters (Bangladesh)", "AL: Awami League")], _summary(events)
    protest = ("DHAKA (Meridian) — Police fired tear gas at Bangladesh Nationalist Party activists "
               "protesting in Dhaka on Monday.")
    assert [(e.actor1, e.assoc_actor_1) for e in code_text(protest, published="2025-03-05")] == [
        ("Protesters (Bangladesh)", "BNP: Bangladesh Nationalist Party")]


def test_a_gathering_of_militants_struck_from_the_air_is_no_civilian_target():
    text = ("NIAMEY (Sahel Wire) — On Tuesday, the Niger Air Force struck a gathering of EIGS "
            "terrorists in Tillaberi region, the army said.")
    events = code_text(text, published="2025-03-11")
    assert [(e.actor2, e.civilian_targeting) for e in events] == [
        ("Islamic State Sahel Province", "")], _summary(events)


def test_a_clause_told_to_the_public_is_asserted_whatever_governs_the_telling():
    release = ("The Zamfara State Police Command wishes to inform the public that on Sunday armed "
               "bandits invaded Dangulbi village near Maru and abducted 23 persons.")
    events = code_text(release, published="2025-10-07")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Abduction/forced disappearance", dt.date(2025, 10, 5))]
    assert code_text("Residents fear that bandits will abduct more villagers near Maru.",
                     published="2025-10-07") == []


def test_vigilantes_are_a_mob_only_when_they_act_as_one():
    rescue = ("Bandits abducted 23 villagers near Maru on Sunday.\n\n"
              "On Monday, police teams working with community vigilantes rescued seven of the "
              "victims unhurt in the forest around the village.")
    assert [e.sub_event_type for e in code_text(rescue, published="2025-10-07")] == [
        "Abduction/forced disappearance"]
    lynching = "A vigilante mob lynched a suspected thief in Kano on Monday, police said."
    assert [e.sub_event_type for e in code_text(lynching, published="2025-10-07")] == [
        "Mob violence"]
