package io.secpillar.evidence.scan;

import io.secpillar.evidence.Target;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Inventories for one scan, read through the catalog's {@link InventoryReader} on first request and kept for the
 * rest of the scan: each inventory is read once per account and place, whoever asks. Region "global" is collected
 * in the account's home region (us-east-1 when selected) and cached as "global".
 */
public final class CatalogInventorySource implements InventorySource {

    private record Key(String accountId, String place, Class<?> type) { }

    private final Map<String, AccountScope> accounts = new HashMap<>();
    private final InventoryReader reader;
    private final Map<String, InventorySource> readsOfProfile = new ConcurrentHashMap<>();
    private final Map<Key, FutureTask<Object>> cache = new ConcurrentHashMap<>();

    public CatalogInventorySource(InventoryReader reader, ScanPlan plan) {
        plan.accounts().forEach(a -> accounts.put(a.accountId(), a));
        this.reader = reader;
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
            throw cancelled(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException) {
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
        Target callTarget = target;
        if (Target.GLOBAL_REGION.equals(target.region())) {
            AccountScope account = accounts.get(target.accountId());
            if (account == null) {
                throw new IllegalStateException("account " + target.accountId() + " is not part of this scan");
            }
            callTarget = account.target(account.homeRegion());
        }
        InventorySource reads = readsOfProfile.computeIfAbsent(target.profile(), reader::forProfile);
        Object inventory = reads.inventory(type, callTarget);
        if (inventory == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " was read");
        }
        return inventory;
    }

    private static CancellationException cancelled(InterruptedException e) {
        CancellationException cancelled = new CancellationException("cancelled");
        cancelled.initCause(e);
        return cancelled;
    }
}
