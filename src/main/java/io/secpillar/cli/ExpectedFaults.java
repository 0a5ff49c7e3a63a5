package io.secpillar.cli;

import io.secpillar.assessment.InvalidWorkloadException;
import io.secpillar.assessment.NoSuchWorkloadException;
import io.secpillar.assessment.attachment.InvalidAttachmentException;
import io.secpillar.assessment.handover.AlreadyHereException;
import io.secpillar.assessment.handover.HandoverFileException;
import io.secpillar.assessment.handover.MergeConflictException;
import io.secpillar.assessment.improvement.InvalidImprovementException;
import io.secpillar.assessment.milestone.InvalidMilestoneException;
import io.secpillar.evidence.aws.AwsProfileException;
import io.secpillar.evidence.scan.ScanSetupException;
import io.secpillar.report.pdf.ReportExportException;
import io.secpillar.report.signing.SigningKeyException;
import io.secpillar.storage.StorageException;
import io.secpillar.storage.StoreUnavailableException;

import java.util.List;
import java.util.Optional;

/**
 * The faults a command can meet in normal use (a damaged or busy store, a broken AWS profile, a wrong keystore
 * password…): each already carries a sentence for the user, printed without a stack trace with exit code 2,
 * even when some layer wrapped it on the way up. Anything else is a bug and keeps its stack trace.
 */
final class ExpectedFaults {

    static final int CANNOT_RUN = 2;

    private static final List<Class<? extends Throwable>> USER_FACING = List.of(UserFacingException.class,
            StoreUnavailableException.class, StorageException.class, InvalidWorkloadException.class,
            NoSuchWorkloadException.class, AwsProfileException.class, ScanSetupException.class,
            SigningKeyException.class, ReportExportException.class, HandoverFileException.class,
            AlreadyHereException.class, MergeConflictException.class, InvalidMilestoneException.class,
            InvalidImprovementException.class, InvalidAttachmentException.class);

    private ExpectedFaults() {
    }

    /** The sentence of the first expected fault in the cause chain, if there is one. */
    static Optional<String> sentence(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            Throwable current = t;
            if (USER_FACING.stream().anyMatch(type -> type.isInstance(current)) && current.getMessage() != null) {
                return Optional.of(current.getMessage());
            }
        }
        return Optional.empty();
    }
}
