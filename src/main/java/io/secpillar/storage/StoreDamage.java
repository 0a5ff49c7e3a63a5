package io.secpillar.storage;

import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells damage in the database file apart from other database failures. H2 reports damage as "file corrupted"
 * (90030), or as a general error (50000) whose cause is an MVStore page, chunk or block that cannot be read.
 */
final class StoreDamage {

    private static final Set<Integer> DAMAGE = Set.of(DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_CHUNK_NOT_FOUND,
            DataUtils.ERROR_BLOCK_NOT_FOUND, DataUtils.ERROR_READING_FAILED, DataUtils.ERROR_UNKNOWN_DATA_TYPE,
            DataUtils.ERROR_TRANSACTION_CORRUPT, DataUtils.ERROR_SERIALIZATION);

    /** The plain words for H2's complaints about unreadable pages, chunks and records. */
    static final String PART_UNREADABLE = "part of the file can no longer be read";

    private StoreDamage() {
    }

    static boolean isDamage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return true;
            }
            if (t instanceof MVStoreException m && DAMAGE.contains(m.getErrorCode())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** H2's first line without its "[90030-252]" error suffix, for the technical detail in a message. */
    static String detail(Throwable failure) {
        String m = String.valueOf(failure.getMessage());
        int cut = m.indexOf('\n');
        m = (cut > 0 ? m.substring(0, cut) : m).replaceAll("\\s*\\[\\d+-\\d+]$", "").strip();
        return m.length() > 200 ? m.substring(0, 199) + "…" : m;
    }
}
