package org.assure.lado;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The LADO's rules that a partnership may set: KCSIE's resolution targets (DOMAIN.md §2a)
 * and how many referrals about the same adult, setting or child prompt an evaluation
 * meeting.
 *
 * @param oneMonthTarget the share resolved within one month, in percent (80)
 * @param threeMonthsTarget the share resolved within three months, in percent (90)
 * @param twelveMonthsTarget the share resolved within twelve months, in percent (100: all
 * but the most exceptional)
 * @param repeatReferrals the referral about the same adult, setting or child that prompts
 * an evaluation meeting (the third)
 */
@ConfigurationProperties("assure.lado")
public record LadoSettings(@DefaultValue("80") int oneMonthTarget, @DefaultValue("90") int threeMonthsTarget,
		@DefaultValue("100") int twelveMonthsTarget, @DefaultValue("3") int repeatReferrals) {

	/** The defaults. */
	public static final LadoSettings DEFAULTS = new LadoSettings(80, 90, 100, 3);

}
