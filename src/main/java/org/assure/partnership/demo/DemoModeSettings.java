package org.assure.partnership.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode ({@code assure.demo-mode.*}, from {@code ASSURE_DEMO} and
 * {@code ASSURE_DEMO_PASSWORD}).
 *
 * @param enabled whether to load the demo partnership and its users (default false)
 * @param password the demo users' password (default {@code demo})
 */
@ConfigurationProperties("assure.demo-mode")
public record DemoModeSettings(boolean enabled, String password) {

	public DemoModeSettings {
		if (password == null || password.isBlank()) {
			password = "demo";
		}
	}

}
