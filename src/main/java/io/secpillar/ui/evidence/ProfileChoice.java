package io.secpillar.ui.evidence;

import io.secpillar.evidence.scan.ProfileInfo;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A profile in the picker with its tick box. */
public final class ProfileChoice {

    private final ProfileInfo profile;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    public ProfileChoice(ProfileInfo profile) {
        this.profile = profile;
    }

    public ProfileInfo profile() {
        return profile;
    }

    public String name() {
        return profile.name();
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    @Override
    public String toString() {
        return profile.name() + "  (" + profile.description() + profile.region().map(r -> ", " + r).orElse("") + ")";
    }
}
