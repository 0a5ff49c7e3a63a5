package io.secpillar.report;

import io.secpillar.evidence.EvidenceRunInfo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks account ids and resource names throughout a report model, for the copy that goes to a board or an
 * insurer: {@code 111122223333} becomes {@code 1111••••3333}, {@code arn:aws:s3:::velvet-logs} becomes
 * {@code arn:aws:s3:::vel•••}. Free text (notes, reasons) is masked too: every account id and ARN in it, and
 * every resource name the evidence knows. Masking is idempotent, and the masked model is all the renderer sees,
 * so the pages, the bookmarks and the data carried inside the report agree.
 */
public final class ReportMasking {

    static final String HIDDEN = "•••";
    private static final Pattern ACCOUNT = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");
    private static final Pattern MASKED_ACCOUNT = Pattern.compile("[0-9]{4}••••[0-9]{4}");
    /** Words of free text: separated by blanks, brackets, quotes and the punctuation that surrounds values. */
    private static final Pattern WORD = Pattern.compile("[^\\s,;()\\[\\]{}\"'<>=]+");
    /** Shorter names are too likely to be ordinary words ("root", "main") to be replaced in free text. */
    private static final int MIN_NAME = 5;

    private final Map<String, String> known = new HashMap<>();

    private ReportMasking() {
    }

    public static ReportModel mask(ReportModel m) {
        ReportMasking masking = new ReportMasking();
        masking.learn(m);
        return masking.apply(m);
    }

    /** {@code 111122223333} as {@code 1111••••3333}; anything else that stands for an account as a name. */
    public static String account(String id) {
        if (MASKED_ACCOUNT.matcher(id).matches()) {
            return id;
        }
        if (id.length() == 12 && id.chars().allMatch(Character::isDigit)) {
            return id.substring(0, 4) + "••••" + id.substring(8);
        }
        return id.isEmpty() ? id : name(id);
    }

    /** An ARN keeps its partition, service, region and resource type; its account and name are masked. */
    public static String resource(String id) {
        if (id.startsWith("arn:")) {
            String[] parts = id.split(":", 6);
            if (parts.length == 6) {
                parts[4] = parts[4].isEmpty() ? "" : account(parts[4]);
                parts[5] = resourcePart(parts[5]);
                return String.join(":", parts);
            }
        }
        if (ACCOUNT.matcher(id).matches()) {
            return account(id);
        }
        return id.isEmpty() ? id : name(id);
    }

    private static String resourcePart(String part) {
        int slash = part.indexOf('/');
        int colon = part.indexOf(':');
        int cut = slash >= 0 && (colon < 0 || slash < colon) ? slash : colon;
        return cut >= 0 ? part.substring(0, cut + 1) + name(part.substring(cut + 1)) : name(part);
    }

    /** The first three characters and a mark: enough for the security team to recognise, not to look up. */
    static String name(String name) {
        if (name.endsWith(HIDDEN)) {
            return name;
        }
        return (name.length() <= 3 ? "" : name.substring(0, 3)) + HIDDEN;
    }

    /** Free text with every known account id, resource and resource name masked, and any ARN or account id. */
    String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher words = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (words.find()) {
            words.appendReplacement(out, Matcher.quoteReplacement(word(words.group())));
        }
        words.appendTail(out);
        return out.toString();
    }

    private String word(String word) {
        int end = word.length();
        while (end > 0 && ".:!?".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        String core = word.substring(0, end);
        String tail = word.substring(end);
        String masked = known.get(core);
        if (masked == null && core.startsWith("arn:")) {
            masked = resource(core);
        }
        if (masked == null) {
            masked = ACCOUNT.matcher(core).replaceAll(m -> account(m.group()));
        }
        return masked + tail;
    }

    private void learn(ReportModel m) {
        m.cover().accountIds().forEach(this::learnAccount);
        m.accounts().forEach(a -> learnAccount(a.accountId()));
        m.appendix().runs().forEach(r -> r.accountIds().forEach(this::learnAccount));
        for (EvidenceLine l : m.appendix().results()) {
            learnAccount(l.accountId());
            learnResource(l.resourceId());
        }
    }

    private void learnAccount(String id) {
        if (!id.isEmpty()) {
            known.put(id, account(id));
        }
    }

    private void learnResource(String id) {
        if (id.isEmpty()) {
            return;
        }
        known.put(id, resource(id));
        String last = id.substring(Math.max(id.lastIndexOf('/'), id.lastIndexOf(':')) + 1);
        if (last.length() >= MIN_NAME && !known.containsKey(last)) {
            known.put(last, name(last));
        }
    }

    private ReportModel apply(ReportModel m) {
        DocumentInfo i = m.info();
        ReportCover c = m.cover();
        ExecutiveSummary s = m.summary();
        EvidenceAppendix a = m.appendix();
        return new ReportModel(m.sections(), m.branding(),
                new DocumentInfo(text(i.title()), i.author(), text(i.subject()), text(i.keywords())),
                new ReportCover(c.title(), c.client(), c.workload(), c.environment(),
                        c.accountIds().stream().map(ReportMasking::account).toList(), c.regions(), c.reviewers(),
                        c.reviewDate(), c.lensName(), c.lensVersion(), c.workbenchVersion(), c.generatedAt(),
                        c.consultancy()),
                new ExecutiveSummary(s.counts(), s.highRiskQuestions().stream().map(this::question).toList(),
                        s.missingByLevel(), s.evidenceRun(), s.evidence()),
                m.questions().stream().map(this::question).toList(),
                m.plan().stream().map(this::item).toList(), m.unansweredQuestions(),
                new EvidenceAppendix(a.runs().stream().map(this::run).toList(), a.usedRun().map(this::run),
                        lines(a.results()), a.missingPermissions().stream().map(this::permission).toList()),
                m.accounts().stream().map(this::summary).toList(), true);
    }

    private QuestionSection question(QuestionSection q) {
        return new QuestionSection(q.label(), q.title(), q.description(), q.risk(),
                q.notApplicableReason().map(this::text), q.noneOfTheseSelected(), text(q.notes()),
                q.practices().stream().map(p -> new PracticeLine(p.label(), p.title(), p.level(), p.status(),
                        p.answered(), p.notApplicableReason().map(this::text), p.evidence())).toList(),
                q.checks(), lines(q.attention()), q.answeredBy(), q.answeredAt());
    }

    private ImprovementItem item(ImprovementItem i) {
        return new ImprovementItem(i.questionLabel(), i.questionTitle(), i.practiceLabel(), i.title(), i.level(),
                text(i.improvement()), i.improvementUrl(), lines(i.failing()), i.failingTotal());
    }

    private List<EvidenceLine> lines(List<EvidenceLine> lines) {
        return lines.stream().map(l -> new EvidenceLine(l.checkId(), l.checkTitle(), l.status(),
                account(l.accountId()), l.region(), maskedResource(l.resourceId()), text(l.reason()))).toList();
    }

    private String maskedResource(String id) {
        return Optional.ofNullable(known.get(id)).orElseGet(() -> resource(id));
    }

    private EvidenceRunInfo run(EvidenceRunInfo r) {
        return new EvidenceRunInfo(r.id(), r.workloadId(), r.startedAt(), r.endedAt(), r.state(),
                r.profiles().stream().map(this::text).toList(),
                r.accountIds().stream().map(ReportMasking::account).toList(), r.regions(), r.catalogVersion());
    }

    private MissingPermission permission(MissingPermission p) {
        return new MissingPermission(p.checkId(), p.checkTitle(), p.operations(), text(p.reason()),
                p.accountIds().stream().map(ReportMasking::account).toList(), p.regions(), p.results());
    }

    private AccountSummary summary(AccountSummary a) {
        return new AccountSummary(account(a.accountId()), a.name().map(ReportMasking::name),
                a.organizationalUnit(), a.tally());
    }
}
