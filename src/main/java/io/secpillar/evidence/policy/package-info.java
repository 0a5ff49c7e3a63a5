/**
 * The IAM policy analyzer, part of the pure evidence core. {@link io.secpillar.evidence.policy.PolicyAnalyzer}
 * parses a policy document (identity, resource or trust policy) and answers the questions the checks ask, each as
 * a {@link io.secpillar.evidence.policy.Verdict} of YES / NO / UNKNOWN with the deciding statements and a reason.
 * UNKNOWN must be reported as "could not assess", never as a PASS.
 */
package io.secpillar.evidence.policy;
