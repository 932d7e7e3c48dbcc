"""Reported deaths in one sentence, by the conventions of ONTOLOGY.md §6.

The sentences are written for these tests in the style of wire and local reports from several
regions.
"""

import pytest

from dateline.analyse._numbers import (
    find_fatalities,
    find_fatality_mentions,
    parse_quantity,
    split_fatalities,
    words_to_int,
)


def count(text, **kw):
    return find_fatalities(text, **kw).count


# --- the patterns ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("Gunmen killed 5 villagers near Bankass and wounded 12 others.", 5),
    # the killers before an active "hacked to death" are not the dead
    ("Militiamen hacked to death 12 people in Djugu territory on Thursday night.", 12),
    ("Assailants stabbed to death a trader and his son near Jos.", 2),
    ("Eleven villagers were hacked to death in the attack.", 11),
    ("Nine people were killed when a shell hit a bakery in Kramatorsk.", 9),
    ("The attack left 14 dead in the market of Beledweyne.", 14),
    ("Officials said 6 dead after the clash in the Shan hills.", 6),
    ("The death toll rose to 31 on Saturday, the health ministry said.", 31),
    ("The blast claimed the lives of 9 worshippers at Friday prayers.", 9),
    ("Rescuers pulled 14 bodies from the rubble in Rafah.", 14),
    ("The ambush left seven soldiers dead and four missing.", 7),
    ("Drones struck a wedding in Sagaing, killing 23 civilians.", 23),
    ("Three soldiers died when their vehicle hit a mine near Gao.", 3),
    ("Eleven fighters were killed in the counter-attack on Bakhmut's outskirts.", 11),
    ("A soldier was killed when a roadside bomb exploded in Lakki Marwat.", 1),
    ("Five killed as gunmen storm a bar in Celaya.", 5),
    ("Police said 12 people have died in the riots in Port-au-Prince.", 12),
    ("Twenty-two miners lost their lives in the attack on the gold site.", 22),
    ("Bandits shot dead a village chief in Zamfara.", 1),
    ("The deaths of 3 protesters sparked new marches in Khartoum.", 3),
    ("The bodies of 12 men were found near Jenin.", 12),
    ("A 25-year-old man was killed in the shooting in Kingston.", 1),
    ("The strike killed a woman and her two children in Taiz.", 3),
    ("A member of the local defence militia was killed in the raid.", 1),
])
def test_death_patterns(text, n):
    assert count(text) == n


@pytest.mark.parametrize("text, n", [
    # military communiqués: fighters "neutralised" or "eliminated" are reported killed
    ("The army said its air strikes near Menaka neutralised 25 terrorists on Thursday.", 25),
    ("Troops eliminated 12 militants in the forest of Sambisa, the statement said.", 12),
    ("At least 14 armed bandits were neutralised during the operation.", 14),
    # a toll for both sides together is one figure (§6.1)
    ("A monitor said 13 fighters from both sides were killed over the two days.", 13),
])
def test_communique_words_and_both_sides(text, n):
    assert count(text) == n


@pytest.mark.parametrize("text", [
    "Sappers neutralised three IEDs on the road to Gao.",
    "The bomb was neutralised by the disposal team.",
    "Troops eliminated two illegal checkpoints on the highway.",
])
def test_neutralised_devices_and_checkpoints_are_no_deaths(text):
    assert count(text) == 0


def test_deaths_only_never_wounded():
    assert count("The mortar attack killed 5 and wounded 12 in Mogadishu.") == 5
    assert count("Twelve people were injured and 4 killed in the stampede at Mina.") == 4
    assert count("The blast wounded 30 people at the checkpoint.") == 0


# --- ranges, qualifiers and disagreement (§6.3) -----------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("Between 12 and 15 people were killed in clashes in Abyei.", 12),
    ("12 to 15 people were killed in clashes in Abyei.", 12),
    ("12-15 people were killed in clashes in Abyei.", 12),
    ("At least 7 people were killed in the airstrike on Idlib.", 7),
    ("More than 40 people were killed in the shelling of Omdurman.", 40),
    ("Nearly 30 people were killed in the raid, activists said.", 30),
    ("The drone strike killed some 18 fighters near Tal Tamr.", 18),
])
def test_lowest_of_a_range_or_a_qualified_figure(text, n):
    assert count(text) == n


def test_up_to_is_a_ceiling_not_a_floor():
    f = find_fatalities("Up to 20 people were killed in the attack on Solhan, residents said.")
    assert f.count == 3 and "ceiling" in f.rule
    assert count("Up to 20 people were killed in the attack.", large_attack=True) == 10
    assert count("As many as 2 people were killed in the attack.") == 2


def test_disagreement_takes_the_lowest():
    f = find_fatalities(
        "Police said 7 people died, while residents put the figure at 12 killed.")
    assert f.count == 7 and f.rule.startswith("lowest")
    assert count("The army said it killed 30 militants, but locals said 12 were killed.") == 12


def test_a_death_toll_supersedes_earlier_figures():
    assert count("Five people were killed at first and the death toll later rose to 8.") == 8


# --- vague words (§6.4) ------------------------------------------------------------------------

@pytest.mark.parametrize("text, n, rule", [
    ("A dozen fighters were killed in the ambush near Menaka.", 12, "a dozen->12"),
    ("Dozens of people were killed in the attack on the camp.", 12, "dozens->12"),
    ("Hundreds of people were killed in the siege of the town.", 100, "hundreds->100"),
    ("Scores of protesters were killed during the crackdown.", 20, "scores->20"),
    ("Several villagers were killed when herders attacked.", 3, "several->3"),
    ("A few soldiers were killed in the exchange of fire.", 3, "a few->3"),
    ("Many civilians died in the bombardment of the old city.", 3, "many->3"),
    ("Civilians were killed when the jets bombed the market.", 3, "plural without number->3"),
    ("Two dozen passengers were killed when the bus was ambushed.", 24, "two dozen->24"),
])
def test_vague_quantities(text, n, rule):
    f = find_fatalities(text)
    assert f.count == n
    assert rule in f.rule


def test_large_attack_switches_vague_words_to_ten():
    text = "Several villagers were killed when gunmen raided Mangu."
    assert count(text) == 3
    assert count(text, large_attack=True) == 10
    assert count("Dozens were killed.", large_attack=True) == 12  # a fixed word stays fixed


def test_scores_is_flagged():
    assert "flag" in find_fatalities("Scores of fighters were killed.").rule


# --- sums, subsets and the attacker ------------------------------------------------------------

def test_subsets_are_not_added():
    assert count("The raid killed 10 people in Bunia, including 3 children.") == 10
    assert count("Ten people, including two children, were killed in the strike.") == 10
    assert count("At least 20 members of the security forces including a senior police "
                 "officer have been killed in Samangan.") == 20


def test_a_subset_alone_is_the_lowest_credible_figure():
    f = find_fatalities("Two children were among the dead, hospital staff said.")
    assert f.count == 2 and "subset" in f.rule
    assert count("Among the dead were three soldiers.") == 3


def test_different_groups_add_up():
    assert count("Three soldiers and two civilians were killed in the ambush.") == 5
    assert count("The strike killed three soldiers and two civilians.") == 5
    f = find_fatalities(
        "Clashes killed four soldiers, while six militants were killed in the army's response.")
    assert f.count == 10 and "[state]" in f.rule and "[armed]" in f.rule


def test_other_and_another_add_up():
    assert count("Three of the victims died at the scene and the other four succumbed to "
                 "their injuries.") == 7


def test_an_apposition_is_not_a_sum():
    assert count("The blast killed five people, two children and a woman.") == 5


def test_a_speaker_after_the_victims_is_not_a_victim():
    f = find_fatalities("The army shelled the camp, killing many fighters, a security official "
                        "said on Thursday.")
    assert f.count == 3 and "official" not in f.raw
    f = find_fatalities("Settlers burned shops after the killing of an Israeli man, Palestinian "
                        "residents said.")
    assert f.count == 1 and f.raw == "killing of an Israeli man"


def test_the_attackers_death_counts():
    assert count("A suicide bomber blew himself up at a checkpoint in Mogadishu, killing "
                 "five policemen.") == 6
    assert count("The attacker killed himself and five others.") == 6
    assert count("A suicide bomber killed 26 people, including the bomber.") == 26
    assert count("The bomber was also killed.") == 1


# --- zero (§6.5) -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, rule", [
    ("No casualties were reported after the rocket hit the airport.", "no deaths"),
    ("No one was hurt when the grenade went off outside the bar.", "no deaths"),
    ("The drone crashed without causing casualties.", "no deaths"),
    ("There were no immediate reports of casualties.", "no deaths"),
    ("The explosion caused casualties among the guards.", "casualties"),
    ("Twelve people were killed or wounded in the shelling.", "unclear"),
    ("The army retook the town on Sunday.", "no deaths mentioned"),
])
def test_zero_with_a_rule(text, rule):
    f = find_fatalities(text)
    assert f.count == 0
    assert rule in f.rule


def test_a_death_beats_a_zero_in_the_same_sentence():
    assert count("No civilians were hurt but two soldiers were killed in the ambush.") == 2


# --- what is not a death figure ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ahmed, 25, was wounded in the leg.",
    "Police arrested 12 people after the march.",
    "In 2019, the militia numbered 3,000 fighters.",
    "Troops seized a 7.62mm machine gun and 400 rounds.",
    "The curfew starts at 3 pm and ends at 6 am.",
    "The council adopted Resolution 2334 by 14 votes.",
    "For information call 0912 345 678.",
    "A 25-year-old shepherd was abducted near Kadugli.",
    "The UN said 1.2 million people were displaced.",
    "The minister narrowly escaped; he was nearly killed.",
    "The militants threatened to kill 20 hostages.",
    "Dozens of houses were burned.",
])
def test_numbers_in_other_contexts_are_not_deaths(text):
    assert count(text) == 0


@pytest.mark.parametrize("text, n", [
    ("In 2019, 45 people were killed in the region.", 45),
    ("The 2019 attack killed 12 pilgrims.", 12),
    ("Gunmen killed 2 people at 3 pm near the mosque.", 2),
    ("Troops firing 7.62mm rifles killed 3 protesters.", 3),
    ("Ahmed Ali, 25, and his brother were among 6 people killed on 14 March.", 6),
    ("Security forces killed two suspected militants 5 km from Mandera.", 2),
])
def test_figures_beside_other_numbers(text, n):
    assert count(text) == n


# --- mentions ----------------------------------------------------------------------------------

def test_mentions_give_each_figure_with_its_span():
    text = ("Gunmen killed 4 soldiers in Kaya on Monday; separately, 3 civilians were killed "
            "in Djibo.")
    mentions = find_fatality_mentions(text)
    assert [f.count for _, f in mentions] == [4, 3]
    for span, f in mentions:
        assert text[span.start:span.end] == span.text == f.raw
    assert "[state]" in mentions[0][1].rule and "[civilian]" in mentions[1][1].rule


def test_mentions_mark_subsets_and_zeros():
    text = "No soldiers were killed; two children were among the dead."
    rules = [f.rule for _, f in find_fatality_mentions(text)]
    assert any("no deaths" in r for r in rules)
    assert any("subset" in r for r in rules)


def test_mentions_of_text_without_deaths_are_empty():
    assert find_fatality_mentions("Protesters blocked the main road in Lima.") == []


# --- numbers and splitting ---------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("three", 3), ("twenty-two", 22), ("twenty two", 22), ("one hundred and five", 105),
    ("a hundred", 100), ("1,200", 1200), ("two thousand", 2000), ("many", None),
])
def test_words_to_int(text, n):
    assert words_to_int(text) == n


def test_parse_quantity():
    assert parse_quantity("between 12 and 15") == (12, "lowest of 12-15")
    assert parse_quantity("at least 7") == (7, "at least 7->7")
    assert parse_quantity("dozens of") == (12, "dozens->12")
    assert parse_quantity("half a dozen") == (6, "half a dozen->6")
    assert parse_quantity("several", large_attack=True)[0] == 10
    assert parse_quantity("nothing") is None


def test_split_fatalities():
    assert split_fatalities(13, 3) == [5, 4, 4]
    assert split_fatalities(2, 3) == [1, 1, 0]
    assert split_fatalities(0, 2) == [0, 0]
    assert split_fatalities(7, 1) == [7]
    with pytest.raises(ValueError):
        split_fatalities(5, 0)


# --- sides, quotes, questions and the attacker in one clause ------------------------------------

def test_sides_in_quotation_marks_add_up():
    f = find_fatalities('The ministry said three police officers and 9 "bandits" were killed '
                        'in the exchange near the dam.')
    assert f.count == 12 and "[state]" in f.rule and "[armed]" in f.rule


def test_how_many_is_a_question_not_a_figure():
    assert count("The governor did not say how many police officers were killed.") == 0


def test_a_leader_shot_dead_counts():
    assert count("Militiamen shot dead a community leader at his farm, his family said.") == 1


def test_the_attacker_is_folded_into_the_victims_figure():
    text = ("A bomber blew himself up outside a mosque in the east of the city on Friday, "
            "killing nine people, the Taliban police said.")
    mentions = find_fatality_mentions(text)
    assert [f.count for _, f in mentions] == [10]
    assert mentions[0][1].rule.endswith("+ 1 attacker(s) (ONTOLOGY 6.6)")
    assert find_fatalities(text).count == 10


@pytest.mark.parametrize("text, n", [
    # a participle's phrase between the dead and the verb (§6)
    ("Four soldiers and three farmers working nearby were killed in the blast.", 7),
    ("Two women queuing for bread were killed when the shell landed.", 2),
    # a speaker before a comma joins no list with the dead
    ("According to the general staff, twelve terrorists were neutralised.", 12),
    ("Officials said staff, six guards were killed overnight.", 6),
    # a list joined with "and" still adds up
    ("Five soldiers, two civilians and a child were killed.", 8),
])
def test_participles_and_commas_around_the_dead(text, n):
    assert count(text) == n


def test_jawans_are_state_forces():
    # Indian reports call soldiers and armed police "jawans" (§6: the dead of a state force)
    assert count("Four CRPF jawans and a driver lost their lives in the ambush.") == 5


@pytest.mark.parametrize("text, count", [
    ('The army said its drones struck rebel positions, killing "dozens" of fighters.', 12),
    ("The group said its fighters had killed “more than 40” soldiers.", 40),
])
def test_a_figure_in_quotation_marks_is_read(text, count):
    # the source's own word, quoted; the raw text keeps the quotation marks
    f = find_fatalities(text)
    assert f.count == count and ('"' in f.raw or "“" in f.raw)


def test_the_martyrdom_of_two_soldiers_is_two_deaths():
    # a military statement's word for its own dead
    f = find_fatalities("The blast resulted in the martyrdom of a captain and a soldier.")
    assert f.count == 2
