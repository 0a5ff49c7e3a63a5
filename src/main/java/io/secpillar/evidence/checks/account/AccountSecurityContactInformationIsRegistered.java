package io.secpillar.evidence.checks.account;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.account.AccountContactInventory;

import java.util.List;
import java.util.Map;

/**
 * A security alternate contact is registered, so AWS can reach the security team about this account. The
 * proof masks the e-mail address and phone number: the report needs to show they exist, not spread them.
 */
public final class AccountSecurityContactInformationIsRegistered extends InventoryCheck<AccountContactInventory> {

    public AccountSecurityContactInformationIsRegistered() {
        super(global("account_security_contact_information_is_registered", "A security contact is registered for the "
                + "account", "account", Severity.MEDIUM, AccountContactInventory.OPERATIONS, "Register a security "
                + "alternate contact (a team mailbox and an on-call number, not a person) in the account settings, or "
                + "for every member account from the management account."));
    }

    @Override
    public List<Finding> evaluate(AccountContactInventory inventory, Target target) {
        return accountFinding(inventory.securityContact(), target, contact -> contact.map(c -> {
            String email = Masking.email(c.emailAddress());
            return pass("A security contact is registered (" + c.name() + ").",
                    Map.of("securityContact", "registered", "email", email), "GetAlternateContact (SECURITY): Name="
                    + c.name() + ", Title=" + c.title() + ", EmailAddress=" + email + ", PhoneNumber="
                    + Masking.phone(c.phoneNumber()));
        }).orElseGet(() -> fail("No security alternate contact is registered.",
                Map.of("securityContact", "none"), "GetAlternateContact (SECURITY): ResourceNotFoundException")));
    }
}
