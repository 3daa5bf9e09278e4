package org.umbra.ui.compare;

import java.time.ZoneId;
import java.util.List;
import org.umbra.store.SeriesRepository;
import org.umbra.ui.chartview.ChartScreen;
import org.umbra.ui.chartview.ChartScreenModel;
import org.umbra.ui.chartview.Screen;

/** The Compare screen: BTC against ETH. */
public final class CompareScreen implements Screen {
    private final ChartScreenModel model;
    private ChartScreen view;

    public CompareScreen(SeriesRepository repository) {
        this.model = new ChartScreenModel("compare", repository, new CompareQuery(repository));
    }

    @Override
    public ChartScreenModel model() {
        return model;
    }

    @Override
    public ChartScreen view(ZoneId zone) {
        if (view == null) {
            view = new ChartScreen("compare-view", model, new CompareLayout(), zone, List.of());
        }
        return view;
    }

    @Override
    public void setZone(ZoneId zone) {
        view.setZone(zone);
    }
}
