package org.assure.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The partnership's calendar settings ({@code assure.calendar.*}).
 *
 * @param localClosures extra days on which the partnership does not work, such as the
 * days between Christmas and New Year (default none)
 * @param counting how working-day spans are counted (default
 * {@link CountingConvention#START_IS_DAY_ZERO}, as DOMAIN.md recommends)
 */
@ConfigurationProperties("assure.calendar")
public record CalendarSettings(List<LocalDate> localClosures, CountingConvention counting) {

	public CalendarSettings {
		localClosures = (localClosures != null) ? List.copyOf(localClosures) : List.of();
		counting = (counting != null) ? counting : CountingConvention.START_IS_DAY_ZERO;
	}

}
