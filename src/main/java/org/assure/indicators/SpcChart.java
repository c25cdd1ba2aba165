package org.assure.indicators;

import java.util.List;

import org.assure.indicators.analysis.SpcResult;
import org.jspecify.annotations.Nullable;

/**
 * Server-rendered SVG of a judgement: the statistical process control chart, with its
 * title and a description for screen readers, and a sparkline for the dashboard. Only
 * attributes, no inline style, so that the Content Security Policy holds. The data table
 * beside the chart is the accessible alternative.
 */
public final class SpcChart {

	/**
	 * Colours of Making Data Count: improving blue, concerning orange, common cause grey.
	 */
	static final String IMPROVING = "#1d70b8";

	static final String CONCERNING = "#d4351c";

	static final String COMMON = "#505a5f";

	static final String TARGET = "#00703c";

	private SpcChart() {
	}

	/**
	 * The SPC chart.
	 * @param judgement the judgement
	 * @param id a unique id for the title and description
	 * @return the SVG element
	 */
	public static String chart(Judgement judgement, String id) {
		Indicator indicator = judgement.indicator();
		List<Judgement.Point> points = judgement.points();
		int width = 720;
		int height = 300;
		int left = 64;
		int right = 16;
		int top = 16;
		int bottom = 40;
		StringBuilder svg = new StringBuilder();
		String title = indicator.name();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"assure-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" aria-labelledby=\"")
			.append(id)
			.append("-title ")
			.append(id)
			.append("-desc\"><title id=\"")
			.append(id)
			.append("-title\">")
			.append(escape("Statistical process control chart: " + title))
			.append("</title><desc id=\"")
			.append(id)
			.append("-desc\">")
			.append(escape(String.join(" ", judgement.findings())))
			.append("</desc>");
		if (points.isEmpty()) {
			Judgement.Withheld withheld = judgement.withheld();
			svg.append("<text x=\"")
				.append(width / 2)
				.append("\" y=\"")
				.append(height / 2)
				.append("\" text-anchor=\"middle\" fill=\"#505a5f\">")
				.append((withheld != null) ? "Not enough history for " + escape(withheld.label()) : "No values yet")
				.append("</text>");
			if (withheld != null) {
				svg.append("<text x=\"")
					.append(width / 2)
					.append("\" y=\"")
					.append(height / 2 + 22)
					.append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#505a5f\">")
					.append(escape(withheld.reason().replaceFirst("^Not enough history: ", "")))
					.append("</text>");
			}
			svg.append("</svg>");
			return svg.toString();
		}
		SpcResult spc = judgement.spc();
		double min = points.stream().mapToDouble(Judgement.Point::value).min().orElse(0);
		double max = points.stream().mapToDouble(Judgement.Point::value).max().orElse(1);
		if (spc != null) {
			for (SpcResult.Group group : spc.groups()) {
				min = Math.min(min, group.lowerLimit());
				max = Math.max(max, group.upperLimit());
			}
		}
		if (indicator.target() != null) {
			min = Math.min(min, indicator.target());
			max = Math.max(max, indicator.target());
		}
		if (indicator.percent()) {
			min = Math.max(min, 0);
			max = Math.min(max, 100);
		}
		else if (!indicator.unit().equals("number")) {
			min = Math.max(min, 0);
		}
		if (max - min < 1e-9) {
			max = min + 1;
		}
		double pad = (max - min) * 0.08;
		double low = (indicator.percent() || min >= 0) ? Math.max(0, min - pad) : min - pad;
		double high = max + pad;
		Scale scale = new Scale(left, width - right, top, height - bottom, points.size(), low, high);
		// Axes and their labels.
		svg.append(line(left, top, left, height - bottom, "#b1b4b6", null));
		svg.append(line(left, height - bottom, width - right, height - bottom, "#b1b4b6", null));
		svg.append(label(left - 6, scale.y(high), Analysis.show(indicator, high), "end"));
		svg.append(label(left - 6, scale.y(low), Analysis.show(indicator, low), "end"));
		svg.append(label(scale.x(0), height - bottom + 18, points.get(0).label(), "start"));
		if (points.size() > 1) {
			svg.append(label(scale.x(points.size() - 1), height - bottom + 18, points.get(points.size() - 1).label(),
					"end"));
		}
		// Limits and centre line, per rebase group.
		if (spc != null) {
			for (SpcResult.Group group : spc.groups()) {
				double x1 = scale.x(group.from());
				double x2 = scale.x(group.to());
				svg.append(line(x1, scale.y(group.centreLine()), x2, scale.y(group.centreLine()), "#0b0c0c", null));
				// A limit beyond what the unit allows (a negative percentage) is not
				// drawn.
				if (group.upperLimit() <= high) {
					svg.append(
							line(x1, scale.y(group.upperLimit()), x2, scale.y(group.upperLimit()), "#505a5f", "6 4"));
				}
				if (group.lowerLimit() >= low) {
					svg.append(
							line(x1, scale.y(group.lowerLimit()), x2, scale.y(group.lowerLimit()), "#505a5f", "6 4"));
				}
			}
		}
		if (indicator.target() != null) {
			double y = scale.y(indicator.target());
			svg.append(line(left, y, width - right, y, TARGET, "2 3"));
			svg.append(label(width - right, y - 4, "Target " + Analysis.show(indicator, indicator.target()), "end"));
		}
		// The series and its points.
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			path.append((i == 0) ? "" : " ")
				.append(fmt(scale.x(i)))
				.append(',')
				.append(fmt(scale.y(points.get(i).value())));
		}
		svg.append("<polyline fill=\"none\" stroke=\"")
			.append(COMMON)
			.append("\" stroke-width=\"2\" points=\"")
			.append(path)
			.append("\"/>");
		for (int i = 0; i < points.size(); i++) {
			Judgement.Point point = points.get(i);
			svg.append("<circle cx=\"")
				.append(fmt(scale.x(i)))
				.append("\" cy=\"")
				.append(fmt(scale.y(point.value())))
				.append("\" r=\"4\" fill=\"")
				.append(colour(point.spc()))
				.append("\"/>");
		}
		svg.append("</svg>");
		return svg.toString();
	}

	/**
	 * A sparkline of the series, for the dashboard: hidden from screen readers, since the
	 * row it sits in says the same in words.
	 * @param judgement the judgement
	 * @return the SVG element, empty for a series of fewer than two points
	 */
	public static String sparkline(Judgement judgement) {
		List<Judgement.Point> points = judgement.points();
		if (points.size() < 2) {
			return "";
		}
		int width = 120;
		int height = 28;
		double min = points.stream().mapToDouble(Judgement.Point::value).min().orElse(0);
		double max = points.stream().mapToDouble(Judgement.Point::value).max().orElse(1);
		if (max - min < 1e-9) {
			max = min + 1;
		}
		Scale scale = new Scale(2, width - 4, 3, height - 3, points.size(), min, max);
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			path.append((i == 0) ? "" : " ")
				.append(fmt(scale.x(i)))
				.append(',')
				.append(fmt(scale.y(points.get(i).value())));
		}
		Judgement.Point last = points.get(points.size() - 1);
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"assure-sparkline\" aria-hidden=\"true\" focusable=\"false\" "
				+ "viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width + "\" height=\"" + height + "\">"
				+ "<polyline fill=\"none\" stroke=\"" + COMMON + "\" stroke-width=\"1.5\" points=\"" + path + "\"/>"
				+ "<circle cx=\"" + fmt(scale.x(points.size() - 1)) + "\" cy=\"" + fmt(scale.y(last.value()))
				+ "\" r=\"3\" fill=\"" + colour(last.spc()) + "\"/></svg>";
	}

	private static String colour(SpcResult.@Nullable Point point) {
		if (point == null || point.rule() == null) {
			return COMMON;
		}
		if (point.improving() == null) {
			return "#4c2c92";
		}
		return point.improving() ? IMPROVING : CONCERNING;
	}

	private static String line(double x1, double y1, double x2, double y2, String colour, @Nullable String dash) {
		return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
				+ "\" stroke=\"" + colour + "\" stroke-width=\"1.5\""
				+ ((dash != null) ? " stroke-dasharray=\"" + dash + "\"" : "") + "/>";
	}

	private static String label(double x, double y, String text, String anchor) {
		return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"12\" fill=\"#0b0c0c\" text-anchor=\""
				+ anchor + "\">" + escape(text) + "</text>";
	}

	private static String fmt(double value) {
		// One decimal, without the cost of a formatter: charts have hundreds of numbers.
		long tenths = Math.round(value * 10);
		String sign = (tenths < 0) ? "-" : "";
		long magnitude = Math.abs(tenths);
		return sign + (magnitude / 10) + "." + (magnitude % 10);
	}

	/**
	 * Text made safe for XML.
	 * @param text the text
	 * @return the escaped text
	 */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private record Scale(double left, double right, double top, double bottom, int count, double low, double high) {

		double x(int index) {
			return (this.count <= 1) ? (this.left + this.right) / 2
					: this.left + (this.right - this.left) * index / (this.count - 1);
		}

		double y(double value) {
			return this.bottom - (this.bottom - this.top) * (value - this.low) / (this.high - this.low);
		}

	}

}
