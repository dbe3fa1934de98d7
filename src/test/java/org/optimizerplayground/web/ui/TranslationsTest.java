package org.optimizerplayground.web.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.AttributedCharacterIterator;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.optim.EpsMode;
import org.optimizerplayground.engine.optim.OptimizerKind;
import org.optimizerplayground.engine.optim.Optimizers;
import org.optimizerplayground.engine.optim.ParamSpec;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.surface.Surfaces;
import org.optimizerplayground.web.ui.network.NetworkLessons;

/**
 * The page's texts in English ({@code translations.properties}) and Spanish
 * ({@code translations_es.properties}). Vaadin's resource bundle falls back to the English file
 * for a key the Spanish file lacks, so a missing translation would silently show English on the
 * Spanish page: this test walks every key of both files. It reads the files as they are, so new
 * keys are welcome as long as both files have them.
 */
class TranslationsTest {
    private static final Path DIR = Path.of("src", "main", "resources", "vaadin-i18n");
    private static final Path ENGLISH = DIR.resolve("translations.properties");
    private static final Path SPANISH = DIR.resolve("translations_es.properties");
    private static final Path SOURCES = Path.of("src", "main", "java");

    /**
     * Values that are rightly the same in both languages: symbols, and proper names of
     * optimizers, test functions and libraries. Anything else identical in both files is English
     * left on the Spanish page.
     */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            // symbols
            "α", "β", "β₁", "β₂", "ρ", "ε", "λ", "ψ", "k = {0}",
            // optimizers
            "Nesterov", "RMSprop", "Adam", "AdamW", "Nadam", "Adagrad", "Adadelta", "Adamax",
            "Lion", "AMSGrad",
            // test functions
            "Rosenbrock", "Beale", "Himmelblau", "Rastrigin", "Ackley", "Styblinski–Tang", "Booth",
            // libraries
            "PyTorch", "Keras", "TensorFlow");

    /** Calls whose first argument is a translation key: Vaadin's, the code export's notes, the network page's {@code Translator t}. */
    private static final Pattern CALL = Pattern.compile("\\b(?:getTranslation|Note\\.of|t\\.text)\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noKeyIsDefinedTwiceInAFile() throws IOException {
        List<String> twice = new ArrayList<>();
        for (Path file : List.of(ENGLISH, SPANISH)) {
            load(file, twice);
        }
        assertTrue(twice.isEmpty(), "keys defined more than once (the last one wins): " + twice);
    }

    @Test
    void bothFilesHaveTheSameKeys() throws IOException {
        Set<String> en = load(ENGLISH).keySet();
        Set<String> es = load(SPANISH).keySet();
        Set<String> notInSpanish = new TreeSet<>(en);
        notInSpanish.removeAll(es);
        Set<String> notInEnglish = new TreeSet<>(es);
        notInEnglish.removeAll(en);
        assertTrue(notInSpanish.isEmpty() && notInEnglish.isEmpty(),
                "keys missing from translations_es.properties: " + notInSpanish
                        + "\nkeys missing from translations.properties: " + notInEnglish);
    }

    @Test
    void noValueIsBlank() throws IOException {
        List<String> blank = new ArrayList<>();
        for (Path file : List.of(ENGLISH, SPANISH)) {
            load(file).forEach((k, v) -> {
                if (v.isBlank()) {
                    blank.add(file.getFileName() + ": " + k);
                }
            });
        }
        assertTrue(blank.isEmpty(), "blank values: " + blank);
    }

    @Test
    void bothLanguagesTakeTheSameArguments() throws IOException {
        Map<String, String> en = load(ENGLISH);
        Map<String, String> es = load(SPANISH);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> e : en.entrySet()) {
            String spanish = es.get(e.getKey());
            if (spanish == null) {
                continue; // reported by bothFilesHaveTheSameKeys
            }
            try {
                Set<Integer> a = arguments(e.getValue(), Locale.ENGLISH);
                Set<Integer> b = arguments(spanish, Locale.forLanguageTag("es"));
                if (!a.equals(b)) {
                    wrong.add(e.getKey() + ": English takes " + a + ", Spanish takes " + b);
                }
            } catch (IllegalArgumentException ex) {
                continue; // reported by everyPatternFormats
            }
        }
        assertTrue(wrong.isEmpty(), "arguments differ:\n" + String.join("\n", wrong));
    }

    @Test
    void everyPatternFormats() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : List.of(ENGLISH, SPANISH)) {
            Locale locale = file.equals(SPANISH) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
            load(file).forEach((k, v) -> {
                try {
                    MessageFormat format = new MessageFormat(v, locale);
                    format.format(sampleArguments(format, false));
                    format.format(sampleArguments(format, true));
                } catch (RuntimeException ex) {
                    broken.add(file.getFileName() + ": " + k + " = " + v + " → " + ex);
                }
            });
        }
        assertTrue(broken.isEmpty(), "patterns that do not format:\n" + String.join("\n", broken));
    }

    @Test
    void noEnglishIsLeftOnTheSpanishPage() throws IOException {
        Map<String, String> en = load(ENGLISH);
        Map<String, String> es = load(SPANISH);
        List<String> same = new ArrayList<>();
        en.forEach((k, v) -> {
            String spanish = es.get(k);
            if (spanish != null && spanish.strip().equals(v.strip()) && !SAME_IN_BOTH.contains(v.strip())) {
                same.add(k + " = " + v);
            }
        });
        assertTrue(same.isEmpty(), "Spanish values identical to the English ones (translate them, or add "
                + "the value to SAME_IN_BOTH if it really is the same in both languages):\n"
                + String.join("\n", same));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Map<String, String> en = load(ENGLISH);
        Map<String, String> es = load(SPANISH);
        Map<String, List<String>> built = builtKeys();
        Set<String> wanted = new TreeSet<>();
        List<String> unknownPrefixes = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher call = CALL.matcher(text);
            while (call.find()) {
                String argument = firstArgument(text, call.end());
                List<String> literals = new ArrayList<>();
                Matcher lit = LITERAL.matcher(argument);
                while (lit.find()) {
                    literals.add(lit.group(1));
                }
                if (literals.isEmpty()) {
                    continue; // a key held in a variable: nothing to check here
                }
                if (LITERAL.matcher(argument).replaceAll("").contains("+")) {
                    String prefix = literals.get(0);
                    if (built.containsKey(prefix)) {
                        wanted.addAll(built.get(prefix));
                    } else {
                        unknownPrefixes.add(SOURCES.relativize(file) + ": " + call.group() + argument.strip() + ")");
                    }
                } else {
                    wanted.addAll(literals);
                }
            }
        }
        built.values().forEach(wanted::addAll);
        Set<String> noEnglish = new TreeSet<>(wanted);
        noEnglish.removeAll(en.keySet());
        Set<String> noSpanish = new TreeSet<>(wanted);
        noSpanish.removeAll(es.keySet());
        assertTrue(unknownPrefixes.isEmpty(), "keys built from a prefix this test does not know "
                + "(add the prefix and its keys to builtKeys()):\n" + String.join("\n", unknownPrefixes));
        assertTrue(noEnglish.isEmpty() && noSpanish.isEmpty(),
                "keys the code asks for but translations.properties lacks: " + noEnglish
                        + "\nkeys the code asks for but translations_es.properties lacks: " + noSpanish);
        assertTrue(wanted.size() > 50, "the source scan found only " + wanted.size() + " keys");
    }

    /** The keys the code builds as prefix + id, by prefix. */
    private static Map<String, List<String>> builtKeys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("optimizer.", Optimizers.ids().stream().map(id -> "optimizer." + id).toList());
        keys.put("surface.", Surfaces.ids().stream().map(id -> "surface." + id).toList());
        keys.put("param.", Optimizers.all().stream().map(OptimizerKind::params).flatMap(List::stream)
                .map(ParamSpec::name).distinct().map(name -> "param." + name).toList());
        keys.put("eps_mode.", Stream.of(EpsMode.values()).map(m -> "eps_mode." + m.key()).toList());
        keys.put("status.", Stream.of(Status.values()).flatMap(s -> s == Status.DIVERGED
                ? Stream.of("status.diverged.large", "status.diverged.nonfinite")
                : Stream.of("status." + s.key())).toList());
        keys.put("net.lesson.", NetworkLessons.all().stream()
                .flatMap(l -> Stream.of(l.titleKey(), l.textKey())).toList());
        keys.put("teacher.control.", TeacherShareDialog.CHOICES.stream().map(id -> "teacher.control." + id).toList());
        return keys;
    }

    /** The text of the first argument of the call whose '(' ends just before {@code from}. */
    private static String firstArgument(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = skipLiteral(text, i);
            } else if (c == '\'') {
                i = text.indexOf('\'', i + (text.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if ((c == ')' || c == ',') && depth == 0) {
                return text.substring(from, i);
            }
        }
        fail("unterminated getTranslation( call");
        return "";
    }

    private static int skipLiteral(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return text.length();
    }

    /** The argument indices a pattern really uses (quoted braces are text, not arguments). */
    private static Set<Integer> arguments(String pattern, Locale locale) {
        MessageFormat format = new MessageFormat(pattern, locale);
        AttributedCharacterIterator it = format.formatToCharacterIterator(sampleArguments(format, false));
        Set<Integer> used = new TreeSet<>();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            Object index = it.getAttribute(MessageFormat.Field.ARGUMENT);
            if (index != null) {
                used.add((Integer) index);
            }
        }
        return used;
    }

    /** Arguments suiting each format of the pattern; untyped ones get numbers or texts. */
    private static Object[] sampleArguments(MessageFormat format, boolean texts) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] args = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof NumberFormat) {
                args[i] = 1234.5;
            } else if (formats[i] instanceof DateFormat) {
                args[i] = new Date(0);
            } else {
                args[i] = texts ? "text " + i : (Object) (12345 + i);
            }
        }
        return args;
    }

    private static Map<String, String> load(Path file) throws IOException {
        return load(file, new ArrayList<>());
    }

    /** The file's keys and values, in file order; keys seen twice are added to {@code twice}. */
    private static Map<String, String> load(Path file, List<String> twice) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (values.put((String) key, (String) value) != null) {
                    twice.add(file.getFileName() + ": " + key);
                }
                return super.put(key, value);
            }
        };
        assertTrue(Files.isRegularFile(file), file + " is missing");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return values;
    }
}
