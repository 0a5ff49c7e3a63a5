package io.secpillar.evidence.policy;

import io.secpillar.evidence.policy.Caller.Kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.secpillar.evidence.policy.ConditionKeys.*;

/**
 * The callers worth trying against a resource or trust policy: every account, principal ARN, organization,
 * service, VPC endpoint and VPC the policy names, plus one of each that it names nowhere, and anonymous callers.
 * A caller inside the {@link AccountBoundary} is left out; one that comes through a VPC endpoint or VPC the
 * boundary does not list is "maybe outside" (UNKNOWN), as are federated and canonical users.
 */
final class CallerSpace {

    private final PolicyDocument policy;
    private final AccountBoundary boundary;
    private final String partition;
    private final List<String> orgs;
    private final List<String> vpces;
    private final List<String> vpcs;

    private CallerSpace(PolicyDocument policy, AccountBoundary boundary, String partition) {
        this.policy = policy;
        this.boundary = boundary;
        this.partition = partition;
        this.orgs = withFreshAndAbsent(PolicyValues.conditionValues(policy, Set.of(PRINCIPAL_ORG_ID, SOURCE_ORG_ID)));
        this.vpces = withFreshAndAbsent(PolicyValues.conditionValues(policy, Set.of(SOURCE_VPCE)));
        this.vpcs = withFreshAndAbsent(PolicyValues.conditionValues(policy, Set.of(SOURCE_VPC)));
    }

    /** Callers outside {@code boundary}, of every kind. */
    static List<Caller> outside(PolicyDocument policy, AccountBoundary boundary, String partition) {
        CallerSpace space = new CallerSpace(policy, boundary, partition);
        List<Caller> out = new ArrayList<>(space.awsAndAnonymous());
        out.addAll(space.services());
        PolicyValues.principals(policy, PrincipalType.FEDERATED).forEach(f -> out.add(new Caller(Kind.FEDERATED, f,
                null, absentIdentity(), Answer.UNKNOWN, new Grantee(Grantee.Kind.FEDERATED, f), "users of " + f)));
        PolicyValues.principals(policy, PrincipalType.CANONICAL_USER).forEach(c -> out.add(new Caller(
                Kind.CANONICAL_USER, c, null, absentIdentity(), Answer.UNKNOWN,
                new Grantee(Grantee.Kind.CANONICAL_USER, c), "S3 canonical user " + c)));
        return out;
    }

    /** Anonymous callers and principals of AWS accounts, outside or inside (for the TLS question). */
    static List<Caller> awsAndAnonymous(PolicyDocument policy, AccountBoundary boundary, String partition) {
        return new CallerSpace(policy, boundary, partition).awsAndAnonymous();
    }

    private List<Caller> awsAndAnonymous() {
        List<Caller> out = new ArrayList<>();
        for (String vpce : vpces) {
            for (String vpc : vpcs) {
                Answer network = network(vpce, vpc);
                if (network == Answer.NO) {
                    continue;
                }
                Context net = absentIdentity().withValue(SOURCE_VPCE, vpce).withValue(SOURCE_VPC, vpc);
                out.add(new Caller(Kind.ANONYMOUS, "", null, net, network, Grantee.everyone(),
                        "an anonymous caller" + via(vpce, vpc)));
                for (String account : accounts()) {
                    for (String arn : principalArns(account)) {
                        for (String org : orgs) {
                            awsPrincipal(account, arn, org, net, network, vpce, vpc).ifPresent(out::add);
                        }
                    }
                }
            }
        }
        return out;
    }

    private java.util.Optional<Caller> awsPrincipal(String account, String arn, String org, Context net,
                                                    Answer network, String vpce, String vpc) {
        if (boundary.trustsAccount(account) || org != null && boundary.trustedOrganizations().contains(org)) {
            return java.util.Optional.empty();
        }
        boolean named = !Fresh.isFresh(account);
        Grantee grantee = named ? new Grantee(Grantee.Kind.ACCOUNT, account)
                : org != null && !Fresh.isFresh(org) ? new Grantee(Grantee.Kind.ORGANIZATION, org) : Grantee.everyone();
        Context identity = net.withValue(PRINCIPAL_ACCOUNT, account).withValue(PRINCIPAL_ARN, arn)
                .withValue(PRINCIPAL_ORG_ID, org).withValue(PRINCIPAL_IS_SERVICE, "false")
                .withValue(KMS_CALLER_ACCOUNT, account);
        String who = (named ? "a principal of account " + account : "a principal of an account the policy does not name")
                + (org == null ? "" : Fresh.isFresh(org) ? " in another organization" : " in organization " + org);
        return java.util.Optional.of(new Caller(Kind.AWS, arn, account, identity, network, grantee, who + via(vpce, vpc)));
    }

    private List<Caller> services() {
        Set<String> names = new LinkedHashSet<>();
        PolicyValues.principals(policy, PrincipalType.SERVICE).forEach(s -> names.add("*".equals(s) ? Fresh.TOKEN : s));
        names.add(Fresh.TOKEN + ".amazonaws.com");
        List<String> sourceAccounts = new ArrayList<>(accounts());
        sourceAccounts.add(null);
        Set<String> sourceArns = PolicyValues.conditionValues(policy, Set.of(SOURCE_ARN));
        List<Caller> out = new ArrayList<>();
        for (String service : names) {
            for (String account : sourceAccounts) {
                if (account != null && boundary.trustsAccount(account)) {
                    continue;
                }
                List<String> arns = new ArrayList<>();
                arns.add(account == null ? null : "arn:" + partition + ":" + Fresh.TOKEN + ":" + Fresh.TOKEN + ":"
                        + account + ":" + Fresh.TOKEN);
                sourceArns.stream().filter(a -> fits(a, account)).forEach(arns::add);
                for (String arn : arns) {
                    for (String org : orgs) {
                        service(service, account, arn, org).ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    /** A named source ARN goes with a source account when it carries that account, or none at all (S3 buckets). */
    private boolean fits(String arn, String account) {
        return unnamed(arn) || account != null && account.equals(PolicyValues.arnAccount(arn));
    }

    /** An ARN whose account field is empty or a wildcard names no account. */
    private static boolean unnamed(String arn) {
        String field = PolicyValues.arnAccount(arn);
        return field == null || field.isEmpty() || Fresh.isFresh(field);
    }

    private java.util.Optional<Caller> service(String service, String account, String arn, String org) {
        if (org != null && boundary.trustedOrganizations().contains(org)) {
            return java.util.Optional.empty();
        }
        String field = arn == null ? null : PolicyValues.arnAccount(arn);
        // a service acting for no account, or for a resource whose owner the ARN does not tell, is not placed
        Answer outside = account == null ? Answer.NO
                : arn != null && !account.equals(field) ? Answer.UNKNOWN : Answer.YES;
        if (outside == Answer.NO && arn == null) {
            return java.util.Optional.empty();
        }
        Context identity = absentIdentity().withValue(PRINCIPAL_IS_SERVICE, "true")
                .withValue(PRINCIPAL_SERVICE_NAME, service).withValue(SOURCE_ACCOUNT, account)
                .withValue(SOURCE_OWNER, account).withValue(SOURCE_ARN, arn).withValue(SOURCE_ORG_ID, org);
        String name = Fresh.isFresh(service) ? "an AWS service" : service;
        return java.util.Optional.of(new Caller(Kind.SERVICE, service, null, identity, outside,
                new Grantee(Grantee.Kind.SERVICE, name), name + " acting for " + (account == null ? "no account"
                : Fresh.isFresh(account) ? "an account the policy does not name" : "account " + account)));
    }

    private Answer network(String vpce, String vpc) {
        if (vpce != null && boundary.trustedVpcEndpoints().contains(vpce)
                || vpc != null && boundary.trustedVpcs().contains(vpc)) {
            return Answer.NO;
        }
        // an endpoint or VPC the boundary does not list may still be the account's own
        return vpce != null || vpc != null ? Answer.UNKNOWN : Answer.YES;
    }

    private static String via(String vpce, String vpc) {
        return (vpce == null || Fresh.isFresh(vpce) ? "" : " through VPC endpoint " + vpce)
                + (vpc == null || Fresh.isFresh(vpc) ? "" : " from VPC " + vpc);
    }

    /** Every account the policy names (as principal, in a principal ARN or in an account condition) and one more. */
    private List<String> accounts() {
        Set<String> out = new LinkedHashSet<>();
        for (String v : PolicyValues.principals(policy, PrincipalType.AWS)) {
            String account = StatementMatcher.accountOf(v);
            out.add(account != null ? account : PolicyValues.arnAccount(v));
        }
        out.addAll(PolicyValues.conditionValues(policy, Set.of(PRINCIPAL_ACCOUNT, SOURCE_ACCOUNT, SOURCE_OWNER,
                KMS_CALLER_ACCOUNT)));
        PolicyValues.conditionValues(policy, Set.of(PRINCIPAL_ARN, SOURCE_ARN))
                .forEach(a -> out.add(PolicyValues.arnAccount(a)));
        out.remove(null);
        out.remove("");
        out.add(Fresh.TOKEN);
        return new ArrayList<>(out);
    }

    /** The principal ARNs of one account worth trying: those the policy names there, and a role it does not. */
    private List<String> principalArns(String account) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : PolicyValues.principals(policy, PrincipalType.AWS)) {
            if (v.startsWith("arn:") && StatementMatcher.accountOf(v) == null && account.equals(PolicyValues.arnAccount(v))) {
                out.add(v);
            }
        }
        PolicyValues.conditionValues(policy, Set.of(PRINCIPAL_ARN)).stream()
                .filter(a -> account.equals(PolicyValues.arnAccount(a)) || Fresh.isFresh(account) && unnamed(a))
                .forEach(out::add);
        out.add("arn:" + partition + ":iam::" + account + ":role/" + Fresh.TOKEN);
        return new ArrayList<>(out);
    }

    private static List<String> withFreshAndAbsent(Set<String> named) {
        List<String> out = new ArrayList<>(Arrays.asList((String) null));
        out.addAll(named);
        out.add(Fresh.TOKEN);
        return out;
    }

    /** Identity keys a caller does not carry are missing, not unknown. */
    private static Context absentIdentity() {
        Context c = Context.empty();
        for (String key : IDENTITY_KEYS) {
            c = c.withAbsent(key);
        }
        return c;
    }
}
