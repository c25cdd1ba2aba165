package org.assure.indicators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.assure.indicators.analysis.SpcRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The built-in indicators, shipped as data in {@code indicators/catalogue.tsv}.
 */
@Component
public class Catalogue {

	private final List<Indicator> indicators;

	Catalogue() {
		this.indicators = load();
	}

	/**
	 * Every indicator, in catalogue order.
	 * @return the indicators
	 */
	public List<Indicator> all() {
		return this.indicators;
	}

	/**
	 * One indicator.
	 * @param code its code
	 * @return the indicator, if the catalogue has it
	 */
	public Optional<Indicator> find(String code) {
		return this.indicators.stream().filter((indicator) -> indicator.code().equals(code)).findFirst();
	}

	private static List<Indicator> load() {
		List<Indicator> indicators = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("indicators/catalogue.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				indicators.add(new Indicator(cells[0], Integer.parseInt(cells[1]), cells[2], cells[3],
						SpcRequest.direction(cells[4]), cells[5], cells[6]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the indicator catalogue", ex);
		}
		return List.copyOf(indicators);
	}

}
