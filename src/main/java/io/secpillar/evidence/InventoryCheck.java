package io.secpillar.evidence;

import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The shape of a check: its inventory type and metadata, given once to the constructor, and its
 * {@link #evaluate}. The helpers build findings under the check's own id. A class that differs from another only
 * in data is written once and registered several times, each registration with its own metadata and id.
 *
 * @param <I> the inventory it reads
 */
public abstract class InventoryCheck<I> implements Check<I> {

    private final Class<I> inventoryType;
    private final CheckMetadata metadata;

    /** The inventory type is the one the subclass names, as in {@code extends InventoryCheck<Ec2Inventory>}. */
    protected InventoryCheck(CheckMetadata metadata) {
        this.inventoryType = inventoryTypeOf(getClass());
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    @SuppressWarnings("unchecked")
    private static <I> Class<I> inventoryTypeOf(Class<?> check) {
        if (check.getGenericSuperclass() instanceof ParameterizedType type
                && type.getRawType() == InventoryCheck.class && type.getActualTypeArguments()[0] instanceof Class<?> c) {
            return (Class<I>) c;
        }
        throw new IllegalStateException(check.getName() + " must extend InventoryCheck<SomeInventory> directly");
    }

    /** {@link CheckMetadata#regional}, for the constructor's call of {@code super}. */
    protected static CheckMetadata regional(String id, String title, String service, Severity severity,
                                            List<String> operations, String remediation) {
        return CheckMetadata.regional(id, title, service, severity, operations, remediation);
    }

    /** {@link CheckMetadata#global}, for the constructor's call of {@code super}. */
    protected static CheckMetadata global(String id, String title, String service, Severity severity,
                                          List<String> operations, String remediation) {
        return CheckMetadata.global(id, title, service, severity, operations, remediation);
    }

    @Override
    public final CheckMetadata metadata() {
        return metadata;
    }

    @Override
    public final Class<I> inventoryType() {
        return inventoryType;
    }

    /** This check's id, e.g. {@code iam_root_mfa_enabled}. */
    protected final String id() {
        return metadata.id();
    }

    protected static Verdict pass(String reason, Map<String, String> observed, String proof) {
        return Verdict.pass(reason, observed, proof);
    }

    protected static Verdict fail(String reason, Map<String, String> observed, String proof) {
        return Verdict.fail(reason, observed, proof);
    }

    /** PASS when the condition holds, else FAIL. */
    protected static Verdict passIf(boolean pass, String reason, Map<String, String> observed, String proof) {
        return Verdict.passIf(pass, reason, observed, proof);
    }

    protected static Verdict notApplicable(String reason, Map<String, String> observed, String proof) {
        return Verdict.notApplicable(reason, observed, proof);
    }

    /** The finding about one resource of the target. */
    protected final Finding finding(Target target, String resourceId, Verdict verdict) {
        return verdict.about(id(), target, resourceId);
    }

    /** The one finding about the account itself (its id stands for the resource). */
    protected final List<Finding> accountFinding(Target target, Verdict verdict) {
        return List.of(finding(target, target.accountId(), verdict));
    }

    /** The one finding about the account judged from a read, or COULD_NOT_ASSESS for the account when it failed. */
    protected final <T> List<Finding> accountFinding(Fetched<T> read, Target target, Function<T, Verdict> judge) {
        return List.of(fromRead(read, target, target.accountId(), judge));
    }

    /** The one COULD_NOT_ASSESS finding for the account when a read it needs failed. */
    protected final List<Finding> couldNotAssess(Fetched<?> failed, Target target) {
        return List.of(failed.couldNotAssess(id(), target, target.accountId()));
    }

    /** The findings judged from a read, or the one COULD_NOT_ASSESS finding for the account when it failed. */
    protected final <T> List<Finding> fromRead(Fetched<T> read, Target target, Function<T, List<Finding>> judge) {
        return read.isOk() ? judge.apply(read.value()) : couldNotAssess(read, target);
    }

    /** The finding about one resource judged from a read of its own, or COULD_NOT_ASSESS for it when that failed. */
    protected final <T> Finding fromRead(Fetched<T> read, Target target, String resourceId, Function<T, Verdict> judge) {
        return read.isOk() ? finding(target, resourceId, judge.apply(read.value()))
                : read.couldNotAssess(id(), target, resourceId);
    }

    /** The one NOT_APPLICABLE finding where the service (e.g. "AWS Backup") has no endpoint in the region. */
    protected final List<Finding> notOffered(String service, Target target) {
        return accountFinding(target, notApplicable(service + " is not offered in " + target.region() + ".", Map.of(),
                ""));
    }

    /** {@link PerResource#findings} in a region: "The region has no {noun}." when the listing is empty. */
    protected final <R> List<Finding> perResource(Fetched<List<R>> listing, Target target, String noun,
                                                  Function<R, Finding> judge) {
        return PerResource.findings(id(), target, listing, noun, "The region has no " + noun + ".", judge);
    }
}
