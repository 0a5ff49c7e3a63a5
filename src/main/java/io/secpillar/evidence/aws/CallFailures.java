package io.secpillar.evidence.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words what went wrong with one AWS call: the HTTP status, AWS's error code and message, "the
 * reply could not be read", "timed out after 30 s", "the connection was closed", and how many attempts were made.
 * Never the SDK's own wording ("Unable to unmarshall response (…)"), and never request contents or credentials.
 */
final class CallFailures {

    private static final Pattern MILLIS = Pattern.compile("(\\d+) millis");

    private CallFailures() {
    }

    /** E.g. "HTTP 503 ServiceUnavailable: Please slow down (after 8 attempts)". */
    static String describe(Throwable failure) {
        return what(failure) + attempts(failure);
    }

    private static String what(Throwable failure) {
        if (failure instanceof AwsProfileException || failure instanceof WriteRefusedException) {
            return failure.getMessage(); // already our own words
        }
        if (failure instanceof AwsServiceException e) {
            return service(e);
        }
        if (failure instanceof ApiCallTimeoutException || failure instanceof ApiCallAttemptTimeoutException) {
            return timedOut(failure.getMessage());
        }
        if (has(failure, SocketTimeoutException.class)) {
            return "no reply came in time (the connection stayed silent)";
        }
        if (has(failure, UnknownHostException.class)) {
            return "the endpoint's name could not be resolved";
        }
        if (has(failure, ConnectException.class)) {
            return "the connection was refused";
        }
        if (unreadable(failure)) {
            return "the reply could not be read (it was cut short or is not in the format AWS uses)";
        }
        if (has(failure, EOFException.class) || has(failure, SocketException.class) || has(failure, IOException.class)) {
            return "the connection was closed before the reply was complete";
        }
        String message = failure instanceof SdkException s && s.rawMessage() != null ? s.rawMessage() : failure.getMessage();
        return "the call failed" + (message == null || message.isBlank() ? "" : " (" + firstLine(message) + ")");
    }

    private static String service(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        boolean hasCode = code != null && !code.isBlank() && !"null".equals(code);
        boolean hasMessage = message != null && !message.isBlank() && !"null".equals(message);
        StringBuilder sb = new StringBuilder("HTTP ").append(e.statusCode());
        if (hasCode) {
            sb.append(' ').append(code);
        }
        if (hasMessage) {
            sb.append(": ").append(firstLine(message));
        }
        if (!hasCode && !hasMessage) {
            sb.append("; the error reply could not be read");
        }
        return sb.toString();
    }

    static String timedOut(String sdkMessage) {
        Matcher m = MILLIS.matcher(String.valueOf(sdkMessage));
        if (!m.find()) {
            return "timed out";
        }
        long ms = Long.parseLong(m.group(1));
        return "timed out after " + (ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0));
    }

    /** The SDK's words for a body its parser could not read: an XML or JSON error underneath, or its own phrase. */
    private static boolean unreadable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            String message = String.valueOf(t.getMessage());
            if (type.startsWith("javax.xml.stream") || type.startsWith("com.fasterxml.jackson")
                    || type.contains("XMLStreamException") || message.startsWith("Unable to unmarshall")
                    || message.contains("Unable to parse") || message.contains("Unexpected end of")
                    || message.contains("ParseError")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String attempts(Throwable failure) {
        Integer n = failure instanceof SdkException s ? s.numAttempts() : null;
        return n != null && n > 1 ? " (after " + n + " attempts)" : "";
    }

    static boolean has(Throwable t, Class<? extends Throwable> type) {
        return cause(t, type).isPresent();
    }

    static <T extends Throwable> Optional<T> cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String s) {
        String line = s.strip();
        int cut = line.indexOf('\n');
        line = cut > 0 ? line.substring(0, cut).strip() : line;
        line = line.replaceAll("\\s*\\((Service|SDK Attempt Count|Status Code|Request ID)[^)]*\\)", "");
        return line.length() > 300 ? line.substring(0, 299) + "…" : line;
    }
}
