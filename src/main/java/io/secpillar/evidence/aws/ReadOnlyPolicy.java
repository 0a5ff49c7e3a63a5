package io.secpillar.evidence.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.evidence.CheckMetadata;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The least-privilege IAM policy for a client's audit role: one Allow statement with exactly the actions the
 * checks declare (their inventories' calls) plus those of this access layer, sorted and without duplicates.
 * It is generated, never edited by hand: {@code secpillar policy --out assets/iam/secpillar-readonly-policy.json}.
 */
public final class ReadOnlyPolicy {

    /** Where the generated policy is shipped, relative to the project root. */
    public static final String SHIPPED_FILE = "assets/iam/secpillar-readonly-policy.json";

    /** The access layer's own calls: Test connection (who am I, which regions are enabled). */
    public static final List<String> ACCESS_LAYER_ACTIONS = List.of(ConnectionTester.GET_CALLER_IDENTITY,
            ConnectionTester.DESCRIBE_REGIONS);

    private static final Pattern ACTION = Pattern.compile("[a-z0-9-]+:[A-Z][A-Za-z0-9]*");

    private ReadOnlyPolicy() {
    }

    /** Every action the checks and the access layer need; fails on an action that is not "service:Operation". */
    public static SortedSet<String> actions(Collection<CheckMetadata> checks) {
        SortedSet<String> actions = new TreeSet<>(ACCESS_LAYER_ACTIONS);
        for (CheckMetadata check : checks) {
            for (String action : check.operations()) {
                if (action == null || !ACTION.matcher(action).matches()) {
                    throw new IllegalArgumentException("Check " + check.id() + " declares \"" + action
                            + "\", which is not an IAM action such as iam:GetAccountSummary.");
                }
                actions.add(action);
            }
        }
        return actions;
    }

    /** "check_id: action" for every declared action the read-only guard would refuse; empty when all is well. */
    public static List<String> notReadOnly(Collection<CheckMetadata> checks) {
        List<String> refused = new ArrayList<>();
        for (CheckMetadata check : checks) {
            check.operations().stream().filter(a -> a == null || !ReadOnlyOperations.isAllowedAction(a))
                    .forEach(a -> refused.add(check.id() + ": " + a));
        }
        return refused;
    }

    /** The policy document, formatted the same way every time (two-space indent, "\n" line ends). */
    public static String json(Collection<CheckMetadata> checks) {
        List<String> refused = notReadOnly(checks);
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("These checks declare operations the read-only guard refuses: "
                    + String.join(", ", refused));
        }
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Sid", "SecPillarReadOnlyEvidence");
        statement.put("Effect", "Allow");
        statement.put("Action", List.copyOf(actions(checks)));
        statement.put("Resource", "*");
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("Version", "2012-10-17");
        policy.put("Statement", List.of(statement));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            return JsonMapper.builder().build().writer(printer).writeValueAsString(policy) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
