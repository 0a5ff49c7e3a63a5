package io.secpillar.assessment.audit;

import io.secpillar.assessment.Actor;
import io.secpillar.assessment.CanonicalJson;
import io.secpillar.assessment.Change;
import io.secpillar.assessment.ChangeJournal;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.audit.port.AuditRepository;
import io.secpillar.assessment.port.Transactions;
import io.secpillar.questionnaire.Answer;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The audit trail: records every change to a workload on its hash chain, in the transaction of the change, one
 * writer at a time (so two records never claim the same place), and reads the chain back for the screens.
 */
public final class AuditTrail implements ChangeJournal {

    private final AuditRepository repository;
    private final Transactions transactions;
    private final Supplier<Actor> actor;
    private final Clock clock;
    private final ReentrantLock writer = new ReentrantLock();

    public AuditTrail(AuditRepository repository, Transactions transactions, Supplier<Actor> actor, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public <T> T write(Function<Entries, T> work) {
        writer.lock();
        try {
            return transactions.inTransaction(() -> work.apply(this::append));
        } finally {
            writer.unlock();
        }
    }

    @Override
    public <T> T writeLarge(Function<Entries, T> work) {
        writer.lock();
        try {
            return transactions.inLargeTransaction(() -> work.apply(this::append));
        } finally {
            writer.unlock();
        }
    }

    @Override
    public Actor actor() {
        return actor.get();
    }

    private void append(long workloadId, Change change) {
        Actor who = actor.get();
        String reviewer = change.reviewer().orElse(who.reviewer());
        AuditRecord record = new AuditRecordHasher().seal(repository.head(workloadId), clock.instant(), change,
                reviewer, who.osUser());
        repository.append(workloadId, record);
    }

    /** Copies a chain as it is (from a hand-over file) under a workload that has none yet. */
    public void adopt(long workloadId, List<AuditRecord> records) {
        write(entries -> {
            if (repository.head(workloadId).records() > 0) {
                throw new IllegalStateException("workload " + workloadId + " already has an audit trail");
            }
            repository.appendAll(workloadId, records);
            return null;
        });
    }

    public ChainHead head(long workloadId) {
        return repository.head(workloadId);
    }

    /** The newest records first, a page at a time. */
    public List<AuditRecord> latest(long workloadId, int offset, int limit) {
        return repository.latest(workloadId, offset, limit);
    }

    /** Every record about one question (by question id), oldest first: the history shown beside the question. */
    public List<AuditRecord> aboutQuestion(long workloadId, String questionId) {
        return repository.about(workloadId, questionId);
    }

    public List<AuditRecord> about(long workloadId, String subject) {
        return repository.about(workloadId, subject);
    }

    /** Every record in order; for exports (a chain can be long: use it off the UI thread). */
    public List<AuditRecord> all(long workloadId) {
        List<AuditRecord> records = new java.util.ArrayList<>();
        repository.forEach(workloadId, records::add);
        return records;
    }

    /**
     * Starts the chain of workloads made before the trail existed: their details and answers as found, so that
     * from now on every change is on record and verification has a state to start from.
     */
    public int startMissingTrails(ReviewService reviews) {
        List<Long> missing = repository.workloadsWithoutTrail();
        for (long workloadId : missing) {
            ReviewSnapshot snapshot = reviews.open(workloadId);
            write(entries -> {
                if (repository.head(workloadId).records() > 0) {
                    return null;
                }
                entries.record(workloadId, Change.of(ChangeKind.TRAIL_STARTED, "workload",
                        "Audit trail started; the records that follow show the review as it was then", "", ""));
                entries.record(workloadId, Change.of(ChangeKind.WORKLOAD_BASELINE, "workload", "Workload details as found",
                        "", CanonicalJson.workload(snapshot.workload().draft())));
                for (Answer a : snapshot.answers().values()) {
                    entries.record(workloadId, new Change(ChangeKind.ANSWER_BASELINE, a.questionId(),
                            snapshot.lens().questionLabel(a.questionId()) + ": answer as found", "",
                            CanonicalJson.answer(a), java.util.Optional.of(a.changedBy())));
                }
                return null;
            });
        }
        return missing.size();
    }
}
