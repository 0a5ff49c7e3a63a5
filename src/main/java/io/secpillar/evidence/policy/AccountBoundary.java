package io.secpillar.evidence.policy;

import java.util.Set;

/**
 * What counts as "inside" when asking who outside can use a resource: the owning account, other accounts and
 * organizations the reviewer trusts, and the VPC endpoints and VPCs known to belong to the account (a request
 * through one of them comes from inside). Everything else is outside.
 */
public record AccountBoundary(String ownerAccount, Set<String> trustedAccounts, Set<String> trustedOrganizations,
                              Set<String> trustedVpcEndpoints, Set<String> trustedVpcs) {

    public AccountBoundary {
        trustedAccounts = Set.copyOf(trustedAccounts);
        trustedOrganizations = Set.copyOf(trustedOrganizations);
        trustedVpcEndpoints = Set.copyOf(trustedVpcEndpoints);
        trustedVpcs = Set.copyOf(trustedVpcs);
    }

    /** Only the owning account is inside. */
    public static AccountBoundary of(String ownerAccount) {
        return new AccountBoundary(ownerAccount, Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** The owning account and the accounts of its organization are inside. */
    public AccountBoundary withOrganization(String organizationId) {
        return new AccountBoundary(ownerAccount, trustedAccounts, Set.of(organizationId), trustedVpcEndpoints,
                trustedVpcs);
    }

    public AccountBoundary withVpcEndpoints(Set<String> endpoints, Set<String> vpcs) {
        return new AccountBoundary(ownerAccount, trustedAccounts, trustedOrganizations, endpoints, vpcs);
    }

    boolean trustsAccount(String account) {
        return ownerAccount.equals(account) || trustedAccounts.contains(account);
    }
}
