package org.assure.casedata.validation.cin;

/**
 * The CIN census tables and fields as the DfE names them.
 */
final class Cin {

	static final String HEADER = "Header";

	static final String IDENTIFIERS = "ChildIdentifiers";

	static final String CHARACTERISTICS = "ChildCharacteristics";

	static final String DISABILITIES = "Disabilities";

	static final String DETAILS = "CINdetails";

	static final String ASSESSMENTS = "Assessments";

	static final String PLAN_DATES = "CINplanDates";

	static final String SECTION47 = "Section47";

	static final String PLANS = "ChildProtectionPlans";

	static final String REVIEWS = "Reviews";

	static final String REFERRAL = "CINreferralDate";

	static final String CLOSURE = "CINclosureDate";

	static final String ICPC = "DateOfInitialCPC";

	static final String ASSESSMENT_START = "AssessmentActualStartDate";

	static final String ASSESSMENT_END = "AssessmentAuthorisationDate";

	static final String PLAN_START = "CINPlanStartDate";

	static final String PLAN_END = "CINPlanEndDate";

	static final String S47_START = "S47ActualStartDate";

	static final String CPP_START = "CPPstartDate";

	static final String CPP_END = "CPPendDate";

	static final String REVIEW = "CPPreviewDate";

	static final String BIRTH = "PersonBirthDate";

	static final String EXPECTED_BIRTH = "ExpectedPersonBirthDate";

	static final String DEATH = "PersonDeathDate";

	private Cin() {
	}

}
