package io.secpillar.evidence.policy;

import io.secpillar.evidence.policy.GenPolicy.Cond;
import io.secpillar.evidence.policy.PolicyOracle.Who;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The brute-force side of the property tests: the actions, resources, callers and context values the oracle
 * enumerates. The values come from the test's own vocabulary, not from the policy, so a boundary the analyzer
 * forgets to try shows up as a disagreement.
 */
final class PolicyUniverse {

    static final String OWNER = "111122223333";
    static final String OTHER = "444455556666";
    static final String OTHER2 = "777788889999";
    static final String UNNAMED = "999900001111";
    static final String FRESH_ACTION = "qqq:Zzz";
    static final String FRESH_RESOURCE = "arn:aws:qqq:zz-zzzz-9:999900001111:zzz/zzz";

    static final List<String> SERVICES = List.of("s3", "iam", "ec2", "kms", "sqs", "sts", "lambda", "sns", "ecr",
            "dynamodb", "logs", "qqq");
    static final List<String> OPERATIONS = List.of("GetObject", "PutObject", "ListBucket", "DeleteObject", "PassRole",
            "CreateUser", "DeleteUser", "DescribeInstances", "RunInstances", "Decrypt", "Encrypt", "SendMessage",
            "AssumeRole", "InvokeFunction", "GetPolicy", "TagResource", "Publish", "BatchGetImage", "GetItem",
            "PutLogEvents");
    static final List<String> ACTIONS;

    static {
        List<String> all = new ArrayList<>();
        SERVICES.forEach(s -> OPERATIONS.forEach(o -> all.add(s + ":" + o)));
        all.add(FRESH_ACTION);
        ACTIONS = List.copyOf(all);
    }

    static final List<String> RESOURCES = List.of("arn:aws:s3:::reports", "arn:aws:s3:::reports/a.txt",
            "arn:aws:s3:::reports/dir/b", "arn:aws:s3:::other/x", "arn:aws:iam::111122223333:role/app-web",
            "arn:aws:iam::111122223333:role/ops", "arn:aws:kms:eu-west-1:111122223333:key/k1",
            "arn:aws:sqs:eu-west-1:111122223333:q", FRESH_RESOURCE);

    /** Values the oracle tries for each key (missing is always tried too); lists are multi-valued keys. */
    private static final Map<String, List<List<String>>> VALUES = new HashMap<>();

    static {
        put("aws:securetransport", "true", "false");
        put("aws:multifactorauthpresent", "true", "false");
        put("aws:requestedregion", "eu-west-1", "EU-WEST-1", "eu-central-1", "us-east-1", "ap-south-1");
        put("aws:currenttime", "2019-01-01T00:00:00Z", "2020-06-01T00:00:00Z", "2021-01-01T00:00:00Z");
        put("aws:multifactorauthage", "100", "3600", "7200");
        put("sts:externalid", "s3cr3t", "wrong");
        put("aws:sourceip", "203.0.113.7", "198.51.100.1");
        put("aws:principaltag/team", "ops", "dev");
        VALUES.put("aws:tagkeys", List.of(List.of(), List.of("a"), List.of("b"), List.of("c"), List.of("a", "c"),
                List.of("a", "b"), List.of("ab")));
    }

    static final Set<String> OPAQUE = Set.of("aws:sourceip", "aws:principaltag/team");

    private static void put(String key, String... values) {
        VALUES.put(key, java.util.Arrays.stream(values).map(List::of).toList());
    }

    private PolicyUniverse() {
    }

    /** Every assignment of the given keys (each missing or one of its values). */
    private static final Map<Set<String>, List<Map<String, List<String>>>> ASSIGNMENTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static List<Map<String, List<String>>> assignments(Set<String> keys) {
        return ASSIGNMENTS.computeIfAbsent(Set.copyOf(keys), k -> product(keys));
    }

    private static List<Map<String, List<String>>> product(Set<String> keys) {
        List<Map<String, List<String>>> out = new ArrayList<>(List.of(Map.of()));
        for (String key : keys) {
            List<Map<String, List<String>>> next = new ArrayList<>();
            for (Map<String, List<String>> m : out) {
                next.add(m);
                for (List<String> v : VALUES.get(key)) {
                    Map<String, List<String>> n = new HashMap<>(m);
                    n.put(key, v);
                    next.add(n);
                }
            }
            out = next;
        }
        return out;
    }

    /** The keys the policy's conditions use, split into caller-chosen and opaque, minus identity keys. */
    private static final Map<GenPolicy, Set<String>> OPAQUE_KEYS =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private static final Map<GenPolicy, Set<String>> CALLER_KEYS =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    static Set<String> keys(GenPolicy p, boolean opaque) {
        return (opaque ? OPAQUE_KEYS : CALLER_KEYS).computeIfAbsent(p, x -> usedKeys(x, opaque));
    }

    private static Set<String> usedKeys(GenPolicy p, boolean opaque) {
        Set<String> out = new LinkedHashSet<>();
        p.statements().forEach(s -> s.conditions().stream().map(Cond::key).map(k -> k.toLowerCase(Locale.ROOT))
                .filter(VALUES::containsKey).filter(k -> OPAQUE.contains(k) == opaque).forEach(out::add));
        return out;
    }

    /** An oracle caller with the identity keys it carries, and whether it is outside the boundary. */
    record Caller(Who who, Map<String, List<String>> identity, String outside, boolean unnamed) {
    }

    static List<Caller> callers(GenPolicy p, Set<String> trustedOrgs, Set<String> trustedVpces) {
        String json = p.json();
        List<Caller> out = new ArrayList<>();
        List<String> vpces = java.util.Arrays.asList(null, "vpce-mine", "vpce-other");
        for (String vpce : vpces) {
            String network = vpce == null ? "YES" : trustedVpces.contains(vpce) ? "NO" : "MAYBE";
            Map<String, List<String>> anon = new LinkedHashMap<>();
            if (vpce != null) {
                anon.put("aws:sourcevpce", List.of(vpce));
            }
            out.add(new Caller(new Who("ANONYMOUS", null, null, null), anon, network, true));
            for (String account : List.of(OWNER, OTHER, OTHER2, UNNAMED)) {
                for (String role : List.of("R", "Other")) {
                    for (String org : java.util.Arrays.asList(null, "o-mine", "o-other")) {
                        String arn = "arn:aws:iam::" + account + ":role/" + role;
                        Map<String, List<String>> id = new LinkedHashMap<>(anon);
                        id.put("aws:principalaccount", List.of(account));
                        id.put("aws:principalarn", List.of(arn));
                        id.put("aws:principalisawsservice", List.of("false"));
                        id.put("kms:calleraccount", List.of(account));
                        if (org != null) {
                            id.put("aws:principalorgid", List.of(org));
                        }
                        String outside = account.equals(OWNER) || org != null && trustedOrgs.contains(org) ? "NO" : network;
                        boolean unnamed = !json.contains(account) && (org == null || !json.contains(org));
                        out.add(new Caller(new Who("AWS", account, arn, null), id, outside, unnamed));
                    }
                }
            }
        }
        for (String service : List.of("logs.amazonaws.com", "cloudtrail.amazonaws.com")) {
            for (String account : java.util.Arrays.asList(null, OWNER, OTHER, UNNAMED)) {
                Map<String, List<String>> id = new LinkedHashMap<>();
                id.put("aws:principalisawsservice", List.of("true"));
                id.put("aws:principalservicename", List.of(service));
                if (account != null) {
                    id.put("aws:sourceaccount", List.of(account));
                    id.put("aws:sourceowner", List.of(account));
                    id.put("aws:sourcearn", List.of("arn:aws:cloudtrail:eu-west-1:" + account + ":trail/t"));
                }
                String outside = account == null || account.equals(OWNER) ? "NO" : "YES";
                out.add(new Caller(new Who("SERVICE", null, null, service), id, outside, false));
            }
        }
        return out;
    }
}
