package org.assure.indicators.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.assure.cli.AssureSubcommand;
import org.assure.cli.OutputFormat;
import org.assure.indicators.analysis.SpcRequest;
import org.assure.indicators.analysis.SpcResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code assure spc}: reads numbers from standard input (separated by spaces, commas or
 * new lines) and prints the Making Data Count analysis: centre line, limits,
 * close-to-limit lines, each point's special cause, and the variation and assurance
 * icons. Needs no database.
 */
@Command(name = "spc", mixinStandardHelpOptions = true,
		description = "Statistical process control (Making Data Count) for a series read from standard input.")
public final class SpcCommand implements AssureSubcommand, Callable<Integer> {

	@Option(names = "--better", description = "up, down or neutral (default: ${DEFAULT-VALUE})",
			defaultValue = "neutral")
	private String better = "neutral";

	@Option(names = "--target", description = "the target, for the assurance icon")
	private @Nullable Double target;

	@Option(names = "--run-length", description = "7 or 6 (default: ${DEFAULT-VALUE})", defaultValue = "7")
	private int runLength = 7;

	@Option(names = "--screen", description = "screen out large moving ranges (off by default)")
	private boolean screen;

	@Option(names = "--rebase", split = ",", description = "positions (from 1) at which new limits start")
	private List<Integer> rebase = new ArrayList<>();

	@Option(names = "--baseline", description = "compute limits from the first N points of each group",
			defaultValue = "0")
	private int baseline;

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format = OutputFormat.text;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		List<Double> values = new ArrayList<>();
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String line;
		int position = 0;
		while ((line = in.readLine()) != null) {
			for (String token : line.trim().split("[\\s,;]+")) {
				if (token.isEmpty()) {
					continue;
				}
				position++;
				try {
					values.add(Double.valueOf(token));
				}
				catch (NumberFormatException ex) {
					return refuse("Value " + position + " is not a number: '" + token + "'");
				}
			}
		}
		SpcResult result;
		try {
			result = new SpcRequest(values, this.better, this.target, this.runLength, this.screen,
					this.rebase.stream().map((p) -> p - 1).toList(), this.baseline)
				.analyse();
		}
		catch (IllegalArgumentException ex) {
			return refuse(ex.getMessage());
		}
		this.spec.commandLine().getOut().println(this.format.render(summary(result)));
		return 0;
	}

	@SuppressWarnings("unchecked")
	private Map<String, ?> summary(SpcResult result) {
		if (this.format == OutputFormat.json) {
			return JsonMapper.builder().build().convertValue(result, Map.class);
		}
		SpcResult.Group latest = result.latest();
		Map<String, Object> text = new LinkedHashMap<>();
		text.put("points", result.points().size());
		text.put("centre line", round(latest.centreLine()));
		text.put("limits", round(latest.lowerLimit()) + " to " + round(latest.upperLimit())
				+ (latest.trial() ? " (trial: fewer than 12 points)" : ""));
		text.put("close to a limit beyond", round(latest.lowerClose()) + " and " + round(latest.upperClose()));
		List<String> flagged = result.points()
			.stream()
			.filter((point) -> point.rule() != null)
			.map((point) -> (point.index() + 1) + ": " + point.rule())
			.toList();
		text.put("special causes", flagged.isEmpty() ? "none" : String.join("; ", flagged));
		text.put("variation", result.variation());
		text.put("assurance", result.assurance());
		text.put("rules", result.rules());
		return text;
	}

	private static String round(double value) {
		return String.format(java.util.Locale.ROOT, "%.4f", value);
	}

	private int refuse(@Nullable String message) {
		this.spec.commandLine().getErr().println(message);
		return 2;
	}

}
