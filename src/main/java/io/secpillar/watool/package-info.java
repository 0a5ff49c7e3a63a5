/**
 * The AWS Well-Architected Tool, both ways: pushing a workbench review into the client's WA Tool and pulling one
 * from it. This package is pure (no SDK): the id mapping between our lens and the AWS-managed lens, the translation
 * of answers, the plan of calls, the IAM policy, and the push and pull use cases over {@link
 * io.secpillar.watool.WaToolPort}. {@code watool.aws} is the adapter: the one SDK client that may write, guarded by an
 * allow-list of its own. The evidence engine and its read-only guard are not involved.
 */
package io.secpillar.watool;
