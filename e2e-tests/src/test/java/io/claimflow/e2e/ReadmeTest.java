package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's tables must say what the code does: names in docs must exist in code. */
class ReadmeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("ingest-service", "extract-service", "store-service");

    @Test
    void topicTableListsEveryTopicOfTheContractsAsDeclared() {
        List<List<String>> rows = table("| topic | key | value | writer | readers |");
        List<List<String>> expected = new ArrayList<>();
        for (Topic<?> topic : Topics.ALL) {
            expected.add(List.of(topic.name(), topic.key(), topic.valueType().getSimpleName(), topic.writer(),
                    String.join(", ", topic.readers())));
        }
        assertThat(rows.stream().filter(row -> !row.get(0).contains("<topic>")).toList()).isEqualTo(expected);
        assertThat(rows).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("<topic>" + Topic.DEAD_LETTER_SUFFIX));
    }

    @Test
    void everyConfigurationRowNamesARealPropertyAndItsEnvironmentVariable() {
        List<List<String>> rows = table("| service | property | environment variable | default |");
        assertThat(rows).isNotEmpty();
        for (List<String> row : rows) {
            String property = row.get(1);
            assertThat(row.get(2)).as("environment variable of %s", property)
                    .isEqualTo(property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
            List<String> services = row.get(0).equals("all") ? SERVICES : List.of(row.get(0));
            for (String service : services) {
                assertThat(isDefined(service, property)).as("%s defines %s", service, property).isTrue();
            }
        }
    }

    /** In the service's application.properties, or a method of a @ConfigMapping the service can see. */
    private static boolean isDefined(String service, String property) {
        if (read(ROOT.resolve(service).resolve("src/main/resources/application.properties")).lines()
                .anyMatch(line -> line.startsWith(property + "="))) {
            return true;
        }
        int lastDot = property.lastIndexOf('.');
        String prefix = property.substring(0, lastDot);
        String method = camel(property.substring(lastDot + 1)) + "()";
        return Stream.of(service, "service-support")
                .flatMap(module -> javaFiles(ROOT.resolve(module).resolve("src/main/java")))
                .map(ReadmeTest::read)
                .anyMatch(source -> source.contains("@ConfigMapping(prefix = \"" + prefix + "\")") && source.contains(" " + method + ";"));
    }

    /** The rows of the README table with this header, cells without backticks. */
    static List<List<String>> table(String header) {
        List<String> lines = read(ROOT.resolve("README.md")).lines().toList();
        int start = lines.indexOf(header);
        assertThat(start).as("README has a table headed %s", header).isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                cells.add(firstCode(cell.strip()));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A cell's first `code` span if it has one (names), else the cell. */
    private static String firstCode(String cell) {
        Matcher code = Pattern.compile("`([^`]+)`").matcher(cell);
        return cell.startsWith("`") && code.find() ? code.group(1) : cell;
    }

    private static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
