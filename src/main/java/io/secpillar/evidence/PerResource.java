package io.secpillar.evidence;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The walk every per-resource check makes over a listing from its inventory: one COULD_NOT_ASSESS for the account
 * (naming the refused permission) when the listing could not be read, one NOT_APPLICABLE when there is nothing to
 * judge, else one finding per resource.
 */
public final class PerResource {

    private PerResource() {
    }

    /**
     * @param noun  what the listing holds, in the plural ("EBS volumes"); the NOT_APPLICABLE finding observes it as 0
     * @param none  the sentence of that finding, e.g. "The region has no EBS volumes."
     * @param judge the finding about one resource
     */
    public static <R> List<Finding> findings(String checkId, Target target, Fetched<List<R>> listing, String noun,
                                             String none, Function<R, Finding> judge) {
        if (!listing.isOk()) {
            return List.of(listing.couldNotAssess(checkId, target, target.accountId()));
        }
        if (listing.value().isEmpty()) {
            return List.of(new Finding(checkId, Status.NOT_APPLICABLE, target.accountId(), target.region(),
                    target.accountId(), none, Map.of(noun, "0"), ""));
        }
        return listing.value().stream().map(judge).toList();
    }
}
