package io.secpillar.evidence.aws;

import io.secpillar.evidence.AccountScope;
import io.secpillar.evidence.InventorySource;
import io.secpillar.evidence.InventoryUnavailableException;
import io.secpillar.evidence.ScanPlan;
import io.secpillar.evidence.Target;

import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Inventories for one scan, collected through the catalog's collectors on first request and kept for the rest
 * of the scan: each inventory is read once per account and place, whoever asks. Region "global" is collected
 * in the account's home region (us-east-1 when selected) and cached as "global".
 */
public final class CatalogInventorySource implements InventorySource {

    private record Key(String accountId, String place, Class<?> type) { }

    private final Map<Class<?>, InventoryCollector<?>> collectors = new HashMap<>();
    private final Map<String, AccountScope> accounts = new HashMap<>();
    private final Function<String, AwsClients> clientsForProfile;
    private final Map<String, AwsClients> clients = new ConcurrentHashMap<>();
    private final Map<Key, FutureTask<Object>> cache = new ConcurrentHashMap<>();

    public CatalogInventorySource(List<InventoryCollector<?>> collectors, Function<String, AwsClients> clientsForProfile,
                                  ScanPlan plan) {
        for (InventoryCollector<?> collector : collectors) {
            if (this.collectors.putIfAbsent(collector.type(), collector) != null) {
                throw new IllegalArgumentException("two collectors for " + collector.type().getName());
            }
        }
        plan.accounts().forEach(a -> accounts.put(a.accountId(), a));
        this.clientsForProfile = clientsForProfile;
    }

    @Override
    public <I> I inventory(Class<I> type, Target target) {
        Key key = new Key(target.accountId(), target.region(), type);
        FutureTask<Object> task = cache.get(key);
        boolean mine = false;
        if (task == null) {
            FutureTask<Object> fresh = new FutureTask<>(() -> collect(type, target));
            task = cache.putIfAbsent(key, fresh);
            if (task == null) {
                task = fresh;
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return type.cast(task.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsCalls.Cancelled(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AwsCalls.Cancelled) {
                cache.remove(key, task); // a later scan step may try again; a cancel is no answer
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** How many inventories were collected (each once). */
    public int collectedCount() {
        return cache.size();
    }

    private Object collect(Class<?> type, Target target) {
        InventoryCollector<?> collector = collectors.get(type);
        if (collector == null) {
            throw new IllegalStateException("no collector is registered for " + type.getSimpleName());
        }
        Target callTarget = target;
        if (Target.GLOBAL_REGION.equals(target.region())) {
            AccountScope account = accounts.get(target.accountId());
            if (account == null) {
                throw new IllegalStateException("account " + target.accountId() + " is not part of this scan");
            }
            callTarget = account.target(account.homeRegion());
        }
        AwsClients forProfile = clients.computeIfAbsent(target.profile(), clientsForProfile);
        Object inventory;
        try {
            inventory = collector.collect(forProfile, callTarget);
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
