package org.umbra.ui.chartview;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.umbra.market.Asset;

/** The BTC | ETH switch of a screen's tool bar (ids {@code asset-BTC}, {@code asset-ETH}). */
public final class AssetSwitch {
    private AssetSwitch() {
    }

    /** A segmented pair of toggle buttons; {@code onChange} hears a newly chosen asset, never the current one again. */
    public static Node create(Asset initial, Consumer<Asset> onChange) {
        ToggleGroup group = new ToggleGroup();
        HBox box = segmented();
        Asset[] current = {initial};
        for (Asset a : Asset.values()) {
            ToggleButton b = new ToggleButton(a.name());
            b.setId("asset-" + a.name());
            b.setToggleGroup(group);
            b.setSelected(a == initial);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                b.setSelected(true);
                if (current[0] != a) {
                    current[0] = a;
                    onChange.accept(a);
                }
            });
            box.getChildren().add(b);
        }
        return box;
    }

    /** A tool-bar group of toggle buttons that sit together. */
    public static HBox segmented() {
        HBox box = new HBox();
        box.getStyleClass().add("segmented");
        box.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setMargin(box, new Insets(0, 0, 0, 8));
        return box;
    }
}
