package io.secpillar.evidence.checks.account;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import software.amazon.awssdk.services.account.model.AlternateContact;

import java.util.List;
import java.util.Map;

/**
 * A security alternate contact is registered, so AWS can reach the security team about this account. The
 * proof masks the e-mail address and phone number: the report needs to show they exist, not spread them.
 */
public final class AccountSecurityContactInformationIsRegistered implements Check<AccountContactInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("account_security_contact_information_is_registered",
            "A security contact is registered for the account", "account", Scope.GLOBAL, Severity.MEDIUM,
            AccountContactInventory.OPERATIONS,
            "Register a security alternate contact (a team mailbox and an on-call number, not a person) in the "
                    + "account settings, or for every member account from the management account.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<AccountContactInventory> inventoryType() {
        return AccountContactInventory.class;
    }

    @Override
    public List<Finding> evaluate(AccountContactInventory inventory, Target target) {
        if (!inventory.securityContact().isOk()) {
            return List.of(inventory.securityContact().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        if (inventory.securityContact().value().isEmpty()) {
            return List.of(new Finding(METADATA.id(), Status.FAIL, target.accountId(), target.region(),
                    target.accountId(), "No security alternate contact is registered.", Map.of("securityContact",
                    "none"), "GetAlternateContact (SECURITY): ResourceNotFoundException"));
        }
        AlternateContact contact = inventory.securityContact().value().get();
        String masked = "Name=" + contact.name() + ", Title=" + contact.title() + ", EmailAddress="
                + Masking.email(contact.emailAddress()) + ", PhoneNumber=" + Masking.phone(contact.phoneNumber());
        return List.of(new Finding(METADATA.id(), Status.PASS, target.accountId(), target.region(),
                target.accountId(), "A security contact is registered (" + contact.name() + ").",
                Map.of("securityContact", "registered", "email", Masking.email(contact.emailAddress())),
                "GetAlternateContact (SECURITY): " + masked));
    }
}
