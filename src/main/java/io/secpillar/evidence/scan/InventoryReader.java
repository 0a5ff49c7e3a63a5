package io.secpillar.evidence.scan;

/**
 * Reads inventories from AWS, the port the AWS adapter fills with its collectors. A scan asks once per profile
 * and keeps the answer for the rest of the scan, so the reads of one profile share its clients and credentials.
 */
@FunctionalInterface
public interface InventoryReader {

    /**
     * The reads of one profile: each call of the returned source reads its inventory anew, in the target's region.
     * A profile that cannot work fails here or on the first read, with a message for the user.
     */
    InventorySource forProfile(String profile);
}
