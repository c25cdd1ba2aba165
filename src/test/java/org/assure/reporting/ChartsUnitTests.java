package org.assure.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SVG charts: a title for screen readers, one mark per value with its value in words,
 * names escaped, a missing value breaking a line, and a scale that fits the largest
 * value.
 */
class ChartsUnitTests {

	@Test
	void barsHaveOneMarkPerValueAndTheirTitle() {
		Map<String, List<Integer>> series = new LinkedHashMap<>();
		series.put("2013-14", List.of(10, 20));
		series.put("2014-15", List.of(15, 35));
		String svg = Charts.bars("chart", "Attendances <by month>", List.of("Apr", "May"), series);
		assertThat(svg).startsWith("<svg").endsWith("</svg>");
		assertThat(svg).contains("<title id=\"chart-title\">Attendances &lt;by month&gt;</title>");
		assertThat(svg.split("<rect ", -1)).hasSize(5 + 2);
		assertThat(svg).contains("<title>2014-15, May: 35</title>");
		assertThat(svg).as("the scale's top, the next round number above 35").contains(">50</text>");
	}

	@Test
	void aMissingValueBreaksItsLine() {
		List<Double> values = new ArrayList<>();
		values.add(4.0);
		values.add(null);
		values.add(6.0);
		Map<String, List<Double>> series = new LinkedHashMap<>();
		series.put("Knowledge", values);
		String svg = Charts.lines("curve", "Scores", List.of("Before", "After", "Later"), new LinkedHashMap<>(series),
				10.0);
		assertThat(svg.split("<circle ", -1)).hasSize(3);
		assertThat(svg).containsPattern("d=\"M[0-9. ]+ M[0-9. ]+\"");
		assertThat(svg).contains(">10</text>");
	}

	@Test
	void horizontalBarsNameEachCategory() {
		String svg = Charts.horizontalBars("sectors", "By sector", List.of("Health", "Police & probation"),
				List.of(12, 3));
		assertThat(svg).contains(">Police &amp; probation</text>").contains(">12</text>");
	}

}
