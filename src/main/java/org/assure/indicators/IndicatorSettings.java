package org.assure.indicators;

import org.assure.indicators.engine.AssessmentClock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the indicator engine ({@code assure.indicators.*}).
 *
 * @param assessmentClock where an assessment's 45 working days start: {@code REFERRAL}
 * (Working Together and the DfE) or {@code ASSESSMENT_START}; the indicator's definition
 * says which
 * @param runLength the run of points that makes a trend or a shift: 7 (the default, as
 * the MDC tool) or 6
 * @param screenMovingRanges whether unusually large moving ranges are screened out of the
 * limits (off by default, as the MDC tool)
 */
@ConfigurationProperties("assure.indicators")
public record IndicatorSettings(@DefaultValue("REFERRAL") AssessmentClock assessmentClock,
		@DefaultValue("7") int runLength, @DefaultValue("false") boolean screenMovingRanges) {

	public IndicatorSettings {
		if (runLength != 6 && runLength != 7) {
			throw new IllegalArgumentException("assure.indicators.run-length is 7 or 6, not " + runLength);
		}
	}

}
