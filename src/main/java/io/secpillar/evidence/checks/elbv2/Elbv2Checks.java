package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.Check;

import java.util.List;

/** The Elastic Load Balancing (v2) checks, listed explicitly. */
public final class Elbv2Checks {

    private Elbv2Checks() {
    }

    public static List<Check<?>> all() {
        return List.of(
                new Elbv2SslListeners(),
                new Elbv2ListenerCurrentTlsPolicy(),
                new Elbv2LoggingEnabled());
    }
}
