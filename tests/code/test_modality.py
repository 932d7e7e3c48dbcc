"""Modality of event mentions: certainty, attribution, and news vs background (our own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.code import Modality, assess_modality, classify_sentence
from dateline.records import CERTAINTIES, Span


def _modality(parse, text, **kw) -> Modality:
    doc = parse(text)
    decisions = classify_sentence(doc)
    assert decisions, f"no event found in {text!r}"
    return assess_modality(doc, decisions[0].trigger, **kw)


@pytest.mark.parametrize("text,certainty,attribution", [
    ("Unconfirmed reports said militants had stormed the prison.", "unconfirmed", "Unconfirmed reports"),
    ("Gunmen reportedly abducted five students from the school.", "unconfirmed", ""),
    ("Gunmen abducted five students, but the report could not be independently verified.",
     "unconfirmed", ""),
    ("The Islamic State group claimed responsibility for the bombing.", "claimed",
     "The Islamic State group"),
    ("The Taliban said they had killed 20 soldiers in the attack.", "claimed", "The Taliban"),
    ("The army denied that its jets bombed the market.", "denied", "The army"),
    ("According to the ministry, gunmen killed 12 villagers.", "reported", "the ministry"),
    ("Gunmen killed 12 villagers on Sunday, police said.", "reported", "police"),
    ("The health ministry confirmed that an airstrike hit the hospital.", "confirmed",
     "The health ministry"),
    ("A roadside bomb killed two soldiers on Tuesday.", "reported", ""),
    # docs/fixtures.md: both sides acknowledging it is a confirmation
    ("Rebels captured the village on Wednesday, according to both sides.", "confirmed", "both sides"),
])
def test_certainty_and_attribution(parse, text, certainty, attribution):
    m = _modality(parse, text)
    assert m.certainty in CERTAINTIES
    assert (m.certainty, m.attribution) == (certainty, attribution)
    assert m.reason


def test_denying_involvement_does_not_deny_the_event(parse):
    m = _modality(parse, "Rebels denied involvement in the attack on the convoy.")
    assert m.certainty != "denied"


@pytest.mark.parametrize("text", [
    "Police arrested the leader of the 2011 uprising.",
    "The massacre of 300 villagers in 2014 remains unpunished.",
    "Militants killed 12 villagers last year.",
    "Militants have attacked villages in the region for years.",
    "Gunmen have abducted hundreds of people since 2019.",
    "The attack came days after security forces said they had killed two militants in a gunfight.",
    "The raid comes weeks after soldiers clashed with rebels near the border.",
    "The ministry said its forces had repelled a similar attack on the same position.",
    "The strike was the third such attack on a market this month.",
])
def test_background_history_is_not_new(parse, text):
    m = _modality(parse, text)
    assert m.is_new is False
    assert "background" in m.reason


@pytest.mark.parametrize("text", [
    "A roadside bomb killed two soldiers on Tuesday.",
    "Police fired tear gas at protesters in the capital on Friday.",
    "Gunmen killed 12 villagers on Sunday in a region where attacks are frequent.",
    "M23 rebels entered Bukavu a day after they seized the town of Kabare.",
])
def test_news_is_new(parse, text):
    assert _modality(parse, text).is_new is True


def test_year_of_publication_is_news(parse):
    text = "Militants killed 12 villagers in 2019."
    assert _modality(parse, text).is_new is False
    assert _modality(parse, text, pub_date=dt.date(2019, 6, 1)).is_new is True
    assert _modality(parse, text, pub_date=dt.date(2021, 6, 1)).is_new is False


def test_works_on_plain_text():
    text = "Gunmen killed 12 villagers on Sunday, police said."
    m = assess_modality(text, Span(7, 13, "killed"))
    assert (m.certainty, m.attribution, m.is_new) == ("reported", "police", True)
