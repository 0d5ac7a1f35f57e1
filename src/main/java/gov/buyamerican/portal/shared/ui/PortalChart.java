package gov.buyamerican.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * A chart drawn by Chart.js (MIT licence) in the browser, configured from the server with a Chart.js configuration
 * in JSON. Clicks on a bar, point or slice come back as {@link ChartClickEvent}s so that a view can drill down. The
 * element carries an accessible name; views also show the numbers as a table for screen readers.
 */
@Tag("portal-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/portal-chart.js")
public class PortalChart extends Component implements HasSize {

    public PortalChart(String accessibleName) {
        getElement().setAttribute("aria-label", accessibleName);
        getElement().setAttribute("role", "figure");
    }

    /** The Chart.js configuration ({@code {"type": ..., "data": ..., "options": ...}}) as JSON. */
    public void setConfiguration(String json) {
        getElement().setProperty("config", json);
    }

    public String getConfiguration() {
        return getElement().getProperty("config");
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    /** A click on a data element: which dataset and which point (index into the labels). */
    @DomEvent("chart-click")
    public static class ChartClickEvent extends ComponentEvent<PortalChart> {
        private final int datasetIndex;
        private final int index;

        public ChartClickEvent(PortalChart source, boolean fromClient,
                               @EventData("event.detail.datasetIndex") int datasetIndex,
                               @EventData("event.detail.index") int index) {
            super(source, fromClient);
            this.datasetIndex = datasetIndex;
            this.index = index;
        }

        public int datasetIndex() {
            return datasetIndex;
        }

        public int index() {
            return index;
        }
    }
}
