package dev.lede.model;

import dev.lede.corpus.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A corpus of made-up news for the unit tests, from a seed: people who share surnames and given names, the
 * same person by full name in one article and by "Mr" surname in another, countries by their short forms,
 * companies named after people, quotes, and an exact copy (white space changed) of some articles.
 */
final class GeneratedNews {

    private static final String[] GIVEN = {"Anna", "Mark", "Peter", "Julia", "Simon", "Ruth", "Hugo", "Clara"};
    private static final String[] SURNAMES = {"Hartley", "Okafor", "Lindqvist", "Brennan", "Castellano", "Whitcombe"};
    private static final String[] COUNTRIES = {"Britain", "Great Britain", "the UK", "the United Kingdom", "the US", "the United States", "France"};
    private static final String[] COMPANIES = {"Hartley Foods", "Okafor Group", "Brennan Motors", "Northwind Bank"};
    private static final String[] VERBS = {"said", "told reporters", "added"};

    private GeneratedNews() {
    }

    static List<Document> articles(long seed, int count) {
        Random random = new Random(seed);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String other = GIVEN[random.nextInt(GIVEN.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String company = COMPANIES[random.nextInt(COMPANIES.length)];
            String title = given + " " + surname + " visits " + capital(country) + " " + i;
            StringBuilder body = new StringBuilder();
            body.append(given).append(' ').append(surname).append(" arrived in ").append(country).append(" on Monday. ");
            body.append("Mr ").append(surname).append(' ').append(VERBS[random.nextInt(VERBS.length)])
                    .append(" \"we will work with ").append(company).append(" on this\". ");
            if (random.nextBoolean()) body.append(other).append(" met officials from ").append(company).append(" later. ");
            if (random.nextInt(4) == 0) body.append(given).append(" thanked the hosts. ");
            body.append("\"It was a good day,\" said ").append(other).append(".\n");
            docs.add(document(docs.size(), title, title + "\n\n" + body));
            if (random.nextInt(10) == 0) docs.add(document(docs.size(), title, title + "\n\n  " + body.toString().replace(" on Monday", "\ton   Monday")));
        }
        return docs;
    }

    private static String capital(String country) {
        String s = country.startsWith("the ") ? country.substring(4) : country;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Document document(int n, String title, String text) {
        String id = "gen/" + n + ".txt";
        return new Document(id, Path.of(id), title, text, null, null);
    }
}
