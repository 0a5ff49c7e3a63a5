package io.secpillar.assessment.attachment;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks a link before it is kept: http or https, a host, no user name or password in it, not too long. */
final class LinkCheck {

    static final int MAX_LINK = 2000;

    private LinkCheck() {
    }

    static String valid(String url) {
        String nothing = " Nothing was attached.";
        String text = url == null ? "" : url.strip();
        if (text.isEmpty()) {
            throw new InvalidAttachmentException("Give the link to attach." + nothing);
        }
        if (text.length() > MAX_LINK) {
            throw new InvalidAttachmentException("The link has " + text.length() + " characters; at most " + MAX_LINK
                    + " are kept." + nothing);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidAttachmentException("\"" + printable(text, 80) + "\" is not a valid link (" + e.getReason()
                    + ")." + nothing, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidAttachmentException("Only http and https links can be attached, not \""
                    + printable(text, 80) + "\"." + nothing);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidAttachmentException("The link \"" + printable(text, 80) + "\" names no host." + nothing);
        }
        if (uri.getRawUserInfo() != null) {
            // a user name or password in a link would end up in reports and hand-over files
            throw new InvalidAttachmentException("The link carries a user name or password; attach it without them."
                    + nothing);
        }
        return text;
    }

    /** Drops control characters (a name shows in lists and reports) and cuts to the length kept. */
    static String printable(String s, int max) {
        String clean = s.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
