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
 */
@ConfigurationProperties("assure.indicators")
public record IndicatorSettings(@DefaultValue("REFERRAL") AssessmentClock assessmentClock) {
}
