package org.umbra.ui.shell;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import org.umbra.market.http.EndpointPolicy;

/**
 * The warning shown under an endpoint field while it holds a plain-http address on the user's own network: accepted,
 * but the user should see that it is unencrypted. Hidden (and taking no space) for https.
 */
public final class PlainHttpNote extends Label {
    public PlainHttpNote(ObservableStringValue endpoint) {
        getStyleClass().add("endpoint-note");
        setWrapText(true);
        update(endpoint.get());
        endpoint.addListener((obs, old, now) -> update(now));
    }

    private void update(String endpoint) {
        String note = EndpointPolicy.plainHttpNote(endpoint);
        setText(note == null ? "" : note);
        setVisible(note != null);
        setManaged(note != null);
    }
}
