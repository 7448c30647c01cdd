"""extract: figures found in sentences, their kind, category, value and features."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from newsrecon.extract import extract_claims, profile_article, sums_in_story_currency
from newsrecon.models import Claim
from newsrecon.nlp import analyse

from .conftest import make_article

Extract = Callable[..., list[Claim]]

# (sentence, claim text, kind, category, value, hedge)
# fmt: off
CLAIM_TABLE: list[tuple[str, str, str, str, object, str]] = [
    # a death has no object: the parse's object of "died" is a part of the dead
    ("Police said 16 people had died in the crash, among them eight foreigners.", "16", "count",
     "killed", 16, "exact"),
    # a nation's people the toll includes, listed one after another, are of the dead
    ("They mourned the 16 people killed, including five Portuguese, three Britons and two"
     " Canadians.", "three", "count", "killed", 3, "exact"),
    # the held a headline's participle kills, tagged past tense
    ("Pakistan train attack: 26 hostages killed", "26", "count", "killed", 26, "exact"),
    # the participle the parse makes an adjective keeps its category
    ("The fire has scorched 10,000 hectares and 6,500 residents remain evacuated.", "6,500",
     "count", "displaced", 6500, "exact"),
    ("About 6,500 residents remain displaced, officials said.", "About 6,500", "count",
     "displaced", 6500, "about"),
    # a headline's label before a colon is its topic, not what the figure counts
    ("Nepal protests: death toll rises to 51", "51", "count", "killed", 51, "exact"),
    # a verb joined to the figure's own with a subject the parse hangs on its auxiliary says
    # nothing of the figure's people
    ("Twenty-seven people were rescued and four are missing.", "Twenty-seven", "count", "other",
     27, "exact"),
    # a change by a figure with words of its own, then where it came to: two figures
    ("Japan's population fell by a record 908,574 to 120.3 million in 2025.", "908,574", "count",
     "other", 908574, "exact"),
    ("Japan's population fell by a record 908,574 to 120.3 million in 2025.", "120.3 million",
     "count", "population", 120300000, "exact"),
    ("The death toll rose by a further 12 to 61, officials said.", "61", "count", "killed", 61,
     "exact"),
    # a headline's participle the tagger read as a noun the figure counts
    ("Kenya protesters storm parliament, at least 5 shot dead", "at least 5", "count", "killed",
     5, "at_least"),
    # a number word hyphened to a word is no part of the figure before it; a dash that ends an
    # aside joins no word to the figure
    ("He pleaded not guilty to two first-degree murder charges.", "two", "count", "other", 2,
     "exact"),
    ("Two three-story hotels collapsed in the quake.", "Two", "count", "other", 2, "exact"),
    ("The woman who shot three co-workers \u2014 killing two\u2013 at the plant was charged.",
     "two", "count", "killed", 2, "exact"),
    # people living in evacuation centres or tents are displaced, no population; a tally of
    # the confirmed dead counts the killed
    ("Some 240,000 people are living in evacuation centres.", "Some 240,000", "count",
     "displaced", 240000, "about"),
    ("The number of confirmed dead from Japan's earthquake and tsunami rose above 10,000 on "
     "Monday, with more than 17,000 people still missing, police said.", "above 10,000", "count",
     "killed", 10000, "more_than"),
    # "burned alive": killed
    ("About 30 people were burned alive in a church.", "About 30", "count", "killed", 30,
     "about"),
    # a second deed with an object of its own, hung by the parse on the counted people, did
    # not befall them
    ("A 6.3 magnitude earthquake struck the New Zealand city of Christchurch on Tuesday, "
     "killing at least 65 people and trapping scores in collapsed buildings, Prime Minister "
     "John Key said.", "at least 65", "count", "killed", 65, "at_least"),
    # a headline's tally verb the tagger read as a plural noun; a tally's next figure in a verb
    # joined to its own; "it" standing for the tally of the clause before
    ("Ferry captain arrested as toll climbs to 28", "28", "count", "killed", 28, "exact"),
    ("Nepal toll tops 5,000, may reach 10,000", "10,000", "count", "killed", 10000, "exact"),
    ("The death toll climbed past 5,000 on Tuesday, and Prime Minister Sushil Koirala said it "
     "could reach 10,000.", "10,000", "count", "killed", 10000, "exact"),
    # people listed after the first noun captors hold are held as hostages too
    ("Pirates are holding at least 20 ships and more than 400 crew members.", "more than 400",
     "count", "hostages", 400, "more_than"),
    # those the killers of whom a sentence names were killed
    ("Obama vowed to bring to justice the killers of four Americans.", "four", "count",
     "killed", 4, "exact"),
    # a tally's infinitive with no subject of its own moves the tally
    ("Japan toll expected to top 10,000", "10,000", "count", "killed", 10000, "more_than"),
    # people handed over for prisoners are the other side's captives
    ("Hamas released four Israeli soldiers on Saturday in exchange for 200 Palestinian "
     "prisoners.", "four", "count", "hostages", 4, "exact"),
    # a figure right after a bare "to" is the tally's, not one of a pair of figures
    ("Divers searched the ferry as the confirmed death toll rose to 28 and 268 people remained "
     "missing.", "28", "count", "killed", 28, "exact"),
    ("Divers searched the ferry as the confirmed death toll rose to 28 and 268 people remained "
     "missing.", "268", "count", "missing", 268, "exact"),
    # digits and the number word after them are two figures
    ("The deal will be carried out in two stages, with 477 prisoners freed first and 550 two "
     "months later.", "550", "count", "prisoners", 550, "exact"),
    # a share the model runs into the name before it is still a share
    ("The Conservatives took 43.6 percent of the vote and Labour 32.1 percent.", "32.1 percent",
     "amount", "percent", 32.1, "exact"),
    # places listed after the first count, one run into its figure by the model
    ("Guinea has reported 380 deaths, Liberia 413, Sierra Leone 348 and Nigeria four.", "413",
     "count", "killed", 413, "exact"),
    ("Guinea has reported 380 deaths, Liberia 413, Sierra Leone 348 and Nigeria four.", "348",
     "count", "killed", 348, "exact"),
    # a place "of" so many people is the place's size
    ("In Donggala, a district of 300,000 people closer to the epicenter, 11 deaths were "
     "confirmed.", "300,000", "count", "population", 300000, "exact"),
    # people listed beside the held whom the verb kills are killed, as the held are
    ("Algerian forces stormed the gas plant on Thursday, and at least 12 hostages and 18 "
     "militants were killed, the state news agency said.", "at least 12", "count", "killed", 12,
     "at_least"),
    ("Algerian forces stormed the gas plant on Thursday, and at least 12 hostages and 18 "
     "militants were killed, the state news agency said.", "18", "count", "killed", 18,
     "exact"),
    # attackers who flee escape; they are no displaced people
    ("A third airport attacker fled and was being sought.", "A third", "count", "other", 1,
     "exact"),
    ("The city has about 100,000 residents.", "about 100,000", "count", "population", 100000,
     "about"),
    ("Eighty-two of the Chibok schoolgirls were freed on Saturday in exchange for Boko Haram "
     "prisoners, the presidency said.", "Eighty-two", "count", "hostages", 82, "exact"),
    # the subject after a dateline's dash, which the parse hung on the dateline, is the verb's
    ("WHAKATANE, New Zealand (AP) - One of the people injured in Monday's eruption on White "
     "Island died in hospital, bringing the death toll to six, police said on Wednesday.", "One",
     "count", "killed", 1, "exact"),
    # a deed joined to a toll's, with an object of its own, did its own thing to the count
    ("Hurricane Maria killed at least 13 people in Puerto Rico and knocked out power to all 3.4 "
     "million residents of the U.S. territory, officials said on Friday.", "3.4 million", "count",
     "other", 3400000, "exact"),
    # "likely to have died": the dead
    ("The police chief said on Sunday that more than 10,000 people were likely to have died.",
     "more than 10,000", "count", "killed", 10000, "more_than"),
    # those in relief camps, as a tally counts them, are the displaced
    ("The death toll rose to 357 on Sunday, and the number of people in relief camps rose to more "
     "than 725,000, state officials said.", "more than 725,000", "count", "displaced", 725000,
     "more_than"),
    # people said to be in hospital, by a verb that says nothing else of them, are the hurt
    ("The 24 people in hospital include six children.", "24", "count", "injured", 24, "exact"),
    # "a 3,000-strong crowd" counts the crowd
    ("A 3,000-strong crowd gathered in the square.", "3,000", "count", "crowd", 3000, "exact"),
    # a band of doers did the deed, and so did those it included
    ("Headline\n\nHaitian police said on Thursday a commando of 28 foreign mercenaries, "
     "including 26 Colombians and two Haitian Americans, killed Moise.", "28", "count", "other",
     28, "exact"),
    ("Headline\n\nHaitian police said on Thursday a commando of 28 foreign mercenaries, "
     "including 26 Colombians and two Haitian Americans, killed Moise.", "26", "count", "other",
     26, "exact"),
    ("Gunmen killed 30 villagers, including 12 children.", "12", "count", "killed", 12, "exact"),
    # a hedge said after the figure, or after the noun it counts
    ("Police said 50 or more people were hurt.", "50", "count", "injured", 50, "at_least"),
    ("Ten or fewer people were hurt.", "Ten", "count", "injured", 10, "at_most"),
    ("A dozen or so people were hurt.", "A dozen", "count", "injured", 12, "about"),
    ("Five aftershocks of magnitude 4.5 or more were recorded.", "magnitude 4.5", "amount",
     "measure", 4.5, "at_least"),
    ("The storm could bring 10 inches or more of rain.", "10 inches", "amount", "measure", 10,
     "at_least"),
    # (a range said with "or" stays a range)
    ("Two or three people died.", "Two or three", "count", "killed", None, "range"),
    # people doing something are what is counted, not what they hold
    ("Earlier, hundreds of schoolchildren holding candles gathered peacefully.", "hundreds",
     "count", "crowd", None, "about"),
    # a count listed after a place is no version of it
    ("Israeli strikes killed 12 in Gaza, 7 in Lebanon.", "7", "count", "killed", 7, "exact"),
    # the people of a gathering its noun names are a crowd, whatever the clause's verb
    ("A march by 10,000 people blocked the avenue.", "10,000", "count", "crowd", 10000, "exact"),
    ("A rally of 5,000 supporters was held on Sunday.", "5,000", "count", "crowd", 5000, "exact"),
    # a headline's count passing a figure, the verb read as an adjective
    ("Congo Ebola deaths rise to 31; cases top 50", "50", "count", "other", 50, "more_than"),
    # a scaled figure added to a sum just said is in its currency
    ("He moved for a fee of 85 million euros plus 15 million in add-ons.", "15 million",
     "amount", "money", 15000000, "exact"),
    ("He paid 40 million pounds and a further 10 million in bonuses.", "10 million", "amount",
     "money", 10000000, "exact"),
    # ... and so is a price's scaled figure in a sentence of sums in one currency (not two)
    ("He joined in a deal worth up to 100 million euros, with a basic fee of 90 million.",
     "90 million", "amount", "money", 90000000, "exact"),
    ("The club paid $50 million and 20 million euros, with a fee of 90 million.", "90 million",
     "count", "other", 90000000, "exact"),
    # a measure the model runs into a product's name as its sentence starts
    ("Some 460 mm of rain fell in Yangjiang.", "Some 460 mm", "amount", "measure", 460, "about"),
    # a figure against a currency is an exchange rate
    ("The yen weakened to 149.8 per dollar on Thursday.", "149.8 per dollar", "amount",
     "measure", 149.8, "exact"),
    ("The rupee fell to 83.5 against the dollar.", "83.5 against the dollar", "amount",
     "measure", 83.5, "exact"),
    # a headline's "top" the tagger read as an adjective is the verb that passes a figure
    ("Sudan cholera deaths top 100", "100", "count", "killed", 100, "more_than"),
    # a fraction of a magnitude is one number
    ("About a quarter of a million people are trapped in the city.",
     "About a quarter of a million", "count", "missing", 250000, "about"),
    # a half written into the number: hyphenated, and a fraction before a unit spaCy tags a time
    ("He was sentenced to 22-and-a-half years.", "22-and-a-half years", "duration", "duration",
     22.5, "exact"),
    ("Chauvin pinned his neck for about 9 1/2 minutes.", "about 9 1/2 minutes", "duration",
     "duration", 9.5, "about"),
    (
        "Israel's retaliatory response has killed at least 47,283 people in Gaza.",
        "at least 47,283", "count", "killed", 47283, "at_least",
    ),
    (
        "The attack resulted in the deaths of 1,210 people, mostly civilians.",
        "1,210", "count", "killed", 1210, "exact",
    ),
    ("Hamas militants took 251 hostages.", "251", "count", "hostages", 251, "exact"),
    # a tally revised by a figure, said of its object or a passive subject, is no range
    ("Officials revised the toll down by three to 76.", "76", "count", "killed", 76, "exact"),
    ("The toll was revised down by three to 76.", "three", "count", "killed", 3, "exact"),
    # temperatures written short: glued to their scale, or the scale a capital after them
    ("Temperatures reached 45C in Seville.", "45C", "amount", "measure", 45, "exact"),
    ("The previous record of 51 C was set in 2016.", "51 C", "amount", "measure", 51, "exact"),
    ("It hit 47.6°C on Tuesday.", "47.6°C", "amount", "measure", 47.6, "exact"),
    ("Temperatures fell to -15C overnight.", "-15C", "amount", "measure", -15, "exact"),
    # buried people are a toll; buried houses are not
    (
        "The government said more than 2,000 people were buried alive by the landslide.",
        "more than 2,000", "count", "killed", 2000, "more_than",
    ),
    (
        "The landslide struck the village, burying more than 150 houses.",
        "more than 150", "count", "other", 150, "more_than",
    ),
    # how badly they fare says they are hurt, wherever the parse hangs the share
    (
        "Officials said 64 people had been confirmed dead and more than 300 injured, 20 of them "
        "seriously.",
        "20", "count", "injured", 20, "exact",
    ),
    ("Around 31,800 people were in evacuation shelters.", "Around 31,800", "count", "displaced",
     31800, "about"),
    ("About 26,000 people remained in shelters.", "About 26,000", "count", "displaced", 26000,
     "about"),
    (
        "Kidnappers demanded a ransom of 1 billion naira.",
        "1 billion naira", "amount", "money", 1_000_000_000, "exact",
    ),
    # "it" is the tally of the clause the putting hangs on, not the sum before it
    (
        "Kidnappers demanded a ransom of 1 billion naira. The governor said the number of "
        "missing children was lower than first reported, putting it at 137.",
        "137", "count", "missing", 137, "exact",
    ),
    # a name before a number makes it a designation ("Route 52") only when it governs it
    ("Hamas freed 3 hostages and Israel 90 prisoners.", "90", "count", "prisoners", 90, "exact"),
    ("Quake Kills 10 in Iran", "10", "count", "killed", 10, "exact"),
    ("Five dead, dozens injured in Indonesia quake", "Five", "count", "killed", 5, "exact"),
    (
        "An earthquake with a preliminary magnitude of 4.4 struck Sonoma County.",
        "magnitude of 4.4", "amount", "measure", 4.4, "exact",
    ),
    (
        "In February, a quake measuring 6.4 on the Richter scale hit the town of Zarand.",
        "6.4 on the Richter scale", "amount", "measure", 6.4, "exact",
    ),
    ("Magnitude 4.6 Earthquake Shakes Up North Bay", "Magnitude 4.6", "amount", "measure", 4.6,
     "exact"),
    (
        "Hamas is to free 33 prisoners in exchange for around 1,900 Palestinians held in "
        "Israeli jails.",
        "around 1,900", "count", "prisoners", 1900, "about",
    ),
    (
        "Israel said it detained more than 100 wanted individuals.",
        "more than 100", "count", "detained", 100, "more_than",
    ),
    (
        "An operation it says is aimed at rooting out extremism has killed dozens.",
        "dozens", "count", "killed", None, "about",
    ),
    (
        "The war has devastated the Palestinian territory of 2.4 million people.",
        "2.4 million", "count", "population", 2_400_000, "exact",
    ),
    (
        "Forces detonated about 20 buildings in the camp.",
        "about 20", "count", "other", 20, "about",
    ),
    (
        "Four hostage-prisoner exchanges have already taken place.",
        "Four", "count", "other", 4, "exact",
    ),
    (
        "A gunman killed two Israeli soldiers in an attack.",
        "two", "count", "killed", 2, "exact",
    ),
    (
        "The ceasefire came after 15 months of war.",
        "15 months", "duration", "duration", 15, "exact",
    ),
    ("The initial, 42-day phase is due to end.", "42-day", "duration", "duration", 42, "exact"),
    ("It is a 5 min walk from the station.", "5 min", "duration", "duration", 5, "exact"),
    ("She lived half a mile away.", "half a mile", "amount", "measure", 0.5, "exact"),
    ("The Fed cut rates by half a percentage point.", "half a percentage point", "amount",
     "measure", 0.5, "exact"),
    ("They were chatting for half an hour.", "half an hour", "duration", "duration", 0.5,
     "exact"),
    ("The raid lasted an hour and a half.", "an hour and a half", "duration", "duration", 1.5,
     "exact"),
    ("He reached the playoffs in 10 consecutive years.", "10 consecutive years", "duration",
     "duration", 10, "exact"),
    ("Protesters rallied for three straight days.", "three straight days", "duration",
     "duration", 3, "exact"),
    (
        "Just over two weeks after the truce began, talks resumed.",
        "Just over two weeks", "duration", "duration", 2, "more_than",
    ),
    (
        "The government pledged $1.5bn in aid.",
        "$1.5bn", "amount", "money", 1_500_000_000, "exact",
    ),
    (  # the hedge before the currency symbol
        "HP will acquire EDS for about $13 billion.",
        "about $13 billion", "amount", "money", 13_000_000_000, "about",
    ),
    (
        "The offer is worth at least $22 million a season.",
        "at least $22 million", "amount", "money", 22_000_000, "at_least",
    ),
    ("Unemployment rose to 12 percent.", "12 percent", "amount", "percent", 12, "exact"),
    ('It has a 3.1" touch screen.', '3.1"', "amount", "measure", 3.1, "exact"),
    # the inch mark of "17"" opens no quotation
    ('The 17" model is thin (0.98" to be precise).', '0.98"', "amount", "measure", 0.98, "exact"),
    ("It ships with 4 gigabytes of RAM.", "4 gigabytes", "amount", "measure", 4, "exact"),
    # "in" before a length it is converted to abbreviates inches
    ("It maxes out at 0.68 in or 17 mm.", "0.68 in", "amount", "measure", 0.68, "exact"),
    ("Songs will cost 69 cents each.", "69 cents", "amount", "money", 0.69, "exact"),
    # a title-case headline's noun before a number is no model name
    ("Gaza Death Toll 47,035 As Strikes Continue", "47,035", "count", "killed", 47035, "exact"),
    ("Petrol rose by 5 pence.", "5 pence", "amount", "money", 0.05, "exact"),
    ("It packs a 3.2-megapixel camera.", "3.2-megapixel", "amount", "measure", 3.2, "exact"),
    ("The offer is worth about US $160 million.", "about US $160 million", "amount", "money",
     160_000_000, "about"),
    ("It has a 1400 mAh battery.", "1400 mAh", "amount", "measure", 1400, "exact"),
    ('He shouted "I saw 3" and left.', "3", "count", "other", 3, "exact"),
    ("Police arrested John Smith, 23 and 14 others.", "14", "count", "detained", 14, "exact"),
    ("The paper's headline read '12 dead in blast'.", "12", "count", "killed", 12, "exact"),
    (
        "He approved a shipment of 2,000-pound bombs.",
        "2,000-pound", "amount", "measure", 2000, "exact",
    ),
    (
        "The war broke out after Hamas attacked Israel on October 7, 2023.",
        "October 7, 2023", "date", "date", "2023-10-07", "exact",
    ),
    (
        "The first phase took effect on January 19.",
        "January 19", "date", "date", "2025-01-19", "exact",
    ),
    (
        "Greece agreed a 110-billion ($143-billion) debt bailout.",
        "$143-billion", "amount", "money", 143_000_000_000, "exact",
    ),
    (
        "Scores of people were injured.",
        "Scores", "count", "injured", None, "about",
    ),
    # "scores" alone, the subject of harm, are people too
    (
        "Eight people died and scores were hurt.",
        "scores", "count", "injured", None, "about",
    ),
    # zero stated in words
    ("No one was killed in the attack.", "No one", "count", "killed", 0, "exact"),
    ('He said: "Luckily no-one has been hurt."', "no-one", "count", "injured", 0, "exact"),
    ("There were no casualties.", "no casualties", "count", "injured", 0, "exact"),
    # the corpus's lost currency signs, and signs glued to magnitudes
    ("The thieves stole jewels worth e85 million.", "e85 million", "amount", "money",
     85_000_000, "exact"),
    ("It sold for p74million last year.", "p74million", "amount", "money", 74_000_000, "exact"),
    ("Greece will receive 110 billion euros in loans.", "110 billion euros", "amount", "money",
     110_000_000_000, "exact"),
    ("Over a hundred Billion Dollars of trade passes here.", "Over a hundred Billion Dollars",
     "amount", "money", 100_000_000_000, "more_than"),
    ("Nearly 100 billion USD worth of trade passes here.", "Nearly 100 billion USD", "amount",
     "money", 100_000_000_000, "about"),
    # number words, vague quantities and ranges
    ("Twenty-five people were arrested.", "Twenty-five", "count", "detained", 25, "exact"),
    ("There were 46 arrests, mostly teenagers.", "46", "count", "detained", 46, "exact"),
    ("There was one arrest, with no injuries to police.", "no injuries", "count", "injured", 0,
     "exact"),
    ("Several people were injured.", "Several", "count", "injured", None, "about"),
    ("A handful were missing.", "A handful", "count", "missing", None, "about"),
    ("Dozens of people were wounded.", "Dozens", "count", "injured", None, "about"),
    ("Hundreds fled the town.", "Hundreds", "count", "displaced", None, "about"),
    ("Some 1.8 million Sudanese have crossed into neighboring countries.", "Some 1.8 million",
     "count", "displaced", 1800000, "about"),
    ("Sudan displacement tops 10 million, UN says", "10 million", "count", "displaced",
     10000000, "more_than"),
    # the hurt who then died are dead
    ("The toll rose after three injured passengers died in hospital.", "three", "count",
     "killed", 3, "exact"),
    ("Two wounded soldiers died later.", "Two", "count", "killed", 2, "exact"),
    ("Five injured people were taken to hospital.", "Five", "count", "injured", 5, "exact"),
    ("Between 10 and 20 people were hurt.", "Between 10 and 20", "count", "injured", None,
     "range"),
    # "between" with no "and" after the figure is no range: "between two trains"
    ("A collision between two trains killed 36.", "two", "count", "other", 2, "exact"),
    # survivors are alive, whatever killing the clause tells of; not so their wounds
    ("The crash killed 150 people, with only two survivors.", "two", "count", "other", 2,
     "exact"),
    ("Two survivors were injured.", "Two", "count", "injured", 2, "exact"),
    # a state "with" its own figure is that figure's, not the toll's
    ("The death toll rose to 41 on Friday, with 56 missing.", "41", "count", "killed", 41,
     "exact"),
    ("The death toll rose to 41 on Friday, with 56 missing.", "56", "count", "missing", 56,
     "exact"),
    # the figure whose bodies they are is of the dead, whatever set it is taken from
    ("Divers recovered the bodies of two of the six workers missing after the collapse.", "two",
     "count", "killed", 2, "exact"),
    # a figure the parse hangs on its own verb as a number is that verb's ("they face it")
    ("More than 56,600 people have been killed in Gaza, according to the territory's health"
     " ministry, and about 2.1 million face acute food insecurity, the UN said.",
     "about 2.1 million", "count", "other", 2100000, "about"),
    # people let go after arrest were held: prisoners freed (but people "held" may be captives)
    ("Venezuela's government released 103 people detained during post-election protests.",
     "103", "count", "prisoners", 103, "exact"),
    ("Authorities released a further 70 people arrested after the election.", "70", "count",
     "prisoners", 70, "exact"),
    ("Hamas released 20 people held in Gaza.", "20", "count", "hostages", 20, "exact"),
    # soldiers freed are prisoners of war, freed by whoever held them
    ("The 95 Ukrainian soldiers freed on Wednesday were taken to hospital.", "95", "count",
     "prisoners", 95, "exact"),
    ("Russia freed 95 Ukrainian soldiers on Wednesday.", "95", "count", "prisoners", 95, "exact"),
    ("Militants freed 12 soldiers they had held for a month.", "12", "count", "hostages", 12,
     "exact"),
    # remanded in custody are held; remanded on bail are not
    ("Twelve men were remanded in custody.", "Twelve", "count", "detained", 12, "exact"),
    ("Two men were remanded on bail.", "Two", "count", "other", 2, "exact"),
    # people troops free were held by others; those police free were in their custody
    ("Security forces freed 104 passengers by Tuesday night.", "104", "count", "hostages", 104,
     "exact"),
    ("Police freed 12 protesters on Sunday.", "12", "count", "other", 12, "exact"),
    # people rescuers search for are missing; those police seek are not
    ("Rescuers were searching for six people.", "six", "count", "missing", 6, "exact"),
    ("Police were searching for two men.", "two", "count", "other", 2, "exact"),
    # people an armed group known for taking hostages frees were its captives
    ("Hamas freed three Israeli women on Sunday.", "three", "count", "hostages", 3, "exact"),
    # a span another figure of the clause is spread over is no bound; one held for is
    ("Dengue deaths in Bangladesh rose by 19 over four days to 231.", "over four days",
     "duration", "duration", 4, "exact"),
    ("Two men were held for over 42 days.", "over 42 days", "duration", "duration", 42,
     "more_than"),
    ("The fighting lasted over 42 days.", "over 42 days", "duration", "duration", 42,
     "more_than"),
    ("It drove the euro below $1.29 for the first time in over a year.", "over a year",
     "duration", "duration", 1, "more_than"),
    ("As many as 300 people may have died.", "As many as 300", "count", "killed", 300,
     "at_most"),
    ("Nearly 2,000 homes were destroyed.", "Nearly 2,000", "count", "other", 2000, "about"),
    ("An estimated 30,000 people were displaced.", "An estimated 30,000", "count", "displaced",
     30000, "about"),
    # a verb that goes past a figure, or nearly reaches it, hedges it
    ("The death toll has passed 1,000.", "1,000", "count", "killed", 1000, "more_than"),
    ("The toll topped 500 on Monday.", "500", "count", "killed", 500, "more_than"),
    ("The number of dead neared 500.", "500", "count", "killed", 500, "about"),
    ("The death toll neared 500.", "500", "count", "killed", 500, "about"),
    ("Counter-protesters outnumber rioters as arrests near 500", "near 500", "count",
     "detained", 500, "about"),
    ("Manning passed 300 yards for the fifth time.", "300", "count", "other", 300, "exact"),
    # protesters counted are a crowd, whatever the verb; not when something befell them
    ("In Paris, police counted 80,000 protesters.", "80,000", "count", "crowd", 80000, "exact"),
    ("Several hundred protesters set up burning barricades.", "Several hundred", "count",
     "crowd", None, "about"),
    ("Police arrested 30 protesters.", "30", "count", "detained", 30, "exact"),
    # a trigger's participle after people says what befell them, in a "with" clause too
    ("The outbreak grew to 146 cases, with 20 people hospitalized.", "20", "count", "injured",
     20, "exact"),
    ("The outbreak grew to 146 cases, with 20 cases confirmed.", "20", "count", "other", 20,
     "exact"),
    # a toll said as a tally, at a level, or with a word the parser reads as a time
    ("The death toll now stands at 41.", "41", "count", "killed", 41, "exact"),
    # a clock's "a.m." that cuts a sentence in two leaves no dateline behind it
    ("The ceasefire took effect at 8:30 a.m. local time on Jan. 19.", "Jan. 19", "date", "date",
     "2025-01-19", "exact"),
    # a share said out of ten, five...: a percentage, not two counts
    ("Nine in 10 Gazans have been displaced.", "Nine in 10", "amount", "percent", 90, "exact"),
    ("One in five children is malnourished.", "One in five", "amount", "percent", 20, "exact"),
    ("Nine out of 10 voters backed the deal.", "Nine out of 10", "amount", "percent", 90,
     "exact"),
    ("He scored 5 in 10 minutes.", "5", "count", "other", 5, "exact"),
    ("We've lost three out of four lines.", "three", "count", "other", 3, "exact"),
    # a crowd's size, however it is put
    ("Police estimated the crowd at 35,000.", "35,000", "count", "crowd", 35000, "exact"),
    ("Klitschko led the 22,000 crowd in singing.", "22,000", "count", "crowd", 22000, "exact"),
    ("Klitschko led the crowd of 22,000 in singing.", "22,000", "count", "crowd", 22000,
     "exact"),
    ("He said no more than 35,000 people took part in the demonstration.", "no more than 35,000",
     "count", "crowd", 35000, "at_most"),
    # another source's reading of the figure before it counts what that one counts
    ("Police put the death toll at 40, while the ministry put it at 52.", "52", "count",
     "killed", 52, "exact"),
    ("Police estimated the crowd at 35,000, while monitors put it at between 275,000 and"
     " 325,000.", "between 275,000 and 325,000", "count", "crowd", None, "range"),
    # an attempted murder killed no one
    ("He was charged with the murders of three people and the attempted murder of four others.",
     "four", "count", "other", 4, "exact"),
    ("He admitted three counts of murder and five of attempted murder.", "five", "count",
     "other", 5, "exact"),
    ("The combined death toll in Turkey and Syria climbed past 15,000.", "15,000", "count",
     "killed", 15000, "more_than"),
    ("The Angels are reluctant to go past seven years.", "seven years", "duration", "duration",
     7, "exact"),
    # a span in several units is one span, in the smallest (seconds, months)
    ("Kiptum won the Chicago Marathon in 2 hours and 35 seconds.", "2 hours and 35 seconds",
     "duration", "duration", 7235, "exact"),
    ("He was jailed for three years and nine months.", "three years and nine months",
     "duration", "duration", 45, "exact"),
    ("The siege lasted more than 2 hours, 5 minutes and 3 seconds.",
     "more than 2 hours, 5 minutes and 3 seconds", "duration", "duration", 7503, "more_than"),
    ("He served 3 years, 2 years of them in solitary.", "3 years", "duration", "duration", 3,
     "exact"),
    # ... as hours, minutes and seconds are, but not a time stamp
    ("Kiptum ran 2:00:35 in Chicago.", "2:00:35", "duration", "duration", 7235, "exact"),
    # ... and minutes and seconds with hundredths (no clock shows them)
    ("Ward's time of 3:55.38 took 0.70 seconds off the old mark.", "3:55.38", "duration",
     "duration", 235.38, "exact"),
    # a glued "m" before a race is metres, not millions
    ("Ward broke the world record in the 400m freestyle on Monday.", "400m", "amount",
     "measure", 400, "exact"),
    ("She won the women's 400m in 49.2 seconds.", "400m", "amount", "measure", 400, "exact"),
    # ... and a noun set beside the counted one says nothing of it
    ("He pleaded guilty to the murders of three girls and the attempted murders of 10 other"
     " people.", "three", "count", "killed", 3, "exact"),
    # a range said with a dash, before a plural noun; a list's figure with its own participle
    ("Some 40-50 homes were destroyed.", "Some 40-50", "count", "other", None, "range"),
    ("Casualties: 12 killed, 30 injured.", "12", "count", "killed", 12, "exact"),
    # "all but two": those it spared
    ("The jet crashed on Sunday, killing all but two of the 181 people aboard.", "two",
     "count", "other", 2, "exact"),
    # those who survived what killed the rest
    ("South Korea plane crash kills 179, two survive", "two", "count", "other", 2, "exact"),
    ("The 174 passengers landed safely, though a few suffered minor injuries.", "174", "count",
     "other", 174, "exact"),
    ("The FAA grounded 171 Boeing 737 Max 9 planes.", "171", "count", "other", 171, "exact"),
    ("Battery life is eight hours, up from five hours before.", "five hours", "duration",
     "duration", 5, "exact"),
    ("Commandos recovered 12 AK 47 guns.", "12", "count", "other", 12, "exact"),
    ("The quake killed 12 people; three survived under the rubble.", "three", "count", "other",
     3, "exact"),
    # a figure the parser tags as a name all by itself
    ("The death toll now stands at 104, AFAD said.", "104", "count", "killed", 104, "exact"),
    ("Almost all of the 288 candidates running for 125 seats are members of the party.", "288",
     "count", "other", 288, "exact"),
    ("Police put the death toll at 41.", "41", "count", "killed", 41, "exact"),
    # ... or a facility, where a count went from
    ("Officials revised the death toll down to 275 from 288.", "288", "count", "killed", 288,
     "exact"),
    ("The death toll rose to 41 overnight.", "41", "count", "killed", 41, "exact"),
    ("The number of dead rose to 41 overnight.", "41", "count", "killed", 41, "exact"),
    ("The number of people killed has risen to 45.", "45", "count", "killed", 45, "exact"),
    ("The number of injured climbed to 150.", "150", "count", "injured", 150, "exact"),
    ("Some 6,000 have been forced from their homes.", "Some 6,000", "count", "displaced", 6000,
     "about"),
    ("The floods drove 400 families from their homes.", "400", "count", "displaced", 400,
     "exact"),
    # the same quantity in different sentence shapes: killed, people
    ("Five people had been confirmed dead.", "Five", "count", "killed", 5, "exact"),
    ("The death toll rose to 11.", "11", "count", "killed", 11, "exact"),
    ("The quake left 24 dead and over 200 injured.", "24", "count", "killed", 24, "exact"),
    ("He wound up with 20 after passing the mark.", "20", "count", "other", 20, "exact"),
    # a number listed after names, counting a noun, is no version
    ("Israel, Egypt and 3 other countries signed.", "3", "count", "other", 3, "exact"),
    ("The apprehended included 12 Somalis and 11 Yemenis.", "11", "count", "detained", 11,
     "exact"),
    ("The quake left 24 dead and over 200 injured.", "over 200", "count", "injured", 200,
     "more_than"),
    ("Rescuers found two more bodies.", "two", "count", "killed", 2, "exact"),
    ("SKY-TV reports that the 3 bank employees were burnt to death.", "3", "count", "killed", 3,
     "exact"),
    ("Three people have suffocated to death in the fire.", "Three", "count", "killed", 3,
     "exact"),
    ("Two men were sentenced to death.", "Two", "count", "other", 2, "exact"),
    # who the figure counts, and which verb is theirs
    ("Riots left three bank workers dead.", "three", "count", "killed", 3, "exact"),
    ("She returned Thursday evening, gunned down two women and left a man wounded.", "two",
     "count", "killed", 2, "exact"),
    ("Police said as many as 20,000 people took to the streets of Athens.", "as many as 20,000",
     "count", "crowd", 20000, "at_most"),
    ("BYD cut prices of 22 models by as much as 34% on Tuesday.", "as much as 34%", "amount",
     "percent", 34, "at_most"),
    ("On Wednesday night, about 200 people attended the vigil.", "about 200", "count", "crowd",
     200, "about"),
    ("Three people died in a bank as tens of thousands of protesters took to the streets.",
     "tens of thousands", "count", "crowd", None, "about"),
    ("One report said six children were killed and 14 trapped under debris.", "14", "count",
     "missing", 14, "exact"),
    ("Two officers involved in the shooting were arrested.", "Two", "count", "detained", 2,
     "exact"),
    ("A quake killed six children and left 14 others trapped when a mosque collapsed.", "14",
     "count", "missing", 14, "exact"),
    ("Two women were killed during demonstrations by tens of thousands who marched.",
     "tens of thousands", "count", "crowd", None, "about"),
    ("A strike that killed about 40 Palestinians sheltering in a UN school.", "about 40",
     "count", "killed", 40, "about"),
    ("The two other victims were being treated at Beaumont Hospital.", "two", "count",
     "injured", 2, "exact"),
    ("Dozens of people were injured and are being treated at three hospitals.", "three",
     "count", "other", 3, "exact"),
    # a subordinate clause's count is not what the main clause did, unless its subject or
    # where a toll was brought to
    ("Gray was shot and killed on Saturday after pointing a gun at two plainclothes officers "
     "who approached him, police said.", "two", "count", "other", 2, "exact"),
    ("An inmate escaped from a prison van after pulling a gun on two guards who were "
     "transporting him.", "two", "count", "other", 2, "exact"),
    ("Five Israeli soldiers lost their lives on Wednesday, four from friendly fire, bringing "
     "to 10 the number of Israelis who have been killed.", "10", "count", "killed", 10,
     "exact"),
    # a noun hung on an intransitive verb is a misparse; on a transitive one, a second object
    ("A female receptionist died and two men, believed to be \"management level employees,\" "
     "underwent surgery for gunshot wounds, Scherlinck said.", "two", "count", "other", 2,
     "exact"),
    ("A quake struck off Aceh in 2004, sparking a tsunami that killed 170,000 people in the "
     "province on Sumatra and tens of thousands more in countries around the Indian Ocean.",
     "tens of thousands", "count", "killed", None, "about"),
    ("A quake which hit Aceh on Tuesday killed at least one person, injured dozens and "
     "destroyed buildings.", "at least one", "count", "killed", 1, "at_least"),
    # what the verb of reporting or belief is completed by
    ("Ten people were reported killed in the blast.", "Ten", "count", "killed", 10, "exact"),
    ("At least 50 reported injured and buildings destroyed after a quake.", "At least 50",
     "count", "injured", 50, "at_least"),
    ("Another two people are also reported to have been killed.", "two", "count", "killed", 2,
     "exact"),
    ("Three people tried to kill the guard.", "Three", "count", "other", 3, "exact"),
    ("A man suspected of shooting three people at an accounting firm was arrested after a "
     "chase.", "three", "count", "other", 3, "exact"),
    ("Three cousins who had taken refuge with hundreds of other people in a UN school were "
     "killed.", "hundreds", "count", "other", None, "about"),
    ("Three people lost their lives in the crash.", "Three", "count", "killed", 3, "exact"),
    ("The news reported that two of the three victims died.", "three", "count", "other", 3,
     "exact"),
    ("Two managers, Paul Riva and Alan Steinberg, were wounded.", "Two", "count", "injured", 2,
     "exact"),
    ("She shot and killed two co-workers at the plant.", "two", "count", "killed", 2, "exact"),
    ("Shooting at Accounting Firm Leaves Woman Dead and 2 Hurt", "2", "count", "injured", 2,
     "exact"),
    ("Powerful Quake in Iran Kills 10; 80 Hurt and 7 Villages Damaged", "80", "count",
     "injured", 80, "exact"),
    ("The news reported that two of the three victims died.", "two", "count", "killed", 2,
     "exact"),
    ("Seven bullets hit him, including three that entered his body from the rear.", "three",
     "count", "other", 3, "exact"),
    ("Police recovered the bodies of three people.", "three", "count", "killed", 3, "exact"),
    # people listed after captives were held as they were
    (
        "With Saturday's release, 19 Israeli hostages and five Thais have been freed.",
        "five",
        "count",
        "hostages",
        5,
        "exact",
    ),
    ("Israel freed 369 prisoners and 24 women.", "24", "count", "prisoners", 24, "exact"),
    # ... but another count listed before says nothing of these
    ("Police found five bodies and three survivors.", "three", "count", "other", 3, "exact"),
    ("Rescuers recovered 12 bodies and 3 wounded people.", "3", "count", "injured", 3, "exact"),
    (
        "This led to the arrest of Jeffs as well as 11 other men of the FLSD.",
        "11",
        "count",
        "detained",
        11,
        "exact",
    ),
    # remains are bodies, whether counted in sets or not; the verb "remains" is none
    ("Divers found the remains of 12 migrants.", "12", "count", "killed", 12, "exact"),
    ("By Saturday, 42 sets of remains had been recovered.", "42", "count", "killed", 42, "exact"),
    ("Crews have found 40 remains so far.", "40", "count", "killed", 40, "exact"),
    ("Three sets of twins were born.", "Three", "count", "other", 3, "exact"),
    ("The ship has seized a total of 14 AK-47 rifles and 31 magazines.", "14", "count",
     "other", 14, "exact"),
    # durations and measures
    ("He spent a week in rehab.", "a week", "duration", "duration", 1, "exact"),
    # "a" unit keeps its hedge: "more than a year" is no exact year
    ("It lasted more than a year.", "more than a year", "duration", "duration", 1, "more_than"),
    ("It could last up to a month.", "up to a month", "duration", "duration", 1, "at_most"),
    ("He was out for about a month.", "about a month", "duration", "duration", 1, "about"),
    ("He was sentenced to 2 1/2 years in prison.", "2 1/2 years", "duration", "duration", 2.5,
     "exact"),
    ("He served four and a half months.", "four and a half months", "duration", "duration",
     4.5, "exact"),
    ("The fire burned for 4\u00bd hours.", "4\u00bd hours", "duration", "duration", 4.5,
     "exact"),
    ("Police negotiated for about two hours.", "about two hours", "duration", "duration", 2,
     "about"),
    ("It has a 3 1/2-inch height advantage.", "3 1/2-inch", "amount", "measure", 3.5,
     "exact"),
    ("The chip uses a third of the power.", "a third", "amount", "percent", 33.3333, "exact"),
    ("It ended a weeklong binge.", "weeklong", "duration", "duration", 1, "exact"),
    ("The magnitude-4.4 quake hit at night.", "magnitude-4.4", "amount", "measure", 4.4,
     "exact"),
    # a storm's category is its strength, not a designation nor a count of storms
    ("Milton made landfall as a Category 3 storm.", "Category 3", "amount", "measure", 3,
     "exact"),
    ("The storm strengthened to Category 4.", "Category 4", "amount", "measure", 4, "exact"),
    ("The fire destroyed the 60,000 square foot building.", "60,000 square foot", "amount",
     "measure", 60000, "exact"),
    ("The attack took place about 150 nautical miles off Aden.", "about 150 nautical miles",
     "amount", "measure", 150, "about"),
    ("Police chased him at speeds up to 193km/h.", "up to 193km/h", "amount", "measure", 193,
     "at_most"),
    ("They chased him at up to 120 miles an hour.", "up to 120 miles an hour", "amount",
     "measure", 120, "at_most"),
    ("Winds reached 100 knots.", "100 knots", "amount", "measure", 100, "exact"),
    ("Phoenix reached 110 degrees Fahrenheit.", "110 degrees Fahrenheit", "amount", "measure",
     110, "exact"),
    ("The storm dumped 16 inches (40 centimeters) of rain.", "40 centimeters", "amount",
     "measure", 40, "exact"),
    # a toll in lives, lost people, the dead and the injured named by a preposition
    ("The bombardment has claimed more than 660 lives.", "more than 660", "count", "killed",
     660, "more_than"),
    ("The conflict has now taken more than 600 lives.", "more than 600", "count", "killed",
     600, "more_than"),
    ("Doctors saved 40 lives.", "40", "count", "other", 40, "exact"),
    ("The attacks claimed dozens of lives.", "dozens", "count", "killed", None, "about"),
    ("Israel has so far lost seven soldiers and four civilians.", "four", "count", "killed", 4,
     "exact"),
    ("Two Hamas militants were among the dead.", "Two", "count", "killed", 2, "exact"),
    ("The attack has also left 50 people with serious injuries.", "50", "count", "injured", 50,
     "exact"),
    ("In addition, several dozen people were wounded.", "several dozen", "count", "injured",
     None, "about"),
    # a bare figure a quake measures, or paired with a figure that names the unit
    ("A team went after two quakes, measuring 7.6 and 7.4, struck.", "7.6", "amount",
     "measure", 7.6, "exact"),
    ("A team went after two quakes, measuring 7.6 and 7.4, struck.", "7.4", "amount",
     "measure", 7.4, "exact"),
    ("It hit since 7.6 and 7.5 magnitude quakes struck on Sunday.", "7.6", "amount", "measure",
     7.6, "exact"),
    ("Police arrested 5 and 6 men.", "5", "count", "detained", 5, "exact"),
    ("5.9 Earthquake Jolts Iran", "5.9", "amount", "measure", 5.9, "exact"),
    ("It was followed by a 2.9 aftershock at 2:12 a.m.", "2.9", "amount", "measure", 2.9,
     "exact"),
    ("Two aftershocks, magnitude 2.9 and 2.2, followed.", "2.2", "amount", "measure", 2.2,
     "exact"),
    ("Tehran's center put the quake's magnitude at 5.9 on Sunday.", "5.9", "amount", "measure",
     5.9, "exact"),
    ("It had 2.5 quakes a day.", "2.5", "count", "other", 2.5, "exact"),
    ("In a single day 40 people were killed.", "40", "count", "killed", 40, "exact"),
    ("IRAN QUAKE KILLS 10", "10", "count", "killed", 10, "exact"),
    ("The UN sent 3 teams.", "3", "count", "other", 3, "exact"),
    ("Hamas fired one rocket to within 20 miles of Tel Aviv.", "within 20 miles", "amount",
     "measure", 20, "at_most"),
    ("The coastal city, home to 167,000 people, was dark.", "167,000", "count", "population",
     167000, "exact"),
    ("Residents in Manokwari - home to 167,000 people - remained wary.", "167,000", "count",
     "population", 167000, "exact"),
    ("They drove home to 5 children.", "5", "count", "other", 5, "exact"),
    # people a place owns are its population: not a company's staff
    ("Half of Gaza's 2.3 million people face hunger.", "2.3 million", "count", "population",
     2300000, "exact"),
    ("He cared for the village's 2,500 residents.", "2,500", "count", "population", 2500, "exact"),
    ("Apple's 160,000 employees got a bonus.", "160,000", "count", "other", 160000, "exact"),
    ("A spree left three biology professors dead and two other employees wounded.", "three",
     "count", "killed", 3, "exact"),
    # what the law did to someone is a charge, not a toll, and counts even when it is one
    ("Two men were charged with murder.", "Two", "count", "other", 2, "exact"),
    ("Two officers were arrested and one was charged with murder.", "one", "count", "other", 1,
     "exact"),
    # a figure in a phrase on a noun that the clause holds by a preposition is that noun's
    ("He killed a boy on Sunday during a clash with around 30 youths.", "around 30", "count",
     "other", 30, "about"),
    ("The bombing killed 50 people, including a family of seven young children.", "seven",
     "count", "killed", 7, "exact"),
    # the next verb of the same subject says what happened to it, unless the subject acted
    ("Two people were shot and killed in the attack.", "Two", "count", "killed", 2, "exact"),
    ("Seven men have been tried and convicted.", "Seven", "count", "prisoners", 7, "exact"),
    ("Two officers shot and killed a teenager.", "Two", "count", "other", 2, "exact"),
    # a verb's particle is no hedge: "pulled over", not "over two"
    ("Police pulled him over two blocks away.", "two", "count", "other", 2, "exact"),
    ("LaSalle was pulled over two blocks away.", "two", "count", "other", 2, "exact"),
    ("The quake killed over 200 people.", "over 200", "count", "killed", 200, "more_than"),
    ("They fled with more than e85 million worth of diamonds.", "more than e85 million",
     "amount", "money", 85000000, "more_than"),
    # below zero
    ("They fought the blaze in temperatures of minus 17 degrees.", "minus 17 degrees", "amount",
     "measure", -17, "exact"),
    ("Outside temperatures were minus 20 as firefighters battled.", "minus 20", "amount",
     "measure", -20, "exact"),
    # millions of pounds are sterling unless they weigh something
    ("They stole gems worth 85 million euros (74 million pounds).", "74 million pounds",
     "amount", "money", 74000000, "exact"),
    ("The plant processed 2 million pounds of beef.", "2 million pounds", "amount", "measure",
     2000000, "exact"),
    # a magnitude glued to the figure keeps the sentence's full stop in its token
    # a wire headline's abbreviation, which the parse takes for a verb
    ("Synopsys agrees $35 bln Ansys takeover", "$35 bln", "amount", "money", 35_000_000_000,
     "exact"),
    ("Intel bought the business in January for $125m.", "$125m", "amount", "money", 125000000,
     "exact"),
    # "a third" beside a count is one more, not a fraction
    ("She admitted killing two coworkers and seriously wounding a third.", "a third", "count",
     "injured", 1, "exact"),
    # the noun is what a relative clause with its own subject did something to
    ("And so were the two women she's accused of gunning down.", "two", "count", "killed", 2,
     "exact"),
    ("The two women who were accused of killing a man were freed.", "two", "count", "other", 2,
     "exact"),
    # what a figure is spread over is exact; "for over four days" is a hedge
    ("The jury deliberated for 40 hours over four days.", "four days", "duration", "duration",
     4, "exact"),
    # a conversion in brackets converts the hedged figure: it is a bound too
    ("The camp is less than 25 km (15 miles) from the border.", "15 miles", "amount", "measure",
     15, "less_than"),
    ("The camp is 25 km (15 miles) from the border.", "15 miles", "amount", "measure", 15,
     "exact"),
    ("Boston offered $184 million over eight years.", "eight years", "duration", "duration", 8,
     "exact"),
    ("The fighting continued for over four days.", "over four days", "duration", "duration", 4,
     "more_than"),
    # taken into custody, in other words; catching and surrendering need people named
    ("The Navy nabbed 23 Somali and Yemeni sea brigands.", "23", "count", "detained", 23,
     "exact"),
    ("Commandos caught 12 Somalis on the dhow.", "12", "count", "detained", 12, "exact"),
    ("Commandos took 23 of them into custody.", "23", "count", "detained", 23, "exact"),
    # a set put first is not what befell its share, unless its own words say so
    ("Of the 242 passengers and crew, 241 died.", "242", "count", "other", 242, "exact"),
    ("Of the 78 dead, 12 were children.", "78", "count", "killed", 78, "exact"),
    ("Of the 23 pirates arrested, 12 are Somali.", "23", "count", "detained", 23, "exact"),
    ("Of the 251 hostages, 20 were freed.", "251", "count", "hostages", 251, "exact"),
    # a change by a fraction is a percentage (but "wounded a third" is one more)
    ("Channel crossings rose by a quarter in 2024.", "a quarter", "amount", "percent", 25, "exact"),
    ("Prices were cut by a third.", "a third", "amount", "percent", 33.3333, "exact"),
    ("Gunmen killed two and wounded a third.", "a third", "count", "injured", 1, "exact"),
    # a state after "still", which the parse may hang on another clause
    (
        "Rescuers recovered three more bodies, bringing the number of dead to 15, with 72 "
        "still unaccounted for.",
        "72", "count", "missing", 72, "exact",
    ),
    # a verb's "up" then where the figure rose to: no hedge
    ("US inflation ticked up to 2.9% last month.", "2.9%", "amount", "percent", 2.9, "exact"),
    ("Inflation picks up to 2.9% in December.", "2.9%", "amount", "percent", 2.9, "exact"),
    # a toll's "at" the parse leaves bare, the figure hung on the people after it
    ("Officials called off the search on Saturday, with the death toll at 29 and eight people "
     "still missing.", "29", "count", "killed", 29, "exact"),
    # a tally's change with its verb gapped: "and the number of injured to 1,067"
    ("The death toll rose to 10 and the number of injured to 1,067.", "1,067", "count",
     "injured", 1067, "exact"),
    # a gapped figure after a figure with its own participle counts what that one does
    ("The toll rose to 16, with 11 killed in the Eaton Fire and five in the Palisades Fire.",
     "five", "count", "killed", 5, "exact"),
    # a headline's state "under" orders, the parse hanging it on the verb beside the figure
    ("Los Angeles fires kill five, 130,000 under evacuation orders", "130,000", "count",
     "displaced", 130000, "exact"),
    # what befell those on board, said after "on board"
    ("Air India plane crashes in Ahmedabad, 241 on board killed", "241", "count", "killed", 241,
     "exact"),
    # a relative clause the parse hangs on the counted people, doing its deed to others
    ("Police have detained 20 people over the nightclub fire in Kocani that killed 59 people, "
     "the minister said.", "20", "count", "detained", 20, "exact"),
    ("Police have detained 20 people over the nightclub fire in Kocani that killed 59 people, "
     "the minister said.", "59", "count", "killed", 59, "exact"),
    # a toll the parse makes the subject of a noun it reads as a verb ("lake burst")
    ("The death toll from the barrier lake burst in Taiwan's Hualien county rose to 18, with "
     "seven still missing.", "18", "count", "killed", 18, "exact"),
    ("Euro zone inflation ticks back up to 2% in June.", "2%", "amount", "percent", 2, "exact"),
    (
        "The storm could dump up to 10 inches of rain.",
        "up to 10 inches", "amount", "measure", 10, "at_most",
    ),
    # a share of the sentence before's count counts what it counts
    (
        "Some 281 inmates escaped from the prison. Seven of them have been recaptured.",
        "Seven", "count", "prisoners", 7, "exact",
    ),
    # the ages of those counted
    ("The victims ranged in age from 18 to 63.", "18 to 63", "count", "other", None, "range"),
    # a list of shares: each counts what the set counts
    (
        "The number of people killed rose to 24, officials said, eight of them in the "
        "Palisades Fire and 16 in the Eaton Fire.",
        "16", "count", "killed", 16, "exact",
    ),
    # a state the parse reads as a gerund after "reported"
    (
        "At least 16 people have died, officials said, with 13 people still reported missing.",
        "13", "count", "missing", 13, "exact",
    ),
    ("The 23 suspects surrendered peacefully.", "23", "count", "detained", 23, "exact"),
    ("He had 52 catches for 440 yards and four scores.", "four", "count", "other", 4, "exact"),
    ("The pitcher surrendered four runs.", "four", "count", "other", 4, "exact"),
    # a team loses players to injury
    ("St. Louis lost two more players for the rest of the season.", "two", "count", "other", 2,
     "exact"),
    ("Israel has lost seven soldiers in the fighting.", "seven", "count", "killed", 7, "exact"),
    # a parent's children, whatever was done to the parent
    ("Two men are accused of killing a mother of 12.", "12", "count", "other", 12, "exact"),
    ("Video of Brooklyn Mother of 13 Zurana Horton shot and killed", "13", "count", "other", 13,
     "exact"),
    ("A father-of-three was shot dead on Monday.", "three", "count", "other", 3, "exact"),
    ("The newlywed and father to two boys died almost immediately.", "two", "count", "other",
     2, "exact"),
    # a toll counted in deeds
    ("He did not regret the four murders.", "four", "count", "killed", 4, "exact"),
    ("Relatives of the four murder victims were outraged.", "four", "count", "killed", 4,
     "exact"),
    ("The four shooting victims were taken to hospital.", "four", "count", "other", 4, "exact"),
    ("A man was arrested in the slayings of two women.", "two", "count", "killed", 2, "exact"),
    ("He was charged in the killings of three teenagers.", "three", "count", "killed", 3,
     "exact"),
    # a glued "m" measures a fall or a place in metres; elsewhere it is millions
    ("Buckley fell about 600m while climbing to a small hut.", "about 600m", "amount",
     "measure", 600, "about"),
    ("They were within 80m of their destination.", "within 80m", "amount", "measure", 80,
     "at_most"),
    ("A 30m-high wave hit the town.", "30m", "amount", "measure", 30, "exact"),
    ("A corner measuring 50m by 40m was alight.", "40m", "amount", "measure", 40, "exact"),
    ("The episode was watched by 6.1m people.", "6.1m", "count", "other", 6_100_000, "exact"),
    ("The ratings peaked at 6.9m.", "6.9m", "count", "other", 6_900_000, "exact"),
    ("The firm made a profit of 5m last year.", "5m", "count", "other", 5_000_000, "exact"),
    # a hyphenated mixed fraction
    ("Gomes served 9 months of a 2-1/2 year sentence.", "2-1/2 year", "duration", "duration",
     2.5, "exact"),
    ("He served a 4-1/2-month prison term.", "4-1/2-month", "duration", "duration", 4.5,
     "exact"),
    ("Police closed two blocks of the street.", "two", "count", "other", 2, "exact"),
    ("The trial ended a week later.", "a week", "duration", "duration", 1, "exact"),
    ("Police arrested one man or two women.", "two", "count", "detained", 2, "exact"),
    # a bare one-decimal figure in a sentence about a quake is its magnitude
    ("Tehran put the magnitude at 5.9, but the USGS said it was 6.1.", "6.1", "amount",
     "measure", 6.1, "exact"),
    ("The USGS had originally rated the quake 4.4.", "4.4", "amount", "measure", 4.4, "exact"),
    ("A strong 5.6 -magnitude earthquake jolted the island.", "5.6", "amount", "measure", 5.6,
     "exact"),
    ("Bush averaged 3.8 yards per run.", "3.8", "count", "other", 3.8, "exact"),
    ("The governor said five people had received treatment.", "five", "count", "injured", 5,
     "exact"),
    # an age after "the age of" whatever follows, unless a unit does
    ("Page has died at the age of 85 after suffering a heart attack.", "85", "count", "other",
     85, "exact"),
    ("He was taken from his mother at the age of 10 months.", "10 months", "duration",
     "duration", 10, "exact"),
    ("The rooms sold for $20 and $30.", "$20", "amount", "money", 20, "exact"),
    # a range of spans spaCy tags as a clock time; a range of magnitudes
    ("The appearance was brief, perhaps two or three minutes.", "two or three minutes",
     "duration", "duration", None, "range"),
    ("It lasted 2 to 3 hours.", "2 to 3 hours", "duration", "duration", None, "range"),
    ("That caused a 10-second runoff.", "10-second", "duration", "duration", 10, "exact"),
    # "$999" is a price, not an emergency call; grams in a letter
    ("The iPhone 15 Pro starts at $999.", "$999", "amount", "money", 999, "exact"),
    ("The phone weighs 187g and costs more.", "187g", "amount", "measure", 187, "exact"),
    ("The smaller model weighs 187g, down from 206g.", "206g.", "amount", "measure", 206,
     "exact"),
    # "over" a span after the figure it is of says when, not more than
    ("Asheville recorded 13.98 inches of rain over three days.", "three days", "duration",
     "duration", 3, "exact"),
    ("It took the jury four hours, spread over two days, to decide.", "two days", "duration",
     "duration", 2, "exact"),
    ("The strike lasted over three days.", "over three days", "duration", "duration", 3,
     "more_than"),
    # a list of figures ending in a unit: each figure in that unit, no range
    ("They were given terms of three, five and seven years.", "five", "duration", "duration",
     5, "exact"),
    ("They were given terms of three, five and seven years.", "three", "duration", "duration",
     3, "exact"),
    ("Battery life is a touted 5 and 7 hours.", "5", "duration", "duration", 5, "exact"),
    ("Some two hundred and fifty people died.", "Some two hundred and fifty", "count", "killed",
     250, "about"),
    # a share of a whole is a percentage; a share of a unit of time a span; an ordinal neither
    ("Immigrants make up a third of Bayou La Batre's population.", "a third", "amount",
     "percent", 33.3333, "exact"),
    ("The servers use one quarter the power.", "one quarter", "amount", "percent", 25, "exact"),
    ("He disappeared from view for a quarter of a century.", "a quarter of a century",
     "duration", "duration", 0.25, "exact"),
    ("Quinn threw a third interception.", "a third", "count", "other", 1, "exact"),
    ("The camp is about a quarter mile away.", "about a quarter mile", "amount", "measure",
     0.25, "about"),
    # a verb's "over" past its object is no hedge
    ("The Chargers turned the ball over four times.", "four", "count", "other", 4, "exact"),
    # units in short, and a year-like figure that measures
    ("The man fell around 2000ft (609 metres).", "around 2000ft", "amount", "measure", 2000,
     "about"),
    ("The plane flew at 35,000ft.", "35,000ft", "amount", "measure", 35000, "exact"),
    ("The boxer weighed 210 lbs.", "210 lbs", "amount", "measure", 210, "exact"),
    # the figure a change started from, in the unit of the one it reached
    ("Unemployment rose from 4.1 to 4.3 percent.", "4.1", "amount", "percent", 4.1, "exact"),
    ("The memory has doubled from 2 to 4 GB.", "2", "amount", "measure", 2, "exact"),
    ("The sentence was cut from six to four years.", "six", "duration", "duration", 6,
     "exact"),
    ("The toll rose from 41 to 45 people.", "41", "count", "killed", 41, "exact"),
    ("The quake was followed by aftershocks with magnitudes ranging from 3.6 to 4.3.",
     "3.6 to 4.3", "amount", "measure", None, "range"),
    # places listed after a place's count, each with its own figure
    ("South Carolina reported 17 deaths, Georgia 15, Florida 11 and North Carolina one,"
     " according to state officials.", "15", "count", "killed", 15, "exact"),
    # a range the parse hangs on the saying before its clause
    ("Italian officials said between 30 and 40 people were still missing.",
     "between 30 and 40", "count", "missing", None, "range"),
    ("Dozens more were believed to be missing, the coast guard said.", "Dozens", "count",
     "missing", None, "about"),
    ("The number of people known to have died when a migrant boat sank rose to 67 on"
     " Wednesday.", "67", "count", "killed", 67, "exact"),
    # a span in the subject's phrase lends no unit to the figure its verb reaches
    ("The toll from the strongest quake in more than a century rose to 2,012 on Sunday.",
     "2,012", "count", "killed", 2012, "exact"),
    # one in seven, a share
    ("More than 33 million people, or about one in seven Pakistanis, have been affected.",
     "about one in seven", "amount", "percent", 14.3, "about"),
    # those a fight is between did not suffer what it did
    ("Fighting between 300 rebels and troops killed 40 people.", "300", "count", "other", 300,
     "exact"),
    # the story's first figure after a dateline, which the model tags one date with it
    ("BOGOTA, May 14 - Three police officers were killed on Wednesday.", "Three", "count",
     "killed", 3, "exact"),
    ("BOGOTA, May 14 - 12 police officers were killed on Wednesday.", "12", "count", "killed", 12,
     "exact"),
    # a crowd estimated at a range written "X to Y"
    ("An independent monitoring group estimated the crowd at 275,000 to 325,000.",
     "275,000 to 325,000", "count", "crowd", None, "range"),
    # who did a deed to others is not whom it befell
    ("Two gunmen killed 10 people in the market.", "Two", "count", "other", 2, "exact"),
    ("Two gunmen killed 10 people in the market.", "10", "count", "killed", 10, "exact"),
    ("Twelve officers arrested 40 protesters.", "Twelve", "count", "other", 12, "exact"),
    ("More than 40,000 people have caught waterborne diseases.", "More than 40,000", "count",
     "other", 40000, "more_than"),
    ("Some 500 residents evacuated their homes.", "Some 500", "count", "displaced", 500, "about"),
    ("At least 12 people died in the floods.", "At least 12", "count", "killed", 12, "at_least"),
    # an estimate of the dead is their tally
    ("UN raises estimate of dead to 670", "670", "count", "killed", 670, "exact"),
    # people relocated are displaced
    ("More than 60,000 people have been relocated, officials said.", "More than 60,000", "count",
     "displaced", 60000, "more_than"),
    # a toll "at" a figure the parse hangs on the noun of the figure joined after it
    ("Rescuers ended their search on Sunday, with the death toll at 19 and four people still "
     "unaccounted for.", "19", "count", "killed", 19, "exact"),
    ("Rescuers ended their search on Sunday, with the death toll at 19 and four people still "
     "unaccounted for.", "four", "count", "missing", 4, "exact"),
    # a figure set against the one before counts what it counts, wherever "fewer" hangs
    ("The minister said 19 people died in last week's protests over tax increases, fewer than "
     "the 23 reported by the rights commission.", "23", "count", "killed", 23, "exact"),
    # a set put first, its participle the parse hangs apart
    ("Of the seven people wounded, two remain in critical condition.", "seven", "count",
     "injured", 7, "exact"),
    # a share of "those freed" is of the count freed before, not of the last count before
    ("Buses carrying 200 prisoners freed by Israel arrived overnight, a day after Hamas released "
     "four hostages. The media office said 121 of those freed had served life terms.", "121",
     "count", "prisoners", 121, "exact"),
    # people pulled out alive are saved, whatever harm the headline tells of the others
    ("Eight miners pulled alive from Chinese mine, four dead", "Eight", "count", "other", 8,
     "exact"),
    ("Eight miners pulled alive from Chinese mine, four dead", "four", "count", "killed", 4,
     "exact"),
    # a headline's "die" the parse takes for a noun
    ("Mississippi shooting toll rises to six as two more die", "two", "count", "killed", 2,
     "exact"),
    # a part "including" hung on the clause's subject is of the figure before it
    ("Israeli airstrikes killed at least 45 Palestinians across the Gaza Strip on Wednesday, "
     "including 19 at a U.N.-run clinic in Jabalia, local health officials said.", "19", "count",
     "killed", 19, "exact"),
    ("No one was injured, but several people, including two children, were inside the church "
     "when the blaze started.", "two", "count", "other", 2, "exact"),
    ("No one was hurt in the fire although a handful of people, including two children, were "
     "inside the church, said the fire chief.", "two", "count", "other", 2, "exact"),
    # a share said of a set is not the set
    ("During the first phase, 33 hostages, eight of them dead, were returned to Israel.", "33",
     "count", "hostages", 33, "exact"),
    # currencies named by their words
    ("He was also fined 500,000 quetzales.", "500,000 quetzales", "amount", "money", 500000,
     "exact"),
    ("The ship carried rice worth 1.5 billion dong.", "1.5 billion dong", "amount", "money",
     1500000000, "exact"),
    # the held a deed leaves dead are dead
    ("A riot at a prison in Guayaquil left 31 inmates dead, the prison authority said on "
     "Tuesday.", "31", "count", "killed", 31, "exact"),
    # a share's own harm outweighs what befell the set it is of
    ("Of the 68 men held there, 28 were hospitalized, most in serious condition.", "28", "count",
     "injured", 28, "exact"),
    ("Of the 68 men held there, 28 were hospitalized, most in serious condition.", "68", "count",
     "detained", 68, "exact"),
    # a figure opening an "as" clause the parse hangs on the figure before it
    ("LA fires: death toll rises to 10 as 180,000 under evacuation orders", "180,000", "count",
     "displaced", 180000, "exact"),
    ("LA fires: death toll rises to 10 as 180,000 under evacuation orders", "10", "count",
     "killed", 10, "exact"),
    ("Ferry disaster in Congo: at least 78 drown on Lake Kivu", "at least 78", "count", "killed",
     78, "at_least"),
    # a span in one word takes its hedge as "a week" does
    ("He gave a nearly hourlong speech.", "nearly hourlong", "duration", "duration", 1, "about"),
    # the hurt who succumbed are dead
    ("The death toll has risen to 22 after seven of the wounded succumbed to their injuries.",
     "seven", "count", "killed", 7, "exact"),
    # a toll the parse hangs on the figure of the places it is across
    ("Hurricane Helene kills at least 44 across five states", "at least 44", "count", "killed",
     44, "at_least"),
    # people named by whose companions they were
    ("An avalanche on Mont Blanc killed two of his companions.", "two", "count", "killed", 2,
     "exact"),
    # a change and the total it came to: two figures, no range
    ("Unemployment rose by 46,000 to 3.025 million in unadjusted terms.", "3.025 million",
     "count", "other", 3025000, "exact"),
    ("Temperatures fell by 10 to 15 degrees.", "10 to 15 degrees", "amount", "measure", None,
     "range"),
    # a span told as what is added
    ("Tunisia's Ghannouchi gets 5 more years, lawyers say.", "5 more years", "duration",
     "duration", 5, "exact"),
    ("The strike will last two more weeks.", "two more weeks", "duration", "duration", 2,
     "exact"),
    # a currency named by its country's adjective
    ("The prize is worth 11 million Swedish crowns.", "11 million Swedish crowns", "amount",
     "money", 11000000, "exact"),
    ("It cost 10 million Australian dollars.", "10 million Australian dollars", "amount",
     "money", 10000000, "exact"),
    ("They paid 20 million Hong Kong dollars.", "20 million Hong Kong dollars", "amount",
     "money", 20000000, "exact"),
    ("Three Swedish players scored.", "Three", "count", "other", 3, "exact"),
    ("The regulator fined Kakao Pay 15 billion won on Wednesday.", "15 billion won", "amount",
     "money", 15000000000, "exact"),
    ("Of the 30 candidates, 12 won seats.", "12", "count", "other", 12, "exact"),
]
# fmt: on


# fmt: off
# sums each with its own sign: one range, or two figures where a price moved or is restated
SIGNED_RANGES: list[tuple[str, str, float, float]] = [
    ("The Orioles offered between $140 and $150 million.", "between $140 and $150 million",
     140_000_000, 150_000_000),
    ("The Orioles offered between $140 million and $150 million.",
     "between $140 million and $150 million", 140_000_000, 150_000_000),
    ("It could be worth between $888,600 and $1.4 million.", "between $888,600 and $1.4 million",
     888_600, 1_400_000),
    ("NBC lost an estimated $10 million to $15 million in revenue.",
     "an estimated $10 million to $15 million", 10_000_000, 15_000_000),
    ("The device sells at prices ranging from $500 to $550.", "$500 to $550", 500, 550),
    ("The Orioles offered $140-150 million over seven years.", "$140-150 million",
     140_000_000, 150_000_000),
    ("HP will pay a price that translates to $24 to $26 per share.", "$24 to $26", 24, 26),
    # and shares each with its sign
    ("The rate is between 4% and 5%.", "between 4% and 5%", 4, 5),
    ("Support was 40 percent or 45 percent.", "40 percent or 45 percent", 40, 45),
    ("The Fed lowered its rate to a range of 4.75% to 5.00%.", "4.75% to 5.00%", 4.75, 5),
]
NOT_SIGNED_RANGES: list[tuple[str, list[str]]] = [
    ("The 13-inch model has dropped $100 to $1199.", ["$100", "$1199"]),
    ("Prices rose from $5 to $10.", ["$5", "$10"]),
    ("They offered a deal worth $184 million or $23 million per season.",
     ["$184 million", "$23 million"]),
    ("The rooms sold for $20 and $30.", ["$20", "$30"]),
    ("The index rose 0.4% to 5% in trading.", ["0.4%", "5%"]),
    ("Unemployment rose from 4.1% to 4.3%.", ["4.1%", "4.3%"]),
]
# fmt: on


# a hedged measure, span or sum is not counted in wholes; a count is
ABOUT_BANDS: list[tuple[str, str, float, float]] = [
    ("The quake was centered about two miles from The Geysers.", "about two miles", 1.8, 2.2),
    ("The jury deliberated for about one hour.", "about one hour", 0.9, 1.1),
    ("He gave up nearly two hours later.", "nearly two hours", 1.8, 2),
    ("About 2 people died.", "About 2", 1, 3),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high"), ABOUT_BANDS)
def test_about_bands(claims_of: Extract, sentence: str, text: str, low: float, high: float) -> None:
    """Each row: the interval a hedged figure allows."""
    found = {c.text: c for c in claims_of(sentence)}
    assert (found[text].low, found[text].high) == (low, high)


@pytest.mark.parametrize(("sentence", "text", "low", "high"), SIGNED_RANGES)
def test_signed_sums_make_one_range(
    claims_of: Extract, sentence: str, text: str, low: float, high: float
) -> None:
    """Each row: "$10 million to $15 million" is one figure between the two sums."""
    found = {c.text: c for c in claims_of(sentence) if c.category in ("money", "percent")}
    assert list(found) == [text]
    assert (found[text].low, found[text].high, found[text].hedge) == (low, high, "range")


@pytest.mark.parametrize(("sentence", "texts"), NOT_SIGNED_RANGES)
def test_signed_sums_that_are_no_range(claims_of: Extract, sentence: str, texts: list[str]) -> None:
    """Each row: a price's move or a sum put another way stays two figures."""
    found = [c.text for c in claims_of(sentence) if c.category in ("money", "percent")]
    assert found == texts


@pytest.mark.parametrize(("sentence", "text", "kind", "category", "value", "hedge"), CLAIM_TABLE)
def test_claim_table(
    claims_of: Extract,
    sentence: str,
    text: str,
    kind: str,
    category: str,
    value: object,
    hedge: str,
) -> None:
    """Each row: the sentence yields a claim with this text, kind, category, value and hedge."""
    found = {c.text: c for c in claims_of(sentence)}
    assert text in found, f"{text!r} not among {list(found)}"
    claim = found[text]
    assert (claim.kind, claim.category, claim.value, claim.hedge) == (kind, category, value, hedge)


NOT_COUNTS: list[tuple[str, str]] = [
    # the one the counted belong to
    (
        "An Israeli air strike on a house in Rafah killed 14 members of one family, including six"
        " children.",
        "one",
    ),
    # the year of a yearly sum after tax is no span
    ("Cristiano Ronaldo will earn 30 million euros a year after tax at Juventus.", "a year"),
    ("The military killed a 73-year-old man on Sunday.", "73"),
    # a quoted name's figure
    ('LOS ANGELES (Reuters) - "12 Years a Slave" won the Oscar for best picture on Sunday.', "12"),
    # a year of history
    ("The cathedral, completed in 1345, draws about 13 million visitors a year.", "1345"),
    # the second day a month's name takes
    ("The WHO said on Friday, with 76 deaths reported between Aug. 12 and 13 alone.", "13"),
    # what a gathering verb takes in is no crowd, nor any count
    ("Police were gathering statements from several witnesses Thursday.", "several"),
    # a page's furniture copied with its text
    ("5 min read", "5"),
    # a version after a brand's trademark sign, as written or as a lost character
    ("It runs the BlackBerry\u00ae 10 platform.", "10"),
    ("It runs the BlackBerry\ufffd 10 platform that delivers speed.", "10"),
    # a hedged "a third" is a share of a set, no one more
    ("Of the 98 hostages still in Gaza, Israel believes about a third are dead.", "a third"),
    ("Photo 1 of 3.", "3"),
    ("The 747 crashed shortly after take-off.", "747"),
    ("He won the second phase of the talks.", "second"),
    ("One Hamas official, speaking to AFP, said talks would start.", "One"),
    ("The office opened at 3:39 PM.", "3:39"),
    ("It was the 81st Academy Awards.", "81st"),
    ("A four-member team flew to Doha.", "four"),
    ("The Colts (11-4) clinched a playoff berth.", "4"),
    ("The Colts (11-4) clinched a playoff berth.", "11"),
    ("The Colts improved to 11-4 with the win.", "11"),
    ("They finished 2-4 in the AFC South.", "2"),
    ("Drake ended its season 15-17.", "15"),
    ("Klitschko (52-3, 46 KOs) stopped Rahman (45-7-2).", "45"),
    ("It is a 50-50 chance.", "50"),
    ("It is the fastest-growing refugee crisis in Europe since World War Two.", "Two"),
    ("It was the worst crisis since World War 2.", "2"),
    ("The Colts secured the No. 5 seed.", "5"),
    ("Vinatieri's field goal tied the scores.", "scores"),
    ("The suspect, 27, was arrested.", "27"),
    ("He was hurt in the Saints' Week 15 loss at Chicago.", "15"),
    ("He signed for the team in week 12.", "12"),
    ("Day six of the Greek youth revolt", "six"),
    ("The approach was paying off in round two.", "two"),
    ("Priority will be to recover the SEA-ME-WE 4 cable, then the SEA-ME-WE 3 cable.", "3"),
    ("The cuts were to the Sea Me We 4 and Sea Me We 3 lines.", "4"),
    ("The iPhone 15 Pro starts at $999.", "15"),
    ("Last year's 14 Pro Max cost $1,099.", "14"),
    ("The 15 Pro starts at $999 and the larger 15 Pro Max at $1,199.", "15"),
    ("The laptop has a USB 3 port.", "3"),
    ("Nobody's ever seen anything like it.", "obody"),
    ("The talks reached a second phase.", "second"),
    ("Several countries sent aid.", "Several"),
    ("They took the lead in the third quarter.", "third"),
    ("Published: August 7, 2012", "7"),
    ("2013 MVC Tournament results and bracket", "2013"),
    ("The protests died out at 12.", "12"),
    ("He was jailed aged 19.", "19"),
    ("The 4-Plus Earthquake hit the coast.", "4"),
    ("Bettie Page, one of the original sex kittens, died Thursday.", "one"),
    ("Cheeks, 48, a four-time NBA all-star, was fired.", "48"),
    ("Voting closes at 8 tonight.", "8"),
    # versions listed after a version, and a code's digits
    ("The tool can be used for IE6, 7, 8, 9, 10, and 11 on Windows.", "10"),
    ("Attacks were directed at Internet Explorer 8 and 9.", "9"),
    ("The flaw affects Internet Explorer versions 6, 7, 8, and 9.", "6"),
    ("The flaw affects Internet Explorer versions 6, 7, 8, and 9.", "7"),
    ("The bug could affect all versions of IE6 to 10.", "10"),
    ("It runs on Windows XP, Vista, 7, 8, and 8.1, both Preview and RTM.", "7"),
    ("It runs on Windows XP, Vista, 7, 8, and 8.1, both Preview and RTM.", "8.1"),
    ("It affects Internet Explorer and Windows XP, Vista and 7, as well as Windows Server.", "7"),
    ("The vulnerability (CVE-2013-3893) was exploited in attacks.", "3893"),
    ('"IE zero-days are never a good thing," he said.', "zero"),
    ("Tuesday 28 April 2009 22.34 BST The administration overturned a rule.", "22.34"),
    ("The memorandum will revive a decades-old practice.", "decades"),
    ("He replaces the youngest Doctor, cast at 26 when he was introduced.", "26"),
    ("The phone supports 4G LTE.", "4"),
    ("He was on the FBI's Top Ten Wanted list.", "Ten"),
    ("The firm is in Category 2 of the list.", "2"),
    ("Milton made landfall as a Category 3 storm.", "3"),
    ("Jackson failed sobriety tests on State Route 52 in San Diego.", "52"),
    ("The BlackBerry Curve 8900 features a titanium finish.", "8900"),
    ("It will inspect all 101 Boeing 737-800 jets operated by its airlines.", "737"),
    ("It has the power of the BlackBerry 10 platform.", "10"),
    ("Like the new MacBook Air, they tout USB 3.0 ports.", "3.0"),
    ("Apple unveils iOS 6 for iPhone and iPad.", "6"),
    ("No one has announced pricing plans for the Curve 8900, but it sells well.", "8900"),
    ("The Bluetooth version 2.0 can be used to pair headsets.", "2.0"),
    ("It has a Bluetooth 2.1 + EDR module and Gigabit Ethernet.", "2.1"),
    ("Apple execs discussed features of OS X 10.8, Mountain Lion.", "10.8"),
    ("It brings a switch up from Intel HD Graphics 3000 to Intel HD Graphics 4000.", "3000"),
    ("It boasts USB 3.0, Nvidia GeForce GT 650m graphics and more.", "650"),
    ("It lasts up to 8 hours on the 9400M (7 hours on the 9600 GT).", "9400"),
    ("Experts testified about cellphone towers along the U.S. 271 corridor.", "271"),
    ("Police located him on the Interstate 75 highway.", "75"),
    ("Thomas was hurt in Week 3 and missed nine games.", "3"),
    ("Call police on 0845 125 2222 or Crimestoppers on 0800 555 111.", "555"),
    ("Call Crimestoppers anonymously on 0800 555111.", "555111"),
    ("Call Crimestoppers anonymously on 0800 555111.", "0800"),
    ("No-one was killed.", "one"),
    ("They have accused one another of backing rebel groups.", "one"),
    ("It was a far lower toll than the one given by local officials.", "one"),
    ("The storm was a bigger one than forecast.", "one"),
    ("United finds loose bolts on 737 MAX 9s", "737"),
    ("Consumer prices rose 3.5% in March from a year earlier.", "a year"),
    ("Sales fell 2% compared with a year before.", "a year"),
    ("The Group of 20 leaders met in Rio.", "20"),
    ("Posted: 03/14/2013 06:37:46 AM PDT about the fire.", "06:37:46"),
    ("The blast happened at 10:42:13 local time.", "10:42:13"),
    ("The quake, which struck at 1353 (1023 GMT), was felt in Oman.", "1353"),
    ("The quake, which struck at 1353 (1023 GMT), was felt in Oman.", "1023"),
    ("There were three other explosions at 3 p.m. (1200 GMT).", "1200"),
    ("The quake struck at 9.25 am local time.", "9.25"),
    ("It happened at 10 p.m. on Friday.", "10"),
    ("Andrew Lopez, 20 was found guilty of murder.", "20"),
    ("The victims are Robyn Mendes, 48 - an ex-girlfriend - and his mother.", "48"),
    ("Janice Leader, a 911 dispatcher, said Hiller called 911 after the shooting.", "911"),
    ("1.", "1"),  # a list item's number, alone in its sentence
    ("2", "2"),
    ("She had lost an eight-year-old daughter and two sons, 11 and 14.", "11"),
    ("She had lost an eight-year-old daughter and two sons, 11 and 14.", "14"),
    ("He is survived by three children, 5, 7 and 9.", "7"),
    ("They were his mother, Katherine, 61, and his former girlfriend, Robyn Mendes, 48.", "61"),
    ("They were his mother, Katherine, 61, and his former girlfriend, Robyn Mendes, 48.", "48"),
    ("Tom Tennant and Senior Trooper William Hakim, both 51, died at the scene.", "51"),
    ("Jermayne Timmons, now 16, was armed with a handgun.", "16"),
    ("John Jenkin, 23 and from Cumbria, has been charged with murder.", "23"),
    ("The actress, 33, reportedly headed to a Malibu treatment facility.", "33"),
    ("Reid's, 33, acting abilities had always been overshadowed.", "33"),
    ("The accused, Andrew Lopez, 20 and Jonathan Carrasquillo, 24, fired from a roof.", "20"),
    ("He was arrested moments after armed police arrived following a 999 call.", "999"),
    ("Page became a face of the sexual revolution in the nineteen sixties.", "nineteen"),
    ("Microsoft issued a patch for a zero-day Internet Explorer vulnerability.", "zero"),
    ('The problem related to a "zero day" flaw.', "zero"),
    # roads, addresses and the kind of car
    ("Highway 214 in Woodburn was to remain closed most of the weekend.", "214"),
    ("The bomb went off at the bank in the 2500 block of Oregon 214.", "2500"),
    ("The bodies were found at 24 Independent Street on Tuesday.", "24"),
    ("The men drove a large four-by-four car into the store.", "four"),
    ("Between age 17 and 25, Gigante was arrested seven times.", "25"),
    ("Children aged 5 to 12 were evacuated.", "12"),
    ("Gunmen had seized the students, some as young as eight, on March 7.", "eight"),
    ("The campaign aims to reach 640,000 children under 10.", "10"),
    ("Vaccines went to people over 65 first.", "65"),
    ("The victims, some as old as 90, were taken to hospital.", "90"),
    ("Most cases are in children between the ages of 5 and 17.", "5"),
    ("Most cases are in children between the ages of 5 and 17.", "17"),
    ("Within one minute or two, the whole roof was ablaze.", "two"),
    ("He would probably be stopped in a round or two.", "two"),
    ("SEACOM will secure capacity over the next day or two.", "two"),
    ("The four-time All-Star (1983, '86, '87, '88) led the 76ers.", "86"),
    # the time unit of a rate
    ("About 5,000 gallons of water a minute was poured on the fire.", "a minute"),
    ("Staff spent eight hours a day tabulating the comments.", "a day"),
    ("I had dinner with them four or five times a week.", "a week"),
    # ages of a group, however the range is said
    ("The victims, aged between 18 and 63, were all men.", "63"),
    ("The dead included seven children aged from one to 12 years.", "12"),
    # a sum unsaid, an ordinal
    ("The IMF agreed to lend Greece billions at below market rates.", "billions"),
    ("Police arrested a fifth suspect.", "a fifth"),
    # the third of a series of spans or times
    ("Rioting raged for a third night over the killing.", "a third"),
    ("Protesters poured into the streets for a third straight night.", "a third"),
    ("She is rebuilding it a third time after a fire.", "a third"),
    # how high in a ranking
    ("He would not have been a top-five draft pick had he left.", "five"),
    ("The Big East has nine teams ranked in the AP Top 25.", "25"),
    # a ratio's sides
    ("The company announced a 10-for-1 stock split.", "10"),
    ("The company announced a 10-for-1 stock split.", "1"),
    ("It said it would split its stock 10 for 1.", "10"),
    ("It said it would split its stock 10 for 1.", "1"),
    # the third of a series that is no span, and a model's number before its acronym
    ("Narendra Modi was sworn in for a third term on Sunday.", "a third"),
    ("United finds loose bolts on 737 MAX 9 jets after blowout.", "737"),
]


@pytest.mark.parametrize(("sentence", "number"), NOT_COUNTS)
def test_not_counts_of_people(claims_of: Extract, sentence: str, number: str) -> None:
    """Ages, ordinals, scores, times and modifiers never come out as counts (or durations)."""
    counts = [c for c in claims_of(sentence) if c.kind in ("count", "duration")]
    assert not any(number in c.text for c in counts), counts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Police sought a 2007 silver Ford Fusion on Friday.", ["Friday"]),
        ("She was hit by a 2013 gray Camry.", []),
        ("Jackson was driving a 2008 GMC Sierra, Baehr said.", []),
        ("In 2008 Ford cut 2,000 jobs.", ["2008", "2,000"]),
    ],
)
def test_a_model_year_is_no_date(claims_of: Extract, sentence: str, texts: list[str]) -> None:
    """The year a car was made is neither a date of the story nor a count."""
    assert [c.text for c in claims_of(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Nor is Windows Server 2012.", []),
        ("It affects Windows Server 2003, and 2008.", []),
        ("IE runs in this mode on Windows Server 2012 R2.", []),
        ("Windows XP and Windows 2000 users should patch.", []),
        ("Users of Office 2010 were warned on Tuesday.", ["Tuesday"]),
        ("The laptop was unveiled at today's Macworld 2009 keynote.", ["today", "2009"]),
        ("The server was bought in 2012.", ["2012"]),
    ],
)
def test_a_release_year_is_no_date(claims_of: Extract, sentence: str, texts: list[str]) -> None:
    """A year in a program's name is a version, not a date of the story; an event's is."""
    assert [c.text for c in claims_of(sentence, dt.date(2013, 9, 18))] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("The vote was 11 to 1.", []),
        ("The court ruled 5 to 4 in his favour.", ["5 to 4"]),
        ("The toll fell from 45 to 41.", ["45", "41"]),
        ("The toll rose from 41 to 45.", ["41", "45"]),
        ("Between 10 and 20 people were hurt.", ["Between 10 and 20"]),
    ],
)
def test_a_tally_said_with_to_is_no_claim(
    claims_of: Extract, sentence: str, texts: list[str]
) -> None:
    """ "11 to 1", a vote, is a tally as "52-48" is: not "1" person (the "11" was lost); a
    vote's tally under a verb of voting is one claim, as "ruled 5-4" is."""
    assert [c.text for c in claims_of(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "text", "value", "against", "unit"),
    [
        ("The Colts beat the Jaguars 31-24 on Thursday.", "31-24", 31, 24, "points"),
        ("Indianapolis secured a 31-24 victory over the Jaguars.", "31-24", 31, 24, "points"),
        ("Creighton defeated Drake 65-53 on Friday.", "65-53", 65, 53, "points"),
        ("The Nets trailed 14-21 at the half.", "14-21", 14, 21, "points"),
        ("Vinatieri tied the game at 24-24.", "24-24", 24, 24, "points"),
        ("The Bluejays went on a 15-2 run.", "15-2", 15, 2, "points"),
        (
            "The Jaguars, who led 24-14 early in the fourth quarter, lost.",
            "24-14",
            24,
            14,
            "points",
        ),
        ("The Senate passed the bill by a vote of 51-50.", "51-50", 51, 50, "votes"),
        ("The House voted 220-207 to pass the bill.", "220-207", 220, 207, "votes"),
        ("The jury was deadlocked at 9-3.", "9-3", 9, 3, "votes"),
        ("The court ruled 6-3 to overturn the decision.", "6-3", 6, 3, "votes"),
        # the noun between them, as British reports say it
        ("Parliament approved the cabinet by 78 votes to 51.", "78 votes to 51", 78, 51, "votes"),
        ("City drew 1-1 with Arsenal.", "1-1", 1, 1, "points"),
        # a game's end (a record is a team's: "finished 2-4 in the AFC South")
        (
            "France lost on penalties after a thrilling final ended 3-3.",
            "3-3",
            3,
            3,
            "points",
        ),
        ("The match finished 1-1.", "1-1", 1, 1, "points"),
    ],
)
def test_a_score_or_a_vote_is_one_claim(
    claims_of: Extract, sentence: str, text: str, value: int, against: int, unit: str
) -> None:
    """A game's or a vote's two figures are one claim of category score, the first its value
    and the second `against` (they were no claim at all: every article of a game gives its
    score, the figure they most often agree on)."""
    (score,) = [c for c in claims_of(sentence) if c.category == "score"]
    assert (score.text, score.value, score.against, score.unit) == (text, value, against, unit)
    assert score.kind == "count" and score.hedge == "exact"


def test_a_shop_named_for_a_currency_is_no_exchange_rate(claims_of: Extract) -> None:
    """ "30 to the dollar" is a rate; "30 to the dollar store" is not."""
    assert [c.unit for c in claims_of("He sold 30 to the dollar store.")] == ["people"]


def test_one_protester_is_no_crowd(claims_of: Extract) -> None:
    """ "one protester threw a petrol bomb": one person, no crowd's size."""
    assert claims_of("During the unrest, one protester threw a petrol bomb.") == []


def test_a_datelines_date_is_no_claim(claims_of: Extract) -> None:
    """ "TAIPEI, April 4 (Reuters) - ...": when the wire story was filed, not an event."""
    sentence = "TAIPEI, April 4 (Reuters) - Taiwan's strongest quake killed nine people."
    assert [c.text for c in claims_of(sentence)] == ["nine"]


def test_a_hyphenated_places_dateline_is_no_claim(claims_of: Extract) -> None:
    """ "PORT-AU-PRINCE, May 20 (AP) -": the dash that ends a dateline is the one standing
    apart, past the place's own hyphens."""
    sentence = (
        "PORT-AU-PRINCE, May 20 (AP) - Twelve children kidnapped from an orphanage in Haiti's "
        "capital have been freed after 11 days in captivity, their director said."
    )
    assert [c.text for c in claims_of(sentence)] == ["Twelve", "11 days"]


def test_a_set_said_again_by_a_plain_name_keeps_its_kind(claims_of: Extract) -> None:
    """ "the 369 Palestinians" released, "The three men, who were seized": the prisoners and the
    hostages counted before, not people released or seized anew."""
    claims = claims_of(
        "Hamas freed three Israeli hostages on Saturday in exchange for 369 Palestinian "
        "prisoners. The three men, who were seized in the Oct. 7, 2023 attack, were handed to "
        "the Red Cross. Israel's prison service said it had released the 369 Palestinians."
    )
    counts = [(c.text, c.category) for c in claims if c.kind == "count"]
    assert counts == [
        ("three", "hostages"),
        ("369", "prisoners"),
        ("three", "hostages"),
        ("369", "prisoners"),
    ]
    # only a kind a noun names passes on: "arrested four men" names none, so "the four men
    # were charged" is what its own clause says
    claims = claims_of("Police arrested four men. The four men were charged with murder.")
    assert [c.category for c in claims] == ["detained", "other"]


def test_a_yearly_rate_s_twelve_months_are_no_span(claims_of: Extract) -> None:
    """ "in the 12 months to November" is the period a rate is measured over, not a span of
    12 months that something lasted."""
    texts = [c.text for c in claims_of("Inflation rose to 2.6% in the 12 months to November.")]
    assert texts == ["2.6%", "November"]


def test_a_network_generation_is_no_measure(claims_of: Extract) -> None:
    """ "4G" and "3G" name networks; a capital G is no gram."""
    assert claims_of("The phone supports 4G and 3G networks.") == []


def test_an_ordinal_hyphened_to_what_it_ranks_is_no_figure(claims_of: Extract) -> None:
    """ "a third-degree murder charge" is which degree, no third of a degree."""
    sentence = "The judge weighed whether to reinstate a third-degree murder charge."
    assert claims_of(sentence) == []


def test_what_a_kind_of_thing_can_do_is_no_claim(claims_of: Extract) -> None:
    """ "A magnitude 6 quake can cause severe damage" is about any such quake; "A 6.1-magnitude
    quake struck" and "a team of 20 can search" are about this one."""
    assert claims_of("A magnitude 6 quake can cause severe damage.") == []
    assert [c.text for c in claims_of("A 6.1-magnitude quake struck the island.")] == [
        "6.1-magnitude"
    ]
    assert [c.text for c in claims_of("A team of 20 can search the area.")] == ["20"]


def test_datelines_give_no_date_claims(claims_of: Extract) -> None:
    """ "Updated: July 2, 2013" is when the page was written, not a date the story reports."""
    claims = claims_of("Updated: July 2, 2013 15:01 IST\n\nThe quake struck on July 2, 2013.")
    assert [c.sentence for c in claims if c.kind == "date"] == ["The quake struck on July 2, 2013."]


SAME_QUANTITY = [
    "An explosion killed at least five people.",
    "Five people had been confirmed dead, police said.",
    "The death toll rose to 11.",
    "The blast left 24 dead.",
]


@pytest.mark.parametrize("sentence", SAME_QUANTITY)
def test_death_toll_shapes_share_category_and_counted(claims_of: Extract, sentence: str) -> None:
    """However the toll is worded, it is a 'killed' count of people."""
    (claim,) = [c for c in claims_of(sentence) if c.kind == "count"]
    assert (claim.category, claim.counted) == ("killed", "people")


SWAP = (
    "Hamas is to free 33 of the 98 hostages it still holds in exchange for about 1,000 "
    "Palestinian prisoners."
)
FEATURE_TABLE: list[tuple[str, str, str, object]] = [
    # a day a fire's area stood at is a tally's day; the day it broke out is not
    ("The Eaton Fire had burned 10,600 acres by Wednesday morning.", "Wednesday morning",
     "tally", True),
    ("The Eaton Fire grew to 13,700 acres on Thursday.", "Thursday", "tally", True),
    ("The Eaton Fire broke out on Tuesday night.", "Tuesday night", "tally", False),
    # a day the parse hangs on a sum's currency is the deed's
    ("The Commission fined Apple 500 million euros and Meta 200 million euros on Wednesday.",
     "Wednesday", "predicate", "fine"),
    # countries listed, one named with its article
    ("At least seven people have died in Jamaica, Haiti and the Dominican Republic.",
     "At least seven", "place", "Jamaica and Haiti and Dominican Republic"),
    # a toll counted "by the end of" a year is of all the year up to it
    ("The bomb killed an estimated 74,000 people by the end of 1945.", "an estimated 74,000",
     "scope", "1945"),
    ("The company had 190,234 employees at the end of 2022.", "190,234", "scope", "2022-12"),
    # a storm's landfall is its own kind of event
    ("Hurricane Melissa made landfall in Jamaica on Tuesday.", "Tuesday", "predicate",
     "landfall"),
    # a set put first is the part's when the figure's noun is the subject
    ("About 2,300 people died. Of those, 1,500 deaths were linked to climate change.", "1,500",
     "part", True),
    # the set a share is of keeps the participle of the law that made it; a plea of not guilty
    # denies
    ("Six of the seven officers charged with murder pleaded not guilty on Friday.", "seven",
     "predicate", "charge"),
    ("Six of the seven officers charged with murder pleaded not guilty on Friday.", "Six",
     "predicate", "deny"),
    ("Three other officers have pleaded guilty to lesser charges.", "Three", "predicate",
     "plead"),
    # a share forecasters foresaw, its sign holding the "of"
    ("Annual inflation came in at 3.0% in January, above economists' forecasts of 2.9%.",
     "2.9%", "foreseen", True),
    ("Annual inflation came in at 3.0% in January, above economists' forecasts of 2.9%.",
     "3.0%", "foreseen", False),
    # a war's start as a clause marks a count of all the war (no scope: others name its start
    # by a day); a start the clause dates (not a war's) is that day's
    ("The ministry says more than 57,000 Palestinians have been killed since the war began.",
     "more than 57,000", "since_the_war", True),
    ("The ministry says more than 57,000 Palestinians have been killed since the war began.",
     "more than 57,000", "scope", None),
    ("More than 3,800 people have been killed in Lebanon since the conflict began in October "
     "2023.", "More than 3,800", "scope", None),
    ("Nationwide, cholera has killed more than 1,800 people in Sudan since the outbreak began in "
     "July 2024.", "more than 1,800", "scope", "since 2024-07"),
    # the place of a headline's capitalised subject
    ("Wildfire in Spain forces evacuation of 4,000", "4,000", "place", "Spain"),
    # an event set for a day after the report is planned, whatever the clause's tense
    ("Unions announced a four-hour rail strike for February 18.", "four-hour", "mood", "planned"),
    ("Unions said a four-hour rail strike on February 3 had closed stations.", "four-hour",
     "mood", "actual"),
    # how far apart two events were, not a span spent before something follows
    ("Police arrested him two days later.", "two days", "gap", True),
    ("Two days after the attack, police arrested him.", "Two days", "gap", True),
    (
        "Chauvin will likely serve about 15 years before he is eligible for release.",
        "about 15 years",
        "gap",
        False,
    ),
    # a singular word naming the kind of the plural after it is no counted thing
    ("The new Pro offers 3 USB 2.0 ports and a mini display port.", "3", "counted", "port"),
    (
        "A work stoppage by 10,500 Writers Guild of America members threw the season into "
        "disarray.",
        "10,500",
        "counted",
        "member",
    ),
    ("Butler intercepted Quinn for a 32 yard defensive touchdown.", "32", "counted", "yard"),
    # a sum's deal, where a noun names it, not the clause's verb
    (
        "Hurd believes that the $13 billion acquisition of EDS will help build out HP's offerings.",
        "$13 billion",
        "predicate",
        "acquisition",
    ),
    (
        "Including its net debt, HP values the acquisition at $13.9 billion.",
        "$13.9 billion",
        "predicate",
        "acquisition",
    ),
    ("HP bought Compaq for $19 billion in 2002.", "$19 billion", "predicate", "buy"),
    # what the other side gave in a swap is not the subject's deed
    (
        "Israel released 111 prisoners in exchange for three Israeli hostages.",
        "three",
        "agent",
        None,
    ),
    (
        "Ratliff intercepted a pass and returned it 35 yards for a touchdown.",
        "35",
        "agent",
        "ratliff",
    ),
    # who puts a tally at a figure is its source; a pronoun names no one
    (
        "Israeli officials put the number of dead at 1,200.",
        "1,200",
        "attribution",
        "Israeli officials",
    ),
    ("They put the toll at 40.", "40", "attribution", None),
    # "add" with an object adds it: scored, not said
    ("Jamal Murray added 25 points for Denver.", "25", "attribution", None),
    ("Jamal Murray added 25 points for Denver.", "25", "agent", "murray"),
    # a gapped figure the parse hangs on the next name: that name's count of the same thing
    ("The far-right SPD won 15 seats and the Motorists 13.", "13", "agent", "motorists"),
    ("The far-right SPD won 15 seats and the Motorists 13.", "13", "counted", "seat"),
    # a city's or a country's police arrest people there
    ("London police said they had arrested 768 people since Saturday.", "768", "place",
     "London"),
    ("Turkish police detained 12 people.", "12", "place", "Turkey"),
    ("Israeli army said it had arrested 12 people.", "12", "place", None),
    # a figure a forecast gives is possible, not one who could not be reached
    ("Beirut's governor said damage could reach $3 billion to $5 billion.",
     "$3 billion to $5 billion", "mood", "possible"),
    ("The lawyer could not be reached Wednesday.", "Wednesday", "mood", "actual"),
    # the others beside someone are part of the toll, however the parse hangs them
    (
        "WARSAW (AP) - Poland mourned on Sunday for President Lech Kaczynski and 95 others killed "
        "when his plane crashed in Russia.",
        "95",
        "part",
        True,
    ),
    ("Poland mourns president, 95 others killed in crash", "95", "part", True),
    # the set a share of is freed from is not freed
    ("Nearly 100 of the 132 foreign workers at the site had been freed, an official said.",
     "132", "predicate", None),
    # a sum a name of its own holds is not the verb's subject's
    ("Sabathia deal\n\nCC Sabathia's $161 million, seven-year deal with the Yankees surpassed "
     "the $137.5 million "
     "contract Johan Santana signed with the Mets.", "$137.5 million", "agent", None),
    ("Sabathia deal\n\nCC Sabathia's $161 million, seven-year deal with the Yankees surpassed "
     "the $137.5 million "
     "contract Johan Santana signed with the Mets.", "$161 million", "agent", "sabathia"),
    # a company's legal form is no name, tagged an organisation or not
    ("CUPERTINO, Calif. (Reuters) - Apple Inc on Tuesday unveiled two larger iPhones.", "two",
     "agent", "apple"),
    # a figure joined to a counted noun counts what that noun counts
    ("Jackson won five titles with the Lakers and six with the Chicago Bulls.", "six", "counted",
     "title"),
    # people rescued on a named day are that day's batch, as a handover's are
    ("Four boys were rescued on Sunday, four on Monday and the last four on Tuesday.", "Four",
     "scope", "on 2025-02-02"),
    # ... not when words after the figure may name what it counts
    ("He has 548 rushing yards, 28 receptions and 258 receiving yards this season.", "258",
     "counted", None),
    # the "it" a named body says will do a deed is that body
    ("Microsoft Corp said on Wednesday it would cut 10,000 jobs.", "10,000", "agent", "microsoft"),
    ("Police said on Wednesday it would cut 10,000 jobs.", "10,000", "agent", None),
    (
        "SEOUL (Reuters) - Samsung Electronics Co said on Friday it would recall all 2.5 million "
        "Galaxy Note 7 smartphones.",
        "2.5 million",
        "agent",
        "electronics",
    ),
    # a people named as the doer is its country
    ("European leaders urged Britain to begin its exit quickly, a day after Britons voted 51.9 "
     "percent to 48.1 percent to leave.", "51.9 percent", "agent", "britain"),
    # a rival's figure set against the clause's own, a share's sign or a giving's "to" between
    ("Obama won 50 percent of the popular vote to Romney's 48 percent.", "48 percent", "agent",
     "romney"),
    ("Obama was declared the winner in Florida on Thursday, giving him 332 electoral votes to "
     "Mitt Romney's 206.", "206", "agent", "romney"),
    ("Police added that 40 people were injured.", "40", "attribution", "Police"),
    # of two subjects of a verb of saying, one sized by a figure is what is said
    (
        "LONDON (Reuters) - Keir Starmer's Labour Party won a landslide victory in Britain's "
        "general election, securing 412 of the 650 seats in parliament, a majority of 174, "
        "final results showed on Friday.",
        "412",
        "attribution",
        "final results",
    ),
    # the whole name after "according to", and who gave the figures it is according to
    (
        "At least 12 died, according to the Ministry of Health.",
        "At least 12",
        "attribution",
        "Ministry of Health",
    ),
    (
        "At least 12 died, according to figures from the health ministry.",
        "At least 12",
        "attribution",
        "health ministry",
    ),
    ("At least 12 died, according to a tally by AFP.", "At least 12", "attribution", "AFP"),
    # an "according to" right after another figure is that one's: the first has its aside
    (
        "In Paris, 87,000 people marched, the ministry said, against 500,000 according to the "
        "unions.",
        "87,000",
        "attribution",
        "ministry",
    ),
    (
        "In Paris, 87,000 people marched, the ministry said, against 500,000 according to the "
        "unions.",
        "500,000",
        "attribution",
        "unions",
    ),
    ("At least 22 people were injured and 14 were detained, according to police.", "At least 22",
     "attribution", "police"),
    ("At least 12 died, according to an AFP tally.", "At least 12", "attribution", "AFP"),
    (
        "IE runs on 70% of PCs, according to industry statistics from November.",
        "70%",
        "attribution",
        "industry statistics",
    ),
    # the speaker the parse hangs on the figure as an apposition, after a clause holding it;
    # of two subjects of "said", not the one left with an "and" that joins nothing
    (
        "A ferry capsized on Lake Kivu on Tuesday just metres from the port of Goma, killing at "
        "least 78 people, the governor of South Kivu province said.",
        "at least 78",
        "attribution",
        "governor",
    ),
    (
        "A landslide buried parts of a remote village in Papua New Guinea's Enga province early "
        "on Sunday, and local officials said at least 23 people were feared dead.",
        "at least 23",
        "attribution",
        "local officials",
    ),
    # who puts a figure somewhere says it, whatever else the sentence is according to; it did
    # not do what the figure counts
    *[
        (
            "The number of people killed has risen to 98, according to the health ministry,"
            " while AFAD put the toll at 104.",
            figure,
            field,
            value,
        )
        for figure, field, value in (
            ("98", "attribution", "health ministry"),
            ("104", "attribution", "AFAD"),
            ("104", "agent", None),
        )
    ],
    (
        "The U.S. Geological Survey put its magnitude at 7.0.",
        "7.0",
        "attribution",
        "U.S. Geological Survey",
    ),
    ("Tehran put it at 5.9, but the USGS said it was 6.1.", "5.9", "attribution", "Tehran"),
    ("Tehran put it at 5.9, but the USGS said it was 6.1.", "6.1", "attribution", "USGS"),
    # a source's name goes on past its head, unless it is a person's
    (
        "The Archive of Public Gatherings estimated attendance at around 300,000.",
        "around 300,000",
        "attribution",
        "Archive of Public Gatherings",
    ),
    (
        "A spokesman for Waitrose said no-one had been hurt.",
        "no-one",
        "attribution",
        "spokesman for Waitrose",
    ),
    (
        "Bob Woodward of The Washington Post said he spoke with Felt two days after the break-in.",
        "two days",
        "attribution",
        "Bob Woodward",
    ),
    # who says a figure did not do what it counts
    (
        "Health Minister Fahrettin Koca said 612 people were injured, 40 of them seriously.",
        "40",
        "agent",
        None,
    ),
    # the place a wire story was filed from is not who acted, nor is the wire its source
    (
        "(AFP) - President Aleksandar Vucic on Sunday said no more than 35,000 people took part"
        " in the demonstration.",
        "no more than 35,000",
        "attribution",
        "President Aleksandar Vucic",
    ),
    (
        "ISTANBUL (AP) - The death toll from Monday's earthquake in southern Turkey rose to 71"
        " on Tuesday, officials said.",
        "71",
        "agent",
        None,
    ),
    (
        "RIM and T-Mobile USA have gone official with the phone, just one day after it was seen"
        " in a store.",
        "one day",
        "agent",
        "rim",
    ),
    (
        "Mannheim, Germany (Sports Network) - Wladimir Klitschko retained three heavyweight"
        " title belts by scoring a knockout Saturday night.",
        "three",
        "agent",
        "klitschko",
    ),
    (
        "The Saints put Thomas on injured reserve after he missed 10 games.",
        "10",
        "attribution",
        None,
    ),
    ("Manning completed his first 17 passes.", "17", "agent", "manning"),
    # a headline drops "was": he was sentenced, nobody did it
    ("Sam Bankman-Fried sentenced to 25 years in prison for FTX fraud", "25 years", "agent", None),
    ("Judge Kaplan sentenced Bankman-Fried to 25 years.", "25 years", "agent", "kaplan"),
    # a verb without a subject of its own shares its clause's, not a by-agent's or an object's
    ("Artino struck again, scoring four straight points.", "four", "agent", "artino"),
    ("Thomas rushed for 63 yards and scored three touchdowns.", "three", "agent", "thomas"),
    ("Teixeira was acquired by the Angels and hit 13 home runs.", "13", "agent", "teixeira"),
    ("Nixon ordered Gray to fire Felt five times.", "five", "agent", None),
    ("Police said Anthony LaCalamita III targeted two managers.", "two", "agent", "lacalamita"),
    (
        "Navy's frigate INS Sukanya intercepted 3 pirate ships.",
        "3",
        "agent_aliases",
        ["navy"],
    ),
    ("INS Sukanya of the Indian Navy seized 14 rifles.", "14", "agent_aliases", ["navy"]),
    ("INS Sukanya seized 14 rifles.", "14", "agent_aliases", []),
    ("Police said 12 people were injured.", "12", "attribution", "Police"),
    ("TSMC stock closed at NT $53.8 yesterday.", "NT $53.8", "unit", "TWD"),
    # a sum is its owner's when a name says whose the subject is: two owners, two prices
    ("EDS shares soared $5.27 to finish at $24.13.", "$24.13", "agent", "eds"),
    ("HP's shares closed at $46.64.", "$46.64", "agent", "hp"),
    ("Paris thieves nab $2.5 million worth of jewellery.", "$2.5 million", "agent", None),
    ("He has 189 rushing yards this season.", "189", "counted_kind", ["rushing"]),
    ("Two plainclothes NYPD officers fired.", "Two", "counted_kind", ["plainclothes"]),
    ("Two angry officers fired.", "Two", "counted_kind", []),
    ("One person was arrested, and no injuries were reported.", "no injuries", "attribution", None),
    # a subject that is a figure is no source: the figure itself, or a share of a poll
    (
        "At least 50 reported injured and buildings destroyed after a 6.1 magnitude earthquake"
        " strikes Sumatra's Aceh province.",
        "6.1 magnitude",
        "attribution",
        None,
    ),
    (
        "More than 60 people reported to USGS that they felt it.",
        "More than 60",
        "attribution",
        None,
    ),
    (
        "Some 62 percent said it was inexcusable, against 35 percent.",
        "35 percent",
        "attribution",
        None,
    ),
    # "said" parsed with two subjects: the counted one is what is said
    (
        "At least 40 migrants drowned when a boat capsized early on Wednesday, the coast guard"
        " said, and dozens more were missing.",
        "Wednesday",
        "attribution",
        "coast guard",
    ),
    (
        "One of them told the judge he needed until May 10, the news wire said.",
        "May 10",
        "attribution",
        "news wire",
    ),
    # a day said beside the source is not part of its name
    (
        "As part of its efforts to support energy-efficient computing, HP Monday announced it has"
        " signed an agreement to acquire EYP.",
        "Monday",
        "attribution",
        "HP",
    ),
    ("He is accused of shooting his three former co-workers.", "three", "counted", "worker"),
    (
        "The Navy confiscated 14 AK 47 Rifles, 31 Magazines and 923 rounds.",
        "31",
        "counted",
        "magazine",
    ),
    ("The ship has seized a total of 14 AK-47 rifles and 31 magazines.", "14", "counted", "rifle"),
    # either of two figures counts the noun after the second
    ("Two or three gunmen burst into the store.", "Two or three", "counted", "gunman"),
    ("More than two dozen schools serve as shelters.", "More than two dozen", "counted", "school"),
    # how often a verb happened counts that verb: "shot 11 times" as "fired 11 shots" counts shots
    ("Gray was shot 11 times by police.", "11", "counted", "shot"),
    ("Gray had previously been arrested four times.", "four", "counted", "arrest"),
    ("Gray had previously been arrested four times.", "four", "category", "detained"),
    # people still in hospital are injured, and what is left of the injured
    (
        "The toll rose to 36 on Wednesday, with 66 people still hospitalized, six of them in "
        "intensive care.",
        "66",
        "predicate",
        "remain",
    ),
    ("Some 57 people remained in hospital.", "Some 57", "category", "injured"),
    # "of missing", which the parse takes for a gerund, says who they are
    ("Rescuers searched for dozens of missing.", "dozens", "category", "missing"),
    # patients in a named condition are hurt; things in good condition are not
    (
        "Thirteen people were wounded, three of whom remain in critical condition.",
        "three",
        "category",
        "injured",
    ),
    ("Two victims were listed in serious condition.", "Two", "category", "injured"),
    ("The 40 houses remain in good condition.", "40", "category", "other"),
    # a tally's figure after "at" with no verb is no age
    ("Rescuers searched the rubble, with the death toll at 78.", "78", "category", "killed"),
    # those feared missing, however the parse hangs "feared", may be alive
    (
        "A boat sank, killing 79 people, the coast guard said, with hundreds more feared missing.",
        "hundreds",
        "mood",
        "possible",
    ),
    ("Three people were in hospital with burns.", "Three", "category", "injured"),
    ("Three people were in the museum.", "Three", "category", "other"),
    # the parse may hang the subject on the auxiliary ("remained" read as a passive's)
    ("More than 100 people remained hospitalized.", "More than 100", "category", "injured"),
    ("More than 100 people remained hospitalized.", "More than 100", "predicate", "remain"),
    # or make the participle an adjective, in either spelling
    ("Fourteen remain hospitalised.", "Fourteen", "category", "injured"),
    ("Fourteen people remain hospitalized.", "Fourteen", "category", "injured"),
    ("The blast sent 40 people to hospital.", "40", "category", "injured"),
    ("Five people were admitted to hospital with burns.", "Five", "category", "injured"),
    # the dead are taken to hospital too
    ("Twelve people were taken to hospital.", "Twelve", "category", "other"),
    # "the number of people detained": the parse hangs the participle on the tally
    (
        "A court ordered three more suspects held in custody, bringing to 11 the number of "
        "people detained over the attack.",
        "11",
        "category",
        "detained",
    ),
    # a rate's move in points: a measure, basis points a hundredth of a percentage point
    ("The Fed cut rates by 50 basis points.", "50 basis points", "unit", "basis points"),
    ("The bank raised rates by 25 bps.", "25 bps", "unit", "basis points"),
    (
        "The Fed cut rates by 0.5 percentage point.",
        "0.5 percentage point",
        "unit",
        "percentage points",
    ),
    ("The Fed cut rates by 0.5 percentage point.", "0.5 percentage point", "category", "measure"),
    # a wire's credit before the dash is not whom the figure is about
    (
        "CUPERTINO, Calif. (AP) — Apple's revenue climbed 6% to nearly $95 billion, the company "
        "said.",
        "nearly $95 billion",
        "about",
        None,
    ),
    # a singular noun past a comma and the figure's own word is another clause's
    ("Maine mass shooting leaves 18 dead, gunman at large", "18", "counted", "people"),
    ("It had 1,200, 1,400 or 1,600 staff.", "1,200", "counted", "staff"),
    # a clause with a named passive subject of its own shares no subject; a name the parse
    # joins to the object before is the next verb's subject
    (
        "The Democrats won 411 seats, while the Republicans were reduced to 121.",
        "121",
        "agent",
        None,
    ),
    ("The Liberal Democrats took 72 seats and Reform UK won five.", "five", "agent", "uk"),
    ("Thomas rushed for 63 yards and scored twice.", "63", "agent", "thomas"),
    # a dateline the parse takes for the subject hangs the real subject on it; a party is
    # named without "Party"
    ("LONDON (Reuters) - Keir Starmer's Labour Party won 412 seats.", "412", "agent", "labour"),
    # the verb left out after "and": the name before the figure did it
    (
        "Hungary has taken in 116,300 people and Moldova nearly 80,000.",
        "nearly 80,000",
        "agent",
        "moldova",
    ),
    (
        "Hungary has taken in 116,300 people and Moldova nearly 80,000.",
        "116,300",
        "agent",
        "hungary",
    ),
    # what people were made to do, or the state they are under, says what befell them
    ("Ukraine refugee exodus tops 1.5 million.", "1.5 million", "category", "displaced"),
    ("The fire raced on, forcing 30,000 to flee.", "30,000", "category", "displaced"),
    (
        "More than 130,000 people were ordered to evacuate.",
        "More than 130,000",
        "category",
        "displaced",
    ),
    (
        "Some 180,000 people remained under evacuation orders.",
        "Some 180,000",
        "category",
        "displaced",
    ),
    ("Police said 12 people were under arrest.", "12", "category", "detained"),
    ("The storm forced 30 schools to close.", "30", "category", "other"),
    ("Police said 12 people were under the bridge.", "12", "category", "other"),
    ("He called them four times.", "four", "counted", "call"),
    # a person's age is a figure of its own: "She was 91." meets "at the age of 91"
    ("She was 91.", "91", "counted", "age"),
    (
        "Williams died in Beverly Hills at the age of 91, her spokesman said.",
        "91",
        "counted",
        "age",
    ),
    ("The death toll was 91.", "91", "counted", "people"),
    ("The crowd sang to Emanuel Steward, who turned 68 on Saturday.", "68", "counted", "age"),
    ("The toll turned 68 on Saturday.", "68", "counted", "people"),
    ("He was 12 when the war began.", "12", "counted", None),
    ("Nonfarm payrolls increased by 256,000 last month.", "256,000", "counted", None),
    ("Police arrested 40 people this month.", "40", "counted", "people"),
    ("In 2004 a tsunami killed 170,000 people in the province.", "170,000", "scope", "2004"),
    ("In 2004 a quake sparked a tsunami that killed 170,000 people.", "170,000", "scope", "2004"),
    # a recurring day named is no day a handover is of
    (
        "The patch will be released eight days after the regular Patch Tuesday release.",
        "eight days",
        "scope",
        None,
    ),
    # the date a "when" clause hangs on is the clause's time
    (
        "It was the deadliest crash since August 2006, when 49 people died in Kentucky.",
        "49",
        "scope",
        "2006-08",
    ),
    ("The last big quake was in 1999, when 17,000 people died.", "17,000", "scope", "1999"),
    # the date of the figure a change started from is that figure's alone
    (
        "About 126 million people voted, down from 131 million in 2008.",
        "About 126 million",
        "scope",
        None,
    ),
    (
        "About 126 million people voted, down from 131 million in 2008.",
        "131 million",
        "scope",
        "2008",
    ),
    (
        "Unemployment fell to 7.9 percent in October, down from 8.1 percent in September.",
        "8.1 percent",
        "scope",
        "2024-09",
    ),
    ("In September, a gunman killed four people in Ohio.", "four", "scope", "2024-09"),
    ("In February, a woman opened fire, killing three people.", "three", "scope", "2025-02"),
    # a day named of the blow a killing participle follows is the killing's, not a month
    ("The quake struck on Sunday, killing 10 people.", "10", "scope", "2025-02-02"),
    # the day of a deed the verb names with its object or particle is the count's, as "killed
    # on Sunday" is
    ("Five soldiers lost their lives on Sunday.", "Five", "scope", "2025-02-02"),
    ("Gunmen shot dead six people on Sunday.", "six", "scope", "2025-02-02"),
    ("Police gunned down two suspects on Sunday.", "two", "scope", "2025-02-02"),
    ("He was charged Saturday after opening fire at a party, killing one man.", "one", "scope",
     None),
    (
        "A quake killed at least five people in a region devastated by the tsunami of 2004.",
        "at least five",
        "scope",
        None,
    ),
    ("A quake hit a region hit by the 2004 tsunami, killing 10 people.", "10", "scope", None),
    (
        "That temblor killed at least six people, injured almost 50 and caused heavy damage to "
        "residential units in September.",
        "at least six",
        "scope",
        "2024-09",
    ),
    ("In April last year a quake killed 40 people.", "40", "scope", "2024-04"),
    # a figure's own month, whatever its clause says ("after" is no span here)
    ("Core prices rose 3.2%, after 3.3% in November.", "3.3%", "scope", "2024-11"),
    ("Core prices rose 3.2%, after 3.3% in November.", "3.2%", "scope", None),
    ("An 8.7-magnitude quake hit Aceh in May 2012.", "8.7-magnitude", "scope", "2012-05"),
    ("She shot dead two co-workers in September 2010.", "two", "scope", "2010-09"),
    (
        "Last year, a quake rocked Sumatra, killing at least one person.",
        "at least one",
        "scope",
        "2024",
    ),
    ("A three day hearing was penciled in for October.", "three day", "scope", None),
    # a deed before the figure's names its own month: each change is of its month
    ("Hourly pay rose 0.2% in January after gaining 0.4% in December.", "0.2%", "scope", "2025-01"),
    ("Hourly pay rose 0.2% in January after gaining 0.4% in December.", "0.4%", "scope", "2024-12"),
    (
        "Nixon resigned less than two years after that day in October.",
        "less than two years",
        "scope",
        None,
    ),
    # what a change is measured from is no period of the figure
    ("Average hourly pay rose 4.2% from a year ago.", "4.2%", "scope", None),
    # the period a set of figures covers is theirs
    (
        "Data for December was revised to show 227,000 jobs instead of 187,000.",
        "227,000",
        "scope",
        "2024-12",
    ),
    ("The phone will be available in June for $99.", "$99", "scope", None),
    ("The phone is expected to be available in June for $99.", "$99", "scope", None),
    (
        "Since fighting between the army and the rebels began in July, hundreds of thousands "
        "have fled.",
        "hundreds of thousands",
        "scope",
        None,
    ),
    # what a period runs from, up to what it includes, and a figure's own "since"
    *[
        (
            "The ministry said 50,423 people had been killed since the start of the war,"
            " including 1,042 since the collapse of the ceasefire.",
            figure,
            "scope",
            scope,
        )
        for figure, scope in (
            ("50,423", "since start war"),
            ("1,042", "since collapse ceasefire"),
        )
    ],
    # a night is a period up to the report's day, and a share of its figure "of which" too
    *[
        (
            "Russia launched 92 drones at Ukraine overnight, of which 51 were shot down.",
            figure,
            feature,
            expected,
        )
        for figure, feature, expected in (
            ("92", "scope", "past night to 2025-02-04"),
            ("51", "scope", "past night to 2025-02-04"),
            ("51", "counted", "drone"),
        )
    ],
    ("Two men were arrested last night.", "Two", "scope", "past night to 2025-02-04"),
    # what is left of a set, whatever the verb: not what left it, nor "the remaining" others
    ("Hamas handed over four more bodies, leaving 20 still in Gaza.", "20", "predicate", "remain"),
    ("By Saturday, 42 sets of remains had been recovered.", "42", "counted", "body"),
    ("Crews have found 40 remains so far.", "40", "counted", "body"),
    ("Three sets of twins were born.", "Three", "counted", "set"),
    (
        "The remains of 28 hostages who died in captivity are still in Gaza.",
        "28",
        "predicate",
        "remain",
    ),
    # where the displaced went, when the words say: inside or abroad never meet
    (
        "An estimated 6.5 million people have been displaced inside Ukraine.",
        "An estimated 6.5 million",
        "displaced",
        "inside",
    ),
    (
        "More than 1 million refugees have fled Ukraine.",
        "More than 1 million",
        "displaced",
        "abroad",
    ),
    ("Some 3.2 million people have fled the country.", "Some 3.2 million", "displaced", "abroad"),
    ("About 14,000 people fled their homes.", "About 14,000", "displaced", None),
    # a country that took the displaced in holds its share of them; not one receiving hostages
    ("Poland has taken in more than 2 million refugees.", "more than 2 million", "place", "Poland"),
    ("Israel received the three hostages.", "three", "place", None),
    # a clause or participle of the counted figure itself says what befell them
    ("UN says 6.5 million displaced inside Ukraine", "6.5 million", "predicate", "displace"),
    ("Three killed as rioters bomb Greek bank", "Three", "predicate", "kill"),
    ("He heard from one of the paramedics who treated Kathina.", "one", "predicate", "hear"),
    (
        "The IOM said on Friday that 6.5 million were displaced, in addition to the 3.2 million "
        "who have fled the country.",
        "3.2 million",
        "predicate",
        "flee",
    ),
    (
        "There was heavy artillery fire to cover the evacuation of 24 soldiers who were injured.",
        "24",
        "mood",
        "actual",
    ),
    (
        "Israel demanded the bodies of the 24 deceased hostages still held in Gaza.",
        "24",
        "predicate",
        "remain",
    ),
    ("The quake left 24 dead.", "24", "predicate", "leave"),
    ("The navy intercepted the remaining three skiffs.", "three", "predicate", "intercept"),
    # a day a period runs from is that day, however worded ("may" is a stop word)
    (
        "Fighting has killed at least 226 people since May 10.",
        "at least 226",
        "scope",
        "since 2024-05-10",
    ),
    (
        "At least 20 people have died in the flooding since late April.",
        "At least 20",
        "scope",
        "since 2024-04",
    ),
    ("At least 300 people have died since Monday.", "At least 300", "scope", "since 2025-02-03"),
    # a record's year is not the figure's ("breaking a 1978 record, as ... have been killed")
    ("The Yamuna river rose to a record 208.46 metres in Delhi on Thursday, breaking a 1978 "
     "record, as more than 100 people have been killed across northern India since Saturday.",
     "more than 100", "scope", "since 2025-02-01"),
    # a handover is a count of its day; not a sentence handed down, nor a span
    ("Hamas freed three Israeli hostages on Saturday.", "three", "scope", "on 2025-02-01"),
    ("A judge handed Nichols today four consecutive life sentences.", "four", "scope", None),
    (
        "Russia and Ukraine each returned 150 prisoners of war on Sunday.",
        "150",
        "scope",
        "on 2025-02-02",
    ),
    ("Ukraine brought home 189 prisoners of war on Monday.", "189", "scope", "on 2025-02-03"),
    ("Hamas handed over three hostages on Saturday.", "three", "scope", "on 2025-02-01"),
    # so is a crowd; not a quake that struck
    ("About 80,000 people marched in Paris on Thursday.", "About 80,000", "scope", "on 2025-01-30"),
    (
        "Hundreds of children gathered peacefully Saturday outside parliament.",
        "Hundreds",
        "scope",
        "on 2025-02-01",
    ),
    ("A magnitude 6.1 quake struck Aceh on Tuesday.", "magnitude 6.1", "scope", None),
    # the day said of a participle the parse hangs on the crowd, under a verb of saying
    (
        "Some 1.27 million people protested across France on Tuesday against the pension "
        "overhaul, the Interior Ministry said.",
        "Some 1.27 million",
        "scope",
        "on 2025-02-04",
    ),
    # all freed until that day: a running total from a start, not the day's handover
    (
        "With Saturday's release, 19 hostages have been freed since the truce began.",
        "19",
        "scope",
        "since",
    ),
    ("With Saturday's release, 19 hostages have been freed so far.", "19", "scope", "since"),
    # the "since" of a superlative is no running total
    ("Russia and West swap 24 prisoners in biggest exchange since Cold War", "24", "scope", None),
    # a span something happens in or by, said of its verb; not two past events a span apart
    ("The new rules will take effect in about 30 days.", "about 30 days", "within", True),
    ("He will be freed within 60 days.", "within 60 days", "within", True),
    # a span one has to do something in, as "within" gives it; not a span spent
    ("Lohan has 30 days to enter rehab.", "30 days", "within", True),
    ("The company was given 60 days to respond to the complaint.", "60 days", "within", True),
    ("She must also serve 30 days of community service.", "30 days", "within", False),
    ("No QB has ever had seven game-winning drives in one year.", "one year", "within", True),
    ("Within a week of the vote, the building burned down.", "Within a week", "within", False),
    ("The rule takes effect nine days before the inauguration.", "nine days", "within", False),
    # a people's plural ending in "-is" is singular too: "Thais", "Somalis"
    ("Five Thais were freed on Saturday.", "Five", "counted", "thai"),
    ("Police detained 12 Somalis and 11 Yemenis.", "12", "counted", "somali"),
    ("A judge handed Nichols on Monday four life sentences.", "four", "scope", None),
    ("The deaths brought the toll to 47 on Sunday.", "47", "scope", None),
    # what is handed over is said exactly; prisoners of war are prisoners
    ("Ukraine handed over 150 Russian soldiers.", "150", "hedge", "exact"),
    # a plus sign glued on is a lower bound; a fact box's labelled line is the whole count
    ("Missing: 11,000+", "11,000", "hedge", "at_least"),
    # "with" its own participle, a set left in a state: not the toll around it
    (
        "The death toll rose to 53 on Tuesday, with 21 miners still trapped.",
        "21",
        "category",
        "missing",
    ),
    (
        "The death toll rose to 53 on Tuesday, with 21 miners still trapped.",
        "21",
        "predicate",
        "remain",
    ),
    ("Rescuers searched for 13 miners who remain trapped.", "13", "predicate", "remain"),
    # a noun borrowed from another clause says nothing of what is left
    (
        "More than 1,100 inmates who escaped from Mozambique's main prison last week are still "
        "at large, authorities said, after about 400 were caught.",
        "about 400",
        "predicate",
        "catch",
    ),
    (
        "More than 1,100 inmates who escaped from Mozambique's main prison last week are still "
        "at large, authorities said, after about 400 were caught.",
        "More than 1,100",
        "predicate",
        "remain",
    ),
    # a saying a semicolon parts from the figure's clause did not say it
    ("New Orleans attack death toll rises to 14; FBI says driver acted alone", "14",
     "attribution", None),
    ("The death toll rose to 14, the coroner's office said.", "14", "attribution",
     "coroner's office"),
    # what is left, named by what remains of them or as the rest a side holds
    ("The remains of 13 deceased hostages are still in Gaza, officials said.", "13",
     "predicate", "remain"),
    ("Hamas is holding back the remains of the other 19 dead hostages.", "19", "predicate",
     "remain"),
    ("Hamas is holding 19 hostages.", "19", "predicate", "hold"),
    ("The navy intercepted the remaining three skiffs.", "three", "predicate", "intercept"),
    ("Two gang members whose names remain unreleased were arrested.", "Two", "predicate", "arrest"),
    (
        "The toll rose to 53, with 20 people killed in the second collapse.",
        "20",
        "category",
        "killed",
    ),
    # lakh and crore, rupees as Indian papers write them
    ("More than 2.5 lakh people had gathered.", "More than 2.5 lakh", "low", 250_000),
    ("The state announced Rs 2 lakh for each family.", "Rs 2 lakh", "unit", "INR"),
    ("It set up a Rs. 10 crore fund.", "Rs. 10 crore", "unit", "INR"),
    ("The project costs ₹500 crore.", "₹500 crore", "low", 5_000_000_000),
    ("200+ people died in the floods.", "200", "counted", "people"),
    ("Displaced: about 1.9 million", "about 1.9 million", "part", False),
    ("Explosion: 55 wounded, 15 critically.", "15", "part", True),
    ("The attack left 55 wounded, 15 critically.", "15", "part", True),
    # the day of the event whose dead are counted, named on the subject or its toll; not the
    # day a toll stood
    ("Sunday's attack killed 30 people.", "30", "scope", "2025-02-02"),
    # a gapped figure's own day
    (
        "The group closed its sites after at least 27 people were killed on Monday and 31 on "
        "Sunday in shootings near its hub in Rafah.",
        "31",
        "scope",
        "2025-02-02",
    ),
    (
        "The group closed its sites after at least 27 people were killed on Monday and 31 on "
        "Sunday in shootings near its hub in Rafah.",
        "at least 27",
        "scope",
        "2025-02-03",
    ),
    ("The death toll from Sunday's attack rose to 30.", "30", "scope", "2025-02-02"),
    ("The toll from the strike on Sunday rose to 30.", "30", "scope", "2025-02-02"),
    ("The death toll rose to 30 on Sunday.", "30", "scope", None),
    # the hurt counted by how badly, however it is worded
    ("More than 200 people had been injured seriously, officials said.", "More than 200",
     "badly", True),
    ("There are around 30 people seriously injured.", "around 30", "badly", True),
    ("The blast critically wounded 12 people.", "12", "badly", True),
    ("More than 200 people had been injured, officials said.", "More than 200", "badly", False),
    # a figure added to a toll, not the toll
    ("At least three more people were killed on Tuesday.", "At least three", "added", True),
    ("A further 20 bodies were found.", "20", "added", True),
    # new cases are added to the count; a name's "New" is no addition
    ("Officials reported 13 new measles cases on Friday.", "13", "added", True),
    ("Police found 18 New York women.", "18", "added", False),
    # the last of a set, and the rest of one a deed is done to, are what was added; what is
    # left of one is not
    ("The bodies of the last two victims were recovered on Saturday.", "two", "added", True),
    ("The remaining 17 students have been rescued, the army said.", "17", "added", True),
    ("The remaining 14 are still held by the kidnappers.", "14", "added", False),
    ("Hamas released the last 20 living hostages on Monday.", "20", "added", False),
    ("At least 51 people have been killed since Monday.", "At least 51", "added", False),
    # a kind's share of the count before it, listed or not; people "including" are no kind
    (
        "At least 51 people have been killed in the unrest, including a foreign national and "
        "three police officers, police said.",
        "three",
        "share",
        True,
    ),
    ("More than 400 people, including over 100 police officers, were injured.", "over 100",
     "share", True),
    ("More than 400 people were injured, including 120 people in Kathmandu.", "120", "share",
     False),
    ("Three police officers were killed in the unrest.", "Three", "share", False),
    # a part "including" said with where it happened, a place name or not
    (
        "At least 10 people were killed in Bangkok, including eight at the construction site.",
        "eight",
        "part",
        True,
    ),
    # a list of figures after a count, each with where they came from: its parts, counting
    # what it counts; not one alone, which may be a cause
    (
        "Rescuers recovered 28 bodies from the river, 27 from the plane and one from the "
        "helicopter.",
        "27",
        "part",
        True,
    ),
    (
        "Rescuers recovered 28 bodies from the river, 27 from the plane and one from the "
        "helicopter.",
        "one",
        "counted",
        "body",
    ),
    (
        "The ministry said 300 migrants had arrived, 200 from Libya and 100 from Tunisia.",
        "100",
        "counted",
        "migrant",
    ),
    (
        "The ministry said 300 migrants had arrived, 200 from Libya and 100 from Tunisia.",
        "200",
        "part",
        True,
    ),
    (
        "Five Israeli soldiers lost their lives on Wednesday, four from friendly fire.",
        "four",
        "part",
        False,
    ),
    ("He arrived at 10 from Paris, and 12 from Rome.", "10", "part", False),
    # a yearly rate's period is its month, and no span
    ("Inflation rose to 2.6% in the 12 months to November.", "2.6%", "scope", "2024-11"),
    ("He served 12 months to March.", "12 months", "kind", "duration"),
    # a clause of its own after "and" counts what its own subject names
    (
        "The WHO declared an emergency as the death toll in China rose to 213 and infections "
        "climbed to 9,692.",
        "9,692",
        "category",
        "other",
    ),
    # a day's new ones are that day's
    (
        "Hubei province reported 24 new deaths and 371 new cases on Sunday.",
        "24",
        "scope",
        "2025-02-02",
    ),
    ("Hubei province reported 24 deaths on Sunday.", "24", "scope", None),
    # a country's division named after "of": the division's own name, however tagged
    (
        "The storm killed at least 10,000 people in the central Philippines province of Leyte, "
        "police said.",
        "at least 10,000",
        "place",
        "Leyte",
    ),
    ("Gunmen killed 12 people in Niger state on Monday.", "12", "place", "Niger state"),
    # a toll broken down by site: each figure at its own, whatever kind of place
    ("Fourteen people were killed at the airport and 20 at the Maelbeek metro station, the "
     "prosecutor said.", "Fourteen", "place", "airport"),
    ("Officials said 11 died at the airport and 20 on the metro.", "20", "place", "metro"),
    ("Sixty-nine people were killed on Utoya and eight in Oslo.", "Sixty-nine", "place",
     "Utoya"),
    ("Of the 50 dead, 42 were killed at Al Noor and seven at Linwood.", "42", "place",
     "Al Noor"),
    ("Of the 50 dead, 42 were killed at Al Noor and seven at Linwood.", "50", "place", None),
    # an "alone" the model tags with the name is no part of it
    ("In Beichuan county alone, up to 5,000 people were killed, Xinhua said.", "up to 5,000",
     "place", "Beichuan"),
    ("Gunmen killed 12 people at the magazine's offices.", "12", "place", None),
    # the state the clause puts the figure's people in holds their place
    ("More than 10,000 people are unaccounted for in the town of Minamisanriku alone.",
     "More than 10,000", "place", "Minamisanriku"),
    ("South Florida has lost four of its last five games, and two in a row.", "two", "place",
     None),
    # where a disaster struck, when the clause puts the figure nowhere else
    (
        "A 7.7-magnitude earthquake struck central Myanmar on Friday, killing at least 1,002 "
        "people.",
        "at least 1,002",
        "place",
        "Myanmar",
    ),
    ("Myanmar quake death toll rises to 2,056", "2,056", "place", "Myanmar"),
    # the place a tally moved to a figure is for
    (
        "Another 58 Egyptians had died, bringing the total for Egypt to 658.",
        "658",
        "place",
        "Egypt",
    ),
    ("Officials put the toll for Sudan at 40.", "40", "place", "Sudan"),
    ("The toll rose to 40 for the second day running.", "40", "place", None),
    (
        "The number of people killed in last week's earthquake in Myanmar has risen to 3,085.",
        "3,085",
        "place",
        "Myanmar",
    ),
    (
        "In neighbouring Thailand, the quake brought down a 30-storey building under "
        "construction in Bangkok, killing at least 10 people.",
        "at least 10",
        "place",
        "Thailand",
    ),
    # a part "including" a tally's figure, which names no noun
    (
        "Thailand's toll stood at 22, including 15 at the Bangkok construction site.",
        "15",
        "part",
        True,
    ),
    # the place a "where" clause hangs on; a plural place noun is no one place
    (
        "Another 14 deaths were reported in surrounding counties, including Travis County, "
        "where at least six people died.",
        "at least six",
        "place",
        "Travis County",
    ),
    (
        "Another 14 deaths were reported in surrounding counties, including Travis County, "
        "where at least six people died.",
        "14",
        "place",
        "counties",
    ),
    # people at play are people; a state said after a phrase the parse hangs elsewhere
    ("The camp said 27 campers and counselors had died.", "27", "category", "killed"),
    (
        "At least 24 people were killed after torrential rains hit on Friday, and 23 to 25 "
        "girls from a summer camp were unaccounted for, officials said.",
        "23 to 25",
        "category",
        "missing",
    ),
    (
        "In an earlier airstrike, three cousins who had taken refuge with hundreds of other "
        "people in a UN school were killed.",
        "hundreds",
        "category",
        "other",
    ),
    # what is left, however the parse hangs it
    ("The toll rose to 15, with 72 still unaccounted for.", "72", "predicate", "remain"),
    ("The victims ranged in age from 18 to 63.", "18 to 63", "counted", "age"),
    # a list the parse makes appositions: each figure's place is its own
    (
        "Orange officials told Bloomberg that at one point as much as 55 percent of voice "
        "traffic in Saudi Arabia, 52 percent in Egypt, and 82 percent in India was out of service.",
        "52 percent",
        "place",
        "Egypt",
    ),
    ("Police said 40 people were hurt, seriously injuring 12.", "12", "part", False),
    # a breakdown by place: no model number is written with thousands
    ("Deaths by area: Gaza City 12,000; Rafah 6,200.", "12,000", "place", "Gaza City"),
    ("Deaths by area: Gaza City 12,000; Rafah 6,200.", "12,000", "category", "killed"),
    ("Ukraine and Russia swapped 300 POWs.", "300", "category", "prisoners"),
    # a breakdown by country: each figure is its country's, however the list is worded
    (
        "Romania has recorded seven deaths, Poland five, Austria four and the Czech Republic two.",
        "seven",
        "place",
        "Romania",
    ),
    (
        "Romania has recorded seven deaths, Poland five, Austria four and the Czech Republic two.",
        "seven",
        "agent",
        None,
    ),
    (
        "Romania has recorded seven deaths, Poland five, Austria four and the Czech Republic two.",
        "five",
        "place",
        "Poland",
    ),
    (
        "Romania has recorded seven deaths, Poland five, Austria four and the Czech Republic two.",
        "two",
        "place",
        "Czech Republic",
    ),
    ("Poland's death toll rose to seven.", "seven", "place", "Poland"),
    # a vote against is opposition, as "opposed" says it
    ("Johnson relied on Democratic votes after 112 Republicans voted against it.", "112",
     "predicate", "oppose"),
    # plurals the lemmatizer takes for another word's
    ("The WHO said it had shipped 2,000 doses of vaccine.", "2,000", "counted", "dose"),
    ("Rebels seized two military bases.", "two", "counted", "base"),
    # a headline's bare figure "on board" is a load, placed nowhere; a toll broken down "on
    # board" and "on the ground" is placed as a whole clause's would be
    ("Passenger jet crashes on takeoff in Ahmedabad; 241 on board", "241", "predicate", "carry"),
    ("Passenger jet crashes on takeoff in Ahmedabad; 241 on board", "241", "place", None),
    ("The crash killed 241 on board and 29 on the ground.", "29", "place", "on the ground"),
    # a tally of those on board is the load, no other reading of the figure before
    ("A total of 91 people survived and 27 remain missing, officials said, putting the number on "
     "board at 192.", "192", "predicate", "carry"),
    ("A total of 91 people survived and 27 remain missing, officials said, putting the number on "
     "board at 192.", "192", "category", "other"),
    # a day's place, which the parse hung on the deed's object
    ("Temperatures reached 46.2 degrees Celsius in the Spanish town of El Granado on Monday.",
     "Monday", "place", "El Granado"),
    # ... or whose adjective it has (a people's dead placed elsewhere are placed there)
    ("The Italian toll rose to nine.", "nine", "place", "Italy"),
    ("Eleven died in Spain, bringing the European toll to 17.", "17", "place", "Europe"),
    ("The American death toll in Iraq rose to 4,000.", "4,000", "place", "Iraq"),
    (
        "Poland's toll rose to nine, while Romania reported seven and Austria five.",
        "five",
        "category",
        "killed",
    ),
    (
        "Poland's toll rose to nine, while Romania reported seven and Austria five.",
        "five",
        "agent",
        None,
    ),
    (
        "Poland's toll rose to nine, while Romania reported seven and Austria five.",
        "seven",
        "category",
        "killed",
    ),
    (
        "At least 24 people died in floods, including nine in Poland and seven in Romania.",
        "seven",
        "place",
        "Romania",
    ),
    (
        "At least 24 people died in floods, including nine in Poland and seven in Romania.",
        "nine",
        "part",
        True,
    ),
    (
        "At least 24 people died in floods, including nine in Poland and seven in Romania.",
        "seven",
        "category",
        "killed",
    ),
    (
        "Seven bullets hit him, including three that entered his body from the rear.",
        "three",
        "part",
        False,
    ),
    (
        "Earthquake Of Magnitude 6.1 Strikes Indonesia's Aceh Province Killing One",
        "One",
        "place",
        None,
    ),
    # (the reporting city is no place of the day; the clashes' place is)
    ("Khartoum reported fresh clashes in the state Thursday.", "Thursday", "place", "state"),
    # a figure that names nothing counts what the sentence's previous figure of the same deed
    # counts, each said with a verb of its own, in the same role
    (
        "More than 5,000 flights were cancelled, and Delta alone cancelled 1,000.",
        "1,000",
        "counted",
        "flight",
    ),
    ("Carter scored 14 points and VanDeest scored 13.", "13", "counted", "point"),
    ("Nine quarterbacks threw for 300 yards, and three threw for 400.", "three", "counted", None),
    # ... or the same place said again under another verb
    (
        "The alliance was ahead in 294 seats, while the opposition was leading in 231.",
        "231",
        "counted",
        "seat",
    ),
    ("The club has 13 offices and a staff of more than 350.", "more than 350", "counted", "staff"),
    # a rival's figure set against the clause's own counts the same, and is the rival's
    ("Obama had won 303 electoral votes to Romney's 206.", "206", "counted", "vote"),
    ("Obama had won 303 electoral votes to Romney's 206.", "206", "agent", "romney"),
    # a rival's figure after how far apart the two are
    ("The Americans won 126 medals, 35 more than China's 91.", "91", "counted", "medal"),
    ("The Americans won 126 medals, 35 more than China's 91.", "91", "agent", "china"),
    (
        "Obama won about 62.6 million votes to Romney's 59.1 million.",
        "59.1 million",
        "counted",
        "vote",
    ),
    ("Another 11 miners remained trapped.", "11", "category", "missing"),
    # a date inside a "since" phrase is a start, not the figure's period
    ("Turnout was 72.9%, the highest since the fall of communism in 1989.", "72.9%", "scope", None),
    # a copula heading a clause with its own subject is the figure's verb
    (
        "Miller is averaging 15.5 points, while Dalembert is down almost five points per game.",
        "almost five",
        "agent",
        "dalembert",
    ),
    ("Prices will come down and 8GB is an attractive option.", "8GB", "agent", None),
    # a figure the parse hangs on another across a preposition counts nothing of the other's:
    # the toll counts people (not states)
    ("Helene's death toll climbs to 44 across four states", "44", "counted", "people"),
    ("Helene's death toll climbs to 44 across four states", "44", "category", "killed"),
    ("Garrard completed 28 of 41 passes for 329 yards.", "28", "counted", "pass"),
    # the noun left out after "the first", "the other" is the previous figure's
    ("He played 15 seasons in the NBA, the first 11 with Philadelphia.", "11", "counted", "season"),
    ("If one cable was down we could use the other two, he said.", "two", "counted", "cable"),
    # ... and so is the noun of "the 272 needed" and of a shortfall
    (
        "The party led in 240 of the 543 seats, short of the 272 needed for a majority.",
        "272",
        "counted",
        "seat",
    ),
    ("The BJP won 240 seats, 32 short of a majority.", "32", "counted", "seat"),
    ("He scored 20 points, 3 shy of his record.", "3", "counted", "point"),
    ("Hamas held 33 hostages; the remaining 24 were freed.", "24", "category", "hostages"),
    ("He scored 15 points, and 11 came in the first half.", "11", "counted", None),
    # what a tally counts, when it counts things
    ("The number of confirmed cases worldwide rose to 148.", "148", "counted", "case"),
    ("The number of people arrested rose to 50.", "50", "counted", "people"),
    ("Swine flu cases rise to 257 as WHO warns.", "257", "counted", "case"),
    ("A couple of hundred people gathered in the square.", "A couple of hundred", "low", 200),
    # a crew counted by its own name, however said
    ("Its crew of 25 is reported to be safe.", "25", "counted", "crew"),
    ("The ship's 25 crew members are safe.", "25", "counted", "crew"),
    ("Three gang members were arrested.", "Three", "counted", "member"),
    # "them" standing for things the sentence counted before
    ("Pirates attacked 80 ships this year, seizing 36 of them.", "36", "category", "other"),
    ("Pirates attacked 80 ships this year, seizing 36 of them.", "36", "counted", "ship"),
    ("Police arrested 40 protesters and charged 12 of them.", "12", "counted", "protester"),
    # what forecasters expected counts what the figure before it counts, not forecasters
    (
        "The economy added 256,000 jobs, more than the 155,000 analysts had forecast.",
        "155,000",
        "counted",
        "job",
    ),
    (
        "Payrolls rose by 256,000 jobs, above the 155,000 economists polled by Reuters had"
        " expected.",
        "155,000",
        "counted",
        "job",
    ),
    ("The 40 analysts have forecast a recession.", "40", "counted", "analyst"),
    # a share of a set: the set's figure is not what the share did
    ("Two-thirds of the 1,200 residents fled.", "1,200", "category", "other"),
    ("Half of the 300 passengers were rescued.", "300", "predicate", None),
    ("Socialists hold a comfortable majority of 160 in parliament.", "160", "predicate", "hold"),
    # what is added to a total is not the total
    ("GM added another 971,000 cars to the recall.", "971,000", "part", True),
    (
        "It expanded the recall, adding 842,000 cars to the 778,000 it recalled.",
        "842,000",
        "part",
        True,
    ),
    ("Murray added 25 points.", "25", "part", False),
    # a date of the figure's own clause before a stage of the clause it hangs on
    (
        "Flowers, who has 35 catches this season, was hurt in the third quarter.",
        "35",
        "scope",
        None,
    ),
    ("He won the first round with 41% on Sunday.", "41%", "scope", "first round"),
    # a company by its name, its legal suffix left out; a deadline is no one's deed
    ("Goldman Sachs Group Inc. cut 3,200 jobs.", "3,200", "agent", "sachs"),
    ("Delta Air Lines cancelled 1,000 flights.", "1,000", "agent", "delta"),
    ("Anthony LaCalamita III shot 3 people.", "3", "agent", "lacalamita"),
    ("Affected employees will be notified by Feb. 10.", "Feb. 10", "agent", None),
    # a date hung on the figure itself is its period, before the clause's
    (
        "Meta laid off 10,000 workers in 2023 and 11,000 in November 2022.",
        "11,000",
        "scope",
        "2022-11",
    ),
    (
        "Meta laid off 10,000 workers in 2023 and 11,000 in November 2022.",
        "10,000",
        "scope",
        "2023",
    ),
    # the figure an earlier report gave, said beside the one that replaces it
    (
        "It may have shared up to 87 million, far more than the 50 million previously reported.",
        "50 million",
        "earlier",
        True,
    ),
    (
        "Payrolls rose by 256,000 instead of the previously reported 227,000.",
        "227,000",
        "earlier",
        True,
    ),
    ("The toll rose to 61, up from an earlier estimate of 49.", "49", "earlier", True),
    # "not 86 as first reported": the figure an earlier report gave
    ("Police said 68 people died on Utoya, not 86 as first reported.", "86", "earlier", True),
    # a flash reading revised down is where the figure stood before
    ("Inflation was 2.1%, revising down its flash reading of 2.2%.", "2.2%", "earlier", True),
    # a change the sentence's change came after: the figure it reached then
    (
        "Officials raised the death toll to 234 on Tuesday, after revising it down to 231 on "
        "Monday.",
        "231",
        "earlier",
        True,
    ),
    (
        "Officials raised the death toll to 234 on Tuesday, after revising it down to 231 on "
        "Monday.",
        "234",
        "earlier",
        False,
    ),
    # a change from a level named by a noun: "from a half-century low of 3.4%"
    (
        "Unemployment has climbed from a half-century low of 3.4% last year to 4.2%.",
        "3.4%",
        "earlier",
        True,
    ),
    (
        "Unemployment has climbed from a half-century low of 3.4% last year to 4.2%.",
        "4.2%",
        "scope",
        None,
    ),
    ("The toll rose from an initial estimate of 30 to 45.", "30", "earlier", True),
    ("The toll rose from an initial estimate of 30 to 45.", "45", "value", 45),
    ("He came from a family of 12.", "12", "earlier", False),
    ("The 40 people first reported missing were found.", "40", "earlier", False),
    # a tally a source put at a figure before the article's latest
    ("Earlier in the day, officials had put the toll at 93.", "93", "earlier", True),
    ("The toll had previously been given as 33.", "33", "earlier", True),
    ("Officials earlier put the death toll at 40.", "40", "earlier", True),
    ("Earlier, a bomb killed five people in the city.", "five", "earlier", False),
    ("Officials put the toll at 40.", "40", "earlier", False),
    # where a tally had stood on a day before the article's (Tuesday 4 February)
    ("The toll had stood at 17 on Saturday.", "17", "earlier", True),
    ("The toll stood at 17 on Saturday.", "17", "earlier", False),
    ("The toll had risen to 24 on Tuesday.", "24", "earlier", False),
    # a toll said to include its attackers
    ("Nine people, including the gunman, were killed, police said.", "Nine", "with_attackers",
     True),
    ("Texas mall shooting leaves 9 dead, including gunman", "9", "with_attackers", True),
    # a toll said not to include the attacker is its victims' alone
    ("The toll rose to six, not including the gunman, police said.", "six", "with_attackers",
     False),
    ("The attack killed 30 people, including 12 children.", "30", "with_attackers", False),
    # who says a figure: the name after a wire's dateline, a reporting participle's agent
    ("NAIROBI (AP) — Kenyan President William Ruto said on Wednesday that six people had been "
     "killed.", "six", "attribution", "Kenyan President William Ruto"),
    ("Ruto said six people died, far fewer than the 22 reported by the national rights "
     "commission.", "22", "attribution", "national rights commission"),
    # what lasted a span is what the span is of
    ("The standoff lasted 10 hours.", "10 hours", "counted", "standoff"),
    ("Gunmen took hostages in a siege that lasted more than seven hours.",
     "more than seven hours", "counted", "siege"),
    ("It lasted two hours.", "two hours", "counted", None),
    # a place said after a gapped conjunct ("and 11 injured") is the whole clause's
    ("Two people were killed and 11 injured in the northeastern city of Kharkiv.", "Two",
     "place", "Kharkiv"),
    # a common noun the model tags a facility is no place's name
    ("A gunman killed 49 people at two mosques in Christchurch.", "49", "place", "Christchurch"),
    # "in the country" is the country that speaks
    ("Turkey's disaster agency said 3,419 people had been killed in the country.", "3,419",
     "place", "Turkey"),
    ("Officials said 30 people died in the city.", "30", "place", "city"),
    # a tally's period, said of what it counts; all of a truce is counted from its start
    ("That brought to 58 the number of hostages freed since Friday.", "58", "scope",
     "since 2025-01-31"),
    ("That brought to 58 the number of hostages freed since Friday.", "58", "counted", "hostage"),
    ("That brought to 58 the number of hostages freed since Friday.", "58", "predicate", "free"),
    ("Hamas freed 11 hostages, bringing the total released during the truce to 69.", "69",
     "scope", "since"),
    ("Hamas freed 11 hostages, bringing the total released during the truce to 69.", "69",
     "rising", True),
    ("Hamas freed 11 hostages, bringing the total to 69, as Qatar announced a two-day "
     "extension.", "two-day", "rising", False),
    ("Israel has freed 150 Palestinian prisoners during the truce.", "150", "scope", "since"),
    ("Hamas freed 24 hostages during the truce on Monday.", "24", "scope", "on 2025-02-03"),
    # whose soldiers a count counts: a side's, by its adjective or the pronoun's country
    ("Ukraine said 207 of its soldiers had been freed.", "207", "owners", ["ukraine"]),
    ("Moscow said 195 Russian servicemen had returned home.", "195", "owners", ["russia"]),
    ("The army said 40 soldiers were killed.", "40", "owners", []),
    # citizens a country says were killed are its own; not citizens others speak of
    ("Canada says 63 citizens killed in Iran crash", "63", "owners", ["canada"]),
    ("Officials said 40 citizens were killed.", "40", "owners", []),
    ("At least 30 Russian tourists were hurt.", "At least 30", "owners", []),
    # what a source had said before, in the past perfect
    ("Officials had initially said 40 workers were trapped.", "40", "earlier", True),
    ("Officials said 1,181 people had been taken hostage, far more than the 354 the government "
     "had initially reported.", "354", "earlier", False),
    ("Officials had said 5 people died.", "5", "earlier", False),
    # where a tally had stood before, by an adverb or earlier on the article's own day
    ("The toll had been 2,681 a day earlier.", "2,681", "earlier", True),
    ("The toll earlier stood at 93.", "93", "earlier", True),
    ("The toll had stood at 261 on Tuesday morning, an official said.", "261", "earlier", True),
    ("By Tuesday evening, the toll had risen to 300.", "300", "earlier", False),
    ("The toll was 40 on Tuesday.", "40", "earlier", False),
    # more of other people than its sentence counted before is their whole count
    (
        "At least 79 migrants drowned and hundreds more were feared missing.",
        "hundreds",
        "part",
        False,
    ),
    ("The quake killed 40, and 15 more people died overnight.", "15", "part", True),
    ("On Sunday, two more people died.", "two", "part", True),
    # "found guilty" is convicted, as other reports say it
    ("Hill was found guilty on four counts.", "four", "predicate", "convict"),
    (
        "Jurors deliberated before finding Hill guilty on all four counts.",
        "four",
        "predicate",
        "convict",
    ),
    ("Police found 12 bodies.", "12", "predicate", "find"),
    # what a passive belief reports befell its subject is the deed, not the believing
    (
        "At least 1,000 structures are believed to have been destroyed.",
        "At least 1,000",
        "predicate",
        "destroy",
    ),
    ("About 50 people were reported to have been injured.", "About 50", "predicate", "injure"),
    ("Hundreds are feared to have drowned.", "Hundreds", "mood", "possible"),
    # what a thing is made or licensed to carry is no load it carried
    ("The bus was licensed to carry 45 passengers, police said.", "45", "mood", "possible"),
    # the place a sentence ranks as hardest hit, with its toll, however the copula is parsed
    ("Kerr County was the hardest hit, with 43 dead.", "43", "place", "Kerr County"),
    ("The worst-hit province was Sindh, with 43 dead.", "43", "place", "Sindh"),
    ("New Orleans was the best team, with 380 points.", "380", "place", None),
    # a volcano is no name of who did it, capitalised in a headline or not
    ("Volcano erupts in Indonesia, 11 climbers dead", "11", "agent", None),
    # one kind of people listed with another is that kind's share of the dead
    ("Gunmen killed 25 Indians and a Nepali tourist in Kashmir.", "25", "share", True),
    ("The attack killed 12 soldiers and three civilians.", "three", "share", True),
    ("The storm killed 26 people and injured 17.", "26", "share", False),
    ("A female receptionist died and two men, believed to be managers, were wounded.", "two",
     "share", False),
    # a storm's name the model tags a facility is no place ("Typhoon Fung" of "Fung-wong")
    ("The death toll from Typhoon Fung-wong rose to 18 on Monday.", "18", "place", None),
    # the buyer owning a deal its price is put before, whoever the clause's subject is
    ("The Federal Trade Commission is reviewing Castell's $14 billion acquisition of Lumina.",
     "$14 billion", "agent", "castell"),
    ("The ferry was carrying 45 passengers, police said.", "45", "mood", "actual"),
    # a headline's figure with a state of its own beside another's fear is no fear
    ("Migrant boat capsizes off Greece; 78 dead, hundreds feared missing", "78", "mood",
     "actual"),
    ("Migrant boat capsizes off Greece; 78 dead, hundreds feared missing", "hundreds", "mood",
     "possible"),
    # the dead a deed noun names are dead, whatever the clause plans about them; not a deed
    # the clause foresees
    ("Obama vowed to bring to justice the killers of four Americans.", "four", "mood", "actual"),
    ("The government vowed to avenge the deaths of four soldiers.", "four", "mood", "actual"),
    ("The killing of 20 more people would be a disaster.", "20", "mood", "planned"),
    # what a plan will "see" done is planned too
    ("The 42-day first phase will see 33 hostages freed in all.", "33", "mood", "planned"),
    ("Nepal toll tops 5,000, may reach 10,000", "10,000", "mood", "possible"),
    ("The death toll climbed past 5,000 on Tuesday, and the prime minister said it could reach "
     "10,000.", "10,000", "mood", "possible"),
    ("Officials believe 40 people were killed.", "40", "predicate", "kill"),
    ("About 30 people are expected to be released.", "About 30", "mood", "planned"),
    ("33 hostages are expected to be freed on Sunday.", "33", "predicate", "free"),
    # a strike, however worded; not any walking out
    (
        "More than 30,000 workers went on strike early Friday.",
        "More than 30,000",
        "predicate",
        "strike",
    ),
    ("About 33,000 workers walked off the job on Friday.", "About 33,000", "predicate", "strike"),
    ("Some 500 nurses walked out in a strike over pay.", "Some 500", "predicate", "strike"),
    ("About 500 fans walked out of the stadium.", "About 500", "predicate", "walk"),
    ("Two men went on trial.", "Two", "predicate", "go"),
    # a share done is the participle's ("contained"), not the saying's
    (
        "The chief said the Eaton fire was 0% contained by Tuesday night.",
        "0%",
        "predicate",
        "contain",
    ),
    ("Officials said the fire was 15 percent contained.", "15 percent", "predicate", "contain"),
    ("The rebels control 40% of the country.", "40%", "predicate", "control"),
    # a headline's "Hamas to free", its "is" left out, is a plan
    ("Hamas to free 33 hostages", "33", "mood", "planned"),
    # "are to be released": the plan is said on the subject's "are"; a present beside it is
    # part of the plan
    ("In all, 33 hostages are to be released in stages.", "33", "mood", "planned"),
    ("In all, 33 hostages are to be released in stages.", "33", "predicate", "release"),
    (
        "In all, 33 hostages are to be released, while Israel frees around 1,900 prisoners.",
        "around 1,900",
        "mood",
        "planned",
    ),
    ("Hamas freed 33 hostages, while Israel frees 1,900 prisoners.", "1,900", "mood", "actual"),
    ("In all, 33 hostages are in Gaza.", "33", "mood", "actual"),
    ("Meta to cut about 5% of staff", "about 5%", "mood", "planned"),
    (
        "Officials ordered the evacuation of about 7.2 million people.",
        "about 7.2 million",
        "category",
        "displaced",
    ),
    ("The storm dumped 16 inches (40 centimeters) of rain.", "40 centimeters", "unit", "cm"),
    ("Phoenix reached 110 degrees Fahrenheit (43.3 Celsius).", "43.3 Celsius", "unit", "°C"),
    ("He was out for about a month.", "about a month", "low", 0.9),
    ("He was out for about a month.", "about a month", "high", 1.1),
    (
        "Phoenix reached 110 degrees Fahrenheit (43.3 Celsius).",
        "110 degrees Fahrenheit",
        "unit",
        "°F",
    ),
    ("Temperatures fell to minus 20 degrees C overnight.", "minus 20 degrees C", "unit", "°C"),
    # a crowd however it is put, and what is no crowd
    ("Police put the turnout at 107,000.", "107,000", "category", "crowd"),
    ("The crowd was estimated at 40,000.", "40,000", "category", "crowd"),
    (
        "Monitors estimated the crowd at between 275,000 and 325,000.",
        "between 275,000 and 325,000",
        "category",
        "crowd",
    ),
    ("Organisers said 50,000 turned out.", "50,000", "category", "crowd"),
    ("The rally drew an estimated 20,000 supporters.", "an estimated 20,000", "category", "crowd"),
    ("The march, which drew 50,000 people, ended peacefully.", "50,000", "category", "crowd"),
    ("It was a protest that police said drew 107,000 people.", "107,000", "category", "crowd"),
    (
        "The call turned out to be a hoax, and more than 400 children were sent home.",
        "more than 400",
        "category",
        "other",
    ),
    (
        "The Commission, the Mafia's ruling body, which resolves disputes among the five families.",
        "five",
        "category",
        "other",
    ),
    # a place a clause is in by another name: "the city of ...", "the streets of ..."
    (
        "Violence broke out in the northern city of Thessaloniki, where 20,000 people marched.",
        "20,000",
        "place",
        "Thessaloniki",
    ),
    (
        "As many as 20,000 people took to the streets of Athens.",
        "As many as 20,000",
        "place",
        "Athens",
    ),
    ("A shell killed 5 people on the outskirts of Donetsk.", "5", "place", "Donetsk"),
    ("Israel evacuated 3,000 people to the city.", "3,000", "place", None),
    # a clause joined to a verb of saying, with a subject of its own, is not said
    (
        "At least 22 people were injured, the health ministry said, and police detained 14 people.",
        "14",
        "attribution",
        None,
    ),
    (
        "At least 22 people were injured, the health ministry said, and police detained 14 people.",
        "At least 22",
        "attribution",
        "health ministry",
    ),
    ("The ministry said 10 people died and 20 were injured.", "20", "attribution", "ministry"),
    # a toll brought to a figure is all of it, not of the day of the clause it hangs on
    (
        "A 16th victim died in hospital in March, bringing the death toll to 16.",
        "16",
        "scope",
        None,
    ),
    ("In March a gunman opened fire, killing three.", "three", "scope", "2024-03"),
    (
        "The patch was released eight days after reports began circulating.",
        "eight days",
        "scope",
        None,
    ),
    # a day a period runs from is not the period (no month scope 2023-10)
    (
        "More than 50,000 Palestinians have been killed since October 7, 2023.",
        "More than 50,000",
        "scope",
        "since 2023-10-07",
    ),
    (
        "In a steady march beginning last October, five members have been convicted.",
        "five",
        "scope",
        None,
    ),
    ("In 2004 a tsunami killed 170,000 people in the province.", "170,000", "place", "province"),
    ("The tsunami killed 230,000 people in 14 countries.", "230,000", "place", "countries"),
    # a place said of another figure inside the phrase is that figure's
    (
        "The tsunami killed 230,000 people in 14 countries, including 170,000 in Aceh.",
        "230,000",
        "place",
        "countries",
    ),
    (
        "The tsunami killed 230,000 people in 14 countries, including 170,000 in Aceh.",
        "170,000",
        "place",
        "Aceh",
    ),
    ("Some 168,000 were killed in Indonesia's Aceh province.", "Some 168,000", "place", "Aceh"),
    # a tally's place is its figure's; places joined by "and" are both, a state after a city is
    # the city's
    ("The death toll in Syria rose to at least 1,602.", "at least 1,602", "place", "Syria"),
    (
        "The combined death toll in Turkey and Syria climbed past 15,000.",
        "15,000",
        "place",
        "Turkey and Syria",
    ),
    ("A gunman killed two people in Atlanta, Georgia.", "two", "place", "Atlanta"),
    # ... with a region's word beside the second, and where a disaster struck
    (
        "A quake struck southern Turkey and northwest Syria on Monday, killing more than 5,000.",
        "more than 5,000",
        "place",
        "Turkey and Syria",
    ),
    (
        "Storms killed 12 people in Kansas and western Missouri.",
        "12",
        "place",
        "Kansas and Missouri",
    ),
    (
        "Turkey-Syria earthquake kills more than 5,000",
        "more than 5,000",
        "place",
        "Turkey and Syria",
    ),
    ("New York City flood kills 3", "3", "place", "New York City"),
    # a participle after the counted people says what befell them, unless the clause's verb
    # says it itself
    (
        "Troops searched for the 287 pupils abducted from their school.",
        "287",
        "predicate",
        "abduct",
    ),
    (
        "Troops searched for the 287 pupils abducted from their school.",
        "287",
        "category",
        "hostages",
    ),
    ("Gunmen released 137 pupils kidnapped from a school.", "137", "predicate", "release"),
    ("Mediators named the 33 hostages freed under the deal.", "33", "predicate", "free"),
    ("Nigeria searches for 287 kidnapped pupils", "287", "predicate", "kidnap"),
    ("Nigeria searches for 287 kidnapped pupils", "287", "agent", None),
    # what kidnappers seize are hostages, past a dateline too; police seizing make arrests
    (
        "KADUNA, Nigeria (Reuters) - Kidnappers who seized more than 200 pupils from a school "
        "last week are demanding a ransom, an official said.",
        "more than 200",
        "category",
        "hostages",
    ),
    ("Police who seized 20 suspects questioned them.", "20", "category", "detained"),
    ("Nigeria says 137 kidnapped students freed", "137", "category", "hostages"),
    # a figure inside an event dated by its year is that year's, not the since-phrase's
    (
        "Nigeria has seen at least 1,400 students kidnapped from schools since the 2014 "
        "abduction of 276 schoolgirls from Chibok.",
        "276",
        "category",
        "hostages",
    ),
    (
        "Nigeria has seen at least 1,400 students kidnapped from schools since the 2014 "
        "abduction of 276 schoolgirls from Chibok.",
        "276",
        "scope",
        "2014",
    ),
    (
        "Nigeria has seen at least 1,400 students kidnapped from schools since the 2014 "
        "abduction of 276 schoolgirls from Chibok.",
        "at least 1,400",
        "scope",
        "since abduction schoolgirl chibok",
    ),
    # the wider place an article names with the place
    (
        "Gunmen abducted 287 students in northwestern Nigeria's Kaduna state.",
        "287",
        "place",
        "Kaduna",
    ),
    (
        "Gunmen abducted 287 students in northwestern Nigeria's Kaduna state.",
        "287",
        "place_within",
        "Nigeria",
    ),
    ("Gunmen abducted 287 students in Kaduna state.", "287", "place_within", None),
    # those lacking a service, however the clause says it
    (
        "Milton tore across Florida, leaving more than 3 million homes and businesses without "
        "power, officials said.",
        "more than 3 million",
        "predicate",
        "without power",
    ),
    (
        "About 2.4 million customers remained without electricity.",
        "About 2.4 million",
        "predicate",
        "without power",
    ),
    (
        "Some 1 million Gazans are currently without electricity, another 250,000 are without "
        "running water.",
        "250,000",
        "predicate",
        "without water",
    ),
    (
        "Some 1 million Gazans are currently without electricity, another 250,000 are without "
        "running water.",
        "Some 1 million",
        "predicate",
        "without power",
    ),
    ("Some 250,000 workers went without pay.", "Some 250,000", "predicate", "go"),
    # a year of what another figure is "of" is that figure's, not the clause's
    (
        "The World Bank estimated the quake caused $34.2 billion in direct physical damage in "
        "Turkey, equal to about 4% of the country's 2021 GDP.",
        "$34.2 billion",
        "scope",
        None,
    ),
    ("The 2004 tsunami killed 230,000 people in 14 countries.", "230,000", "scope", "2004"),
    # whom points come "from", the model tagging the name an organisation
    (
        "The Celtics won the title, routing the Mavericks 106-88 in Game 5 behind 31 points from "
        "Jayson Tatum.",
        "31",
        "agent",
        "tatum",
    ),
    (
        "About 40 observers from the United Nations monitored the vote.",
        "About 40",
        "agent",
        None,
    ),
    ("The mercury climbed to 113F on Sunday.", "113F", "unit", "°F"),
    ("It was 40° in Rome.", "40°", "unit", "degrees"),
    ("The record of 51 C was set in Phalodi.", "51 C", "unit", "°C"),
    # a bare figure "including" counts what its counted set counts
    (
        "Ukraine launched at least 144 drones at Russia overnight, including 20 at the Moscow "
        "region.",
        "20",
        "counted",
        "drone",
    ),
    (
        "The ministry said drones were shot down over several regions, including 20 over the "
        "Moscow region.",
        "20",
        "counted",
        None,
    ),
    # a nation's people by their name are its nationals
    ("At least 60 Jordanians also died.", "At least 60", "owners", ["jordan"]),
    ("Two Egyptians were hurt in the crash.", "Two", "owners", ["egypt"]),
    ("Jordan said 99 of its nationals died.", "99", "owners", ["jordan"]),
    ("The strike killed 40 Palestinians.", "40", "owners", []),
    # what is left, said with "still" of a state the model tags a gerund or an adjective
    (
        "The death toll rose to 202 on Tuesday, and 102 people were still missing.",
        "102",
        "predicate",
        "remain",
    ),
    ("Japan quake deaths exceed 200; 100 still missing", "100", "predicate", "remain"),
    ("Rescuers said 100 people went missing.", "100", "predicate", "go"),
    # "feared" dead or missing is a possibility, not a toll
    ("Hundreds feared dead as migrant boat sinks off Greece", "Hundreds", "mood", "possible"),
    # a headline's "feared" the parse reads as a past tense, the state hung on it
    ("Thousands feared dead in Libya as floods sweep away Derna", "Thousands", "mood", "possible"),
    ("Landslides kill 93 in India's Kerala, hundreds feared trapped", "hundreds", "mood",
     "possible"),
    ("Police feared 20 people had died.", "20", "mood", "actual"),
    (
        "Survivors of the shipwreck, in which hundreds of migrants are feared to have drowned, "
        "spoke on Tuesday.",
        "hundreds",
        "mood",
        "possible",
    ),
    ("At least 79 people drowned, the coast guard feared.", "At least 79", "mood", "actual"),
    # on board is a load, as "carrying" is
    (
        "Survivors told rescuers that as many as 750 people had been on board.",
        "as many as 750",
        "predicate",
        "carry",
    ),
    ("Sixteen crew members were aboard the ship, the owner said.", "Sixteen", "predicate", "carry"),
    ("The three boats had a total of 26 Somali crew on board.", "three", "predicate", "have"),
    # a tally the parse makes the subject of "confirmed" is no source
    (
        "The number of people confirmed dead in the earthquake rose to 92 on Friday, while 242 "
        "people remained unaccounted for, officials said.",
        "92",
        "attribution",
        "officials",
    ),
    (
        "Another Hamas figure, a spokesman called Abu Ubaida, said thousands of fighters were "
        "waiting.",
        "thousands",
        "attribution",
        "Another Hamas figure",
    ),
    ("The riots have left at least 70 people injured.", "at least 70", "predicate", "injure"),
    ("Our contractor had two relatives killed by the Israelis.", "two", "agent", "israelis"),
    ("There might have been two people killed, he said.", "two", "mood", "possible"),
    # a swap's share, its set still held and its other side, in one sentence
    (SWAP, "33", "predicate", "free"),
    (SWAP, "33", "mood", "planned"),
    (SWAP, "98", "predicate", "remain"),
    (SWAP, "98", "mood", "actual"),
    (SWAP, "about 1,000", "predicate", "free"),
    (SWAP, "about 1,000", "mood", "planned"),
    # a stage is a time scope of its own
    ("Hamas freed 33 hostages in the first phase of the truce.", "33", "scope", "first phase"),
    ("Simion had won the first round with 41% of the vote.", "41%", "scope", "first round"),
    ("He caught five passes for 68 yards in the first half.", "68", "scope", "first half"),
    (
        "Revenue rose 6% to $94.9 billion in the fourth quarter.",
        "$94.9 billion",
        "scope",
        "fourth quarter",
    ),
    ("Hamas freed 33 hostages under the deal.", "33", "scope", None),
    # a share of the vote is whose its "for" says
    (
        "Nicusor Dan won 53.6% of the vote against 46.4% for nationalist George Simion.",
        "46.4%",
        "agent",
        "simion",
    ),
    (
        "Nicusor Dan won 53.6% of the vote against 46.4% for nationalist George Simion.",
        "53.6%",
        "agent",
        "dan",
    ),
    # a place's own count, said of it alone, is a part of the country's
    ("In Istanbul alone, police detained 511 people on Sunday night.", "511", "part", True),
    ("An official said 450 people had been detained in the province of Gilan alone.", "450",
     "part", True),
    ("Police detained 30 people in the province of Gilan.", "30", "part", False),
    ("Police detained 511 people in Istanbul alone.", "511", "part", True),
    ("Police detained 511 people in Istanbul on Sunday.", "511", "part", False),
    # a place hung on the figure itself is its own, not the clause's
    ("Russian strikes kill 13 in Zaporizhzhia, 4 in Kharkiv", "4", "place", "Kharkiv"),
    ("Russian strikes kill 13 in Zaporizhzhia, 4 in Kharkiv", "13", "place", "Zaporizhzhia"),
    ("Five people died in Gaza City on Monday.", "Five", "place", "Gaza City"),
    # the place of the event that did it, a name inside a phrase, a district of a named city
    (
        "At least 12 were killed in an air strike on their house in Gaza City.",
        "At least 12",
        "place",
        "Gaza City",
    ),
    (
        "A shell hit a house in the Beach refugee camp, killing at least seven people.",
        "at least seven",
        "place",
        "Beach",
    ),
    (
        "In a strike in the Zeitoun neighborhood of Gaza City, at least 12 people were killed.",
        "at least 12",
        "place",
        "Gaza City",
    ),
    ("Five people died in the city of Homs.", "Five", "place", "Homs"),
    # a named fire's acres and containment are its own, as a city's toll is
    (
        "The Palisades Fire has burned 17,234 acres and was 0% contained.",
        "17,234 acres",
        "place",
        "Palisades Fire",
    ),
    (
        "The Palisades Fire has burned 17,234 acres and was 0% contained.",
        "0%",
        "place",
        "Palisades Fire",
    ),
    (
        "The Eaton Fire was 15% contained after burning 13,956 acres.",
        "13,956 acres",
        "place",
        "Eaton Fire",
    ),
    (
        "The Palisades Fire, which has scorched 21,317 acres, was 8% contained.",
        "21,317 acres",
        "place",
        "Palisades Fire",
    ),
    ("The fire has burned 17,234 acres.", "17,234 acres", "place", None),
    # a place said right after a part set beside the whole is the part's, not the whole's
    (
        "Flash floods in eastern Spain have killed at least 158 people, 155 of them in the "
        "Valencia region, officials said on Thursday.",
        "at least 158",
        "place",
        "Spain",
    ),
    ("The quake killed 300 people, 200 of them in the city of Antakya.", "300", "place", None),
    (
        "Eight days of clashes have caused 200 million euros ($265.3 million) of damage in "
        "Athens alone.",
        "200 million euros",
        "place",
        "Athens",
    ),
    (
        "The quake killed 300 people, 200 of them children, in the city of Antakya.",
        "300",
        "place",
        "Antakya",
    ),
    # ... and a second fire's, its verb left out after "and"
    (
        "The Palisades Fire had grown to 15,832 acres and the Eaton Fire to 10,600 acres.",
        "10,600 acres",
        "place",
        "Eaton Fire",
    ),
    (
        "The Palisades Fire had burned 15,832 acres and the Eaton Fire 10,600 acres.",
        "10,600 acres",
        "place",
        "Eaton Fire",
    ),
    (
        "The Palisades Fire had grown to 15,832 acres and the Eaton Fire to 10,600 acres.",
        "15,832 acres",
        "place",
        "Palisades Fire",
    ),
    # a crash's dead on board and on the ground
    ("Air India crash kills 241 on board.", "241", "place", "on board"),
    ("All 67 people aboard were killed.", "67", "place", "on board"),
    ("At least 24 people on the ground were also killed.", "At least 24", "place", "on the ground"),
    ("At least 29 people were killed on the ground.", "At least 29", "place", "on the ground"),
    ("They arrested 12 pirates on board the two pirate boats.", "12", "place", None),
    ("The U.S. has 5,000 troops on the ground.", "5,000", "place", None),
    # a place inside "with" a figure of its own is that figure's, not the toll's
    (
        "The toll rose to 24 on Monday, with eight deaths in the Palisades Fire.",
        "24",
        "place",
        None,
    ),
    (
        "The toll rose to 24 on Monday, with eight deaths in the Palisades Fire.",
        "eight",
        "place",
        "Palisades Fire",
    ),
    ("The toll rose to 95, with 92 of the victims in the Valencia region.", "95", "place", None),
    (
        "Filming starts before Catching Fire can begin filming later this year.",
        "later this year",
        "place",
        None,
    ),
    ("A dozen people were killed by a quake in eastern China.", "A dozen", "place", "China"),
    ("He was fined for two hits on Houston quarterback Matt Schaub.", "two", "place", None),
    # an average is a rate, however its unit goes unsaid; what it is over is a count
    (
        "He has averaged more than 30 home runs and 100 RBIs in his six seasons.",
        "100",
        "per",
        "average",
    ),
    (
        "He has averaged more than 30 home runs and 100 RBIs in his six seasons.",
        "six",
        "per",
        None,
    ),
    ("He hit 33 home runs and 121 RBIs last season.", "121", "per", None),
    # a date's event as a verb or as a noun, for its label ("date arrested", "date of arrest")
    ("He was arrested on Monday in Texas.", "Monday", "event_verb", True),
    ("His arrest on Monday shocked the town.", "Monday", "event_verb", False),
    # how the counted things stand to the verb: they did it, it happened in them, or to them
    ("Three or four robbers burst into the store.", "Three or four", "counted_role", "who"),
    ("Two bombs exploded near the station.", "Two", "counted_role", "that"),
    ("The tsunami killed 230,000 people in 14 countries.", "14", "counted_role", "in"),
    ("Hundreds of stores have been smashed.", "Hundreds", "counted_role", None),
    ("About 1,000 residents taken to hospital.", "About 1,000", "counted_role", None),
    ("He stole three cars.", "three", "counted_role", None),
    # a headline drops the passive's "were"; a verb done to someone has no object then
    ("Nigeria says 38 abducted worshippers freed", "38", "counted_role", None),
    ("Israel says four hostages freed", "four", "counted_role", None),
    ("Nine prisoners escaped", "Nine", "counted_role", "who"),
    ("Five people were in the car.", "Five", "counted_role", None),
    # a figure in a list takes the place said beside it, not the list's first one
    (
        "Up to 70 per cent of web services in Egypt, and 60 per cent in India, were disrupted.",
        "60 per cent",
        "place",
        "India",
    ),
    (
        "Up to 70 per cent of web services in Egypt, and 60 per cent in India, were disrupted.",
        "Up to 70 per cent",
        "place",
        "Egypt",
    ),
    (
        "A quake killed 31,000 in the city of Bam in 2003, and 600 were killed in the city of "
        "Zarand in February.",
        "600",
        "place",
        "Zarand",
    ),
    (
        "Jackson was arrested on Jan. 6, five days before San Diego's playoff loss at Pittsburgh.",
        "five days",
        "place",
        None,
    ),
    (
        "Officers received a tip from a motorist in Flint, about 50 miles north of here, on "
        "the whereabouts of the car.",
        "about 50 miles",
        "place",
        None,
    ),
    ("The 2006 second-overall pick played in just 10 games this year.", "10", "scope", None),
    # a date inside a first clause with its own subject is that clause's, unless it leads
    (
        "An inquiry began last September and the two men were arrested this morning.",
        "two",
        "scope",
        None,
    ),
    ("In 2004 a quake struck and 230,000 people died.", "230,000", "scope", "2004"),
    # a recent period is the one up to the report's day (2025-02-04 here)
    (
        "At least 62 people were killed in the past 24 hours.",
        "At least 62",
        "scope",
        "past 24 hours to 2025-02-04",
    ),
    (
        "At least 12 people died in the past week.",
        "At least 12",
        "scope",
        "past week to 2025-02-04",
    ),
    (
        "Police arrested 40 people over the last several weeks.",
        "40",
        "scope",
        "past weeks to 2025-02-04",
    ),
    # the nearest clause's date wins over one its governing clause gives
    (
        "She completed a term in June and served on the board from 1995 to 1998, becoming "
        "the first physician under 40 to serve on it.",
        "under 40",
        "scope",
        "1995",
    ),
    ("He drove across several counties at speeds up to 120 mph.", "up to 120 mph", "place", None),
    (
        "The three bank workers a man and two women died after demonstrators set it on fire.",
        "three",
        "counted",
        "worker",
    ),
    # a length's depth, or distance from a named place
    (
        "It hit about 14 miles north-northeast of Healdsburg.",
        "about 14 miles",
        "counted",
        "distance",
    ),
    (
        "It hit about 14 miles north-northeast of Healdsburg.",
        "about 14 miles",
        "place",
        "Healdsburg",
    ),
    ("It was seven miles from Anderson Springs.", "seven miles", "place", "Anderson Springs"),
    ("The quake had a depth of 1.2 miles.", "1.2 miles", "counted", "depth"),
    (
        "It hit about 85 miles from Papua's main city of Manokwari.",
        "about 85 miles",
        "place",
        "Manokwari",
    ),
    ("It was 85 miles (135 kilometers) from Manokwari.", "135 kilometers", "place", "Manokwari"),
    ("It was 85 miles (135 kilometers) from Manokwari.", "85 miles", "place", "Manokwari"),
    # the parts of a set defined by another deed, or all of it, are the whole count
    ("All seven of those who have been prosecuted were convicted.", "seven", "part", False),
    ("Seven of those who have been prosecuted were convicted.", "Seven", "part", False),
    ("Five of those who were wounded died in hospital.", "Five", "category", "killed"),
    ("Three of those killed were children.", "Three", "part", True),
    ("The quake began only one mile below ground level.", "one mile", "counted", "depth"),
    ("I'm located 25 miles south of the quake.", "25 miles", "counted", None),
    # part of a casualty count: beside its total, or of a definite set
    ("The quake killed seven people and injured 40, 15 of them on Qeshm.", "15", "part", True),
    ("The quake killed seven people and injured 40, 15 of them on Qeshm.", "40", "part", False),
    ("The UN confirmed 30 dead and 55 wounded, 15 critically.", "15", "part", True),
    ("Jeffs is believed to have 78 wives, 24 of them under age 17.", "24", "kind", "count"),
    ("One of the wounded employees is in the hospital.", "One", "part", True),
    (
        "Lo Presti, one of 99 alleged Mafia members seized on Tuesday, has hanged himself.",
        "one",
        "part",
        True,
    ),
    ("Two of them managed to escape.", "Two", "part", False),  # not a casualty count
    # what a verb did to part of a set counted by another verb is all it did
    ("She is accused of shooting three co-workers, killing two of them.", "two", "part", False),
    ("She found her foes in a break room and executed two of them.", "two", "part", False),
    ("The blast injured 40 people, wounding 15 of them seriously.", "15", "part", True),
    ("The navy foiled the attack, capturing 23 of the raiders.", "23", "part", False),
    # ... of a counted set too: "179 of the 181 people on board" is the toll, of no toll
    ("The jet crashed, killing 179 of the 181 people on board.", "179", "part", False),
    ("The jet crashed, killing 179 of the 181 people on board.", "181", "predicate", "carry"),
    ("The jet crashed, killing 179 of the 181 passengers.", "181", "predicate", None),
    ("Philadelphia won 18 of its next 23 games.", "23", "predicate", "win"),
    ("The blast injured 40 people, wounding 15 of the workers.", "15", "part", True),
    ("Two men are accused of killing a mother of 12.", "12", "counted", "child"),
    ("Lopez killed a mother of 12.", "12", "agent", None),
    ("A recently married father of two sons died.", "two", "counted", "son"),
    # a name acts on what the figure counts, not on a noun described beside its object
    (
        "HP announced an acquisition, EYP, a consulting service with 350 employees.",
        "350",
        "agent",
        None,
    ),
    ("Manning completed 17 passes for 240 yards.", "240", "agent", "manning"),
    ("Horton, a mother of 12, was shot by Lopez.", "12", "predicate", None),
    # verbs as the dictionary lemmatises them where spaCy's rules cut them wrong
    ("He was fined $25,000 by the league.", "$25,000", "predicate", "fine"),
    ("The jury deadlocked after 12 hours.", "12 hours", "predicate", "deadlock"),
    ("Police cordoned off 12 blocks.", "12", "predicate", "cordon"),
    ("Apple relaunched 12 models.", "12", "predicate", "relaunch"),
    ("The new model maxes out at 16 gigabytes.", "16 gigabytes", "predicate", "max"),
    ("She was spreadeagled for 20 minutes.", "20 minutes", "predicate", "spreadeagle"),
    ("The three who voted against the death penalty would not comment.", "three", "mood", "actual"),
    (
        "The three who voted against the death penalty would comment later.",
        "three",
        "mood",
        "planned",
    ),
    ("The Sixers went on to win 18 of their next 23 games.", "18", "mood", "actual"),
    # a share said "about" is rounded to the point (a tenth of it under 10%)
    ("Dan took about 54% of the vote.", "about 54%", "low", 53),
    ("Dan took about 54% of the vote.", "about 54%", "high", 55),
    ("Turnout was nearly 65%.", "nearly 65%", "low", 64),
    ("Shares fell about 5 percent.", "about 5 percent", "low", 4.5),
    # a toll that may move is not one that moved
    ("The toll could rise to 100, a doctor warned.", "100", "mood", "possible"),
    ("Some 40-50 homes were destroyed.", "Some 40-50", "counted", "home"),
    ("The Sixers are going to win 18 games.", "18", "mood", "planned"),
    # "Will" before a name, with a past form, begins the name; a list item the parser left
    # unattached belongs to the list's verb
    ("Will Artino scored 14 points off the bench.", "14", "mood", "actual"),
    # the person a count came from did it
    ("Creighton also got 14 points from backup center Will Artino.", "14", "agent", "artino"),
    ("Drake was paced by 13 points from Seth VanDeest.", "13", "agent", "vandeest"),
    ("Rescuers pulled 12 people from the Hudson River.", "12", "agent", None),
    ("The Chiefs had rallied behind Jamaal Charles' 226 yards rushing.", "226", "agent", "charles"),
    ("Will Smith will score 14 points.", "14", "mood", "planned"),
    (
        "Will Artino scored 14 points off the bench and Gregory Echenique had 11 points, 11 "
        "rebounds and six blocked shots for Creighton, which enjoyed a 44-26 rebounding edge.",
        "six",
        "agent",
        "echenique",
    ),
    # a figure a source gave in a past month, told in the past perfect, is the count as it was
    ("In December, the IPC had put that figure at 378,000.", "378,000", "earlier", True),
    ("In December, the ministry had reported 30 deaths.", "30", "earlier", True),
    ("The IPC put that figure at 378,000 on Monday.", "378,000", "earlier", False),
    ("In December, floods had killed 40 people.", "40", "earlier", False),
    ("The death toll rose to 11.", "11", "rising", True),
    ("Militants have freed 18 hostages so far.", "18", "rising", True),
    ("Hamas is to free 33 hostages.", "33", "rising", False),
    ("Page died of pneumonia at the age of 85 in a Los Angeles hospital.", "85", "counted", "age"),
    # a bare number bounding a person noun is an age; not when a unit follows
    (
        "In 1995, she became the first physician under 40 on the board.",
        "under 40",
        "counted",
        "age",
    ),
    ("Four players over 30 are on the roster.", "30", "counted", "age"),
    # an age in words, and "I" telling their own
    ("I haven't played it since I was nine.", "nine", "counted", "age"),
    ("She was ninety-one.", "ninety-one", "counted", "age"),
    ("The team has players under 40 feet from the line.", "under 40 feet", "counted", None),
    ("SeaMicro put 384 Intel Atom dual-core processors in a server.", "384", "counted_kind", []),
    # whom a figure is about: the named subject of its clause, active or passive, or the name
    # a participle describes
    (
        "Oppal said Blackmore is charged with marrying 20 women, while James Oler is accused "
        "of being married to two women.",
        "two",
        "about",
        "oler",
    ),
    ("Oler, accused of having two wives, is charged with polygamy.", "two", "about", "oler"),
    ("Oppal said the charge involves 20 women.", "20", "about", None),
    # whom an active verb gave the span, not the one who gave it
    ("Judge Kaplan sentenced Bankman-Fried to 300 months.", "300 months", "about", "fried"),
    ("Judge Kaplan sentenced the 32-year-old to 300 months.", "300 months", "about", None),
    ("Kaplan was sentenced to 300 months.", "300 months", "about", "kaplan"),
    # whose offer a sum or span is: rival bidders' equal offers are two figures
    ("The Angels' eight-year offer was reported Friday.", "eight-year", "owners", ["angels"]),
    # a tally carried to a figure whose "to" the parse hangs on a clause inside the tally's
    # phrase: the carrying verb is the figure's
    (
        "The new deaths bring the total so far reported by multiple countries to 577.",
        "577",
        "category",
        "killed",
    ),
    ("The deaths bring the total reported so far to 577.", "577", "predicate", "bring"),
    (
        "The arrests bring the number of people detained since the protests began to 1,100.",
        "1,100",
        "category",
        "detained",
    ),
    (
        "The strikes brought the total number of people killed in the war to 47,035.",
        "47,035",
        "predicate",
        "kill",
    ),
    # a subject the parse hangs on a participle it reads as the clause's subject; "they"
    # standing for the plural subject before it
    (
        "U.S. Border Patrol arrests of migrants crossing illegally from Mexico fell to 47,300 in "
        "December.",
        "47,300",
        "category",
        "detained",
    ),
    (
        "WASHINGTON (Reuters) - U.S. Border Patrol arrests of migrants crossing illegally from "
        "Mexico fell to 47,300 in December, down from about 250,000 a year earlier.",
        "47,300",
        "category",
        "detained",
    ),
    (
        "Arrests were down 81% from December 2023, when they peaked at 249,785.",
        "249,785",
        "category",
        "detained",
    ),
    # two shares of a race, each its own: the second the rival's named before the pair
    ("Harris leads Trump 46% to 43% among registered voters.", "46%", "agent", "harris"),
    ("Harris leads Trump 46% to 43% among registered voters.", "43%", "agent", "trump"),
    ("Obama won 303 electoral votes to Romney's 206.", "206", "agent", "romney"),
    # ... or said with "for" after it, however the parse hangs the "for"
    ("Lula won 50.9% of the vote against 49.1% for Bolsonaro.", "49.1%", "agent", "bolsonaro"),
    ("Lula won 50.9% of the vote against 49.1% for Bolsonaro.", "50.9%", "agent", "lula"),
    ("He got 48 percent of the vote against 45 percent for Trump.", "45 percent", "agent", "trump"),
    ("Obama won 303 electoral votes to 206 for Mitt Romney.", "206", "agent", "romney"),
    ("Should the Yankees go higher than $25 million a season for Teixeira?", "$25 million",
     "agent", "yankees"),
    # what a giving verb gives a named person is theirs, as what they "get" (not an offer: a
    # bid is the bidder's)
    ("Judge Newman on Friday handed Alex Murdaugh two life sentences.", "two", "agent",
     "murdaugh"),
    ("Stefanski rewarded Cheeks with two contract extensions.", "two", "agent", "cheeks"),
    ("The Yankees offered Teixeira an eight-year deal.", "eight-year", "agent", "yankees"),
    # an unnamed figure set "against" another counts the same
    ("In Paris, 87,000 people marched, the ministry said, against 500,000 according to the "
     "unions.", "500,000", "category", "crowd"),
    # a crowd's day: an earlier crowd's own, and the article's one day for a crowd without one
    ("About 1.27 million people demonstrated on Tuesday, up from 1.12 million on Jan. 19.",
     "1.12 million", "scope", "on 2025-01-19"),
    ("More than 1.1 million people marched on Thursday. The CGT union said more than 2 million "
     "people took part.", "more than 2 million", "scope", "on 2025-01-30"),
    ("More than 1.1 million people marched on Thursday. Tuesday was calm, but on Wednesday part "
     "of the 200 person crowd became unruly.", "200", "scope", None),
    # where a change takes an age, or starts it from, is an age
    ("Macron plans to raise the retirement age to 64 from 62.", "64", "counted", "age"),
    ("Macron plans to raise the retirement age to 64 from 62.", "62", "counted", "age"),
    ("The reform would raise the retirement age by two years, to 64.", "64", "counted", "age"),
    ("The reform would raise the retirement age by two years, to 64.", "64", "kind", "count"),
    ("The toll was raised to 64 from 62.", "64", "counted", "people"),
    # two clauses the parse joins as one pair of nouns are parted again
    ("Floods have killed more than 2,000 people and thousands are missing.", "more than 2,000",
     "category", "killed"),
    ("Floods have killed more than 2,000 people and thousands are missing.", "thousands",
     "category", "missing"),
    ("Floods in eastern Libya have killed more than 2,000 people and thousands are missing after "
     "Storm Daniel burst two dams, officials said on Monday.", "more than 2,000", "category",
     "killed"),
    ("Police said two women and one man died at a branch.", "two", "category", "killed"),
    # the bodies of people at large are counted as bodies, as "70 bodies" are; not those the
    # words say were killed, nor named dead
    ("Officials said the bodies of 71 people had been found.", "71", "counted", "body"),
    ("The bodies of 40 people killed in the crash were recovered.", "40", "counted", "people"),
    ("The bodies of the two women were discovered on Tuesday.", "two", "counted", "woman"),
    # whose the thing a percentage moves is, when a name says it
    ("Revenue at its Intelligent Cloud unit grew 20% to $25.9 billion.", "20%", "owners",
     ["cloud"]),
    ("Microsoft's revenue rose 18%.", "18%", "owners", ["microsoft"]),
    ("Revenue rose 18%.", "18%", "owners", []),
    # which quake a magnitude is of: one that "followed" is a later one, unless it followed
    # something named (the main quake may follow a smaller one)
    ("A 7.8 quake struck, followed by a 7.5 quake.", "7.5", "quake", "later quake"),
    ("A 7.5 quake followed nine hours later.", "7.5", "quake", "later quake"),
    ("The 7.8 quake followed a smaller one.", "7.8", "quake", "quake"),
    # a poll's margin is no figure below zero
    (
        "The poll has a margin of error of plus or minus 2 percentage points.",
        "2 percentage points",
        "value",
        2,
    ),
    # a name and its figure after "and", the verb and the noun left out: a country's (a place,
    # though the model tags it a person), another name's ("and Moldova nearly 80,000")
    ("Indonesia reported 199 deaths and Jordan 68, officials said.", "68", "category", "killed"),
    ("Indonesia reported 199 deaths and Jordan 68, officials said.", "68", "place", "Jordan"),
    ("Indonesia reported 199 deaths and Jordan 68, officials said.", "68", "agent", None),
    (
        "Hungary has taken in 116,300 people and Moldova nearly 80,000.",
        "nearly 80,000",
        "agent",
        "moldova",
    ),
    # whose nationals: the country of the subject above "its", or a country's own
    (
        "Egypt has said 672 of its citizens died, while Jordan said 99 of its nationals died.",
        "99",
        "owners",
        ["jordan"],
    ),
    (
        "Egypt has said 672 of its citizens died, while Jordan said 99 of its nationals died.",
        "672",
        "owners",
        ["egypt"],
    ),
    ("Five of Egypt's citizens died.", "Five", "owners", ["egypt"]),
    ("Police said five of its officers died.", "five", "owners", []),
    (
        "News reports pegged the Boston offer to be as high as $184 million.",
        "$184 million",
        "owners",
        ["boston"],
    ),
    (
        "That blows the eight-year offers by the Angels and the Washington Nationals away.",
        "eight-year",
        "owners",
        ["angels", "washington nationals"],
    ),
    (  # the name beside the contract receives it
        "The Nationals have offered Mark Teixeira an 8-year, $160 million contract.",
        "$160 million",
        "owners",
        ["nationals"],
    ),
    (
        "The Nationals reportedly have bid $160 million over eight years, the Orioles between "
        "$140 million and $150 million over seven years.",
        "seven years",
        "owners",
        ["orioles"],
    ),
    (
        "The Orioles (seven years, $140-150 million) and Nationals (eight years, $160 million) "
        "have made offers.",
        "eight years",
        "owners",
        ["nationals"],
    ),
    (
        "The Los Angeles Angels made an eight-year offer to Mark Teixeira.",
        "eight-year",
        "owners",
        ["los angeles angels"],
    ),
    # a by-phrase of another clause is no giver when the verb has a subject; nor is a receiver
    (
        "Reagins said the team has made an eight-year offer, as reported by John Perrotto.",
        "eight-year",
        "owners",
        [],
    ),
    ("Teixeira accepted an eight-year offer.", "eight-year", "owners", []),
    ("Teixeira is seeking a 10-year contract.", "10-year", "owners", []),
    # a count conjoined with the named subject did the deed with it
    ("He said Timmons and the two acquaintances rode bikes to the park.", "two", "agent", None),
    # a figure said per game, season or year is a rate
    ("His son averaged 23 points and eight rebounds a game.", "23", "per", "game"),
    ("His son averaged 23 points and eight rebounds a game.", "eight", "per", "game"),
    (
        "Teixeira is seeking at least $20 million per season.",
        "at least $20 million",
        "per",
        "season",
    ),
    ("He scored 23 points in a game against Duke.", "23", "per", None),
    ("The bank lent $5 million a year ago.", "$5 million", "per", None),
    # a set counted before, named again
    ("The three victims were taken to the hospital.", "three", "refers_back", True),
    ("All three of the people were targeted, Craft said.", "three", "refers_back", True),
    ("A gunman shot three people at an office building.", "three", "refers_back", False),
    (
        "Andy Ryan, who has worked at the plant for nearly 30 years, said so.",
        "nearly 30 years",
        "about",
        "ryan",
    ),
    # a date's event: the whole hyphenated noun
    ("He pursued the story of the 1972 break-in.", "1972", "predicate", "break-in"),
    # a share of the victims after a toll is a share of the dead, where it is put
    (
        "The toll rose to 95, officials said, with 92 of the victims in the Valencia region.",
        "92",
        "category",
        "killed",
    ),
    (
        "The toll rose to 95, officials said, with 92 of the victims in the Valencia region.",
        "92",
        "part",
        True,
    ),
    ("Local news reported that two of the three victims died.", "three", "category", "other"),
    (
        "The death toll climbed to 217 on Sunday, with 213 of the dead in the Valencia region.",
        "213",
        "place",
        "Valencia",
    ),
    (
        "The quake struck at a depth of 10 kilometers in the mountainous Bener Meriah district.",
        "10 kilometers",
        "place",
        "Bener Meriah",
    ),
    ("Six people died in India's West Bengal state.", "Six", "place", "West Bengal"),
    # moved to shelters is displaced; taking shelter is left as it was (see README)
    (
        "Bangladesh moved nearly 800,000 people from vulnerable areas to around 9,000 cyclone "
        "shelters, officials said.",
        "nearly 800,000",
        "category",
        "displaced",
    ),
    ("Police moved 40 people to safety.", "40", "category", "displaced"),
    # the held whom the clause kills or hurts are in the toll
    ("At least 24 inmates were killed in the riot.", "At least 24", "category", "killed"),
    ("Militants killed 21 hostages.", "21", "category", "killed"),
    ("Fifteen prisoners were injured in the clashes.", "Fifteen", "category", "injured"),
    ("Militants freed 21 hostages.", "21", "category", "hostages"),
    ("Army ends siege, says 26 hostages and all 33 attackers dead", "26", "category", "killed"),
    # people in evacuation centres (not those in detention centres)
    ("Nearly 500,000 people remained in evacuation centres.", "Nearly 500,000", "category",
     "displaced"),
    ("Three people remained in detention centres.", "Three", "category", "other"),
    # people in relief camps
    ("He said 3,069 people had been moved to 45 relief camps.", "3,069", "category", "displaced"),
    ("More than 9,000 people were staying in 82 relief camps.", "More than 9,000", "category",
     "displaced"),
    ("The army set up 82 relief camps.", "82", "category", "other"),
    ("The company moved 300 workers to Texas.", "300", "category", "other"),
    # a full date written as an adjective, a comma after its year, is the next noun's
    (
        "He was found guilty of murder for the Sept. 1, 2023, shooting at the tavern.",
        "Sept. 1, 2023",
        "predicate",
        "shooting",
    ),
    (
        "He was charged in the Jan. 6, 2021, riot at the Capitol.",
        "Jan. 6, 2021",
        "predicate",
        "riot",
    ),
    (
        "The Sept. 11, 2001, terrorist attacks killed nearly 3,000 people.",
        "Sept. 11, 2001",
        "predicate",
        "attack",
    ),
    ("He was arrested on Jan. 6, 2021, and charged.", "Jan. 6, 2021", "predicate", "arrest"),
    # "found guilty" dates a conviction, as "convicted" does; a hyphenated verb stays whole
    ("Hale was found guilty in November of murder.", "November", "predicate", "convict"),
    (
        "The two co-founded the section nearly two decades ago.",
        "two decades ago",
        "predicate",
        "co-founded",
    ),
    # a headline's "as" read as a preposition: the toll it takes is what rose, and the city
    # that mourns is no agent of the deaths (as the clause before "rises" or as its subject)
    ("Kryvyi Rih mourns as toll from missile strike rises to 19", "19", "category", "killed"),
    # "whom" stands for people: the nearest figure before it counting people, not the days
    ("Officials said 40 firefighters were hurt in the three days of fires, six of whom remain "
     "in hospital.", "six", "counted", "firefighter"),
    # people held, with no word of what holds them, are detained; hostages stay hostages
    ("Police said 40 people were being held after the march.", "40", "category", "detained"),
    ("Two Americans were held hostage for 40 days.", "Two", "category", "hostages"),
    # a tally's rise the parse made the complement of the clause the tally is subject of
    ("Police raided two offices on Tuesday, as the number of people held since last month's "
     "riots began rose to 85, officials said.", "85", "category", "detained"),
    # an aside naming who some of a casualty count were is a share of what it counted, the
    # saying after it notwithstanding
    ("Thirty hostages were killed, 12 of them police officers, the spokesman said.", "12",
     "category", "killed"),
    # a wire's dateline the parse hangs on the source is no part of its name
    ("ISLAMABAD (Reuters) - Pakistan's army said on Wednesday night it had ended the siege of a "
     "school, freeing 200 pupils and killing all 12 militants who had held it for more than 24 "
     "hours.", "200", "attribution", "Pakistan's army"),
    # ... not the hyphen of a name that opens the sentence
    ("T-Mobile said it had sold 200,000 phones since the launch.", "200,000", "attribution",
     "T-Mobile"),
    # those who serve under arms are people: their dead are a toll
    ("Nine peacekeepers were killed in an ambush on the convoy.", "Nine", "category", "killed"),
    # the dead of a week named on the deed are that week's (2025-02-04 is in week 6)
    ("Twelve soldiers were killed in clashes with the militia last week.", "Twelve", "scope",
     "2025-W05"),
    # the subject of "are still ...", the clause hung under a saying: what is left
    ("Sixty-two inmates are still on the run, the warden said.", "Sixty-two", "predicate",
     "remain"),
    # a headline's tally right before its verb, the parse making "mass" the subject
    ("Ohio mass shooting death toll rises to 9; gunman still at large", "9", "category",
     "killed"),
    # ... and a sum's deal is the noun it names ("agrees" is read as the headline's verb)
    ("Synopsys agrees $35 bln Ansys takeover", "$35 bln", "predicate", "takeover"),
    # a date said of a verb sharing the subject is the figure's, unless the tenses differ
    (
        "Ansys employs 6,000 people and had revenue of $2.3 billion last year.",
        "6,000",
        "scope",
        None,
    ),
    (
        "Ansys employs 6,000 people and had revenue of $2.3 billion last year.",
        "$2.3 billion",
        "scope",
        "2024",
    ),
    ("Gunmen killed six people and wounded 50 in 2004.", "six", "scope", "2004"),
    # a present perfect joined to a dated past clause is not of its date
    (
        "The company was founded in 1998 and has grown for 10 consecutive years.",
        "10 consecutive years",
        "scope",
        None,
    ),
    ("The firm was set up in 2001 and has hired 500 people.", "500", "scope", None),
    ("Kryvyi Rih mourns as toll from missile strike rises to 19", "19", "agent", None),
    ("City mourns as toll from missile strike rises to 19.", "19", "category", "killed"),
    # who revises a tally gives its figure; they killed nobody
    ("Odisha revises train crash death toll down to 275", "275", "agent", None),
    ("Odisha revises train crash death toll down to 275", "275", "attribution", "Odisha"),
    (
        "BHUBANESWAR, India (Reuters) - Authorities in the Indian state of Odisha revised the "
        "death toll from Friday's train crash down to 275 on Sunday from 288.",
        "288",
        "attribution",
        "Authorities",
    ),
    ("Police raised the toll to 41.", "41", "agent", None),
    # the dead not yet named are part of the toll
    (
        "Families searched morgues on Monday, as 187 bodies remained unidentified.",
        "187",
        "part",
        True,
    ),
    ("The 40 unclaimed bodies were buried on Tuesday.", "40", "part", True),
    ("Rescuers recovered 187 bodies from the carriages.", "187", "part", False),
    # a "when" clause gives its date to the clauses hung on it
    (
        "India's worst train accident happened in 1981, when a train derailed while crossing a "
        "bridge in Bihar and plunged into a river, killing between 800 and 1,000 people.",
        "between 800 and 1,000",
        "scope",
        "1981",
    ),
    # the way a statistic came is its kind
    (
        "He improves to 58-3 with 51 wins coming by way of knockout.",
        "51",
        "counted_kind",
        ["knockout"],
    ),
    ("He has 40 wins by stoppage.", "40", "counted_kind", ["stoppage"]),
    ("He has 58 wins, 51 by knockout.", "58", "counted_kind", []),
    # a point of a month is the month of the figures then
    ("Meta had 87,314 employees at the end of September.", "87,314", "scope", "2024-09"),
    ("Meta had 87,314 employees at the end of September.", "September", "tally", True),
    ("Meta will hire 5,000 workers by the end of September.", "5,000", "scope", None),
    ("The company had 72,404 employees as of Sept. 30.", "72,404", "scope", "2024-09"),
    # ... and of a year, its first or last month
    ("The company had 190,234 employees at the end of 2022.", "190,234", "scope", "2022-12"),
    ("The company had 150,028 employees at the start of 2021.", "150,028", "scope", "2021-01"),
    ("The company hired 20,000 people in 2022.", "20,000", "scope", "2022"),
    ("Meta hired 5,000 workers in September.", "September", "tally", False),
    # what befell those on board, hung on "board" by the parse
    ("Air India crash: 241 on board killed, one survivor", "241", "category", "killed"),
    ("All 150 people on board survived.", "150", "category", "other"),
    # a second clause whose verb is left out has its own subject
    (
        "Former Jakarta governor Anies Baswedan had about 25% and former Central Java governor "
        "Ganjar Pranowo about 17%, according to quick counts.",
        "about 17%",
        "agent",
        "pranowo",
    ),
    (
        "The Yankees offered Teixeira $180 million and Sabathia $160 million.",
        "$160 million",
        "agent",
        "yankees",
    ),
    # what a percentage is the level or change of
    ("They see unemployment rising to 4.4% next year.", "4.4%", "counted", "unemployment"),
    ("Annual inflation was 8.3% in August.", "8.3%", "counted", "inflation"),
    # a rate a verb moves is its object: "cut its deposit rate ... to 2.0%" is no inflation
    ("The European Central Bank cut its deposit rate by a quarter of a percentage point to 2.0% "
     "on Thursday.", "2.0%", "counted", "rate"),
    ("ECB staff now see inflation averaging 2.0% this year.", "2.0%", "counted", "inflation"),
    (
        "The Fed's projections show its key rate reaching 4.4% by December.",
        "4.4%",
        "counted",
        "rate",
    ),
    ("The S&P 500 fell 0.8% on Thursday.", "0.8%", "counted", None),
    (
        "Meta's decision to eliminate 11,000 jobs, about 13% of its workforce, fell hardest on "
        "its recruiting teams.",
        "about 13%",
        "counted",
        None,
    ),
    (
        "At one point 55 percent of voice traffic was out of service.",
        "55 percent",
        "counted",
        None,
    ),
    # people brought out alive were rescued
    ("Rescuers have brought 363 people out of the mine alive.", "363", "predicate", "rescue"),
    ("Rescuers pulled two people alive from the rubble.", "two", "predicate", "rescue"),
    ("Rescuers pulled two bodies from the rubble.", "two", "predicate", "pull"),
    # a temperature at a sentence's end is its own sentence's
    ("Seattle hit 108F. Portland reached 116F on Monday.", "108F", "agent", "seattle"),
    # a bare number saying the same as a span before it is a span of its unit
    ("Prosecutors had asked for 15 years, while her lawyers sought eight.", "eight", "unit",
     "years"),
    ("Prosecutors asked for a 15-year sentence; the defense wanted eight.", "eight", "unit",
     "years"),
    ("He was jailed for 10 years and his brother for six.", "six", "unit", "years"),
    ("The first phase lasts 42 days, the second 30.", "30", "unit", "days"),
    ('"Apple says five years, but for some it might only be two or three," he said.',
     "two or three", "unit", "years"),
    ("In 10 years the company hired 500.", "500", "unit", "people"),
    ("The storm lasted 12 hours and left 30.", "30", "unit", "people"),
    ("The talks lasted 12 hours, and 30 attended.", "30", "unit", "people"),
    ("He served 10 years in prison and killed three after his release.", "three", "unit",
     "people"),
    ("It caused a 10-second runoff, so they had a first down on the 7.", "7", "unit", "people"),
    # a day of trading is its own event, the stock's
    ("UMC yesterday closed at NT $18, up NT $0.05.", "yesterday", "predicate", "trade"),
    ("UMC yesterday closed at NT $18, up NT $0.05.", "yesterday", "agent", "umc"),
    ("EDS shares soared $5.27 to finish yesterday at $24.13.", "yesterday", "agent", "eds"),
    ("Via yesterday saw its shares drop NT $0.65 to close at NT $24.05.", "yesterday",
     "predicate", "trade"),
    ("Altogether the TAIEX rose 31.36 points yesterday to close at 6,390.99.", "yesterday",
     "predicate", "trade"),
    ("The death toll rose to 41 yesterday.", "yesterday", "predicate", "rise"),
    ("AMD yesterday closed its purchase of ATI.", "yesterday", "predicate", "close"),
    # the noun a percentage qualifies is what it measures (not a word for the share or the
    # change itself); a day's close up or down is a change of what closed
    ("Dell agreed to buy Compellent for about $960 million, or $27.75 a share, a 13 percent "
     "premium to Friday's closing price.", "13 percent", "counted", "premium"),
    ("The deal will give it 7 percent of the market, compared with IBM's 10 percent share.",
     "10 percent", "counted", None),
    ("The 2008 telecast delivered 32 million viewers, a 24% drop compared with the previous "
     "year's ceremony.", "24%", "counted", None),
    ("Compellent shares closed up 13 percent at $27.58 on Monday.", "13 percent", "counted",
     "share"),
    # a share of the voters who voted is the turnout, however it is said
    ("The Central Election Commission said that turnout was almost 90%.", "almost 90%",
     "counted", "turnout"),
    ("The government said 90 per cent of eligible voters had participated in the elections.",
     "90 per cent", "counted", "turnout"),
    ("Some 2.44 million people, accounting for some 88.41 percent of the country's eligible "
     "voters, cast their ballots.", "some 88.41 percent", "counted", "turnout"),
    ("Exit polls showed 52% of voters voted for Obama.", "52%", "counted", "voter"),
    ("About 60 percent of voters backed the measure.", "About 60 percent", "counted", "voter"),
    # a date hung on a place is the deed's above it
    ("A powerful 6.1 magnitude earthquake hit Indonesia's northwestern Aceh province on the "
     "island of Sumatra early Tuesday.", "Tuesday", "predicate", "hit"),
    # people said to live in a place are its population; a household or a shelter is not
    # (those living in tents are displaced)
    ("About 800 people live in the community in southeastern B.C.", "About 800", "category",
     "population"),
    ("Besides an estimated 1,000 Canadians living in Bountiful, there are 300 Americans.",
     "an estimated 1,000", "category", "population"),
    ("All three live in a fifth-floor apartment.", "three", "category", "other"),
    ("Thousands of people have been living in tents since Sunday.", "Thousands", "category",
     "displaced"),
    ("About 200 people live in fear of the gangs.", "About 200", "category", "other"),
    # "N more" with no noun counts what the previous figure counts
    ("The fire destroyed 1,200 homes and damaged 3,000 more.", "3,000", "counted", "home"),
    ("McDermott now has 2,129 points -- 13 more than Rodney Buford.", "13", "counted",
     "point"),
    ("Two people were killed and 14 more were injured.", "14", "category", "injured"),
    # an age stated with a second predicate after it
    ("He was 95 and lived in Santa Rosa.", "95", "counted", "age"),
    ("They were 300 when they set off.", "300", "counted", None),
    # no event named by a sign: "the highest since 1992" under "67.4%"
    ("Turnout was 67.4%, the highest since 1992.", "1992", "predicate", None),
    # a passive after "and" with its "were" and noun left out
    ("Nearly 2,000 flights were cancelled on Sunday, and 5,000 delayed.", "5,000", "counted",
     "flight"),
    ("Police seized 30 guns and 12 were arrested.", "12", "category", "detained"),
    # vague sums of a currency are money; bands up to hundreds of billions
    ("The storm caused hundreds of millions of dollars in damage.",
     "hundreds of millions of dollars", "unit", "USD"),
    ("Thousands of dollars were stolen.", "Thousands of dollars", "category", "money"),
    ("Tens of millions of people lost power.", "Tens of millions", "low", 20_000_000),
    ("Billions of people watched.", "Billions", "high", 9_999_999_999),
    # a fifth or a tenth of something is a share
    ("The company cut a fifth of its staff.", "a fifth", "value", 20),
    ("About a tenth of the homes were destroyed.", "About a tenth", "unit", "%"),
    # the third of a series is one more of the things, no share
    ("She shot two and wounded a third co-worker.", "a third", "value", 1),
    ("Sales fell by a third.", "a third", "unit", "%"),
    ("Sales could top 100,000 this year.", "100,000", "hedge", "more_than"),
    ("Charges were laid against the top two polygamist leaders.", "two", "counted", "leader"),
    ("They must win without their top two power running backs.", "two", "value", 2),
    # a share of people, or of a set its "of" numbers, is of them
    ("Ninety percent of the 288 candidates come from the party.", "Ninety percent", "counted",
     "candidate"),
    ("Roughly 0.2 percent of IE users may have been exposed.", "Roughly 0.2 percent",
     "counted", "user"),
    ("Up to 70% of web services were down.", "Up to 70%", "counted", None),
    # what a second clause "has" is what the first counted
    ("Hansbrough finished with 20 points and now has 2,302 for his career.", "2,302", "counted",
     "point"),
    ("Police arrested 12 suspects and now have three in custody.", "three", "category",
     "detained"),
    # points by which a side is ahead are a margin, not points scored
    ("While he was in, Creighton's lead grew as great as 9 points.", "9", "counted", "margin"),
    ("The Bulldogs twice cut Creighton's lead to 3 points.", "3", "counted", "margin"),
    ("Creighton built a lead of 12 points.", "12", "counted", "margin"),
    ("His team led by 18 points at halftime.", "18", "counted", "margin"),
    ("He led the team with 20 points.", "20", "counted", "point"),
    ("Drake pulled within three points with five minutes left.", "within three", "counted",
     "margin"),
    # so many of a fraction of a whole: a share, or a measure of the unit
    ("Two-thirds of the 1,200 residents fled.", "Two-thirds", "value", 66.6667),
    ("Three quarters of the homes were destroyed.", "Three quarters", "unit", "%"),
    ("It was centered two-tenths of a mile from the town.", "two-tenths of a mile", "value",
     0.2),
    ("He scored the first touchdown in nine quarters of football.", "nine", "counted",
     "quarter"),
    # "made off with" is stealing
    ("Four armed robbers made off with $137-million of diamonds.", "$137-million",
     "predicate", "steal"),
    ("The company made $4 million off the deal.", "$4 million", "predicate", "make"),
    # typographic quotes read as plain ones: the parse of "the team’s" had hung "17 points" on
    # the verb and counted the 10 as teams; "There’s" had been the verb "’"
    ("McDermott scored 10 of the team’s first 17 points.", "10", "counted", "point"),
    ("There’s at least one offer better than eight years.", "eight years", "predicate", "be"),
    # the whole of a part is its owner's, not the subject's
    ("Echenique scored five of Creighton’s first eight points.", "eight", "agent",
     "creighton"),
    ("Echenique scored five of Creighton’s first eight points.", "five", "agent", "echenique"),
    ("Clark scored 17 of his team's first 24 points.", "24", "agent", "team"),
    ("McDermott scored five of his 11 points in the first half.", "11", "agent", "mcdermott"),
    # a clause led by "as" that the parse hangs on a noun is its verb's
    ("Artino picked up the slack in the first half as he scored seven points.", "seven",
     "scope", "first half"),
    # people named by age, by a court's or a campaign's word: what happened to them
    ("Police arrested 14 suspects, including two minors.", "two", "category", "detained"),
    ("He sanctioned the murders of six mobsters.", "six", "category", "killed"),
    ("He was convicted of the murders of three rivals.", "three", "category", "killed"),
    # in a story of a kidnapping, those still held are the captives left (not those held alone)
    ("Kidnappers freed 14 bus passengers on Tuesday, leaving 16 still held.", "16", "category",
     "hostages"),
    ("Gunmen kidnapped 42 bus passengers. Sixteen remain held.", "Sixteen", "category",
     "hostages"),
    # (not suspects the police still hold)
    ("Gunmen kidnapped 42 bus passengers. Police said two suspects were still being held.",
     "two", "category", "other"),
    ("Police arrested two associates of the gang leader.", "two", "category", "detained"),
    # a common noun the model tagged a person still says what a rate is of
    ("Turnout was 93.87 percent, the election commission said.", "93.87 percent", "counted",
     "turnout"),
    # a magnitude glued on is no ordinal (the model tagged "3bn" ORDINAL), nor its stop a part
    ("It lost £3bn last year.", "£3bn", "value", 3_000_000_000),
    ("It raised £450m.", "£450m", "unit", "GBP"),
    # a span in short units, glued or not, one after another
    ("Total downtime was 1hr 4 mins, SEACOM said.", "1hr 4 mins", "value", 64),
    ("The outage lasted 2hrs 30mins.", "2hrs 30mins", "value", 150),
    ("It took 1 hr 15 min to fix.", "1 hr 15 min", "unit", "minutes"),
    ("Total downtime was 1hr 4 mins, SEACOM said.", "1hr 4 mins", "counted", None),
    ("After 2 hours 30 people had finished.", "2 hours", "value", 2),
    # ... but not a span said again in smaller units
    ("Officers waited more than an hour, 78 minutes in all.", "78 minutes", "value", 78),
    ("Officers waited more than an hour, 78 minutes in all.", "more than an hour", "value", 1),
    # a plural the parse hangs on a time word is what the figure counts
    ("Ramos bought two AR-style rifles days after his birthday.", "two", "counted", "rifle"),
    # a record named someone's is theirs, whoever broke it
    ("Luck broke Newton's record of 4,051 yards passing.", "4,051", "agent", "newton"),
    ("He broke the school record of 2,290 points.", "2,290", "agent", None),
    # "-plus" glued to a figure is "at least"
    ("Cheeks compiled a 162-139 record in three-plus seasons.", "three", "hedge", "at_least"),
    ("Cheeks compiled a 162-139 record in three-plus seasons.", "three", "counted", "season"),
    ("He served 10-plus years in prison.", "10-plus years", "low", 10),
    # the age a person died at, however said
    ("Williams died on Thursday at 91.", "91", "counted", "age"),
    ("Fred LaRue, Watergate Figure, Dies at 75", "75", "counted", "age"),
    ("Bettie Page died Thursday at age 85.", "85", "counted", "age"),
    ("Mark Felt, FBI official, dead at 95", "95", "counted", "age"),
    ("She passed away at 85.", "85", "unit", "years"),
    ("Esther Williams has died peacefully in her sleep aged 91.", "91", "counted", "age"),
    ("Williams, 91, passed away early Thursday in her sleep.", "91", "counted", "age"),
    # a headline's apposition read as two subjects: the named person did it
    ("Hollywood's Mermaid, Esther Williams dies at 91", "91", "agent", "williams"),
    # so many times a thing is a ratio, of the thing multiplied; how often is a count
    ("His blood-alcohol level was more than five times the legal limit.",
     "more than five times", "unit", "times"),
    ("His blood-alcohol level was more than five times the legal limit.",
     "more than five times", "counted", "limit"),
    ("The battery lasts three times longer than the industry standard.", "three times",
     "kind", "amount"),
    ("The battery lasts three times longer than the industry standard.", "three times",
     "counted", "longer"),
    ("It allows data transfer more than ten times the speed of USB 2.0.",
     "more than ten times", "counted", "speed"),
    ("The Colts ended with five times as many wins as last season.", "five times", "counted",
     "win"),
    ("Gray was shot 11 times by police.", "11", "kind", "count"),
    ("I had dinner with them four or five times a week.", "four or five", "kind", "count"),
    ("His mother called him three times the day before.", "three", "kind", "count"),
    # a tally's rise is not its deed: the deed it counts is the claim's verb
    ("The number of structures destroyed rose to 112.", "112", "predicate", "destroy"),
    ("The number of homes damaged climbed to 300.", "300", "predicate", "damage"),
    ("The toll rose to 25.", "25", "predicate", "rise"),
    # a deed joined by "and" to another with its own object is its own
    ("The outbreak has killed 27 people and sickened 703.", "703", "category", "other"),
    ("The outbreak has killed 27 people and sickened 703.", "703", "predicate", "sicken"),
    ("The blast killed 27 people and injured 70.", "70", "category", "injured"),
    ("Gunmen killed three soldiers and kidnapped 20 villagers.", "20", "category", "hostages"),
    # what is said of a state before it names it
    ("Search for ferry victims ends with 31 confirmed dead", "31", "category", "killed"),
    ("Dozens feared dead as floods hit Kenya", "Dozens", "category", "killed"),
    # a passive the parse reads as a copula under a verb of saying is still the passive
    ("In France, nearly 1,900 schools were closed, Education Minister Elisabeth Borne said.",
     "nearly 1,900", "predicate", "close"),
    ("Police arrested 12 suspects and now have three in custody.", "three", "category",
     "detained"),
    # the figure a change started from, past "the"
    ("The breach affected 23 million customers, up from the 19 million it first reported.",
     "19 million", "earlier", True),
    ("The breach affected 23 million customers, up from the 19 million it first reported.",
     "23 million", "earlier", False),
    # a headline's change hung on what the tally is from is the tally's
    ("Death toll from Indonesia volcano eruption revised to 9", "9", "category", "killed"),
    ("The injury toll rose to 40.", "40", "category", "injured"),
    ("The death toll rose to 12.", "12", "category", "killed"),
    # a service taken from those counted leaves them without it
    ("The storm knocked out power to 3 million homes.", "3 million", "predicate",
     "without power"),
    ("About 2 million customers lost power.", "About 2 million", "predicate", "without power"),
    ("Crews restored power to 2.5 million customers still in the dark.", "2.5 million",
     "predicate", "without power"),
    ("Crews restored power to 2.5 million customers.", "2.5 million", "predicate", "restore"),
    ("The Bears lost two players to injury.", "two", "predicate", "lose"),
    # what befell things counted, not the saying the parse hangs them on
    ("The death toll from a cholera outbreak in Zambia has risen to 23, with 617 cases"
     " recorded since mid-February, health officials said Thursday.", "617", "predicate",
     "record"),
    # the figure's own participle holds its place
    ("Three Killed In Athens Bank Fire Amid Strike", "Three", "place", "Athens"),
    ("Five Wounded by Quake in Southern Iran", "Five", "place", "Southern Iran"),
    # a participle on the tally a verb carries to the figure is the deed counted
    ("Zelenskyy said the swap brought home 150 Ukrainians, bringing the total number freed"
     " since the start of the invasion to 4,131.", "4,131", "predicate", "free"),
    ("The toll rose to 25, bringing the number killed since October to 47,035.", "47,035",
     "predicate", "kill"),
    ("The swap brought the number of prisoners freed to 4,131.", "4,131", "counted",
     "prisoner"),
    ("The number of Ukrainians held in Russia rose to 8,000.", "8,000", "counted",
     "ukrainian"),
    ("The moves brought to 12 the number of Rams players on injured reserve.", "12", "counted",
     "player"),
    ("That would bring the total so far reported by countries to 577.", "577", "predicate",
     "bring"),
    # a war's start however worded is one scope; a phase of it is not
    ("Zelenskyy said the swap brought home 150 Ukrainians, bringing the total number freed"
     " since the start of the invasion to 4,131.", "4,131", "scope", "since start war"),
    ("Since the beginning of Russia's full-scale invasion, 3,956 Ukrainians have been freed.",
     "3,956", "scope", "since start war"),
    ("At least 46,000 were killed since the start of the Israel-Hamas war.", "At least 46,000",
     "scope", "since start war"),
    ("At least 1,042 have been killed since the collapse of the ceasefire.", "At least 1,042",
     "scope", "since collapse ceasefire"),
    ("At least 1,200 were killed since the start of the Rafah offensive.", "At least 1,200",
     "scope", "since start rafah offensive"),
    # the other side's handover joined to one of a named day is of that day
    ("Hamas released four Israeli soldiers on Saturday, and Israel freed 200 Palestinian"
     " prisoners in return.", "200", "scope", "on 2025-02-01"),
    ("Hamas freed three hostages on Saturday and Israel released 90 prisoners.", "90", "scope",
     "on 2025-02-01"),
    ("Police arrested two men on Saturday, and prosecutors charged three others.", "three",
     "scope", None),
    ("Hamas freed three hostages on Saturday and Israel has released 290 prisoners since the"
     " truce began.", "290", "scope", "since"),
    # a bare figure the parse hangs on the date before it is its verb's subject
    ("Of the roughly 250 people seized in the attack of Oct. 7, 2023, 94 remain in Gaza.", "94",
     "predicate", "remain"),
    # those who went abroad are of no place inside the country another clause names
    ("The IOM said 7.7 million people were displaced within Sudan and 2.1 million had fled"
     " abroad.", "2.1 million", "place", None),
    ("The IOM said 7.7 million people were displaced within Sudan and 2.1 million had fled"
     " abroad.", "7.7 million", "place", "Sudan"),
    ("The IOM said 6.6 million people had been displaced inside Sudan since fighting erupted in"
     " April 2023, while nearly 2 million had fled to neighbouring countries.",
     "nearly 2 million", "displaced", "abroad"),
    ("The IOM said 6.6 million people had been displaced inside Sudan since fighting erupted in"
     " April 2023, while nearly 2 million had fled to neighbouring countries.",
     "nearly 2 million", "place", None),
    # a clause that starts a period dates no figure hung on it by the parse
    ("The IOM said 6.6 million people had been displaced inside Sudan since fighting erupted in"
     " April 2023, while nearly 2 million had fled to neighbouring countries.",
     "nearly 2 million", "scope", None),
    ("There have been hundreds of quakes since a 9.1 temblor in 2004 caused a tsunami,"
     " leaving more than 220,000 people dead.", "more than 220,000", "scope", "2004"),
    # a place's name without the possessive the entity may hold
    ("New Mexico's count stands at nine, including one adult who died.", "one", "place",
     "New Mexico"),
    # a capital speaks for its country
    ("Kyiv said more than 8,000 of its citizens were still being held.", "more than 8,000",
     "owners", ["ukraine"]),
    # at one distance, the place of the clause nearer the figure
    ("Turkey's disaster agency said 12,873 people had died in Turkey, while more than 3,160"
     " people were killed in Syria, according to the government.", "more than 3,160", "place",
     "Syria"),
    # a headline's place before a comma is the disaster's too
    ("Turkey, Syria quake kills more than 5,000 as rescuers dig through rubble",
     "more than 5,000", "place", "Turkey and Syria"),
    # a clause joined by "and" before a saying is no part of what was said
    ("The Eaton Fire near Pasadena had scorched 10,600 acres, and Los Angeles County Sheriff"
     " Robert Luna said five people had died in that fire.", "10,600 acres", "attribution",
     None),
    ("At least 22 people were killed and 40 were injured, police said.", "40", "attribution",
     "police"),
    # places listed after a place's count, each with its own figure
    ("South Carolina reported 17 deaths, Georgia 15, Florida 11 and North Carolina one,"
     " according to state officials.", "15", "place", "Georgia"),
    ("South Carolina reported 17 deaths, Georgia 15, Florida 11 and North Carolina one,"
     " according to state officials.", "11", "attribution", "state officials"),
    ("Indonesia reported 199 deaths and Jordan 68.", "68", "attribution", None),
    # a place's share of a toll is its own
    ("North Carolina accounted for 73 of the deaths, officials said.", "73", "place",
     "North Carolina"),
    # a place listed with others: the figure is of them all
    ("More than 4.5 million homes and businesses were without power across Florida, Georgia,"
     " South Carolina, North Carolina and Virginia on Friday.", "More than 4.5 million",
     "place", "Florida and Georgia and South Carolina and North Carolina and Virginia"),
    # ... or with one other, whatever entity the model takes the other for
    ("Floods have killed at least 53 people in Nigeria and Niger since late August.",
     "at least 53", "place", "Nigeria and Niger"),
    # "there", "the state": the place that speaks
    ("Buncombe County, which includes Asheville, said 30 people had died there.", "30",
     "place", "Buncombe County"),
    ("North Carolina Gov. Roy Cooper said the state had confirmed 37 deaths.", "37", "place",
     "North Carolina"),
    ("The sheriff said 30 people had died there.", "30", "place", None),
    # a clause set against another by a place of its own is not in the other's place; a
    # clause of a time while something happened is
    ("In Turkey, at least 912 people were killed, Vice President Fuat Oktay said, while Syria's "
     "health ministry put the toll at 326.", "326", "place", None),
    ("The bombs hit al-Fakhora school, in Jabaliya refugee camp, while it was packed with "
     "hundreds of people who had fled the fighting.", "hundreds", "place", "Jabaliya"),
    # the place of a share of the figure is not the figure's
    ("The death toll from Hurricane Helene rose to at least 100 on Monday, with about half of"
     " the deaths in North Carolina.", "at least 100", "place", None),
    # a source by its name, however the parse hangs it
    ("The rights group HRANA said 451 protesters had been killed.", "451", "attribution",
     "HRANA"),
    ("At least 475 protesters have been killed in Iran since September, the group Iran Human"
     " Rights said on Tuesday.", "At least 475", "attribution", "Iran Human Rights"),
    ("The activist group HRANA said at least 18,242 people had been detained.",
     "at least 18,242", "attribution", "HRANA"),
    ("More than 150 people were wounded, the head of Kyiv's military administration, Tymur"
     " Tkachenko, said.", "More than 150", "attribution", "Tymur Tkachenko"),
    ("The ministry, which runs the hospitals, said 40 people were killed.", "40",
     "attribution", "ministry"),
    # of two subjects the parse gives a saying, the one next to it
    ("Iran on Monday publicly hanged a man convicted of killing two members of the security"
     " forces, the second execution linked to the protests, as rights groups said at least 488"
     " people had been killed.", "at least 488", "attribution", "rights groups"),
    # a place ranked with its count
    ("Sindh province was worst hit, with 347 deaths, followed by Khyber Pakhtunkhwa with 264.",
     "347", "place", "Sindh"),
    ("Samsung led the market, with 30 percent, followed by Apple with 20 percent.",
     "20 percent", "place", None),
    # a named province that suffered its deaths, its name read as a person's
    ("Al Haouz province, where the epicentre was located, suffered 394 deaths, the ministry"
     " said.", "394", "place", "Al Haouz"),
    ("A powerful earthquake in Morocco killed at least 820 people and injured 672, most of them"
     " in Marrakech and five provinces near the epicentre.", "672", "place", None),
    # a name in brackets after the source is no name of it; a team that acted with its figure
    # is no place
    ("The Cupertino, Calif.-based company (NASDAQ: AAPL) said songs will cost 69 cents.",
     "69 cents", "attribution", "Cupertino, Calif.-based company"),
    ("New Orleans finished 30th in the NFL in rushing attempts this season, with 380.", "380",
     "place", None),
    # a country that reports its count is its place, and its source only if no one says so
    ("Congo has reported more than 15,600 suspected cases and 537 deaths so far this year, the"
     " WHO said.", "537", "place", "Congo"),
    ("Congo has reported more than 15,600 suspected cases and 537 deaths so far this year, the"
     " WHO said.", "more than 15,600", "attribution", "WHO"),
    # the day of the deed that killed or hurt them; not a tally's day
    ("Israeli strikes killed at least 50 Palestinians across the Gaza Strip on Saturday, medics"
     " said.", "at least 50", "scope", "2025-02-01"),
    ("The death toll rose to 18 on Monday.", "18", "scope", None),
    # whom a dated deed was done to, when named (see `patient_of`)
    ("The Saints placed Pierre Thomas on injured reserve on Wednesday.", "Wednesday", "patient",
     "thomas"),
    ("Chris Ivory was placed on the list Tuesday.", "Tuesday", "patient", "ivory"),
    ("The only other back is DeShawn Wynn, who was signed on Tuesday.", "Tuesday", "patient",
     "wynn"),
    ("The Saints signed DeShawn Wynn on Tuesday and Joique Bell today.", "Tuesday", "patient",
     None),
    ("A judge sentenced Brian Nichols to life for the March 11, 2005 incident.",
     "March 11, 2005", "patient", None),
    ("An earthquake rattled Sonoma County early Thursday.", "Thursday", "patient", None),
    # a date of a source not answering a reporter (see `unanswered`)
    ("Reached by telephone yesterday, O'Brien declined to comment.", "yesterday", "unanswered",
     True),
    ("He was not returning calls on Tuesday.", "Tuesday", "unanswered", True),
    ("Woodward could not be reached Wednesday.", "Wednesday", "unanswered", True),
    ("There was no immediate comment from the government in Khartoum on Thursday.", "Thursday",
     "unanswered", True),
    ("Hamas did not immediately respond to a request for comment on Tuesday.", "Tuesday",
     "unanswered", True),
    ("He did not return to the lineup on Sunday.", "Sunday", "unanswered", False),
    ("Israel did not respond on Tuesday to the rocket attack.", "Tuesday", "unanswered", False),
    # a sum spaCy runs into the name before it (see `_sum_read_as_a_name`)
    ("The European Commission fined Meta 797.72 million euros on Monday.",
     "797.72 million euros", "unit", "EUR"),
    ("Boeing 737 Max jets were grounded after the crash that killed 157 people.", "157",
     "category", "killed"),
    # a noun misread as the verb's conjunct, its phrase hung on the verb (see
    # `with_clauses_unpaired`)
    ("Flash floods in central Texas killed at least 24 people, and 23 to 25 girls from a "
     "summer camp on the Guadalupe River were unaccounted for, officials said.", "23 to 25",
     "category", "missing"),
    # a place said after a joined deed's figure is the clause's (see `_counting_conjuncts_after`)
    ("A bomber killed five people and wounded 10 in Kabul on Monday.", "five", "place",
     "Kabul"),
    ("A bomb killed five people in Kabul and wounded 10 in Kandahar.", "10", "place",
     "Kandahar"),
    ("A bomb killed five people in Kabul and wounded 10 in Kandahar.", "five", "place",
     "Kabul"),
    ("A man suspected of shooting three people, killing one, at a suburban Detroit accounting "
     "firm was arrested, authorities said.", "three", "place", "Detroit"),
    ("A quake struck southern Iran near the port city of Bandar Abbas, killing at least seven "
     "people and injuring 40, 15 of them on Qeshm.", "at least seven", "place", "Bandar Abbas"),
    # a figure forecasters foresaw (see `foreseen`)
    ("Tesla reported deliveries of 384,000 vehicles, below analysts' estimates of about "
     "410,000.", "about 410,000", "foreseen", True),
    ("Tesla reported deliveries of 384,000 vehicles, below analysts' estimates of about "
     "410,000.", "384,000", "foreseen", False),
    ("Analysts had expected 410,000 deliveries.", "410,000", "foreseen", True),
    ("The economy added 256,000 jobs, more than the 155,000 analysts had forecast.",
     "155,000", "foreseen", True),
    ("Officials expect 300 people to attend the rally.", "300", "foreseen", False),
    ("The UN raised its estimate of the dead to 670.", "670", "foreseen", False),
    # "today" as these days, told in the present (see `at_present`)
    ("Today, women still love to emulate her old-fashioned look.", "Today", "at_present", True),
    ("Today, virtualization is frequently used with servers.", "Today", "at_present", True),
    ("Today there are 1,009 species listed as endangered under the Act.", "Today",
     "at_present", True),
    ("The scale of SeaMicro's business today is much smaller than that of a Dell.", "today",
     "at_present", True),
    ("Today, HP announced a small acquisition.", "Today", "at_present", False),
    ("Today's operation is the fourth successful offensive by the Navy.", "Today",
     "at_present", False),
    ("Today may be Apple's last Macworld Expo appearance.", "Today", "at_present", False),
    ("All of the new models are shipping today.", "today", "at_present", False),
    ("Today, business customers can order the phone from their sales rep.", "Today",
     "at_present", False),
    # the dead of a deed some days before the news's day (see `_days_before_the_news`)
    ("The strike came a day after Israeli forces killed 20 people across the enclave.", "20",
     "scope", "2025-02-03"),
    ("The strike on Monday came two days after gunmen killed 14 people in Kabul.", "14",
     "scope", "2025-02-01"),
    ("The attack came hours after gunmen killed five soldiers.", "five", "scope", None),
    # a "since" after a superlative is what the record is measured from, not a scope
    ("Russia fired 273 drones in biggest attack since full-scale invasion", "273", "scope",
     None),
    # "overnight into Sunday": the night up to the day named
    ("Russia fired 273 drones at Ukraine overnight into Sunday, officials said.", "273",
     "scope", "past night to 2025-02-02"),
    # a part "including" people of a figure's set is what the figure counts, where it was
    ("The number of people killed in the floods rose to 104 on Monday, officials said, with 84 "
     "of the dead found in Kerr County, including 28 children.", "28", "category", "killed"),
    ("Officials said the toll rose to 104, with 84 of the dead found in Kerr County, "
     "including 28 children.", "84", "place", "Kerr County"),
    ("Officials said the toll rose to 104, with 84 of the dead found in Kerr County, "
     "including 28 children.", "28", "place", "Kerr County"),
    ("The company has 500 employees, including 20 engineers.", "20", "category", "other"),
    # the place of a disaster in a tally's phrase (see `_disaster_place_in`)
    ("The death toll from the earthquake that struck Myanmar two days ago has risen to 2,028, "
     "the military government said.", "2,028", "place", "Myanmar"),
    ("The number of people killed in Myanmar's earthquake has risen to 2,719, officials said.",
     "2,719", "place", "Myanmar"),
    ("The number of people killed in Israel's strikes on Gaza has risen to 40,005.", "40,005",
     "place", "Gaza"),
    # a headline's subject the figure sizes: its place, and no source
    ("Myanmar quake deaths near 2,900, junta says", "near 2,900", "place", "Myanmar"),
    ("Myanmar quake deaths near 2,900, junta says", "near 2,900", "attribution", "junta"),
    # the set a share is of, put first: the clause's verb is the share's
    ("Of the 275 bodies, 88 had been identified so far, Jena said.", "275", "predicate", None),
    ("Of the 275 bodies, 88 had been identified so far, Jena said.", "88", "predicate",
     "identify"),
    ("Of the 23 pirates arrested, 12 are reported to be Somali.", "23", "predicate", "arrest"),
    # people a swap of prisoners frees are prisoners; a handover's day comes before its stage
    ("Russia and Ukraine each released 390 soldiers and civilians on Friday in the first "
     "stage of a prisoner swap.", "390", "category", "prisoners"),
    ("Russia and Ukraine each released 390 soldiers and civilians on Friday in the first "
     "stage of a prisoner swap.", "390", "scope", "on 2025-01-31"),
    ("Israel released 90 Palestinians on Sunday under the hostage deal.", "90", "category",
     "other"),
    ("Turnout was 41% in the first round on Sunday.", "41%", "scope", "first round"),
    # "one" after a determiner stands for a noun, but "the only one" counts
    ("He was the only one killed.", "one", "category", "killed"),
    ("A spokesman confirmed that one of the wounded employees is in the hospital.", "one",
     "category", "injured"),
    # a figure with its state right after it counts no noun further on
    ("China mine collapse: five dead, 48 missing as rescuers battle new slides", "48",
     "category", "missing"),
    ("China mine collapse: five dead, 48 missing as rescuers battle new slides", "five",
     "category", "killed"),
    ("The Academy announced Friday that Jackman will host.", "Friday", "attribution",
     "Academy"),
    # a period said of a share is not the figure's; a war's start however the war is called
    ("More than 2,100 people have been killed in Lebanon since October last year, most of them "
     "in the past three weeks.", "More than 2,100", "scope", "since 2024-10"),
    ("Israeli strikes have killed 2,255 people in Lebanon since the start of cross-border "
     "hostilities with Hezbollah a year ago.", "2,255", "scope", "since start war"),
    ("He has scored 20 goals since the start of the season.", "20", "scope",
     "since start season"),
    # a gapped list's figures are of its first figure's kind, each in its own place
    ("Of the dead, 92 were in the Valencia region, two in Castilla-La Mancha and one in "
     "Andalusia.", "two", "category", "killed"),
    ("Of the dead, 92 were in the Valencia region, two in Castilla-La Mancha and one in "
     "Andalusia.", "two", "place", "Castilla-La Mancha"),
    ("Of the dead, 92 were in the Valencia region, two in Castilla-La Mancha and one in "
     "Andalusia.", "one", "place", "Andalusia"),
    # where most of a figure is, is not its place; when a source spoke is not what it said
    ("The outbreak has grown to 124 cases since late January, mostly in Gaines County.", "124",
     "place", None),
    ("The storm killed 12 people, most of them in Texas.", "12", "place", None),
    ("Sudan's paramilitary Rapid Support Forces declared a rival government on Tuesday, the "
     "second anniversary of a war that has killed tens of thousands of people.",
     "tens of thousands", "attribution", None),
    ("The health ministry reported 24 new deaths on Sunday.", "24", "attribution",
     "health ministry"),
    # a source's estimate set against the sentence's figure: its own source, of what that counts
    ("Parents said 234 girls were missing, far more than the 129 given by the authorities.",
     "129", "attribution", "authorities"),
    ("The centre said more than 2,000 people had been buried alive by the landslide, far more "
     "than the UN's estimate of 670.", "670", "attribution", "UN"),
    ("The centre said more than 2,000 people had been buried alive by the landslide, far more "
     "than the UN's estimate of 670.", "670", "category", "killed"),
    ("Iran said at least 4,700 pilgrims died in the crush at Mina, several times the official "
     "Saudi figure of 769.", "769", "attribution", "Saudi"),
    ("The ministry said Gaza's death toll of 47,000 could rise.", "47,000", "attribution",
     "ministry"),
    # where a toll was revised down from, hung on the people of the figure it reached
    ("Israel revised the death toll down to about 1,200 people from 1,400, a spokesman said.",
     "1,400", "earlier", True),
    # "a third" who died after the news of two is one more; the one hurt beside two dead is not
    ("A third child has died after the knife attack, police said.", "A third", "added", True),
    ("She killed two co-workers and critically injured a third.", "a third", "added", False),
    ("Hiller is charged with shooting and injuring a third co-worker.", "a third", "added", False),
    # those taken out of a set named by its state are in that state no longer
    ("Divers rescued four of the 12 boys trapped in a flooded cave.", "four", "category", "other"),
    ("Rescuers pulled out all 41 workers trapped in the collapsed tunnel.", "41", "category",
     "other"),
    ("Two of the 12 boys trapped remain in the cave.", "Two", "category", "missing"),
    # a figure the parse lists with the one before it is the subject of the verb after its noun
    ("Rescuers struggled to reach the ferry, as the number of dead rose to nine and 287 people "
     "remained missing.", "287", "category", "missing"),
    ("Rescuers struggled to reach the ferry, as the number of dead rose to nine and 287 people "
     "remained missing.", "287", "predicate", "remain"),
    ("Rescuers struggled to reach the ferry, as the number of dead rose to nine and 287 people "
     "remained missing.", "nine", "category", "killed"),
    # a semicolon ends a headline's clause
    ("South Korean ferry sinks with 476 aboard; 4 dead, hundreds missing", "476", "category",
     "other"),
    ("South Korean ferry sinks with 476 aboard; 4 dead, hundreds missing", "4", "category",
     "killed"),
    ("About 26,000 people were staying at evacuation centres.", "About 26,000", "category",
     "displaced"),
    # a day is no place, whatever the model tags it
    ("Bombs ripped through churches in Sri Lanka on Easter Sunday, killing 207 people.", "207",
     "place", "Sri Lanka"),
    ("The number of Ukrainian prisoners killed in the strike had risen to 50.", "50", "category",
     "killed"),
    # a start said after the last of verbs sharing a subject is theirs all
    ("Israeli attacks have killed at least 3,544 people and wounded 15,036 since October 2023.",
     "at least 3,544", "scope", "since 2023-10"),
    ("WAYANAD, India (Reuters) - Landslides triggered by heavy rain killed at least 123 people "
     "in Kerala, officials said on Wednesday.", "at least 123", "attribution", "officials"),
    # things a figure counts together
    ("Iran launched more than 300 drones and missiles at Israel.", "more than 300",
     "counted_with", "missile"),
    ("Iran fired about 170 drones, more than 30 cruise missiles and 120 ballistic missiles.",
     "about 170", "counted_with", None),
    ("Gunmen killed 12 women and children.", "12", "counted_with", None),
    ("Teams struggled to evacuate an estimated 14 children still trapped under the rubble.",
     "an estimated 14", "category", "missing"),
    ("Sunday's clashes killed 98 people, bringing the toll since the protests began in July to "
     "about 300.", "about 300", "category", "killed"),
    ("At least 440 people have been killed since the protests began, including 109 on Monday "
     "alone.", "109", "scope", "2025-02-03"),
    ("At least 440 people have been killed since the protests began, including 109 on Monday "
     "alone.", "109", "category", "killed"),
    ("The junta said earlier only 21 had died.", "21", "earlier", True),
    ("The junta said only 21 had died.", "21", "earlier", False),
    ("Gaza ceasefire deal reached; 33 hostages to be freed in first phase", "33", "mood",
     "planned"),
    ("Police said he had previously been arrested four times.", "four", "earlier", False),
    ("This was no terrorism, since no one was killed.", "no one", "category", "killed"),
    ("The number of civilians killed in three days of fighting rose to 97.", "97", "counted",
     "civilian"),
    # a tally of those handed over counts all of them until then
    ("Hamas freed 11 more hostages on Monday, bringing the total released to 69.", "69",
     "scope", "since"),
    ("With Saturday's releases, 18 hostages have been freed since the truce took effect, and "
     "Israel has released 583 Palestinian prisoners.", "583", "scope", "since"),
    ("Myanmar quake deaths top 2,000; hopes fade in Bangkok", "2,000", "place", None),
    ("The number of people confirmed dead in the earthquake rose to 2,012 on Sunday.", "Sunday",
     "tally", True),
    # people who crossed into a country by its name are displaced; troops are not
    ("Some 370,000 Rohingya have crossed into Bangladesh in two weeks.", "Some 370,000",
     "category", "displaced"),
    ("About 1,000 Russian troops crossed into Ukraine on Tuesday.", "About 1,000", "category",
     "other"),
    # listed as missing, a missing list
    ("The number of people listed as missing in the fire rose to 1,011.", "1,011", "category",
     "missing"),
    ("Missing list in California fire swells to 1,011", "1,011", "category", "missing"),
    # a place noun's capitalised name, whatever the model tags it
    ("Norwegian police on Monday revised down the number of people killed on Utoya island to 68 "
     "from 86.", "68", "place", "Utoya"),
    # both ends of a change hung on the counted people's participle
    ("Norwegian police on Monday revised down the number of people killed on Utoya island to 68 "
     "from 86.", "86", "earlier", True),
    ("Norwegian police on Monday revised down the number of people killed on Utoya island to 68 "
     "from 86.", "68", "earlier", False),
    # a figure its own sentence says was then revised
    ("The Red Cross said the death toll had risen to 62, before revising it down to 59.", "62",
     "earlier", True),
    ("The death toll rose to 62 before it was revised down to 59.", "62", "earlier", True),
    ("The toll rose to 62 before rescuers left the site.", "62", "earlier", False),
    # the figure reached, said right before the one a change started from
    ("Police revised the number of people wounded in Sunday's shooting down to 489 from 527.",
     "489", "category", "injured"),
    ("Police revised the number of people wounded in Sunday's shooting down to 489 from 527.",
     "527", "earlier", True),
    ("Shares fell to 20 from 30.", "20", "category", "other"),
    # the second figure of a pair, each with its place
    ("The confirmed death toll from Cyclone Idai rose above 500 in Mozambique, Zimbabwe and "
     "Malawi on Thursday, with 242 deaths in Mozambique and 259 in Zimbabwe, officials said.",
     "259", "place", "Zimbabwe"),
    ("The confirmed death toll from Cyclone Idai rose above 500 in Mozambique, Zimbabwe and "
     "Malawi on Thursday, with 242 deaths in Mozambique and 259 in Zimbabwe, officials said.",
     "242", "place", "Mozambique"),
    ("BEIRA (Reuters) - Mozambique's death toll from Cyclone Idai rose to 447 on Monday.", "447",
     "place", "Mozambique"),
    # in custody; the number a bringing clause reaches counts what its clause added
    ("Eight people were now in custody over the attack.", "Eight", "category", "detained"),
    ("Police arrested three more men, bringing the number held to four.", "four", "category",
     "detained"),
    # a tally's own start
    ("The overall Palestinian death toll since Oct. 7 rose to 9,061, the Gaza health ministry "
     "said.", "9,061", "scope", "since 2024-10-07"),
    # the place that gave a count alone
    ("Hubei province alone reported 100 deaths.", "100", "part", True),
    ("Ryanair alone cancelled 400 flights.", "400", "part", True),
    ("Ryanair cancelled 400 flights.", "400", "part", False),
    # a span forecast
    ("Rescuers said it could take up to four months to get them out.", "up to four months",
     "mood", "possible"),
    ("The rescue took four months.", "four months", "mood", "actual"),
    # one fate or another
    ("At least 2,500 people were killed or injured in gang violence.", "At least 2,500",
     "either", "injured|killed"),
    ("Haiti gang violence killed or injured 2,500 in first quarter", "2,500", "either",
     "injured|killed"),
    ("The floods left 120 people dead or missing.", "120", "either", "killed|missing"),
    ("Five people were killed and 20 injured.", "20", "either", None),
    ("The war in Sudan has killed as many as 150,000 people, the U.S. special envoy said on "
     "Tuesday, far more than the 15,000 recorded by monitors.", "15,000", "attribution",
     "monitors"),
    # evacuated by air
    ("About 95,700 people have been flown out of Kabul since Aug. 14.", "About 95,700",
     "category", "displaced"),
    ("The U.S. airlifted 5,000 people from Kabul.", "5,000", "category", "displaced"),
    ("Up to 700 migrants were feared drowned after their boat capsized off Libya overnight, the "
     "UN refugee agency said on Sunday.", "Up to 700", "category", "killed"),
    # a figure said to be where the count stood before
    ("The total number of cases in Italy rose to 47,021 from a previous 41,035, an increase of "
     "14.6%.", "41,035", "earlier", True),
    ("The total number of cases in Italy rose to 47,021 from a previous 41,035, an increase of "
     "14.6%.", "47,021", "earlier", False),
    ("There were 2,655 people in intensive care against a previous 2,498.", "2,498", "earlier",
     True),
    ("Of those infected, 5,129 have been declared fully recovered, compared with 4,440 the day "
     "before.", "4,440", "earlier", True),
    ("Italy has recorded 5,129 recoveries, compared with 12,000 in Germany.", "12,000", "earlier",
     False),
    ("An initial 20 trucks entered Gaza on Saturday.", "20", "earlier", False),
    # the figure a change reached, after a span, is no span
    ("Italy's coronavirus deaths jump by 627 in a day to 4,032", "4,032", "category", "killed"),
    ("The court raised the sentence from five years to eight.", "eight", "unit", "years"),
    # captives who died are dead
    ("Gas used in Moscow siege; 67 hostages dead", "67", "category", "killed"),
    ("The number of hostages who died after Russian forces stormed a Moscow theatre rose to 118 "
     "on Sunday.", "118", "category", "killed"),
    ("Eight hostages are dead, officials said.", "Eight", "category", "killed"),
    ("The 20 hostages who were freed are safe.", "20", "category", "hostages"),
    # a headline's figure with no verb above it takes its own participle
    ("Typhoon Haiyan: 10,000 feared dead in one Philippine city", "10,000", "mood", "possible"),
    # a storm's title is no place
    ("Philippine President Benigno Aquino said on Tuesday the death toll from Typhoon Haiyan "
     "could be lower than the 10,000 feared, putting it at between 2,000 and 2,500.",
     "between 2,000 and 2,500", "place", None),
    # captives freed are counted as captives; those rescued from a trap are trapped no longer
    ("Militants freed 21 schoolgirls abducted from Chibok.", "21", "category", "hostages"),
    ("Divers rescued four of the 12 boys trapped in a cave.", "four", "category", "other"),
    ("About 197 girls remain in captivity.", "About 197", "category", "hostages"),
    # those who left their country are displaced
    ("The number of Venezuelans who have left their country has topped 4 million, the United "
     "Nations said on Friday.", "4 million", "category", "displaced"),
    # who says it, not the subject whose clause holds the figure
    ("A van plowed into crowds in the center of Barcelona on Thursday, killing 13 people and "
     "injuring about 100, police said.", "13", "attribution", "police"),
    # a headline's capitalised common noun, a tally's place: no one who did it
    ("Gunman kills 27 at Tunisian beach resort", "27", "agent", None),
    ("Tunisia beach attack toll rises to 38; most victims British", "38", "agent", None),
    ("LONDON (Reuters) - Thirty Britons were killed in the attack on a Tunisian beach hotel "
     "last week, British officials said on Wednesday.", "Thirty", "category", "killed"),
    # the place that speaks, named after its officials
    ("Officials in Mississippi said 161 people had died there.", "161", "place", "Mississippi"),
    # a place listed with others: the figure is of them all; a name the parse takes for an
    # adjective in a headline's compound
    ("Cyclone Idai has killed more than 150 people across Zimbabwe, Mozambique and Malawi, "
     "officials said on Saturday.", "more than 150", "place", "Zimbabwe and Mozambique and Malawi"),
    ("Zimbabwe cyclone death toll rises to 98, 217 missing", "98", "place", "Zimbabwe"),
    # a kind of people included in a count is part of it, counted as people or not
    ("Hong Kong police said on Monday they had arrested 2,363 people since June 9, including "
     "750 people under 18.", "750", "part", True),
    ("Hong Kong police said on Monday they had arrested 2,363 people since June 9, including "
     "750 people under 18.", "2,363", "part", False),
    # who a relative clause says gave a figure
    ("Human Rights Watch said on Friday that Islamic State fighters had executed between 160 "
     "and 190 men in Tikrit, far fewer than the 1,700 the group had claimed.", "1,700",
     "attribution", "group"),
    # more of a set is added to a toll; "N of its people" are its own toll, not a part
    ("Nagorno-Karabakh's defence ministry said on Monday that 21 more of its servicemen had "
     "been killed in fighting, bringing its military death toll to 244.", "21", "part", True),
    ("Azerbaijan said 42 of its civilians had been killed since fighting began.", "42", "part",
     False),
    ("Japan said seven of its nationals were among the 20 hostages killed.", "seven", "part",
     True),
    ("Militants killed 12 people, and police said three of the dead were children.", "three",
     "part", True),
    # a speaker's apposition holds the figure: still the speaker
    ("In California, the requirement to consult with government biologists is crucial, said Mark "
     "Rockwell, state representative of the Endangered Species Coalition, an alliance of 50 "
     "environmental groups in the state.", "50", "attribution", "Mark Rockwell"),
    # a toll a source owns is the source's; a place's toll is no source's
    ("At least 135 people died in the stampede, a local rights group said on Wednesday, more "
     "than double the government's toll of 56.", "56", "attribution", "government"),
    ("Gaza's death toll of 47,000 is rising, the ministry said.", "47,000", "attribution",
     "ministry"),
    # a bare figure the parse lists with the noun before it is the subject of the verb after it
    ("Malawi's disaster management department said on Wednesday that 511 people had died in "
     "the cyclone and 533 were still missing.", "533", "category", "missing"),
    ("Officials said 12 people died in the floods and 40 remain missing.", "40", "category",
     "missing"),
    ("Officials said 12 people died in the floods and 40 remain missing.", "12", "category",
     "killed"),
    # a place noun named by its country's adjective is in that country
    ("AFAD said 1,498 people had died in ten Turkish provinces.", "1,498", "place_within",
     "Turkey"),
    ("Rescuers said 12 people had died in the province.", "12", "place_within", None),
    # a set put first with its own participle is of those it names
    ("Of the 196 injured, 33 remain in hospital.", "196", "category", "injured"),
    ("Of the 59, 35 are believed dead.", "59", "category", "other"),
    # a compass word inside a building's name is no region
    ("The death toll from the collapse of the Champlain Towers South condominium rose to 18 on "
     "Thursday.", "18", "place", None),
    ("Floods in South Sudan have killed 40 people.", "40", "place", "South Sudan"),
    # bodies not yet identified are a part of the dead
    ("Nearly 101 bodies of victims of the train accident are yet to be identified, a senior "
     "railway official said on Tuesday.", "Nearly 101", "part", True),
    ("Some 40 bodies have not yet been identified.", "Some 40", "part", True),
    ("So far 40 bodies have been identified.", "40", "part", False),
    # a country's one-word name is a place however the model tags it; a storm read as a person
    # is no person
    ("Cyclone Freddy has killed at least 190 people in Malawi and at least 10 in Mozambique "
     "since it made a second landfall, officials said on Tuesday.", "at least 190", "place",
     "Malawi"),
    ("The number of people killed by Cyclone Freddy in Malawi has risen to 326, President "
     "Lazarus Chakwera said on Thursday.", "326", "place", "Malawi"),
    ("Malawi cyclone death toll rises to 326", "326", "place", "Malawi"),
    ("The Malawi Red Cross said 40 volunteers were deployed.", "40", "place", None),
    # the people on board who died are a toll, not a load
    ("All 72 people on board the flight that crashed on Sunday had died.", "72", "predicate",
     "die"),
    ("The plane had 72 people on board.", "72", "predicate", "carry"),
    # a semicolon ends the clause a headline's place is struck in
    ("Israel says 1,300 killed; Gaza toll passes 1,400", "1,300", "place", None),
    ("Israel says 1,300 killed; Gaza toll passes 1,400", "1,400", "place", "Gaza"),
    # a range said after a saying is of the clause after it, its complement included
    ("The army said between 100 and 150 people were being held hostage in Gaza.",
     "between 100 and 150", "category", "hostages"),
    # figures listed after a figure with a place of its own, each with its own place
    ("The death toll from Spain's worst floods in decades rose to 158 on Thursday, with 155 of "
     "the dead in the Valencia region, two in Castilla-La Mancha and one in Andalusia, officials"
     " said.", "two", "place", "Castilla-La Mancha"),
    ("South Carolina reported 25 deaths and Georgia 17.", "17", "place", "Georgia"),
    ("South Carolina reported 25 deaths and Georgia 17.", "25", "place", "South Carolina"),
    # where the doer of a deed was is where it was done; not where the speaker was
    ("A car bomb in Mogadishu killed 20 people on Saturday.", "20", "place", "Mogadishu"),
    ("A fire in a Baghdad hospital killed 82 people.", "82", "place", "Baghdad"),
    ("A man in Texas said 12 people had died.", "12", "place", None),
    # who records a count gives it
    ("The UN human rights office has recorded 136 civilian deaths, including 13 children.",
     "136", "attribution", "UN human rights office"),
    # who registers a figure gives it; not who registers themselves
    ("Beginning April 29th, business customers can register at this link.", "April 29th",
     "attribution", None),
    # an estimate set against the figure before counts what it counts (not a date's number)
    ("An investigation found that close to 600 people died in the March 16 strike, twice the "
     "estimate of 300 given by city officials.", "300", "category", "killed"),
    # held hostage where they work, by those in prison: hostages
    ("More than 130 prison guards and other staff were still being held hostage by inmates in "
     "several prisons.", "More than 130", "category", "hostages"),
    ("About 40 people are being held in prison.", "About 40", "category", "prisoners"),
    # a figure before a demonym counts the noun listed after the next one
    ("Eleven Italian and 19 Hungarian soldiers were hurt.", "Eleven", "counted", "soldier"),
    # an execution is a killing
    ("Rights groups on Monday condemned Saturday's execution of 81 men in Saudi Arabia.", "81",
     "category", "killed"),
    ("Wladimir Klitschko stops Tony Thompson in 6 with efficient execution", "6", "category",
     "other"),
    # among those a harm befell: that harm; not among those who did something
    ("Seven Yemenis were among those killed.", "Seven", "category", "killed"),
    ("Five women were among those who attended.", "Five", "category", "other"),
    # the estimate of a toll is the toll
    ("The UN lowered its death toll estimate to 770.", "770", "category", "killed"),
    # a headline's label before a colon is no source
    ("Ecuador gang violence: 10 killed, 329 arrested as state of emergency declared", "329",
     "attribution", None),
    # nor is it who did it, nor whom the figure is about; a colon hung on it says the same
    ("Haiti: gangs kill at least 15 in Gressier", "at least 15", "agent", None),
    ("Haiti: gangs kill at least 15 in Gressier", "at least 15", "about", None),
    ("Hurricane Maria: Puerto Rico reports six deaths", "six", "attribution", "Puerto Rico"),
    # people the parse makes a second subject of the saying are the deed's object
    ("Gang members killed at least 15 people in the coastal town of Gressier, west of "
     "Port-au-Prince, a local official said on Sunday.", "at least 15", "category", "killed"),
    ("Gang members killed at least 15 people in the coastal town of Gressier, west of "
     "Port-au-Prince, a local official said on Sunday.", "at least 15", "predicate", "kill"),
    # a headline's figure with its own state is not what the next one's verb says
    ("Greek migrant boat disaster: 78 dead, hundreds feared missing", "78", "mood", "actual"),
    ("Greek migrant boat disaster: 78 dead, hundreds feared missing", "hundreds", "mood",
     "possible"),
    ("Las Vegas shooting: at least 50 dead, more than 200 injured", "at least 50", "predicate",
     "dead"),
    # a day said after the second of two deeds is the first's too
    ("A Russian missile strike on the building killed 10 people and injured 35 on Tuesday.",
     "10", "scope", "2025-02-04"),
    # detainees freed are counted as prisoners are; not those still held
    ("A total of 887 detainees were released and transported by the ICRC between Friday and "
     "Sunday, the organisation said.", "887", "category", "prisoners"),
    ("ICRC: 887 detainees released in Yemen", "887", "category", "prisoners"),
    ("Police said 40 detainees remain in custody.", "40", "category", "detained"),
    # a people counted by name is people
    ("123,000 Rohingya have fled to Bangladesh, UN says", "123,000", "category", "displaced"),
    # a copula of a state under a saying is the figure's verb (those in the state)
    ("Fifty people were in critical condition, the interior minister said.", "Fifty",
     "predicate", "be"),
    ("Twenty-three people remained in critical care.", "Twenty-three", "category", "injured"),
    # "there" is the place of whoever puts the figure
    ("The Gaza health ministry put the toll there at 1,100, with 5,339 wounded.", "1,100",
     "place", "Gaza"),
    # a country's longer name the model tags as a person is a place; a gapped tally's owner
    # is its place
    ("Sri Lanka's toll rose to 22,493, and Thailand's to 4,500.", "22,493", "place",
     "Sri Lanka"),
    ("Sri Lanka's toll rose to 22,493, and Thailand's to 4,500.", "4,500", "place", "Thailand"),
    # former captives are held no more
    ("Some 646 former hostages remained in hospital.", "Some 646", "category", "other"),
    ("Some 646 hostages remained in captivity.", "Some 646", "category", "hostages"),
    # hostage-takers killed are attackers killed
    ("Sixty-seven hostages were killed, officials said, and 50 of the hostage-takers died.",
     "50", "category", "killed"),
    ("The number of hostages who died in the theatre siege rose to 118 on Sunday.", "118",
     "counted", "hostage"),
    # a headline's tally of the missing, "missing" read as a verb
    ("Maui lowers number of missing to 388", "388", "category", "missing"),
    # a tally put at a figure before, in the passive
    ("The toll had earlier been put at 174.", "174", "earlier", True),
    ("The death toll was put at 41 by police.", "41", "earlier", False),
    # the subject of "managed to" does the deed of its complement
    ("Forty-three girls had managed to escape, the state governor said.", "Forty-three",
     "predicate", "escape"),
    ("The rebels continued to hold 40 hostages.", "40", "predicate", "hold"),
    # a place's name without the sentence's full stop the tokenizer kept on it ("Mar." as
    # March)
    ("Police arrested a firefighter on suspicion of starting the fires that killed 133 people "
     "around Vina del Mar.", "133", "place", "Vina del Mar"),
    # the others listed after someone are part of a toll
    ("Prigozhin was buried a week after he and nine others died in a plane crash.", "nine",
     "part", True),
    ("The blast killed 12 people and injured 30 others.", "30", "part", False),
    # ... and so are those who shared someone's fate, but not a count of its own state
    ("Iran mourned President Ebrahim Raisi, who died with seven others when his helicopter "
     "crashed on Sunday.", "seven", "part", True),
    ("Raisi was killed along with seven others.", "seven", "part", True),
    ("Thousands attended the burial of Raisi, who was killed with seven others in a helicopter "
     "crash on May 19.", "seven", "part", True),
    ("Malawi's Vice President Saulos Chilima and nine other people were killed when their "
     "military plane crashed.", "nine", "part", True),
    ("This led to the arrest of Jeffs as well as 11 other men of the sect.", "11", "part", False),
    ("The bomb killed two soldiers, with 30 others wounded.", "30", "part", False),
    # the people whose lives a deed claimed are its dead; claiming lives is no saying
    ("The war has claimed the lives of 34,151 Palestinians, the Gaza health ministry said on "
     "Monday.", "34,151", "category", "killed"),
    ("The war has claimed the lives of 34,151 Palestinians, the Gaza health ministry said on "
     "Monday.", "34,151", "attribution", "Gaza health ministry"),
    ("The floods have claimed more than 660 lives, officials said.", "more than 660",
     "attribution", "officials"),
    # the speaker set off after a phrase's object the parse made the subject of saying
    ("More than 1,000 people have been killed in four days of clashes between security forces "
     "and fighters loyal to ousted president Bashar al-Assad, the Syrian Observatory for Human "
     "Rights said on Monday.", "More than 1,000", "attribution",
     "Syrian Observatory for Human Rights"),
    ("The group claimed 40 attacks.", "40", "attribution", "group"),
    # the figure a tally is put at, wherever the parse hangs its "at" (not an age)
    ("Pakistan said 40 civilians were killed, while India put its own civilian toll from "
     "Pakistani shelling at 16.", "16", "category", "killed"),
    # a headline's "-maker" is a common noun for a company, whatever the tagger says
    ("Chipmaker to buy rival for $4.2 billion", "$4.2 billion", "agent", None),
    ("Nvidia to buy rival for $4.2 billion", "$4.2 billion", "agent", "nvidia"),
    # a parse may hang the deed on the held as a participle: it acts when it has an object
    ("Gaza raid that freed 4 hostages killed 274, ministry says", "4", "category", "hostages"),
    # near a country is outside it; near a town is as good as in it
    ("Niger's army said 15 soldiers were killed in Tuesday's ambush near Burkina Faso.", "15",
     "place", None),
    ("Fifteen soldiers were killed in an ambush near Kabul.", "Fifteen", "place", "Kabul"),
    # a capital is its city, named beside it or by its country
    ("In the provincial capital Banda Aceh, the quake killed 12 people.", "12", "place",
     "Banda Aceh"),
    ("Violent clashes broke out in the capital, Athens, killing two people.", "two", "place",
     "Athens"),
    ("Youths hurled petrol bombs at two stores in the Greek capital.", "two", "place", "Athens"),
    ("Gunmen killed 18 guests at a hotel in Burkina Faso's capital on Monday.", "18", "place",
     "Ouagadougou"),
    ("Gunmen killed 18 guests at a hotel in the Haitian capital.", "18", "place",
     "Port-au-Prince"),
    ("Gunmen killed 18 guests at a hotel in the capital.", "18", "place", "capital"),
    # a dateline the parse hangs on the subject is no place of the disaster's
    ("LOS ANGELES, Jan 8 (Reuters) - Wind-driven wildfires around Los Angeles have killed at "
     "least five people and destroyed more than 1,000 structures, officials said.",
     "more than 1,000", "place", "Los Angeles"),
    # people a participle says were taken hostage are hostages
    # ... and so are those freed out of them, and those left
    ("Of the 240 people taken hostage, 105 were freed.", "105", "category", "hostages"),
    # (a day's number before a figure is no version: "Oct. 7, 97", as "Windows 7, 8" is)
    ("Of the 251 people taken hostage on Oct. 7, 97 remain in Gaza.", "97", "category",
     "hostages"),
    # (the tagger may call the participle a past tense)
    ("Of the 251 people taken hostage on Oct. 7, 97 remain in Gaza.", "251", "category",
     "hostages"),
    ("Of the roughly 240 people taken hostage on October 7, 137 are still held, Israel says.",
     "roughly 240", "category", "hostages"),
    # the figure a count rose from counts its people
    ("The monitor said that 1,383 civilians had been killed since Thursday, up from 1,068 on "
     "Monday.", "1,068", "counted", "civilian"),
    ("The toll rose to 45, up from 34 on Wednesday.", "34", "counted", "people"),
    # a share of a set put first does what its own verb says, not what befell the set; and
    # its own clause may say its people are dead
    ("Of the 251 people seized in the October 7, 2023 attack, 76 remain in Gaza, including 35 "
     "the Israeli military says are dead.", "76", "predicate", "remain"),
    ("Of the 251 people seized in the October 7, 2023 attack, 76 remain in Gaza, including 35 "
     "the Israeli military says are dead.", "35", "category", "killed"),
    ("Out of 23 arrested pirates, 12 are reportedly from Somalia.", "12", "predicate", "arrest"),
    ("Of the prisoners released on Tuesday, 280 had been serving life sentences.", "280",
     "predicate", "release"),
    # the remains of victims are bodies, as of people
    ("Recovery crews have pulled the remains of 55 victims from the Potomac.", "55", "counted",
     "body"),
    # ... the figure of its own verb, not the nearest of another clause
    ("Texas reported 146 measles cases on Tuesday, up from 124 last week, with 20 patients "
     "hospitalized.", "124", "counted", "case"),
    # a bare figure that crossed into a country by name fled there
    ("Thousands have fled, and some 10,000 have crossed into Lebanon, the UN said.",
     "some 10,000", "category", "displaced"),
    # "a further" count of another kind than the sentence before's is all of its kind; "more"
    # adds to what was counted before, whatever the sentence before counted
    ("Strikes killed 37 people. A further 76,901 people have been wounded.", "76,901", "added",
     False),
    ("Strikes killed 37 people. A further 12 bodies were found.", "12", "added", True),
    ("Twenty-three people remained in critical care. Police arrested three more men.", "three",
     "added", True),
    # a count reported earlier, which the article's own replaces
    ("Officials corrected the toll to 151 on Sunday, after earlier reporting 153 deaths.", "153",
     "earlier", True),
    ("Officials reported 153 deaths on Sunday.", "153", "earlier", False),
    # a share as a percentage, its bounds without float noise
    ("About a quarter of the city was destroyed, an official said.", "About a quarter", "high",
     27.5),
    # what a craft has, or sails with, is its load
    ("The 984-foot ship had a crew of 21, the shipping company said.", "21", "predicate",
     "carry"),
    ("Ferry capsizes with 120 aboard", "120", "predicate", "carry"),
    ("The airline had 3,000 workers on strike.", "3,000", "predicate", "have"),
    # what was stolen is what a sum it was worth is of
    ("Police said on Tuesday that the gems stolen in Sunday's raid in Mayfair were worth about"
     " 9 million pounds.", "about 9 million pounds", "predicate", "steal"),
    # a day's estimate is an earlier figure, and no source
    ("Final figures showed the film took in $162 million, above Sunday's estimate of $155 "
     "million.", "$155 million", "earlier", True),
    ("The film took in $162 million, above Sunday's estimate of $155 million.", "$155 million",
     "attribution", None),
    ("The breach affected 73 million customers, not 50 million as it first reported.",
     "50 million", "earlier", True),
    ("The breach affected 73 million customers, the company said.", "73 million", "earlier",
     False),
    ("The toll rose to 52, up from the government's estimate of 40.", "40", "attribution",
     "government"),
    # a body named before an estimate is its source
    ("Organisers said some 400,000 people joined the march, against a police estimate of "
     "48,000.", "48,000", "attribution", "police"),
    # a level named before a percentage is what it is of
    ("Two-thirds of voters backed the reform, on a turnout of about 52%.", "about 52%",
     "counted", "turnout"),
    ("Final results showed 66.4 percent voted yes, with turnout at 51.8 percent.",
     "51.8 percent", "counted", "turnout"),
    # "none of" a set is a zero of the clause's deed
    ("None of the 40 people on board was hurt.", "None", "value", 0),
    ("None of the 40 people on board was hurt.", "None", "category", "injured"),
    ("None of the 40 people on board was hurt.", "40", "category", "other"),
    ("None of the 171 passengers and six crew were seriously injured.", "171", "category",
     "other"),
    ("None of the 171 passengers and six crew were seriously injured.", "six", "category",
     "other"),
    # a bare figure "including" counts the things of the set before it, whatever the verb
    ("A jury convicted the suspect on all 30 counts he faced, including 17 that carry the death "
     "penalty.", "17", "category", "other"),
    ("A jury convicted the suspect on all 30 counts he faced, including 17 that carry the death "
     "penalty.", "17", "counted", "count"),
    ("At least 24 people have died in the floods, including nine in Poland.", "nine",
     "category", "killed"),
    # a deed named by a noun: what its "of" counts befell it
    ("A ransomware attack has forced the postponement of more than 1,100 surgeries and 2,000 "
     "outpatient appointments, officials said.", "2,000", "predicate", "postpone"),
    ("By Tuesday morning, cancellations had climbed to more than 3,100 flights since Monday.",
     "more than 3,100", "predicate", "cancel"),
    # a vote in words
    ("The Senate passed the defense bill by a vote of 86 to 14 on Thursday.", "86 to 14",
     "against", 14),
    ("The $886 billion bill, which cleared the Senate 86-14, includes a pay raise.", "86-14",
     "unit", "votes"),
    # a yardage after a passer's ratio is a count
    ("Quinn was just 10 of 22 for 162 yards with two interceptions.", "162", "counted", "yard"),
    # a figure "out of" a set is part of it, as "of" says; the set is no deed's
    ("Gunmen killed nine out of 12 passengers on the bus.", "12", "category", "other"),
    ("Gunmen killed nine out of 12 passengers on the bus.", "nine", "counted", "passenger"),
    ("\"We've lost three out of four lines,\" the operator said.", "three", "counted", "line"),
    # a tally's participle the parse took for its verb still says what the tally counts
    ("The number of birds culled in Hungary because of avian influenza has risen to 3.1 "
     "million, officials said.", "3.1 million", "counted", "bird"),
    ("The number of birds culled in Hungary because of avian influenza has risen to 3.1 "
     "million, officials said.", "3.1 million", "predicate", "cull"),
    ("The number of operations postponed because of the attack has risen to 1,500.", "1,500",
     "counted", "operation"),
    # a dateline is no subject beside the clause's own
    ("LONDON (AP) - Confirmed measles cases in the West Midlands outbreak reached 44 on "
     "Tuesday, up from 35 a week earlier, the health security agency said.", "44", "counted",
     "case"),
    # a figure the parse joined to the object before it is the next verb's subject
    ("In Somalia alone, 7 million people need food aid and more than 1 million have been "
     "displaced, the UN said.", "7 million", "category", "other"),
    ("In Somalia alone, 7 million people need food aid and more than 1 million have been "
     "displaced, the UN said.", "more than 1 million", "category", "displaced"),
    # a rate's range said with "between", whatever moved it there
    ("The Federal Reserve raised its key rate to between 4.75 percent and 5 percent.",
     "between 4.75 percent and 5 percent", "high", 5),
    # a fraction of a percentage point is a move in points
    ("The Fed raised interest rates by a quarter of a percentage point on Wednesday.",
     "a quarter of a percentage point", "unit", "percentage points"),
    ("The Fed raised interest rates by a quarter of a percentage point on Wednesday.",
     "a quarter of a percentage point", "counted", None),
    ("The storm surge reached two-tenths of a mile inland.", "two-tenths of a mile", "counted",
     None),
    # a fire's containment is what its percentage is of
    ("A wildfire in Southern California had burned 14,000 acres by Tuesday morning and was 10% "
     "contained, fire officials said.", "10%", "counted", "containment"),
    ("Crews had the fire 45% contained by Thursday, Cal Fire said.", "45%", "counted",
     "containment"),
    # the dead among people named by no harm are all the dead, no part of a toll
    ("About 120 guests at a wedding near Lahore were taken to hospital with food poisoning on "
     "Wednesday, and two of them died, police said.", "two", "part", False),
    ("Forty people were hurt in the blast, and two of them died later.", "two", "part", True),
    # a deed done to people outright outweighs the clause that says what befell them before
    ("Kidnappers have released 137 pupils who were abducted from a school in Kaduna state, "
     "the governor said.", "137", "predicate", "release"),
    ("Kidnappers have released 137 pupils who were abducted from a school in Kaduna state, "
     "the governor said.", "137", "category", "hostages"),
    # where a count stood at its peak is a figure of before
    ("At the peak, almost 170,000 customers had lost power.", "almost 170,000", "earlier", True),
    # a deed named by a noun: the cull
    ("Hungary bird flu cull reaches 3.1 million", "3.1 million", "predicate", "cull"),
    # what a verb did to part of a set of the dead: that part, its own deed
    ("Forensic teams have identified 40 of the 131 people killed in the fires, the Legal "
     "Medical Service said.", "40", "predicate", "identify"),
    ("Forensic teams have identified 40 of the 131 people killed in the fires, the Legal "
     "Medical Service said.", "40", "part", True),
    # a set put first "out of" is what the figure is part of, as "of the" puts it
    ("Out of the 74 people injured, 31 are still in hospital.", "31", "part", True),
    # people a dated set includes share its day
    ("Hamas released 17 hostages on Saturday, including 13 Israelis and four Thais, after a "
     "delay of several hours.", "13", "scope", "on 2025-02-01"),
    ("Hamas released 17 hostages on Saturday, including 13 Israelis and four Thais, after a "
     "delay of several hours.", "13", "share", True),
    # "N more" before a nationality and a noun is an addition
    ("Israel freed 39 more Palestinian prisoners.", "39", "added", True),
    # "among the dead", "the dead included": a part of the toll
    ("Seven children were among the dead.", "Seven", "part", True),
    ("A family of three was among those killed.", "three", "part", True),
    ("Among the dead was a family of four.", "four", "part", True),
    ("Among the dead were seven children.", "seven", "part", True),
    ("The dead included seven children.", "seven", "part", True),
    # a figure's own magnitude word is no kind of what it counts
    ("Nearly 2.5 lakh people had gathered at the site.", "Nearly 2.5 lakh", "counted_kind", []),
    # a capitalised plural for people is no name, whoever does what
    ("ST. PETERSBURG, Fla. (AP) - Crews worked to restore power to about 2.5 million "
     "customers still in the dark after Hurricane Milton, officials said.", "about 2.5 million",
     "agent", None),
    # a rate's noun tagged a name is what the rate is of, and no one's
    ("Turnout was about 60%, the lowest since 2001.", "about 60%", "counted", "turnout"),
    ("Turnout was about 60%, the lowest since 2001.", "about 60%", "agent", None),
    # a majority "of" so many counts the majority
    ("Labour won 411 seats, giving Starmer a majority of 174.", "174", "counted", "majority"),
    # a figure whose verb is left out counts what the clause before it counts
    ("The Conservatives won 121 seats and the Liberal Democrats 72.", "72", "counted", "seat"),
    # people a set "of those" holds are counted by what they are
    ("Of those killed, 14 were children and six were women.", "14", "counted", "child"),
    ("Israel says 137 hostages remain in Gaza after 105 were released during the truce. "
     "Seventeen of those still held are women and children, officials said.", "Seventeen",
     "category", "hostages"),
    # people joined to people bare after "and" are counted with them: not the passengers alone
    ("All 379 passengers and crew on the Airbus A350 escaped before it burned.", "379",
     "counted_with", "crew"),
    # a preposition's object the parse made the subject of the verb after it is no source
    ("BOSTON (Reuters) - Rescuers searching for a submersible that vanished on a dive to the "
     "wreck of the Titanic with five people aboard said on Tuesday it had about 40 hours of "
     "breathable air left.", "about 40 hours", "attribution", None),
    # "the four others" are those beside a set counted before, not that set (people, as the
    # missing rescuers search for are counted)
    ("The plane carried 15 foreigners, including five Indians and 4 Russians. Rescuers were "
     "searching for the four others.", "four", "counted", "people"),
    # a state that undoes a verb keeps its word as the predicate
    ("Dozens unaccounted for after Florida condo collapse", "Dozens", "predicate",
     "unaccounted"),
    # the day of what a killing participle follows is the killing's
    ("Walkie-talkies exploded across Lebanon on Monday, killing at least 20 people, the "
     "health ministry said.", "at least 20", "scope", "2025-02-03"),
    # so is the day of the event named in the deed's own phrase
    ("The United Nations said about 770 people had been killed in Monday's earthquake.",
     "about 770", "scope", "2025-02-03"),
    # an estimate of a toll is a tally its reviser gives
    ("Afghan quake: UN lowers death toll estimate to 770", "770", "attribution", "UN"),
    # a plural a number counts is a noun, however the tagger read it
    ("Haiti extended its state of emergency after gangs freed more than 4,000 inmates from two "
     "prisons.", "more than 4,000", "predicate", "free"),
    # a set put first is the set of the clause joined after it too
    ("Of the dead, 112 were women and seven were children.", "seven", "category", "killed"),
    ("Of those killed, 14 were children and six were women.", "six", "category", "killed"),
    # an age bounding people the parse hangs elsewhere is an age
    ("The shooting killed a local DJ and wounded more than 20 others, half of them under 16.",
     "under 16", "counted", "age"),
    # the hurt who died are dead
    ("The death toll rose to 16 after four of the wounded died in hospital, officials said.",
     "four", "category", "killed"),
    # an ordinal is no figure "them" may point back to
    ("North Korean troops have clashed with Ukrainian forces for the first time, the minister "
     "said on Tuesday, with about 11,000 of them now in the Kursk region.", "about 11,000",
     "counted", None),
    # passes caught are catches
    ("He had 793 yards on 147 carries and caught 39 passes for 302 yards.", "39", "counted",
     "catch"),
    # a rate moved "by a quarter point" moved by percentage points
    ("The Federal Reserve cut rates by a quarter point on Thursday.", "a quarter point", "unit",
     "percentage points"),
    # a number the tagger reads as an adjective is still a figure a share is of (a guard)
    ("Eleven people, including all four gunmen, have been detained, the Federal Security "
     "Service said.", "four", "share", True),
    # a headline's list of figures: the first is the verb's, not the number of the second
    ("Fire in Valencia apartment block kills at least 4, 19 missing", "at least 4", "category",
     "killed"),
    # a headline's verb the tagger read as a plural noun is the verb
    ("Crowd crush at stadium kills 7", "7", "category", "killed"),
    ("Crowd crush at stadium kills 7", "7", "predicate", "kill"),
    ("Israeli strike on school kills at least 30", "at least 30", "category", "killed"),
    # a country's adjective tagged as a place is the country
    ("Crowd crush at Kenyan stadium kills 7", "7", "place", "Kenya"),
    # people an avalanche or rubble buries may yet be dug out: trapped, not dead
    ("An avalanche struck an off-piste area near the resort on Wednesday, burying at least six "
     "skiers, police said.", "at least six", "category", "missing"),
    ("Dozens of people were buried under the rubble.", "Dozens", "category", "missing"),
    ("Families buried 40 victims on Friday.", "40", "category", "killed"),
    ("More than 670 people are believed to have been buried by a massive landslide.",
     "More than 670", "category", "killed"),
    # a fire's area that grew to a figure is the latest of a series
    ("The blaze grew to more than 150,000 hectares, officials said.",
     "more than 150,000 hectares", "rising", True),
    # what a part of the dead is said to be counts it
    ("Twenty-eight of the dead in Kerr County were children.", "Twenty-eight", "counted",
     "child"),
    # a part the parse hangs on the saying is part of the figure before it
    ("The death toll from flooding in central Texas rose to 104 on Monday, officials said, "
     "including 84 in Kerr County.", "84", "category", "killed"),
    # a figure revised "up to" stands there, it is no upper bound
    ("The department revised December's job gains up to 307,000 from 256,000.", "307,000",
     "hedge", "exact"),
    ("The storm could dump up to 10 inches of rain.", "up to 10 inches", "hedge", "at_most"),
    # what is "due to be" done is planned
    ("Over the six-week first phase, 33 Israeli hostages are due to be released.", "33",
     "predicate", "release"),
    ("Over the six-week first phase, 33 Israeli hostages are due to be released.", "33",
     "mood", "planned"),
    # years that name what was made are no period of the figure
    ("Ford's recall of about 1.87 million Explorers from model years 2011-2019 is one of its "
     "largest this year.", "about 1.87 million", "scope", None),
    # a start's date the parse hangs on the verb is still the start's
    ("Zelenskiy said that 43,000 Ukrainian soldiers had been killed since Russia's invasion in "
     "February 2022.", "43,000", "scope", "since 2022-02"),
    ("The quake killed 12 people in February 2022.", "12", "scope", "2022-02"),
    # a warning's "would" looks ahead; reported speech's "would" takes the nearest day
    ("Forecasters warned on Monday that the storm would bring heavy rain from Saturday.",
     "Saturday", "value", "2025-02-08"),
    ("He said he would meet the minister on Saturday.", "Saturday", "value", "2025-02-01"),
    # a clause before a semicolon is its own, not the day of the handover after it
    ("The remains of 28 deceased hostages are still in Gaza; Hamas handed over four coffins on "
     "Monday.", "28", "scope", None),
    # a tally's participle the parse read as its verb, the tally's own verb hung elsewhere
    ("Turkey held a day of national mourning on Wednesday for the 78 people killed in a fire at "
     "a ski resort hotel, as the number of people detained rose to 11.", "11", "category",
     "detained"),
    ("Turkey mourned on Wednesday, as the number of people detained rose to 11.", "11",
     "category", "detained"),
    # deeds counted by a noun count the things they were done to
    ("Home losses climbed to 86 on Saturday.", "86", "counted", "home"),
    ("Home losses climbed to 86 on Saturday.", "86", "predicate", "lose"),
    ("Flight cancellations rose to 3,100 on Sunday.", "3,100", "counted", "flight"),
    ("Economic losses were estimated at 2.3 billion yuan.", "2.3 billion yuan", "predicate",
     "lose"),
    # a tally the parse makes the subject of its own deed
    ("Monday's swap brought to 5,957 the number of Ukrainians returned home since February "
     "2022.", "5,957", "counted", "ukrainian"),
    ("Monday's swap brought to 5,957 the number of Ukrainians returned home since February "
     "2022.", "5,957", "predicate", "return"),
    # a side's arms named by its adjective are that side's doing
    ("Pakistan said 31 civilians had been killed by Indian missile strikes on nine sites.", "31",
     "agent", "india"),
    ("India said 12 of its civilians were killed by Pakistani shelling in Kashmir.", "12", "agent",
     "pakistan"),
    # an estimate revised gives the figure as it stood before
    ("Eurozone inflation was 2.1% in August, Eurostat said, revising down its flash estimate of "
     "2.2%.", "2.2%", "earlier", True),
    ("Eurozone inflation was 2.1% in August, Eurostat said, revising down its flash estimate of "
     "2.2%.", "2.1%", "earlier", False),
    # places a count is "across", named by whose they are: many places, not that country
    ("Hurricane Helene has killed at least 64 people across five southeastern U.S. states.",
     "at least 64", "place", "states"),
    # a dateline of two places is no subject
    ("GAZA/JERUSALEM, May 2 - Hamas handed over four Israeli hostages to the Red Cross.", "four",
     "agent", "hamas"),
    # a phase of a war counted from the day it began again
    ("The ministry said 1,163 people had been killed since Israel resumed its offensive on "
     "March 18.", "1,163", "scope", "since 2024-03-18"),
    ("More than 500 people have died since the war began on October 7.", "More than 500",
     "scope", None),
    ("Five firefighters have been injured since the fire broke out on Sunday.", "Five", "scope",
     None),
    # a hyphen far into a sentence in capitals is no dateline's dash
    ("OPAL SAYS THE ARRESTS ARE THE PRODUCT OF A SEVEN-MONTH CHARGE ASSESSMENT REVIEW.",
     "SEVEN-MONTH", "attribution", "OPAL"),
    # the day of an event of one blow is its toll's, past a dateline the parse takes for the
    # subject too; not a day of clashes
    ("An explosion killed nine people on Friday.", "nine", "on_the_events_day", True),
    ("THIRUVANANTHAPURAM, July 30 (Reuters) - Landslides triggered by torrential rain killed at "
     "least 93 people in Kerala on Tuesday, officials said.", "at least 93", "on_the_events_day",
     True),
    ("Clashes killed 20 people on Thursday.", "20", "on_the_events_day", False),
    # a stage said of the subject: the figure's period
    ("U.S. economic growth in the first quarter was revised down to a 1.3% annual rate from "
     "1.6%.", "1.3%", "scope", "first quarter"),
    # a place's name the model tags short, the rest hung on it by the parse
    ("Fico was flown to a hospital in Banska Bystrica, where he underwent a five-hour "
     "operation.", "five-hour", "place", "Banska Bystrica"),
    # one more dead, found: not the toll
    ("Rescuers found the body of a third climber on Wednesday.", "a third", "added", True),
    # a figure of the event a record is counted from
    ("It was Egypt's deadliest rail accident since 2021, when 32 people were killed in a crash "
     "in the same province.", "32", "compared_event", True),
    ("In 2021, 32 people were killed in a crash in the same province.", "32", "compared_event",
     False),
    # a country's name the parse takes for an adjective before the toll
    ("Nepal protest death toll rises to 51; prime minister resigns", "51", "place", "Nepal"),
    # a majority, however its figure is hung
    ("Reform cuts Labour majority in Caerphilly to 4,102 after recount.", "4,102", "counted",
     "majority"),
    ("A recount trimmed its majority to 4,102 votes.", "4,102", "counted", "majority"),
    ("Labour held the seat with a majority of 4,112 votes over Reform UK.", "4,112", "counted",
     "majority"),
    ("The company cut its staff to 1,200.", "1,200", "counted", "staff"),
    ("Officials raised the death toll to 45.", "45", "category", "killed"),
    # the rise since a day, no total
    ("Texas reported 159 measles cases on Friday, 13 more than on Monday.", "13", "added", True),
    ("Texas reported 159 measles cases on Friday, 13 more than on Monday.", "159", "added",
     False),
    ("It killed 15 more than the 10 of 2020.", "15", "added", False),
    # the change and the total it came to
    ("Unemployment rose by 46,000 to 3.025 million in unadjusted terms.", "46,000", "added", True),
    ("Unemployment rose by 46,000 to 3.025 million in unadjusted terms.", "3.025 million",
     "added", False),
    # a figure first listed, which the sentence's other figure replaces
    ("Rescuers had reached all but 17 of the 124 people initially listed as missing.", "124",
     "earlier", True),
    # an "as" right after the figure opens another clause
    ("Flores eruption toll revised to 10 as more evacuate", "10", "category", "killed"),
    ("Flores eruption toll revised to 10 as more evacuate", "10", "counted", "people"),
    ("The quake killed 10 as buildings collapsed.", "10", "category", "killed"),
    # a place the model tags a people
    ("In Punjab, the worst-hit province, 123 people have died.", "123", "place", "Punjab"),
    ("Support among Democrats fell to 40%.", "40%", "place", None),
    ("Twelve miners remain trapped.", "Twelve", "category", "missing"),
    # those who held the hostages, listed after them
    ("Six hostages and four gunmen were killed.", "four", "category", "killed"),
    ("Six hostages and four gunmen were killed.", "Six", "category", "killed"),
    ("He paid 500 Danish kroner.", "500 Danish kroner", "unit", "DKK"),
    ("Kakao Pay to contest 15.1 bln won fine", "15.1 bln won", "unit", "KRW"),
    # a saying the parse joins to the clause as a conjunct, set off by a comma
    ("Fourteen Jordanian pilgrims died of heatstroke during the Hajj in Saudi Arabia, Jordan's "
     "foreign ministry said on Sunday, adding that 17 others were missing.", "Fourteen",
     "attribution", "Jordan's foreign ministry"),
    ("The fire had scorched 10,600 acres, and the sheriff said five people had died.",
     "10,600 acres", "attribution", None),
    ("It cost 10 million Australian dollars.", "10 million Australian dollars", "unit", "AUD"),
    # what is left where they are held, past a semicolon of a headline
    ("Hamas hands over remains of four hostages; 24 still in Gaza", "24", "predicate", "remain"),
    # a wire's dateline gives no handover its day
    ("TEL AVIV, Oct 13 (Reuters) - Hamas freed the last 20 living hostages held in Gaza on "
     "Monday.", "20", "scope", None),
    ("Hamas freed three hostages on Saturday.", "three", "scope", "on 2025-02-01"),
    # a place's civil office counts the place's own (not its army: where it fights)
    ("Bihar's health department reported 41 deaths.", "41", "place", "Bihar"),
    ("Israel's army reported five soldiers killed.", "five", "place", None),
    # a disaster, or what the weather does to the body, kills as no named agent does
    ("Heatwave kills 54 in two Indian states", "54", "agent", None),
    ("Heatstroke has killed at least 54 people in Bihar.", "at least 54", "agent", None),
    ("India heatwave deaths near 100", "near 100", "agent", None),
    ("Manning completed 17 passes.", "17", "agent", "manning"),
    # the set a share is of keeps its own participle
    ("Gunmen free 7 of 15 bus passengers abducted in Nigeria", "15", "predicate", "abduct"),
    ("Gunmen free 7 of 15 bus passengers abducted in Nigeria", "7", "predicate", "free"),
    ("Kidnappers freed the Haitian driver of two U.S. missionaries abducted on Sunday, police "
     "said on Tuesday.", "two", "predicate", "abduct"),
    ("Three of the four Israeli soldiers killed by friendly fire died when a tank fired on a "
     "building.", "Three", "predicate", "die"),
    ("Kidnappers have released 137 pupils kidnapped from a school.", "137", "predicate",
     "release"),
    # the set a counted noun is taken "out of" is no count of the deed
    ("An Ebola outbreak has killed 12 people out of 20 confirmed and suspected cases.", "20",
     "counted", "case"),
    ("An Ebola outbreak has killed 12 people out of 20 confirmed and suspected cases.", "20",
     "category", "other"),
    ("The floods killed 12 people out of 300 residents.", "300", "category", "other"),
    ("The floods killed 12 people out of 300 residents.", "12", "category", "killed"),
    # a headline's verb the parse reads as the noun counted
    ("Thousands flee as Indonesia's Mount Ibu keeps erupting", "Thousands", "category",
     "displaced"),
    ("Thousands march in Belgrade against government", "Thousands", "category", "crowd"),
    # other names of one country are that country
    ("Burkina church attack toll at 15", "15", "place", "Burkina Faso"),
    ("Floods killed 12 people in the U.S. on Monday.", "12", "place", "United States"),
    # those a swap brings home are prisoners; those kidnappers hold or free are hostages
    ("Ukraine brought home 150 soldiers on Monday in its 60th prisoner exchange with Russia.",
     "150", "category", "prisoners"),
    ("Ukraine brought home 150 soldiers on Monday.", "150", "category", "other"),
    ("The 19 sailors held by Somali pirates for 41 days arrived in Mombasa on Wednesday.", "19",
     "category", "hostages"),
    ("Somali pirates released the 19 crew members of a tanker on Monday.", "19", "category",
     "hostages"),
    ("Police released 19 suspects.", "19", "category", "other"),
    ("NAIROBI, April 27 (Reuters) - Al Shabaab militants released four Kenyan teachers on "
     "Monday who had been held in Somalia for nearly a year, Kenya's interior ministry said.",
     "four", "category", "hostages"),
    ("Police held 19 suspects who had been arrested.", "19", "category", "detained"),
    ("Kidnappers have freed 12 of the 25 students seized last week.", "12", "category",
     "hostages"),
    ("Kidnappers have freed 12 of the 25 students seized last week.", "25", "category",
     "hostages"),
    ("Police freed 12 of the 25 suspects seized last week.", "25", "category", "detained"),
    ("Pirates holding the 23 sailors of the MV Abdullah have demanded a ransom, the ship's owner "
     "said on Tuesday.", "23", "category", "hostages"),
    # (a verb pirates are hung on as its agent, not done to those counted, takes no one)
    ("New Delhi had taken a serious view of piracy-related incidents in the region following "
     "the hijacking of MV Stolt Valor, with 18 Indian sailors on board, by Somali pirates in "
     "September this year.", "18", "category", "other"),
    ("Pirates hijacked an oil tanker off Benin on Monday and took its 18 crew members, the "
     "shipping company said.", "18", "category", "hostages"),
    # "hostage" right after those a verb takes, however the parse hangs it
    ("A gunman who took six people hostage at a bank in central Paris surrendered on Monday "
     "evening.", "six", "category", "hostages"),
    ("Police took six people into custody.", "six", "category", "detained"),
    # a penalty's sum is the penalty's, whatever is planned for it once imposed
    ("Meta said on Tuesday it would appeal the European Union's fine of nearly 800 million "
     "euros, or about $841 million.", "nearly 800 million euros", "predicate", "fine"),
    ("Meta said on Tuesday it would appeal the European Union's fine of nearly 800 million "
     "euros, or about $841 million.", "about $841 million", "mood", "actual"),
    ("Meta to appeal $841 million EU fine", "$841 million", "predicate", "fine"),
    ("Meta will pay 5 billion dollars.", "5 billion dollars", "mood", "planned"),
    # gathering a thing is no crowd's gathering
    ("Suspected Boko Haram militants abducted at least 40 women gathering firewood near the "
     "town of Gamboru in Borno state on Saturday, residents said on Monday.", "at least 40",
     "category", "hostages"),
    ("About 5,000 people gathered in the square.", "About 5,000", "category", "crowd"),
    # what people are said to be under is their age
    ("UNICEF said 18 of the dead were under 15.", "under 15", "counted", "age"),
    ("The temperature was under 15.", "under 15", "counted", None),
    # those rescued, said by a participle beside them
    ("All 12 boys and coach rescued from Laos cave", "12", "predicate", "rescue"),
    # a load believed aboard is a load, as "may have carried as many as 750" is
    ("Between 400 and 750 people are believed to have been on board.", "Between 400 and 750",
     "predicate", "carry"),
    # a past participle beside the counted says a deed done, whatever the clause plans
    ("Two men convicted on Monday of aiding the September 2013 attack on Nairobi's Westgate "
     "shopping mall will be sentenced on Oct. 28.", "Two", "mood", "actual"),
    # a headline's next count in its own state is no part of the first
    ("Landslide in Indonesia's Java kills 8, 20 missing", "20", "part", False),
    ("Landslide in Indonesia's Java kills 8, 20 missing", "20", "category", "missing"),
    # a division's name the tagger took for an adjective
    ("Punjab province accounted for 20 of the deaths.", "20", "place", "Punjab"),
    # a tally raised to a figure keeps its own place
    ("A 2-year-old girl died of measles in Bucharest on Tuesday, bringing the number of measles "
     "deaths in Romania this year to 15, the health ministry said.", "15", "place", "Romania"),
    ("Two more died in Kherson, bringing the toll to 15.", "15", "place", "Kherson"),
    # people driven from home whom a deed kills are in the toll; those who flee are displaced
    ("Ten Rohingya refugees were killed when landslides hit their camps.", "Ten", "category",
     "killed"),
    ("Landslides killed at least 11 Rohingya refugees in camps in Cox's Bazar.", "at least 11",
     "category", "killed"),
    ("More than 2,000 refugees fled the attack.", "More than 2,000", "category", "displaced"),
    # people captors hold, counted without a noun, are hostages
    ("The remaining 14 are still held by the kidnappers.", "14", "category", "hostages"),
    ("The remaining 14 are still missing.", "14", "category", "missing"),
    # a headline's plural the tagger read as an auxiliary is the subject; a place before it is
    # no agent; wildfires, like a wildfire, are no agent
    ("South Korea wildfires kill 24, burn historic temple", "24", "agent", None),
    ("South Korea wildfires kill 24, burn historic temple", "24", "place", "South Korea"),
    ("SEOUL, March 26 (AP) - Wildfires raging across southeastern South Korea have killed 24 "
     "people.", "24", "agent", None),
    # a saying's participle is said by its clause's subject; "maintained that" says
    ("The opposition party accused the government of hiding the toll, saying more than 80 "
     "pilgrims had died.", "more than 80", "attribution", "opposition party"),
    ("Police shot dead 13 protesters, saying they had attacked officers.", "13", "attribution",
     None),
    ("Officials maintained that 30 people were killed.", "30", "attribution", "Officials"),
    ("Police maintained order as 300 protesters marched.", "300", "attribution", None),
    # a day is a trading day when a price is where something ended, not a figure further in
    ("Rescuers ended their search on Thursday at the site of a building that collapsed two days "
     "earlier.", "Thursday", "predicate", "end"),
    ("Shares of Acme ended at $23.50 on Friday.", "Friday", "predicate", "trade"),
    # detentions and those in detention are counted as arrests are
    ("Georgia protest detentions pass 450", "450", "category", "detained"),
    ("Twelve people remain in detention.", "Twelve", "category", "detained"),
    # a ceasefire that took effect began
    ("A ceasefire between Israel and Hezbollah that took effect on April 7 held for a week.",
     "April 7", "predicate", "begin"),
    # a bare figure's own participle says what befell them: a headline's "over 3,000 taken to
    # hospital" beside its toll; not a participle of the counted noun ("soldiers stationed")
    ("Japan heat kills 11, over 3,000 taken to hospital", "over 3,000", "category", "other"),
    ("The attack killed 15 soldiers stationed at the base.", "15", "category", "killed"),
    ("The toll was higher than the 41 given by local officials a day after the attack.", "41",
     "category", "killed"),
    # people seized with no one named who took them, in a story of a kidnapping, are hostages;
    # not in another story, nor those taken to hospital
    ("Gunmen abducted worshippers from a church. Church officials say 71 members of the "
     "congregation were seized.", "71", "category", "hostages"),
    ("Gunmen abducted worshippers from a church. Only 42 people had been taken.", "42",
     "category", "hostages"),
    ("Church officials say 71 members of the congregation were seized.", "71", "category",
     "detained"),
    ("Gunmen abducted worshippers from a church. Twelve people were taken to hospital.",
     "Twelve", "category", "other"),
    # a deed joined to the first verb right before the figure, though the parse makes the
    # counted the subject of the saying after them
    ("KADUNA, Nigeria, June 5 (Reuters) - Gunmen stormed a church in Kaduna state during Sunday "
     "service and abducted about 80 worshippers, police and residents said on Monday.",
     "about 80", "category", "hostages"),
    # the whole of a share keeps its own participle, tagged an adjective, however the share
    # is parsed
    ("Gunmen freed two of the 17 kidnapped missionaries.", "17", "predicate", "kidnap"),
    ("Gang frees two of 17 kidnapped missionaries", "17", "predicate", "kidnap"),
    ("Gang frees two of 17 kidnapped missionaries", "two", "predicate", "free"),
    # "where" says the name before it is a place, whatever the tagger took it for
    ("The worst-hit province is Punjab, where 78 people have died, the authority said.", "78",
     "place", "Punjab"),
    # a rising cue before another figure is that figure's
    ("Floods have killed 169 people so far and 56 remain missing.", "56", "rising", False),
    ("Floods have killed 169 people so far and 56 remain missing.", "169", "rising", True),
    # an arguing verb says what its clause after it says, and only that
    ("Mr. Gigante painstakingly maintained the fiction that he was incompetent until April "
     "2003.", "April 2003", "attribution", None),
    ("Tuesday's hearing was delayed as attorneys and prosecutors argued.", "Tuesday",
     "attribution", None),
    # a country's name a division shares keeps the division's word: no country's count
    ("The death toll from Sunday's tanker explosion in Niger state has risen to 60.", "60",
     "place", "Niger state"),
    ("Gunmen killed 12 people in Niger.", "12", "place", "Niger"),
    # a noun the parse made a verb's conjunct is the subject of the state after it
    ("Flash floods in central Texas killed at least 24 people on Friday, and 23 to 25 girls "
     "attending a summer camp were unaccounted for, officials said.", "23 to 25", "category",
     "missing"),
    # the counted the parse makes the sayers after a deed that lacks its object are its object
    ("An air strike on a village in the central Sagaing region killed at least 40 people, "
     "including 12 children, a resistance group and local media said on Saturday.",
     "at least 40", "category", "killed"),
    # time spent in captivity says who was held
    ("The three women spent 15 months in captivity.", "three", "category", "hostages"),
    # a change's figure with words of its own is more of the tally
    ("The death toll rose by a further 12 to 61, officials said.", "12", "part", True),
    # a headline's slide read as the verb's compound still buries who may be dug out alive
    ("Avalanche buries 10 skiers in Swiss Alps", "10", "category", "missing"),
    # people released from jail are prisoners freed, whatever the noun; protesters freed are
    # no crowd
    ("Israel released 110 Palestinians from its jails on Sunday.", "110", "category",
     "prisoners"),
    ("Georgia frees 140 protesters", "140", "category", "other"),
    # the recaptured are escaped prisoners
    ("Sixty had been recaptured by Monday morning.", "Sixty", "category", "prisoners"),
    # a word the dictionary knows only as a noun is no verb ("measles" read as one)
    ("Texas measles outbreak slows, cases at 709", "709", "predicate", None),
    # a party is named by its name, whether the model tagged it or not
    ("Geert Wilders' Freedom Party won 37 seats in the 150-seat lower house.", "37", "agent",
     "freedom"),
    # a bare figure aboard, and people who boarded, are a craft's load
    ("Survivors say 86 were aboard boat that sank off Libya", "86", "predicate", "carry"),
    ("Survivors told aid workers that 86 people had boarded the rubber boat in Zuwara.", "86",
     "predicate", "carry"),
    # in a story of a kidnapping, people freed with no one named are hostages freed
    ("Bandits abducted the worshippers during a service. Police said 25 were released on "
     "Monday.", "25", "category", "hostages"),
    ("Kidnappers stormed the school. All 137 students were released on Wednesday, the governor "
     "said.", "137", "category", "hostages"),
    # a headline's second figure holds its own state, which the parse hung on the first's verb
    ("Florida's Milton death toll rises to 17, 2 million still without power", "2 million",
     "category", "other"),
    ("Florida's Milton death toll rises to 17, 2 million still without power", "17",
     "predicate", "rise"),
    # the harmed a moving figure is of, named by their state as its verb's subject
    ("Spain flood toll at 223, missing revised down to 78", "78", "category", "missing"),
    ("Spain flood toll at 223, missing revised down to 78", "223", "category", "killed"),
    # a date that names the object a plan sets is ahead, as one set "for" is
    ("A federal judge on Monday set a June 8 trial date for a former governor.", "June 8",
     "value", "2025-06-08"),
    # newborns are people, whom a fire kills
    ("Fire at Delhi children's hospital kills 7 newborns", "7", "category", "killed"),
    # a share of a craft's load is not the load: its own verb says what befell it
    ("Of the 310 people aboard, 150 were rescued.", "150", "predicate", "rescue"),
    # people pulled out alive were rescued, wherever the parse hangs "alive" (here on the
    # figure, the verb's object)
    ("Rescuers pull 5 alive from collapsed Nairobi building", "5", "predicate", "rescue"),
    # "including" hung on another clause's verb: a part of the figure before it
    ("Hasina fled Bangladesh on Monday after weeks of protests in which some 300 people were "
     "killed, including nearly 100 on Sunday alone.", "nearly 100", "category", "killed"),
    # a time's "am" counted by its hour is no deed's participle
    ("Yesterday a neighbour recalled seeing the suspect in the street at 3am on Saturday and "
     "also hearing screams.", "Saturday", "predicate", "see"),
    # nor is a year's event counted by the year ("the 1972 shooting")
    ("He was tipped on stories about the 1972 shooting of Governor George Wallace.", "1972",
     "predicate", "shooting"),
    # those taken out of a set are all that were, not a part of the set
    ("Nigerian troops rescued 20 of the 45 villagers abducted in Zamfara state this week.", "20",
     "part", False),
    # a service cut to a bare figure, and a tally of outages, count those without it
    ("Storms knock out power to 400,000 in Michigan", "400,000", "predicate", "without power"),
    ("Power outages peaked at 1.2 million on Tuesday.", "1.2 million", "predicate",
     "without power"),
    ("Internet outages rose to 300 on Friday.", "300", "predicate", "without internet"),
    # a participle after a list of the counted says what befell them all; devotees are people
    ("Serbia mourned on Tuesday the eight children and a guard killed in a school shooting.",
     "eight", "category", "killed"),
    ("Serbia mourned on Tuesday the eight children and a guard killed in a school shooting.",
     "eight", "predicate", "kill"),
    ("Around 50,000 devotees had gathered for a festival.", "Around 50,000", "category", "crowd"),
    # the part a toll includes with no place of its own is the toll's place's, not one its
    # disaster's phrase names ("floods along the Guadalupe River")
    ("Flash floods along the Guadalupe River in Texas have killed at least 51 people, including "
     "15 children, officials said.", "15", "place", "Texas"),
    # a headline's second figure with a participle or a state "under" of its own
    ("Air India jet crashes after takeoff, 241 on board killed", "241", "category", "killed"),
    ("LA fires: 5 dead, 180,000 under evacuation orders", "180,000", "category", "displaced"),
    ("LA fires: 5 dead, 180,000 under evacuation orders", "180,000", "part", False),
    # the people a deed killed, read by the parse as saying what the sayer after them said
    ("KYIV, Aug 27 (Reuters) - Russia launched 598 drones and 31 missiles at Ukraine overnight, "
     "killing at least 23 people in Kyiv, Ukraine's air force said on Thursday.", "at least 23",
     "category", "killed"),
    # people who turned up are a crowd, as those who turned out
    ("About 5,000 people turned up for the rally.", "About 5,000", "category", "crowd"),
    # a bare infinitive under a plan's verb is planned too
    ("The first phase of the ceasefire will see Hamas free 33 Israeli hostages.", "33", "mood",
     "planned"),
    # a headline's verb read as the noun its subject's phrase ends on, with an object
    ("Nigeria police rescue 12 abducted bus passengers", "12", "predicate", "rescue"),
    # a participle right after the verb describes the verb's object, and the day is the verb's
    ("Authorities recaptured escaped inmate Marcus Dell on Wednesday.", "Wednesday", "predicate",
     "recapture"),
    ("Police freed kidnapped students on Sunday, officials said.", "Sunday", "predicate",
     "free"),
    # being on strike is striking
    ("About 33,000 workers had been on strike since Sept. 13.", "About 33,000", "predicate",
     "strike"),
    # a "bringing ... to" figure counts what its clause's figure does, not the dateline's day
    ("AUSTIN, May 13 (AP) - Texas reported seven new measles cases on Tuesday, bringing its "
     "total to 709 this year.", "709", "counted", "case"),
    # what the verb says of part of a set the set's own word says of them all: a part of it
    ("Hospitals were still treating 29 of the wounded, the hospital said.", "29", "part", True),
    ("The gunman shot 30 people, killing two of them.", "two", "part", False),
    # a holiday the model tags as a place is no place
    ("Truck plows into Bastille Day crowd in Nice, at least 70 dead", "at least 70", "place",
     "Nice"),
    # the set a percentage is of does what its own clause says
    ("The deal was approved by 57 percent of the 48,000 workers who voted, the union said.",
     "48,000", "predicate", "vote"),
    # what befell part of a set, said in the passive, is the part's deed, not the set's
    ("Nearly 100 of the 132 foreign workers who were kidnapped had been freed.", "Nearly 100",
     "predicate", "free"),
    # a sum a year after tax is a rate
    ("Cristiano Ronaldo will earn 30 million euros a year after tax at Juventus.",
     "30 million euros", "per", "year"),
    # where the figure's own participle puts its things
    ("In Turkey the toll rose to 17,674, AFAD said, with more than 3,300 deaths reported in "
     "Syria.", "more than 3,300", "place", "Syria"),
    # "likely to have died": a possible toll
    ("The police chief said on Sunday that more than 10,000 people were likely to have died.",
     "more than 10,000", "mood", "possible"),
    ("The police chief said on Sunday that more than 10,000 people were likely to have died.",
     "more than 10,000", "predicate", "die"),
    # an office holder's day is the deed's
    ("Puerto Rico's governor on Tuesday raised the official death toll from Hurricane Maria to "
     "2,975 from 64.", "Tuesday", "predicate", "raise"),
    # "the two other victims": the rest of a set named before, a part of it
    ("Headline\n\nKafoury died at the scene. The two other victims were being treated at "
     "Beaumont Hospital.", "two", "part", True),
    # a figure joined to a deed's clause, with its own participle, does that participle
    ("Ten people were killed and at least 50 injured when an earthquake razed villages.",
     "at least 50", "predicate", "injure"),
    # a place noun owned by a named place, with no name of its own, is in it
    ("About 200 buildings burned in a fire in Wajima's morning market area.", "About 200",
     "place", "Wajima"),
    ("A 5.9 magnitude earthquake has leveled seven villages in Iran's southern area.", "seven",
     "place", "Iran"),
    # a tally expected to move is foreseen, no plan; a deed expected is still planned
    ("The death toll is expected to rise above 500, officials said.", "above 500", "mood",
     "possible"),
    ("The company is expected to cut 1,000 jobs.", "1,000", "mood", "planned"),
    # "left 300 people dead and 1,000 injured", misparsed as people injured: left
    ("The quake left at least 300 people dead and 1,000 injured.", "at least 300", "predicate",
     "leave"),
    # a closing price's day is past, whatever the clause's tense
    ("Microsoft will pay $196 per share, a 50 percent premium to LinkedIn's closing price on "
     "Friday.", "Friday", "value", "2025-01-31"),
    # a day hung on a span is the deed's
    ("Oscar Pistorius was sent to prison for five years on Tuesday for killing Reeva Steenkamp.",
     "Tuesday", "predicate", "send"),
    # the whole a share is taken of has its own participle: not all 479 were jammed
    ("Ukraine's air force said on Monday that it had intercepted or jammed 382 of the 479 drones "
     "and missiles launched in Sunday's attack.", "479", "predicate", "launch"),
    # states listed after a toll, their verb left out, are their figures' own
    ("The military government said on Thursday that 3,085 people had been killed in last week's "
     "earthquake, 4,715 injured and 341 missing.", "4,715", "predicate", "injured"),
    ("The military government said on Thursday that 3,085 people had been killed in last week's "
     "earthquake, 4,715 injured and 341 missing.", "341", "predicate", "missing"),
    # a release put off is yet to be done; flights delayed were delayed
    ("Israel delayed the release of 620 Palestinian prisoners due the same day.", "620", "mood",
     "planned"),
    ("Israel postponed the handover of 620 Palestinian prisoners on Saturday.", "620", "mood",
     "planned"),
    ("Storms delayed 620 flights on Saturday.", "620", "mood", "actual"),
    # a tally earlier reports put is the count as it stood before
    ("Officials said all 26 people killed in the attack were men. Earlier reports had put the "
     "toll at 28.", "28", "earlier", True),
    # an appositive the parse hangs on a place that says nothing of a place holds no place
    ("A child has died of measles in Lubbock, the first death in the outbreak, which has "
     "reached 124 cases.", "124", "place", None),
    # a place noun that names the kind of the noun after it is no place: "in state prison"
    ("Robert Dunn will serve at least 45 years in state prison for the killing of his wife.",
     "at least 45 years", "place", None),
    # a headline's next count with its own state after an adverb is no part of the first
    ("LA fires: 24 dead, 92,000 still evacuated", "92,000", "part", False),
    # a share set against the subject's is its rival's, named beside "his rival"
    ("Lee Jae-myung won the election with 49.4% of the vote, against 41.2% for his conservative "
     "rival Kim Moon-soo.", "41.2%", "agent", "soo"),
    # the dead named as the subject hold the tally's place
    ("Fatalities from the floods in Khyber Pakhtunkhwa rose to 344 on Wednesday, the agency "
     "said.", "344", "place", "Khyber Pakhtunkhwa"),
    # people who were on a craft are its load, whatever verb the clause above them has
    ("Survivors told aid workers that 65 people had been on the boat, which left Sfax on "
     "Friday.", "65", "predicate", "carry"),
    # the dead a speaker gives "on its side" are its own country's
    ("Pakistan says 40 civilians were killed in the fighting; India says 16 civilians died on "
     "its side.", "16", "place", "India"),
    # a gapped clause's tally is its owner's, whatever the preposition
    ("Romania's toll stood at seven, and Austria's at four.", "four", "place", "Austria"),
    ("Romania's toll stood at seven, and Austria's at four.", "seven", "place", "Romania"),
    ("Sri Lanka's toll rose to 22,493, and Thailand's to 4,500.", "4,500", "place", "Thailand"),
    # a place opening a gapped clause after a figure is the next figure's
    ("Internet services in Egypt were down by 80 percent, in India by 65 percent.",
     "80 percent", "place", None),
    ("Internet services in Egypt were down by 80 percent, in India by 65 percent.",
     "65 percent", "place", "India"),
    ("The storm killed 12 people in Texas, in Louisiana four.", "12", "place", "Texas"),
    # a relative clause that says where its deed was done is not placed by the clause above
    ("The journalist, who spent more than 400 days in Evin prison, landed in Paris on Monday.",
     "more than 400 days", "place", None),
    ("The quake, which killed 200 people, struck Nepal on Saturday.", "200", "place", "Nepal"),
    # a period hung on a part is the part's, not its whole's start
    ("The ministry said 56,647 Palestinians had been killed since October 2023, including 116"
     " in the past 24 hours.", "116", "scope", "past 24 hours to 2025-02-04"),
    # a sum or a share that may rise or fall is a forecast, not what it is
    ("The fee City paid for Marco Vella could rise to 110 million euros with add-ons.",
     "110 million euros", "mood", "possible"),
    ("Shares could fall 10%.", "10%", "mood", "possible"),
    ("Shares fell 10% on Monday.", "10%", "mood", "actual"),
    # an estimate of deaths is their tally, as the estimate of the dead is
    ("The Carlos III Health Institute raised its estimate of heat-related deaths during the"
     " heatwave to 679 on Friday.", "679", "category", "killed"),
    ("The UN raised its estimate of the cost to $679 million.", "$679 million", "category",
     "money"),
    # a figure raised to says it is the latest of a series
    ("TotalEnergies raised its offer to 7 percent.", "7 percent", "rising", True),
    ("The ministry raised the death toll to 27 on Tuesday.", "27", "rising", True),
    ("The charity raised 27 million euros.", "27 million euros", "rising", False),
    # a gathering's clause the parse hangs on the place it was in still sizes its crowd
    ("Police released 15 of the 17 people detained during Sunday's protest in Belgrade, which"
     " an independent monitoring group estimated drew 65,000 people.", "65,000", "category",
     "crowd"),
    ("He lives in Belgrade, which has 1.2 million people.", "1.2 million", "category", "other"),
    # a march through a city is in it
    ("Organisers said about 100,000 people marched through Belgrade on Sunday.",
     "about 100,000", "place", "Belgrade"),
    # ... but a way past a place is not in it
    ("Traffic between Europe and Asia is being rerouted through the United States, but 65% of"
     " traffic to India is down.", "65%", "place", None),
    # Korea's currency after its figure is no win
    ("Samsung Electronics on Monday confirmed its second-quarter operating profit of 10.44"
     " trillion won, up 15.2 percent from a year earlier.", "10.44 trillion won", "predicate",
     "confirm"),
    ("Kenya won 12 medals.", "12", "predicate", "win"),
    # the deed a tally is then brought up by counts the day's, added to the tally
    ("A court in London convicted 13 men on Tuesday over riots in Southport last week, bringing"
     " the number convicted so far to 46.", "13", "added", True),
    ("A court in London convicted 13 men on Tuesday over riots in Southport last week, bringing"
     " the number convicted so far to 46.", "46", "added", False),
    ("The strike killed 12 people on Sunday, bringing the death toll to 150.", "12", "added",
     True),
    # the place a town is said to be in, by name or by its country's adjective
    ("A tornado tore through the Mississippi town of Rolling Fork late on Friday, killing at"
     " least 23 people.", "at least 23", "place_within", "Mississippi"),
    ("Gunmen killed 12 people in the Kenyan town of Garissa on Monday.", "12", "place_within",
     "Kenya"),
    # "the state" is the one state its sentence names before the figure
    ("President Joe Biden approved federal disaster aid for Mississippi on Sunday after a"
     " tornado killed 25 people in the state and one man in Alabama.", "25", "place",
     "Mississippi"),
    # ... a day's deed, not a country's whole count
    ("Spain's health ministry said on Wednesday that 11 people had died in the heatwave in the"
     " country, bringing the European toll to at least 17.", "11", "added", False),
    # an ordinal before "won" is no figure of a sum
    ("Grant first won the office in 2018.", "2018", "agent", "grant"),
    # freed "by" a day: all freed until then, no handover of that day
    ("By Friday, Hamas had freed 50 Israeli hostages.", "50", "scope", "since"),
    # losses told as either of two fates, on the participle of the counted
    ("Russia lost about 1,100 soldiers killed or wounded in the past 24 hours, Ukraine said.",
     "about 1,100", "either", "injured|killed"),
]  # fmt: skip


def test_a_day_a_forecast_is_expected_by_is_read_as_before(claims_of: Extract) -> None:
    """ "The storm was expected to reach Florida by Sunday", read on a Thursday: the coming
    Sunday, the nearest, as before forecasts were read as possible (the possible mood had made
    it the Sunday gone)."""
    (day,) = [
        c
        for c in claims_of(
            "Headline\n\nThe storm was expected to reach Florida by Sunday.", dt.date(2017, 9, 7)
        )
        if c.kind == "date"
    ]
    assert day.value == "2017-09-10"


def test_sentences_keep_the_articles_own_quotes(claims_of: Extract) -> None:
    """The model reads typographic quotes as plain ones; provenance quotes the article."""
    (claim,) = claims_of("“It’s over,” he said after the team’s 14 points.")
    assert claim.sentence == "“It’s over,” he said after the team’s 14 points."
    (claim,) = claims_of("KYW’s Pat Loeb reports that the shooting killed two people.")
    assert claim.attribution == "KYW’s Pat Loeb"


@pytest.mark.parametrize(("sentence", "text", "feature", "expected"), FEATURE_TABLE)
def test_claim_features(
    claims_of: Extract, sentence: str, text: str, feature: str, expected: object
) -> None:
    """Each row: the claim's agent, scope, place or rising cue as read from the parse."""
    (claim,) = [c for c in claims_of(sentence) if c.text == text]
    assert getattr(claim, feature) == expected


def test_features_of_the_canonical_claim(claims_of: Extract) -> None:
    """Counted noun, verb, place and attribution come from the parse."""
    (claim,) = claims_of(
        "Israel's retaliatory response has killed at least 47,283 people in Gaza, according to "
        "the Hamas-run territory's health ministry."
    )
    assert claim.counted == "people"
    assert claim.predicate == "kill"
    assert claim.place == "Gaza"
    assert claim.attribution == "Hamas-run territory's health ministry"
    assert claim.low == 47283 and claim.high is None


def test_planned_figures_are_marked(claims_of: Extract) -> None:
    """ "Hamas is to free 33 hostages" is a plan; "militants have freed 18 hostages" is a fact."""
    (planned,) = claims_of("Hamas is to free 33 hostages.")
    (actual,) = claims_of("Militants have freed 18 hostages so far.")
    assert planned.mood == "planned"
    assert actual.mood == "actual"
    # what is yet to be done to the people counted
    (yet,) = claims_of("The truce began, with 33 hostages to be released in the first phase.")
    assert yet.mood == "planned"


def test_possible_figures_are_marked(claims_of: Extract) -> None:
    """ "There might have been two people killed" says what may have happened."""
    (possible,) = claims_of('"There might have been two people killed," he said.')
    (could,) = claims_of("The quake could have killed 10 people.")
    (employees,) = claims_of("The deal could mean tougher competition for its 10,500 employees.")
    assert possible.mood == could.mood == "possible"
    assert employees.mood == "actual"  # they exist, whatever the deal means for them


def test_weekday_follows_tense(claims_of: Extract) -> None:
    """ "meets ... on Tuesday" written on a Monday is the coming day; "landed Sunday" the past
    one; "said Sunday" dates when a source spoke, which is no claim."""
    monday = dt.date(2025, 2, 3)
    claims = claims_of("Trump landed Sunday and meets Netanyahu on Tuesday.", monday)
    assert [(c.text, c.value) for c in claims] == [
        ("Sunday", "2025-02-02"),
        ("Tuesday", "2025-02-04"),
    ]
    claims = claims_of("Trump said Sunday he meets Netanyahu on Tuesday.", monday)
    assert [(c.text, c.value) for c in claims] == [("Tuesday", "2025-02-04")]


def test_today_in_a_quote_is_no_date(claims_of: Extract) -> None:
    """ "We can grow our economy today," he said: a speaker's now; the plant closed today
    is a date."""
    quoted = claims_of('"We can grow our economy today," the minister said.')
    assert [c for c in quoted if c.kind == "date"] == []
    (claim,) = claims_of("The plant closed today.")
    assert claim.kind == "date"
    done = claims_of('"Today, the administration restored the rules," said Grifo.')
    assert [c.text for c in done if c.kind == "date"] == ["Today"]


def test_weekday_of_an_infinitive_is_the_nearest(claims_of: Extract) -> None:
    """ "preparing for the measures to be voted on Thursday", written on a Wednesday: the
    next day, not the Thursday before (the passive participle is not a past tense here)."""
    wednesday = dt.date(2010, 5, 5)
    sentence = "The government was preparing for the measures to be voted on Thursday."
    (claim,) = [c for c in claims_of(sentence, wednesday) if c.kind == "date"]
    assert claim.value == "2010-05-06"
    past = "He is believed to have died Saturday. He started to look stronger on Sunday."
    assert [c.value for c in claims_of(past, wednesday)] == ["2010-05-01", "2010-05-02"]


SEPTEMBER_2010 = dt.date(2010, 9, 10)
DECEMBER_2008 = dt.date(2008, 12, 19)
FRIDAY_2008 = dt.date(2008, 12, 12)
SATURDAY_2013 = dt.date(2013, 9, 14)
# (sentence, article date, its claims' count, the values of its dates in order); the
# comments say what each group of rows shows
# fmt: off
TENSE_TABLE: list[tuple[str, dt.date, int, list[str]]] = [
    # read in September 2010, "In February" is February 2010 (the past tense, though next
    # February is nearer), "will host on March 2" next March, "is set for Nov. 8" a plan
    ("In February, a woman opened fire at the University of Alabama.", SEPTEMBER_2010, 1,
     ["2010-02"]),
    ("She will host the show on March 2.", SEPTEMBER_2010, 1, ["2011-03-02"]),
    # when what was done begins lies either side of the telling: the nearest Tuesday
    ("Trump on Saturday ordered tariffs on Mexico, starting on Tuesday.", dt.date(2025, 2, 1), 2,
     ["2025-02-01", "2025-02-04"]),
    # what happened before a plan is not ahead of it: read on Monday 2024-10-21, "Sunday's
    # win" is the day before; told in the past, "after voting in a January referendum" is
    # the January before
    ("He will miss six weeks after suffering a sprain in Sunday's 41-31 win.",
     dt.date(2024, 10, 21), 3, ["2024-10-20"]),
    ("South Sudan split off in July after voting for secession in a January referendum.",
     dt.date(2011, 11, 10), 2, ["2011-07", "2011-01"]),
    ("Formal sentencing is set for 11 a.m. on Nov. 8.", SEPTEMBER_2010, 1, ["2010-11-08"]),
    # "In January" read in December is the January before; a modal gives no tense: nearest
    ("In January, undersea cables were also damaged.", DECEMBER_2008, 1, ["2008-01"]),
    ("Normal service may not be restored till 31 December.", DECEMBER_2008, 1, ["2008-12-31"]),
    ("It should have service restored to normal by December 31.", DECEMBER_2008, 1,
     ["2008-12-31"]),
    # a spell that a past verb says ends on a day ends either side of the telling: nearest
    ("He was remanded in custody until a hearing on June 2.", dt.date(2025, 5, 7), 1,
     ["2025-06-02"]),
    ("The strike lasted until March 2, officials said.", dt.date(2025, 5, 7), 1,
     ["2025-03-02"]),
    # a spell moved "to" a day: the nearest such day
    ("Myanmar truce extended to April 22", dt.date(2026, 4, 5), 1, ["2026-04-22"]),
    ("The trial was postponed to June 10.", dt.date(2026, 4, 5), 1, ["2026-06-10"]),
    ("The trial was held on June 10.", dt.date(2026, 4, 5), 1, ["2025-06-10"]),
    # a hearing to come, under a past verb
    ("The judge ordered him held pending his next hearing April 19.", dt.date(2007, 4, 11), 1,
     ["2007-04-19"]),
    ("The upcoming vote on March 3 worried him.", dt.date(2007, 4, 11), 1, ["2008-03-03"]),
    # a present verb makes a day ahead, unless the day is a noun's ("Monday's shooting")
    ("Monday's shooting follows others in public places.", dt.date(2007, 4, 10), 1,
     ["2007-04-09"]),
    ("Netanyahu meets Trump on Monday.", dt.date(2007, 4, 10), 1, ["2007-04-16"]),
    # a plan is ahead, even in a present passive, nearer as the Tuesday before is
    ("A private funeral service is planned for Tuesday.", dt.date(2008, 12, 11), 1,
     ["2008-12-16"]),
    ("He crowned her Playmate in January of 1955.", dt.date(2008, 12, 11), 1, ["1955-01"]),
    # "set for" is a plan, "set in" is not; no tense leans to the past: "a May
    # announcement" read in December is the May before, though next May is nearer
    ("Trial is set for June 17 for the accused.", dt.date(2013, 1, 3), 1, ["2013-06-17"]),
    ("The film is set in June.", dt.date(2013, 1, 3), 1, ["2012-06"]),
    ("The rule has its origins in a May announcement.", DECEMBER_2008, 1, ["2008-05"]),
    # a plan told in the past still points ahead ("was set for", "was penciled in for")
    ("A provisional trial date was set for October 28.", dt.date(2013, 6, 12), 1,
     ["2013-10-28"]),
    ("A three-day trial hearing was penciled in for October.", dt.date(2013, 6, 12), 2,
     ["2013-10"]),
    ("A bail hearing was scheduled for Wednesday at Preston.", dt.date(2013, 6, 10), 1,
     ["2013-06-12"]),
    ("Judge Delucchi scheduled formal sentencing for Feb. 25.", dt.date(2004, 12, 14), 1,
     ["2005-02-25"]),
    # ... as a day called or set "for" is, also through the verb's object
    ("Sunak on Wednesday called a national election for July 4.", dt.date(2024, 5, 22), 2,
     ["2024-05-22", "2024-07-04"]),
    ("The judge set a hearing for March 3.", dt.date(2025, 2, 4), 1, ["2025-03-03"]),
    ("The union called a strike for Monday.", dt.date(2025, 2, 4), 1, ["2025-02-10"]),
    # a holiday the model tags a person or a duration is still a day
    ("Horton was to marry her boyfriend on Valentine's Day in 2012.", dt.date(2013, 5, 2), 1,
     ["2012-02-14"]),
    ("He was born on Christmas Day, 1950.", dt.date(2013, 5, 2), 1, ["1950-12-25"]),
    # a deadline is a day to come, unless it went by a month or less before
    ("The judge has given him a May 10 deadline.", dt.date(2013, 5, 2), 1, ["2013-05-10"]),
    ("He missed the April 30 deadline.", dt.date(2013, 5, 2), 1, ["2013-04-30"]),
    # a clause's own "will be" under a past verb, a conjoined verb's "will", a month a noun
    # owns: all ahead of a December report
    ("The Academy announced Friday that Jackman will be the host on Feb. 22.", FRIDAY_2008, 2,
     ["2008-12-12", "2009-02-22"]),
    ("Ballots will be mailed on January 2 and tallied on January 23.", FRIDAY_2008, 2,
     ["2009-01-02", "2009-01-23"]),
    ("Jackman was named on Friday as host of February's Oscars.", FRIDAY_2008, 2,
     ["2008-12-12", "2009-02"]),
    ("He was arrested Monday and charged Tuesday.", FRIDAY_2008, 2,
     ["2008-12-08", "2008-12-09"]),
    # a plan told in the past on a weekday is the story's day, the nearest: "was on her way
    # to attend services on Friday", read on Saturday; a plan still ahead is the next
    ("She was on her way to attend services on Friday.", SATURDAY_2013, 1, ["2013-09-13"]),
    ("He plans to attend the hearing on Friday.", SATURDAY_2013, 1, ["2013-09-20"]),
    # what was expected of a day, told in the past perfect, is of the day gone by
    ("Economists had expected the bank to hold rates at 14.75% on Wednesday.", SATURDAY_2013,
     2, ["2013-09-11"]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "day", "count", "values"), TENSE_TABLE)
def test_a_date_follows_the_tense(
    claims_of: Extract, sentence: str, day: dt.date, count: int, values: list[str]
) -> None:
    """Each row: the dates a sentence names, read from its article's date and its tense."""
    claims = claims_of(sentence, day)
    assert len(claims) == count
    assert [c.value for c in claims if c.kind == "date"] == values


def test_offsets_index_the_article_text(claims_of: Extract, nlp: object) -> None:
    """For every claim, the article text at its offsets is its text."""
    from newsrecon.extract import extract_claims
    from newsrecon.nlp import analyse

    from .conftest import make_article

    article = make_article(
        "Headline with 3 figures\n\nAbout 1,900 Palestinians and two dozen others, on May 5.\n\n"
        "Nearly half a million people fled in October 2023."
    )
    claims = extract_claims(article, analyse(nlp, article.paragraphs).segments)  # type: ignore[arg-type]
    assert claims
    for claim in claims:
        assert article.text[claim.start : claim.end] == claim.text


def test_a_sum_without_currency_takes_its_storys(claims_of: Extract) -> None:
    """ "has grossed more than 141 million" is a sum when every other sum of the story is in
    dollars; with no sum in a currency, or sums in two, it stays a count."""
    bare = claims_of('"Twilight" has grossed more than 141 million already.')
    dollars = claims_of("To date the film has grossed over $142 million domestically.")
    euros = claims_of("The film earned 90 million euros in Europe.")
    (sum_of_story,) = [
        c for c in sums_in_story_currency([*bare, *dollars]) if c.text.startswith("more")
    ]
    assert (sum_of_story.kind, sum_of_story.category, sum_of_story.unit) == (
        "amount",
        "money",
        "USD",
    )
    for others in ([], [*dollars, *euros]):
        (alone,) = [
            c for c in sums_in_story_currency([*bare, *others]) if c.text.startswith("more")
        ]
        assert alone.kind == "count"
    (head_count,) = claims_of("The city has more than 141 million people.")
    assert sums_in_story_currency([head_count, *dollars])[0].kind == "count"


def test_a_date_carries_who_did_what_it_dates(claims_of: Extract) -> None:
    """ "UMC yesterday closed at NT$18": the date's agent is the named subject (as a key, lower
    case), so that what two companies did on one day can be told apart; a common noun names no
    one."""
    july = dt.date(2006, 7, 25)
    (umc,) = [c for c in claims_of("UMC yesterday closed at NT$18.", july) if c.kind == "date"]
    (shares,) = [c for c in claims_of("The shares rose yesterday.", july) if c.kind == "date"]
    assert (umc.agent, shares.agent) == ("umc", None)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("The death toll rose from 41 to 45 on Friday.", [("41", True), ("45", False)]),
        ("At least 41 people have died, up from 34.", [("At least 41", False), ("34", True)]),
        ("Officials revised the toll down to 28 from 34.", [("28", False), ("34", True)]),
        (
            "Israel revised the death toll from the October 7 attack down to about 1,200 from "
            "1,400, a government spokesman said.",
            [("about 1,200", False), ("1,400", True)],
        ),
        # a rate's own words of change
        ("Annual wage growth slowed to 4.6% from 4.8%.", [("4.6%", False), ("4.8%", True)]),
        ("Inflation eased to 2.4% from 2.6%.", [("2.4%", False), ("2.6%", True)]),
        ("Between 20 and 30 people were injured.", [("Between 20 and 30", False)]),
        ("Temperatures ranged from 10 to 20 degrees.", [("10 to 20 degrees", False)]),
    ],
)
def test_a_figure_a_change_started_from_is_its_own(
    claims_of: Extract, sentence: str, figures: list[tuple[str, bool]]
) -> None:
    """ "rose from 41 to 45" is no range: 41 is the toll before, 45 the toll now; "ranged from
    10 to 20 degrees" still is one."""
    counts = [(c.text, c.earlier) for c in claims_of(sentence) if c.kind != "date"]
    assert counts == figures


def test_weeks_counted_back_date_only_when_counted_plainly(claims_of: Extract) -> None:
    """ "signed two weeks ago" is that week; "almost three weeks ago" or "more than a week
    ago" counts back too roughly to set against a day."""
    (plain,) = [c for c in claims_of("The deal was signed two weeks ago.") if c.kind == "date"]
    assert (plain.value, plain.precision) == ("2025-W04", "week")
    for rough in ("She suffered a heart attack almost three weeks ago.",
                  "She suffered a heart attack more than a week ago."):  # fmt: skip
        assert [c for c in claims_of(rough) if c.kind == "date"] == []


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        ("Fifteen more people died overnight.", [("Fifteen", True)]),
        ("A further 20 bodies were found, bringing the toll to 61.", [("20", True), ("61", False)]),
        ("The death toll rose by 12 to 61.", [("12", True), ("61", False)]),
        # a range of a change, and another set, are not additions to a toll
        ("Temperatures fell by 10 to 15 degrees.", [("10 to 15 degrees", False)]),
        ("Another 20,000 people marched in Thessaloniki.", [("20,000", False)]),
        ("No more than 15 people were hurt.", [("No more than 15", False)]),
    ],
)  # fmt: skip
def test_a_figure_added_to_a_toll_is_part_of_it(
    claims_of: Extract, sentence: str, parts: list[tuple[str, bool]]
) -> None:
    """ "fifteen more people died", "a further 20 bodies", "rose by 12 to 61": what was added
    is part of the toll, never the toll itself (and "by 12 to 61" is no range)."""
    assert [(c.text, c.part) for c in claims_of(sentence) if c.kind != "date"] == parts


def test_the_day_of_a_tally_is_marked_and_the_day_of_an_earlier_figure_is_none(
    claims_of: Extract,
) -> None:
    """ "The death toll rose to 41 on Thursday" dates where a tally stood, not an event;
    "up from 34 on Wednesday" dates the figure before, and gives no date at all."""
    (contained,) = [
        c for c in claims_of("The fire was 6% contained on Thursday.") if c.kind == "date"
    ]
    assert contained.tally
    (tally,) = [c for c in claims_of("The death toll rose to 41 on Thursday.") if c.kind == "date"]
    (event,) = [c for c in claims_of("The floods struck on Thursday.") if c.kind == "date"]
    assert (tally.tally, event.tally) == (True, False)
    # a state a counted subject was in that day, or a thing's state: only the first is a tally's
    (outage,) = [
        c
        for c in claims_of("About 1.2 million customers were without power on Thursday.")
        if c.kind == "date"
    ]
    (state,) = [c for c in claims_of("The road was closed on Thursday.") if c.kind == "date"]
    assert (outage.tally, state.tally) == (True, False)
    up_from = claims_of("At least 41 people have died, up from 34 on Wednesday.")
    assert [c.text for c in up_from if c.kind == "date"] == []
    reported = claims_of(
        "Sixteen people were killed, the commission said, up from eight reported on Monday."
    )
    assert [c.text for c in reported if c.kind == "date"] == []
    revised = claims_of("Israel revised the toll from the October 7 attack down to 1,200.")
    assert [c.text for c in revised if c.kind == "date"] == ["October 7"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Average hourly pay rose 4.2% from a year ago.",
        "Revenue was up 6% from a year earlier.",
        "Data for August was revised up to show 227,000 jobs added.",
        "The rest of the injury report for Wednesday is as follows.",
        "SeaMicro's revenues for 2012 will be around $50 million.",
    ],
)
def test_a_baseline_or_a_period_figures_cover_is_no_date(claims_of: Extract, sentence: str) -> None:
    """What a change is measured from, and the period a set of figures covers, are not days
    something happened: "rose 4.2% from a year ago" beside "rose 0.2% in September" was a date
    of the rise in conflict, "Data for August" and "Data for September" another."""
    assert [c.text for c in claims_of(sentence) if c.kind == "date"] == []


def test_a_range_of_months_and_a_planned_walkout_stay_dates(claims_of: Extract) -> None:
    ranged = claims_of("Prices rose from May to July.")
    assert [c.text for c in ranged if c.kind == "date"] == ["May", "July"]
    walkout = claims_of("The union was planning a walkout for next week.")
    assert [c.text for c in walkout if c.kind == "date"] == ["next week"]


@pytest.mark.parametrize(
    ("sentence", "figure", "category", "counted", "part"),
    [
        # the figure a change started from counts what the figure it reached counts
        ("More than 100 people have died in the quake, the agency said on Wednesday, up from 71"
         " a day earlier.", "71", "killed", "people", False),
        # a share of a figure just given: a part of a casualty count, not the count
        ("Health Minister Fahrettin Koca said 612 people were injured, 40 of them seriously.",
         "40", "injured", "people", True),
        ("The four robbers, two of whom were disguised as women, stole the jewels.", "two",
         "other", "robber", False),
        ("Buildings were damaged, as well as seven bridges, two of which collapsed.", "two",
         "other", "bridge", False),
        # a share of the wounded or dead named by their word alone
        ("Two of the injured remain in hospital in a critical condition.", "Two", "injured",
         "people", True),
        # ... or put first, and what the share is names what it counts
        ("Of the 78 dead, 12 were children, the health ministry said.", "12", "killed",
         "child", True),
        ("Of those killed, 15 were women.", "15", "killed", "woman", True),
        ("Of the 42 people wounded, three were in critical condition.", "three", "injured",
         "people", True),
        # (those taken out of the set are all that were: a count of its own, no part)
        ("Of the hostages, 20 were freed.", "20", "hostages", "hostage", False),
        ("Of the survivors, 30 were taken to hospital.", "30", "other", "survivor", False),
        # a participle of belief the parse reads as the noun counted names nothing
        ("The remaining 59 hostages include 24 thought to be alive.", "24", "hostages",
         "hostage", False),
        ("Rescuers said 20 people were feared dead and 12 thought missing.", "12", "missing",
         "people", False),
        # "the two" is too often two people named to look for a figure counted before
        ("Two bullets struck him. He was the missing link between the two.", "two", "other",
         None, False),
        # an aside naming a share: the participle after it (hung on the aside's noun) says
        # what befell the set and the share
        ("The city mourned the 19 people, nine of them children, killed in Friday's missile "
         "strike.", "19", "killed", "people", False),
        ("The city mourned the 19 people, nine of them children, killed in Friday's missile "
         "strike.", "nine", "killed", "child", True),
    ],
)  # fmt: skip
def test_a_figure_pointing_back_counts_what_it_points_at(
    claims_of: Extract, sentence: str, figure: str, category: str, counted: str, part: bool
) -> None:
    """ "up from 71", "40 of them seriously": a figure that names nothing it counts, and points
    at another figure of its sentence, counts what that figure counts."""
    (claim,) = [c for c in claims_of(sentence) if c.text == figure]
    assert (claim.category, claim.counted, claim.part) == (category, counted, part)


@pytest.mark.parametrize(
    ("sentence", "figure", "category", "counted"),
    [
        ("Rebels freed three of the hostages, leaving nine still held.", "nine", "hostages",
         "hostage"),
        ("The militants released 24 captives but kept 15 others.", "15", "hostages", "captive"),
        # the clause's own words first
        ("Hamas holds 79 hostages, a third of whom are believed dead.", "a third", "killed",
         "hostage"),
        # plain people or roles are not carried over, but a share "of them" names them; its
        # own verb says what befell them
        ("Police arrested 45 protesters and charged 12 of them.", "12", "other", "protester"),
        ("The charge against Blackmore involves 20 individuals, against Oler only two.", "two",
         "other", None),
    ],
)  # fmt: skip
def test_a_figure_naming_no_one_counts_the_hostages_just_counted(
    claims_of: Extract, sentence: str, figure: str, category: str, counted: str | None
) -> None:
    """ "freed three of the hostages, leaving nine still held": the nine are hostages too,
    named by the sentence's previous figure, when that name says what befell them."""
    (claim,) = [c for c in claims_of(sentence) if c.text == figure]
    assert (claim.category, claim.counted) == (category, counted)


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Police shot the teenager just before 11:30 p.m. on Saturday.", "shoot"),
        ("The blaze broke out in the early hours of Sunday morning.", "break"),
        ("Just before midnight on Tuesday, three Gazans were killed.", "kill"),
        ("The studio staked out a November 22, 2013 release date for the sequel.", "release"),
        ("A jury on Tuesday convicted a man charged in the shooting.", "convict"),
        ("The store was stormed by four robbers on Thursday afternoon.", "storm"),
        ("A fire on Tuesday destroyed Palmer's historic Matanuska Maid Dairy warehouse.", "fire"),
        ("Fighting broke out at the end of last month.", "break"),
        # a day a verb fixes "for" its object is the object's
        ("Sunak called a national election for July 4.", "election"),
        # nor is a building or a site
        (
            "Islamist gunmen were holding dozens of foreign hostages at a gas plant in the Sahara "
            "on Thursday after seizing the facility.",
            "hold",
        ),
        (
            "The deaths of two women found in a New Bedford home on Tuesday were ruled homicides.",
            "find",
        ),
        ("Suicide bombers struck Brussels airport and a metro train on Tuesday.", "strike"),
        (
            "Brussels blasts\n\nBRUSSELS (Reuters) - Bombs tore through Brussels airport and a "
            "metro train on Tuesday, killing at least 31 people and wounding about 250.",
            "tear",
        ),
        (
            "Paris attacks\n\n"
            "PARIS (Reuters) - Gunmen and suicide bombers attacked a concert hall, a stadium and "
            "restaurants in Paris on Friday night, killing at least 127 people in what President "
            "Francois Hollande called an act of war.",
            "attack",
        ),
        # a person the day hangs on is no event: the day is the deed's
        (
            "The boys, aged 11 to 16, went into the Tham Luang cave with their 25-year-old coach "
            "on June 23.",
            "go",
        ),
        ("Intel and its PC partners on July 27 begin shipping the chips.", "begin"),
    ],
)
def test_a_date_belongs_to_the_deed_not_to_the_hour_or_the_doer(
    claims_of: Extract, sentence: str, predicate: str
) -> None:
    """ "shot just before 11:30 p.m. on Saturday": the clock's and the calendar's nouns say
    when, not what happened, so the date is the shooting's (and a group's label "date of
    shooting", not "date of p.m."); a "release date" is the release's. Nor is a date put on the
    people who acted theirs ("A jury on Tuesday convicted"), though an event's is ("a fire on
    Tuesday destroyed")."""
    (date,) = [c for c in claims_of(sentence, dt.date(2013, 3, 10)) if c.kind == "date"]
    assert date.predicate == predicate


def test_a_day_without_its_year_takes_the_year_just_named(claims_of: Extract) -> None:
    """ "In November 1973 ... on Nov. 17 the police moved in", read in 2008: 1973, as the
    month was just named with that year; the next mention of that day follows it. A month
    named with another month's year, or too far before, leaves the day to the article's date."""
    december = dt.date(2008, 12, 13)
    text = (
        "In November 1973, students barricaded themselves inside the Polytechnic. "
        "On Nov. 17 the police moved in with tanks. Between 10 and 11 p.m. Nov. 17, shots rang out."
    )
    dates = [c.value for c in claims_of(text, december) if c.kind == "date"]
    assert dates == ["1973-11", "1973-11-17", "1973-11-17"]
    other_month = (
        "In October 1973, students barricaded themselves inside. On Nov. 17 police moved in."
    )
    assert [c.value for c in claims_of(other_month, december)][-1] == "2008-11-17"
    far = "In November 1973, students rebelled. " + "Nothing else happened then. " * 25
    assert [c.value for c in claims_of(far + "On Nov. 17 police moved in.", december)][-1] == (
        "2008-11-17"
    )
    # further before, only for a day the article's date would make months old
    filler = "The trial went on for weeks. " * 25
    may_2007 = dt.date(2007, 5, 2)
    killed = "Ortiz was shot in June 2005. " + filler + "The deputy was killed on June 24."
    assert [c.value for c in claims_of(killed, may_2007)][-1] == "2005-06-24"
    may_2005 = dt.date(2005, 5, 24)
    season = "He was hired on May 26, 2003. " + filler + "The season ended on May 3."
    assert [c.value for c in claims_of(season, may_2005)][-1] == "2005-05-03"


def test_both_sides_of_a_dimension_count_its_unit(claims_of: Extract) -> None:
    """ "2,880 by 1,800 pixels", "a 480 by 360-pixel display": the first side counts pixels
    too (not people, nor the display); "one in four" is no dimension but a share, 25%."""
    day = dt.date(2012, 6, 11)
    screen = claims_of("It has a Retina display at a whopping 2,880 by 1,800 pixels.", day)
    assert [(c.value, c.counted) for c in screen] == [(2880, "pixel"), (1800, "pixel")]
    lcd = claims_of("It packs a 2.44-inch 480 by 360-pixel color LCD display.", day)
    assert [(c.value, c.counted) for c in lcd if c.kind == "count"] == [(480, "pixel")]
    (one_in_four, *_) = claims_of("One in four people voted for him.", day)
    assert (one_in_four.kind, one_in_four.unit, one_in_four.value) == ("amount", "%", 25)


def test_a_protest_march_is_no_month(claims_of: Extract) -> None:
    """ "March participants chanted": the protest march's people; "March sales rose" is the
    month's."""
    day = dt.date(2013, 3, 12)
    assert [c for c in claims_of("March participants chanted slogans.", day)] == []
    assert [c for c in claims_of("March organizers said the rally was peaceful.", day)] == []
    (sales, _) = claims_of("March sales rose 5 percent.", day)
    assert (sales.kind, sales.value) == ("date", "2013-03")


def test_a_name_or_a_verb_is_no_month(claims_of: Extract) -> None:
    """ "Claudette Colbert, Fredric March, Agnes Moorhead": a name; "This may include ARM
    chips": a verb. "Last March" is a month, "this August 2nd" a day of it; "World News
    Tonight" a programme."""
    day = dt.date(2008, 12, 12)
    hosts = "Douglas Fairbanks, Claudette Colbert, Fredric March, Agnes Moorhead and Charlton"
    assert claims_of(hosts + " Heston have all played host.", day) == []
    assert claims_of("This may include ARM chips.", day) == []
    (march,) = claims_of("He resigned last March.", day)
    assert march.value == "2008-03"
    (august,) = claims_of("He was shot outside his home this August 2nd.", day)
    assert (august.text, august.value) == ("this August 2nd", "2008-08-02")
    # a programme's name: "World News Tonight"; "the Rose Garden today" is the day
    named = "She was named Person of the Week on ABC's World News Tonight and spoke of patients."
    assert claims_of(named, day) == []
    (garden,) = claims_of("Benjamin will appear in the Rose Garden today.", day)
    assert garden.value == "2008-12-12"


def test_a_month_of_last_year_is_one_date(claims_of: Extract) -> None:
    """ "In April last year an 8.6-magnitude quake struck": April of the year before, one date
    (it was April of the article's year and, apart, the whole of last year); "on November 2
    this year" a day (it was dropped as a duration)."""
    day = dt.date(2013, 7, 3)
    text = "In April last year an 8.6-magnitude quake struck off Banda Aceh."
    (april,) = [c for c in claims_of(text, day) if c.kind == "date"]
    assert (april.text, april.value) == ("April last year", "2012-04")
    # a day of this year, not a duration of two years
    text = "It sank a trawler, a third strike since its deployment on November 2 this year."
    (november,) = [c for c in claims_of(text, dt.date(2008, 12, 13)) if c.kind == "date"]
    assert (november.text, november.value) == ("November 2 this year", "2008-11-02")


def test_a_plan_told_in_the_past_looks_ahead(claims_of: Extract) -> None:
    """ "rumored to be released sometime in May": the release is ahead of the rumour; "has an
    arraignment set for Feb. 17" a plan (both were read as the year before)."""
    day = dt.date(2013, 4, 24)
    text = "The Q10 has been previously rumored to be released sometime in May."
    (may,) = [c for c in claims_of(text, day) if c.kind == "date"]
    assert may.value == "2013-05"
    text = "Jackson has an arraignment set for Feb. 17 in San Diego Superior Court."
    (court,) = [c for c in claims_of(text, dt.date(2009, 1, 20)) if c.kind == "date"]
    assert court.value == "2009-02-17"


def test_a_decade_is_no_year(claims_of: Extract) -> None:
    """ "in the 1940's", "the mid 1930's": decades; "in 1990's spring" is the year's."""
    day = dt.date(2013, 6, 6)
    assert claims_of("She swam to stardom in the 1940's.", day) == []
    assert claims_of("The buildings dated back to the mid 1930's.", day) == []
    (spring,) = claims_of("He won the race in 1990's spring.", day)
    assert spring.value == "1990"


def test_a_profile_keeps_the_days_named_far_from_the_articles_date(nlp: Language) -> None:
    """Days only, and only those more than a week away (the trial's report names the day of
    the killing; "Tuesday" and "June 2005" are not kept)."""
    text = (
        "A jury on Tuesday convicted Jose Orozco of the murder of a deputy in June 2005.\n\n"
        "The deputy was killed on June 24, 2005. He will be sentenced May 3."
    )
    article = make_article(text, dt.date(2007, 3, 21))
    analysis = analyse(nlp, article.paragraphs)
    claims = extract_claims(article, analysis.segments)
    profile = profile_article(article, analysis.paragraphs, analysis.lead, claims)
    assert profile.days_named == [dt.date(2005, 6, 24), dt.date(2007, 5, 3)]
    assert profile_article(article, analysis.paragraphs, analysis.lead).days_named == []


def test_a_profile_names_a_people_by_its_country(nlp: Language) -> None:
    """ "Ukrainian soldiers" name the country "Ukraine" names: one name to tell stories by."""
    article = make_article(
        "The 75 Ukrainian soldiers freed on Tuesday returned home from Russian captivity.",
        dt.date(2029, 6, 6),
    )
    analysis = analyse(nlp, article.paragraphs)
    names = profile_article(article, analysis.paragraphs, analysis.lead).names
    assert names.get("ukraine") == 1 and names.get("russia") == 1
    assert "ukrainian" not in names


def test_a_figure_with_thousands_read_as_a_time_is_still_a_figure(nlp: Language) -> None:
    """ "rose by 1,200 overnight", should the model tag "1,200 overnight" a time: a figure
    with a thousands comma is read as a number, not cut off (nor a crash)."""
    from spacy.tokens import Span

    from newsrecon.mentions import _number_start

    doc = nlp("The toll rose by 1,200 overnight.")
    doc.ents = [Span(doc, 4, 6, label="TIME")]
    assert _number_start(doc, 4, len(doc))[0] == 4


def test_a_name_the_article_tags_as_a_place_is_a_place_where_it_is_not(
    claims_of: Extract,
) -> None:
    """The model tags "Kharkiv" a place in the headline and an organisation in "In Kharkiv, a
    missile strike killed four people and injured 11": the article's own tagging says it is
    the place of the four and the 11 (before, the 11 had no place and joined another city's
    injured)."""
    body = "In Kharkiv, a missile strike killed four people and injured 11, officials said."
    headline = "Russian strikes kill 13 in Zaporizhzhia, 4 in Kharkiv"
    alone = {c.text: c.place for c in claims_of(body)}
    assert alone == {"four": None, "11": None}
    placed = {c.text: c.place for c in claims_of(f"{headline}\n\n{body}") if c.text in alone}
    assert placed == {"four": "Kharkiv", "11": "Kharkiv"}


def test_the_city_of_a_dateline_and_a_longer_name_tagged_elsewhere_are_places(
    claims_of: Extract,
) -> None:
    """ "KYIV (AP) — ... with 33 killed in Kyiv alone": the model tags this Kyiv a person, but
    the dateline names it (it had been Ukraine's 33, where the strikes were); "In Bau Bau, the
    toll rose to 11" (a person here) where "The attack in Bau Bau" is tagged a place."""
    body = (
        "The death toll from Monday's Russian missile strikes on Ukraine rose to 41 on Tuesday,"
        " with 33 killed in Kyiv alone, officials said."
    )
    assert {c.text: c.place for c in claims_of(body)}["33"] == "Ukraine"
    dated = {c.text: c.place for c in claims_of(f"KYIV (AP) — {body}")}
    assert dated["33"] == "Kyiv"
    assert dated["41"] == "Ukraine"
    city = "The ferry was bound for Bau Bau."
    toll = "In Bau Bau, the toll rose to 11."
    assert {c.text: c.place for c in claims_of(toll)}["11"] is None
    assert {c.text: c.place for c in claims_of(f"{city}\n\n{toll}")}["11"] == "Bau Bau"


def test_a_bare_tally_put_at_a_figure_reads_the_last_count_again(claims_of: Extract) -> None:
    """ "Police put the number at 227" after "Gunmen abducted at least 287 students": another
    source's reading of the abducted, not a count of nothing (before: "other", no noun)."""
    claims = claims_of(
        "Gunmen abducted at least 287 students from a school on Thursday, a teacher said. "
        "Police put the number at 227."
    )
    (police,) = [c for c in claims if c.text == "227"]
    assert (police.category, police.counted, police.attribution) == (
        "hostages",
        "student",
        "Police",
    )
    (death_toll,) = [c for c in claims_of("Police put the death toll at 41.") if c.text == "41"]
    assert death_toll.category == "killed"


def test_a_set_said_again_counts_what_it_counted(claims_of: Extract) -> None:
    """ "Of the 59, 35 are believed dead" after "The remaining 59 hostages": the 59 are the
    hostages (before: 59 killed, the share's deed read as the set's)."""
    claims = claims_of(
        "The remaining 59 hostages include 24 alive. Of the 59, 35 are believed dead."
    )
    again = [c for c in claims if c.text == "59"][-1]
    assert (again.category, again.counted) == ("hostages", "hostage")


def test_two_people_in_one_phrase_are_two_agents(claims_of: Extract) -> None:
    """ "Fire Coach Jim O'Brien, Hire Maurice Cheeks": a headline's two clauses the parser
    reads as one phrase do not make the two men one side (O'Brien's five seasons had joined
    Cheeks's four in a false conflict)."""
    claims = claims_of(
        "Philadelphia 76ers Fire Coach Jim O'Brien, Hire Maurice Cheeks\n\n"
        "In five seasons as a head coach, O'Brien recorded a mark of 182-158."
    )
    (five,) = [c for c in claims if c.text == "five"]
    assert five.agent == "o'brien" and "cheeks" not in five.agent_aliases


def test_an_organisation_and_its_initials_are_one_agent(claims_of: Extract) -> None:
    """ "GM recalls 778,000 cars" over "General Motors is recalling 778,000 cars": one agent,
    so the two figures may meet."""
    claims = claims_of("GM recalls 778,000 cars\n\nGeneral Motors is recalling 778,000 cars.")
    aliases = {c.agent: set(c.agent_aliases) for c in claims}
    assert "motors" in aliases["gm"] and "gm" in aliases["motors"]


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=1, max_value=59),
    st.integers(min_value=1, max_value=59),
)
def test_a_span_in_hours_minutes_and_seconds_is_its_seconds(
    claims_of: Extract, hours: int, minutes: int, seconds: int
) -> None:
    """However a race time is written, words or digits, it is one span of that many
    seconds."""
    total = hours * 3600 + minutes * 60 + seconds
    for said in (
        f"{hours} hours, {minutes} minutes and {seconds} seconds",
        f"{hours}:{minutes:02d}:{seconds:02d}",
    ):
        durations = [c for c in claims_of(f"She won the race in {said}.") if c.kind == "duration"]
        assert [(c.text, c.value, c.unit) for c in durations] == [(said, total, "seconds")]


def test_the_day_a_source_put_a_tally_is_no_date_of_the_event(claims_of: Extract) -> None:
    """ "put the death toll ... at 770 on Friday" dates the putting, as "said on Friday" dates
    the saying; "this week's earthquake" inside the tally is the event's date."""
    claims = claims_of(
        "The United Nations put the death toll from this week's earthquake in eastern "
        "Afghanistan at 770 on Friday, while Taliban officials said 1,150 people had been killed."
    )
    assert [c.text for c in claims if c.kind == "date"] == ["this week"]


def test_a_day_said_before_what_was_said_is_the_saying(claims_of: Extract) -> None:
    """ "police said on Monday they had arrested 2,363 people since June 9": Monday is when
    they said it (the parse may hang it on the arrests); "arrested 20 people on Monday" dates
    the arrests."""
    claims = claims_of(
        "Hong Kong police said on Monday they had arrested 2,363 people since June 9."
    )
    assert [c.text for c in claims if c.kind == "date"] == ["June 9"]
    claims = claims_of("Police said they had arrested 20 people on Monday.")
    assert [c.text for c in claims if c.kind == "date"] == ["Monday"]


def test_a_verbs_without_is_not_a_figure_joined_to_its_clause(claims_of: Extract) -> None:
    """ "Milton leaves 3 million without power, at least 10 dead": the 3 million lack power,
    the 10 are dead; read as lacking power, the 10 were kept from the body's toll."""
    lacking = {
        c.text: c.predicate
        for c in claims_of("Milton leaves 3 million without power, at least 10 dead")
    }
    assert lacking["3 million"] == "without power"
    assert lacking["at least 10"] != "without power"
