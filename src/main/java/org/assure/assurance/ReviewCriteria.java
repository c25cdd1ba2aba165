package org.assure.assurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The criteria for a review as a checklist (DOMAIN.md §5). Before the new arrangements
 * (29 September 2019) a case is serious, and a serious case review must be held, when
 * abuse or neglect is known or suspected and either the child died, or was seriously
 * harmed with cause for concern about how agencies worked together (LSCB Regulations
 * 2006, reg 5(2)); a death in custody or detention always is. From then a serious child
 * safeguarding case is abuse or neglect known or suspected and the child died or was
 * seriously harmed (Children Act 2004 s16C).
 *
 * @param abuseOrNeglect abuse or neglect is known or suspected
 * @param died the child has died (suspected suicide included)
 * @param seriouslyHarmed the child has been seriously harmed
 * @param concernAboutWorkingTogether there is cause for concern about how agencies worked
 * together to safeguard the child
 * @param diedInCustody the child died in custody, on remand, in a secure setting or
 * detained under the Mental Health Act
 */
public record ReviewCriteria(boolean abuseOrNeglect, boolean died, boolean seriouslyHarmed,
		boolean concernAboutWorkingTogether, boolean diedInCustody) {

	/** The day the new arrangements replaced serious case reviews (WT2018). */
	public static final LocalDate NEW_ARRANGEMENTS = LocalDate.of(2019, 9, 29);

	/** No criterion ticked. */
	public static final ReviewCriteria NONE = new ReviewCriteria(false, false, false, false, false);

	/**
	 * Whether the case must be reviewed, by the rules in force on a day.
	 * @param on the day the partnership became aware of the incident
	 * @return true when the criteria are met
	 */
	public boolean met(LocalDate on) {
		if (this.diedInCustody) {
			return true;
		}
		if (!this.abuseOrNeglect) {
			return false;
		}
		if (on.isBefore(NEW_ARRANGEMENTS)) {
			return this.died || (this.seriouslyHarmed && this.concernAboutWorkingTogether);
		}
		return this.died || this.seriouslyHarmed;
	}

	/**
	 * The criteria ticked, in words.
	 * @return each criterion ticked
	 */
	public List<String> ticked() {
		List<String> ticked = new ArrayList<>();
		if (this.abuseOrNeglect) {
			ticked.add("Abuse or neglect known or suspected");
		}
		if (this.died) {
			ticked.add("The child has died");
		}
		if (this.seriouslyHarmed) {
			ticked.add("The child has been seriously harmed");
		}
		if (this.concernAboutWorkingTogether) {
			ticked.add("Cause for concern about how agencies worked together");
		}
		if (this.diedInCustody) {
			ticked.add("Died in custody or detention");
		}
		return ticked;
	}

}
