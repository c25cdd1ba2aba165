package org.assure.indicators.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.assure.cli.AssureContext;
import org.assure.cli.AssureSubcommand;
import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Catalogue;
import org.assure.indicators.Indicator;
import org.assure.indicators.IndicatorValue;
import org.assure.indicators.Indicators;
import org.assure.partnership.Partnership;
import org.assure.partnership.Partnerships;
import org.assure.shell.CsvCells;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code assure indicators --partnership demo --period 2014-15}: computes the journey
 * indicators of a period, stores them, and prints them as text, JSON or CSV.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
		description = "Compute, store and print a partnership's indicators for a period.")
public final class IndicatorsCommand implements AssureSubcommand, Callable<Integer> {

	@Option(names = "--partnership", required = true, description = "the partnership's short code")
	private String partnership = "";

	@Option(names = "--period", required = true, description = "2014-15, 2014-15-Q2, 2014-07 or 2015-03-31")
	private String period = "";

	@Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE})")
	private String format = "text";

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		ReportingPeriod chosen;
		try {
			chosen = ReportingPeriod.parse(this.period);
		}
		catch (IllegalArgumentException ex) {
			this.spec.commandLine().getErr().println(ex.getMessage());
			return 2;
		}
		if (!List.of("text", "json", "csv").contains(this.format)) {
			this.spec.commandLine().getErr().println("--format is text, json or csv, not " + this.format);
			return 2;
		}
		return AssureContext.withApplication((context) -> {
			Optional<Partnership> target = context.getBean(Partnerships.class).findByCode(this.partnership);
			if (target.isEmpty()) {
				this.spec.commandLine()
					.getErr()
					.println("No partnership with the short code '" + this.partnership + "'");
				return 2;
			}
			List<IndicatorValue> values = context.getBean(Indicators.class).compute(target.get().id(), chosen);
			Catalogue catalogue = context.getBean(Catalogue.class);
			this.spec.commandLine().getOut().print(render(values, catalogue, target.get().id()));
			this.spec.commandLine().getOut().flush();
			return 0;
		});
	}

	private String render(List<IndicatorValue> values, Catalogue catalogue, long partnershipId) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (IndicatorValue value : values) {
			Indicator indicator = catalogue.find(partnershipId, value.code()).orElseThrow();
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("code", value.code());
			row.put("name", indicator.name());
			row.put("period", value.period());
			row.put("unit", indicator.unit());
			row.put("value", (value.value() != null) ? Math.round(value.value() * 10) / 10.0 : null);
			row.put("numerator", value.numerator());
			row.put("denominator", value.denominator());
			row.put("children", value.children());
			row.put("definitionVersion", value.version());
			row.put("batches", value.batches());
			rows.add(row);
		}
		if (this.format.equals("json")) {
			return JsonMapper.builder().build().writeValueAsString(rows) + System.lineSeparator();
		}
		StringBuilder out = new StringBuilder();
		if (this.format.equals("csv")) {
			out.append(String.join(",", rows.isEmpty() ? List.of() : rows.get(0).keySet())).append("\r\n");
			for (Map<String, Object> row : rows) {
				out.append(CsvCells
					.row(row.values().stream().map((cell) -> (cell == null) ? null : cell.toString()).toList()));
			}
			return out.toString();
		}
		for (Map<String, Object> row : rows) {
			out.append(String.format(java.util.Locale.ROOT, "%-60s %10s%s%n", row.get("name"), row.get("value"),
					"percent".equals(row.get("unit"))
							? "%  (" + row.get("numerator") + " of " + row.get("denominator") + ")" : ""));
		}
		return out.toString();
	}

}
