package org.assure.casedata.validation.cin;

import static org.assure.casedata.validation.cin.Cin.CPP_END;
import static org.assure.casedata.validation.cin.Cin.CPP_START;
import static org.assure.casedata.validation.cin.Cin.DETAILS;
import static org.assure.casedata.validation.cin.Cin.PLANS;
import static org.assure.casedata.validation.cin.Cin.PLAN_DATES;
import static org.assure.casedata.validation.cin.Cin.PLAN_END;
import static org.assure.casedata.validation.cin.Cin.PLAN_START;
import static org.assure.casedata.validation.cin.Cin.REFERRAL;
import static org.assure.casedata.validation.cin.Cin.REVIEW;
import static org.assure.casedata.validation.cin.Cin.REVIEWS;

import java.time.LocalDate;
import java.util.List;

import org.assure.casedata.validation.Dates;
import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.ReturnContext;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.Rows;
import org.assure.casedata.validation.RuleSpec;
import org.jspecify.annotations.Nullable;

/**
 * The rules about CIN plans ({@code CINplanDates}) and how they sit beside child
 * protection plans.
 */
final class CinPlanRules {

	private CinPlanRules() {
	}

	static List<DfeRule> first() {
		return List.of(planAfterNoFurtherAction(), planBesideOpenProtectionPlan(), reviewDuringPlan(), twoOpenPlans(),
				planStart(), planEndsBeforeStart(), planSameDay(), planEndInYear(), overlappingPlans(),
				planBeforeReferral(), planStartsDuringProtectionPlan(), protectionPlanStartsDuringPlan());
	}

	private static DfeRule planAfterNoFurtherAction() {
		RuleSpec spec = RuleSpec.of("4000", "CIN Plan details provided for a referral with no further action",
				"CINdetails.ReferralNFA", "CINplanDates.CINPlanStartDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				if (episode.yes("ReferralNFA") && !episode.rows(PLAN_DATES).isEmpty()) {
					findings.at(episode, "ReferralNFA",
							"Marked no further action, with " + episode.rows(PLAN_DATES).size() + " CIN plan(s)");
				}
			}
		});
	}

	private static DfeRule planBesideOpenProtectionPlan() {
		RuleSpec spec = RuleSpec.of("4001", "A CIN Plan cannot run concurrently with a Child Protection Plan",
				"CINplanDates.CINPlanEndDate", "ChildProtectionPlans.CPPendDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				boolean openProtection = Rows.any(episode.rows(PLANS), (plan) -> !plan.has(CPP_END));
				if (!openProtection) {
					continue;
				}
				for (Row plan : episode.rows(PLAN_DATES)) {
					if (!plan.has(PLAN_END)) {
						findings.at(plan, PLAN_END, "An open CIN plan (from " + plan.text(PLAN_START)
								+ ") beside an open child protection plan");
					}
				}
			}
		});
	}

	private static DfeRule reviewDuringPlan() {
		RuleSpec spec = RuleSpec.of("4003",
				"A CPP review date is shown as being held at the same time as an open CIN Plan.",
				"Reviews.CPPreviewDate", "CINplanDates.CINPlanStartDate", "CINplanDates.CINPlanEndDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				for (Row protection : episode.rows(PLANS)) {
					LocalDate protectionEnd = protection.date(CPP_END);
					for (Row review : protection.rows(REVIEWS)) {
						LocalDate date = review.date(REVIEW);
						if (date == null || date.equals(protectionEnd)) {
							continue;
						}
						for (Row plan : episode.rows(PLAN_DATES)) {
							if (during(date, plan.date(PLAN_START), plan.date(PLAN_END), context)) {
								findings.at(review, REVIEW, "Review " + date + " falls in the CIN plan from "
										+ plan.text(PLAN_START) + " to " + text(plan.text(PLAN_END)));
								break;
							}
						}
					}
				}
			}
		});
	}

	private static DfeRule twoOpenPlans() {
		RuleSpec spec = RuleSpec.of("4004", "This child is showing more than one open CIN Plan, i.e. with no End Date",
				"CINplanDates.CINPlanEndDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				List<Row> open = Rows.where(episode.rows(PLAN_DATES), (plan) -> !plan.has(PLAN_END));
				if (open.size() > 1) {
					for (Row plan : open) {
						findings.at(plan, PLAN_END, open.size() + " CIN plans in the episode have no end date");
					}
				}
			}
		});
	}

	private static DfeRule planStart() {
		RuleSpec spec = RuleSpec.of("4010", "CIN Plan start date is missing or out of data collection period",
				"CINplanDates.CINPlanStartDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row plan : child.nested(DETAILS, PLAN_DATES)) {
				LocalDate start = plan.date(PLAN_START);
				if (start == null || start.isAfter(context.referenceDate())) {
					findings.at(plan, PLAN_START, (start == null) ? "No CIN plan start date is given"
							: "CIN plan starts " + start + ", after " + context.referenceDate());
				}
			}
		});
	}

	private static DfeRule planEndsBeforeStart() {
		RuleSpec spec = RuleSpec.of("4011", "CIN Plan End Date earlier than Start Date", "CINplanDates.CINPlanEndDate",
				"CINplanDates.CINPlanStartDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row plan : child.nested(DETAILS, PLAN_DATES)) {
				if (Dates.before(plan.date(PLAN_END), plan.date(PLAN_START))) {
					findings.at(plan, PLAN_END, "Ends " + plan.text(PLAN_END) + ", starts " + plan.text(PLAN_START));
				}
			}
		});
	}

	private static DfeRule planSameDay() {
		RuleSpec spec = RuleSpec.of("4012Q", "CIN Plan shown as starting and ending on the same day - please check",
				"CINplanDates.CINPlanStartDate", "CINplanDates.CINPlanEndDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row plan : child.nested(DETAILS, PLAN_DATES)) {
				if (Dates.same(plan.date(PLAN_START), plan.date(PLAN_END))) {
					findings.at(plan, PLAN_END, "Starts and ends " + plan.text(PLAN_START));
				}
			}
		});
	}

	private static DfeRule planEndInYear() {
		RuleSpec spec = RuleSpec.of("4013", "CIN Plan end date must fall within the census year",
				"CINplanDates.CINPlanEndDate", "Header.ReferenceDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row plan : child.nested(DETAILS, PLAN_DATES)) {
				LocalDate end = plan.date(PLAN_END);
				if (end != null && !context.inPeriod(end)) {
					findings.at(plan, PLAN_END, CinEpisodeRules.outside("Ends", end, context));
				}
			}
		});
	}

	private static DfeRule overlappingPlans() {
		RuleSpec spec = RuleSpec.of("4014", "CIN Plan data contains overlapping dates", "CINplanDates.CINPlanStartDate",
				"CINplanDates.CINPlanEndDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			List<Row> plans = child.nested(DETAILS, PLAN_DATES);
			for (Row plan : plans) {
				LocalDate start = plan.date(PLAN_START);
				for (Row other : plans) {
					if (other != plan && Dates.within(start, other.date(PLAN_START), other.date(PLAN_END),
							context.referenceDate())) {
						findings.at(plan, PLAN_START, "Starts " + start + ", within the CIN plan from "
								+ other.text(PLAN_START) + " to " + text(other.text(PLAN_END)));
						break;
					}
				}
			}
		});
	}

	private static DfeRule planBeforeReferral() {
		RuleSpec spec = RuleSpec.of("4015", "The CIN Plan start date cannot be before the referral date",
				"CINplanDates.CINPlanStartDate", "CINdetails.CINreferralDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				for (Row plan : episode.rows(PLAN_DATES)) {
					if (Dates.before(plan.date(PLAN_START), episode.date(REFERRAL))) {
						findings.at(plan, PLAN_START,
								"Starts " + plan.text(PLAN_START) + ", referral " + episode.text(REFERRAL));
					}
				}
			}
		});
	}

	private static DfeRule planStartsDuringProtectionPlan() {
		RuleSpec spec = RuleSpec.of("4016",
				"A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
				"CINplanDates.CINPlanStartDate", "ChildProtectionPlans.CPPstartDate",
				"ChildProtectionPlans.CPPendDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			List<Row> protections = child.nested(DETAILS, PLANS);
			for (Row plan : child.nested(DETAILS, PLAN_DATES)) {
				LocalDate start = plan.date(PLAN_START);
				for (Row protection : protections) {
					if (during(start, protection.date(CPP_START), protection.date(CPP_END), context)) {
						findings.at(plan, PLAN_START, "CIN plan starts " + start + ", during the child protection plan "
								+ "from " + protection.text(CPP_START) + " to " + text(protection.text(CPP_END)));
						break;
					}
				}
			}
		});
	}

	private static DfeRule protectionPlanStartsDuringPlan() {
		RuleSpec spec = RuleSpec.of("4017",
				"A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
				"ChildProtectionPlans.CPPstartDate", "CINplanDates.CINPlanStartDate", "CINplanDates.CINPlanEndDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			List<Row> plans = child.nested(DETAILS, PLAN_DATES);
			for (Row protection : child.nested(DETAILS, PLANS)) {
				LocalDate start = protection.date(CPP_START);
				for (Row plan : plans) {
					if (during(start, plan.date(PLAN_START), plan.date(PLAN_END), context)) {
						findings.at(protection, CPP_START,
								"Child protection plan starts " + start + ", during the CIN plan from "
										+ plan.text(PLAN_START) + " to " + text(plan.text(PLAN_END)));
						break;
					}
				}
			}
		});
	}

	/**
	 * Whether a date falls on or after a plan's start and before its end (the end day is
	 * free for what follows), or on or before the reference date when the plan is open.
	 */
	static boolean during(@Nullable LocalDate date, @Nullable LocalDate start, @Nullable LocalDate end,
			ReturnContext context) {
		if (date == null || start == null || date.isBefore(start)) {
			return false;
		}
		return (end != null) ? date.isBefore(end) : !date.isAfter(context.referenceDate());
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "(open)";
	}

}
