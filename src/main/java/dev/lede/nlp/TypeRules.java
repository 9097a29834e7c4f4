package dev.lede.nlp;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The named rules that say what kind of thing a name names, tried in order; the first that fires decides.
 * Each carries a weight: when the mentions of one entity disagree, the surer rules win (see EntityMerger).
 */
final class TypeRules {

    /** How much a rule's verdict counts when an entity's mentions disagree. */
    static final class Weight {
        static final int NONE = 0;
        /** One weak hint: a preposition, a gazetteer city, a speech verb. */
        static final int HINT = 1;
        /** A telling pattern that misleads now and then: an abbreviation, "X-based", "the Observer". */
        static final int PATTERN = 2;
        /** A telling word beside the name: "actress X", "X news agency", an initial before a surname. */
        static final int NEIGHBOUR = 3;
        /** A word inside the name: "… Bank", "… Square", a given name first. */
        static final int HEAD_WORD = 4;
        /** The whole name is in a curated or openly licensed list. */
        static final int LISTED = 5;
        /** A title before the name: "Mr", "Brig. Gen.", "Home Secretary". */
        static final int TITLE = 6;

        private Weight() {
        }
    }

    /** The verdict of one rule on one name. */
    record Verdict(String rule, EntityType type, int weight) {
    }

    /** A name in its sentence: what the rules look at. */
    static final class Candidate {
        final List<Token> tokens;
        final int from;
        final int to;
        final String name;
        final String lower;
        /** The title stripped from before the name ("Mr", "the"), or null. */
        final String title;
        final Lexicon lex;

        Candidate(List<Token> tokens, int from, int to, String name, String title, Lexicon lex) {
            this.tokens = tokens;
            this.from = from;
            this.to = to;
            this.name = name;
            this.lower = name.toLowerCase(Locale.ROOT);
            this.title = title;
            this.lex = lex;
        }

        int words() {
            return to - from;
        }

        Token first() {
            return tokens.get(from);
        }

        Token last() {
            return tokens.get(to - 1);
        }

        String before() {
            return from > 0 ? tokens.get(from - 1).lower() : "";
        }

        String after() {
            return to < tokens.size() ? tokens.get(to).lower() : "";
        }

        boolean titledPerson() {
            return title != null && !"the".equals(title);
        }

        boolean headIsOrganizationOrPlace() {
            String l = last().lower();
            return lex.isOrganizationWord(l) || lex.locationWords.contains(l);
        }

        boolean speaks() {
            return SpeechWords.SPEECH_VERBS.contains(after()) || before().equals("said") || before().equals("says");
        }

        boolean organizationNounAround() {
            return lex.organizationNouns.contains(after()) || lex.organizationNouns.contains(before());
        }

        String text(int start, int end) {
            StringBuilder b = new StringBuilder();
            for (int i = start; i < end; i++) b.append(i > start ? " " : "").append(tokens.get(i).text());
            return b.toString();
        }
    }

    private static final String UNKNOWN_NAME = "unknown-name";
    private static final String LONE_GIVEN_NAME = "lone-given-name";
    static final String LISTED_FIRM = "listed-firm";

    record Rule(String name, EntityType type, int weight, Predicate<Candidate> fires) {
        Verdict verdict() {
            return new Verdict(name, type, weight);
        }
    }

    static final List<Rule> RULES = List.of(
            // "Liverpool manager Rafael Benitez": the club, over the listed city, in every mention of the name.
            new Rule(RoleAfterBody.CLUB_RULE, EntityType.ORGANIZATION, Weight.TITLE, RoleAfterBody::clubBeforeRole),
            new Rule("listed-place", EntityType.LOCATION, Weight.LISTED, c -> c.lex.isLocation(c.name) && !c.titledPerson()),
            // "the Six Nations", "Oscar-winning": a listed contest or award is no body, though a body runs it.
            new Rule("listed-event", EntityType.OTHER, Weight.LISTED, c -> c.lex.isNamedEvent(c.name)),
            // "Linux", "the FTSE 100 index": a listed program or market index, and its number, is no body.
            new Rule("listed-product", EntityType.OTHER, Weight.LISTED, NotABody::listedProduct),
            // "Greenpeace"; "Sky Sports 2" is a listed channel and its number.
            new Rule("listed-organization", EntityType.ORGANIZATION, Weight.LISTED, c -> !c.titledPerson()
                    && (c.lex.isOrganization(c.name) || c.words() > 1 && isNumber(c.last()) && c.lex.isOrganization(c.text(c.from, c.to - 1)))),
            new Rule("listed-body-and-place", EntityType.ORGANIZATION, Weight.NEIGHBOUR, BodyEvidence::listedBodyAndPlace),
            // "Davis Cup", "General Election", "Hurricane Katrina": events, prizes and storms are not entities.
            new Rule("event-word", EntityType.OTHER, Weight.NEIGHBOUR, c -> c.lex.eventWords.contains(c.last().lower())
                    || c.words() > 1 && c.lex.eventPrefixes.contains(c.first().lower())),
            new Rule("law-name", EntityType.OTHER, Weight.NEIGHBOUR, NotABody::lawName),
            new Rule(TermInitials.RULE, EntityType.OTHER, Weight.NEIGHBOUR, TermInitials::abbreviatesATerm),
            new Rule(TermInitials.FORMAT_RULE, EntityType.OTHER, Weight.NEIGHBOUR, TermInitials::namesAFormat),
            new Rule(TermInitials.USED_RULE, EntityType.OTHER, Weight.NEIGHBOUR, TermInitials::namesAThingUsed),
            new Rule(TermInitials.MEASURE_RULE, EntityType.OTHER, Weight.NEIGHBOUR, TermInitials::measuresANumber),
            new Rule(TermInitials.DEVICE_RULE, EntityType.OTHER, Weight.NEIGHBOUR, TermInitials::namesADevice),
            new Rule("title-without-name", EntityType.OTHER, Weight.NEIGHBOUR, NotABody::titleWithoutName),
            new Rule("tag-or-handle", EntityType.OTHER, Weight.NEIGHBOUR, NotABody::tagOrHandle),
            new Rule("field-of-study", EntityType.OTHER, Weight.NEIGHBOUR, NotABody::fieldOfStudy),
            new Rule("work-noun-before", EntityType.OTHER, Weight.NEIGHBOUR, NotABody::afterWorkNoun),
            // "CHARLOTTE —", "FAIRVIEW, W.Va. —": a story opens with the place it was filed from, in capitals.
            new Rule("dateline", EntityType.LOCATION, Weight.NEIGHBOUR, TypeRules::dateline),
            // "Sen. Tim Kaine (D-Va.)", "(R-Newport News)": a member's party and district, a label rather than a name.
            new Rule("party-district", EntityType.OTHER, Weight.NEIGHBOUR, TypeRules::partyDistrict),
            new Rule("person-title", EntityType.PERSON, Weight.TITLE, c -> c.titledPerson() && !c.headIsOrganizationOrPlace()),
            // "Chelsea manager Jose Mourinho", "University assistant coach Ben Radmall": whose coach, boss or spokesman.
            new Rule(RoleAfterBody.RULE, EntityType.ORGANIZATION, Weight.NEIGHBOUR, RoleAfterBody::bodyBeforeRole),
            new Rule(RoleAfterBody.BAND_RULE, EntityType.ORGANIZATION, Weight.NEIGHBOUR, RoleAfterBody::bandBeforeMember),
            // "the Office": an organization word alone names nothing.
            new Rule("lone-organization-word", EntityType.OTHER, Weight.NONE,
                    c -> c.words() == 1 && c.lex.isOrganizationWord(c.lower)),
            // "The Observer", "The Atlantic": a capitalised "The" mid-sentence opens the title of a publication.
            new Rule("the-publication", EntityType.ORGANIZATION, Weight.PATTERN, BodyEvidence::publicationOrBand),
            // "The Aviator", "The Godfather": without such a cue, a title that may be a work's.
            new Rule("the-title", EntityType.OTHER, Weight.HINT, c -> "the".equals(c.title)),
            new Rule("ampersand-name", EntityType.ORGANIZATION, Weight.PATTERN, AmpersandName::namesABody),
            // "Hagerstown, Maryland", "College Station, Texas": a name and then the state or country it lies in, unless
            // the name ends in an organization word ("Baylor University, Texas").
            new Rule("place-comma-region", EntityType.LOCATION, Weight.NEIGHBOUR, c -> placeCommaRegion(c)
                    && !c.lex.isOrganizationWord(c.last().bare()) && !organizationWordBeforeOf(c)),
            // "Department of State", "Bank of England": the word before "of" is the head that decides.
            new Rule("org-word-before-of", EntityType.ORGANIZATION, Weight.HEAD_WORD, TypeRules::organizationWordBeforeOf),
            // "Gulf of Oman", "Isle of Man": a place word before "of" makes a place.
            new Rule("place-word-before-of", EntityType.LOCATION, Weight.HEAD_WORD, TypeRules::placeWordBeforeOf),
            // "Sierra Wireless", "Giant Food", "Royal Mail Group", but not "Trafalgar Square" after "Press".
            new Rule("org-word", EntityType.ORGANIZATION, Weight.HEAD_WORD, TypeRules::containsOrganizationWord),
            new Rule("surname-like-place-word", EntityType.PERSON, Weight.HEAD_WORD, BodyEvidence::surnameLikePlaceWord),
            // "Trafalgar Square", "Golan Heights"; "Northern Ireland", "South Yorkshire".
            new Rule("place-word", EntityType.LOCATION, Weight.HEAD_WORD, c -> c.words() > 1
                    && (c.lex.locationWords.contains(c.last().lower())
                    || c.lex.directions.contains(c.first().lower()) && c.lex.isLocation(c.text(c.from + 1, c.to)))),
            // "County Galway", "Mount Apo", "Lake Tahoe": a place word before a capitalised name.
            new Rule("place-word-first", EntityType.LOCATION, Weight.HEAD_WORD, c -> c.words() > 1
                    && c.lex.placePrefixes.contains(c.first().lower()) && !c.lex.firstNames.contains(c.tokens.get(c.from + 1).lower())),
            // "the city of Aden", "the province of Helmand".
            new Rule("place-noun-of", EntityType.LOCATION, Weight.NEIGHBOUR, c -> c.from >= 2 && c.before().equals("of")
                    && c.lex.locationWords.contains(c.tokens.get(c.from - 2).text())),
            new Rule("roman-numeral", EntityType.OTHER, Weight.NONE, NotABody::romanNumeral),
            new Rule("function-word-in-capitals", EntityType.OTHER, Weight.NONE, NotABody::functionWordInCapitals),
            new Rule(NotABody.COUNTED_RULE, EntityType.OTHER, Weight.NONE, NotABody::countedAbbreviation),
            new Rule("code-with-digits", EntityType.OTHER, Weight.NONE, NotABody::codeWithDigits),
            // "ABSTRACT", "ZERO": a long all-capitals word is shouting, not an abbreviation.
            new Rule("shouting", EntityType.OTHER, Weight.NONE, c -> c.first().isAcronym() && c.words() == 1 && !isShortForm(c.name)),
            new Rule("abbreviation", EntityType.ORGANIZATION, Weight.PATTERN, c -> c.first().isAcronym() && c.words() == 1),
            // "((Sara Seager))  I think …": an interview turn's label names the person who speaks it.
            new Rule(InterviewLabel.RULE, EntityType.PERSON, Weight.NEIGHBOUR, InterviewLabel::namesTheSpeaker),
            new Rule("member-at", EntityType.ORGANIZATION, Weight.NEIGHBOUR, BodyEvidence::memberAt),
            new Rule("stake-in", EntityType.ORGANIZATION, Weight.NEIGHBOUR, BodyEvidence::ownedInPart),
            new Rule("body-apposition", EntityType.ORGANIZATION, Weight.NEIGHBOUR, BodyApposition::bodyNounInApposition),
            // Not "Kent County Republican", "Benny Hill Show": a place word inside the name (not its last: "Damon Hill")
            // makes the rest a place's or a thing's; nor "Steve Harvey Morning Show", a programme named after a person.
            new Rule("given-name", EntityType.PERSON, Weight.HEAD_WORD,
                    c -> c.words() > 1 && c.lex.firstNames.contains(c.first().lower()) && !placeWordInside(c)
                            && !c.lex.programmeNameEndings.contains(c.tokens.get(c.to - 1).lower())),
            // "Tasnim news agency", "pressure group Liberty", "the carmaker Toyota".
            new Rule("org-noun-beside", EntityType.ORGANIZATION, Weight.NEIGHBOUR, BodyEvidence::organizationNounBeside),
            new Rule("body-possessive", EntityType.ORGANIZATION, Weight.PATTERN, BodyEvidence::possessesWhatBodiesHave),
            new Rule("published-in", EntityType.ORGANIZATION, Weight.PATTERN, NotABody::publishedIn),
            // "in Hinckley", "near Sindh": a world city or region (GeoNames, ISO 3166-2) where a place is expected. Alone,
            // or after "from", "to" and "at", such a name is too often a player ("a pass from Murphy") or a club to count.
            new Rule("world-place", EntityType.LOCATION, Weight.PATTERN, c -> c.words() <= 2
                    && (c.lex.worldCities.contains(c.lower) || c.lex.worldRegions.contains(c.lower))
                    && c.lex.placePrepositions.contains(c.before()) && !c.before().matches("from|at")
                    && !c.lex.firstNames.contains(c.first().lower())),
            // "G Murphy", "J. K. Rowling".
            new Rule("initial-before-name", EntityType.PERSON, Weight.NEIGHBOUR, c -> c.words() > 1 && isInitial(c.first())),
            // "Tomasz Kubiak, a fire service spokesman,", "Ann Lee, 45,", "Ivo Mraz, aged 45,".
            new Rule("person-apposition", EntityType.PERSON, Weight.NEIGHBOUR, PersonApposition::describesAPerson),
            // "a security official, Avinoam Idan, said", "his mother, Anwar, told".
            new Rule(PersonApposition.AFTER_NOUN_RULE, EntityType.PERSON, Weight.NEIGHBOUR, PersonApposition::afterPersonNoun),
            // "The leader of Ennahda, Rachid Ghannouchi, condemned".
            new Rule(PersonApposition.AFTER_ROLE_OF_BODY_RULE, EntityType.PERSON, Weight.NEIGHBOUR, PersonApposition::afterRoleOfBody),
            // "actress Cate Blanchett", "striker Rooney".
            new Rule("role-noun-before", EntityType.PERSON, Weight.NEIGHBOUR, c -> c.words() <= 3 && c.lex.roleNouns.contains(c.before())),
            // "BNP Paribas said", "staff at AOL Europe": a name that opens with an abbreviation in capitals and speaks or
            // stands where a place would is a body (a product, ship or event in that spelling stays untyped); not a heading
            // in capitals ("WHO WAS OSCAR"), nor a model with a number ("BMW X5").
            new Rule("abbreviation-first", EntityType.ORGANIZATION, Weight.PATTERN, c -> abbreviationFirst(c)
                    && (c.speaks() || c.lex.placePrepositions.contains(c.before()))),
            // "Svetlana Feofanova": a rarer given name and a word that looks like a surname.
            new Rule(RareGivenName.RULE, EntityType.PERSON, Weight.PATTERN, RareGivenName::opensAPersonsName),
            // "Dutchman Arnoud Okken", "Tunisian Selima Sfar": a nationality word before words that look like a name.
            new Rule(NationalityBeforeName.RULE, EntityType.PERSON, Weight.PATTERN, NationalityBeforeName::describesAPerson),
            // "in Caracas", "visiting Seoul Tower"; not a lone given name ("from Jeremy") or everyday word ("in Closer").
            new Rule(PlacePreposition.RULE, EntityType.LOCATION, Weight.HINT, PlacePreposition::placeExpected),
            // "Kimberly-Clark", "Ladbrokes": a firm or brand of the generated list, once the words around (a title, a role,
            // a place preposition) have had their say; not "SATs", a plural of initials written like a listed brand.
            new Rule(LISTED_FIRM, EntityType.ORGANIZATION, Weight.PATTERN, TypeRules::listedFirm),
            // Unknown given name, no title, no telling word: a person only if the text has it speak.
            new Rule("place-led-speaker", EntityType.ORGANIZATION, Weight.PATTERN, BodyEvidence::placeLedSpeaker),
            new Rule("speaking-name", EntityType.PERSON, Weight.PATTERN, c -> c.words() > 1 && c.speaks()),
            new Rule(UNKNOWN_NAME, EntityType.OTHER, Weight.HINT, c -> c.words() > 1),
            // "Jeremy said"; but "the Bill", "the Alexander": nobody calls a person "the" and a given name.
            new Rule(LONE_GIVEN_NAME, EntityType.PERSON, Weight.HINT, c -> c.lex.firstNames.contains(c.lower) && !c.before().equals("the")),
            // "London-based", "Glasgow-born".
            new Rule("based-suffix", EntityType.LOCATION, Weight.PATTERN, TypeRules::basedSuffix),
            // "PepsiCo", "YouGov": a capital after a lower-case letter marks a brand.
            new Rule("camel-case", EntityType.ORGANIZATION, Weight.HINT, c -> isCamelCase(NotABody.withoutSurnamePrefix(c.name, c.lex))),
            // "Analysys said": a lone unknown word that speaks is more often a firm than a person named once.
            new Rule("speaking-word", EntityType.ORGANIZATION, Weight.HINT, Candidate::speaks));

    static final Verdict NO_EVIDENCE = new Verdict("no-evidence", EntityType.OTHER, Weight.NONE);

    /**
     * Does the rule type a name from the name alone, with nothing around it: no rule fired, a lone word that is a given
     * name (many are places too: "CHARLOTTE —", "Charlotte Mayor"), or a rarer given name and a surname? Such a guess
     * gives way to a mention of the same name that the words around it typed.
     */
    static boolean isGuessFromTheNameAlone(String rule) {
        return isAbsenceOfEvidence(rule) || LONE_GIVEN_NAME.equals(rule) || RareGivenName.RULE.equals(rule);
    }

    /** Does the rule type a name OTHER only because nothing else fired (not because it found the name is no entity)? */
    static boolean isAbsenceOfEvidence(String rule) {
        return NO_EVIDENCE.rule().equals(rule) || UNKNOWN_NAME.equals(rule);
    }

    private TypeRules() {
    }

    /** The verdict of the first rule that fires on the candidate, or {@link #NO_EVIDENCE}. */
    static Verdict type(Candidate c) {
        for (Rule r : RULES) {
            if (r.fires().test(c)) return r.verdict();
        }
        return NO_EVIDENCE;
    }

    private static boolean abbreviationFirst(Candidate c) {
        if (c.words() < 2 || !c.first().isAcronym() || c.first().text().replace(".", "").length() < 3
                || c.lex.isLocation(c.first().text())) return false;
        boolean mixedCase = false;
        for (int i = c.from + 1; i < c.to; i++) {
            Token t = c.tokens.get(i);
            if (t.text().chars().anyMatch(Character::isDigit)) return false;
            mixedCase |= !t.isAcronym();
        }
        return mixedCase;
    }

    static boolean listedFirm(Candidate c) {
        return c.lex.companiesAndBrands.contains(c.lower) && !c.name.matches("\\p{Lu}{2,}s");
    }

    private static boolean dateline(Candidate c) {
        List<Token> t = c.tokens;
        if (!c.first().sentenceInitial() || c.words() > 3) return false;
        for (int i = c.from; i < c.to; i++) if (!t.get(i).isAcronym()) return false;
        int next = c.to;
        boolean region = false;
        if (next < t.size() && t.get(next).text().equals(",")) { // ", N.C.", ", Va.", ", Belgium"
            int dash = next + 1;
            while (dash < t.size() && dash <= next + 4 && !isDash(t.get(dash))) dash++;
            // the region: a known place, or a state's abbreviation in news style ("Va.", "N.C.", "W.Va.", "Calif.")
            String written = c.text(next + 1, Math.min(dash, t.size())).replace(" ", "");
            region = dash > next + 1 && (written.matches("(\\p{Lu}\\p{Ll}{0,4}\\.)+") || c.lex.isLocation(c.text(next + 1, dash)));
            next = dash;
        }
        if (next >= t.size() || !isDash(t.get(next))) return false;
        // A subhead in capitals ("MEDICAL CLAIMS —") is followed by a dash too: a dateline names a known place or its region.
        return region || c.lex.isLocation(c.name) || c.lex.isCityWhenSaidToBeAPlace(c.lower) || c.lex.usStates.contains(c.lower);
    }

    private static boolean isDash(Token t) {
        return t.text().matches("[-–—]+");
    }

    private static boolean partyDistrict(Candidate c) {
        return c.from > 0 && c.tokens.get(c.from - 1).text().equals("(") && c.first().text().matches("[DRI]-\\p{Lu}.*");
    }

    private static boolean organizationWordBeforeOf(Candidate c) {
        for (int i = c.from + 1; i < c.to - 1; i++) {
            if (JoinedName.followsHead(c.tokens.get(i))) return c.lex.isOrganizationWord(c.tokens.get(i - 1).bare());
        }
        return false;
    }

    private static boolean placeWordBeforeOf(Candidate c) {
        for (int i = c.from + 1; i < c.to - 1; i++) {
            if (JoinedName.followsHead(c.tokens.get(i))) return c.lex.locationWords.contains(c.tokens.get(i - 1).lower());
        }
        return false;
    }

    private static boolean containsOrganizationWord(Candidate c) {
        String last = c.last().lower();
        for (int i = c.from; i < c.to; i++) {
            boolean particle = i == c.from && c.words() > 1 && c.lex.particles.contains(c.tokens.get(i).lower());
            if (c.lex.isOrganizationWord(c.tokens.get(i).bare()) && !particle) {
                return !(c.lex.locationWords.contains(last) && !c.lex.isOrganizationWord(last));
            }
        }
        return false;
    }

    private static boolean placeCommaRegion(Candidate c) {
        List<Token> t = c.tokens;
        if (c.to + 1 >= t.size() || !t.get(c.to).text().equals(",")) return false;
        for (int end = Math.min(t.size(), c.to + 4); end > c.to + 1; end--) {
            boolean possessive = end < t.size() && t.get(end).lower().matches("['\u2019]s?");
            String region = c.text(c.to + 1, end);
            if (c.lex.isLocation(region) && !possessive) {
                // "Ancic, Croatia" in a results table is a player: a town unknown to the lists needs a US state after it.
                boolean place = c.lex.usStates.contains(region.toLowerCase(Locale.ROOT)) || c.lex.worldCities.contains(c.lower)
                        || c.lex.worldRegions.contains(c.lower) || c.lex.isLocationWord(c.last().lower());
                return place && !c.lex.isLocation(c.name) && !c.lex.firstNames.contains(c.first().lower()); // "Randolph, Texas"
            }
        }
        return false;
    }

    private static boolean placeWordInside(Candidate c) {
        for (int i = c.from + 1; i < c.to - 1; i++) if (c.lex.locationWords.contains(c.tokens.get(i).lower())) return true;
        return false;
    }

    private static boolean basedSuffix(Candidate c) {
        return c.to < c.tokens.size() - 1 && c.tokens.get(c.to).text().equals("-")
                && c.tokens.get(c.to + 1).lower().matches("based|born|bred|headquartered");
    }

    /** "IMF", "U.N.", "MMO2", "G8": capitals, dots and digits, five at most. */
    private static boolean isShortForm(String name) {
        return name.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.' || Character.isDigit(ch)) && name.replace(".", "").length() <= 5;
    }

    private static boolean isNumber(Token t) {
        return t.text().chars().allMatch(Character::isDigit);
    }

    static boolean isInitial(Token t) {
        String w = t.text();
        return (w.length() == 1 || (w.length() == 2 && w.charAt(1) == '.')) && Character.isUpperCase(w.charAt(0));
    }

    private static boolean isCamelCase(String name) {
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) return true;
        }
        return false;
    }
}
