package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.stack.EmbeddedKafkaBroker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's tables must say what the code does: names in docs must exist in code. */
class ReadmeTest {

    private static final List<String> SERVICES =
            List.of("ingest-service", "extract-service", "match-service", "store-service");

    @Test
    void topicTableListsEveryTopicOfTheContractsAsDeclared() {
        List<List<String>> rows = table("| topic | key | value | writer | readers |");
        List<List<String>> expected = new ArrayList<>();
        for (Topic<?> topic : Topics.ALL) {
            expected.add(List.of(
                    topic.name(),
                    topic.key(),
                    topic.valueType().getSimpleName(),
                    topic.writer(),
                    String.join(", ", topic.readers())));
        }
        assertThat(rows.stream().filter(row -> !row.get(0).contains("<topic>")).toList())
                .isEqualTo(expected);
        assertThat(rows.stream().map(row -> row.get(0)).filter(name -> name.contains("<topic>")))
                .containsExactly(
                        "<topic>.<group>" + Topic.DEAD_LETTER_SUFFIX, "<topic>.<group>" + Topic.REDRIVE_SUFFIX);
    }

    @Test
    void everyDeadLetterAndRedriveTopicTheReadmeNamesIsDeclared() {
        String readme = ServiceConfiguration.read(ServiceConfiguration.ROOT.resolve("README.md"));
        List<String> names = Pattern.compile("claimflow\\.[a-z0-9.-]+?\\.(dlq|redrive)\\b")
                .matcher(readme)
                .results()
                .map(MatchResult::group)
                .toList();
        assertThat(names).as("the README names dead-letter and redrive topics").isNotEmpty();
        assertThat(names)
                .allSatisfy(name -> assertThat(
                                Topics.DEAD_LETTER_TOPICS.contains(name) || Topics.REDRIVE_TOPICS.contains(name))
                        .as("%s is a declared dead-letter or redrive topic", name)
                        .isTrue());
    }

    @Test
    void everyConfigurationRowNamesARealPropertyAndItsEnvironmentVariable() {
        List<List<String>> rows = table("| service | property | environment variable | default |");
        assertThat(rows).isNotEmpty();
        for (List<String> row : rows) {
            String property = row.get(1);
            assertThat(row.get(2))
                    .as("environment variable of %s", property)
                    .isEqualTo(ServiceConfiguration.environmentVariableOf(property));
            List<String> services = row.get(0).equals("all") ? SERVICES : List.of(row.get(0));
            for (String service : services) {
                assertThat(ServiceConfiguration.properties(service))
                        .as("properties of %s", service)
                        .contains(property);
            }
        }
    }

    @Test
    void everyClaimflowPropertyHasItsDefaultInOnePlaceAndTheReadmeSaysIt() {
        for (String service : SERVICES) {
            Map<String, String> mapped = ServiceConfiguration.mappingDefaults(service);
            List<String> alsoInProperties = ServiceConfiguration.applicationProperties(service)
                    .lines()
                    .filter(line -> line.contains("=") && !line.startsWith("#"))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .filter(mapped::containsKey)
                    .toList();
            assertThat(alsoInProperties)
                    .as("defaults of %s both in @WithDefault and application.properties", service)
                    .isEmpty();
        }
        for (List<String> row : table("| service | property | environment variable | default |")) {
            String property = row.get(1);
            String documented = row.get(3);
            if (!property.startsWith("claimflow.") || documented.startsWith("none")) {
                continue;
            }
            List<String> services = row.get(0).equals("all") ? SERVICES : List.of(row.get(0));
            for (String service : services) {
                assertThat(ServiceConfiguration.defaultOf(service, property))
                        .as("default of %s in %s", property, service)
                        .contains(documented);
            }
        }
    }

    @Test
    void theEmbeddedBrokerMakesAsManyPartitionsAsTheServices() {
        for (String service : SERVICES) {
            assertThat(ServiceConfiguration.defaultOf(service, "claimflow.kafka.partitions"))
                    .as("claimflow.kafka.partitions of %s", service)
                    .contains(Integer.toString(EmbeddedKafkaBroker.DEFAULT_PARTITIONS));
        }
    }

    @Test
    void everyFileTheReadmesCommandsPostIsInAFreshClone() {
        String readme = ServiceConfiguration.read(ServiceConfiguration.ROOT.resolve("README.md"));
        Matcher posted = Pattern.compile("--data-binary @(\\S+)").matcher(readme);
        List<String> files = new ArrayList<>();
        while (posted.find()) {
            files.add(posted.group(1));
        }
        assertThat(files).as("the README shows how to post a file").isNotEmpty();
        assertThat(files).allSatisfy(file -> {
            assertThat(file).as("a file of the repository, not of ../shared").doesNotStartWith("..");
            assertThat(ServiceConfiguration.ROOT.resolve(file))
                    .as("posted by the README")
                    .isRegularFile();
        });
    }

    /** The rows of the README table with this header, cells without backticks. */
    static List<List<String>> table(String header) {
        List<String> lines = ServiceConfiguration.read(ServiceConfiguration.ROOT.resolve("README.md"))
                .lines()
                .toList();
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
}
