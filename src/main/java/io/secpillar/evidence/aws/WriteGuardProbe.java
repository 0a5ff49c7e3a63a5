package io.secpillar.evidence.aws;

import software.amazon.awssdk.services.ec2.Ec2Client;

import java.util.Optional;

/**
 * Asks a client the workbench built to do something it must never do (terminate an instance) and reports whether
 * the read-only guard refused it before sending. Used by the packaged self-check against a local endpoint.
 */
public final class WriteGuardProbe {

    private WriteGuardProbe() {
    }

    /** The refused operation ("ec2:TerminateInstances"), or empty when the call went out: then the guard is missing. */
    public static Optional<String> refusedWrite(AwsClients clients, String region) {
        try {
            clients.client(Ec2Client.class, region).terminateInstances(r -> r.instanceIds("i-0123456789abcdef0"));
            return Optional.empty();
        } catch (WriteRefusedException e) {
            return Optional.of(e.service().toLowerCase(java.util.Locale.ROOT) + ":" + e.operation());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
