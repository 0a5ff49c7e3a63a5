package io.secpillar.ui.evidence;

import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.Finding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The filters of the results table: status, service, account, region, best practice (empty = all) and free
 * text matched against check, resource, reason and observed values.
 */
public final class ResultFilter {

    public final StringProperty status = new SimpleStringProperty("");
    public final StringProperty service = new SimpleStringProperty("");
    public final StringProperty account = new SimpleStringProperty("");
    public final StringProperty region = new SimpleStringProperty("");
    public final StringProperty practice = new SimpleStringProperty("");
    public final StringProperty text = new SimpleStringProperty("");

    /** A predicate that follows every filter property. */
    public ObjectBinding<Predicate<EvidenceResult>> predicate() {
        return Bindings.createObjectBinding(this::current, status, service, account, region, practice, text);
    }

    public Predicate<EvidenceResult> current() {
        String st = value(status);
        String sv = value(service);
        String ac = value(account);
        String rg = value(region);
        String pr = value(practice);
        String tx = value(text).toLowerCase(Locale.ROOT);
        return r -> {
            Finding f = r.finding();
            return (st.isEmpty() || f.status().name().equals(st))
                    && (sv.isEmpty() || r.check().service().equals(sv))
                    && (ac.isEmpty() || f.accountId().equals(ac))
                    && (rg.isEmpty() || f.region().equals(rg))
                    && (pr.isEmpty() || r.bestPractices().contains(pr))
                    && (tx.isEmpty() || haystack(r).contains(tx));
        };
    }

    public void clear() {
        status.set("");
        service.set("");
        account.set("");
        region.set("");
        practice.set("");
        text.set("");
    }

    private static String haystack(EvidenceResult r) {
        Finding f = r.finding();
        return (f.checkId() + " " + r.check().title() + " " + f.resourceId() + " " + f.reason() + " "
                + f.observed().values()).toLowerCase(Locale.ROOT);
    }

    private static String value(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }
}
