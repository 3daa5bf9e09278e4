package org.umbra.ui.sources;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the Sources table: a source (with its state) or one of its series. FX thread. */
public final class SourceRow {
    private final String sourceId;
    private final boolean isSource;
    final StringProperty name = new SimpleStringProperty();
    final BooleanProperty enabled = new SimpleBooleanProperty();
    final StringProperty endpoint = new SimpleStringProperty("");
    final StringProperty status = new SimpleStringProperty("");
    final StringProperty lastSuccess = new SimpleStringProperty("");
    final StringProperty lastError = new SimpleStringProperty("");
    final LongProperty rows = new SimpleLongProperty(-1);
    final StringProperty oldest = new SimpleStringProperty("");
    final StringProperty newest = new SimpleStringProperty("");
    /** 0..1 while backfilling, negative otherwise. */
    final DoubleProperty progress = new SimpleDoubleProperty(-1);
    final StringProperty progressText = new SimpleStringProperty("");
    final BooleanProperty stale = new SimpleBooleanProperty();

    SourceRow(String sourceId, boolean isSource, String name) {
        this.sourceId = sourceId;
        this.isSource = isSource;
        this.name.set(name);
    }

    public String sourceId() {
        return sourceId;
    }

    public boolean isSource() {
        return isSource;
    }

    public String name() {
        return name.get();
    }

    public boolean enabled() {
        return enabled.get();
    }

    public String endpoint() {
        return endpoint.get();
    }

    public String status() {
        return status.get();
    }

    public long rows() {
        return rows.get();
    }

    public boolean stale() {
        return stale.get();
    }

    public double progress() {
        return progress.get();
    }
}
