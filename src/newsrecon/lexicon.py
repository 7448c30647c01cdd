"""Word lists the extractor reads: what a figure counts and what happened to it.

Kept apart from the extraction code so that a reader can check and extend the vocabulary
without reading token-walking logic. Entries are spaCy lemmas, lower case.
"""

from __future__ import annotations

# fmt: off

# What happened to the people counted, by category. Checked on the counted noun, the words that
# govern it (up to the clause's verb and its subject) and the adjectives hanging off it.
CATEGORY_TRIGGERS: dict[str, frozenset[str]] = {
    "killed": frozenset({
        "kill", "die", "dead", "death", "murder", "slay", "slaying", "killing", "execute",
        "perish", "drown", "succumb", "fatality", "toll", "body", "corpse", "massacre", "behead",
        "assassinate", "fatal", "shoot dead", "lose life", "gun down", "mow down", "burn alive",
        "bury",  # "more than 2,000 people were buried alive" (people only: "buried 150 houses")
    }),
    "injured": frozenset({
        "injure", "wound", "hurt", "injured", "wounded", "injury", "maim", "hospitalise",
        "hospitalize", "casualty",
        # "Fourteen remain hospitalised": the parse makes the participle an adjective
        "hospitalised", "hospitalized", "treat", "receive treatment",
        "be in hospital", "remain in hospital", "stay in hospital", "send to hospital",
        "admit to hospital",
        # "Twenty-three people remained in critical care", "12 of them in intensive care"
        "be in care", "remain in care", "stay in care",
        # "three of whom remain in critical condition", "listed in serious condition"
        "be in condition", "remain in condition", "list in condition",
    }),
    "hostages": frozenset(
        {"hostage", "captive", "abductee", "kidnap", "abduct", "abduction", "kidnapping"}
        # "About 197 girls remain in captivity"
        | {"remain in captivity", "be in captivity", "hold in captivity", "spend in captivity"}
        # "Of the roughly 240 people taken hostage on October 7"
        | {"take hostage", "hold hostage", "take captive", "hold captive"}
    ),
    # "Sixty had been recaptured": escaped prisoners caught again
    "prisoners": frozenset({"prisoner", "inmate", "jail", "imprison", "convict", "recapture"}),
    "detained": frozenset({
        "detain", "detention", "arrest", "detainee", "apprehend", "capture", "round", "seize",
        "nab", "catch", "surrender", "take into custody",
        "be in custody", "remain in custody", "hold in custody",  # "eight were in custody"
        "remand in custody",  # "172 were remanded in custody"
        "be in detention", "remain in detention", "hold in detention",
    }),
    "displaced": frozenset({
        "displace", "displacement", "evacuate", "evacuee", "evacuation", "refugee", "flee",
        "homeless", "uproot", "airlift", "fly out",  # "95,700 people have been flown out of Kabul"
        "exodus", "force from home", "drive from home", "move to shelter", "move to safety",
        "relocate",  # "More than 60,000 people have been relocated"
        "cross into country",  # "1.8 million Sudanese have crossed into neighboring countries"
        "leave country", "leave home",  # "Venezuelans who have left their country"
        # where they are: "31,800 people were in evacuation shelters", "remained in shelters"
        "be in shelter", "stay in shelter", "remain in shelter", "live in shelter",
        "be in evacuation centre", "stay in evacuation centre", "remain in evacuation centre",
        "be in evacuation center", "stay in evacuation center", "remain in evacuation center",
        # "Some 240,000 people are living in evacuation centres", "living in tents"
        "live in evacuation centre", "live in evacuation center", "live in tent",
        "be at shelter", "stay at shelter", "remain at shelter",  # "staying at evacuation centres"
        "be at evacuation centre", "stay at evacuation centre", "remain at evacuation centre",
        "be at evacuation center", "stay at evacuation center", "remain at evacuation center",
        # "3,069 had been moved to 45 relief camps", "9,000 people were staying in 82 camps"
        "move to camp", "be in camp", "stay in camp", "remain in camp", "live in camp",
    }),
    "missing": frozenset({"missing", "miss", "unaccounted", "trap", "trapped"}),
    "population": frozenset({"population", "inhabitant", "populate"}),
    # people who turned out: a crowd's size is estimated, and estimates differ
    "crowd": frozenset({
        "protest", "march", "rally", "demonstrate", "gather", "riot", "attend",
        "take to street", "take part", "participate", "turn out", "turn up",
    }),
}
# what people or homes are counted "without": one service, whatever the word ("homes without
# power", "customers without electricity")
SERVICES: dict[str, str] = {
    "power": "power", "electricity": "power", "running water": "water", "water": "water",
    "heat": "heat", "heating": "heat", "internet": "internet", "phone service": "phone",
    "cell service": "phone", "gas": "gas",
}
# A nation's people by their name, as the country names them ("60 Jordanians", "Jordan said 99
# of its nationals"); not the sides of a war, counted as people wherever they are
# ("Palestinians", "Israelis")
DEMONYMS: dict[str, str] = {
    "afghan": "afghanistan", "algerian": "algeria", "argentine": "argentina",
    "argentinian": "argentina", "australian": "australia", "austrian": "austria",
    "bangladeshi": "bangladesh", "belgian": "belgium", "brazilian": "brazil",
    "briton": "britain", "bulgarian": "bulgaria", "cambodian": "cambodia",
    "canadian": "canada", "chilean": "chile", "chinese": "china", "colombian": "colombia",
    "congolese": "congo", "cuban": "cuba", "czech": "czech republic", "dane": "denmark",
    "ecuadorian": "ecuador", "egyptian": "egypt", "emirati": "united arab emirates",
    "eritrean": "eritrea", "ethiopian": "ethiopia", "filipino": "philippines",
    "frenchman": "france", "georgian": "georgia", "german": "germany", "ghanaian": "ghana",
    "greek": "greece", "guatemalan": "guatemala", "haitian": "haiti", "honduran": "honduras",
    "hungarian": "hungary", "indian": "india", "indonesian": "indonesia", "iranian": "iran",
    "iraqi": "iraq", "italian": "italy", "ivorian": "ivory coast", "jamaican": "jamaica",
    "japanese": "japan", "jordanian": "jordan", "kenyan": "kenya", "kuwaiti": "kuwait",
    "lebanese": "lebanon", "libyan": "libya", "malaysian": "malaysia", "malian": "mali",
    "mexican": "mexico", "moroccan": "morocco", "nepali": "nepal", "nepalese": "nepal",
    "nigerian": "nigeria", "norwegian": "norway", "pakistani": "pakistan",
    "peruvian": "peru", "pole": "poland", "portuguese": "portugal", "romanian": "romania",
    "russian": "russia", "rwandan": "rwanda", "saudi": "saudi arabia",
    "senegalese": "senegal", "serbian": "serbia", "somali": "somalia", "spaniard": "spain",
    "sudanese": "sudan", "swede": "sweden", "swiss": "switzerland",
    "syrian": "syria", "taiwanese": "taiwan", "tanzanian": "tanzania", "thai": "thailand",
    "tunisian": "tunisia", "turk": "turkey", "ugandan": "uganda", "ukrainian": "ukraine",
    "venezuelan": "venezuela", "vietnamese": "vietnam", "yemeni": "yemen",
    "zimbabwean": "zimbabwe",
    "burmese": "myanmar", "dutch": "netherlands", "irish": "ireland", "finn": "finland",
    "singaporean": "singapore", "mozambican": "mozambique", "malawian": "malawi",
    "zambian": "zambia", "cameroonian": "cameroon", "chadian": "chad", "angolan": "angola",
    "namibian": "namibia", "bolivian": "bolivia", "paraguayan": "paraguay",
    "uruguayan": "uruguay", "salvadoran": "el salvador", "nicaraguan": "nicaragua",
    "panamanian": "panama", "belarusian": "belarus", "moldovan": "moldova",
    "lithuanian": "lithuania", "latvian": "latvia", "estonian": "estonia", "slovak": "slovakia",
    "slovenian": "slovenia", "croatian": "croatia", "bosnian": "bosnia", "albanian": "albania",
    "armenian": "armenia", "azerbaijani": "azerbaijan", "kazakh": "kazakhstan",
    "uzbek": "uzbekistan", "mongolian": "mongolia", "laotian": "laos", "omani": "oman",
    "qatari": "qatar", "bahraini": "bahrain", "malagasy": "madagascar",
}
# a country's adjective where it is not also the name of its people: "in ten Turkish provinces"
COUNTRY_ADJECTIVES: dict[str, str] = {
    "turkish": "turkey", "british": "britain", "french": "france", "spanish": "spain",
    "polish": "poland", "swedish": "sweden", "danish": "denmark", "finnish": "finland",
    "israeli": "israel", "american": "united states", "philippine": "philippines",
}
# the dashes a wire's dateline ends with: "ANKARA, March 10 (Reuters) -"
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
# many places named by their kind: "across five states", "in three countries"
PLACES_AT_LARGE = frozenset({"states", "countries", "provinces", "counties", "regions"})
# the countries named by those words, and a few named otherwise: two of them are two places,
# none within the other
COUNTRIES = frozenset(DEMONYMS.values()) | {
    "burma", "south korea", "north korea", "south africa", "new zealand", "niger",
    "burkina faso", "sierra leone", "liberia", "guinea", "benin", "togo", "costa rica",
    "dominican republic", "north macedonia", "kosovo", "montenegro", "kyrgyzstan",
    "tajikistan", "turkmenistan", "bhutan", "maldives", "iceland", "luxembourg", "cyprus",
    "malta", "papua new guinea", "fiji", "south sudan", "democratic republic of congo",
    "sri lanka", "israel",
}
# other names of one country, lower-cased, and the name used for it ("Burkina" is Burkina
# Faso, "the U.S." the United States, as "American" is)
PLACE_ALIASES: dict[str, str] = {
    "u.s.": "united states", "us": "united states", "usa": "united states",
    "u.s.a.": "united states", "uk": "britain", "u.k.": "britain",
    "united kingdom": "britain", "great britain": "britain", "burkina": "burkina faso",
    "burma": "myanmar", "turkiye": "turkey", "türkiye": "turkey",
    "drc": "democratic republic of congo", "dr congo": "democratic republic of congo",
    "democratic republic of the congo": "democratic republic of congo",
    "uae": "united arab emirates", "czechia": "czech republic",
    "cote d'ivoire": "ivory coast", "côte d'ivoire": "ivory coast",
}  # fmt: skip
# the states of the United States, lower-cased: with countries, what a list of places names
# one level of ("without power across Florida, Georgia, South Carolina and Virginia")
US_STATES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
    "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
    "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
    "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia",
    "wisconsin", "wyoming",
})  # fmt: skip
# words that name a part of a place by where it lies: "southern Turkey", "West Texas"
REGION_WORDS = frozenset(
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "northern", "southern", "eastern", "western", "central", "northeastern",
        "northwestern", "southeastern", "southwestern",
    }
)  # fmt: skip
# nouns that stand for a figure: "the death toll stands at 41", "the number of dead rose"
TALLY_NOUNS = frozenset({"toll", "tally", "number", "total", "count", "figure"})
# what a storm's name is led by: "Typhoon Shanshan", a headline's "Typhoon slams"
STORM_TITLES = frozenset({"typhoon", "hurricane", "cyclone", "storm"})
# a country's capital, which news names for its government ("Kyiv said 8,000 of its citizens
# were held", "Moscow said"): the country that the capital speaks for
CAPITALS: dict[str, str] = {
    "kabul": "afghanistan", "algiers": "algeria", "buenos aires": "argentina",
    "canberra": "australia", "vienna": "austria", "dhaka": "bangladesh",
    "brussels": "belgium", "brasilia": "brazil", "london": "britain", "sofia": "bulgaria",
    "phnom penh": "cambodia", "ottawa": "canada", "santiago": "chile", "beijing": "china",
    "bogota": "colombia", "kinshasa": "congo", "havana": "cuba", "prague": "czech republic",
    "copenhagen": "denmark", "quito": "ecuador", "cairo": "egypt",
    "abu dhabi": "united arab emirates", "asmara": "eritrea", "addis ababa": "ethiopia",
    "manila": "philippines", "paris": "france", "tbilisi": "georgia", "berlin": "germany",
    "accra": "ghana", "athens": "greece", "port-au-prince": "haiti", "budapest": "hungary",
    "new delhi": "india", "jakarta": "indonesia", "tehran": "iran", "baghdad": "iraq",
    "rome": "italy", "tokyo": "japan", "amman": "jordan", "nairobi": "kenya",
    "beirut": "lebanon", "tripoli": "libya", "kuala lumpur": "malaysia", "bamako": "mali",
    "mexico city": "mexico", "rabat": "morocco", "kathmandu": "nepal", "abuja": "nigeria",
    "oslo": "norway", "islamabad": "pakistan", "lima": "peru", "warsaw": "poland",
    "lisbon": "portugal", "bucharest": "romania", "moscow": "russia", "kigali": "rwanda",
    "riyadh": "saudi arabia", "dakar": "senegal", "belgrade": "serbia",
    "mogadishu": "somalia", "madrid": "spain", "khartoum": "sudan", "stockholm": "sweden",
    "bern": "switzerland", "damascus": "syria", "taipei": "taiwan", "bangkok": "thailand",
    "tunis": "tunisia", "ankara": "turkey", "kampala": "uganda", "kyiv": "ukraine",
    "kiev": "ukraine", "caracas": "venezuela", "hanoi": "vietnam", "sanaa": "yemen",
    "harare": "zimbabwe", "minsk": "belarus", "seoul": "south korea",
    "pyongyang": "north korea", "doha": "qatar", "yerevan": "armenia", "baku": "azerbaijan",
    "ouagadougou": "burkina faso", "niamey": "niger", "n'djamena": "chad",
    "bangui": "central african republic", "juba": "south sudan", "maputo": "mozambique",
    "lusaka": "zambia", "lilongwe": "malawi", "luanda": "angola", "pretoria": "south africa",
    "yaounde": "cameroon", "conakry": "guinea", "freetown": "sierra leone",
    "monrovia": "liberia", "lome": "togo", "nouakchott": "mauritania",
    "antananarivo": "madagascar", "naypyitaw": "myanmar", "vientiane": "laos",
    "colombo": "sri lanka", "tashkent": "uzbekistan", "bishkek": "kyrgyzstan",
    "dushanbe": "tajikistan", "astana": "kazakhstan", "ulaanbaatar": "mongolia",
    "managua": "nicaragua", "tegucigalpa": "honduras", "guatemala city": "guatemala",
    "san salvador": "el salvador", "la paz": "bolivia", "asuncion": "paraguay",
    "montevideo": "uruguay", "santo domingo": "dominican republic", "amsterdam": "netherlands",
    "dublin": "ireland", "helsinki": "finland", "tallinn": "estonia", "riga": "latvia",
    "vilnius": "lithuania", "bratislava": "slovakia", "ljubljana": "slovenia",
    "zagreb": "croatia", "sarajevo": "bosnia", "skopje": "north macedonia",
    "tirana": "albania", "chisinau": "moldova", "reykjavik": "iceland", "nicosia": "cyprus",
    "muscat": "oman", "manama": "bahrain", "kuwait city": "kuwait", "wellington": "new zealand",
}


def country_of_adjective(word: str) -> str | None:
    """The country a people's or an adjective's word names ("Indian", "Greek": India, Greece)."""
    return DEMONYMS.get(word) or COUNTRY_ADJECTIVES.get(word)


# Who takes hostages: what they seize is no arrest ("Kidnappers who seized 200 pupils")
KIDNAPPERS = frozenset({"kidnapper", "abductor", "captor", "hostage-taker", "bandit", "pirate"})
# Triggers that say what happened to people only when people are named: "caught 12 Somalis",
# but "52 catches for 440 yards and four scores", "surrendered four runs"
TRIGGERS_FOR_PEOPLE = frozenset({"catch", "surrender", "bury"})
# People a team loses to injury, trades or suspensions, not to death
TEAM_MEMBERS = frozenset({"player", "starter", "receiver", "linebacker", "quarterback"})
# Verbs a headline capitalises before a figure ("Quake Kills 10", "Hamas Frees 3").
# every word that names a category: "killed", "hostage", "evacuate"...
TRIGGER_WORDS = frozenset[str]().union(*CATEGORY_TRIGGERS.values())
HEADLINE_VERBS = TRIGGER_WORDS | {
    "free", "release", "leave", "rise", "top", "reach", "near", "pass", "exceed", "hit",
    "climb", "jump", "hold", "claim", "say", "swap", "return", "rescue", "save", "find",
}
# verbs of a figure that moved: "rose from 41 to 45" is no range but two figures
CHANGE_VERBS = frozenset({
    "rise", "climb", "increase", "jump", "grow", "swell", "soar", "surge", "mount", "double",
    "triple", "fall", "drop", "decrease", "decline", "plunge", "slip", "dip", "tumble", "sink",
    "revise", "raise", "lower", "reduce", "cut", "edge", "go", "move", "shoot", "spike",
    # a rate's own words: "wage growth slowed to 4.6% from 4.8%"
    "slow", "ease", "accelerate", "quicken", "widen", "narrow", "shrink", "contract", "expand",
    "slide", "rebound",
})
# bodies whose word before an estimate names its source: "a police estimate of 48,000"
ESTIMATING_BODIES = frozenset({
    "police", "government", "ministry", "union", "military", "army", "agency", "council",
    "company", "authority", "organiser", "organizer", "official", "industry", "city", "state",
})  # fmt: skip
# deeds named by a noun, whose count a verb of change moves: "cancellations had climbed to
# 3,100 flights" counts flights cancelled, as "cancelled 2,400 flights" does
NOMINAL_DEEDS = {
    "cancellation": "cancel", "evacuation": "evacuate", "postponement": "postpone",
    "closure": "close", "deportation": "deport", "eviction": "evict", "abduction": "abduct",
    "execution": "execute", "conviction": "convict", "detention": "detain",
    "delay": "delay", "arrest": "arrest", "rescue": "rescue", "cull": "cull",
    "loss": "lose",  # "home losses climbed to 86": homes lost
}  # fmt: skip
# verbs by which a count reaches a figure, besides those of change
REACHING_VERBS = frozenset({"reach", "top", "pass", "exceed", "hit", "stand", "total"})
# what a figure said "a ..." or "per ..." is a rate of: "23 points a game", "$25 million a season"
RATE_UNITS = frozenset({
    "game", "contest", "match", "start", "season", "year", "month", "week", "day", "night",
    "hour", "minute",
})
# a deed counted by its repetitions, as the noun that counts it otherwise: "shot 11 times" is
# "fired 11 shots" (a verb absent here names its deed as it is: "arrested four times")
DEED_NOUNS: dict[str, str] = {"shoot": "shot"}
# What a verb's object counts, in the deed's own noun: "caught 29 passes" are "29 catches".
DEEDS_COUNTED: dict[tuple[str, str], str] = {("catch", "pass"): "catch"}
# Counted nouns that name the category themselves win over the verb ("freed 18 hostages").
NOUN_CATEGORIES: dict[str, str] = {
    "hostage": "hostages", "captive": "hostages", "abductee": "hostages",
    "prisoner": "prisoners", "inmate": "prisoners", "pow": "prisoners", "detainee": "detained",
    "refugee": "displaced", "evacuee": "displaced", "fatality": "killed", "death": "killed",
    "casualty": "injured", "injury": "injured", "inhabitant": "population",
    "body": "killed", "corpse": "killed", "arrest": "detained", "detention": "detained",
    # "the four murders", "two killings": a toll counted in deeds
    "murder": "killed", "killing": "killed", "homicide": "killed", "execution": "killed",
}
# nouns said only in the plural, whose lemma would be another word's ("remains": "remain"),
# and the word they stand for
PLURAL_NOUNS: dict[str, str] = {
    "remains": "body",
    # ... and plurals the lemmatizer takes for another word's ("dos", "taxis", "basis")
    "doses": "dose", "taxes": "tax", "bases": "base",
}  # fmt: skip
# verbs of a handover, each an event of its own day ("Hamas freed three hostages on Saturday"),
# and how the scope of its count begins ("on 2025-02-08")
HANDOVER_VERBS = frozenset({"free", "release", "swap", "exchange", "liberate"})
# the scope of a running total of handovers from an unnamed start ("freed since the truce
# began", "so far"); it nests with any named start ("since 2025-01-19")
RUNNING_SCOPE = "since"
# a clock's half of the day, however written ("p.m.", "pm", "p.m" before a stop)
MERIDIEMS = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m"})
# the zones a clock time is given in ("at 2045 GMT")
TIME_ZONE_NAMES = frozenset(
    {"gmt", "utc", "ist", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "cst", "cdt", "mst"}
    | {"mdt", "et", "pt", "aest", "msk", "wib"}
)
HANDOVER_SCOPE = "on "
# how the scope of a count of the past hours begins ("past night to 2025-05-18")
RECENT_SCOPE = "past "
# words for an earthquake, the main one or one after it
QUAKE_WORDS = frozenset({"quake", "earthquake", "temblor", "tremor", "aftershock", "foreshock"})
# other words that say so of a day's handover: "returned 150 prisoners of war on Sunday",
# "handed over three hostages on Saturday", "brought home 189 prisoners of war on Monday"
# (a verb and the word it needs: not "handed Nichols four life sentences on Monday", nor
# "bringing the toll to 47 on Sunday")
HANDOVER_DAY_VERBS = {"return": "", "hand": "over", "bring": "home", "rescue": ""}
# "four murder victims": the victims of these deeds are dead
DEADLY_DEEDS = frozenset({"murder", "homicide"})
# who attacks: a toll "including the gunman" counts them with their victims
ATTACKERS = frozenset(
    {"gunman", "attacker", "shooter", "bomber", "assailant", "perpetrator", "hijacker", "taker"}
)
# parts of a day said after its name: "on Saturday morning"
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})

# "a mother of 12", "father-of-three": the figure after "of" counts the parent's children
PARENT_NOUNS = frozenset({
    "mother", "father", "mom", "mum", "dad", "parent", "grandmother", "grandfather",
    "grandparent", "grandmom", "granddad", "grandma", "grandpa",
})

# People-like nouns: a figure counting these can be a casualty figure. Any other counted noun
# ("buildings", "exchanges", "bombs") makes the figure a count of things (category "other").
PERSON_NOUNS = frozenset({
    "people", "person", "civilian", "child", "kid", "woman", "man", "men", "women", "children",
    "soldier", "troop", "militant", "fighter", "officer", "policeman", "police", "resident",
    "student", "worker", "passenger", "victim", "individual", "member", "protester",
    "demonstrator", "journalist", "reporter", "miner", "patient", "employee", "crew",
    "pilgrim", "tourist", "migrant", "suspect", "gunman", "climber", "firefighter", "official",
    "boy", "girl", "baby", "infant", "adult", "teenager", "youth", "player", "guard", "staff",
    "rebel", "insurgent", "terrorist", "attacker", "bystander", "villager", "citizen",
    "national", "survivor", "hiker", "sailor", "pirate", "militiaman", "combatant", "agent",
    "hostage", "captive", "prisoner", "inmate", "detainee", "refugee", "evacuee", "casualty",
    "fatality", "dead", "wounded", "injured", "others", "family", "relative", "colleague",
    "paramedic", "doctor", "nurse", "teacher", "pupil", "shopper", "worshipper", "spectator",
    "fan", "motorist", "driver", "pedestrian", "occupant", "guest", "customer", "visitor",
    "personnel", "marine", "sergeant", "trooper", "deputy", "cop", "diplomat",
    "islamist", "jihadist", "gunmen", "who", "whom", "those", "they", "them",
    # roles a report names its victims by
    "manager", "boss", "partner", "executive", "coworker", "clerk", "receptionist",
    "accountant", "lawyer", "judge", "juror", "witness", "detective", "banker", "farmer",
    "companion", "comrade", "teammate", "roommate",
    "fisherman", "fishermen", "labourer", "laborer", "contractor", "engineer", "commander",
    "leader", "politician", "lawmaker", "activist", "volunteer", "missionary", "priest",
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "cousin",
    "friend", "neighbour", "neighbor", "mourner", "marcher", "rioter", "looter", "robber",
    "thief", "smuggler", "immigrant", "crewman", "crewmen", "crewmember", "seafarer",
    "professor", "instructor", "lecturer", "researcher", "scientist", "physician", "surgeon",
    "pastor", "cleric", "imam", "rabbi", "monk", "nun", "parishioner", "churchgoer",
    "partygoer", "athlete", "coach", "co-worker", "follower", "believer", "recruit",
    "devotee", "congregant", "reveller", "reveler",
    # who attack, seize or raid
    "brigand", "raider", "hijacker", "kidnapper", "abductor", "bandit", "assailant",
    "intruder", "poacher", "taker",  # "hostage-takers"
    # who watch, read, vote or buy
    "viewer", "listener", "reader", "voter", "subscriber", "attendee", "buyer", "user",
    "participant", "organizer", "organiser", "supporter", "opponent",
    # who go to school
    "schoolgirl", "schoolboy", "schoolchild", "schoolchildren", "schoolkid", "classmate",
    # who are out on a trip, at a camp or at play
    "camper", "counselor", "counsellor", "swimmer", "skier", "snowboarder", "surfer", "diver",
    "cyclist", "runner", "jogger", "traveller", "traveler", "commuter", "trekker",
    "mountaineer", "holidaymaker", "vacationer", "beachgoer", "concertgoer", "festivalgoer",
    "sightseer", "kayaker", "boater", "hunter", "backpacker", "rafter", "caver",
    # by age, by where they come from, by a court's or a campaign's word for them
    "minor", "juvenile", "teen", "toddler", "newborn", "adolescent", "pensioner", "retiree",
    "elder", "foreigner", "expatriate", "expat", "settler", "defendant", "accomplice", "convict",
    "fugitive", "gangster", "mobster", "minister", "senator", "candidate", "protestor",
    # an underworld's people ("the murders of three rivals", "two associates were arrested")
    "rival", "associate", "henchman", "henchmen", "hitman", "hitmen", "informant", "informer",
    "mafioso", "enforcer", "underboss", "capo",
    "rescuer", "medic", "actor", "actress", "singer", "musician", "pilot", "veteran",
    # who serve under arms or keep the peace
    "peacekeeper", "serviceman", "servicemen", "servicewoman", "servicemember", "paratrooper",
    "guerrilla", "guerilla", "mercenary", "conscript", "reservist", "sniper", "bodyguard",
    "gendarme", "policewoman", "policemen", "airman", "airmen", "seaman", "seamen",
    # peoples a report counts by name, whatever the model tags them ("123,000 Rohingya")
    "rohingya", "uyghur", "uighur", "yazidi", "kurd", "tutsi", "hutu", "hazara", "pashtun",
})

# Verbs that say nothing of what a figure counts: "he has 189 yards", "she was 91".
EMPTY_VERBS = frozenset({"be", "have", "do", "get"})

# Nouns that make "N people" a population ("a territory of 2.4 million people").
PLACE_NOUNS = frozenset({
    "territory", "country", "city", "town", "nation", "state", "region", "province", "island",
    "village", "enclave", "strip", "area", "district", "community", "metropolis", "capital",
    "population", "county", "municipality", "neighbourhood", "neighborhood", "archipelago",
})

# buildings and sites where things happen, which name where, never what happened ("holding
# hostages at a gas plant on Thursday", "found in a New Bedford home on Tuesday")
FACILITY_NOUNS = frozenset({
    "plant", "facility", "factory", "school", "hospital", "mine", "building", "airport", "mall",
    "church", "mosque", "hotel", "prison", "store", "restaurant", "office", "home", "house",
    "warehouse", "shop", "stadium", "site", "complex", "compound", "base", "camp", "hall",
    "arena", "theater", "theatre", "nightclub", "club", "bar", "cafe", "market", "supermarket",
    "station", "port", "embassy", "consulate", "temple", "synagogue", "cathedral", "museum",
    "university", "college", "courthouse",
})

# what ends a named fire: "the Palisades Fire", "the August Complex"
BLAZE_NAME_HEADS = frozenset({"fire", "blaze", "wildfire", "complex"})

# what ends the name of a country's part that tolls are broken down by: "Kerr County",
# "Kaduna State", "Hatay province", "Derna district"
DIVISION_NAME_HEADS = frozenset({
    "county", "province", "prefecture", "governorate", "oblast", "district", "state", "parish",
})

# Parts of a place another is "of": "the streets of Athens", "the outskirts of Damascus"
PARTS_OF_A_PLACE = frozenset({
    "street", "square", "centre", "center", "outskirt", "outskirts", "suburb", "heart",
    "downtown",
})

TIME_UNITS: dict[str, str] = {
    "second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks",
    "fortnight": "fortnights", "month": "months", "year": "years", "decade": "decades",
    "century": "centuries", "min": "minutes", "hr": "hours", "hrs": "hours", "mins": "minutes",
    "sec": "seconds", "secs": "seconds",
}
# One-word durations: "a weeklong binge".
LONG_DURATIONS: dict[str, str] = {
    "weeklong": "weeks", "week-long": "weeks", "monthlong": "months", "month-long": "months",
    "yearlong": "years", "year-long": "years", "daylong": "days", "day-long": "days",
    "hourlong": "hours", "hour-long": "hours", "decadelong": "decades",
}
# "no casualties", "no deaths": a zero count of these.
ZERO_NOUNS = frozenset({
    "casualty", "death", "fatality", "injury", "dead", "victim", "survivor", "arrest",
})

# How many days a unit is, to compare "six weeks" with "42 days".
UNIT_DAYS: dict[str, float] = {
    "seconds": 1 / 86400, "minutes": 1 / 1440, "hours": 1 / 24, "days": 1, "weeks": 7,
    "fortnights": 14, "months": 30.44, "years": 365.25, "decades": 3652.5, "centuries": 36525,
}

# Nouns that a number after them names rather than counts: "Highway 214", "flight 370".
NUMBERED_PLACES = frozenset(
    {"highway", "route", "interstate", "flight", "room", "gate", "platform", "terminal",
     "suite", "apartment", "exit", "pier", "channel", "chapter", "section", "article",
     "amendment", "version"}
)

# A house number before these is an address: "24 Independent Street".
STREET_WORDS = frozenset(
    {"street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd",
     "lane", "drive", "way", "place", "court", "terrace", "highway"}
)

# A glued "m" is metres before these words ("600m down a gully", "a 30m-high wave") or under
# these verbs ("fell about 600m"); elsewhere it is millions.
# what carries people: "The ship had a crew of 21" is its load, as "was carrying 21" is
CRAFTS = frozenset({
    "ship", "vessel", "boat", "ferry", "plane", "aircraft", "airliner", "jet", "helicopter",
    "bus", "minibus", "train", "flight", "submarine", "yacht", "trawler", "tanker", "freighter",
    "dinghy", "craft", "airplane", "coach",
})  # fmt: skip
SPATIAL_AFTER_METRES = frozenset(
    {"from", "down", "up", "away", "below", "above", "high", "tall", "deep", "long", "wide",
     "across", "off", "underground", "beneath", "under", "into", "by", "ahead", "behind"}
)
# ... and before a race's words: "the 400m freestyle", "won the 100m final"
RACE_AFTER_METRES = frozenset(
    {"freestyle", "hurdles", "sprint", "butterfly", "backstroke", "breaststroke", "relay",
     "medley", "dash", "steeplechase", "individual", "race", "final", "heat", "semifinal",
     "semi", "title", "champion", "gold", "silver", "bronze", "runner", "swim", "run"}
)
# "the women's 400m", "the men's 100m": a race's distance
RACE_FIELDS = frozenset({"women", "men", "girls", "boys"})
FALLING_VERBS = frozenset(
    {"fall", "plunge", "drop", "slide", "slip", "climb", "tumble", "dive", "sink"}
)

MEASURE_UNITS: dict[str, str] = {
    "pound": "pounds", "lb": "pounds", "kilogram": "kilograms", "kg": "kilograms",
    "gram": "grams", "ton": "tons", "tonne": "tonnes", "mile": "miles", "kilometre": "km",
    "kilometer": "km", "km": "km", "metre": "metres", "meter": "metres", "foot": "feet",
    "feet": "feet", "ft": "feet", "lbs": "pounds", "ounce": "ounces", "oz": "ounces",
    "inch": "inches", "acre": "acres", "hectare": "hectares",
    "gallon": "gallons", "litre": "litres", "liter": "litres", "barrel": "barrels",
    "magnitude": "magnitude", "degree": "degrees", "mph": "mph", "megawatt": "MW",
    "calibre": "calibre", "caliber": "calibre", "millimetre": "mm", "mm": "mm",
    "centimetre": "cm", "cm": "cm", "centimeter": "cm", "millimeter": "mm",
    "gb": "GB", "mb": "MB", "tb": "TB", "ghz": "GHz", "mhz": "MHz", "rpm": "rpm",
    "gigabyte": "GB", "megabyte": "MB", "terabyte": "TB", "gigahertz": "GHz",
    "megahertz": "MHz",
    "mw": "MW", "kw": "kW", "kwh": "kWh", "kph": "km/h", "megapixel": "MP", "mpx": "MP",
    "mah": "mAh", "mahr": "mAh", "knot": "knots", "bps": "basis points", "bp": "basis points",
    "fahrenheit": "°F", "celsius": "°C", "centigrade": "°C",
}
# a temperature's scale after "degrees": "110 degrees Fahrenheit" (no factor turns one into
# the other, so the two are not compared)
TEMPERATURE_SCALES: dict[str, str] = {
    "fahrenheit": "°F", "celsius": "°C", "centigrade": "°C", "f": "°F", "c": "°C",
}

# Measures of one dimension compared in one unit: "48km" and "30 miles" of one chase, "193
# km/h" and "120 mph". Unit -> (the dimension's unit, how many of it one unit is).
MEASURE_BASE: dict[str, tuple[str, float]] = {
    "km": ("km", 1.0), "miles": ("km", 1.609344), "nautical miles": ("km", 1.852),
    "metres": ("km", 0.001), "feet": ("km", 0.0003048), "inches": ("km", 0.0000254),
    "cm": ("km", 0.00001), "mm": ("km", 0.000001),
    "km/h": ("km/h", 1.0), "mph": ("km/h", 1.609344), "knots": ("km/h", 1.852),
    "kilograms": ("kg", 1.0), "pounds": ("kg", 0.45359237), "grams": ("kg", 0.001),
    "tonnes": ("kg", 1000.0), "tons": ("kg", 907.18474),
    "hectares": ("hectares", 1.0), "acres": ("hectares", 0.40468564),
    "square miles": ("hectares", 258.998811), "square km": ("hectares", 100.0),
    "square metres": ("hectares", 0.0001), "square feet": ("hectares", 0.000009290304),
    "litres": ("litres", 1.0), "gallons": ("litres", 3.785411784),
    # a rate's move: "cut by 50 basis points", "by half a percentage point"
    "percentage points": ("percentage points", 1.0), "basis points": ("percentage points", 0.01),
    "°C": ("°C", 1.0), "°F": ("°C", 5 / 9),
}
# ... and what is added to a figure before it is scaled: 118 °F is (118 - 32) * 5/9 °C
MEASURE_OFFSET: dict[str, float] = {"°F": -32.0}

CURRENCY_SYMBOLS: dict[str, str] = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "us$": "USD"}
# a currency named by its country's adjective and a word many countries' currencies share:
# "11 million Swedish crowns", "10 million Australian dollars", "500 Danish kroner"
NATIONAL_CURRENCIES: dict[tuple[str, str], str] = {
    ("australian", "dollar"): "AUD", ("canadian", "dollar"): "CAD",
    ("new zealand", "dollar"): "NZD", ("hong kong", "dollar"): "HKD",
    ("singapore", "dollar"): "SGD", ("taiwan", "dollar"): "TWD", ("u.s.", "dollar"): "USD",
    ("us", "dollar"): "USD", ("american", "dollar"): "USD",
    ("swedish", "crown"): "SEK", ("swedish", "krona"): "SEK", ("danish", "crown"): "DKK",
    ("danish", "krone"): "DKK", ("norwegian", "crown"): "NOK", ("norwegian", "krone"): "NOK",
    ("czech", "crown"): "CZK", ("icelandic", "krona"): "ISK", ("swiss", "franc"): "CHF",
    ("indian", "rupee"): "INR", ("pakistani", "rupee"): "PKR", ("mexican", "peso"): "MXN",
    ("argentine", "peso"): "ARS", ("philippine", "peso"): "PHP", ("egyptian", "pound"): "EGP",
    ("british", "pound"): "GBP", ("south korean", "won"): "KRW", ("korean", "won"): "KRW",
}  # fmt: skip
# plurals of those words no "s" makes
CURRENCY_PLURALS = {"kroner": "krone", "kronor": "krona", "pesos": "peso", "rupees": "rupee"}
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "usd": "USD", "euro": "EUR", "eur": "EUR", "gbp": "GBP",
    "pound sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "rupee": "INR", "shekel": "ILS", "franc": "CHF", "rouble": "RUB", "ruble": "RUB",
    "naira": "NGN", "lira": "TRY", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
    "hryvnia": "UAH", "hryvnias": "UAH", "zloty": "PLN", "zlotys": "PLN", "shilling": "KES",
    "cedi": "GHS", "taka": "BDT", "kwacha": "ZMW", "dirham": "AED", "riyal": "SAR",
    "renminbi": "CNY", "rand": "ZAR",
    "quetzal": "GTQ", "quetzale": "GTQ", "dong": "VND", "reais": "BRL",
    "lempira": "HNL", "kyat": "MMK", "riel": "KHR", "tenge": "KZT", "lari": "GEL",
    "manat": "AZN", "birr": "ETB", "forint": "HUF", "koruna": "CZK", "kronor": "SEK",
    "rial": "IRR",
}
# A hundredth of a currency's unit, named after the number: "69 cents"
HUNDREDTHS: dict[str, str] = {"cent": "USD", "penny": "GBP", "pence": "GBP"}
PERCENT_WORDS = frozenset({"%", "percent", "per cent", "pct"})

# Words that multiply a number ("two hundred", "a dozen"): quantities, not things counted.
NUMBER_NOUNS = frozenset(
    {"hundred", "thousand", "million", "billion", "trillion", "dozen"}
    | {"lakh", "lakhs", "crore", "crores"}
)
# What a game's or a vote's two dashed figures are said of: "a 31-24 win", "beat the Jaguars
# 31-24", "by a vote of 51-50", "ruled 6-3"; the voting words make them votes, not points.
SCORE_NOUNS = frozenset({
    "win", "victory", "loss", "defeat", "lead", "game", "triumph", "rout", "deficit", "run",
    "edge", "margin", "tie", "draw", "upset", "vote", "verdict", "deadlock", "halftime",
    "advantage", "score", "scoreline", "shutout", "thrashing", "drubbing", "comeback",
    "setback", "blowout", "decision", "ruling", "split",
})
SCORE_VERBS = frozenset({
    "beat", "defeat", "win", "lose", "lead", "trail", "edge", "top", "rout", "tie", "vote",
    "down", "blank", "outscore", "thrash", "hammer", "crush", "pass", "approve", "reject",
    "confirm", "overturn", "whip", "nip", "stun", "upset", "shade", "outlast", "deadlock",
    "rule", "sink", "clinch", "claim", "draw", "uphold", "back", "adopt", "clear",
})
# ... and verbs of a game's end, when a game is their subject: "the final ended 3-3", "the
# match finished 1-1" (a team that "finished 2-4" or "ended its season 15-17" gives a record)
ENDING_VERBS = frozenset({"end", "finish"})
GAME_NOUNS = frozenset({"game", "match", "final", "contest", "tie", "bout", "semifinal", "derby"})
VOTING_WORDS = frozenset({
    "vote", "verdict", "deadlock", "ruling", "split", "decision", "rule", "pass", "approve",
    "reject", "confirm", "overturn", "uphold", "back", "adopt", "clear",
})
# A player's or a fighter's statistics, each its own count: "13 homers and 43 RBIs", "58 wins
# and three defeats, 51 by knockout", "20 points and 11 rebounds" (words as families name them).
GAME_STATISTICS = frozenset({
    "point", "rebound", "assist", "block", "steal", "turnover", "homer", "rbi", "strikeout",
    "knockout", "win", "loss", "touchdown", "interception", "sack", "fumble",
})
# Verbs by which a source changes a tally it keeps: "Odisha revised the death toll down to
# 275", "officials raised the toll to 41" (the source gives the figure, it killed nobody).
REVISING_VERBS = frozenset({
    "revise", "raise", "lower", "update", "increase", "reduce", "adjust", "correct", "cut",
    "downgrade", "upgrade", "hike",
})
# The dead not yet named or claimed: "187 bodies remained unidentified", "40 unclaimed bodies"
UNNAMED_DEAD = frozenset({
    "unidentified", "unclaimed", "unnamed", "unrecognised", "unrecognized", "unburied",
})
# Nouns of figures kept for a period: "Data for August was revised", "revenues for 2012":
# the period the figures cover, not a day something happened.
DATA_NOUNS = frozenset({
    "data", "datum", "figure", "number", "statistic", "revenue", "sale", "earning", "profit",
    "report", "forecast", "estimate", "payroll",
})
# Verbs whose date says only when a source spoke ("police said Saturday").
SAYING_VERBS = frozenset({"say", "tell", "add", "note", "state"})
REPORTING_VERBS = frozenset({
    "say", "tell", "report", "announce", "confirm", "claim", "state", "estimate", "add",
    "according", "note", "insist", "warn", "declare", "show",
})
# Verbs whose subject is not who a story is about: the sources and the copula.
NOT_ACTING_VERBS = REPORTING_VERBS | {"be", "have", "believe", "write", "reveal", "publish"}
# Verbs that make an infinitive a plan rather than a fact ("Hamas is to free 33 hostages").
PLANNING_HEADS = frozenset({
    "be", "set", "due", "expect", "schedule", "plan", "agree", "aim", "hope", "intend", "want",
    "seek", "promise", "prepare", "go", "propose", "offer", "threaten", "vow", "pledge",
})
# Verbs that say a figure was gone past: "the toll has passed 1,000" is more than 1,000.
PASSING_VERBS = frozenset({"pass", "top", "exceed", "surpass", "cross", "eclipse"})
HEDGE_WORDS = frozenset({"at", "least", "more", "than", "about", "around", "some", "nearly"})
# Categories of counts of people: a count in one of them counts "people" when no noun says.
PEOPLE_CATEGORIES = frozenset({
    "killed", "injured", "hostages", "prisoners", "detained", "displaced", "missing",
    "population", "crowd",
})
# deeds that say opposite things of those who do them: never one count ("pleaded not guilty"
# is read as "deny", see `features.deed_lemma`)
OPPOSITE_DEEDS = frozenset(
    frozenset(pair)
    for pair in (
        ("plead", "deny"),
        ("admit", "deny"),
        ("accept", "reject"),
        ("approve", "reject"),
        ("support", "oppose"),
    )
)
# what a fire does to the land it burns: "had scorched 10,600 acres", "has burned 14,117 acres"
BURNING_VERBS = frozenset({"burn", "scorch", "char", "blacken", "consume"})
# What the law does to people: "two men were charged", "with nearly 300 charged" (people).
LEGAL_VERBS = frozenset({"charge", "accuse", "indict", "suspect", "arraign", "book", "try"})
VAGUE_WORDS = frozenset(
    {"dozens", "hundreds", "thousands", "scores", "millions", "billions", "tens"}
)
# Kinds of event a date's verb or noun names: two dates of one day under two kinds are two
# events ("was arrested around midnight Friday", "was killed Friday"). Words of many kinds
# ("find", "hold", "fire") are left out, and so are states ("died while in prison custody on
# December 19": the date is the death's). A source speaking is its own event, as the gold
# of bench/gold-dates groups it ("died Thursday", "confirmed Thursday"; "bombs fell Thursday",
# "Kiir denied those claims in a statement Thursday"): 86 folders of dates, mean F1 0.7585 ->
# 0.7645, though an announcement is sometimes the news itself ("announced it has rushed out
# an additional patch"). "say" and "tell" give no date at all (see extract).
_EVENT_WORDS = {
    "killing": "kill die death shoot shooting slay slaying murder killing stab stabbing wound"
    " assassinate assassination massacre",
    "arrest": "arrest detain capture apprehend nab surrender",
    "court": "sentence sentencing convict conviction charge indict indictment arraign"
    " arraignment plead acquit trial hearing verdict testify",
    # not "march", "rally", "demonstrate": "a gunman marched into a party", "the Sixers rallied"
    "protest": "protest riot vigil demonstration clash",
    "release": "release free parole",
    # "Sunday's parliamentary election" is not "confirmed on Tuesday that ... won"
    "election": "election vote referendum runoff",
    "speech": "comment deny statement confirm announce claim accuse speak interview",
    "market": "trade",
    # a storm's strength and its landfall, a day apart: "strengthened to a Category 5 storm on
    # Monday", "made landfall on Tuesday"
    "intensity": "strengthen weaken intensify upgrade downgrade",
    "landfall": "landfall",
}
# what a date of a day's trading is dated by: "TSMC shares rose yesterday" (see market_move)
MARKET_EVENT = "trade"
EVENT_KINDS: dict[str, str] = {
    word: kind for kind, words in _EVENT_WORDS.items() for word in words.split()
}
# fmt: on


# words a name's initials skip: "Federal Bureau of Investigation" is "fbi"
NAME_JOINERS = frozenset({"of", "and", "&", "the", "for"})


def initials(name: str) -> str:
    """ "advanced micro devices" -> "amd", "hewlett-packard" -> "hp" (lower case; none for a
    one-word name)."""
    parts = [p for p in name.lower().replace("-", " ").split() if p not in NAME_JOINERS]
    return "".join(p[0] for p in parts) if len(parts) > 1 else ""


# where a crash's dead were: on the craft or on the ground under it (two counts of its toll)
ON_BOARD = "on board"
ON_THE_GROUND = "on the ground"

# the unit of a ratio said as "N times" a thing: "five times the legal limit", and the tags
# of the comparatives that make one: "three times longer", "five times faster"
MULTIPLE = "times"
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
