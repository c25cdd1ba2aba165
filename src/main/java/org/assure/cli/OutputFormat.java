package org.assure.cli;

import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * How a command prints its result: {@code text} for people, {@code json} for scripts.
 */
public enum OutputFormat {

	/** One {@code key: value} line per entry. */
	text {
		@Override
		public String render(Map<String, ?> result) {
			return result.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + ": " + entry.getValue())
				.collect(Collectors.joining(System.lineSeparator()));
		}
	},

	/** One JSON object. */
	json {
		@Override
		public String render(Map<String, ?> result) {
			return JSON.writeValueAsString(result);
		}
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Renders a command's result.
	 * @param result named values, in the order to print them
	 * @return the printable result
	 */
	public abstract String render(Map<String, ?> result);

}
