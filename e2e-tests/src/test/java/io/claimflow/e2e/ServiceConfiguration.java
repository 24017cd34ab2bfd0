package io.claimflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration properties a service really has, read from its sources: the keys of its application.properties and
 * the properties of the {@code @ConfigMapping} interfaces it and service-support declare. Docs and deployment files are
 * checked against these names.
 */
final class ServiceConfiguration {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern METHOD = Pattern.compile("^\\s+(?:[\\w<>, ]+)\\s+(\\w+)\\(\\);", Pattern.MULTILINE);
    /** A {@code @WithDefault} method: the default as a literal (group 1) or a constant (group 2), the name (3). */
    private static final Pattern DEFAULTED_METHOD =
            Pattern.compile("@WithDefault\\((?:\"([^\"]*)\"|\\w+\\.(\\w+))\\)\\s+(?:[\\w<>, ]+)\\s+(\\w+)\\(\\);");

    private ServiceConfiguration() {}

    /** Every property name of the service. */
    static Set<String> properties(String service) {
        Set<String> names = new TreeSet<>();
        applicationProperties(service)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).strip())
                .forEach(names::add);
        forEachMapped(service, METHOD, (prefix, method) -> names.add(prefix + "." + kebab(method.group(1))));
        return names;
    }

    /** The property an environment variable sets, if the service has it (MicroProfile Config's mapping). */
    static Optional<String> propertyOf(String service, String environmentVariable) {
        return properties(service).stream()
                .filter(name -> environmentVariableOf(name).equals(environmentVariable))
                .findFirst();
    }

    static String environmentVariableOf(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /**
     * A property's default: the value the service's application.properties gives it, else the {@code @WithDefault} of
     * its {@code @ConfigMapping} (each property has its default in only one of them).
     */
    static Optional<String> defaultOf(String service, String property) {
        return applicationProperties(service)
                .lines()
                .filter(line -> line.startsWith(property + "="))
                .map(line -> line.substring(property.length() + 1).strip())
                .findFirst()
                .or(() -> Optional.ofNullable(mappingDefaults(service).get(property)));
    }

    /** The {@code @WithDefault} values of the service's (and service-support's) configuration mappings, by property. */
    static Map<String, String> mappingDefaults(String service) {
        Map<String, String> defaults = new TreeMap<>();
        forEachMapped(
                service,
                DEFAULTED_METHOD,
                (prefix, method) -> defaults.put(
                        prefix + "." + kebab(method.group(3)),
                        method.group(1) != null ? method.group(1) : constant(method.group(2))));
        return defaults;
    }

    /** Each match of the pattern in the service's (and service-support's) {@code @ConfigMapping} interfaces. */
    private static void forEachMapped(String service, Pattern pattern, BiConsumer<String, Matcher> action) {
        Stream.of(service, "service-support")
                .flatMap(module -> javaFiles(ROOT.resolve(module).resolve("src/main/java")))
                .map(ServiceConfiguration::read)
                .forEach(source -> {
                    Matcher mapping = MAPPING.matcher(source);
                    if (mapping.find()) {
                        Matcher method = pattern.matcher(source);
                        while (method.find()) {
                            action.accept(mapping.group(1), method);
                        }
                    }
                });
    }

    static String applicationProperties(String service) {
        return read(ROOT.resolve(service).resolve("src/main/resources/application.properties"));
    }

    /** The value of a String constant declared somewhere in the repository's main code. */
    private static String constant(String name) {
        // A class's constant, or an interface's (implicitly static and final), such as a config mapping's own.
        Pattern declaration = Pattern.compile("(?:static final )?String " + name + " = \"([^\"]*)\";");
        return Stream.of(
                        "contracts",
                        "extract-engine",
                        "match-engine",
                        "service-support",
                        "ingest-service",
                        "extract-service",
                        "match-service",
                        "store-service")
                .flatMap(module -> javaFiles(ROOT.resolve(module).resolve("src/main/java")))
                .map(file -> declaration.matcher(read(file)))
                .filter(Matcher::find)
                .map(found -> found.group(1))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no String constant " + name));
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
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
