package org.assure.childdeath;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The child death reviews' settings (DOMAIN.md §4).
 *
 * @param notificationDays a death is notified on time within these working days of the
 * death (1: local procedures say 24 hours, and no national figure was confirmed)
 * @param reviewWithinMonths a death not reviewed within these months of its notification
 * is reminded of (6, local practice)
 * @param areas the authorities a multi-authority panel covers, for the area of residence;
 * empty means the area is typed
 * @param categories the categories of death, numbered from 1 in this order (the ten of
 * the national Form C)
 */
@ConfigurationProperties("assure.child-death")
public record ChildDeathSettings(@DefaultValue("1") int notificationDays, @DefaultValue("6") int reviewWithinMonths,
		@DefaultValue List<String> areas, @DefaultValue( {
				"Deliberately inflicted injury, abuse or neglect", "Suicide or deliberate self-inflicted harm",
				"Trauma and other external factors", "Malignancy", "Acute medical or surgical condition",
				"Chronic medical condition", "Chromosomal, genetic and congenital anomalies",
				"Perinatal/neonatal event", "Infection",
				"Sudden unexpected, unexplained death" }) List<String> categories){

	/**
	 * A category's name.
	 * @param number its number, from 1
	 * @return its name, or "Category n" when the settings have no such number
	 */
	public String category(int number) {
		return (number >= 1 && number <= this.categories.size()) ? this.categories.get(number - 1)
				: "Category " + number;
	}

}
