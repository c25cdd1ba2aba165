package org.assure.reporting.lint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The linter as the application uses it, with the settings of {@code assure.lint}.
 */
@Configuration(proxyBeanMethods = false)
class LintConfiguration {

	@Bean
	Linter linter(LintSettings settings) {
		return new Linter(settings);
	}

}
