package io.secpillar.evidence.network;

import java.util.List;

/** A managed prefix list with the CIDR entries it holds (GetManagedPrefixListEntries). */
public record PrefixList(String id, List<String> cidrs) {

    public PrefixList {
        cidrs = List.copyOf(cidrs);
    }
}
