package org.assure.indicators;

import java.util.ArrayList;
import java.util.List;

import org.assure.indicators.analysis.SpcOptions;
import org.assure.indicators.analysis.SpcResult;
import org.assure.indicators.analysis.StatisticalProcessControl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SVG chart: titled and described for screen readers, one point per value, limits and
 * target drawn, text escaped, and no inline style for the Content Security Policy to
 * block.
 */
class SpcChartUnitTests {

	@Test
	void drawsEveryPointWithTitleDescriptionAndNoInlineStyle() {
		Indicator backlog = Catalogue.builtIn()
			.stream()
			.filter((i) -> i.code().equals("assessments-open-beyond-45-days-pct"))
			.findFirst()
			.orElseThrow();
		double[] values = { 17.8, 21.7, 41.3, 42.6, 21.2, 21.8, 28.4, 30.8, 9.5 };
		SpcResult spc = StatisticalProcessControl.analyse(values, SpcOptions.defaults(backlog.better(), null));
		List<Judgement.Point> points = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			points.add(new Judgement.Point("2014-" + (i + 5), "Month " + (i + 1), values[i], null, null, Rag.NONE,
					spc.points().get(i), "test"));
		}
		Judgement judgement = new Judgement(backlog, points, spc, Rag.NONE, null, null, List.of(),
				List.of("With 9 points the limits are trial limits <and> no special cause."), null, null);
		String svg = SpcChart.chart(judgement, "c");
		assertThat(svg).startsWith("<svg").endsWith("</svg>");
		assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"c-title c-desc\"", "<title id=\"c-title\">",
				"trial limits &lt;and&gt; no special cause");
		assertThat(svg.split("<circle", -1)).hasSize(values.length + 1);
		assertThat(svg).doesNotContain("style=");
		assertThat(svg.split("stroke-dasharray=\"6 4\"", -1)).as("both process limits").hasSize(3);
		assertThat(SpcChart.sparkline(judgement)).contains("aria-hidden=\"true\"").doesNotContain("style=");
		// A lower process limit below zero, which a percentage cannot be, is not drawn.
		double[] wild = { 10, 30, 8, 32, 9 };
		SpcResult wide = StatisticalProcessControl.analyse(wild, SpcOptions.defaults(backlog.better(), null));
		assertThat(wide.latest().lowerLimit()).isNegative();
		List<Judgement.Point> wildPoints = new ArrayList<>();
		for (int i = 0; i < wild.length; i++) {
			wildPoints.add(
					new Judgement.Point("p" + i, "P" + i, wild[i], null, null, Rag.NONE, wide.points().get(i), "test"));
		}
		String clipped = SpcChart.chart(
				new Judgement(backlog, wildPoints, wide, Rag.NONE, null, null, List.of(), List.of(), null, null), "w");
		assertThat(clipped.split("stroke-dasharray=\"6 4\"", -1)).as("only the upper limit").hasSize(2);
	}

}
