package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.report.signing.Certificates;
import io.secpillar.report.signing.KeyType;
import io.secpillar.report.signing.SelfSignedCertificate;
import io.secpillar.report.signing.SigningKeyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "signing-certificate", mixinStandardHelpOptions = true,
        description = {"Show, create or export the workbench's self-signed report-signing certificate.",
                "Its password comes from $" + KeystorePassword.ENV + " or is asked for; never an argument."},
        footer = {"", "Examples:",
                "  secpillar signing-certificate --create --name \"Daniel Osei\" --organisation \"Northwind\"",
                "  secpillar signing-certificate --export northwind-signing.pem"})
final class SigningCertificateCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--create", description = "Create the key pair and certificate (password-protected).")
    boolean create;

    @Option(names = "--replace", description = "With --create: replace an existing certificate.")
    boolean replace;

    @Option(names = "--name", paramLabel = "NAME", description = "The signer's name (the certificate's common name).")
    String name;

    @Option(names = "--organisation", paramLabel = "ORG", description = "The signer's organisation.")
    String organisation;

    @Option(names = "--key-type", paramLabel = "TYPE", defaultValue = "RSA_3072",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    KeyType keyType;

    @Option(names = "--export", paramLabel = "FILE", description = "Write the certificate for the client: .pem, or .cer for DER.")
    Path export;

    @Spec
    CommandSpec spec;

    Function<String, String> env = System::getenv;
    KeystorePassword.Prompt prompt = KeystorePassword.CONSOLE;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            SelfSignedCertificate store = new SelfSignedCertificate(services.dataDirectory());
            if (create) {
                if (name == null || name.isBlank()) {
                    throw new UserFacingException("Give the signer's name with --name.");
                }
                char[] password = KeystorePassword.obtain(env, prompt, "New keystore password (8+ characters): ");
                try {
                    store.create(name, Optional.ofNullable(organisation), keyType, password,
                            services.reviews().clock().instant(), replace);
                } finally {
                    Arrays.fill(password, '\0');
                }
                o.println("Created the signing certificate in " + store.keystore());
            }
            if (export != null) {
                store.exportCertificate(export);
                o.println("Wrote the certificate to " + export.toAbsolutePath());
            }
            Optional<X509Certificate> cert = store.certificate();
            if (cert.isEmpty()) {
                o.println("No self-signed signing certificate yet. Create one with --create --name NAME.");
                return 0;
            }
            X509Certificate c = cert.get();
            o.println("Signer:       " + c.getSubjectX500Principal().getName());
            o.println("Key:          " + Certificates.keyDescription(c));
            o.println("Valid:        " + c.getNotBefore().toInstant() + " to " + c.getNotAfter().toInstant());
            o.println("SHA-256:      " + Certificates.fingerprintSha256(c));
            return 0;
        } catch (SigningKeyException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }
}
