"""Word lists the rules share: speech verbs, roles, months, weekdays, number words, figure categories.

Lists, not code: a newsroom that meets a verb or a role the rules miss adds it here.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    return text.split()


# Speech verbs by lemma-ish stem; the rules match the past participle / simple forms below.
SPEECH_FR = _words(
    "déclaré dit affirmé assuré ajouté estimé indiqué annoncé souligné expliqué précisé averti prévenu "
    "martelé répété reconnu démenti nié dénoncé jugé promis rappelé insisté confié lancé répondu "
    "affirmé déploré regretté salué accusé admis concédé confirmé démenti écrit tweeté plaidé "
    "fustigé critiqué réclamé exigé appelé prédit avancé assuré mis poursuivi conclu commenté "
    "réagi martelé observé noté signalé relevé révélé raconté témoigné protesté menacé espéré qualifié "
    "assuré affirmé soutenu maintenu prévenu tranché résumé détaillé glissé lâché répliqué rétorqué "
    "exhorté renchéri ironisé tonné demandé souhaité nuancé considéré asséné soufflé rapporté analysé décrit "
    "plaisanté soupiré évoqué souri pesté raillé alerté justifié remercié exclu dépeint grogné"
)
# Present / inverted forms: "déclare", "ajoute-t-il", "a-t-elle ajouté".
SPEECH_FR_PRESENT = _words(
    "déclare dit affirme assure ajoute estime indique annonce souligne explique précise avertit prévient "
    "martèle répète reconnaît dément nie dénonce juge promet rappelle insiste confie lance répond "
    "déplore regrette salue accuse admet concède confirme écrit tweete plaide fustige critique réclame "
    "exige appelle poursuit conclut commente réagit observe note signale relève révèle raconte témoigne "
    "proteste menace espère déclarait disait affirmait assurait ajoutait estimait indiquait qualifie "
    "soutient maintient tranche résume détaille glisse lâche réplique rétorque assurent affirment estiment "
    "déclarent indiquent annoncent démentent nient accusent dénoncent précisent expliquent soulignent "
    "rapportent rapporte reconnaissent exhorte renchérit ironise tonne demande souhaite nuance considère "
    "assène souffle confiait lançait résumait racontait expliquait témoignait soulignait précisait martelait "
    "glissait lâchait interroge analyse plaisante soupire évoque sourit peste raille recommande recommandent "
    "justifie remercie exclut décrit dépeint"
)
# Present forms that are speech only inverted after the clause they report: "..., projette Radio-Canada" (a
# medium's projection is its word), unlike "la salle projette un film".
SPEECH_FR_INVERTED = _words("projette projettent alerte alertent")
SPEECH_EN = _words(
    "said says say told tells added adds stated states declared declares announced announces insisted insists "
    "warned warns argued argues claimed claims confirmed confirms denied denies stressed stresses noted notes "
    "explained explains wrote writes tweeted posted acknowledged acknowledges admitted admits asserted asserts "
    "vowed vows promised promises urged urges called accused accuses replied replies responded responds answered "
    "answers continued concluded predicted predicts suggested suggests emphasized emphasised insisted repeated "
    "reiterated reiterates pledged pledges conceded concedes complained complains alleged alleges "
    "cautioned estimated estimates believed believes thinks thought hoped hopes threatened threatens described "
    "describes dismissed dismisses denounced denounces condemned condemns welcomed welcomes praised praises "
    "observed remarked recalled demanded demands countered retorted quipped lamented shouted yelled "
    "testified testifies submitted submits contended contends reminded reminds assured assures"
)

# Roles that can stand for a person ("a assuré la porte-parole", "the president said").
ROLE_HEADS_FR = _words(
    "président présidente ministre premier première porte-parole secrétaire chef cheffe chancelier chancelière "
    "maire mairesse gouverneur gouverneure ambassadeur ambassadrice général générale commandant directeur directrice "
    "patron patronne dirigeant dirigeante procureur procureure conseiller conseillère négociateur négociatrice "
    "émissaire envoyé envoyée représentant représentante haut-commissaire responsable commissaire député "
    "députée sénateur sénatrice roi reine pape vice-président vice-présidente cardinal archevêque évêque doyen "
    "doyenne préfet préfète sous-préfet sous-préfète colonel capitaine pdg leader coordinateur coordinatrice "
    "sélectionneur sélectionneuse entraîneur entraîneuse juge rapporteur rapporteure délégué déléguée "
    "avocat avocate magistrat magistrate édile technicien diplomate fondateur fondatrice cofondateur cofondatrice "
    "souverain souveraine monarque officier consul consule "
    # Experts and professions a post names someone by, then refers back to ("L'économiste X ... Selon l'économiste").
    "économiste neurologue urgentiste épidémiologiste infectiologue virologue climatologue politologue sociologue "
    "historien historienne chercheur chercheuse professeur professeure analyste réalisateur réalisatrice "
    "vainqueur lauréat lauréate coach élu élue "
    "géologue glaciologue volcanologue sismologue hydrologue météorologue architecte ingénieur ingénieure "
    "expert experte spécialiste "
    # The Belgian mayor ("le bourgmestre de Liège").
    "bourgmestre"
)
ROLE_HEADS_EN = _words(
    "president minister prime secretary spokesman spokeswoman spokesperson chief head chancellor mayor governor "
    "ambassador general commander director leader prosecutor adviser advisor negotiator envoy representative "
    "commissioner senator congressman congresswoman king queen pope vice-president chairman chairwoman chair "
    "cardinal archbishop bishop dean camerlengo sheriff ceo colonel captain constable mp coach taoiseach tánaiste "
    "economist neurologist epidemiologist virologist climatologist analyst professor researcher director-general "
    "treasurer boss "
    # A lawyer speaks for a client and is referred back to by the word ("His lawyer, X, said ... the lawyer said");
    # sport and weather desks name people by these ("India skipper X", "Met Office forecaster X").
    "lawyer attorney skipper forecaster"
)
# Ranks and the abbreviated titles English posts put before a name ("Maryland Gov. Wes Moore", "Lt Gen
# Michelle McGuinness", "Coast Guard Rear Adm. X"): roles for speakers only (entities keep their own list).
ROLE_TITLES_EN = _words(
    "gov sen rep col gen lt sgt capt maj adm cmdr supt insp admiral lieutenant sergeant major superintendent "
    "coordinator chairperson executive speaker judge manager aide administrator councillor councilman councilwoman "
    "alderman inspector detective barrister premier"
)
# Trades and callings a post names someone by ("novelist Meera X", "Hearts striker Y") and then refers back to
# ("the novelist wrote", "the striker said"): roles for speakers. Not the words that mostly stand for someone
# nobody named ("a nurse", "the driver", "an officer", "a resident"), which stay bystanders.
OCCUPATIONS_EN = _words(
    # letters, the press and the arts
    "novelist writer author poet playwright screenwriter essayist biographer journalist editor columnist "
    "broadcaster presenter commentator photographer artist painter sculptor singer songwriter musician composer "
    "conductor pianist violinist cellist guitarist drummer rapper countertenor soprano tenor baritone actor actress "
    "filmmaker producer comedian dancer choreographer curator "
    # science and medicine
    "scientist physicist chemist biologist astronomer geologist seismologist volcanologist meteorologist "
    "oceanographer ecologist historian sociologist psychologist psychiatrist surgeon physician paediatrician "
    "pediatrician cardiologist oncologist pathologist immunologist engineer architect "
    # sport
    "striker midfielder defender goalkeeper goalie winger batter batsman bowler all-rounder pitcher quarterback "
    "jockey cyclist sprinter swimmer golfer boxer wrestler gymnast skier trainer referee umpire "
    # the law, politics and public life
    "solicitor counsel coroner advocate lawmaker legislator assemblyman assemblywoman nominee campaigner activist "
    "organiser organizer diplomat ombudsman mep msp mla "
    # business, faith, teaching
    "founder co-founder cofounder entrepreneur investor strategist banker priest pastor rabbi imam vicar reverend "
    "teacher headteacher headmaster headmistress lecturer"
)

FEMININE_ROLE_FR = {
    "présidente", "première", "porte-parole", "cheffe", "chancelière", "gouverneure", "ambassadrice", "générale",
    "directrice", "patronne", "dirigeante", "procureure", "conseillère", "négociatrice", "envoyée", "représentante",
    "députée", "sénatrice", "reine", "vice-présidente", "préfète", "sous-préfète", "doyenne", "coordinatrice",
    "sélectionneuse", "entraîneuse", "rapporteure", "déléguée", "avocate", "magistrate", "souveraine", "ingénieure",
    "experte",
}

PRONOUNS_FR = {"il": "m", "elle": "f", "lui": "m"}  # "selon lui"
PRONOUNS_EN = {"he": "m", "she": "f", "him": "m", "her": "f"}  # "according to him"

MONTHS_FR = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
MONTHS_EN = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
WEEKDAYS_FR = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
WEEKDAYS_EN = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# The days around Christmas and New Year that English names by their holiday (month, day): "on Christmas Eve" is a day
# as "on 24 December" is. Holidays whose day moves or that name an event ("Thanksgiving", "Independence Day") are not.
HOLIDAYS_EN = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
}

UNITS_FR = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
    "mille": 1000, "million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
}
UNITS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12,
}
# "une vingtaine" ≈ 20, "a dozen" ≈ 12.
APPROX_NOUNS_FR = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}
ABOUT_FR = ("environ", "près de", "quelque", "autour de", "presque", "approximativement", "plus ou moins",
            "jusqu'à", "pas loin de", "une estimation de")
AT_LEAST_FR = ("au moins", "au minimum", "plus de", "pas moins de", "a minima")
ABOUT_EN = ("about", "around", "nearly", "almost", "roughly", "approximately", "some", "close to", "up to",
            "an estimated", "estimated")
AT_LEAST_EN = ("at least", "more than", "over", "upwards of", "no fewer than", "no less than", "in excess of")

# Figure categories: the words that name them, French and English (stems, matched as word prefixes).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "killed": ("tué", "mort", "morts", "décès", "décédé", "victime", "tuant", "tuées", "péri", "sans vie", "killed",
               "dead", "death", "died", "fatalit", "lives", "kill", "bodies", "dépouilles"),
    "injured": ("blessé", "blessant", "injured", "wounded", "injur", "hurt"),
    "missing": ("disparu", "introuvable", "missing", "unaccounted"),
    "displaced": ("déplacé", "réfugié", "sans-abri", "displaced", "refugee", "homeless", "fled", "fui"),
    "evacuated": ("évacué", "évacuation", "evacuat"),
    "arrested": ("arrêté", "interpellé", "arrestation", "interpellation", "garde à vue", "arrest", "detain",
                 "détenu", "détention"),
    "hostages": ("otage", "hostage"),
    "released": ("libéré", "relâché", "released", "freed", "libération", "release"),
    "prisoners": ("prisonnier", "prisoner", "captive"),
    "drones": ("drone",),
    "missiles": ("missile", "roquette", "rocket"),
}

# First names that tell a person's gender ("a-t-elle affirmé" after "Emmanuel Macron a reçu Giorgia Meloni"):
# common in French and international news, names given to both (Camille, Dominique, Claude...) left out.
FIRST_NAMES_F = set(_words(
    "Agnès Alexandra Alice Amélie Anna Anne Annie Aurélie Aurore Barbara Béatrice Brigitte Carla Carole Caroline "
    "Catherine Cécile Céline Chantal Charlotte Christine Claire Clara Claudia Clémentine Colette Corinne Delphine "
    "Diane Élisabeth Elisabeth Élise Elizabeth Elsa Émilie Emma Emmanuelle Fabienne Florence Françoise Frédérique "
    "Gabrielle Geneviève Giorgia Hélène Inès Isabelle Jacqueline Jeanne Joséphine Judith Julia Julie Juliette "
    "Justine Kamala Karine Katia Laetitia Laura Laure Laurence Léa Léna Lucie Madeleine Magali Manon Marianne "
    "Marie Marine Marion Marisol Martine Mathilde Maud Mélanie Michèle Michelle Monique Muriel Nadia Nadine Najat "
    "Natacha Nathalie Nicole Olga Olivia Pascale Patricia Pauline Rachida Rebecca Roselyne Sabine Sandrine Sarah "
    "Ségolène Sophie Stéphanie Suzanne Sylvie Valérie Véronique Victoria Virginie Yaël Yulia Ursula Valentina "
    "Maria Margarita Teresa Ana Angela Annalena Giuliana Ilaria Jennifer Jessica Karen Katherine Kathleen Kristi "
    "Linda Lisa Mary Nancy Nikki Susan Tulsi Kaja Roberta Christiane Hannah Kristen Liz Theresa Marine "
    "Gisèle Anaïs Mireille Odile Josiane Danielle Ginette Huguette Solène Chloé Océane Agathe Éloïse Constance "
    "Bérénice Capucine Marguerite Yvette Arlette Paulette Nadège "
    # English-language news
    "Kemi Rachel Yvette Priti Suella Bridget Lucy Emily Kate Jane Jill Hillary Amy Elizabeth Margaret "
    "Karoline Pam Marjorie Alexandria Ilhan Rashida Kathy Gretchen Maura Janet Gina Jacinda Samantha Megan "
    "Ashley Amanda Nicola Kirsty Shabana Heather Donna Gloria Ruth Helen Joanna Louise Sophia Chloe Zoe "
    "Jacqui Harriet Anneliese Wendy Carol Betty Sandra Deborah Tina Judy Natalie Melissa Rosie Priya "
    "Angela Kristi Elise Jeanine Letitia Tammy Shelley Debbie Lauren Kathryn Maxine Katie Kelly Kristin Kirsten "
    "Erin Jenna Sonia Monica Tanya Brenda Sheila Marsha Rosa Carmen Lucia Elena Irina Svetlana Natalia Tatiana "
    "Anastasia Olena Oksana Iryna Kateryna Mette Sanna "
    "Kimberly Dorothy Sharon Cynthia Shirley Pamela Debra Carolyn Joyce Christina Joan Evelyn Andrea Cheryl "
    "Martha Sara Frances Janice Abigail Denise Amber Doris Marilyn Beverly Diana Brittany Kayla Lori Penny "
    "Tracy Stacey Simone Serena Esther Cecile "
    # more French first names, so that a first name inside a model's span starts a person ("Régis Tellier")
    "Éliane Jocelyne Ghislaine Sylviane Danièle Aude Bénédicte Perrine Roxane Clémence Margaux Marylise Yasmina "
    "Fatima Samia Leïla Amina Noémie Zoé Régine"))
# Names the lists hold for women that Italian gives to men ("Simone Inzaghi", "Andrea Pirlo"): they tell no gender.
FIRST_NAMES_BOTH = {"Andrea", "Simone"}
FIRST_NAMES_M = set(_words(
    "Adrien Alain Alexandre Alexis Antoine Antonio Arnaud Arthur Benjamin Benoît Bernard Bertrand Boris Bruno "
    "Charles Christian Christophe Clément Cyril Damien Daniel David Denis Didier Donald Édouard Édouard Emmanuel "
    "Éric Eric Fabien Fabrice Florian François Franck Frédéric Gabriel Gaël Gérald Gérard Gilles Grégory Guillaume "
    "Hervé Hugo Jacques Jean Jérôme Joe Jordan Joseph Julien Kylian Laurent Louis Luc Lucas Manuel Marc Marco "
    "Marcel Mathieu Matthieu Maurice Michel Mohamed Nicolas Olivier Olaf Pascal Patrick Paul Philippe Pierre Raphaël "
    "Rémi Rémy Richard Robert Roland Romain Sébastien Serge Stéphane Sylvain Thierry Thomas Valentin Vincent "
    "Vladimir Volodymyr Xavier Yann Yves Benyamin Benjamin Keir Friedrich Mark Marco Pedro Recep Sergueï Sergei "
    "Dmitri Dmitry Andriï Andrii Ihor Igor Oleksandr Olaf Rishi Justin Kevin Mike Ron Gavin Jake JD Pete Steve "
    "Joe Barack Bill George John Tony Viktor Rodrigo Hakan Abdel Ali Ahmed Mahmoud Ismaël Hassan Yahya Ismail "
    "Ehud Avi Yoav Israël Israel Jens Carlos Ignacio Iñigo Luis Jorge Felipe "
    # English-language news
    "Ted Chuck Greg Dan Tom Tim Jim James Michael William Matthew Andrew Peter Jeffrey Brandon Keith Wes Ed "
    "Edward Henry Harry Charlie Oliver Nigel Jeremy Rory Mitch Brian Kenneth Gregory Ronald Timothy Jason "
    "Ryan Stephen Anthony Hakeem Josh Bernie Brett Kash Sean Elon Jeff Sundar Satya Sam Bob Larry Todd "
    "Kurt Glenn Doug Ken Ben Adam Luke Neil Gordon Rupert Simon Graham Hugh Ian Alan Colin Jonathan "
    "Nathan Elliot Raymond Roger Walter Fred Harold Carl Narendra Rahul Roy Lloyd Marc Gary Andriy Dmytro "
    "Mykhailo Serhiy Oleksiy Pavlo Yuriy Vitali Vitaliy Petro Sergey Alexei Nikolai Yevgeny Andrei Mikhail "
    "Pavel Mohammed Muhammad Abdullah Khalid Omar Yousef Nabil Isaac Yair Naftali Gideon Sergio Matteo Mario "
    "Luca Anthony "
    "Steven Corey Terry Jacob Joshua Scott Samuel Dennis Jerry Tyler Aaron Zachary Kyle Ethan Christopher "
    "Wayne Bruce Randy Russell Bobby Philip Johnny Craig Dylan Howard Douglas Eugene Jesse Shawn Travis Chad "
    "Derek Troy Marcus Stuart Liam Alistair Declan "
    # more French first names (not "Noël", a feast, nor "Claude" or "Sacha", given to both)
    "Régis Gaston Lionel Hubert Gilbert René André Henri Georges Joël Thibault Thibaut Aurélien Baptiste Maxime "
    "Quentin Jérémy Mickaël Michaël Ludovic Cédric Loïc Hugues Grégoire Victor Lucien Armand Mathias Tristan "
    "Bastien Benoit Jules Gauthier Rodolphe Ghislain Amaury Hadrien Timothée Enzo Théo Léo Karim Rachid Farid "
    "Mehdi Yassine Sofiane Bilal Youssef"))

# Trades and callings a French post names a person by once it has named them ("a prévenu l'éleveur",
# "a lâché la nageuse"): lowercase, without accents. The feminine forms also give the gender after "l'".
OCCUPATIONS_FR_F = set(_words(
    "agricultrice eleveuse cerealiere viticultrice maraichere exploitante paysanne pecheuse commercante "
    "artisane boulangere infirmiere medecin chirurgienne enseignante institutrice etudiante lyceenne "
    "ouvriere salariee cheminote conductrice chauffeuse pompiere policiere gendarme militaire soldate "
    "nageuse athlete cycliste judokate joueuse sprinteuse gymnaste escrimeuse boxeuse skieuse "
    "championne medaillee sportive coureuse triathlete rameuse navigatrice alpiniste "
    "habitante riveraine commercante retraitee survivante rescapee temoin victime"))
OCCUPATIONS_FR = OCCUPATIONS_FR_F | set(_words(
    "agriculteur eleveur cerealier viticulteur maraicher exploitant paysan pecheur commercant artisan "
    "boulanger infirmier medecin chirurgien enseignant instituteur etudiant lyceen ouvrier salarie cheminot "
    "conducteur chauffeur pompier policier gendarme militaire soldat nageur athlete cycliste judoka joueur "
    "sprinteur gymnaste escrimeur boxeur skieur champion medaille sportif coureur triathlete rameur "
    "navigateur alpiniste habitant riverain retraite survivant rescape temoin"))

# The person a trial is about, as a French post names them once it has named them ("a déclaré l'accusé",
# "a répondu le prévenu"): lowercase, without accents.
TRIED_FR = set(_words("accuse accusee prevenu prevenue"))

# Verbs that open, close or hold an event: in the present with a weekday, they announce it ("Les soldes commencent
# vendredi", "Le Tour s'élance samedi", "le sommet se tient samedi"), unlike a present that reports ("Le
# gouvernement annonce dimanche ..."). Present forms: the pipeline has no lemmatizer.
SCHEDULE_VERBS_FR = set(_words(
    "commence commencent débute débutent démarre démarrent ouvre ouvrent rouvre rouvrent reprend reprennent "
    "achève achèvent termine terminent finit finissent clôt clôture clôturent sort sortent part partent "
    "élance élancent déroule déroulent tient tiennent expire expirent ferme ferment"
))
# Those that are also nouns or adjectives ("le sort", "une part", "la ferme", "la clôture"): verbs only where the
# model or the word order says so.
SCHEDULE_NOUNS_FR = set(_words("sort part ferme clôture"))

# What a person does that a post's story is about, and then calls them by once it has named them ("a déclaré le
# dessinateur", "a lancé la réalisatrice", "a répliqué la syndicaliste"): lowercase, without accents, both genders.
# Not the callings that speak for or about someone else (a coach, a lawyer, an agent, a publisher, a doctor), nor a
# place in a team (the goalkeeper may be the other side's): those name only whom the post gave them.
CALLINGS_FR = set(_words(
    # letters, pictures, screen and stage
    "dessinateur dessinatrice illustrateur illustratrice scenariste bedeiste romancier romanciere poete poetesse "
    "essayiste dramaturge ecrivain ecrivaine auteur autrice peintre sculpteur sculptrice photographe plasticien "
    "plasticienne acteur actrice comedien comedienne danseur danseuse choregraphe cineaste realisateur realisatrice "
    "documentariste metteuse compositeur compositrice pianiste violoniste violoncelliste guitariste chanteur "
    "chanteuse rappeur rappeuse musicien musicienne humoriste artiste interprete styliste couturier couturiere "
    "cuisinier cuisiniere "
    # sport, taken as a whole
    "joueur joueuse footballeur footballeuse rugbyman basketteur basketteuse handballeur handballeuse volleyeur "
    "volleyeuse tennisman golfeur golfeuse pilote patineur patineuse biathlete marathonien marathonienne sauteur "
    "sauteuse perchiste lutteur lutteuse cavalier cavaliere surfeur surfeuse snowboardeur snowboardeuse grimpeur "
    "grimpeuse nageur nageuse cycliste athlete skieur skieuse judoka judokate boxeur boxeuse escrimeur escrimeuse "
    "sprinteur sprinteuse navigateur navigatrice skipper alpiniste recordman recordwoman "
    # who wins, stands or campaigns
    "champion championne finaliste medaille medaillee laureat laureate candidat candidate syndicaliste militant "
    "militante activiste "
    # who found or invent
    "entrepreneur entrepreneuse inventeur inventrice explorateur exploratrice aventurier aventuriere astronaute "
    "spationaute"))
# Who wins what the post tells ("a lâché le vainqueur"): the one person a verb of winning was said of.
WINNERS_FR = set(_words("vainqueur vainqueure gagnant gagnante laureat laureate"))
