package io.secpillar.evidence.aws.account;

import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.account.AccountContactInventory;
import io.secpillar.evidence.inventory.account.AccountContactInventory.SecurityContact;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.account.model.AlternateContact;
import software.amazon.awssdk.services.account.model.AlternateContactType;
import software.amazon.awssdk.services.account.model.ResourceNotFoundException;

import java.util.Optional;

/**
 * Reads the security alternate contact of the calling account. The Account API answers
 * ResourceNotFoundException when no such contact was ever set: a fact, not an error.
 */
public final class AccountContactCollector implements InventoryCollector<AccountContactInventory> {

    @Override
    public Class<AccountContactInventory> type() {
        return AccountContactInventory.class;
    }

    @Override
    public AccountContactInventory collect(AwsClients clients, Target target) {
        AccountClient account = clients.client(AccountClient.class, target.region());
        return new AccountContactInventory(AwsCalls.fetch(AccountContactInventory.GET_ALTERNATE_CONTACT,
                () -> securityContact(account)));
    }

    private static Optional<SecurityContact> securityContact(AccountClient account) {
        try {
            AlternateContact c = account.getAlternateContact(r -> r.alternateContactType(AlternateContactType.SECURITY))
                    .alternateContact();
            return Optional.of(new SecurityContact(c.name(), c.title(), c.emailAddress(), c.phoneNumber()));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }
}
