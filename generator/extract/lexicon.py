"""Closed word lists the extractors share: rules of English news writing, kept in one
place so a reviewer can read them and a test can pin each one.

Verbs are listed in their inflected forms because the lemmatizer is not loaded.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def words_of(text: str) -> frozenset[str]:
    """A word list written as text, for modules that keep their own short lists."""
    return _words(text)


def _forms(*stems: str) -> frozenset[str]:
    """Each entry is 'base past 3rd-person gerund' (space-separated)."""
    return frozenset(word for stem in stems for word in stem.split())


# A critic's verdict in their words: 'labelling it a "dispiriting vanity project"'. A
# word or two after these verbs is a label, not speech ('labelled it "idiotic"').
_LABELLING = (
    "label labelled labels labelling labeled labeling",
    "dub dubbed dubs dubbing",
    "brand branded brands branding",
)
LABELLING_VERBS = _forms(*_LABELLING)

# Verbs that introduce what someone said or wrote.
SPEECH_VERBS = _forms(
    "say said says saying",
    "tell told tells telling",
    "add added adds adding",
    "state stated states stating",
    "claim claimed claims claiming",
    "warn warned warns warning",
    "insist insisted insists insisting",
    "explain explained explains explaining",
    "argue argued argues arguing",
    "note noted notes noting",
    "continue continued continues continuing",
    "conclude concluded concludes concluding",
    "write wrote writes writing written",
    "emphasise emphasised emphasises emphasising",
    "emphasize emphasized emphasizes emphasizing",
    "stress stressed stresses stressing",
    "acknowledge acknowledged acknowledges acknowledging",
    "admit admitted admits admitting",
    "announce announced announces announcing",
    "confirm confirmed confirms confirming",
    "declare declared declares declaring",
    "reply replied replies replying",
    "respond responded responds responding",
    "urge urged urges urging",
    "describe described describes describing",
    "call called calls calling",
    "cite cited cites citing",
    "ask asked asks asking",
    "comment commented comments commenting",
    "remark remarked remarks remarking",
    "quote quoted quotes quoting",
    "predict predicted predicts predicting",
    "deny denied denies denying",
    "agree agreed agrees agreeing",
    "complain complained complains complaining",
    "joke joked jokes joking",
    "recall recalled recalls recalling",
    "reveal revealed reveals revealing",
    "suggest suggested suggests suggesting",
    "tweet tweeted tweets tweeting",
    "promise promised promises promising",
    "vow vowed vows vowing",
    "criticise criticised criticises criticising",
    "criticize criticized criticizes criticizing",
    "accuse accused accuses accusing",
    "report reported reports reporting",
    "observe observed observes observing",
    "point pointed points pointing",
    "describe described describes describing",
    "underline underlined underlines underlining",
    "underscore underscored underscores underscoring",
    *_LABELLING,
)

# Verbs of reported claims: "The New York Times reported that ...", "Analysts suggest that ...".
CLAIM_VERBS = SPEECH_VERBS | _forms(
    "believe believed believes believing",
    "think thought thinks thinking",
    "estimate estimated estimates estimating",
    "expect expected expects expecting",
    "fear feared fears fearing",
    "show showed shows showing shown",
    "indicate indicated indicates indicating",
    "allege alleged alleges alleging",
    "find found finds finding",
)

# Honorifics dropped from a person's name ("Mr Blair" is Tony Blair); not roles.
HONORIFICS = _words(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof. professor rev rev. mx"
)
# Capitalised words written before a name that are its bearer's office, not the name:
# "President Vladimir Putin" (the name is "Vladimir Putin").
PERSON_TITLES = _words(
    """president vice premier prime minister chancellor king queen prince princess pope
    general gen colonel col captain capt sergeant senator sen governor gov judge justice
    mayor ambassador secretary commissioner chairman chairwoman chief coach director
    manager inspector detective officer father brother sister saint st archbishop bishop
    cardinal rabbi imam sheikh emir sultan ayatollah president-elect leader speaker
    representative rep deputy councillor councilor agent professor doctor"""
)
# Offices of a head of state or government, as a role names them: "Russian President
# Vladimir Putin" is the "President of Russia". "Chancellor" is not one: Germany's
# is, Britain's is its finance minister; "leader" is any party's or group's.
HEAD_OF_STATE_TITLES = {
    "president": "President",
    "president-elect": "President-elect",
    "prime minister": "Prime Minister",
    "pm": "Prime Minister",
    "premier": "Premier",
    "king": "King",
    "queen": "Queen",
    "emperor": "Emperor",
    "emir": "Emir",
    "sultan": "Sultan",
}
# Country names said with "the" besides those naming a union, kingdom, republic or
# islands: "President of the Philippines".
PLURAL_COUNTRY_NAMES = _words("Bahamas Comoros Gambia Maldives Netherlands Philippines Seychelles")
MALE_TITLES = _words("mr mr. sir lord")
FEMALE_TITLES = _words("mrs mrs. ms ms. miss dame lady")

# Nouns for offices and bodies of a state: a demonym before them names the country
# as an actor ("Turkish leader" -> Turkey), unlike a nationality ("British director").
STATE_NOUNS = _words(
    """leader leaders president premier minister ministers ministry chancellor king queen
    monarch prince government governments authorities authority officials official diplomat
    diplomats ambassador embassy envoy army troops forces military navy police parliament
    regime secretary spokesman spokeswoman delegation counterpart administration cabinet
    state consulate intelligence policy"""
)

# Heads of organisation names written in lower case ("Seoul's unification ministry").
# Institutions named later by their head noun alone, capitalised: "the European
# Commission" ... "the Commission", "the Parliament's request".
INSTITUTIONS = _words(
    """commission parliament council assembly court bank board committee government
    ministry department agency authority senate congress union library museum gallery
    university college institute foundation academy"""
)
# Capitalised nouns that end an institution's name and never a person's: a "person"
# the model finds as one of these alone ("the Library") is the institution, and the
# capitalised words before it are the rest of its name ("the British Library").
INSTITUTION_NOUNS = _words(
    """Library Museum Gallery University College Institute Foundation Academy Council
    Commission Parliament Assembly Ministry Department Agency Authority Senate Congress"""
)

ORG_HEADS = _words(
    "ministry department agency commission committee council office bureau regulator watchdog"
)

# Nouns for products and works: a name modifying one is the product's ("RipGuard
# technology", "the New Forms album"), not an organisation.
PRODUCT_NOUNS = _words(
    """technology software system systems device devices player players drive drives format
    formats console consoles phone phones handset handsets chip chips platform album albums
    single song songs track film movie series programme program project brand product
    products version game games engine browser stick port index storage music trilogy
    chart charts"""
)

# Nouns that introduce an organisation's name right after them: "copy protection firm
# Macrovision", "oil giant Yukos", "US bank Wells Fargo". The name that follows is an
# organisation whatever the model tagged it.
ORG_CUES = _words(
    """firm company giant group bank bourse exchange carrier airline retailer broadcaster
    network channel newspaper magazine tabloid union charity club label studio publisher
    operator maker manufacturer insurer regulator watchdog agency consultancy broker
    brokers stockbroker lender chain band outfit orchestra choir body bookmaker bookmakers
    society"""
)

# Nouns whose "at/with/in/for/of X" names an organisation: "analysts at ING", "shares in
# Barclays", "a spokesman for Tesco", "chief executive of Macrovision".
ORG_FRAME_NOUNS = _words(
    """analyst analysts economist economists strategist strategists dealer dealers trader
    traders shares stake stakes spokesman spokeswoman spokesperson executive executives
    employees staff boss bosses shareholders"""
)

# Plural nouns for organisations whose "including X" lists organisations: "shipping
# lines including Maersk", "banks such as Barclays".
ORG_GROUP_NOUNS = _words(
    """companies firms banks lenders carriers airlines retailers lines operators groups
    brokers insurers manufacturers makers rivals competitors broadcasters networks
    publishers labels studios clubs unions charities organisations organizations
    agencies newspapers supermarkets chains"""
)

# Words a common-noun speaker is not: a pronoun subject names someone already mentioned.
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
GROUP_PRONOUNS = frozenset({"they", "we", "it"})

# Generic nouns that refer back to the organisation last named ("the firm said").
ORG_ANAPHORS = _words(
    "firm company group bank agency business carrier retailer network club "
    "organisation organization airline maker manufacturer insurer broadcaster"
)

# In calendar order: a month's number is its index plus one.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# From Monday: a day's index is Python's `date.weekday()`.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Nouns after a weekday that name part of that day: "on Wednesday night".
PARTS_OF_DAY = _words("morning afternoon evening night lunchtime midday overnight")
# Words before a weekday that are part of its date: "last Tuesday", "late on Friday".
WEEKDAY_MODIFIERS = _words("last next this coming past late early")
# Words that make a weekday any such day, not one date: "every Friday", "a Saturday night".
GENERIC_DETERMINERS = _words("a an every each any one some most all")
# Verbs whose infinitive happened when they did ("was forced to withdraw on Thursday",
# "had to answer on Thursday"), unlike those of intent or expectation ("was due to
# meet on Monday"), whose infinitive is future in the past.
IMPLICATIVE_VERBS = _forms(
    "force forced forces forcing",
    "compel compelled compels compelling",
    "manage managed manages managing",
    "fail failed fails failing",
    "try tried tries trying",
    "refuse refused refuses refusing",
    "decline declined declines declining",
    "have had has having",
    "begin began begins beginning begun",
    "start started starts starting",
    "continue continued continues continuing",
    "choose chose chooses choosing chosen",
    "opt opted opts opting",
    "appear appeared appears appearing",
    "seem seemed seems seeming",
)
# Dailies whose Sunday edition is named "the X on Sunday": a newspaper, not a date.
# (Scotland on Sunday and Wales on Sunday are left out: "in Scotland on Sunday" is a
# date, and nothing in the words tells the two apart.)
SUNDAY_EDITIONS = _words("Mail Independent")

# Jobs held at an organisation, between its name and the holder's: "Comerica chief
# economist David Littman", "Leeds Tykes flanker Jon Dunbar", "Fifa president Sepp
# Blatter". Offices of a state (minister, secretary) are left out: "Home Secretary".
AFFILIATED_ROLES = _words(
    """economist analyst strategist spokesman spokeswoman spokesperson executive chairman
    chairwoman boss director manager coach captain skipper striker midfielder defender
    goalkeeper keeper winger forward flanker prop lock hooker fly-half scrum-half full-back
    centre founder co-founder correspondent editor presenter reporter president owner chief
    lawyer"""
)
# Lower-case words that may stand between the organisation and the job: "chief economist".
ROLE_MODIFIERS = _words("chief senior head former new assistant deputy vice managing general")

# Last words of newspaper names: "the Sunday Express", "the Washington Post".
NEWSPAPER_NAMES = _words(
    """Express Times Telegraph Mirror Mail Post Herald Standard Journal Gazette Tribune
    Chronicle Observer Guardian Independent Record Examiner Inquirer Courier Echo Argus
    Globe Scotsman Bulletin"""
)

# Words that make a place's name a sports club's: "Real Madrid", "Bayern Munich",
# "Blackburn Rovers", "Derby County" (the last three only when the whole is no place).
CLUB_PREFIXES = _words(
    "Real Inter AC Atletico Atlético Athletic Bayern Borussia Sporting Dynamo Dinamo Spartak "
    "Lokomotiv CSKA Olympique Racing Deportivo PSV Hertha"
)
CLUB_SUFFIXES = _words(
    "United Rovers Wanderers Albion Athletic Hotspur Rangers Celtic FC AFC City Town County "
    "Villa Argyle Orient Alexandra Thistle Harlequins Sharks Tigers Falcons Tykes Dragons "
    "Warriors Rhinos Bulls Wolves Saracens Wasps"
)

# Nouns for works whose title follows them: "action movie National Treasure", "animated
# comedy The Incredibles". The title is a work's, not an organisation's.
WORK_NOUNS = _words(
    """film films movie movies fable comedy drama thriller sequel prequel musical cartoon
    documentary album single song book novel play sitcom series blockbuster epic"""
)

# Cue nouns that never stand before a person's name: a "person" right after one is a
# company named after someone ("travel firm Thomas Cook", "training body Skillset"),
# unlike "maker" ("film-maker Spike Lee").
COMPANY_CUES = ORG_CUES - _words("maker group")

# Common nouns for a person, as the subject of a sentence ("the witness told the court"):
# a pronoun after one refers to that person, not to someone named earlier.
PERSON_NOUNS = (
    PERSON_TITLES
    | AFFILIATED_ROLES
    | _words(
        """witness lawyer lawyers attorney barrister solicitor prosecutor counsel advocate
        economist analyst official expert source doctor teacher man woman boy girl mother
        father son daughter wife husband friend neighbour neighbor resident victim
        spokesman spokeswoman spokesperson campaigner activist researcher scientist
        professor academic consultant adviser advisor diplomat minister officer aide
        colleague partner fan player singer actor actress author writer critic judge
        juror defendant accused suspect member veteran survivor student worker employee
        trader investor banker dealer broker observer commentator insider"""
    )
)

# Occupations written in lower case right before a person's name, which they make a
# person's whatever the model read: "rapper Nelly", "singer Brian Harvey", "comic Joe
# Pasquale". Only nouns that do not also stand before companies or products ("model",
# "host", "producer" and the ORG_CUES do).
OCCUPATIONS = _words(
    """rapper singer songwriter singer-songwriter actor actress comic comedian comedienne
    presenter entertainer author writer novelist poet playwright screenwriter composer
    guitarist drummer bassist pianist violinist cellist conductor artist painter
    sculptor photographer designer dancer ballerina star superstar chef tycoon businessman
    businesswoman entrepreneur economist strategist
    lawyer barrister solicitor attorney prosecutor athlete sprinter hurdler jumper boxer
    golfer cyclist swimmer skater jockey striker midfielder defender goalkeeper winger
    flanker fly-half scrum-half full-back batsman bowler wicketkeeper"""
)
# Letters after a person's name that are honours or offices, not the name: "Guy
# Mansfield QC", "Ken Livingstone MP".
# ("Jr" and "Snr" are part of the name: "Douglas Fairbanks Jr".)
POSTNOMINALS = _words("QC KC MP MEP MSP MLA OBE MBE CBE KBE DBE PhD")

# Directions the model tags as places: "the West" is no town in Cameroon.
COMPASS_POINTS = _words(
    """west east north south northwest northeast southwest southeast north-west north-east
    south-west south-east midwest"""
)

# Verbs of a slogan before a name: "Vote Blair" is no person.
SLOGAN_VERBS = _words("vote elect re-elect back support save stop sack ban free")
# Lower-case words inside place names ("Braunau am Inn", "Stratford-upon-Avon",
# "Frankfurt an der Oder"): the capitalised word after one ends a place's name.
PLACE_NAME_LINKS = _words("am an im der upon sur en")
# Words of a writers' credit line: "Reporting by ...; Editing by ...".
CREDIT_WORDS = _words(
    "reporting reported editing edited writing written compiled additional contributed"
)

# What a company does and owns, which a town does not: "Toyota recalled 1m cars",
# "Toyota's profits".
COMPANY_VERBS = _forms(
    "make made makes making",
    "sell sold sells selling",
    "recall recalled recalls recalling",
    "manufacture manufactured manufactures manufacturing",
    "produce produced produces producing",
    "build built builds building",
    "launch launched launches launching",
    "unveil unveiled unveils unveiling",
    "acquire acquired acquires acquiring",
    "hire hired hires hiring",
)
COMPANY_NOUNS = _words(
    """profit profits share shares sale sales car cars model models plant plants factory
    factories earnings shareholders chief boss executive executives revenue revenues
    product products brand brands dealers workforce"""
)
