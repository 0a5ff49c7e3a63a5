package io.secpillar.evidence.checks.account;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.account.model.AlternateContact;

import java.util.List;
import java.util.Optional;

/** The account's security alternate contact, empty when none is registered. */
public record AccountContactInventory(Fetched<Optional<AlternateContact>> securityContact) {

    static final String GET_ALTERNATE_CONTACT = "account:GetAlternateContact";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(GET_ALTERNATE_CONTACT);
}
