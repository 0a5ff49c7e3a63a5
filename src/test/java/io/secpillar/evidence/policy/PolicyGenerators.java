package io.secpillar.evidence.policy;

import io.secpillar.evidence.policy.GenPolicy.Cond;
import io.secpillar.evidence.policy.GenPolicy.Principal;
import io.secpillar.evidence.policy.GenPolicy.Stmt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.List;
import java.util.Map;

import static io.secpillar.evidence.policy.PolicyUniverse.OTHER;
import static io.secpillar.evidence.policy.PolicyUniverse.OTHER2;
import static io.secpillar.evidence.policy.PolicyUniverse.OWNER;

/** Random policies drawn from a vocabulary that reaches every element and operator the analyzer reads. */
final class PolicyGenerators {

    static final List<String> ACTION_PATTERNS = List.of("*", "*:*", "?*", "s3:*", "iam:*", "s3:Get*", "s3:*Object",
            "*:Get*", "iam:*User", "s3:?etObject", "ec2:Describe*", "kms:Decrypt", "sts:AssumeRole", "S3:GETOBJECT",
            "iam:PassRole", "sqs:SendMessage", "lambda:InvokeFunction", "iam:Pass????");
    static final List<String> RESOURCE_PATTERNS = List.of("*", "arn:aws:*", "arn:aws:s3:::reports",
            "arn:aws:s3:::reports/*", "arn:aws:s3:::reports*", "arn:aws:s3:::?eports/*", "arn:aws:s3:::other/*",
            "arn:aws:iam::111122223333:role/app-*", "arn:aws:iam::*:role/ops", "arn:aws:kms:*:111122223333:key/*",
            "arn:aws:sqs:*:111122223333:q", "arn:aws:S3:::reports");

    static final List<Cond> CALLER_CONDITIONS = List.of(
            new Cond("Bool", "aws:SecureTransport", List.of("true")),
            new Cond("Bool", "aws:SecureTransport", List.of("false")),
            new Cond("BoolIfExists", "aws:MultiFactorAuthPresent", List.of("false")),
            new Cond("Bool", "aws:MultiFactorAuthPresent", List.of("true")),
            new Cond("Null", "aws:MultiFactorAuthPresent", List.of("true")),
            new Cond("StringEquals", "aws:RequestedRegion", List.of("eu-west-1", "us-east-1")),
            new Cond("StringNotEquals", "aws:RequestedRegion", List.of("eu-west-1")),
            new Cond("StringLike", "aws:RequestedRegion", List.of("eu-*")),
            new Cond("StringEqualsIgnoreCase", "aws:RequestedRegion", List.of("EU-WEST-1")),
            new Cond("DateLessThan", "aws:CurrentTime", List.of("2020-06-01T00:00:00Z")),
            new Cond("DateGreaterThan", "aws:CurrentTime", List.of("2020-06-01T00:00:00Z")),
            new Cond("NumericLessThan", "aws:MultiFactorAuthAge", List.of("3600")),
            new Cond("NumericGreaterThan", "aws:MultiFactorAuthAge", List.of("3600")),
            new Cond("ForAnyValue:StringEquals", "aws:TagKeys", List.of("a", "b")),
            new Cond("ForAllValues:StringLike", "aws:TagKeys", List.of("a*")),
            new Cond("ForAllValues:StringNotEquals", "aws:TagKeys", List.of("c")));
    static final List<Cond> OPAQUE_CONDITIONS = List.of(
            new Cond("IpAddress", "aws:SourceIp", List.of("203.0.113.0/24")),
            new Cond("NotIpAddress", "aws:SourceIp", List.of("203.0.113.0/24")),
            new Cond("StringEquals", "aws:PrincipalTag/team", List.of("ops")));
    static final List<Cond> IDENTITY_CONDITIONS = List.of(
            new Cond("StringEquals", "aws:PrincipalAccount", List.of(OWNER)),
            new Cond("StringNotEquals", "aws:PrincipalAccount", List.of(OWNER)),
            new Cond("StringEquals", "aws:PrincipalAccount", List.of(OTHER)),
            new Cond("StringEquals", "aws:PrincipalOrgID", List.of("o-mine")),
            new Cond("StringNotEquals", "aws:PrincipalOrgID", List.of("o-mine")),
            new Cond("StringNotEqualsIfExists", "aws:PrincipalOrgID", List.of("o-other")),
            new Cond("StringEquals", "aws:SourceAccount", List.of(OWNER)),
            new Cond("StringEqualsIfExists", "aws:SourceAccount", List.of(OWNER)),
            new Cond("ArnLike", "aws:SourceArn", List.of("arn:aws:cloudtrail:*:" + OWNER + ":trail/*")),
            new Cond("ArnEquals", "aws:PrincipalArn", List.of("arn:aws:iam::" + OTHER + ":role/R")),
            new Cond("ArnNotLike", "aws:PrincipalArn", List.of("arn:aws:iam::*:role/Oth*")),
            new Cond("StringEquals", "aws:SourceVpce", List.of("vpce-mine")),
            new Cond("StringNotEqualsIfExists", "aws:SourceVpce", List.of("vpce-mine")),
            new Cond("Null", "aws:SourceVpce", List.of("false")),
            new Cond("StringEquals", "kms:CallerAccount", List.of(OTHER)),
            new Cond("Bool", "aws:PrincipalIsAWSService", List.of("true")));
    static final List<Principal> PRINCIPALS = List.of(
            new Principal(false, true, Map.of()),
            new Principal(false, false, Map.of("AWS", List.of("*"))),
            new Principal(false, false, Map.of("AWS", List.of(OWNER))),
            new Principal(false, false, Map.of("AWS", List.of("arn:aws:iam::" + OTHER + ":root"))),
            new Principal(false, false, Map.of("AWS", List.of("arn:aws:iam::" + OTHER + ":role/R", OTHER2))),
            new Principal(false, false, Map.of("Service", List.of("cloudtrail.amazonaws.com"))),
            new Principal(false, false, Map.of("AWS", List.of(OTHER2), "Service", List.of("logs.amazonaws.com"))),
            new Principal(true, false, Map.of("AWS", List.of("arn:aws:iam::" + OWNER + ":root"))),
            new Principal(true, false, Map.of("AWS", List.of(OTHER))));

    private PolicyGenerators() {
    }

    /** Identity policies: no principal, conditions on caller-chosen and opaque keys. */
    static Arbitrary<GenPolicy> identityPolicies() {
        Arbitrary<List<Cond>> conditions = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(List.<Cond>of())),
                Tuple.of(3, Arbitraries.of(concat(CALLER_CONDITIONS, OPAQUE_CONDITIONS)).list().ofMaxSize(2)));
        Arbitrary<Stmt> stmt = Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.of(true, false, false, false),
                Arbitraries.of(ACTION_PATTERNS).list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false, false, false, false),
                Arbitraries.of(RESOURCE_PATTERNS).list().ofMinSize(1).ofMaxSize(2), conditions)
                .as((e, na, a, nr, r, c) -> new Stmt(e < 7, null, na, a, nr, r, c));
        return policies(stmt, 4);
    }

    /** Resource and trust policies: principals, identity conditions, sometimes no Resource element. */
    static Arbitrary<GenPolicy> resourcePolicies() {
        List<String> actions = List.of("*", "s3:*", "s3:Get*", "s3:GetObject", "sqs:SendMessage", "kms:*",
                "sts:AssumeRole", "lambda:InvokeFunction", "s3:?utObject");
        List<String> resources = List.of("*", "arn:aws:s3:::reports", "arn:aws:s3:::reports/*",
                "arn:aws:sqs:*:111122223333:q", "arn:aws:s3:::other/*");
        Arbitrary<List<Cond>> conditions = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(IDENTITY_CONDITIONS)),
                Tuple.of(2, Arbitraries.of(CALLER_CONDITIONS)),
                Tuple.of(1, Arbitraries.of(OPAQUE_CONDITIONS.subList(0, 1)))).list().ofMaxSize(2);
        Arbitrary<Stmt> stmt = Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.of(PRINCIPALS),
                Arbitraries.of(true, false, false, false, false), Arbitraries.of(actions).list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.of(true, false, false, false, false), Arbitraries.of(resources).list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.integers().between(0, 4), conditions)
                .as((e, p, na, a, nr, r, trust, c) -> new Stmt(e < 7, p, na, a, nr, trust == 0 ? null : r, c));
        return policies(stmt, 3);
    }

    /** Bucket policies built around TLS-only Deny statements, with the usual ways of getting them slightly wrong. */
    static Arbitrary<GenPolicy> bucketPolicies() {
        List<List<String>> resources = List.of(List.of("arn:aws:s3:::reports", "arn:aws:s3:::reports/*"),
                List.of("arn:aws:s3:::reports"), List.of("arn:aws:s3:::reports/*"), List.of("arn:aws:s3:::reports*"),
                List.of("*"), List.of("arn:aws:s3:::reports/dir/*", "arn:aws:s3:::reports"));
        List<List<String>> actions = List.of(List.of("s3:*"), List.of("*"), List.of("s3:Get*"),
                List.of("s3:GetObject", "s3:PutObject"), List.of("s3:ListBucket"));
        List<Cond> transport = List.of(new Cond("Bool", "aws:SecureTransport", List.of("false")),
                new Cond("BoolIfExists", "aws:SecureTransport", List.of("false")),
                new Cond("Bool", "aws:SecureTransport", List.of("true")),
                new Cond("Null", "aws:SecureTransport", List.of("false")));
        List<Cond> extra = List.of(new Cond("StringEquals", "aws:PrincipalAccount", List.of(OWNER)),
                new Cond("StringNotEquals", "aws:PrincipalOrgID", List.of("o-mine")),
                new Cond("IpAddress", "aws:SourceIp", List.of("203.0.113.0/24")),
                new Cond("Bool", "aws:MultiFactorAuthPresent", List.of("false")),
                new Cond("StringNotEqualsIfExists", "aws:SourceVpce", List.of("vpce-mine")));
        // weighted towards the one right shape, so that both answers come up often
        Arbitrary<Stmt> stmt = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.of(PRINCIPALS.get(0), PRINCIPALS.get(0), PRINCIPALS.get(1), PRINCIPALS.get(2), PRINCIPALS.get(8)),
                Arbitraries.of(true, false, false, false, false, false, false), weighted(actions),
                Arbitraries.of(true, false, false, false, false, false, false), weighted(resources),
                weighted(transport), Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.<Cond>of())),
                        Tuple.of(1, Arbitraries.of(extra).list().ofSize(1))))
                .as((e, p, na, a, nr, r, t, x) -> new Stmt(e < 2, p, na, a, nr, r, concat(List.of(t), x)));
        return policies(stmt, 3);
    }

    /** Trust policies for roles that third parties assume, with and without sts:ExternalId. */
    static Arbitrary<GenPolicy> trustPolicies() {
        List<Cond> conditions = List.of(new Cond("StringEquals", "sts:ExternalId", List.of("s3cr3t")),
                new Cond("StringEqualsIfExists", "sts:ExternalId", List.of("s3cr3t")),
                new Cond("StringLike", "sts:ExternalId", List.of("s3*")),
                new Cond("Null", "sts:ExternalId", List.of("false")),
                new Cond("StringNotEquals", "sts:ExternalId", List.of("wrong")),
                new Cond("StringEquals", "aws:PrincipalAccount", List.of(OTHER)),
                new Cond("IpAddress", "aws:SourceIp", List.of("203.0.113.0/24")),
                new Cond("Bool", "aws:MultiFactorAuthPresent", List.of("true")));
        Arbitrary<Stmt> stmt = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.of(PRINCIPALS.subList(0, 5)), Arbitraries.of(List.of("sts:AssumeRole"), List.of("sts:*"),
                        List.of("sts:TagSession")), Arbitraries.of(conditions).list().ofMaxSize(2))
                .as((e, p, a, c) -> new Stmt(e < 8, p, false, a, false, null, c));
        return policies(stmt, 3);
    }

    /** The first value four times as likely as each of the others. */
    private static <T> Arbitrary<T> weighted(List<T> values) {
        List<Tuple.Tuple2<Integer, T>> weights = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            weights.add(Tuple.of(i == 0 ? 4 : 1, values.get(i)));
        }
        return Arbitraries.frequency(weights);
    }

    private static Arbitrary<GenPolicy> policies(Arbitrary<Stmt> stmt, int max) {
        return Combinators.combine(stmt.list().ofMinSize(1).ofMaxSize(max), Arbitraries.of(true, false))
                .as(GenPolicy::new);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
