package io.secpillar.evidence.faults;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * Replaces replies with faults on a seeded schedule. The schedule is keyed on what a request asks for (service,
 * region, operation and parameters) and on how many times it was asked, never on arrival order, so the same seed
 * injects the same faults however the scan's threads interleave. Some operations fail on every attempt (the
 * result must become could-not-assess), others only now and then (the retries must hide it).
 */
final class FaultInjector implements ResponseDefinitionTransformerV2 {

    /**
     * @param seed          the schedule
     * @param stickyRate    share of operations that fail on every attempt
     * @param transientRate share of the remaining attempts that fail once
     * @param stallMillis   how late a stalled reply comes (beyond the client's attempt time limit)
     * @param spared        operations that never fail on every attempt (the scan's own preparation)
     */
    record Plan(long seed, double stickyRate, double transientRate, int stallMillis, Set<String> spared) {
        static Plan off() {
            return new Plan(0, 0, 0, 0, Set.of());
        }
    }

    private volatile Plan plan = Plan.off();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<FaultKind, AtomicInteger> injected = new EnumMap<>(FaultKind.class);
    private final AtomicInteger stickyOperations = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();

    FaultInjector() {
        for (FaultKind k : FaultKind.values()) {
            injected.put(k, new AtomicInteger());
        }
    }

    @Override
    public String getName() {
        return "faults";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    void use(Plan next) {
        plan = next;
        attempts.clear();
        injected.values().forEach(c -> c.set(0));
        stickyOperations.set(0);
        served.set(0);
    }

    Map<FaultKind, Integer> injected() {
        Map<FaultKind, Integer> out = new EnumMap<>(FaultKind.class);
        injected.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    int total() {
        return injected.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int served() {
        return served.get();
    }

    int stickyOperations() {
        return stickyOperations.get();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        served.incrementAndGet();
        Plan p = plan;
        ResponseDefinition real = event.getResponseDefinition();
        if (p.stickyRate() == 0 && p.transientRate() == 0) {
            return real;
        }
        Request request = event.getRequest();
        String key = AwsProtocol.operation(request) + " " + request.getBodyAsString();
        int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        long sticky = hash(p.seed(), key, 0);
        FaultKind kind;
        if (!p.spared().contains(AwsProtocol.operation(request)) && fraction(sticky) < p.stickyRate()) {
            kind = kind(sticky >>> 17);
            if (attempt == 1) {
                stickyOperations.incrementAndGet();
            }
        } else {
            long once = hash(p.seed(), key, attempt);
            if (fraction(once) >= p.transientRate()) {
                return real;
            }
            kind = kind(once >>> 17);
        }
        injected.get(kind).incrementAndGet();
        return fault(kind, AwsProtocol.of(request), real, p.stallMillis());
    }

    private static FaultKind kind(long bits) {
        FaultKind[] all = FaultKind.values();
        return all[(int) Math.floorMod(bits, (long) all.length)];
    }

    private static ResponseDefinition fault(FaultKind kind, AwsProtocol protocol, ResponseDefinition real, int stallMillis) {
        return switch (kind) {
            case SERVER_ERROR -> ErrorReplies.serverError(protocol);
            case UNAVAILABLE -> ErrorReplies.unavailable(protocol);
            case THROTTLED -> ErrorReplies.throttled(protocol);
            case STALL -> ResponseDefinitionBuilder.like(real).withFixedDelay(stallMillis).build();
            case TRUNCATED -> {
                String body = real.getBody() == null ? "" : real.getBody();
                yield ResponseDefinitionBuilder.like(real).withBody(body.substring(0, body.length() / 2)).build();
            }
            case MALFORMED -> responseDefinition().withStatus(200).withHeader("Content-Type", "text/html")
                    .withBody("<html><body><h1>502 Bad Gateway</h1><p>The proxy could not reach the server.</body>").build();
            case UNREADABLE_ERROR -> responseDefinition().withStatus(500).withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Internal Server Error</body></html>").build();
            case CONNECTION_RESET -> responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
            case EMPTY_RESPONSE -> responseDefinition().withFault(Fault.EMPTY_RESPONSE).build();
            case RANDOM_DATA -> responseDefinition().withFault(Fault.RANDOM_DATA_THEN_CLOSE).build();
            case BAD_CHUNK -> responseDefinition().withFault(Fault.MALFORMED_RESPONSE_CHUNK).build();
        };
    }

    private static double fraction(long h) {
        return (h & 0xFFFFFF) / (double) 0x1000000;
    }

    private static long hash(long seed, String key, int attempt) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((seed + "|" + attempt + "|" + key)
                    .getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xFF);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
