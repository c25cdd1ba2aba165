package org.assure.governance.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.governance.AttendanceRecord;
import org.assure.governance.BoardGroup;
import org.assure.governance.Budget;
import org.assure.governance.BusinessPlan;
import org.assure.governance.Governance;
import org.assure.governance.GroupKind;
import org.assure.governance.PlanProgress;
import org.assure.reporting.AnnualReportContent;
import org.assure.reporting.AnnualReportContent.Block;
import org.assure.reporting.AnnualReportContent.Paragraph;
import org.assure.reporting.AnnualReportContent.Span;
import org.assure.reporting.AnnualReportContent.Trace;
import org.assure.reporting.AnnualReportPart;
import org.assure.reporting.AnnualReportSection;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The governance module's parts of the annual report: the board's meetings and each
 * member's attendance, the sub-groups' meetings and attendance, the business plan's
 * priorities with each activity's latest progress, and the budget: every partner's
 * contribution and what was spent.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceAnnualSections {

	@Bean
	AnnualReportSection boardAttendanceSection(Governance governance) {
		return new Board(governance);
	}

	@Bean
	AnnualReportSection subGroupAttendanceSection(Governance governance) {
		return new SubGroups(governance);
	}

	@Bean
	AnnualReportSection businessPlanSection(BusinessPlan plan) {
		return new Plan(plan);
	}

	@Bean
	AnnualReportSection budgetSection(Budget budget) {
		return new Money(budget);
	}

	static String percent(@Nullable Double value) {
		return (value == null) ? "–" : String.format(Locale.UK, "%.1f%%", value);
	}

	/** The board's attendance. */
	static final class Board implements AnnualReportSection {

		private final Governance governance;

		Board(Governance governance) {
			this.governance = governance;
		}

		@Override
		public AnnualReportPart part() {
			return AnnualReportPart.GOVERNANCE;
		}

		@Override
		public Optional<AnnualReportContent.Contribution> contribute(long partnershipId,
				ReportingPeriod.FinancialYear year) {
			List<Block> blocks = new ArrayList<>();
			for (BoardGroup group : this.governance.groups(partnershipId)) {
				if (group.kind() != GroupKind.BOARD) {
					continue;
				}
				AttendanceRecord record = this.governance.attendanceRecord(partnershipId, group.id(), year);
				Trace trace = new Trace("Members' attendance at the meetings of " + group.name(), year.label(),
						"attendance recorded in Assure", "/governance/attendance?year=" + year.code());
				blocks.add(new AnnualReportContent.Heading(group.name()));
				if (record.meetings().isEmpty()) {
					blocks.add(Paragraph
						.of(group.name() + " has no meeting with attendance recorded in " + year.label() + "."));
					continue;
				}
				blocks.add(new Paragraph(List.of(Span.words(group.name() + " met "),
						Span.figure(String.valueOf(record.meetings().size()), trace),
						Span.words(" times in " + year.label() + ". Members attended "),
						Span.figure(percent(record.overall()), trace),
						Span.words(" of the meetings they were expected at"
								+ (group.chair() != null ? "; the chair is " + group.chair() : "") + "."))));
				List<List<Span>> rows = new ArrayList<>();
				for (AttendanceRecord.Row row : record.rows()) {
					rows.add(List.of(Span.words(row.seat()), Span.figure(String.valueOf(row.attended()), trace),
							Span.figure(String.valueOf(row.expected()), trace),
							Span.figure(percent(row.percent()), trace)));
				}
				blocks.add(new AnnualReportContent.Grid("Attendance by member",
						List.of("Member", "Attended", "Expected", "Attendance"), rows));
			}
			if (blocks.isEmpty()) {
				blocks.add(Paragraph.of("No board is recorded in Assure."));
			}
			return Optional.of(new AnnualReportContent.Contribution("", blocks));
		}

	}

	/** The sub-groups' meetings. */
	static final class SubGroups implements AnnualReportSection {

		private final Governance governance;

		SubGroups(Governance governance) {
			this.governance = governance;
		}

		@Override
		public AnnualReportPart part() {
			return AnnualReportPart.SUB_GROUPS;
		}

		@Override
		public Optional<AnnualReportContent.Contribution> contribute(long partnershipId,
				ReportingPeriod.FinancialYear year) {
			List<Governance.GroupAttendance> all = this.governance.subGroupAttendance(partnershipId, year);
			if (all.isEmpty()) {
				return Optional.empty();
			}
			List<Governance.GroupAttendance> groups = all.stream().filter((g) -> g.meetings() > 0).toList();
			if (groups.isEmpty()) {
				return Optional.of(AnnualReportContent.Contribution.nothingRecorded("Meetings and attendance",
						"No sub-group meeting with attendance is recorded in Assure for " + year.label() + "."));
			}
			Trace trace = new Trace("Sub-group meetings with attendance recorded", year.label(),
					"attendance recorded in Assure", "/governance/attendance?year=" + year.code());
			List<List<Span>> rows = new ArrayList<>();
			for (Governance.GroupAttendance group : groups) {
				rows.add(List.of(Span.words(group.group()), Span.figure(String.valueOf(group.meetings()), trace),
						Span.figure(percent(group.percent()), trace)));
			}
			return Optional.of(new AnnualReportContent.Contribution("Meetings and attendance",
					List.of(new AnnualReportContent.Grid("The sub-groups' meetings in " + year.label(),
							List.of("Sub-group", "Meetings", "Attendance"), rows))));
		}

	}

	/** The business plan. */
	static final class Plan implements AnnualReportSection {

		private final BusinessPlan plan;

		Plan(BusinessPlan plan) {
			this.plan = plan;
		}

		@Override
		public AnnualReportPart part() {
			return AnnualReportPart.BUSINESS_PLAN;
		}

		@Override
		public Optional<AnnualReportContent.Contribution> contribute(long partnershipId,
				ReportingPeriod.FinancialYear year) {
			List<BusinessPlan.Priority> priorities = this.plan.plan(partnershipId);
			if (priorities.isEmpty()) {
				return Optional.empty();
			}
			Trace trace = new Trace("The business plan's activities and their latest progress review", year.label(),
					"the business plan recorded in Assure", "/governance/plan");
			List<Block> blocks = new ArrayList<>();
			Map<@Nullable PlanProgress, Integer> glance = BusinessPlan.glance(priorities);
			List<String> parts = new ArrayList<>();
			glance.forEach((progress, n) -> parts
				.add(n + " " + ((progress == null) ? "not yet reviewed" : progress.label().toLowerCase(Locale.UK))));
			int activities = glance.values().stream().mapToInt(Integer::intValue).sum();
			blocks.add(new Paragraph(
					List.of(Span.words("The business plan has "), Span.figure(String.valueOf(priorities.size()), trace),
							Span.words(" priorities and "), Span.figure(String.valueOf(activities), trace),
							Span.words(" activities. At their latest review: " + String.join(", ", parts) + "."))));
			for (BusinessPlan.Priority priority : priorities) {
				List<List<Span>> rows = new ArrayList<>();
				priority.objectives()
					.forEach((objective, list) -> list.forEach(
							(activity) -> rows.add(List.of(Span.words(activity.code() + ". " + activity.activity()),
									Span.words(activity.lead()),
									Span.words((activity.latest() == null) ? "Not yet reviewed"
											: activity.latest().progress().label() + " ("
													+ quarter(activity.latest().quarter()) + ")")))));
				blocks.add(new AnnualReportContent.Grid("Priority " + priority.number() + ": " + priority.title(),
						List.of("Activity", "Lead", "Latest progress"), rows));
			}
			return Optional.of(new AnnualReportContent.Contribution("", blocks));
		}

		private static String quarter(String code) {
			try {
				return ReportingPeriod.parse(code).label();
			}
			catch (IllegalArgumentException ex) {
				return code;
			}
		}

	}

	/** The budget. */
	static final class Money implements AnnualReportSection {

		private final Budget budget;

		Money(Budget budget) {
			this.budget = budget;
		}

		@Override
		public AnnualReportPart part() {
			return AnnualReportPart.BUDGET;
		}

		@Override
		public Optional<AnnualReportContent.Contribution> contribute(long partnershipId,
				ReportingPeriod.FinancialYear year) {
			Budget.Year money = this.budget.of(partnershipId, year);
			if (money.contributions().isEmpty() && money.spending().isEmpty()) {
				return Optional.empty();
			}
			Trace trace = new Trace("Partners' contributions to the budget and what was spent", year.label(),
					"the budget recorded in Assure", "/governance/budget?year=" + year.code());
			List<Block> blocks = new ArrayList<>();
			blocks.add(new Paragraph(List.of(Span.words("In " + year.label() + " the partners contributed "),
					Span.figure(pounds(money.income()), trace), Span.words(" and "),
					Span.figure(pounds(money.spent()), trace), Span.words(" was spent, leaving "),
					Span.figure(pounds(money.balance()), trace), Span.words("."))));
			blocks.add(lines("Contributions", "Partner", money.contributions(), money.income(), trace));
			blocks.add(lines("Spending", "Category", money.spending(), money.spent(), trace));
			return Optional.of(new AnnualReportContent.Contribution("", blocks));
		}

		private static AnnualReportContent.Grid lines(String caption, String corner, List<Budget.Line> lines,
				BigDecimal total, Trace trace) {
			List<List<Span>> rows = new ArrayList<>();
			for (Budget.Line line : lines) {
				rows.add(List.of(Span.words(line.label()), Span.figure(pounds(line.amount()), trace),
						Span.figure(String.format(Locale.UK, "%.1f%%", line.share()), trace)));
			}
			rows.add(List.of(Span.words("Total"), Span.figure(pounds(total), trace), Span.words("100%")));
			return new AnnualReportContent.Grid(caption, List.of(corner, "Amount", "Share"), rows);
		}

		static String pounds(BigDecimal amount) {
			NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
			format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
			format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
			return format.format(amount);
		}

	}

}
