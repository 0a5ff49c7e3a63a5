package io.secpillar.evidence.checks;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMapping;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * README's check tables are generated from the catalog and the mapping: each table sits between
 * {@code <!-- checks:begin services=a,b -->} and {@code <!-- checks:end -->} and lists, in catalog order, the checks
 * of those services. This test fails when the README drifts; run it with {@code -Dreadme.update=true} to rewrite
 * the blocks (and the check count of the section's first line) in place.
 */
class ReadmeCheckTablesTest {

    static final Path README = Path.of("README.md");
    static final String UPDATE = "readme.update";
    static final Pattern BLOCK = Pattern.compile(
            "(<!-- checks:begin services=([a-z0-9,]+) -->\n)(.*?)(<!-- checks:end -->)", Pattern.DOTALL);
    static final Pattern COUNT = Pattern.compile("(?m)^\\d+( checks, each a small class)");
    static final String HEADER = """
            | Check id | What it verifies | Service | Scope | Permissions it needs | Best practices |
            |---|---|---|---|---|---|
            """;

    @Test
    void theReadmeTablesAreTheCatalog() throws IOException {
        String readme = Files.readString(README);
        String generated = generate(readme, CheckCatalog.all(), CheckMapping.bundled());
        if (Boolean.getBoolean(UPDATE) && !generated.equals(readme)) {
            Files.writeString(README, generated);
            readme = generated;
        }
        assertSameLines(generated, readme);
    }

    @Test
    void everyRegisteredCheckSitsInExactlyOneTable() throws IOException {
        List<String> blockServices = new ArrayList<>();
        BLOCK.matcher(Files.readString(README)).results().forEach(m -> blockServices.addAll(services(m.group(2))));
        assertThat(blockServices).as("a service listed by two README tables").doesNotHaveDuplicates();
        List<String> catalogServices = CheckCatalog.all().stream().map(c -> c.metadata().service()).distinct().toList();
        assertThat(blockServices).as("the services of the README tables")
                .containsExactlyInAnyOrderElementsOf(catalogServices);
    }

    static String generate(String readme, List<Check<?>> catalog, CheckMapping mapping) {
        Matcher count = COUNT.matcher(readme);
        String counted = count.find() ? count.replaceFirst(catalog.size() + "$1") : readme;
        return BLOCK.matcher(counted).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + table(services(m.group(2)), catalog, mapping) + m.group(4)));
    }

    static String table(List<String> services, List<Check<?>> catalog, CheckMapping mapping) {
        StringBuilder table = new StringBuilder(HEADER);
        catalog.stream().map(Check::metadata).filter(m -> services.contains(m.service())).forEach(m -> table
                .append("| `").append(m.id()).append("` | ").append(cell(m.title()))
                .append(" | ").append(m.service())
                .append(" | ").append(m.scope().name().toLowerCase(Locale.ROOT))
                .append(" | ").append(m.operations().stream().map(op -> "`" + op + "`").collect(Collectors.joining(", ")))
                .append(" | ").append(String.join(", ", mapping.practicesFor(m.id())))
                .append(" |\n"));
        return table.toString();
    }

    static String cell(String text) {
        return text.replace("|", "\\|");
    }

    static List<String> services(String attribute) {
        return Arrays.asList(attribute.split(","));
    }

    static void assertSameLines(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] have = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, have.length); i++) {
            String w = i < want.length ? want[i] : "<end of file>";
            String h = i < have.length ? have[i] : "<end of file>";
            if (!w.equals(h)) {
                fail("README.md line " + (i + 1) + " drifted from the check catalog.%n  expected: %s%n  found:    %s%n"
                        .formatted(w, h) + "Regenerate: mvn -o -q test -Dtest=ReadmeCheckTablesTest -D" + UPDATE + "=true");
            }
        }
    }
}
