package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.policy.PolicyAnalyzer;
import io.secpillar.evidence.policy.PolicyParseException;
import io.secpillar.evidence.policy.Statement;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The secure-transport judgement of one bucket policy: the policy analyzer's answer to "is every plain-HTTP request
 * to the bucket and its objects denied?" as PASS, FAIL or, when it hangs on a condition the analyzer does not
 * judge, COULD_NOT_ASSESS.
 */
record SecureTransportVerdict(String bucketArn, Optional<String> document) {

    Verdict verdict() {
        if (document.isEmpty()) {
            return Verdict.fail("has no bucket policy, so nothing refuses plain HTTP.", Map.of("policy", "none"),
                    "NoSuchBucketPolicy");
        }
        String text = document.get();
        io.secpillar.evidence.policy.Verdict answer;
        try {
            answer = PolicyAnalyzer.of(text).deniesInsecureTransport(bucketArn);
        } catch (PolicyParseException e) {
            return new Verdict(Status.COULD_NOT_ASSESS, "has a policy that could not be parsed: " + e.getMessage(),
                    Map.of("policy", "unparsable"), text);
        }
        Map<String, String> observed = Map.of("denyInsecureTransport", answer.answer().name(), "decidingStatements",
                String.join(",", answer.statementLabels()));
        String proof = answer.statements().isEmpty() ? text
                : answer.statements().stream().map(Statement::json).collect(Collectors.joining(" "));
        return switch (answer.answer()) {
            case YES -> Verdict.pass("has a policy that denies every request without TLS: " + answer.reason(), observed,
                    proof);
            case NO -> Verdict.fail("has a policy that leaves plain HTTP open: " + answer.reason(), observed, proof);
            case UNKNOWN -> new Verdict(Status.COULD_NOT_ASSESS, "has a policy the analyzer cannot settle: "
                    + answer.reason(), observed, proof);
        };
    }
}
