package io.secpillar.assessment.attachment;

import io.secpillar.assessment.Actor;
import io.secpillar.assessment.CanonicalJson;
import io.secpillar.assessment.IoProblems;
import io.secpillar.assessment.Change;
import io.secpillar.assessment.ChangeJournal;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.PracticeRef;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.Sha256;
import io.secpillar.assessment.attachment.port.AttachmentRepository;
import io.secpillar.pillar.LoadedLens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Attaching documents and links to best practices, listing them, reading a file back, and removing one. A file
 * that cannot be read, is too large or is not a file is refused with a sentence and nothing is stored.
 */
public final class AttachmentService {

    /** 50 MB: a penetration-test report with screenshots fits; a disk image does not belong here. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final AttachmentRepository repository;
    private final ReviewService reviews;
    private final ChangeJournal journal;
    private final Clock clock;

    public AttachmentService(AttachmentRepository repository, ReviewService reviews, Clock clock) {
        this.repository = repository;
        this.reviews = reviews;
        this.journal = reviews.journal();
        this.clock = clock;
    }

    /** Reads the file whole (at most 50 MB), hashes it and stores it beside the practice. */
    public Attachment attachFile(long workloadId, String practiceLabel, Path file) {
        practice(workloadId, practiceLabel);
        byte[] bytes = read(file);
        return attachBytes(workloadId, practiceLabel, file.getFileName() == null ? file.toString()
                : file.getFileName().toString(), bytes);
    }

    /** Stores bytes already read (e.g. dropped onto the window) as a file attachment named {@code name}. */
    public Attachment attachBytes(long workloadId, String practiceLabel, String name, byte[] bytes) {
        PracticeRef practice = practice(workloadId, practiceLabel);
        if (bytes.length == 0 || bytes.length > MAX_FILE_BYTES) {
            throw new InvalidAttachmentException(name + (bytes.length == 0 ? " is empty." : " is larger than 50 MB.")
                    + " Nothing was attached.");
        }
        String sha = Sha256.hex(bytes);
        return add(workloadId, practice, Attachment.Kind.FILE, LinkCheck.printable(name, 255), bytes.length,
                Optional.of(sha), Optional.empty(), Optional.of(bytes));
    }

    /** A link to where the document lives (an intranet page, a ticket); only http and https, without credentials. */
    public Attachment attachLink(long workloadId, String practiceLabel, String url, String title) {
        PracticeRef practice = practice(workloadId, practiceLabel);
        String link = LinkCheck.valid(url);
        String name = title == null || title.isBlank() ? LinkCheck.printable(link, 255) : LinkCheck.printable(title, 255);
        return add(workloadId, practice, Attachment.Kind.LINK, name, 0, Optional.empty(), Optional.of(link), Optional.empty());
    }

    public List<Attachment> list(long workloadId) {
        return repository.forWorkload(workloadId);
    }

    /** The attachments shown beside one practice. */
    public List<Attachment> forPractice(long workloadId, String questionId, String choiceId) {
        return list(workloadId).stream().filter(a -> a.questionId().equals(questionId) && a.choiceId().equals(choiceId))
                .toList();
    }

    public Optional<Attachment> find(long attachmentId) {
        return repository.find(attachmentId);
    }

    /** The file's bytes, checked against its SHA-256 (so what opens is what was attached). */
    public byte[] content(long attachmentId) {
        Attachment a = existing(attachmentId);
        String sha = a.sha256().orElseThrow(() -> new InvalidAttachmentException(a.describe() + " is a link, not a file."));
        byte[] bytes = repository.content(sha).orElseThrow(() -> new InvalidAttachmentException(
                "The content of " + a.describe() + " is missing from the data store."));
        if (!Sha256.hex(bytes).equals(sha)) {
            throw new InvalidAttachmentException("The stored content of " + a.describe()
                    + " no longer matches its SHA-256: it was changed outside the workbench.");
        }
        return bytes;
    }

    /** The question to ask before removing, e.g. "Remove “plan.pdf” (1.2 MB) from SEC10-BP01? …". */
    public String removalQuestion(long attachmentId) {
        Attachment a = existing(attachmentId);
        String where = label(a);
        return "Remove " + a.describe() + " from " + where + "?" + (a.kind() == Attachment.Kind.FILE
                ? " The file is deleted from the data store; milestones keep only its name and hash." : "");
    }

    public void remove(long attachmentId) {
        Attachment a = existing(attachmentId);
        journal.write(entries -> {
            repository.remove(attachmentId);
            entries.record(a.workloadId(), Change.of(ChangeKind.ATTACHMENT_REMOVED, a.uid(),
                    label(a) + ": removed " + a.describe(), state(a, label(a)), ""));
            return null;
        });
    }

    private Attachment add(long workloadId, PracticeRef practice, Attachment.Kind kind, String name, long size,
                           Optional<String> sha, Optional<String> link, Optional<byte[]> bytes) {
        return journal.write(entries -> {
            Actor actor = journal.actor();
            Attachment a = repository.add(new Attachment(0, UUID.randomUUID().toString(), workloadId, practice.questionId(),
                    practice.choiceId(), kind, name, size, sha, link, actor.reviewer(), actor.osUser(), clock.instant()), bytes);
            entries.record(workloadId, Change.of(ChangeKind.ATTACHMENT_ADDED, a.uid(), practice.label() + ": attached "
                    + a.describe() + sha.map(h -> ", SHA-256 " + h).orElse(""), "", state(a, practice.label())));
            return a;
        });
    }

    private PracticeRef practice(long workloadId, String label) {
        LoadedLens lens = reviews.open(workloadId).lens();
        return PracticeRef.find(lens, label).orElseThrow(() -> new InvalidAttachmentException("\"" + label
                + "\" is not a best practice of this review's lens (for example SEC10-BP01). Nothing was attached."));
    }

    private String label(Attachment a) {
        return reviews.open(a.workloadId()).lens().practiceLabel(a.questionId(), a.choiceId());
    }

    private Attachment existing(long id) {
        return repository.find(id).orElseThrow(() -> new InvalidAttachmentException("There is no attachment " + id + "."));
    }

    private static String state(Attachment a, String practiceLabel) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("practice", practiceLabel);
        m.put("kind", a.kind().name());
        m.put("name", a.name());
        m.put("size", Long.toString(a.size()));
        m.put("sha256", a.sha256().orElse(""));
        m.put("link", a.link().orElse(""));
        return CanonicalJson.fields(m);
    }

    static byte[] read(Path file) {
        String nothing = " Nothing was attached.";
        if (Files.isDirectory(file)) {
            throw new InvalidAttachmentException(file + " is a folder, not a file." + nothing);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InvalidAttachmentException(file.getFileName() + " has " + String.format(java.util.Locale.ROOT,
                        "%,d", size) + " bytes; attachments can have at most 50 MB (" + String.format(java.util.Locale.ROOT,
                        "%,d", MAX_FILE_BYTES) + " bytes). Attach a link to where it is kept instead." + nothing);
            }
            if (size == 0) {
                throw new InvalidAttachmentException(file.getFileName() + " is empty." + nothing);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw new InvalidAttachmentException(file.getFileName() + " grew past 50 MB while it was read." + nothing);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InvalidAttachmentException("There is no file " + file + "." + nothing, e);
        } catch (IOException e) {
            throw new InvalidAttachmentException("The file " + file + " cannot be read: " + IoProblems.describe(e) + "."
                    + nothing, e);
        }
    }
}
