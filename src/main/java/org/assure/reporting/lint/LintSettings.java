package org.assure.reporting.lint;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The linter's settings.
 *
 * @param toleranceUnits how far a stated figure may be from the computed one, in units of
 * its last decimal place (default 0.5: a '34%' covers 33.5% to 34.5%)
 * @param maxBytes the largest file read (default 50 MB)
 * @param maxLines the most lines of extracted text read (default 2,000,000)
 */
@ConfigurationProperties("assure.lint")
public record LintSettings(Double toleranceUnits, Long maxBytes, Integer maxLines) {

	/** The defaults. */
	public static final LintSettings DEFAULTS = new LintSettings(null, null, null);

	/**
	 * Fills in the defaults and checks the values.
	 * @param toleranceUnits the tolerance
	 * @param maxBytes the largest file
	 * @param maxLines the most lines
	 */
	public LintSettings {
		toleranceUnits = (toleranceUnits != null) ? toleranceUnits : 0.5;
		maxBytes = (maxBytes != null) ? maxBytes : 50L * 1024 * 1024;
		maxLines = (maxLines != null) ? maxLines : 2_000_000;
		if (toleranceUnits < 0 || maxBytes <= 0 || maxLines <= 0) {
			throw new IllegalArgumentException("assure.lint settings must be positive");
		}
	}

}
