package org.umbra.ui.markets;

import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.umbra.market.Asset;
import org.umbra.marketdata.MarketDataReader;
import org.umbra.marketdata.MarketFigures;
import org.umbra.store.SeriesRepository;
import org.umbra.ui.chartview.AssetSwitch;
import org.umbra.ui.chartview.ChartScreen;
import org.umbra.ui.chartview.ChartScreenModel;
import org.umbra.ui.chartview.Screen;

/**
 * The Markets screen: one asset at a time (BTC or ETH, switched in the tool bar), open interest in
 * USD or in coin. The model is created first (its first frame can be read off the FX thread before
 * the window shows); the view on the FX thread.
 */
public final class MarketsScreen implements Screen {
    private final MarketsLoader loader;
    private final MarketsLayout layout;
    private final ChartScreenModel model;
    private ChartScreen view;

    public MarketsScreen(SeriesRepository repository) {
        this.loader = new MarketsLoader(new MarketFigures(new MarketDataReader(repository)));
        this.layout = new MarketsLayout(loader);
        this.model = new ChartScreenModel("markets", repository, loader);
    }

    @Override
    public ChartScreenModel model() {
        return model;
    }

    @Override
    public ChartScreen view(ZoneId zone) {
        if (view == null) {
            view = new ChartScreen("markets-view", model, layout, zone, List.of(assetSwitch(), unitSwitch()));
        }
        return view;
    }

    public Asset asset() {
        return loader.asset();
    }

    @Override
    public void setZone(ZoneId zone) {
        view.setZone(zone);
    }

    /** Shows another asset (the snapshot command's --asset). Call before the first load, or reload after. */
    @Override
    public void setAsset(Asset asset) {
        loader.setAsset(asset);
    }

    /** The benchmark dollar rate (%/yr) and the discount threshold (hours) from Settings; reloads if shown. */
    public void setAnalysis(double benchmarkPercent, double discountHours) {
        loader.setAnalysis(benchmarkPercent, Math.round(discountHours * 3_600_000L));
        if (model.frameProperty().get() != null) {
            model.reload();
        }
    }

    private Node assetSwitch() {
        return AssetSwitch.create(loader.asset(), a -> {
            loader.setAsset(a);
            updateOiUnit();
            model.reload();
        });
    }

    private Node unitSwitch() {
        ToggleGroup group = new ToggleGroup();
        HBox box = AssetSwitch.segmented();
        for (boolean usd : new boolean[] {true, false}) {
            ToggleButton b = new ToggleButton(usd ? "USD" : "Coin");
            b.setId(usd ? "oi-usd" : "oi-coin");
            b.setToggleGroup(group);
            b.setSelected(usd == loader.usd());
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                b.setSelected(true);
                if (loader.usd() != usd) {
                    loader.setUsd(usd);
                    updateOiUnit();
                    model.reload();
                }
            });
            box.getChildren().add(b);
        }
        return box;
    }

    private void updateOiUnit() {
        view.charts().setPaneUnit(1, loader.oiUnitLabel());
    }

}
