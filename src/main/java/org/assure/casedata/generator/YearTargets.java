package org.assure.casedata.generator;

/**
 * What one financial year of generated journeys must show: flows during the year and
 * stocks at its 31 March.
 *
 * @param contacts contacts received
 * @param referrals referrals (episodes of need started)
 * @param assessmentsCompleted single assessments authorised
 * @param assessmentsWithin45 of those, authorised within 45 working days of the referral
 * @param section47 Section 47 enquiries started
 * @param icpcs initial child protection conferences held
 * @param plansStarted child protection plans started
 * @param onPlanAtYearEnd children on a plan at 31 March
 * @param inNeedAtYearEnd children in need (an open episode) at 31 March
 * @param lookedAfterAtYearEnd children looked after at 31 March
 */
public record YearTargets(int contacts, int referrals, int assessmentsCompleted, int assessmentsWithin45, int section47,
		int icpcs, int plansStarted, int onPlanAtYearEnd, int inNeedAtYearEnd, int lookedAfterAtYearEnd) {

	/**
	 * Leicester, 2014-15, as the seed report gives the figures.
	 */
	public static final YearTargets LEICESTER_2014_15 = new YearTargets(24_911, 4_809, 2_795, 1_673, 1_444, 527, 465,
			427, 2_267, 559);

	/**
	 * About how many distinct children one Leicester year touches (contacts and stocks).
	 */
	static final int LEICESTER_CHILDREN_PER_YEAR = 19_500;

	/**
	 * These targets scaled, for a generated area of another size.
	 * @param factor the ratio of sizes
	 * @return the scaled targets, each at least its smallest sensible value
	 */
	public YearTargets scaled(double factor) {
		int referrals = atLeast(this.referrals * factor, 1);
		int section47 = Math.min(referrals, atLeast(this.section47 * factor, 0));
		int icpcs = Math.min(section47, atLeast(this.icpcs * factor, 0));
		int plans = Math.min(icpcs, atLeast(this.plansStarted * factor, 0));
		int assessed = Math.min(referrals, atLeast(this.assessmentsCompleted * factor, 0));
		int onPlan = atLeast(this.onPlanAtYearEnd * factor, 0);
		int looked = atLeast(this.lookedAfterAtYearEnd * factor, 0);
		return new YearTargets(Math.max(referrals, atLeast(this.contacts * factor, 1)), referrals, assessed,
				Math.min(assessed, atLeast(this.assessmentsWithin45 * factor, 0)), section47, icpcs, plans, onPlan,
				Math.max(onPlan + looked, atLeast(this.inNeedAtYearEnd * factor, 0)), looked);
	}

	private static int atLeast(double value, int minimum) {
		return Math.max(minimum, (int) Math.round(value));
	}

}
