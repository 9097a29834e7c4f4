import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/** Tags tokenized sentences (one per line, a blank line between documents) with an OpenNLP name finder model. */
public class TagNames {
    public static void main(String[] args) throws Exception {
        NameFinderME finder = new NameFinderME(new TokenNameFinderModel(new File(args[0])));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isEmpty()) {
                finder.clearAdaptiveData();
                out.println();
                continue;
            }
            String[] tokens = line.split(" ");
            out.println(new NameSample(tokens, finder.find(tokens), false));
        }
    }
}
