"""English speaker rules: titles before a name, roles and pronouns that refer back, organisations
named by a common noun, quotes that stand alone; and the precision guards that go with them."""

from __future__ import annotations

from liveline import intel
from tests.intel.helpers import en, name, speaker
from tests.intel.helpers import en_blog as blog


def test_an_organisation_noun_is_the_organisation_the_post_named_last():
    out = en("The cause is a faulty update to CrowdStrike's Falcon software. \"We're aware of reports of "
             "crashes,\" the Texas-based cybersecurity firm said.")
    assert name(out) == "CrowdStrike"  # not Falcon, which CrowdStrike owns
    out = en("Airlines asked the Federal Aviation Administration to hold their planes on the ground, the "
             "agency said.")
    assert name(out) == "Federal Aviation Administration"


def test_an_organisation_noun_with_no_organisation_named_has_no_speaker():
    *_, last = blog("Health Secretary Wes Streeting said hospitals were coping.",
                    "The company said on its blog that the file had been pulled.")
    assert name(last) is None


def test_an_attribution_between_two_clauses_reports_the_first():
    out = en("CrowdStrike published a review on Wednesday. A bug in its validator let the update through, "
             "the company said, and it will now release updates in stages.")
    assert out["quotes"][0]["text"] == "A bug in its validator let the update through"
    assert name(out) == "CrowdStrike"


def test_a_name_after_a_title_is_a_person_even_when_the_model_missed_it():
    out = en("\"There is no indication that this was done on purpose,\" Baltimore Mayor Brandon Scott said. "
             "The mayor said the city was living through \"an unthinkable tragedy\".")
    assert speaker(out, 0) == {"name": "Brandon Scott", "role": "Baltimore Mayor"}
    assert name(out, 1) == "Brandon Scott"


def test_a_title_with_no_name_after_it_is_not_a_person():
    out = en("\"We will rebuild,\" the Baltimore Mayor said.")
    assert name(out) is None
    out = en("\"We are ready,\" said the Mayor of New York City.")
    assert name(out) is None
    out = en("\"Talks are over,\" Prime Minister Benjamin Netanyahu's Office said.")
    assert name(out) != "Benjamin Netanyahu's Office"


def test_ranks_are_not_part_of_the_name_nor_of_the_role():
    out = en("In Australia, the national cyber security coordinator, Lt Gen Michelle McGuinness, said there "
             "was nothing to suggest a cyber security incident.")
    assert speaker(out) == {"name": "Michelle McGuinness", "role": "national cyber security coordinator"}


def test_an_abbreviated_title_does_not_end_the_sentence():
    out = en("Six workers remain missing and are presumed dead, Coast Guard Rear Adm. Shannon Gilreath said "
             "on Tuesday evening.")
    assert out["quotes"][0]["text"] == "Six workers remain missing and are presumed dead"
    assert name(out) == "Shannon Gilreath"


def test_an_abbreviated_title_is_the_role_a_later_post_names():
    *_, last = blog("Gov. Greg Abbott said the state would send more rescuers.",
                    "The governor added that the search would go on through the night.")
    assert name(last) == "Greg Abbott"
    *_, last = blog("\"We will not be bullied,\" said Speaker Mike Johnson.",
                    "The speaker said talks would resume on Monday.")
    assert name(last) == "Mike Johnson"


def test_a_press_secretary_is_the_spokeswoman_of_the_next_post_and_she_who_adds():
    _, second, third = blog("White House press secretary Karoline Leavitt briefed reporters.",
                            "\"The president is focused on the families,\" the spokeswoman said.",
                            "\"We will have more to say tomorrow,\" she added.")
    assert name(second) == "Karoline Leavitt"
    assert name(third) == "Karoline Leavitt"


def test_a_secretary_of_state_written_in_lower_case_is_the_one_named_before():
    *_, last = blog("Secretary of State Marco Rubio landed in Riyadh.",
                    "\"We're here to listen,\" Rubio told reporters on the tarmac.",
                    "The secretary of state later said a deal was close.")
    assert name(last) == "Marco Rubio"


def test_a_pronoun_after_two_joint_subjects_in_the_previous_post_has_no_speaker():
    *_, last = blog("Donald Trump and Vladimir Putin spoke by phone for two hours.",
                    "\"It was productive,\" he said.")
    assert name(last) is None
    *_, last = blog("President Donald Trump spoke with Ukrainian President Volodymyr Zelensky on Friday.",
                    "\"It was a very good call,\" he said.")
    assert name(last) == "Donald Trump"  # the subject, not the person he spoke with


def test_a_capitalised_word_between_the_name_and_the_verb_ends_the_name():
    first, last = blog("Judge Amy Berman Jackson said the order was unlawful.",
                       "The judge wrote that the administration had \"no authority\" to act.")
    assert speaker(first) == {"name": "Amy Berman Jackson", "role": "Judge"}
    assert name(last) == "Amy Berman Jackson"


def test_a_role_before_a_name_starts_after_the_previous_name():
    out = en("Prime Minister Keir Starmer and Chancellor Rachel Reeves visited the site. \"We will rebuild,\" "
             "she said.")
    assert speaker(out) == {"name": "Rachel Reeves", "role": "Chancellor"}


def test_a_post_that_is_only_a_quote_in_english():
    *_, last = blog("National Transportation Safety Board chair Jennifer Homendy said investigators had taken "
                    "the ship's data recorder.",
                    "\"Nothing is off the table.\"")
    assert name(last) == "Jennifer Homendy"
    *_, last = blog("Officials said rescue teams were still searching.", "\"We are not giving up.\"")
    assert name(last) is None


def test_the_n_year_old_is_the_person_the_post_gave_that_age():
    out = en("John Smith, 54, said he had lost everything. \"The water came in so fast,\" the 54-year-old said.")
    assert name(out, 1) == "John Smith"
    out = en("John Smith, 54, and Ann Lee, 61, said the river rose fast. \"It was terrifying,\" the 33-year-old "
             "said.")
    assert name(out, 1) is None  # nobody of that age


def test_a_spokesman_for_a_titled_person_is_not_that_person():
    out = en("A spokesman for Gov. Greg Abbott said the governor would visit Kerrville on Saturday.")
    assert name(out) is None


def test_a_role_of_an_organisation_in_the_possessive_then_a_name_in_apposition():
    out = en("Air India's chief executive, Campbell Wilson, said the company was \"deeply saddened\".")
    assert speaker(out) == {"name": "Campbell Wilson", "role": "Air India's chief executive"}
    assert out["quotes"][0]["text"] == "the company was \"deeply saddened\""


def test_a_maker_is_an_organisation_noun():
    out = en("Boeing said it was in contact with the airline. \"We stand ready to support,\" the planemaker said.")
    assert name(out, 1) == "Boeing"


def test_an_english_first_name_tells_the_gender_a_pronoun_needs():
    *_, last = blog("Sen. Ted Cruz toured the damage. Cruz said the federal response had been \"fast\".",
                    "She said the river rose 26 feet in 45 minutes.")
    assert name(last) is None


def test_a_leading_adverbial_is_not_what_was_said():
    out = en("In an interview with Sky News, Home Secretary Yvette Cooper said border security would be a priority.")
    assert out["quotes"][0]["text"] == "border security would be a priority"
    assert name(out) == "Yvette Cooper"
    out = en("At least six people are missing, Baltimore Fire Chief James Wallace told reporters on the shore.")
    assert out["quotes"][0]["text"] == "At least six people are missing"  # a count, not an adverbial


def test_a_hyphenated_role_matches_the_newsroom_list():
    context = intel.BlogContext(known=[intel.KnownName("Antonio Guterres", roles=["UN Secretary-General"],
                                                       gender="m")])
    out = en("The UN secretary-general said he was \"appalled\".", context)
    assert name(out) == "Antonio Guterres"


def test_a_comma_inside_a_number_does_not_open_an_inverted_attribution():
    out = en("Karen Bass said more firefighters were on the way. The mayor added that 30,000 residents had "
             "been told to leave.")
    assert out["quotes"][1]["text"] == "30,000 residents had been told to leave"
    assert name(out, 1) == "Karen Bass"


def test_a_passive_speech_verb_is_nobody_speaking():
    out = en("Residents were told to leave their homes before dawn.")
    assert out["quotes"] == []


def test_who_was_told_is_not_what_was_said():
    out = en("Fire Chief Kristin Crowley told reporters the winds were the worst in a decade.")
    assert out["quotes"][0]["text"] == "the winds were the worst in a decade"
    assert speaker(out) == {"name": "Kristin Crowley", "role": "Fire Chief"}


def test_an_aide_is_a_role_of_the_newsroom_list():
    context = intel.BlogContext(known=[intel.KnownName("Vladimir Medinsky", roles=["Kremlin aide"], gender="m")])
    out = en("\"We are ready to continue contacts,\" the Kremlin aide said.", context)
    assert name(out) == "Vladimir Medinsky"


def test_one_word_of_the_name_of_someone_who_spoke_is_that_person():
    out = en("Pennsylvania State Police Commissioner Christopher Paris said the suspect had acted alone. "
             "\"There is no ongoing threat to the public,\" Paris said.")
    assert name(out, 0) == "Christopher Paris"  # the model saw "Christopher" and the place "Paris"
    assert name(out, 1) == "Christopher Paris"
    *_, last = blog("The WHO's director-general, Tedros Adhanom Ghebreyesus, said the situation was \"dire\".",
                    "\"We need access now,\" Tedros said.")
    assert name(last) == "Tedros Adhanom Ghebreyesus"


def test_a_short_quote_standing_alone_is_a_quote():
    *_, last = blog("NATO Secretary General Mark Rutte said Spain would have to explain itself.",
                    "\"Nobody is exempt.\"")
    assert last["quotes"][0]["text"] == "Nobody is exempt."
    assert name(last) == "Mark Rutte"


def test_an_organisation_noun_guards():
    out = en("American Airlines, Delta and United all cancelled flights. The airline said passengers would be "
             "refunded.")
    assert name(out) is None  # any of the three
    out = en("Microsoft said a fix was ready. The Federal Aviation Administration lifted the ground stop. The "
             "company said most systems were back.")
    assert name(out, 1) == "Microsoft"  # a company is not a public body
    out = en("The Department of Homeland Security said it was sending agents. The department said 200 officers "
             "were on the way.")
    assert name(out, 1) == "Department of Homeland Security"
    out = en("Boeing shares fell after the FAA grounded the planes. The board said it would meet on Monday.")
    assert name(out) is None  # whose board?


def test_a_participle_clause_after_the_subject_is_not_what_was_said():
    out = en("Sen. Lisa Murkowski, speaking to CNN, said the bill would pass.")
    assert out["quotes"][0]["text"] == "the bill would pass"
    assert name(out) == "Lisa Murkowski"
    out = en("The senator, speaking to CNN, said the bill would pass.")
    assert out["quotes"][0]["text"] == "the bill would pass"
    assert name(out) is None  # no senator named


def test_former_does_not_change_the_role_a_post_refers_back_to():
    out = en("Former President Barack Obama urged calm. \"We have been through worse,\" the former president "
             "wrote on X.")
    assert name(out) == "Barack Obama"


def test_a_role_of_an_organisation_is_not_the_organisation():
    out = en("Hamas said it was studying the proposal. The group's political bureau chief said a response would "
             "come \"soon\".")
    assert name(out, 0) == "Hamas"
    assert name(out, 1) is None


def test_a_role_from_the_newsroom_list_comes_in_the_post_s_language():
    trump = intel.KnownName("Donald Trump", aliases=["Trump"], roles=["président américain", "US president"],
                            gender="m")
    out = en("Trump wrote on Truth Social that the strikes were \"perfect\".", intel.BlogContext(known=[trump]))
    assert speaker(out) == {"name": "Donald Trump", "role": "US president"}


def test_the_period_of_an_abbreviated_title_keeps_the_role():
    *_, last = blog("Gov. Greg Abbott said the state would help.",
                    "Florida Gov. Ron DeSantis offered rescuers. The governor said his team was ready.")
    assert speaker(last) == {"name": "Ron DeSantis", "role": "Florida Gov."}


def test_a_role_before_a_name_does_not_take_the_verb_before_it():
    out = en("Maryland Gov. Wes Moore visited the site with Mayor Brandon Scott. \"We will rebuild,\" the mayor "
             "said.")
    assert speaker(out) == {"name": "Brandon Scott", "role": "Mayor"}


def test_a_role_two_people_just_named_hold_is_nobody():
    out = en("Gov. Greg Abbott met Gov. Ron DeSantis in Austin. The governor said the states would share "
             "resources.")
    assert name(out) is None
    out = en("Sen. Ted Cruz and Sen. John Cornyn toured the damage. The senator said aid would come.")
    assert name(out) is None


def test_a_pronoun_of_the_other_gender_does_not_take_a_woman_named_kristin():
    *_, last = blog("Fire Chief Kristin Crowley said crews were stretched.", "\"We need more help,\" he said.")
    assert name(last) is None


def test_an_aside_between_dashes_or_commas_is_part_of_the_attribution():
    out = en("Opposition leader Kemi Badenoch — who has been critical of the minister — said the response had "
             "been \"chaotic\".")
    assert speaker(out) == {"name": "Kemi Badenoch", "role": "Opposition leader"}
    *_, last = blog("Health Minister Wes Streeting visited a hospital in Leeds.",
                    "Streeting, for his part, said the NHS would recover.")
    assert last["quotes"][0]["text"] == "the NHS would recover"
    assert name(last) == "Wes Streeting"  # the model did not see "Streeting" as a name here


def test_a_statement_from_an_organisation_is_the_organisation_speaking():
    out = en("A statement from Microsoft said a fix had been deployed.")
    assert name(out) == "Microsoft"


def test_a_name_in_apposition_to_someone_else_s_role_speaks():
    out = en("\"It is a war crime,\" Zelensky's chief of staff, Andriy Yermak, wrote on Telegram.")
    assert speaker(out) == {"name": "Andriy Yermak", "role": "Zelensky's chief of staff"}
    out = en("\"It is a war crime,\" Zelensky's chief of staff wrote on Telegram.")
    assert name(out) is None  # not Zelensky


# Fifth round (2026-11-30): styles of the UK election night and the Butler rally shooting.

def _known(*people: intel.KnownName) -> intel.BlogContext:
    return intel.BlogContext(known=list(people))


STARMER = intel.KnownName("Keir Starmer", aliases=["Starmer"], roles=["UK Prime Minister"], gender="m")
TRUMP = intel.KnownName("Donald Trump", aliases=["Trump"], roles=["US president"], gender="m")


def test_a_named_audience_is_not_what_was_said():
    out = en("Sen. Ted Cruz told Fox Business the bill would fail in the Senate.")
    assert out["quotes"][0]["text"] == "the bill would fail in the Senate"
    out = en("Cheatle told ABC News it was \"unacceptable\" that the gunman had reached the roof.")
    assert out["quotes"][0]["text"].startswith("it was")


def test_a_that_after_the_reported_clause_began_does_not_cut_it():
    out = en("President Joe Biden said he had been briefed and was grateful that Trump was safe.")
    assert out["quotes"][0]["text"] == "he had been briefed and was grateful that Trump was safe"
    out = en("The governor said on Monday that the roads were open.")
    assert out["quotes"][0]["text"] == "the roads were open"


def test_another_witness_with_a_name_in_apposition_is_a_subject():
    out = en("Another witness, Greg Smith, said he had seen a man with a rifle on a roof.")
    assert out["quotes"][0]["text"] == "he had seen a man with a rifle on a roof"
    assert name(out) == "Greg Smith"


def test_a_long_apposition_after_a_name_is_part_of_the_subject():
    out = en("Kevin Rojek, the special agent in charge of the FBI's Pittsburgh field office, said investigators "
             "had not yet identified the shooter.")
    assert out["quotes"][0]["text"] == "investigators had not yet identified the shooter"
    assert name(out) == "Kevin Rojek"


def test_a_person_named_only_in_what_someone_said_does_not_share_their_role():
    out = en("President Joe Biden said he was grateful that Trump was safe. The president said he hoped to speak "
             "to Trump soon.", _known(TRUMP))
    assert name(out, 1) == "Joe Biden"


def test_a_bare_role_is_the_one_person_the_post_is_about_before_the_newsroom_holder():
    context = _known(STARMER)
    en("Sir Keir Starmer voted in London this morning.", context)
    out = en("Rishi Sunak has conceded. Speaking at his count in Richmond, the prime minister said Labour had won.",
             context)
    assert name(out) == "Rishi Sunak"
    context = _known(STARMER)
    en("Sir Keir Starmer voted in London this morning.", context)
    out = en("Health Secretary Wes Streeting arrived at the count. The prime minister said the result was clear.",
             context)
    assert name(out) == "Keir Starmer"  # Streeting holds another role


def test_a_role_without_former_is_not_a_former_holder():
    *_, last = blog("Former prime minister Liz Truss has lost her seat in Norfolk.",
                    "The prime minister said the result was clear.")
    assert name(last) is None


def test_a_pronoun_after_a_reported_clause_is_its_speaker_not_a_person_in_it():
    out = en("Speaking at his count in Richmond after holding his seat, Rishi Sunak said he had called Sir Keir "
             "Starmer to congratulate him. \"It was a warm call,\" he said.")
    assert name(out, 1) == "Rishi Sunak"
    out = en("EU foreign policy chief Kaja Kallas will travel to Kyiv on Thursday, her office said. She has accused "
             "Moscow of \"mocking\" peace efforts.")
    assert name(out, 1) == "Kaja Kallas"  # her office is nobody named: she is who "she" means


def test_a_listed_name_inside_a_longer_one_is_not_what_a_role_names():
    out = en("Nigel Farage has won Clacton. \"This is the first step,\" the Reform UK leader said.", _known(STARMER))
    assert name(out) != "Keir Starmer"


def test_a_surname_is_the_one_person_the_post_named_with_it():
    out = en("Labour's Terry Jermy has won South West Norfolk. \"People wanted someone local,\" said Jermy, the new "
             "MP.")
    assert name(out) == "Terry Jermy"


def test_a_person_s_campaign_is_not_the_person():
    out = en("In a statement, the Trump campaign said he was \"fine\" and thanked the police.", _known(TRUMP))
    assert name(out) is None


def test_a_palace_that_speaks_is_the_institution():
    out = en("Buckingham Palace said the King had asked Keir Starmer to form a government.")
    assert name(out) == "Buckingham Palace"


def test_the_answers_to_the_questions_a_post_asks_are_its_interviewee():
    out = en("Our political editor put two questions to Sir Ed Davey at his count. Is this your best night? "
             "\"By a distance. We are heading for more MPs than in a century.\" What happens now? \"That is for "
             "the voters to say.\"")
    assert [name(out, i) for i in range(2)] == ["Ed Davey", "Ed Davey"]
    out = en("We asked Ed Davey and Nigel Farage the same question. Is this your best night? \"By a distance, "
             "and by a long way.\"")
    assert name(out) is None  # either of them


def test_a_known_first_name_makes_a_person_the_model_called_an_organisation():
    out = en("Kimberly Cheatle resigned as director of the Secret Service on Tuesday. \"Stepping down is the "
             "right thing to do,\" she wrote in an email to staff.")
    assert name(out) == "Kimberly Cheatle"
    assert ("Secret Service", "organisation") in {(e["text"], e["type"]) for e in out["entities"]}


def test_a_question_the_post_asks_without_an_interview_is_not_put_to_the_person_named():
    out = en("Prime Minister Keir Starmer visited the town on Tuesday. What did residents tell him? \"We want "
             "answers, and we want them now.\"")
    assert name(out) is None


def test_an_honour_before_a_name_is_not_part_of_the_role():
    out = en("\"We will rebuild,\" said Prime Minister Sir Keir Starmer.")
    assert speaker(out) == {"name": "Keir Starmer", "role": "Prime Minister"}
    out = en("We put two questions to the leader of the Liberal Democrats, Sir Ed Davey. Is this your best night? "
             "\"By a distance, and by a long way.\"")
    assert speaker(out) == {"name": "Ed Davey", "role": "leader of the Liberal Democrats"}


def test_a_body_the_model_read_as_a_work_of_art_is_the_organisation_the_agency_names():
    out = en("\"The former president is safe,\" Secret Service spokesman Anthony Guglielmi said in a statement. The "
             "agency said it had put protective measures in place.")
    assert name(out, 1) == "Secret Service"


def test_a_chief_constable_and_an_mp_are_roles_not_names():
    out = en("Merseyside Police Chief Constable Serena Kennedy said officers had been attacked with bricks.")
    assert name(out) == "Serena Kennedy"
    out = en("\"It was a terrible day for our town,\" said local MP Patrick Hurley. The MP added that the town would "
             "recover.")
    assert speaker(out, 1) == {"name": "Patrick Hurley", "role": "local MP"}


def test_a_coach_and_an_administrator_are_roles():
    out = en("Spain's coach, Luis de la Fuente, praised his players. \"They deserve it,\" he said.")
    assert [q["text"] for q in out["quotes"]] == ["They deserve it"]  # "praised his players" reports nothing
    out = en("FEMA administrator Deanne Criswell said the agency had enough money for now.")
    assert speaker(out) == {"name": "Deanne Criswell", "role": "FEMA administrator"}


def test_a_role_s_office_or_spokesman_is_not_the_role_holder():
    *_, last = blog("Prime Minister Keir Starmer said the disorder would be punished.",
                    "The prime minister's office said he would chair a Cobra meeting on Monday.")
    assert name(last) is None
    *_, last = blog("Mayor Brandon Scott said the port would stay closed.",
                    "\"Crews are stretched,\" the mayor's spokesman said.")
    assert name(last) is None


def test_the_force_is_the_police_force_just_named_and_police_alone_is_nobody():
    out = en("Merseyside Police said a man had been charged. The force said 50 officers had been injured.")
    assert name(out, 1) == "Merseyside Police"
    out = en("Hamas said it had fired rockets. The Israeli air force said it had struck back.")
    assert name(out, 1) is None
    *_, last = blog("Merseyside Police said a man had been charged.",
                    "Tommy Robinson posted a video from Cyprus. Police said his posts were being examined.")
    assert name(last) is None  # not Merseyside Police: "Police" is nobody's name


def test_a_bare_role_names_the_lone_subject_only_right_after_it():
    context = _known(STARMER)
    en("Sir Keir Starmer voted in London this morning.", context)
    out = en("Rishi Sunak voted in Richmond. Queues formed early at polling stations. Counting starts at 10pm. The "
             "prime minister said he was confident.", context)
    assert name(out) == "Keir Starmer"


def test_where_an_audience_was_told_is_not_what_was_said():
    out = en("President Joe Biden told reporters at the White House he had approved every request for aid.")
    assert out["quotes"][0]["text"] == "he had approved every request for aid"
    assert name(out) == "Joe Biden"


def test_an_answer_label_before_the_quote_keeps_the_interviewee():
    out = en("We spoke to Labour's Bridget Phillipson after the result. Q: Did you expect this? A: \"Honestly, no. "
             "Nobody did.\" Q: What now? A: \"Now the work starts.\"")
    assert [name(out, i) for i in range(2)] == ["Bridget Phillipson", "Bridget Phillipson"]


def test_an_english_role_before_a_comma_ends_with_its_head():
    out = en("The defence secretary, Grant Shapps, has lost his seat. \"Voters did not leave us because of one "
             "campaign,\" he said.")
    assert speaker(out) == {"name": "Grant Shapps", "role": "defence secretary"}


def test_a_deputy_or_a_vice_is_not_the_role_without_it():
    out = en("Deputy Prime Minister Angela Rayner visited Salford. The prime minister said she had his full support.")
    assert name(out) is None
    out = en("Vice President Kamala Harris visited Augusta. \"We are here,\" the president said.")
    assert name(out) is None


def test_a_role_that_names_someone_is_the_role_the_post_gives():
    *_, last = blog("Pennsylvania Gov. Josh Shapiro condemned the attack.",
                    "\"Corey died a hero,\" the governor said at a news conference.")
    assert speaker(last) == {"name": "Josh Shapiro", "role": "governor"}


def test_a_person_in_the_clause_after_according_to_is_not_an_apposition():
    out = en("According to the Football Association, Southgate will leave at the end of his contract.")
    assert out["quotes"][0]["text"] == "Southgate will leave at the end of his contract"
    assert name(out) == "Football Association"


def test_a_former_holder_named_in_apposition_keeps_former():
    out = en("The former prime minister, Boris Johnson, said on X that the result was a disaster. The prime minister "
             "said the result was clear.")
    assert speaker(out, 0) == {"name": "Boris Johnson", "role": "former prime minister"}
    assert name(out, 1) is None


def test_he_or_she_is_never_an_organisation_and_an_unnamed_person_stays_unnamed():
    out = en("Alaska Airlines said the jet landed safely in Portland. Passengers described terrifying moments. "
             "A woman who asked not to be named told a local station that she heard a loud bang. "
             '"The wind was roaring through the cabin," she said.')
    assert speaker(out, 2) is None
    out = en("Boeing said it would cooperate with investigators. \"We are deeply sorry,\" she said.")
    assert speaker(out, 1) is None


def test_a_noun_for_an_organisation_is_the_one_whose_name_holds_it():
    out = en("Alaska Airlines is grounding its fleet of 65 Boeing 737-9 jets. "
             "At least four passengers were treated for minor injuries, the airline said.")
    assert speaker(out) == {"name": "Alaska Airlines", "role": None}
    # "the agency" after a company and one public body is that body.
    out = en("The Federal Aviation Administration has grounded Boeing jets fitted with the same panel. "
             "About 171 aircraft worldwide are affected, the agency said.")
    assert speaker(out) == {"name": "Federal Aviation Administration", "role": None}


def test_it_is_the_organisation_that_spoke_last():
    out = en("Northwind Air has cancelled all flights through Saturday, the carrier said today. "
             "It said it was still waiting for instructions.")
    assert speaker(out, 1) == {"name": "Northwind Air", "role": None}
    # "said it was" is no attribution to "it".
    out = en("Searchers lost contact at noon, according to the Coast Guard. "
             'Deepline, the firm that runs the dives, said it was "exploring all options".')
    assert speaker(out, 1) != {"name": "Coast Guard", "role": None}


def test_a_role_with_an_organisation_s_name_and_a_synonym_of_a_role():
    out = en("The National Transportation Safety Board is leading the inquiry. Its chair, Jennifer Homendy, said "
             "the panel blew out six minutes after takeoff. "
             "Nobody was sitting beside the opening, the NTSB chair added.")
    assert speaker(out, 1)["name"] == "Jennifer Homendy"
    out = en("The National Transportation Safety Board is leading the inquiry. "
             "Two phones that fell from the plane have turned up, the safety board said.")
    assert speaker(out) == {"name": "National Transportation Safety Board", "role": None}
    out = en("Chief executive Dave Calhoun told employees the company would own its mistake. "
             '"We will work through this with complete transparency," the CEO added.')
    assert speaker(out, 1)["name"] == "Dave Calhoun"
    # A role that names another body is someone else: "the Labour leader" is not the Commons leader.
    *_, last = blog("Penny Mordaunt, the Commons leader, has lost her seat.",
                    "Keir Starmer addressed supporters at dawn. "
                    "The Labour leader said the country had voted for change.")
    assert speaker(last) != {"name": "Penny Mordaunt", "role": "Labour leader"}


def test_a_relative_clause_after_an_organisation_is_not_its_name():
    out = en("United Airlines, which operates 79 of the jets, said it had scrapped about 200 flights.")
    assert speaker(out) == {"name": "United Airlines", "role": None}


def test_a_noun_phrase_made_of_an_organisation_s_own_words_is_that_organisation():
    out = en("The National Hurricane Center said the storm would strengthen. "
             "Winds could reach 150 mph, the hurricane center added.")
    assert speaker(out, 1) == {"name": "National Hurricane Center", "role": None}
    # ... but someone of it is not it.
    out = en("Northwind Airlines grounded its jets. Passengers should expect delays, the airline's CEO said.")
    assert speaker(out, 0) != {"name": "Northwind Airlines", "role": None}


def test_a_possessive_role_subject_is_who_a_following_he_means_not_the_last_person_named():
    *_, last = blog("Keir Starmer said the arrests raised questions.",
                    "Republic's leader was freed late last night. "
                    '"The right to protest no longer exists," he said outside the police station.')
    assert (speaker(last) or {}).get("name") != "Keir Starmer"


def test_an_organisation_s_own_estimates_are_its_word_and_a_possessive_is_not_part_of_its_name():
    out = en("Oxygen on board may run out this morning, according to the Coast Guard's estimates.")
    assert speaker(out) == {"name": "Coast Guard", "role": None}
    assert [(e["text"], e["type"]) for e in out["entities"]] == [("Coast Guard", "organisation")]


def test_a_body_named_before_by_one_of_its_words_and_its_ceo_by_the_common_noun():
    *_, last = blog("The Coastal Fire Brigade said crews had reached the top floor.",
                    "Firefighters brought 65 people out alive, the brigade said last night.")
    assert speaker(last) == {"name": "Coastal Fire Brigade", "role": None}
    *_, last = blog("Northwind Airlines is grounding its fleet, chief executive Ben Carver said on Friday.",
                    "Most jets remain on the ground, and the airline's CEO warned that more flights would be "
                    "cancelled.")
    assert speaker(last)["name"] == "Ben Carver"


def test_a_short_name_in_brackets_is_the_organisation_in_this_post_and_in_later_ones():
    first, last = blog("About 90,000 customers are without power, according to Lakeland Electricity Networks "
                       "(LE Networks).",
                       "About 30,000 customers were still waiting to be reconnected, LE Networks said.")
    assert speaker(first) == {"name": "Lakeland Electricity Networks", "role": None}
    assert speaker(last) == {"name": "Lakeland Electricity Networks", "role": None}
    assert [e["canonical"] for e in last["entities"]] == ["Lakeland Electricity Networks"]


def test_an_organisation_whose_name_starts_with_an_article_speaks_and_is_the_force():
    out = en("A man has died after a tree fell on his car, An Garda Síochána said. "
             "The force said the road had been closed.")
    assert [speaker(out, i) for i in (0, 1)] == [{"name": "An Garda Síochána", "role": None}] * 2


def test_an_airport_that_speaks_is_the_body_that_runs_it_and_the_forecaster_is_the_one_named():
    out = en("Travel is at a standstill. Norfield Airport said more than 80 flights had been cancelled.")
    assert speaker(out) == {"name": "Norfield Airport", "role": None}
    assert [(e["text"], e["type"]) for e in out["entities"]] == [("Norfield Airport", "organisation")]
    out = en("Met Éireann has issued a red warning for tomorrow. "
             'The forecaster said the storm posed "a danger to life".')
    assert speaker(out) == {"name": "Met Éireann", "role": None}


def test_a_storm_that_claims_lives_says_nothing():
    out = en("The storm has now claimed three lives, two of them in the west.")
    assert out["quotes"] == []
    out = en("The rebels claimed responsibility for the attack on the depot.")
    assert out["quotes"] == []
    # ... but claiming what happened is speech.
    out = en("Ravi Menon claimed the inspection had been skipped.")
    assert speaker(out)["name"] == "Ravi Menon"


def test_a_phrase_after_a_mid_sentence_attribution_is_not_what_was_said():
    out = en("Sarah Boateng said the line would reopen soon. "
             "Crews will work through the night, she added, with engineers on their way from Leeds.")
    assert [q["text"] for q in out["quotes"]][1] == "Crews will work through the night"
    assert speaker(out, 1)["name"] == "Sarah Boateng"


def test_the_answer_to_a_question_goes_to_the_person_our_reporter_reached():
    out = en("Our correspondent reached Karen Walsh, who runs a shop on the seafront, as the tide rose. "
             'How bad has it been? "Terrifying. I have never seen the water this high."')
    assert speaker(out) == {"name": "Karen Walsh", "role": None}


def test_a_name_the_model_does_not_see_as_a_person_is_the_person_the_blog_named():
    *_, last = blog("Cathal Ó Briain, elected Taoiseach this afternoon, urged people to stay at home.",
                    '"Nobody will be left behind," Cathal Ó Briain said after visiting repair crews yesterday. '
                    "The Taoiseach said the Cabinet would meet on Tuesday.")
    assert [speaker(last, i)["name"] for i in (0, 1)] == ["Cathal Ó Briain"] * 2


def test_county_before_a_name_makes_a_place():
    out = en("A gust of 183km/h was recorded at Mace Head in County Galway early this morning.")
    assert ("County Galway", "place") in [(e["text"], e["type"]) for e in out["entities"]]


def test_a_title_or_the_letters_after_a_name_are_not_part_of_the_speakers_name():
    out = en('Councillor Priya Lamont, who chairs the planning committee, said the tower was "far too tall". '
             '"We will appeal," she added.')
    assert speaker(out) == {"name": "Priya Lamont", "role": "Councillor"}
    assert name(out, 1) == "Priya Lamont"
    out = en('Superintendent Gareth Olu said the road would stay closed overnight.')
    assert speaker(out) == {"name": "Gareth Olu", "role": "Superintendent"}
    out = en('Her lawyer, Martin Okafor KC, said the ruling was "deeply flawed".')
    assert name(out) == "Martin Okafor"
    # A title the model ran into a body's name: the person after it.
    out = en('Taoiseach Ruairí Brennan has said the budget will be published next week.')
    assert name(out) == "Ruairí Brennan"


def test_the_person_in_apposition_to_a_role_of_an_institution_speaks_not_the_institution():
    out = en('In Cluj, the director of the Transylvanian Art Museum, Dorin Vasilescu, said in Romanian: '
             '"We will lend nothing abroad this year."')
    assert name(out) == "Dorin Vasilescu"



def test_a_surname_with_o_or_a_courtesy_title_is_the_person_who_spoke_before():
    # The rule itself, whatever the model makes of the word: it may see no name in "O'Leary also said".
    from liveline.intel.context import BlogContext, Speaker
    from liveline.intel.entities import gazetteer
    from liveline.intel.speakers import Resolver

    context = BlogContext(speakers=[Speaker("Siobhan O'Donnell", "chief executive", "f"),
                                    Speaker("Kwame Mensah Boateng", "director-general", "m")])
    text = "O'Donnell also said the route would open in May. Dr Kwame said the doses would arrive."
    resolver = Resolver("en", [], context, gazetteer(context), text)
    assert resolver.speaker("O'Donnell", 0).name == "Siobhan O'Donnell"
    assert resolver.speaker("Dr Kwame", text.index("Dr")).name == "Kwame Mensah Boateng"
    assert resolver.speaker("Dr Lopez", text.index("Dr")) is None  # nobody of that name spoke


def test_a_nationality_noun_is_the_person_the_post_named_never_the_word():
    out = en('Mira Jansen won the 200m freestyle in Budapest. "I did not expect this," the Dutch swimmer said.')
    assert name(out) == "Mira Jansen"
    out = en('Jeroen Bakker took pole at the Nürburgring. The Dutchman said the tyres had "held up perfectly".')
    assert name(out) == "Jeroen Bakker"  # the one person named: newsrooms vary the words
    out = en('Lucas Moretti beat Tomás Ortega in three sets. "My serve was back," the Spaniard said.')
    assert name(out) is None  # either of two players: nobody, never "Spaniard"


def test_crowds_and_unnamed_people_have_no_speaker_even_next_to_a_place():
    out = en("Hail flattened crops near the village overnight. Neighbours said no one had been hurt.")
    assert name(out) is None
    out = en('A father queuing outside a school in Sparkbrook told us the gates had opened late. '
             '"Nobody warned us," he said.')
    assert [name(out, i) for i in range(len(out["quotes"]))] == [None] * len(out["quotes"])


def test_an_unnamed_person_with_a_relative_clause_or_an_aside_does_not_carry_on_the_last_speaker():
    *_, last = blog("The union leader, Owen Pritchard, said the ballot was final. \"We will not back down,\" he said.",
                    "One scout who watches several Serie A clubs said the move was likely. \"He is the best young "
                    "keeper in Europe,\" he said.")
    assert [name(last, i) for i in range(len(last["quotes"]))] == [None, None]
    *_, last = blog("The union leader, Owen Pritchard, said the ballot was final. \"We will not back down,\" he said.",
                    "Another shopper, queuing outside the bank in Dudley, was angrier. \"Nobody tells us anything,\" "
                    "he said.")
    assert name(last) is None


def test_a_rank_after_a_role_and_its_comma_is_how_the_person_is_addressed_not_the_role():
    *_, last = blog("The oversight panel's chair, Sen. Laura Whitcombe of Maine, opened the session. \"We want answers "
                    "today,\" she said.",
                    "Whitcombe questioned the bank's auditors for an hour. \"That is not good enough,\" the chair "
                    "said.")
    assert name(last) == "Laura Whitcombe"


def test_a_relative_s_noun_gives_the_gender_so_a_pronoun_of_the_other_gender_skips_them():
    out = en("Outside the ward, Carla Mendes said the night had been long. Her husband, Brad, was still in surgery. "
             "\"Brad never complains about anything,\" she said.")
    assert name(out, len(out["quotes"]) - 1) == "Carla Mendes"


def test_a_surname_the_model_missed_is_the_person_this_post_named_in_full_before_it():
    out = en("Also on the panel was Ruth Denning, who runs a ferry company in Kent. “We were selling tickets by hand "
             "for two days,” Denning said.")
    assert name(out) == "Ruth Denning"  # the model sees no name in "Denning"


def test_a_crowd_and_the_place_it_stands_in_have_no_speaker():
    out = en("Residents in Gordon Hill told local radio that the water had reached their doors.")
    assert name(out) is None  # the model takes "Gordon Hill" for a person: nobody speaks by name
    out = en("Residents of Martin Town told reporters that the power had been off since dawn.")
    assert name(out) is None


def test_a_place_after_a_sentence_opening_preposition_is_no_speaker():
    out = en("Outside Kelmoor this evening, the mood was bleak. \"They never listen,\" he said.")
    assert name(out) is None  # the model takes "Outside Kelmoor" for a person


def test_a_role_whose_head_follows_an_institution_word_is_a_person_not_the_institution():
    *_, last = blog("Manitoba's municipal government minister, Rosa Delgado, said the roads would reopen.",
                    "Power was back in most homes by noon, the utility said.",
                    "The municipal government minister said this evening that the curfew would be lifted.")
    assert name(last) == "Rosa Delgado"
    out = en("The regional government said the curfew would be lifted.")
    assert name(out) is None


def test_a_role_given_after_an_article_or_an_owner_is_met_by_the_bare_role_later():
    *_, last = blog("Flooding closed two bridges in Graz, a city spokesman, Jonas Pichler, told local radio.",
                    "All the bridges are open again, the spokesman said this evening.")
    assert name(last) == "Jonas Pichler"
    out = en("Norway's trade minister, Erik Halvorsen, visited the port this afternoon. "
             '"We will rebuild," he said. "I thank the crews," the minister added.')
    assert [name(out, i) for i in range(2)] == ["Erik Halvorsen"] * 2
    assert speaker(out)["role"] == "Norway's trade minister"


def test_a_pronoun_goes_to_the_subject_the_post_opens_on_not_to_an_older_speaker():
    # A participle clause before the subject: the subject, not the coach named after it.
    *_, last = blog('Luca Bianchi is into the semi-finals after beating Rafael Moreno in four sets. '
                    'Moreno said his serve had "let him down".',
                    "Speaking later in Italian to reporters from his country, Bianchi was asked about his coach, "
                    'Marco Ferri Lodi. "Marchino knows me better than anyone," he said.')
    assert name(last) == "Luca Bianchi"
    # Someone unnamed spoke, then a person opened a sentence: "she" is that person again.
    out = en('Asked about the tariffs, the Chilean minister answered in Spanish through an interpreter: '
             '"We will not be rushed." Priya Nair, standing beside him, nodded. "We agree on the goal," she said.')
    assert name(out, 1) == "Priya Nair"
    # A surname the model missed, opening the sentence before a comma: the one person of that name.
    *_, last = blog('Pope Pius XIII has urged a ceasefire in the Sahel. "Lay down your arms," the pope said.',
                    'A spokesman for the army, Colonel Idris Maiga, said the troops "welcome any call for calm".',
                    'Pius, the first pope from Malta, returned to the theme in the evening. '
                    '"Peace is possible," he told pilgrims.')
    assert name(last) == "Pius XIII"
    # ... and a name nobody gave before is nobody we know, not the last speaker.
    *_, last = blog('"We start again tomorrow," coach Enzo Bellini said.',
                    'Tavares, back at the training ground this morning, posted a video on Instagram. '
                    '"Ready," he wrote.')
    assert name(last, len(last["quotes"]) - 1) is None


def test_a_surname_with_a_lowercase_particle_is_the_whole_name():
    *_, last = blog('German Chancellor Helga von der Brink arrived in Warsaw this morning. '
                    '"Our alliance has never mattered more," von der Brink told reporters.',
                    'Von der Brink said the talks had been "open".')
    assert name(last) == "Helga von der Brink"
    out = en("The conference chair, Paulo Ribeiro do Amaral, said talks would resume at noon.")
    assert name(out) == "Paulo Ribeiro do Amaral"


def test_a_pronoun_after_a_surname_the_model_missed_is_the_full_name_the_post_wrote():
    *_, last = blog('"We are doing everything we can," the airline\'s chairman, Suresh Menon, told reporters.',
                    "Singh visited the hospital this morning, where he met Vishal Kumar Nair, one of two survivors. "
                    "Nair, speaking to a local channel from his bed, described the fire. "
                    '"There was smoke everywhere," he said.')
    assert name(last) == "Vishal Kumar Nair"  # not the chairman who spoke in the last post


def test_the_subject_of_two_joined_verbs_speaks_through_the_second():
    out = en("Fire chief Amara Osei said the blaze was out. "
             "She thanked the crews and said the road would reopen tonight.")
    assert [name(out, i) for i in range(2)] == ["Amara Osei"] * 2
    out = en("Lufthansa has cancelled all evening flights to Munich but said services would resume on Friday.")
    assert name(out) == "Lufthansa"



def test_a_name_the_model_missed_is_a_person_when_the_post_goes_on_with_he_or_she():
    out = en("Third-placed Tsehay Gemechu of Kenya said through an interpreter that the heat had been brutal. "
             '"Maybe next time," she added.')
    assert [name(out, i) for i in range(2)] == ["Tsehay Gemechu"] * 2
    # ... but not a body the post goes on calling "it".
    out = en("Harbour Lines said the ferry would not sail tonight. It said repairs were under way.")
    assert name(out) != "Harbour Lines" or "person" not in [e["type"] for e in out["entities"]]


def test_a_role_that_answers_before_a_colon_is_the_person_who_holds_it():
    *_, last = blog('"This is a fair deal," Queensland Premier Tom Hadley said.',
                    'The opposition leader, Rosa Kerr, said the deal was "years late". '
                    'The premier shot back: "We did what they never would."')
    assert name(last, 1) == "Tom Hadley"
    out = en('Prosecutor Nia Evans said the firm had "cut every corner". Its barrister, Owen Price, said the '
             'case was "overstated". The prosecutor disagreed: "The records speak for themselves."')
    assert name(out, 2) == "Nia Evans"


def test_an_organisation_with_a_description_in_apposition_speaks():
    out = en("Northwind Rail, the region's biggest operator, said it expected to run half its trains tomorrow.")
    assert [q["text"] for q in out["quotes"]] == ["it expected to run half its trains tomorrow"]
    assert speaker(out) == {"name": "Northwind Rail", "role": None}
    out = en("The Office of Rail and Road (ORR), Britain's rail regulator, said the signals failed twice.")
    assert speaker(out) == {"name": "Office of Rail and Road", "role": None}
    # ... but a person of the organisation is not the organisation.
    out = en("Corvane Energy, the firm's chief executive, said the leak had been contained.")
    assert speaker(out) is None


def test_one_person_with_a_relative_clause_says_what_follows_the_verb():
    out = en("One man, whose sister was on the ferry, said he had been calling her all night.")
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == [("he had been calling her all night", None)]


def test_a_clause_that_ends_in_a_colon_gives_the_quote_to_its_subject():
    out = en('Keane, asked about Parker\'s remarks, grinned: "He can think what he likes."')
    assert speaker(out)["name"] == "Keane"
    out = en('A shopkeeper on the high street, Owen Pryce, was furious: "Nobody warned us about the closure."')
    assert speaker(out)["name"] == "Owen Pryce"
    out = en("The council's head of highways, Marta Lind, had a simple request for residents: \"Please keep your "
             'cars off the road tonight."')
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [
        ("Please keep your cars off the road tonight.", "direct")]
    assert speaker(out)["name"] == "Marta Lind"
    out = en('Tom Okafor said he was "over the moon". Asked how he would spend the money, he laughed: "On a very '
             'long holiday."')
    assert speaker(out, 1)["name"] == "Tom Okafor"


def test_a_quote_after_a_colon_stands_alone_beside_a_mixed_quote():
    out = en('Marta Lind said the roads were "in a terrible state", before adding: "We will fix them by spring."')
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [
        ('the roads were "in a terrible state"', "mixed"), ("We will fix them by spring.", "direct")]
    assert speaker(out, 1)["name"] == "Marta Lind"


def test_according_to_after_an_attribution_says_how_the_words_reached_us():
    out = en('President Daniel Okoro has ordered an inquiry. "The families deserve answers," Okoro said, according '
             "to a statement from his office.")
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [("The families deserve answers", "direct")]
    assert speaker(out)["name"] == "Daniel Okoro"


def test_one_who_gave_only_a_first_name_is_that_name():
    out = en('Tourists described the panic. "Everyone was running for the doors," said one, a Dutch teacher who '
             "gave his name only as Pieter.")
    assert speaker(out) == {"name": "Pieter", "role": "Dutch teacher"}


def test_an_organisation_after_its_kind_with_modifiers_speaks():
    out = en("More than 400 flights were cancelled, according to the tracking site FlightAware.")
    assert speaker(out) == {"name": "FlightAware", "role": None}
    out = en("Cyclone Ana hit the coast overnight, the state weather agency MetService said.")
    assert speaker(out) == {"name": "MetService", "role": None}


def test_it_said_after_a_one_word_body_the_model_took_for_a_person():
    out = en('Gatwick said it would reopen at noon. "Passengers should check with their airline before '
             'travelling," it said in a statement.')
    assert [speaker(out, i)["name"] for i in (0, 1)] == ["Gatwick", "Gatwick"]
    # ... never a person the post named in full.
    out = en('Maria Lopez said it would take weeks. "We need more crews," it said.')
    assert speaker(out, 1) is None


def test_the_subject_before_but_warned_that_speaks():
    out = en("Vueling has posted record profits but warned that fares would rise.")
    assert [q["text"] for q in out["quotes"]] == ["fares would rise"]
    assert speaker(out)["name"] == "Vueling"


def test_a_lone_quote_after_an_unnamed_persons_words_stays_unnamed():
    out = en("The Home Office said extra staff had been sent. One man, whose sister was on the ferry, said he had "
             'been calling her all night. "Nobody is telling us anything at all."')
    assert [speaker(out, i) for i in (1, 2)] == [None, None]


def test_a_name_the_apposition_calls_a_union_or_an_agency_speaks_as_one():
    out = en('Education Ohio, the teachers\' union, said the ban would "help".')
    assert speaker(out) == {"name": "Education Ohio", "role": None}
    out = en("Asia CDC, the region's disease agency, said more than 2,000 cases had been confirmed.")
    assert speaker(out) == {"name": "Asia CDC", "role": None}


def test_an_unnamed_person_told_us_and_the_place_they_were_is_not_who_spoke():
    out = en("A father queuing outside a surgery in Kings Heath told us his daughter had missed her appointment.")
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == [("his daughter had missed her appointment", None)]


def test_the_name_in_apposition_after_a_role_of_a_body_speaks_not_the_body():
    out = en('The director of the National Coach Museum, Rui Álvares-Pinto, said: "It is a loss for the whole '
             'country."')
    assert speaker(out)["name"] == "Rui Álvares-Pinto"


def test_an_apposition_that_names_a_person_does_not_make_the_organisation_before_it_speak():
    # (What a body is, in lowercase words after its name, lets it speak: "L'association Sherpa, partie civile,
    # dénonce"; a name in the apposition is someone else.)
    out = en("Nvidia, its chief executive Jensen Huang, said the chips would ship in May.")
    assert speaker(out) is None or speaker(out)["name"] != "Nvidia"


def test_a_body_whose_apposition_carries_a_relative_clause_still_speaks():
    out = en("Metrobus, the public company that runs the city's buses, ferries and trams, said that the drivers "
             "had been trained.")
    assert speaker(out) == {"name": "Metrobus", "role": None}


def test_the_country_that_owns_a_public_body_is_not_part_of_its_name():
    out = en("Canada's Foreign Ministry said two of its citizens had been hurt.")
    assert speaker(out) == {"name": "Foreign Ministry", "role": None}


def test_capitalised_words_before_a_body_the_model_cut_short_are_the_start_of_its_name():
    out = en("The Caddo Parish Coroner's Office said this morning that nine people had died.")
    assert speaker(out) == {"name": "Caddo Parish Coroner's Office", "role": None}
    # ... but a title and a surname the model took for a body are nobody's body.
    out = en("Governors met on Monday. Mrs Holt-Baker said that the library would reopen in March.")
    assert speaker(out) is None or speaker(out)["name"] != "Mrs Holt-Baker"


def test_a_description_after_the_one_person_the_post_named_is_that_person():
    out = en('Tomasz Nowak has finished his first marathon in under three hours. "My legs are gone, but I am happy," '
             'the retired postman said.')
    assert speaker(out, 0) == {"name": "Tomasz Nowak", "role": "retired postman"}
    # ... but not after two people, nor after someone only mentioned.
    out = en('Tomasz Nowak beat Piotr Zielinski by a minute. "My legs are gone," the retired postman said.')
    assert speaker(out) is None


def test_a_name_with_a_particle_after_a_persons_role_is_that_person_whatever_the_model_took_it_for():
    out = en('Chile\'s disaster agency extended the evacuation order. "The fire is still moving west," agency '
             'spokesman Anselm del Bosque said.')
    assert speaker(out) == {"name": "Anselm del Bosque", "role": "agency spokesman"}


def test_a_pronoun_after_a_surname_opening_the_sentence_before_is_that_person_not_an_older_subject():
    *_, last = blog("Narendra Modi said the inquiry would be thorough.",
                    "Modi visited the hospital this morning, where he met Vishwash Kumar Ramesh, the only person "
                    "on board to survive. Ramesh, speaking to a broadcaster from his bed, described the impact. "
                    '"When I opened my eyes there was smoke everywhere," he said.')
    assert speaker(last)["name"] == "Vishwash Kumar Ramesh"


def test_a_surname_opening_the_next_post_before_its_verb_is_the_person_named_in_full():
    *_, last = blog("Their manager, Luis Ordóñez, sprinted down the touchline.",
                    'Ordóñez has been speaking to the BBC. "They came," the Spaniard said.')
    assert speaker(last)["name"] == "Luis Ordóñez"
    assert {"text": "Ordóñez", "type": "person", "canonical": "Luis Ordóñez"} in last["entities"]


def test_the_role_before_a_comma_after_their_keeps_its_first_letters():
    out = en('Their coach, Aaron Lindqvist, walked onto the pitch. "I guessed right twice," he said.')
    assert speaker(out) == {"name": "Aaron Lindqvist", "role": "coach"}


def test_he_after_an_unnamed_person_is_nobody_the_blog_named():
    *_, last = blog("Harbour master Colin Reddaway said the port would reopen at noon.",
                    "On the quay, a fisherman told us he had tied his boat up twice. "
                    '"You learn to respect this sea," he said.')
    assert [q["speaker"] for q in last["quotes"]] == [None, None]


def test_a_police_rank_is_not_part_of_the_speaker_s_name():
    out = en('"Somebody knows what happened in that park," said Det Supt Karen Ashworth of West Yorkshire Police.')
    assert speaker(out)["name"] == "Karen Ashworth"


def test_a_demonym_without_an_ian_ending_is_the_one_person_the_blog_named():
    *_, last = blog("Petra Dvorakova has won in Auckland, beating Lena Hartwig in three sets.",
                    'Dvorakova needed treatment on her wrist. "I could not serve properly," the Czech said.')
    assert speaker(last)["name"] == "Petra Dvorakova"


def test_a_regional_man_noun_is_the_person_named_not_the_region_the_model_took_for_one():
    out = en("What a morning for Owen Trelawny, whose two goals put Cornwall ahead. "
             '"I just kept running," the Cornishman said.')
    assert speaker(out)["name"] == "Owen Trelawny"


def test_a_name_then_a_place_is_one_body_named_after_where_it_works():
    out = en("Arthritis Australia said patients should keep taking their medicine.")
    assert speaker(out)["name"] == "Arthritis Australia"


def test_an_organisation_s_shortened_name_is_its_full_name():
    out = en("The Reserve Bank of Fiji has held its main rate at 0.25%. Inflation was easing, the Bank said.")
    assert speaker(out, 0)["name"] == "Reserve Bank of Fiji"
    *_, last = blog("The Tasman Rivers Conservation Agency said the reef would be closed to boats.",
                    "Divers will need a permit from next month, the Rivers Conservation Agency said.")
    assert speaker(last)["name"] == "Tasman Rivers Conservation Agency"


def test_a_country_s_agency_of_a_kind_with_its_acronym_speaks():
    out = en("Temperatures will stay above 40C until Sunday, according to Portugal's state weather agency IPMA.")
    assert speaker(out)["name"] == "IPMA"


def test_the_forecaster_is_the_body_that_spoke_not_a_place_the_model_took_for_one():
    out = en("According to Met Éireann, a gust of 160km/h was recorded at Belmullet overnight. The old record, "
             "150km/h at Ballyvaughan, had stood since 1961. The forecaster said the winds would ease by noon.")
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Met Éireann", "Met Éireann"]


def test_the_forecaster_is_not_a_place_listed_with_other_places():
    out = en("Met Éireann has issued a red warning for counties Cork, Mayo and Donegal. Gusts of 120km/h are "
             "expected on the coast, the forecaster said.")
    assert speaker(out)["name"] == "Met Éireann"


def test_the_company_is_the_name_whose_shares_fell():
    out = en("Shares in Brightwater fell 9% after the budget airline cut its forecast. The company said fuel "
             "costs had risen sharply.")
    assert speaker(out)["name"] == "Brightwater"


def test_a_role_refers_back_to_its_holder_not_to_the_firm_the_model_took_for_a_person():
    out = en("Priya Castellane, senior rates economist at Harrowgate Capital, told us she expected one more cut. "
             '"The market got ahead of itself," the economist said.')
    assert speaker(out, 1)["name"] == "Priya Castellane"


def test_what_a_role_subject_rejected_before_a_colon_is_no_part_of_the_role():
    *_, last = blog("Mayor Colette Varga said the new cycle lanes would stay.",
                    "Councillor Ivo Brandt told the Herald that shops were losing trade. "
                    'The mayor rejected that: "Footfall is up since the lanes opened."')
    assert speaker(last, 1)["name"] == "Colette Varga"


def test_a_body_named_in_apposition_after_its_owner_s_kind_speaks():
    out = en("Her label, Brackenfield Records, said the album would be released in May.")
    assert speaker(out)["name"] == "Brackenfield Records"


def test_a_body_named_after_its_kind_speaks_even_when_the_model_saw_no_name():
    out = en("Shares in Corvane Air fell again on Monday. The turbine maker, Veltraco Systems, said it would "
             "double its output of spare blades.")
    assert speaker(out)["name"] == "Veltraco Systems"


def test_a_description_between_an_owned_role_and_the_name_does_not_hide_who_speaks():
    out = en("Grace Mensah reached the final on Friday. Mensah's coach, the former doubles champion Rory Kettle, told "
             'us she had nearly withdrawn with a fever. "She could barely stand on Monday," he said.')
    assert [q["speaker"] for q in out["quotes"]] == [{"name": "Rory Kettle", "role": "Mensah's coach"}] * 2


def test_a_role_then_a_described_name_in_apposition_and_the_pronoun_after():
    out = en("The Marlow Award has gone to the poet Ines Carvalho for her third collection. The chair of judges, "
             "the broadcaster Simon Pryor, said the vote had been close. "
             '"It is a brave and generous book," he said.')
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Simon Pryor", "Simon Pryor"]


def test_the_department_is_the_one_department_the_blog_named():
    *_, last = blog("A judge in Denver has blocked the Transport Department from closing the Alder Street depot.",
                    "The department said in a statement that it would appeal the ruling.")
    assert speaker(last)["name"] == "Transport Department"


def test_a_name_the_model_cut_after_its_particles_keeps_its_surname():
    out = en("Commission President Ursula von der Leyen has told Li Qiang that trade ties were "
             '"out of balance".')
    assert speaker(out)["name"] == "Ursula von der Leyen"


def test_an_o_apostrophe_surname_before_an_aside_is_the_subject_not_the_name_after_said():
    *_, last = blog("Chief executive Declan O'Reilly called the strike a scandal.",
                    "O'Reilly, for his part, said Greta Holm should \"get off her backside\".")
    assert speaker(last)["name"] == "Declan O'Reilly"


def test_a_sentence_ending_on_a_channel_number_ends_there():
    out = en('"It is nice to contribute early," Hazlett told Channel 9. England pace bowler Owen Marsh said the '
             'visitors were still in the game. "We have taken three big wickets tonight," he said.')
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Hazlett", "Owen Marsh", "Owen Marsh"]


def test_someone_unnamed_who_shouted_that_is_nobody_the_post_named():
    out = en('Mair Evans said it would be "a tragedy" if the unit closed. Another woman shouted that the board had '
             '"already made up its mind".')
    assert speaker(out, -1) is None


def test_an_acronym_the_model_saw_nothing_in_speaks_as_a_body():
    out = en("Ministers are prepared to accept an amendment. The RSPB said the changes did not go far enough.")
    assert speaker(out, -1) == {"name": "RSPB", "role": None}
    assert {"text": "RSPB", "type": "organisation", "canonical": "RSPB"} in out["entities"]


def test_a_name_before_a_lowercase_role_is_where_the_role_is_held_not_who_speaks():
    out = en('Rain is falling in Melbourne. McLaren team principal Andrea Stella said both his drivers were '
             '"comfortable with any scenario".')
    assert speaker(out)["name"] == "Andrea Stella"


def test_a_surname_alone_is_the_one_person_the_post_named_in_full_before():
    # The model read "Dean" as part of the coach's title: the surname still names the man written in full.
    out = en("Harbour Lions coach Dean Mulcahy was furious at full-time. \"We lost our composure in the last five "
             "minutes,\" Mulcahy said.")
    assert speaker(out, 0)["name"] == "Dean Mulcahy"


def test_a_courtesy_title_before_the_name_is_no_part_of_the_role():
    out = en("\"We found the money,\" said the council's leader, Mrs Margaret Hale.")
    assert speaker(out, 0) == {"name": "Margaret Hale", "role": "council's leader"}


def test_the_n_year_old_with_no_age_given_is_the_one_person_who_opened_the_sentence_before():
    out = en("Daniel Ferreira said he was proud of his side. \"We kept going until the last whistle,\" the "
             "31-year-old said.")
    assert name(out, 1) == "Daniel Ferreira"


def test_the_n_year_old_after_two_people_or_another_age_has_no_speaker():
    out = en("Daniel Ferreira beat Tom Holt in straight sets. \"We kept going until the last whistle,\" the "
             "31-year-old said.")
    assert name(out) is None  # either of them
    out = en("Daniel Ferreira said he was proud. A 31-year-old fan was hurt. \"We kept going,\" the 31-year-old "
             "said.")
    assert name(out, 1) is None  # the post gave that age to someone unnamed


def test_a_body_named_after_its_kind_speaks_even_as_one_word_the_model_missed():
    out = en("The farmers' union Agrivox, which represents 9,000 growers, said the harvest was lost.")
    assert name(out) == "Agrivox"
    out = en("Prices will rise by 8% in April, the utility Norvelt said.")
    assert name(out) == "Norvelt"
    out = en("The UN food agency, WFP, said stocks would run out by Friday.")
    assert name(out) == "World Food Programme"


def test_a_person_or_a_role_after_a_kind_of_body_is_no_body():
    out = en("The union leader Sharon Graham said the strike would go on.")
    assert name(out) == "Sharon Graham"
    out = en("Her agency, Tom Reeve, said the tour was cancelled.")
    assert speaker(out)["name"] == "Tom Reeve"  # a person's name after the kind, not a body's


def test_the_company_is_a_body_the_post_called_a_company_whatever_its_name_says():
    out = en("Kestrel Water Service, the region's water company, said 9,000 homes had no supply. \"Our engineers "
             "are working through the night,\" the company said.")
    assert name(out, 1) == "Kestrel Water Service"


def test_the_company_is_not_a_public_body_the_post_did_not_call_one():
    out = en("Kestrel Water Service said 9,000 homes had no supply. \"Our engineers are working through the "
             "night,\" the company said.")
    assert name(out, 1) is None


def test_a_name_then_a_group_in_apposition_is_that_group():
    out = en("Safe Streets Leeds, a campaign group, said it would appeal.")
    assert name(out) == "Safe Streets Leeds"
    out = en("Dara Okonjo-Reyes, a member of the campaign group, said she would appeal.")
    assert name(out) == "Dara Okonjo-Reyes"  # a person of the group


def test_a_body_whose_name_opens_with_new_keeps_it():
    out = en("The New South Wales Teachers Federation says about 4,000 members have walked out.")
    assert name(out) == "New South Wales Teachers Federation"


def test_a_person_named_in_the_question_is_not_who_answers_it():
    out = en("Coach Brendan Walsh spoke to reporters before the derby. Is Jamie Cole fit to play? \"He trained "
             "today, so we will see.\"")
    assert name(out) == "Brendan Walsh"


def test_two_people_named_before_the_question_leave_the_answer_to_nobody():
    out = en("Brendan Walsh and Jamie Cole spoke to reporters before the derby. Is the squad fit? \"We will see.\"")
    assert name(out) is None


def test_a_surname_label_is_the_one_person_the_post_names_with_it_later():
    out = en("Whitcombe: \"The bridge will reopen by spring.\" The transport secretary, Harriet Whitcombe, made the "
             "promise on a visit to Hexham.")
    assert name(out) == "Harriet Whitcombe"


def test_a_surname_label_two_people_share_has_no_speaker():
    out = en("Whitcombe: \"The bridge will reopen by spring.\" Harriet Whitcombe and her husband Tom Whitcombe "
             "visited Hexham.")
    assert name(out) is None


def test_a_role_with_a_place_is_the_one_holder_of_its_head():
    out = en("Senator Maria Okoye questioned the airline chief, Tom Birch, over fares. \"Why do families pay "
             "double?\" the Ohio senator asked.")
    assert name(out) == "Maria Okoye"


def test_a_role_with_a_place_after_two_holders_or_another_place_has_no_speaker():
    out = en("Senator Maria Okoye questioned Senator Ted Vance over fares. \"Why do families pay double?\" the "
             "Ohio senator asked.")
    assert name(out) is None  # either senator
    out = en("Texas senator Maria Okoye questioned the airline chief, Tom Birch, over fares. \"Why do families pay "
             "double?\" the Ohio senator asked.")
    assert name(out) is None  # she is Texas's


def test_someone_who_gave_a_name_is_that_name_however_it_is_given():
    out = en("\"We lost the whole harvest,\" said a farmer who gave his name only as Tariq.")
    assert name(out) == "Tariq"
    out = en("A shopkeeper on the quay, who gave only her first name, Mira, told us the water had reached the till.")
    assert name(out) == "Mira"


def test_someone_who_gave_a_name_to_someone_else_stays_unnamed():
    out = en("\"We lost the whole harvest,\" said a farmer who gave his name to the police.")
    assert name(out) is None


def test_a_public_body_the_model_did_not_see_speaks_by_its_name():
    out = en("Good morning. Several roads are flooded near Perth and drivers should avoid the A9, Police Scotland "
             "said.")
    assert name(out) == "Police Scotland"


def test_a_role_and_a_name_after_a_public_body_word_are_a_person():
    out = en("Good morning. Several roads are flooded near Perth and drivers should avoid the A9, Council Leader "
             "Fiona Ross said.")
    assert name(out) == "Fiona Ross"


def test_the_company_is_the_body_the_post_gave_words_to_not_the_last_one_named():
    out = en('Halbrook Mills said it had received "an unsolicited offer" from Vantera Group. The board would weigh '
             'it "with care", the company said.')
    assert name(out, 1) == "Halbrook Mills"
    # Guard: with no words given to either, the last body named still answers "the company".
    out = en('Shares in Halbrook Mills rose after an offer from Vantera Group. The offer was "final", the company '
             'said.')
    assert name(out) == "Vantera Group"


def test_the_company_is_no_body_whose_name_says_it_is_a_union():
    out = en('The Harbour Workers Union called for an inquiry. "Every crane was inspected last month," the '
             'company said.')
    assert name(out) is None
    # Guard: "the union" is still the union the post named.
    out = en('The Harbour Workers Union called for an inquiry. "We want answers," the union said.')
    assert name(out) == "Harbour Workers Union"


def test_a_town_the_model_took_for_a_person_is_not_who_she_means():
    # "Wagga" follows "from" and nothing makes it a person: with the other person a man, nobody.
    out = en('Moreau and Patel met the families. She thanked the crews who came from Wagga. "They are heroes," she '
             'said.')
    assert name(out) is None
    # Guard: a first name after "from" is still a person.
    out = en('The first letter the council read came from Harriet, who lost her husband in the flood. "He loved this '
             'town," she said.')
    assert name(out) == "Harriet"


def test_a_sentence_naming_someone_else_does_not_carry_on_the_last_speaker():
    out = en("Britain's trade secretary, Helen Marsh, hosted her Spanish counterpart in London. \"We are closer than "
             "ever,\" Marsh said. Jorge Ruiz agreed, saying trade between them had \"never mattered more to both "
             "sides\".")
    assert name(out, 1) != "Helen Marsh"
    # Guard: a sentence that names nobody still carries on the last speaker.
    out = en("Britain's trade secretary, Helen Marsh, hosted her Spanish counterpart in London. \"We are closer than "
             "ever,\" Marsh said. Trade between them had \"never mattered more to both sides\".")
    assert name(out, 1) == "Helen Marsh"


def test_a_lone_quote_after_an_unnamed_definite_speaker_is_theirs_not_a_guess():
    out = en('Kovac told reporters he was "delighted" with the win. "We gave everything tonight," he said. "We fought '
             'to the end," the visiting captain said. "But we have to be better than this."')
    assert name(out, 3) is None
    # Guard: after a named speaker the lone quote is still theirs.
    out = en('Kovac told reporters he was "delighted" with the win. "We fought to the end," Kovac said. "But we have '
             'to be better than this."')
    assert name(out, 2) == "Kovac"


def test_what_a_bare_plural_subject_uses_is_not_who_speaks():
    out = en("Scientists using the Chandra X-ray Observatory say they have spotted a black hole.")
    assert name(out) is None
    # Guard: a named body as the subject still speaks.
    out = en("The Chandra X-ray Observatory said it had spotted a black hole.")
    assert name(out) == "Chandra X-ray Observatory"


def test_a_usual_short_form_is_the_one_full_name_the_blog_gave():
    # A first name or a surname alone, or a surname with its lowercase particle capitalised, is the person the
    # blog named in full.
    *_, last = blog("The new envoy, Rahim al-Masoud, landed in Geneva on Monday evening.",
                    "Al-Masoud told reporters the talks would \"take as long as they need\".")
    assert name(last) == "Rahim al-Masoud"
    *_, last = blog("Orchestra founder Marguerite Pellingham-Cole said the hall would close in June.",
                    "Dame Marguerite said every player would be paid until the end of the season.")
    assert name(last) == "Marguerite Pellingham-Cole"


def test_a_short_form_two_people_of_the_blog_share_stays_as_written():
    *_, last = blog("Marguerite Hale and Marguerite Osei both spoke at the rally.",
                    "Dame Marguerite said the hall would close in June.")
    assert name(last) == "Dame Marguerite"


def test_a_role_used_as_a_title_is_no_part_of_the_name():
    *_, last = blog("Lawyers for the defence were led by Marc Delaney. The case is heard by Arjun Venkataraman.",
                    "Closing arguments will begin on Monday, Judge Venkataraman said.")
    assert name(last) == "Arjun Venkataraman"


def test_a_role_word_that_is_also_a_first_name_opens_the_name():
    out = en("Wildcats coach Dean Pellew after the game: \"We ran out of legs.\" Pellew said the team "
             "would rest on Sunday.")
    assert name(out) == "Dean Pellew"


def test_treasurer_before_a_name_is_a_role_not_part_of_the_name():
    out = en("Treasurer Tobias Renwick welcomed the decision. \"This is a relief for families,\" he said in Hobart.")
    assert speaker(out) == {"name": "Tobias Renwick", "role": "Treasurer"}


def test_letters_after_a_name_are_no_part_of_it():
    out = en("Defence barrister Maria Doyle SC said the evidence against her client was weak.")
    assert speaker(out) == {"name": "Maria Doyle", "role": "Defence barrister"}
    out = en("Opposition health spokesman Colm Brady TD said waiting lists were growing.")
    assert name(out) == "Colm Brady"


def test_a_sentence_adverb_run_into_a_body_is_no_part_of_its_name():
    out = en("Meanwhile Northumbria Police said the road would stay closed overnight.")
    assert name(out) == "Northumbria Police"
    out = en("Separately Avon and Somerset Police said the roads were shut.")
    assert name(out) == "Avon and Somerset Police"
    out = en("Earlier Network Rail said the line was closed.")
    assert [e["text"] for e in out["entities"]] == ["Network Rail"]


def test_who_after_a_role_stands_for_it_when_it_speaks():
    *_, last = blog("Health Minister Owen Pryce said the ward was shut. \"Stay away,\" he said.",
                    "Another update from the health minister, who says the ward will reopen on Friday.")
    assert [q["text"] for q in last["quotes"]] == ["the ward will reopen on Friday"]
    assert name(last) == "Owen Pryce"
    *_, last = blog("Health Minister Owen Pryce said the ward was shut.",
                    "Back to Owen Pryce, who said the ferry had been moved.")
    assert [q["text"] for q in last["quotes"]] == ["the ferry had been moved"]
    assert name(last) == "Owen Pryce"


def test_a_bare_quote_is_whose_message_the_next_sentence_says_it_was():
    first = "Transport Secretary Nadia Kerr said the line would reopen. Union leader Sam Okoye said it would not."
    *_, last = blog(first,
                    "\"Nobody should travel tonight.\"\n\nThat was Nadia Kerr's message as she left the station.")
    assert name(last) == "Nadia Kerr"
    *_, last = blog(first,
                    "\"We are not going away.\"\n\nThose were the words of Sam Okoye outside the depot.")
    assert name(last) == "Sam Okoye"


def test_a_full_name_the_blog_gave_is_that_person_where_the_model_saw_nothing():
    *_, last = blog("Sligo manager Fionn Delaney said his side were ready. \"We are proud,\" he said.",
                    "Mayo captain Seán Kearney admitted his side had not done enough. \"We sat back,\" he said.",
                    "Back to Fionn Delaney, who has just wrapped up his press conference. Asked about his own future, "
                    "he laughed. \"Not tonight,\" he said.")
    assert name(last) == "Fionn Delaney"


def test_a_colon_label_gives_the_quote_to_the_name_before_its_circumstances():
    first, *rest = blog("Site manager Joanna Petrie met the inspectors at the quarry gate with union rep Alan Kerr.",
                        'Kerr, speaking to Radio Forth: "The men were sent down with no checks at all."',
                        'Petrie on the safety record: "We have gone eleven years without a serious injury."',
                        'Kerr, in a post on Facebook: "Thank you to every driver who stopped to help."',
                        'From Petrie: "The quarry stays shut until the engineers sign it off."')
    assert [name(post) for post in rest] == ["Alan Kerr", "Joanna Petrie", "Alan Kerr", "Joanna Petrie"]


def test_a_possessive_colon_label_gives_the_quote_to_its_owner():
    *_, owner, pronoun = blog("Council leader Ruth Abbey faced the residents' meeting on Tuesday night.",
                              "Ruth Abbey's answer to the angry hall: \"The library will not close while I lead "
                              'this council."',
                              'Her message to the protesters was simple: "Keep writing to us, we are reading every '
                              'letter."')
    assert name(owner) == "Ruth Abbey"
    assert name(pronoun) == "Ruth Abbey"


def test_a_colon_label_whose_first_word_names_nobody_gives_no_speaker():
    *_, last = blog("Site manager Joanna Petrie met the inspectors at the quarry gate.",
                    'Update at 10am: "All roads around the quarry are now open again."')
    assert name(last) is None
