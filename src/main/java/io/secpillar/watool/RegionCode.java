package io.secpillar.watool;

import java.util.regex.Pattern;

/** Whether a text is an AWS region code such as eu-central-1: checked before a WA Tool client is built for it. */
public final class RegionCode {

    private static final Pattern CODE = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    private RegionCode() {
    }

    public static boolean isValid(String text) {
        return text != null && CODE.matcher(text.strip()).matches();
    }
}
