package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.Listener;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.ListenerAction;

import java.util.List;
import java.util.stream.Collectors;

/** Reading listeners: which ones terminate TLS, and which plain ones only send clients to HTTPS. */
final class ListenerProtocols {

    private ListenerProtocols() {
    }

    static boolean encrypted(Listener l) {
        return "HTTPS".equals(l.protocol()) || "TLS".equals(l.protocol());
    }

    /** An HTTP listener whose default action is a redirect to HTTPS never serves content over plain HTTP. */
    static boolean redirectsToHttps(Listener l) {
        List<ListenerAction> actions = l.defaultActions();
        return "HTTP".equals(l.protocol()) && !actions.isEmpty() && actions.stream().allMatch(a ->
                "redirect".equals(a.type()) && "HTTPS".equals(a.redirectProtocol()));
    }

    /** Listeners that accept unencrypted traffic and serve it (no TLS, no redirect to HTTPS). */
    static List<Listener> plain(List<Listener> listeners) {
        return listeners.stream().filter(l -> !encrypted(l) && !redirectsToHttps(l)).toList();
    }

    static String summary(List<Listener> listeners) {
        return listeners.stream().map(l -> l.protocol() + ":" + l.port()
                + (l.sslPolicy() == null ? "" : " " + l.sslPolicy())).collect(Collectors.joining(", "));
    }

    /** The listeners as AWS described them, for the proof. */
    static String proof(List<Listener> listeners) {
        return listeners.stream().map(Listener::proof).toList().toString();
    }
}
