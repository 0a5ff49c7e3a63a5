package io.secpillar.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The editable fields of a workload, as typed by the user; {@link #problems()} says what is wrong. */
public record WorkloadDraft(String name, String client, String description, Environment environment,
                            List<String> accountIds, List<String> regions, String reviewOwner) {

    public static final int MAX_NAME = 100;
    public static final int MAX_CLIENT = 200;
    public static final int MAX_DESCRIPTION = 2000;
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    public WorkloadDraft {
        name = strip(name);
        client = strip(client);
        description = strip(description);
        reviewOwner = strip(reviewOwner);
        environment = Objects.requireNonNullElse(environment, Environment.PRODUCTION);
        accountIds = cleanList(accountIds);
        regions = cleanList(regions);
    }

    /** Splits a list typed as "111122223333, 444455556666" or one per line. */
    public static List<String> splitList(String text) {
        if (text == null) {
            return List.of();
        }
        return cleanList(List.of(text.split("[,;\\s]+")));
    }

    /** The fields a problem can be about, so a form can show each problem beside its field. */
    public enum Field { NAME, CLIENT, DESCRIPTION, ACCOUNTS, REGIONS, OWNER }

    /** One thing wrong with one field, as a sentence for the user. */
    public record Problem(Field field, String message) { }

    public List<String> problems() {
        return problemsByField().stream().map(Problem::message).toList();
    }

    /** Every problem with the field it is about. */
    public List<Problem> problemsByField() {
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new Problem(Field.NAME, "Give the workload a name."));
        } else if (name.length() > MAX_NAME) {
            problems.add(new Problem(Field.NAME, "The name has " + name.length() + " characters; at most " + MAX_NAME + " fit."));
        }
        if (client.length() > MAX_CLIENT) {
            problems.add(new Problem(Field.CLIENT, "The client has " + client.length() + " characters; at most "
                    + MAX_CLIENT + " fit."));
        }
        if (description.length() > MAX_DESCRIPTION) {
            problems.add(new Problem(Field.DESCRIPTION, "The description has " + description.length()
                    + " characters; at most " + MAX_DESCRIPTION + " fit."));
        }
        if (reviewOwner.length() > MAX_CLIENT) {
            problems.add(new Problem(Field.OWNER, "The review owner has more than " + MAX_CLIENT + " characters."));
        }
        for (String id : accountIds) {
            if (!ACCOUNT_ID.matcher(id).matches()) {
                problems.add(new Problem(Field.ACCOUNTS, "\"" + id + "\" is not an AWS account id (12 digits)."));
            }
        }
        for (String region : regions) {
            if (!REGION.matcher(region).matches()) {
                problems.add(new Problem(Field.REGIONS, "\"" + region + "\" is not an AWS region code such as eu-central-1."));
            }
        }
        return problems;
    }

    public WorkloadDraft validated() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidWorkloadException(problems);
        }
        return this;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> cleanList(List<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                clean.add(v.strip());
            }
        }
        return List.copyOf(clean);
    }
}
