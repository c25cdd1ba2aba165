package org.assure.calendar;

/**
 * How a span of working days is counted. DOMAIN.md section 9 recommends the first,
 * pending a check against the DfE COLLECT specification; a partnership may choose the
 * other in settings.
 */
public enum CountingConvention {

	/**
	 * The start date is day 0 and the end date counts: the working days in (start, end].
	 * A referral on Monday and an assessment authorised on Tuesday took 1 working day.
	 */
	START_IS_DAY_ZERO,

	/**
	 * Both dates count: the working days in [start, end]. A referral on Monday and an
	 * assessment authorised on Tuesday took 2 working days.
	 */
	START_IS_DAY_ONE

}
