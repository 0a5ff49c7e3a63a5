package io.secpillar.evidence.aws;

import io.secpillar.evidence.InventoryUnavailableException;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.scan.InventoryReader;
import io.secpillar.evidence.scan.InventorySource;

import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The scan's way into AWS: each inventory is read by the collector registered for its type, with the read-only
 * clients of the profile being scanned. The clients of a profile are asked for once per scan.
 */
public final class AwsInventoryReader implements InventoryReader {

    private final Map<Class<?>, InventoryCollector<?>> collectors = new HashMap<>();
    private final Function<String, AwsClients> clientsOfProfile;

    /** @param clientsOfProfile e.g. {@code DefaultAwsAccess::clients} */
    public AwsInventoryReader(List<InventoryCollector<?>> collectors, Function<String, AwsClients> clientsOfProfile) {
        for (InventoryCollector<?> collector : collectors) {
            if (this.collectors.putIfAbsent(collector.type(), collector) != null) {
                throw new IllegalArgumentException("two collectors for " + collector.type().getName());
            }
        }
        this.clientsOfProfile = clientsOfProfile;
    }

    @Override
    public InventorySource forProfile(String profile) {
        AwsClients clients = clientsOfProfile.apply(profile);
        return new InventorySource() {
            @Override
            public <I> I inventory(Class<I> type, Target target) {
                return type.cast(collect(type, clients, target));
            }
        };
    }

    private Object collect(Class<?> type, AwsClients clients, Target target) {
        InventoryCollector<?> collector = collectors.get(type);
        if (collector == null) {
            throw new IllegalStateException("no collector is registered for " + type.getSimpleName());
        }
        Object inventory;
        try {
            inventory = collector.collect(clients, target);
        } catch (AbortedException e) {
            throw new AwsCalls.Cancelled(e);
        } catch (SdkException | UncheckedIOException e) {
            // a call made outside AwsCalls.fetch, or a reply stream that broke while a collector read it
            throw new InventoryUnavailableException(AwsCalls.describe(e), e);
        }
        if (inventory == null) {
            throw new IllegalStateException(collector.getClass().getSimpleName() + " returned no inventory");
        }
        return inventory;
    }
}
