package org.assure.casedata.validation.cin;

import static org.assure.casedata.validation.cin.Cin.CPP_START;
import static org.assure.casedata.validation.cin.Cin.DETAILS;
import static org.assure.casedata.validation.cin.Cin.DISABILITIES;
import static org.assure.casedata.validation.cin.Cin.EXPECTED_BIRTH;
import static org.assure.casedata.validation.cin.Cin.ICPC;
import static org.assure.casedata.validation.cin.Cin.IDENTIFIERS;
import static org.assure.casedata.validation.cin.Cin.PLANS;
import static org.assure.casedata.validation.cin.Cin.SECTION47;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.Findings;
import org.assure.casedata.validation.ReturnChild;
import org.assure.casedata.validation.ReturnContext;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.RuleSpec;

/**
 * The rules about the return as a whole: its reference date, and the counts across
 * children that the DfE checks at the level of the local authority.
 */
final class CinReturnRules {

	private CinReturnRules() {
	}

	static List<DfeRule> first() {
		return List.of(referenceDate(), new MorePlansThanConferences(), new NoSexRecorded("2886Q",
				"Please check and either amend or provide a reason: Percentage of children with no gender recorded is more than 2% (excluding unborns)",
				"GenderCurrent"), new FewDisabilityCodes(), new OneDisabilityEach());
	}

	/** 2024-25: sex replaces gender. */
	static List<DfeRule> changedIn2025() {
		return List.of(new NoSexRecorded("2886Q",
				"Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)",
				"Sex"));
	}

	private static DfeRule referenceDate() {
		RuleSpec spec = RuleSpec.of("100", "Reference Date is incorrect", "Header.ReferenceDate");
		return new DfeRule() {

			@Override
			public RuleSpec spec() {
				return spec;
			}

			@Override
			public void check(ReturnChild child, ReturnContext context, Findings.Reporter findings) {
			}

			@Override
			public void finish(ReturnContext context, Findings.Reporter findings) {
				Row header = context.header();
				LocalDate given = (header != null) ? header.date("ReferenceDate") : null;
				if (header == null) {
					findings.whole("The return has no header");
				}
				else if (!context.referenceDate().equals(given)) {
					findings.at(header, "ReferenceDate", "Reference date "
							+ ((header.text("ReferenceDate") != null) ? header.text("ReferenceDate") : "missing")
							+ "; the "
							+ org.assure.casedata.validation.ReturnValidation.yearLabel(context.collectionYear())
							+ " census is at " + context.referenceDate());
				}
			}

		};
	}

	/**
	 * 2883: plans starting in the year cannot outnumber the initial conferences held in
	 * it.
	 */
	static final class MorePlansThanConferences implements DfeRule {

		private static final RuleSpec SPEC = RuleSpec.of("2883",
				"There are more child protection plans starting than initial conferences taking place",
				"ChildProtectionPlans.CPPstartDate", "CINdetails.DateOfInitialCPC", "Section47.DateOfInitialCPC");

		private int plans;

		private int conferences;

		@Override
		public RuleSpec spec() {
			return SPEC;
		}

		@Override
		public DfeRule forRun() {
			return new MorePlansThanConferences();
		}

		@Override
		public void check(ReturnChild child, ReturnContext context, Findings.Reporter findings) {
			for (Row episode : child.rows(DETAILS)) {
				if (context.inPeriod(episode.date(ICPC))) {
					this.conferences++;
				}
				for (Row enquiry : episode.rows(SECTION47)) {
					if (context.inPeriod(enquiry.date(ICPC))) {
						this.conferences++;
					}
				}
				for (Row plan : episode.rows(PLANS)) {
					if (context.inPeriod(plan.date(CPP_START))) {
						this.plans++;
					}
				}
			}
		}

		@Override
		public void finish(ReturnContext context, Findings.Reporter findings) {
			if (this.plans > this.conferences) {
				findings.whole(this.plans + " plans start in the year; " + this.conferences
						+ " initial conferences are held in it");
			}
		}

	}

	/** 2886Q: more than 2% of born children without a recorded sex (or gender). */
	static final class NoSexRecorded implements DfeRule {

		private final RuleSpec spec;

		private final String field;

		private int children;

		private int unrecorded;

		NoSexRecorded(String code, String message, String field) {
			this.spec = RuleSpec.of(code, message, "ChildIdentifiers." + field,
					"ChildIdentifiers.ExpectedPersonBirthDate");
			this.field = field;
		}

		@Override
		public RuleSpec spec() {
			return this.spec;
		}

		@Override
		public DfeRule forRun() {
			return new NoSexRecorded(this.spec.code(), this.spec.message(), this.field);
		}

		@Override
		public void check(ReturnChild child, ReturnContext context, Findings.Reporter findings) {
			Row row = child.first(IDENTIFIERS);
			if (row == null) {
				return;
			}
			this.children++;
			String value = row.text(this.field);
			if (value == null && !"Sex".equals(this.field)) {
				value = row.text("Sex");
			}
			boolean none = value == null || "U".equals(value) || "0".equals(value);
			if (none && !row.has(EXPECTED_BIRTH)) {
				this.unrecorded++;
			}
		}

		@Override
		public void finish(ReturnContext context, Findings.Reporter findings) {
			if (this.children > 0 && this.unrecorded * 50 > this.children) {
				findings.whole(this.unrecorded + " of " + this.children + " children ("
						+ String.format("%.1f", 100.0 * this.unrecorded / this.children) + "%) have no "
						+ this.field.toLowerCase(java.util.Locale.ROOT) + " recorded and are not unborn");
			}
		}

	}

	/** 2887Q: fewer than 8 different disability codes across the return. */
	static final class FewDisabilityCodes implements DfeRule {

		private static final RuleSpec SPEC = RuleSpec.of("2887Q",
				"Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return",
				"Disabilities.Disability");

		private final TreeSet<String> codes = new TreeSet<>();

		@Override
		public RuleSpec spec() {
			return SPEC;
		}

		@Override
		public DfeRule forRun() {
			return new FewDisabilityCodes();
		}

		@Override
		public void check(ReturnChild child, ReturnContext context, Findings.Reporter findings) {
			for (Row row : child.rows(DISABILITIES)) {
				String code = row.text("Disability");
				if (code != null && !"NONE".equals(code)) {
					this.codes.add(code);
				}
			}
		}

		@Override
		public void finish(ReturnContext context, Findings.Reporter findings) {
			if (this.codes.size() <= 7) {
				findings.whole(this.codes.size() + " disability codes are used"
						+ (this.codes.isEmpty() ? "" : ": " + String.join(", ", this.codes)));
			}
		}

	}

	/** 2888Q: no child with a disability has more than one recorded. */
	static final class OneDisabilityEach implements DfeRule {

		private static final RuleSpec SPEC = RuleSpec.of("2888Q",
				"Please check: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.",
				"Disabilities.Disability");

		private int withDisability;

		private boolean anyWithMore;

		@Override
		public RuleSpec spec() {
			return SPEC;
		}

		@Override
		public DfeRule forRun() {
			return new OneDisabilityEach();
		}

		@Override
		public void check(ReturnChild child, ReturnContext context, Findings.Reporter findings) {
			// the distinct codes other than NONE, counted as far as two
			String first = null;
			int codes = 0;
			for (Row row : child.rows(DISABILITIES)) {
				String code = row.text("Disability");
				if (code == null || "NONE".equals(code) || code.equals(first)) {
					continue;
				}
				if (first == null) {
					first = code;
					codes = 1;
				}
				else {
					codes = 2;
					break;
				}
			}
			if (codes > 0) {
				this.withDisability++;
			}
			if (codes > 1) {
				this.anyWithMore = true;
			}
		}

		@Override
		public void finish(ReturnContext context, Findings.Reporter findings) {
			if (this.withDisability > 0 && !this.anyWithMore) {
				findings.whole("Each of the " + this.withDisability + " children with a disability has one code");
			}
		}

	}

}
