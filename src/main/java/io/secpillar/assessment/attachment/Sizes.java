package io.secpillar.assessment.attachment;

import java.util.Locale;

/** File sizes as people read them: 812 bytes, 14.2 KB, 2.1 MB. */
public final class Sizes {

    private Sizes() {
    }

    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return String.format(Locale.ROOT, "%.1f KB", kb);
        }
        return String.format(Locale.ROOT, "%.1f MB", kb / 1024.0);
    }
}
