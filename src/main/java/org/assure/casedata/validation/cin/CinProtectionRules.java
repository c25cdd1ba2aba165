package org.assure.casedata.validation.cin;

import static org.assure.casedata.validation.cin.Cin.CPP_END;
import static org.assure.casedata.validation.cin.Cin.CPP_START;
import static org.assure.casedata.validation.cin.Cin.DEATH;
import static org.assure.casedata.validation.cin.Cin.DETAILS;
import static org.assure.casedata.validation.cin.Cin.PLANS;
import static org.assure.casedata.validation.cin.Cin.REVIEW;
import static org.assure.casedata.validation.cin.Cin.REVIEWS;

import java.time.LocalDate;
import java.util.List;

import org.assure.casedata.validation.Dates;
import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.Rows;
import org.assure.casedata.validation.RuleSpec;

/**
 * The rules about child protection plans and their reviews.
 */
final class CinProtectionRules {

	private CinProtectionRules() {
	}

	static List<DfeRule> first() {
		return List.of(planStart(), previousPlans(), planAfterNoFurtherAction(), planSameDay(), reviewNotAfterStart(),
				reviewWithoutDate(), latestCategory(), planAfterDeath(), planEndsAfterDeath(), planEndsBeforeStart(),
				twoOpenPlans(), overlappingPlans());
	}

	private static DfeRule planStart() {
		RuleSpec spec = RuleSpec.of("8720", "Child Protection Plan Start Date missing or out of data collection period",
				"ChildProtectionPlans.CPPstartDate", "Header.ReferenceDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row plan : child.nested(DETAILS, PLANS)) {
				LocalDate start = plan.date(CPP_START);
				if (start == null || start.isAfter(context.referenceDate())) {
					findings.at(plan, CPP_START, (start == null) ? "No plan start date is given"
							: "Plan starts " + start + ", after " + context.referenceDate());
				}
			}
		});
	}

	private static DfeRule previousPlans() {
		RuleSpec spec = RuleSpec.of("8730", "Total Number of previous Child Protection Plans missing",
				"ChildProtectionPlans.NumberOfPreviousCPP");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row plan : child.nested(DETAILS, PLANS)) {
				Integer previous = plan.number("NumberOfPreviousCPP");
				if (previous == null || previous < 0) {
					findings.at(plan, "NumberOfPreviousCPP",
							plan.has("NumberOfPreviousCPP")
									? "NumberOfPreviousCPP '" + plan.text("NumberOfPreviousCPP") + "' is not a count"
									: "No NumberOfPreviousCPP is given");
				}
			}
		});
	}

	private static DfeRule planAfterNoFurtherAction() {
		RuleSpec spec = RuleSpec.of("8832", "Child Protection details provided for a referral with no further action.",
				"ChildProtectionPlans.CINdetailsID", "CINdetails.ReferralNFA");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				if (episode.yes("ReferralNFA")) {
					for (Row plan : episode.rows(PLANS)) {
						findings.at(plan, CPP_START,
								"A plan starting " + plan.text(CPP_START) + " on an episode marked no further action");
					}
				}
			}
		});
	}

	private static DfeRule planSameDay() {
		RuleSpec spec = RuleSpec.of("8840", "Child Protection Plan cannot start and end on the same day",
				"ChildProtectionPlans.CPPstartDate", "ChildProtectionPlans.CPPendDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row plan : child.nested(DETAILS, PLANS)) {
				if (Dates.same(plan.date(CPP_START), plan.date(CPP_END))) {
					findings.at(plan, CPP_END, "Starts and ends " + plan.text(CPP_START));
				}
			}
		});
	}

	private static DfeRule reviewNotAfterStart() {
		RuleSpec spec = RuleSpec.of("8841",
				"The review date cannot be on the same day or before the Child protection Plan start date.",
				"ChildProtectionPlans.CPPstartDate", "Reviews.CPPreviewDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row plan : child.nested(DETAILS, PLANS)) {
				LocalDate start = plan.date(CPP_START);
				for (Row review : plan.rows(REVIEWS)) {
					LocalDate date = review.date(REVIEW);
					if (start != null && date != null && !date.isAfter(start)) {
						findings.at(review, REVIEW, "Review " + date + "; the plan started " + start);
					}
				}
			}
		});
	}

	private static DfeRule reviewWithoutDate() {
		RuleSpec spec = RuleSpec.of("8842Q", "Please check: Review Record has a missing date", "Reviews.CPPreviewDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row plan : child.nested(DETAILS, PLANS)) {
				for (Row review : plan.rows(REVIEWS)) {
					if (review.date(REVIEW) == null) {
						findings.at(review, REVIEW, review.has(REVIEW)
								? "Review date '" + review.text(REVIEW) + "' is not a date" : "A review has no date");
					}
				}
			}
		});
	}

	private static DfeRule latestCategory() {
		RuleSpec spec = RuleSpec.of("8910",
				"Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
				"ChildProtectionPlans.LatestCategoryOfAbuse");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row plan : child.nested(DETAILS, PLANS)) {
				String category = plan.text("LatestCategoryOfAbuse");
				if (category == null
						|| !context.codes().codes("CategoryOfAbuse", context.collectionYear()).contains(category)) {
					findings.at(plan, "LatestCategoryOfAbuse", (category == null) ? "No latest category is given"
							: "'" + category + "' is not a category of abuse code");
				}
			}
		});
	}

	private static DfeRule planAfterDeath() {
		RuleSpec spec = RuleSpec.of("8915", "Child Protection Plan shown as starting after the child’s Date of Death",
				"ChildProtectionPlans.CPPstartDate", "ChildIdentifiers.PersonDeathDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			LocalDate death = CinChildRules.date(child, DEATH);
			for (Row plan : child.nested(DETAILS, PLANS)) {
				if (Dates.after(plan.date(CPP_START), death)) {
					findings.at(plan, CPP_START, "Plan starts " + plan.text(CPP_START) + ", the child died " + death);
				}
			}
		});
	}

	private static DfeRule planEndsAfterDeath() {
		RuleSpec spec = RuleSpec.of("8920", "Child Protection Plan cannot end after the child’s Date of Death",
				"ChildProtectionPlans.CPPendDate", "ChildIdentifiers.PersonDeathDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			LocalDate death = CinChildRules.date(child, DEATH);
			for (Row plan : child.nested(DETAILS, PLANS)) {
				if (Dates.after(plan.date(CPP_END), death)) {
					findings.at(plan, CPP_END, "Plan ends " + plan.text(CPP_END) + ", the child died " + death);
				}
			}
		});
	}

	private static DfeRule planEndsBeforeStart() {
		RuleSpec spec = RuleSpec.of("8925", "Child Protection Plan End Date earlier than Start Date",
				"ChildProtectionPlans.CPPstartDate", "ChildProtectionPlans.CPPendDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row plan : child.nested(DETAILS, PLANS)) {
				if (Dates.before(plan.date(CPP_END), plan.date(CPP_START))) {
					findings.at(plan, CPP_END, "Ends " + plan.text(CPP_END) + ", starts " + plan.text(CPP_START));
				}
			}
		});
	}

	private static DfeRule twoOpenPlans() {
		RuleSpec spec = RuleSpec.of("8935",
				"This child is showing more than one open Child Protection plan, i.e. with no End Date",
				"ChildProtectionPlans.CPPendDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			List<Row> open = Rows.where(child.nested(DETAILS, PLANS), (plan) -> !plan.has(CPP_END));
			if (open.size() > 1) {
				for (Row plan : open) {
					findings.at(plan, CPP_END, open.size() + " of the child's plans have no end date");
				}
			}
		});
	}

	private static DfeRule overlappingPlans() {
		RuleSpec spec = RuleSpec.of("8940", "Child Protection Plan data contains overlapping dates",
				"ChildProtectionPlans.CPPstartDate", "ChildProtectionPlans.CPPendDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			List<Row> plans = child.nested(DETAILS, PLANS);
			for (Row plan : plans) {
				LocalDate start = plan.date(CPP_START);
				for (Row other : plans) {
					if (other != plan && Dates.within(start, other.date(CPP_START), other.date(CPP_END),
							context.referenceDate())) {
						findings.at(plan, CPP_START, "Starts " + start + ", within the plan from "
								+ other.text(CPP_START) + " to " + String.valueOf(other.text(CPP_END)));
						break;
					}
				}
			}
		});
	}

}
