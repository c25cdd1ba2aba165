package org.assure.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * Simple charts as SVG, for reports and their pages: grouped bars and lines. Each chart
 * has a title read by screen readers; a page shows the same figures in a table beside it.
 * Colours are the GOV.UK palette's, distinguishable in greyscale by their order and the
 * legend.
 */
public final class Charts {

	private static final String[] COLOURS = { "#1d70b8", "#f47738", "#00703c", "#4c2c92", "#d4351c" };

	private static final int LEFT = 48;

	private static final int TOP = 16;

	private static final int PLOT_HEIGHT = 180;

	private static final int BOTTOM = 56;

	private Charts() {
	}

	/**
	 * Bars side by side for each label, one bar per series.
	 * @param id the chart's id
	 * @param title what it shows, in words
	 * @param labels the categories along the bottom
	 * @param series each series' values, by name, in the labels' order
	 * @return the SVG
	 */
	public static String bars(String id, String title, List<String> labels, Map<String, List<Integer>> series) {
		double most = series.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
		double top = niceTop(most);
		int groupWidth = Math.max(24, 12 * series.size() + 12);
		int width = LEFT + groupWidth * Math.max(1, labels.size()) + 16;
		StringBuilder svg = open(id, title, width);
		axis(svg, top, width);
		int s = 0;
		for (Map.Entry<String, List<Integer>> each : series.entrySet()) {
			for (int i = 0; i < labels.size() && i < each.getValue().size(); i++) {
				double value = each.getValue().get(i);
				double height = (top == 0) ? 0 : value / top * PLOT_HEIGHT;
				double x = LEFT + groupWidth * i + 6 + 12 * s;
				svg.append(String.format(Locale.UK,
						"<rect x=\"%.1f\" y=\"%.1f\" width=\"11\" height=\"%.1f\" fill=\"%s\"><title>%s, %s: %d</title></rect>",
						x, TOP + PLOT_HEIGHT - height, height, COLOURS[s % COLOURS.length], escape(each.getKey()),
						escape(labels.get(i)), (int) value));
			}
			s++;
		}
		labels(svg, labels, groupWidth);
		legend(svg, series.keySet().stream().toList(), width);
		return svg.append("</svg>").toString();
	}

	/**
	 * One bar per label, laid across the page, for categories with long names.
	 * @param id the chart's id
	 * @param title what it shows, in words
	 * @param labels the categories, down the side
	 * @param values each category's value, in the labels' order
	 * @return the SVG
	 */
	public static String horizontalBars(String id, String title, List<String> labels, List<Integer> values) {
		int labelWidth = 280;
		int barWidth = 360;
		int row = 22;
		int width = labelWidth + barWidth + 60;
		int height = TOP + row * Math.max(1, labels.size()) + 8;
		double top = niceTop(values.stream().mapToInt(Integer::intValue).max().orElse(0));
		StringBuilder svg = new StringBuilder(String.format(Locale.UK,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" id=\"%s\" aria-labelledby=\"%s-title\" "
						+ "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\"><title id=\"%s-title\">%s</title>",
				escape(id), escape(id), width, height, width, height, escape(id), escape(title)));
		for (int i = 0; i < labels.size() && i < values.size(); i++) {
			double length = (top == 0) ? 0 : values.get(i) / top * barWidth;
			double y = TOP + row * i;
			svg.append(String.format(Locale.UK,
					"<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\" fill=\"#0b0c0c\">%s</text>"
							+ "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"14\" fill=\"%s\"/>"
							+ "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#0b0c0c\">%d</text>",
					labelWidth - 8, y + 11, escape(labels.get(i)), labelWidth, y, length, COLOURS[0],
					labelWidth + length + 4, y + 11, values.get(i)));
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * Lines across the labels, one per series; a missing value breaks its line.
	 * @param id the chart's id
	 * @param title what it shows, in words
	 * @param labels the points along the bottom
	 * @param series each series' values, by name, in the labels' order (null where none)
	 * @param top the value at the top of the scale, or null to fit the values
	 * @return the SVG
	 */
	public static String lines(String id, String title, List<String> labels, Map<String, List<@Nullable Double>> series,
			@Nullable Double top) {
		double most = series.values()
			.stream()
			.flatMap(List::stream)
			.filter(java.util.Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.max()
			.orElse(0);
		double scale = (top != null) ? top : niceTop(most);
		int step = 90;
		int width = LEFT + step * Math.max(1, labels.size()) + 16;
		StringBuilder svg = open(id, title, width);
		axis(svg, scale, width);
		int s = 0;
		for (Map.Entry<String, List<@Nullable Double>> each : series.entrySet()) {
			String colour = COLOURS[s % COLOURS.length];
			StringBuilder path = new StringBuilder();
			boolean drawing = false;
			for (int i = 0; i < labels.size() && i < each.getValue().size(); i++) {
				Double value = each.getValue().get(i);
				if (value == null) {
					drawing = false;
					continue;
				}
				double x = LEFT + step * i + step / 2.0;
				double y = TOP + PLOT_HEIGHT - ((scale == 0) ? 0 : value / scale * PLOT_HEIGHT);
				path.append(drawing ? " L" : " M").append(String.format(Locale.UK, "%.1f %.1f", x, y));
				drawing = true;
				svg.append(String.format(Locale.UK,
						"<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s, %s: %.1f</title></circle>", x,
						y, colour, escape(each.getKey()), escape(labels.get(i)), value));
			}
			if (!path.isEmpty()) {
				svg.append("<path d=\"")
					.append(path.toString().strip())
					.append("\" fill=\"none\" stroke=\"")
					.append(colour)
					.append("\" stroke-width=\"2\"/>");
			}
			s++;
		}
		labels(svg, labels, step);
		legend(svg, series.keySet().stream().toList(), width);
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(String id, String title, int width) {
		int height = TOP + PLOT_HEIGHT + BOTTOM;
		return new StringBuilder(String.format(Locale.UK,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" id=\"%s\" aria-labelledby=\"%s-title\" "
						+ "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\"><title id=\"%s-title\">%s</title>",
				escape(id), escape(id), width, height, width, height, escape(id), escape(title)));
	}

	private static void axis(StringBuilder svg, double top, int width) {
		for (int i = 0; i <= 4; i++) {
			double y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * i / 4.0;
			svg.append(String.format(Locale.UK,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>"
							+ "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\" fill=\"#0b0c0c\">%s</text>",
					LEFT, y, width - 8, y, LEFT - 6, y + 4, number(top * i / 4.0)));
		}
	}

	private static void labels(StringBuilder svg, List<String> labels, int step) {
		for (int i = 0; i < labels.size(); i++) {
			svg.append(String.format(Locale.UK,
					"<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#0b0c0c\">%s</text>",
					LEFT + step * i + step / 2.0, TOP + PLOT_HEIGHT + 16, escape(labels.get(i))));
		}
	}

	private static void legend(StringBuilder svg, List<String> names, int width) {
		int x = LEFT;
		int y = TOP + PLOT_HEIGHT + 40;
		for (int i = 0; i < names.size(); i++) {
			svg.append(String.format(Locale.UK,
					"<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" "
							+ "font-size=\"12\" fill=\"#0b0c0c\">%s</text>",
					x, y - 10, COLOURS[i % COLOURS.length], x + 16, y, escape(names.get(i))));
			x += 24 + 7 * names.get(i).length();
			if (x > width - 40) {
				x = LEFT;
				y += 16;
			}
		}
	}

	private static double niceTop(double most) {
		if (most <= 0) {
			return 4;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(most)));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (step * magnitude >= most) {
				return step * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.format(Locale.UK, "%.1f", value);
	}

	/**
	 * A chart with its description as the alternative text a tagged PDF gives its figure
	 * (PDF/UA): the layout library reads it from the {@code alt} attribute. Only XML's
	 * own entities are used, since the PDF is laid out from XHTML.
	 * @param svg the chart
	 * @param description what it shows, in words
	 * @return the chart with its alternative text
	 */
	public static String withAlt(String svg, String description) {
		return svg.replaceFirst("<svg ", java.util.regex.Matcher.quoteReplacement("<svg alt=\""
				+ description.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
				+ "\" "));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
