package io.secpillar.cli;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.aws.ReadOnlyPolicy;
import io.secpillar.evidence.checks.CheckCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "policy", mixinStandardHelpOptions = true,
        description = {"Print the least-privilege IAM policy that the evidence checks need (read-only).",
                "Attach it to the role or user the client gives you for the review."})
final class PolicyCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "Write the policy to FILE instead of printing it.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<CheckMetadata> checks = CheckCatalog.all().stream().map(Check::metadata).toList();
        String policy = ReadOnlyPolicy.json(checks);
        if (out == null) {
            spec.commandLine().getOut().print(policy);
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, policy, StandardCharsets.UTF_8);
        } catch (IOException | UnsupportedOperationException e) {
            throw new UserFacingException("Cannot write the policy to " + out + ": " + reason(e), e);
        }
        spec.commandLine().getOut().printf("Wrote the read-only policy (%d actions for %d checks) to %s%n",
                ReadOnlyPolicy.actions(checks).size(), checks.size(), out);
        return 0;
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied.";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a folder.";
        }
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return f.getFile() + " does not exist and cannot be created.";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason() + ".";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
