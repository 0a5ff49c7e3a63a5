package io.secpillar.evidence.checks.elbv2;

import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;

import java.util.List;
import java.util.stream.Collectors;

/** Reading listeners: which ones terminate TLS, and which plain ones only send clients to HTTPS. */
final class ListenerProtocols {

    private ListenerProtocols() {
    }

    static boolean encrypted(Listener l) {
        return "HTTPS".equals(l.protocolAsString()) || "TLS".equals(l.protocolAsString());
    }

    /** An HTTP listener whose default action is a redirect to HTTPS never serves content over plain HTTP. */
    static boolean redirectsToHttps(Listener l) {
        List<Action> actions = l.defaultActions();
        return "HTTP".equals(l.protocolAsString()) && !actions.isEmpty() && actions.stream().allMatch(a ->
                "redirect".equals(a.typeAsString()) && a.redirectConfig() != null
                        && "HTTPS".equals(a.redirectConfig().protocol()));
    }

    /** Listeners that accept unencrypted traffic and serve it (no TLS, no redirect to HTTPS). */
    static List<Listener> plain(List<Listener> listeners) {
        return listeners.stream().filter(l -> !encrypted(l) && !redirectsToHttps(l)).toList();
    }

    static String summary(List<Listener> listeners) {
        return listeners.stream().map(l -> l.protocolAsString() + ":" + l.port()
                + (l.sslPolicy() == null ? "" : " " + l.sslPolicy())).collect(Collectors.joining(", "));
    }
}
