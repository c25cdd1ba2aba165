package org.assure.calendar;

import java.util.HashSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link WorkingDays} every module uses, built from the settings.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	WorkingDays workingDays(CalendarSettings settings) {
		return new WorkingDays(new HashSet<>(settings.localClosures()), settings.counting());
	}

}
