package io.secpillar.evidence.policy;

import io.secpillar.evidence.policy.PolicyOracle.Req;
import io.secpillar.evidence.policy.PolicyOracle.Who;
import io.secpillar.evidence.policy.PolicyUniverse.Caller;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyzer against a brute-force oracle on random policies. A YES must hold for every value of the keys the
 * analyzer does not judge, a NO for none of them; UNKNOWN is allowed only where such a key (or a VPC endpoint the
 * boundary does not list) makes the difference, so policies without them must get a definite answer.
 */
class PolicyPropertiesTest {

    /** "All", "none" or "mixed" over the opaque keys' values, of "some caller-chosen context makes it true". */
    private static String truth(GenPolicy p, Predicate<Map<String, List<String>>> holdsInSomeContext) {
        boolean all = true;
        boolean any = false;
        for (Map<String, List<String>> opaque : PolicyUniverse.assignments(PolicyUniverse.keys(p, true))) {
            boolean holds = holdsInSomeContext.test(opaque);
            all &= holds;
            any |= holds;
        }
        return all ? "YES" : any ? "MIXED" : "NO";
    }

    private static boolean someContext(GenPolicy p, Map<String, List<String>> opaque, Map<String, List<String>> identity,
                                       Map<String, List<String>> fixed, Predicate<Map<String, List<String>>> test) {
        Set<String> keys = new java.util.LinkedHashSet<>(PolicyUniverse.keys(p, false));
        keys.removeAll(fixed.keySet());
        for (Map<String, List<String>> chosen : PolicyUniverse.assignments(keys)) {
            Map<String, List<String>> ctx = new HashMap<>(opaque);
            ctx.putAll(chosen);
            ctx.putAll(identity);
            ctx.putAll(fixed);
            if (test.test(ctx)) {
                return true;
            }
        }
        return false;
    }

    private static void agree(Answer answer, String truth, boolean mustBeDefinite, String what) {
        Statistics.collect(answer);
        switch (answer) {
            case YES -> assertThat(truth).as(what).isEqualTo("YES");
            case NO -> assertThat(truth).as(what).isEqualTo("NO");
            case UNKNOWN -> assertThat(mustBeDefinite).as(what + " answered UNKNOWN without a reason to").isFalse();
        }
    }

    private static boolean hasOpaque(GenPolicy p) {
        return !PolicyUniverse.keys(p, true).isEmpty()
                || p.statements().stream().anyMatch(s -> s.conditions().stream().anyMatch(c -> c.key().startsWith("aws:Principal")
                || c.key().startsWith("aws:Source") || c.key().startsWith("kms:")));
    }

    @Property(tries = 40)
    void allowsAgreesWithTheOracleOnEveryActionAndResource(@ForAll("identity") GenPolicy p,
                                                            @ForAll @IntRange(max = 7) int slice) {
        PolicyAnalyzer analyzer = PolicyAnalyzer.of(p.json());
        // each case checks one eighth of the 241 actions, a different eighth from case to case
        for (int i = 0; i < PolicyUniverse.ACTIONS.size(); i++) {
            String action = PolicyUniverse.ACTIONS.get(i);
            if (i % 8 != slice && !action.equals(PolicyUniverse.FRESH_ACTION)) {
                continue;
            }
            for (String resource : PolicyUniverse.RESOURCES) {
                String truth = truth(p, o -> someContext(p, o, Map.of(), Map.of(), ctx ->
                        PolicyOracle.allowed(p, new Req(Who.HOLDER, action, resource, ctx))));
                agree(analyzer.allows(action, resource).answer(), truth, !hasOpaque(p), action + " on " + resource
                        + " in " + p.json());
            }
        }
    }

    @Property(tries = 200)
    void fullAccessMeansActionsAndResourcesThePolicyNeverNames(@ForAll("identity") GenPolicy p) {
        String truth = truth(p, o -> someContext(p, o, Map.of(), Map.of(), ctx -> PolicyOracle.allowed(p,
                new Req(Who.HOLDER, PolicyUniverse.FRESH_ACTION, PolicyUniverse.FRESH_RESOURCE, ctx))));
        agree(PolicyAnalyzer.of(p.json()).grantsFullAccess().answer(), truth, !hasOpaque(p), p.json());
    }

    @Property(tries = 40)
    void outsideAccessAgreesWithTheOracle(@ForAll("resource") GenPolicy p, @ForAll boolean trustOrg, @ForAll boolean trustVpce) {
        Set<String> orgs = trustOrg ? Set.of("o-mine") : Set.of();
        Set<String> vpces = trustVpce ? Set.of("vpce-mine") : Set.of();
        AccountBoundary boundary = new AccountBoundary(PolicyUniverse.OWNER, Set.of(), orgs, vpces, Set.of());
        ExternalAccess access = PolicyAnalyzer.of(p.json()).externalAccess(boundary);
        List<Caller> callers = PolicyUniverse.callers(p, orgs, vpces);
        List<String> actions = List.of("s3:GetObject", "s3:PutObject", "s3:ListBucket", "sqs:SendMessage", "kms:Decrypt",
                "sts:AssumeRole", "lambda:InvokeFunction", PolicyUniverse.FRESH_ACTION);
        List<String> resources = List.of("arn:aws:s3:::reports", "arn:aws:s3:::reports/a.txt",
                "arn:aws:sqs:eu-west-1:111122223333:q", "arn:aws:s3:::other/x", PolicyUniverse.FRESH_RESOURCE);
        Map<Caller, String> truths = new HashMap<>();
        Map<Caller, String> putTruths = new HashMap<>();
        for (Caller c : callers) {
            if (!c.outside().equals("NO")) {
                truths.put(c, truth(p, o -> actions.stream().anyMatch(a -> resources.stream().anyMatch(r ->
                        someContext(p, o, c.identity(), Map.of(), ctx -> PolicyOracle.allowed(p, new Req(c.who(), a, r, ctx)))))));
                putTruths.put(c, truth(p, o -> resources.stream().anyMatch(r -> someContext(p, o, c.identity(), Map.of(),
                        ctx -> PolicyOracle.allowed(p, new Req(c.who(), "s3:PutObject", r, ctx))))));
            }
        }
        Predicate<Caller> any = c -> true;
        Predicate<Caller> everyone = c -> c.unnamed() && !c.who().kind().equals("SERVICE");
        check(p, access.verdict(), truths, any);
        check(p, access.publicAccess(), truths, everyone);
        check(p, PolicyAnalyzer.of(p.json()).externalAccess(boundary, "s3:PutObject").publicAccess(), putTruths, everyone);
    }

    /** YES needs an outsider of that kind let in for sure; NO needs none who might be. */
    private static void check(GenPolicy p, Verdict verdict, Map<Caller, String> truths, Predicate<Caller> kind) {
        boolean sure = truths.entrySet().stream().filter(e -> kind.test(e.getKey()))
                .anyMatch(e -> e.getKey().outside().equals("YES") && e.getValue().equals("YES"));
        boolean possible = truths.entrySet().stream().filter(e -> kind.test(e.getKey()))
                .anyMatch(e -> !e.getValue().equals("NO"));
        Statistics.collect(verdict.answer());
        if (verdict.answer() == Answer.YES) {
            assertThat(sure).as("YES without an outsider let in: " + p.json() + " " + verdict.reason()).isTrue();
        } else if (verdict.answer() == Answer.NO) {
            assertThat(possible).as("NO although an outsider may get in: " + p.json()).isFalse();
        }
    }

    @Property(tries = 100)
    void insecureTransportDenialAgreesWithTheOracle(@ForAll("bucket") GenPolicy p) {
        Verdict v = PolicyAnalyzer.of(p.json()).deniesInsecureTransport("arn:aws:s3:::reports");
        List<String> actions = List.of("s3:GetObject", "s3:PutObject", "s3:ListBucket", "s3:DeleteObject", "s3:Zzz");
        List<String> resources = List.of("arn:aws:s3:::reports", "arn:aws:s3:::reports/a.txt", "arn:aws:s3:::reports/dir/b");
        Map<String, List<String>> http = Map.of("aws:securetransport", List.of("false"));
        List<Caller> callers = PolicyUniverse.callers(p, Set.of(), Set.of()).stream()
                .filter(c -> !c.who().kind().equals("SERVICE")).toList();
        // NO: some request over HTTP escapes every Deny whatever the opaque keys say
        boolean escapes = callers.stream().anyMatch(c -> actions.stream().anyMatch(a -> resources.stream().anyMatch(r ->
                truth(p, o -> someContext(p, o, c.identity(), http, ctx -> !PolicyOracle.denied(p, new Req(c.who(), a, r, ctx))))
                        .equals("YES"))));
        boolean maybeEscapes = callers.stream().anyMatch(c -> actions.stream().anyMatch(a -> resources.stream().anyMatch(r ->
                !truth(p, o -> someContext(p, o, c.identity(), http, ctx -> !PolicyOracle.denied(p, new Req(c.who(), a, r, ctx))))
                        .equals("NO"))));
        Statistics.collect(v.answer());
        switch (v.answer()) {
            case YES -> assertThat(maybeEscapes).as("YES but a request escapes: " + p.json()).isFalse();
            case NO -> assertThat(escapes).as("NO but every request is denied: " + p.json() + " " + v.reason()).isTrue();
            case UNKNOWN -> assertThat(PolicyUniverse.keys(p, true)).as("UNKNOWN without an opaque key: " + p.json()).isNotEmpty();
        }
    }

    @Property(tries = 100)
    void externalIdRequirementAgreesWithTheOracle(@ForAll("trust") GenPolicy p) {
        Verdict v = PolicyAnalyzer.of(p.json()).requiresExternalId(AccountBoundary.of(PolicyUniverse.OWNER));
        List<Caller> callers = PolicyUniverse.callers(p, Set.of(), Set.of()).stream()
                .filter(c -> c.who().kind().equals("AWS")).toList();
        List<String> actions = List.of("sts:AssumeRole");
        Predicate<Caller> getsInWithoutId = c -> truth(p, o -> someContext(p, o, c.identity(), Map.of(), ctx -> {
            Map<String, List<String>> noId = new HashMap<>(ctx);
            noId.remove("sts:externalid");
            return PolicyOracle.allowed(p, new Req(c.who(), actions.get(0), null, noId));
        })).equals("YES");
        Predicate<Caller> mayGetIn = c -> !truth(p, o -> someContext(p, o, c.identity(), Map.of(), ctx -> {
            Map<String, List<String>> noId = new HashMap<>(ctx);
            noId.remove("sts:externalid");
            return PolicyOracle.allowed(p, new Req(c.who(), actions.get(0), null, noId));
        })).equals("NO");
        Statistics.collect(v.answer());
        switch (v.answer()) {
            case NO -> assertThat(callers.stream().filter(c -> c.outside().equals("YES")).anyMatch(getsInWithoutId))
                    .as("NO but no outsider gets in without an id: " + p.json()).isTrue();
            case YES -> assertThat(callers.stream().filter(c -> !c.outside().equals("NO")).anyMatch(mayGetIn))
                    .as("YES but an outsider gets in without an id: " + p.json()).isFalse();
            case UNKNOWN -> assertThat(p.json()).contains("aws:SourceIp");
        }
    }

    @Provide
    Arbitrary<GenPolicy> identity() {
        return PolicyGenerators.identityPolicies();
    }

    @Provide
    Arbitrary<GenPolicy> resource() {
        return PolicyGenerators.resourcePolicies();
    }

    @Provide
    Arbitrary<GenPolicy> bucket() {
        return PolicyGenerators.bucketPolicies();
    }

    @Provide
    Arbitrary<GenPolicy> trust() {
        return PolicyGenerators.trustPolicies();
    }

}
