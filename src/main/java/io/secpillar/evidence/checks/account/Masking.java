package io.secpillar.evidence.checks.account;

/** Shortens contact details for evidence: enough to recognise them, not enough to harvest them. */
final class Masking {

    private Masking() {
    }

    /** "security@example.com" becomes "s***@example.com". */
    static String email(String email) {
        if (email == null || email.isBlank()) {
            return "none";
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    /** "+1 206 555 0100" becomes "***00". */
    static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "none";
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return "***" + (digits.length() >= 2 ? digits.substring(digits.length() - 2) : "");
    }
}
