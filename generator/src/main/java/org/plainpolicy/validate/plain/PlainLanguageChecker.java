package org.plainpolicy.validate.plain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.plainpolicy.load.ProjectFiles;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.JargonLevel;
import org.plainpolicy.model.PlainLanguageSettings;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Position;
import org.plainpolicy.validate.plain.Sentences.Sentence;

/**
 * The plain-language checks of GDPR Art. 12(1) as the EDPB reads it (WP260 rev.01): long
 * sentences, low reading ease, legal jargon, vague qualifiers in what is done with data, and the
 * passive voice that hides who acts. Each finding points at the sentence inside the YAML value and
 * ends with {@code [plain language]}; a comment {@code # plain: allow <check> ["term"]} on the
 * key's line or the line above silences one on purpose. Stateless and safe to share.
 */
public final class PlainLanguageChecker {

    public static final String REFERENCE = "plain language";
    public static final String LONG_SENTENCE = "long-sentence";
    public static final String READABILITY = "readability";
    public static final String JARGON = "jargon";
    public static final String VAGUE = "vague";
    public static final String PASSIVE = "passive";

    /** Below this many words a reading-ease score says more about chance than about the text. */
    static final int MIN_WORDS_FOR_SCORE = 100;
    private static final Pattern PASSIVE_EN = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|being|gets|get)\\s+"
            + "(?:\\w+ly\\s+)?(?!called\\b|named\\b)(\\w+ed|shared|sent|kept|given|made|held|sold|seen|taken|done|"
            + "told|shown|stored|read|set|put|built|bought|found)\\b(?!\\s+(?:\\w+\\s+){0,2}by\\b)");

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "gets", "get");
    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}'’-]+");

    /**
     * What the checks found in one version, and the readability report they measured on the way,
     * so that the site's report page need not measure the version again.
     */
    public record Result(List<Finding> findings, ReadabilityReport report) {

        public Result {
            findings = List.copyOf(findings);
        }
    }

    /** The word lists of each language and settings, compiled once for all versions. */
    private final Map<List<Object>, Vocabulary> vocabularies = new ConcurrentHashMap<>();

    /** What the checks find in one version, against the thresholds of site.yaml; its file is read from {@code files}. */
    public Result check(PolicyVersion v, PlainLanguageSettings settings, ProjectFiles files) {
        Language language = Language.of(v.language());
        List<Finding> findings = new ArrayList<>();
        Vocabulary vocabulary = vocabularies.computeIfAbsent(List.of(language, settings),
                key -> new Vocabulary(language, settings));
        Map<String, Tally> sections = new Run(v, language, settings, vocabulary, files).check(findings);
        return new Result(findings, report(v, language, settings, sections));
    }

    /** The readability of each section of a version, for the site's report and the command line. */
    public ReadabilityReport report(PolicyVersion v, PlainLanguageSettings settings) {
        Language language = Language.of(v.language());
        Map<String, Tally> sections = new LinkedHashMap<>();
        for (ProseField field : ProseFields.of(v)) {
            Tally tally = sections.computeIfAbsent(field.section(), s -> new Tally(field.sectionTitle()));
            for (String paragraph : PlainText.paragraphs(field.markdown())) {
                for (Sentence s : Sentences.split(paragraph, language)) {
                    tally.add(s, language);
                }
            }
        }
        return report(v, language, settings, sections);
    }

    private static ReadabilityReport report(PolicyVersion v, Language language, PlainLanguageSettings settings,
                                            Map<String, Tally> sections) {
        List<SectionScore> scores = new ArrayList<>();
        sections.forEach((section, t) -> scores.add(t.score(section, language)));
        return new ReadabilityReport(v.id(), v.language(), language.formula(), settings.maxSentenceWords(),
                target(language, settings), MIN_WORDS_FOR_SCORE, scores);
    }

    private static double target(Language language, PlainLanguageSettings settings) {
        return language.formula().map(f -> f.target(settings.minReadingEase())).orElse(settings.minReadingEase());
    }

    /** What the formulas count in some text, summed: words, sentences, syllables, letters, long words. */
    private static final class Tally {
        private static final int LONG_WORD_LETTERS = 6;

        final Optional<String> title;
        int words;
        int sentences;
        int syllables;
        int letters;
        int longWords;
        int longest;

        Tally(Optional<String> title) {
            this.title = title;
        }

        void add(Sentence s, Language language) {
            if (s.words().isEmpty()) {
                return;
            }
            words += s.words().size();
            sentences++;
            longest = Math.max(longest, s.words().size());
            for (String w : s.words()) {
                syllables += language.syllables(w);
                int l = (int) w.chars().filter(Character::isLetter).count();
                letters += l;
                longWords += l > LONG_WORD_LETTERS ? 1 : 0;
            }
        }

        void add(Tally other) {
            words += other.words;
            sentences += other.sentences;
            syllables += other.syllables;
            letters += other.letters;
            longWords += other.longWords;
            longest = Math.max(longest, other.longest);
        }

        /** The score, where the language has a formula and the text is long enough for it to mean something. */
        OptionalDouble ease(Language language) {
            return words < MIN_WORDS_FOR_SCORE ? OptionalDouble.empty() : language.formula()
                    .map(f -> OptionalDouble.of(f.score(new Formula.Measures(words, sentences, syllables, letters,
                            longWords)))).orElse(OptionalDouble.empty());
        }

        SectionScore score(String section, Language language) {
            return new SectionScore(section, title, words, sentences, longest, ease(language));
        }
    }

    /**
     * The jargon and vague words of one language, with a site's own additions and exceptions:
     * each term's whole-word pattern, and the terms by their first word, so that a sentence is
     * searched only for the terms whose first word it holds.
     */
    private static final class Vocabulary {

        private final List<String> jargon = new ArrayList<>();
        private final List<String> plainer = new ArrayList<>();
        private final List<Pattern> jargonPatterns = new ArrayList<>();
        private final Map<String, List<Integer>> jargonByFirstWord = new HashMap<>();
        private final List<String> vague;
        private final List<Pattern> vaguePatterns = new ArrayList<>();
        private final Map<String, List<Integer>> vagueByFirstWord = new HashMap<>();

        Vocabulary(Language language, PlainLanguageSettings settings) {
            // Terms are matched in lower case, and named in findings as the list writes them ("unter Umständen").
            Locale locale = language.locale();
            Map<String, Map.Entry<String, String>> terms = new LinkedHashMap<>();
            WordLists.jargon(language.code()).forEach((term, word) -> terms.put(term.toLowerCase(locale),
                    Map.entry(term, word)));
            settings.extraJargon().forEach((term, word) -> terms.put(term.toLowerCase(locale), Map.entry(term, word)));
            settings.allowedJargon().forEach(term -> terms.remove(term.toLowerCase(locale)));
            terms.forEach((lower, term) -> {
                index(jargonByFirstWord, lower, jargon.size());
                jargon.add(term.getKey());
                plainer.add(term.getValue());
                jargonPatterns.add(wholeWord(lower));
            });
            this.vague = WordLists.vague(language.code());
            for (int i = 0; i < vague.size(); i++) {
                String lower = vague.get(i).toLowerCase(locale);
                index(vagueByFirstWord, lower, i);
                vaguePatterns.add(wholeWord(lower));
            }
        }

        private static void index(Map<String, List<Integer>> byFirstWord, String lowerCaseTerm, int position) {
            byFirstWord.computeIfAbsent(TOKEN_SEPARATOR.split(lowerCaseTerm)[0], w -> new ArrayList<>()).add(position);
        }

        /** The positions of the terms whose first word is among {@code tokens}, in the lists' order. */
        static SortedSet<Integer> candidates(Set<String> tokens, Map<String, List<Integer>> byFirstWord) {
            SortedSet<Integer> found = new TreeSet<>();
            for (String token : tokens) {
                List<Integer> terms = byFirstWord.get(token);
                if (terms != null) {
                    found.addAll(terms);
                }
            }
            return found;
        }

        private static Pattern wholeWord(String term) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])");
        }
    }

    /** The checks of one version file. */
    private static final class Run {

        private final PolicyVersion version;
        private final Language language;
        private final PlainLanguageSettings settings;
        private final SourceFile source;
        private final Vocabulary vocabulary;

        Run(PolicyVersion version, Language language, PlainLanguageSettings settings, Vocabulary vocabulary,
            ProjectFiles files) {
            this.version = version;
            this.language = language;
            this.settings = settings;
            this.source = SourceFile.read(files, version.file());
            this.vocabulary = vocabulary;
        }

        /** Adds what the checks find to {@code out}; returns the tallies of each section, in order. */
        Map<String, Tally> check(List<Finding> out) {
            Map<String, Tally> sections = new LinkedHashMap<>();
            Map<String, Position> sectionAt = new HashMap<>();
            for (ProseField field : ProseFields.of(version)) {
                Tally tally = new Tally(field.sectionTitle());
                int[] cursor = {0, 0};
                Position valueAt = field.origin().valueOf(field.key());
                for (String paragraph : PlainText.paragraphs(field.markdown())) {
                    for (Sentence sentence : Sentences.split(paragraph, language)) {
                        Position at = source.find(sentence.words(), valueAt, cursor).orElse(valueAt);
                        sentence(field, sentence, at, out);
                        tally.add(sentence, language);
                    }
                }
                sections.computeIfAbsent(field.section(), s -> new Tally(field.sectionTitle())).add(tally);
                sectionAt.putIfAbsent(field.section(), field.sectionAt());
                readability(tally, field.label(), field.origin().of(field.key()), out);
            }
            // A free section is one field, measured above already: only the page's own sections add up several.
            sections.forEach((section, tally) -> {
                if (tally.title.isEmpty()) {
                    readability(tally, "section '" + section + "'", sectionAt.get(section), out);
                }
            });
            return sections;
        }

        private void sentence(ProseField field, Sentence sentence, Position at, List<Finding> out) {
            int words = sentence.words().size();
            if (words > settings.maxSentenceWords() && !allowed(field, at, LONG_SENTENCE, "")) {
                out.add(Finding.warning(at, "sentence of " + words + " words in " + field.label() + "; aim for "
                        + settings.maxSentenceWords() + " or fewer", REFERENCE));
            }
            String lower = sentence.text().toLowerCase(language.locale());
            Set<String> tokens = new HashSet<>(Arrays.asList(TOKEN_SEPARATOR.split(lower)));
            List<String> terms = new ArrayList<>();
            for (int i : Vocabulary.candidates(tokens, vocabulary.jargonByFirstWord)) {
                String term = vocabulary.jargon.get(i);
                if (vocabulary.jargonPatterns.get(i).matcher(lower).find() && !allowed(field, at, JARGON, term)) {
                    terms.add("'" + term + "' (write: " + vocabulary.plainer.get(i) + ")");
                }
            }
            if (!terms.isEmpty()) {
                String message = "legal jargon in " + field.label() + ": " + String.join(", ", terms);
                out.add(settings.jargon() == JargonLevel.ERROR ? Finding.error(at, message, REFERENCE)
                        : Finding.warning(at, message, REFERENCE));
            }
            if (field.describesUse()) {
                List<String> vagueWords = new ArrayList<>();
                for (int i : Vocabulary.candidates(tokens, vocabulary.vagueByFirstWord)) {
                    String word = vocabulary.vague.get(i);
                    if (vocabulary.vaguePatterns.get(i).matcher(lower).find() && !allowed(field, at, VAGUE, word)) {
                        vagueWords.add("'" + word + "'");
                    }
                }
                if (!vagueWords.isEmpty()) {
                    out.add(Finding.warning(at, "vague words in " + field.label() + ": " + String.join(", ", vagueWords)
                            + "; say exactly what you do with the data", REFERENCE));
                }
            }
            // Definitions say what a word means, not who does what: the passive is natural there.
            if (language.code().equals("en") && !field.section().equals("glossary") && AUXILIARIES.stream().anyMatch(tokens::contains)) {
                Matcher passive = PASSIVE_EN.matcher(sentence.text());
                if (passive.find() && !allowed(field, at, PASSIVE, passive.group())) {
                    out.add(Finding.warning(at, "hint: '" + passive.group() + "' in " + field.label()
                            + " does not say who does it; name who acts (we, you, the company)", REFERENCE));
                }
            }
        }

        private void readability(Tally tally, String what, Position at, List<Finding> out) {
            OptionalDouble ease = tally.ease(language);
            if (ease.isEmpty()) {
                return;
            }
            Formula formula = language.formula().orElseThrow();
            double target = formula.target(settings.minReadingEase());
            if (formula.misses(ease.getAsDouble(), target) && !source.allows(at.line(), READABILITY, "")) {
                out.add(Finding.warning(at, String.format(Locale.ROOT, "%s reads at %.0f on the %s scale; aim for "
                                + "%.0f or %s with shorter sentences and shorter words", what, ease.getAsDouble(),
                        formula.title(), target, formula.higherIsEasier() ? "more" : "less"), REFERENCE));
            }
        }

        private boolean allowed(ProseField field, Position sentenceAt, String check, String term) {
            return source.allows(field.origin().of(field.key()).line(), check, term)
                    || source.allows(sentenceAt.line(), check, term);
        }

    }
}
