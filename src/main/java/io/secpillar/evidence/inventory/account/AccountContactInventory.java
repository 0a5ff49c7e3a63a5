package io.secpillar.evidence.inventory.account;

import io.secpillar.evidence.Fetched;

import java.util.List;
import java.util.Optional;

/** The account's security alternate contact, empty when none is registered. */
public record AccountContactInventory(Fetched<Optional<SecurityContact>> securityContact) {

    public static final String GET_ALTERNATE_CONTACT = "account:GetAlternateContact";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(GET_ALTERNATE_CONTACT);

    /** Who AWS reaches about security matters; checks show the e-mail address and phone number masked. */
    public record SecurityContact(String name, String title, String emailAddress, String phoneNumber) {
    }
}
