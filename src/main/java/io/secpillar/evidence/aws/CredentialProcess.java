package io.secpillar.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A profile's {@code credential_process}, run as the AWS CLI runs it, but never waited on for ever: a command that
 * does not answer within the time limit is stopped with everything it started, and the profile is reported as
 * failing with the program's name. The SDK's own provider has no time limit. The keys it prints are kept until
 * a minute before they expire; its output and arguments never appear in a message (they may hold secrets).
 */
final class CredentialProcess implements AwsCredentialsProvider, SdkAutoCloseable {

    /** Like the SDK's own limit: credentials are a few hundred bytes, anything far longer is not credentials. */
    static final int OUTPUT_LIMIT = 64 * 1024;
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String profile;
    private final String command;
    private final Duration timeout;
    private final Clock clock;
    private AwsCredentials cached;
    private Optional<Instant> expires = Optional.empty();

    CredentialProcess(String profile, String command, Duration timeout, Clock clock) {
        this.profile = profile;
        this.command = command;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public synchronized AwsCredentials resolveCredentials() {
        if (cached != null && expires.map(e -> clock.instant().plus(REFRESH_BEFORE_EXPIRY).isBefore(e)).orElse(true)) {
            return cached;
        }
        String output = run();
        parse(output);
        return cached;
    }

    /** The program's file name: the first word of the command (quotes honoured), without its folder. */
    static String programName(String command) {
        String c = command.strip();
        String first;
        if (c.startsWith("\"") || c.startsWith("'")) {
            int end = c.indexOf(c.charAt(0), 1);
            first = end > 0 ? c.substring(1, end) : c.substring(1);
        } else {
            int space = c.indexOf(' ');
            first = space > 0 ? c.substring(0, space) : c;
        }
        int slash = Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\'));
        return slash >= 0 ? first.substring(slash + 1) : first;
    }

    private String run() {
        Process process;
        try {
            process = new ProcessBuilder(ProfileCredentialsFactory.shell(command))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            process.getOutputStream().close(); // it gets no input, as with the CLI when nothing is piped
        } catch (IOException e) {
            throw failed("could not be started");
        }
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readLimited(process.getInputStream()),
                CredentialProcess::daemon);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                throw failed("did not answer within " + seconds(timeout) + ", so it was stopped");
            }
            byte[] bytes = output.get(5, TimeUnit.SECONDS);
            if (process.exitValue() != 0) {
                throw failed("exited with code " + process.exitValue());
            }
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw AbortedException.create("cancelled while " + programName(command) + " was running");
        } catch (ExecutionException | TimeoutException e) {
            stop(process); // it exited but something it started still holds its output open
            throw failed("left its output open after exiting");
        }
    }

    private void parse(String output) {
        JsonNode json;
        try {
            json = JSON.readTree(output);
        } catch (IOException e) {
            throw notCredentials();
        }
        if (json == null || !json.isObject() || json.path("Version").asInt() != 1
                || json.path("AccessKeyId").asText("").isBlank() || json.path("SecretAccessKey").asText("").isBlank()) {
            throw notCredentials();
        }
        String id = json.get("AccessKeyId").asText();
        String secret = json.get("SecretAccessKey").asText();
        String token = json.path("SessionToken").asText("");
        Optional<Instant> expiration = Optional.empty();
        if (json.hasNonNull("Expiration")) {
            try {
                expiration = Optional.of(Instant.parse(json.get("Expiration").asText()));
            } catch (DateTimeException e) {
                throw notCredentials();
            }
        }
        if (expiration.isPresent() && !expiration.get().isAfter(clock.instant())) {
            throw failed("returned credentials that have already expired");
        }
        cached = token.isBlank() ? AwsBasicCredentials.create(id, secret) : AwsSessionCredentials.create(id, secret, token);
        expires = expiration;
    }

    private AwsProfileException notCredentials() {
        return failed("printed something other than credentials (JSON with Version 1, AccessKeyId and SecretAccessKey)");
    }

    private AwsProfileException failed(String what) {
        return new AwsProfileException(profile, "Profile " + profile + " could not get credentials from its"
                + " credential_process command: " + programName(command) + " " + what + ".");
    }

    /** Ends the command and whatever it started (a shell's children would otherwise live on). */
    private static void stop(Process process) {
        List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        all.add(process.toHandle());
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(2, TimeUnit.SECONDS); // so nothing it started outlives the message
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // the kill signal is sent; the system finishes it
            }
        }
    }

    private static byte[] readLimited(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes(OUTPUT_LIMIT);
            in.transferTo(java.io.OutputStream.nullOutputStream()); // drain the rest so the command can finish
            return bytes;
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "credential-process-output");
        t.setDaemon(true);
        t.start();
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    @Override
    public String toString() {
        return "credential_process of profile " + profile; // never the command line: it may carry secrets
    }

    @Override
    public void close() {
        // nothing runs between calls
    }
}
