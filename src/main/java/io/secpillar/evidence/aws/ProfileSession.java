package io.secpillar.evidence.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * A profile's credentials as this access layer resolves them (keys, assumed role with MFA, IAM Identity Center,
 * credential_process with its time limit), with the profile file whose {@code endpoint_url} settings the SDK applies
 * and the client settings. For the one client the workbench builds outside the evidence engine, the Well-Architected
 * Tool's, which carries a guard of its own; every client of the evidence engine is built here, read-only.
 */
public record ProfileSession(String profile, ProfileFile profileFile, AwsCredentialsProvider credentials,
                             AwsClientSettings settings) {
}
