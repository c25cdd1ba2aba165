package org.assure.complaints;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * A children's statutory complaint through its stages: local resolution (stage 1), an
 * investigation (stage 2), the review panel (stage 3). Each stage's response ends it; the
 * complainant may take it to the next stage, or withdraw it before it is answered. The
 * service users it concerns are counted for equality monitoring, never named.
 *
 * @param id its number
 * @param receivedOn when it was received: stage 1's clock starts here
 * @param category who made it, as the Act lists them
 * @param byChild whether a child or young person made it directly
 * @param serviceUsers how many service users it concerns
 * @param disabledUsers how many of them have a disability
 * @param lookedAfterUsers how many of them are looked after or have recently left care
 * @param gender the gender of the complainant or service user
 * @param ethnicity the ethnicity of the complainant or service user
 * @param serviceArea the service complained about
 * @param reason why, as the complainant sees it
 * @param summary the complaint in brief, without names
 * @param stage1Extension why stage 1 was extended, or null
 * @param stage1RespondedOn when stage 1 was answered, or null
 * @param stage1Outcome what stage 1 found, or null
 * @param stage2StartedOn when stage 2 started, or null
 * @param stage2Extension why stage 2 was extended, or null
 * @param stage2RespondedOn when stage 2 was answered, or null
 * @param stage2Outcome what stage 2 found, or null
 * @param stage3RequestedOn when the review panel was requested, or null
 * @param panelOn when the panel met, or null
 * @param panelReportOn when its report was issued, or null
 * @param finalResponseOn when the council's final response was sent, or null
 * @param stage3Outcome what the final response found, or null
 * @param withdrawnOn when the complainant withdrew it, or null
 * @param ombudsmanOn when it went to the Local Government Ombudsman, or null
 * @param status where it stands
 */
public record Complaint(long id, LocalDate receivedOn, ComplainantCategory category, boolean byChild, int serviceUsers,
		int disabledUsers, int lookedAfterUsers, Gender gender, Ethnicity ethnicity, String serviceArea,
		ComplaintReason reason, String summary, @Nullable String stage1Extension, @Nullable LocalDate stage1RespondedOn,
		@Nullable ComplaintOutcome stage1Outcome, @Nullable LocalDate stage2StartedOn, @Nullable String stage2Extension,
		@Nullable LocalDate stage2RespondedOn, @Nullable ComplaintOutcome stage2Outcome,
		@Nullable LocalDate stage3RequestedOn, @Nullable LocalDate panelOn, @Nullable LocalDate panelReportOn,
		@Nullable LocalDate finalResponseOn, @Nullable ComplaintOutcome stage3Outcome, @Nullable LocalDate withdrawnOn,
		@Nullable LocalDate ombudsmanOn, ComplaintStatus status) {

	/**
	 * Stage 1 extended (to 20 working days by default), with the reason the complainant
	 * is given.
	 * @param why the reason
	 * @return the complaint
	 * @throws IllegalComplaintMoveException when it is not at stage 1, or extended
	 * already
	 */
	public Complaint extendStage1(String why) {
		requireStatus(ComplaintStatus.STAGE_1, "have stage 1 extended");
		if (this.stage1Extension != null) {
			throw new IllegalComplaintMoveException("Stage 1 was extended already: " + this.stage1Extension);
		}
		return with((b) -> b.stage1Extension = why.strip());
	}

	/**
	 * Stage 1 answered: the complaint is resolved unless the complainant takes it
	 * further.
	 * @param on when
	 * @param found the outcome
	 * @return the complaint, resolved
	 * @throws IllegalComplaintMoveException when it is not at stage 1, or the day is
	 * before it was received
	 */
	public Complaint respondStage1(LocalDate on, ComplaintOutcome found) {
		requireStatus(ComplaintStatus.STAGE_1, "have a stage 1 response");
		notBefore(on, this.receivedOn, "the complaint was received");
		return with((b) -> {
			b.stage1RespondedOn = on;
			b.stage1Outcome = found;
			b.status = ComplaintStatus.RESOLVED;
		});
	}

	/**
	 * Taken to stage 2: after stage 1's response, at the complainant's request, or
	 * straight from stage 1 when it is accepted at stage 2.
	 * @param on when stage 2 starts
	 * @return the complaint, at stage 2
	 * @throws IllegalComplaintMoveException when it is past stage 1, or the day is before
	 * the step before
	 */
	public Complaint startStage2(LocalDate on) {
		boolean fromStage1 = this.status == ComplaintStatus.STAGE_1;
		boolean afterStage1 = this.status == ComplaintStatus.RESOLVED && this.stage2StartedOn == null
				&& this.stage3RequestedOn == null;
		if (!fromStage1 && !afterStage1) {
			throw new IllegalComplaintMoveException("A complaint that stands at '" + describe()
					+ "' cannot be taken to stage 2: only one at stage 1, or answered at stage 1");
		}
		notBefore(on, (this.stage1RespondedOn != null) ? this.stage1RespondedOn : this.receivedOn,
				(this.stage1RespondedOn != null) ? "the stage 1 response" : "the complaint was received");
		return with((b) -> {
			b.stage2StartedOn = on;
			b.status = ComplaintStatus.STAGE_2;
		});
	}

	/**
	 * Stage 2 extended (to 65 working days by default), with the reason given in writing.
	 * @param why the reason
	 * @return the complaint
	 * @throws IllegalComplaintMoveException when it is not at stage 2, or extended
	 * already
	 */
	public Complaint extendStage2(String why) {
		requireStatus(ComplaintStatus.STAGE_2, "have stage 2 extended");
		if (this.stage2Extension != null) {
			throw new IllegalComplaintMoveException("Stage 2 was extended already: " + this.stage2Extension);
		}
		return with((b) -> b.stage2Extension = why.strip());
	}

	/**
	 * Stage 2 answered.
	 * @param on when
	 * @param found the outcome
	 * @return the complaint, resolved
	 * @throws IllegalComplaintMoveException when it is not at stage 2, or the day is
	 * before it started
	 */
	public Complaint respondStage2(LocalDate on, ComplaintOutcome found) {
		requireStatus(ComplaintStatus.STAGE_2, "have a stage 2 response");
		notBefore(on, java.util.Objects.requireNonNull(this.stage2StartedOn), "stage 2 started");
		return with((b) -> {
			b.stage2RespondedOn = on;
			b.stage2Outcome = found;
			b.status = ComplaintStatus.RESOLVED;
		});
	}

	/**
	 * The review panel requested after stage 2's response.
	 * @param on when the request was received
	 * @return the complaint, at stage 3
	 * @throws IllegalComplaintMoveException when stage 2 was not answered, or stage 3 was
	 * requested already
	 */
	public Complaint requestStage3(LocalDate on) {
		if (this.stage2RespondedOn == null || this.stage3RequestedOn != null
				|| this.status != ComplaintStatus.RESOLVED) {
			throw new IllegalComplaintMoveException("A review panel is requested after the stage 2 response: this "
					+ "complaint stands at '" + describe() + "'");
		}
		notBefore(on, this.stage2RespondedOn, "the stage 2 response");
		return with((b) -> {
			b.stage3RequestedOn = on;
			b.status = ComplaintStatus.STAGE_3;
		});
	}

	/**
	 * The review panel met.
	 * @param on when
	 * @return the complaint
	 * @throws IllegalComplaintMoveException when it is not at stage 3, the panel met
	 * already, or the day is before the request
	 */
	public Complaint holdPanel(LocalDate on) {
		requireStatus(ComplaintStatus.STAGE_3, "have its panel recorded");
		if (this.panelOn != null) {
			throw new IllegalComplaintMoveException("The panel met on " + this.panelOn + " already");
		}
		notBefore(on, java.util.Objects.requireNonNull(this.stage3RequestedOn), "the request for a panel");
		return with((b) -> b.panelOn = on);
	}

	/**
	 * The panel's report and recommendations issued.
	 * @param on when
	 * @return the complaint
	 * @throws IllegalComplaintMoveException when the panel has not met, or the report was
	 * issued already
	 */
	public Complaint issuePanelReport(LocalDate on) {
		requireStatus(ComplaintStatus.STAGE_3, "have a panel report");
		if (this.panelOn == null) {
			throw new IllegalComplaintMoveException("The panel's report follows its meeting: record the meeting first");
		}
		if (this.panelReportOn != null) {
			throw new IllegalComplaintMoveException("The panel's report was issued on " + this.panelReportOn);
		}
		notBefore(on, this.panelOn, "the panel met");
		return with((b) -> b.panelReportOn = on);
	}

	/**
	 * The council's final response to the panel's report.
	 * @param on when
	 * @param found the outcome
	 * @return the complaint, resolved
	 * @throws IllegalComplaintMoveException when the panel's report was not issued
	 */
	public Complaint respondStage3(LocalDate on, ComplaintOutcome found) {
		requireStatus(ComplaintStatus.STAGE_3, "have a final response");
		if (this.panelReportOn == null) {
			throw new IllegalComplaintMoveException(
					"The final response answers the panel's report: record the report first");
		}
		notBefore(on, this.panelReportOn, "the panel's report");
		return with((b) -> {
			b.finalResponseOn = on;
			b.stage3Outcome = found;
			b.status = ComplaintStatus.RESOLVED;
		});
	}

	/**
	 * Withdrawn by the complainant before it was answered.
	 * @param on when
	 * @return the complaint, withdrawn
	 * @throws IllegalComplaintMoveException when it is answered or withdrawn already
	 */
	public Complaint withdrawByComplainant(LocalDate on) {
		if (this.status == ComplaintStatus.RESOLVED || this.status == ComplaintStatus.WITHDRAWN) {
			throw new IllegalComplaintMoveException(
					"A complaint that stands at '" + describe() + "' cannot be withdrawn: it is not open");
		}
		notBefore(on, this.receivedOn, "the complaint was received");
		return with((b) -> {
			b.withdrawnOn = on;
			b.status = ComplaintStatus.WITHDRAWN;
		});
	}

	/**
	 * Taken to the Local Government Ombudsman after the council's response.
	 * @param on when
	 * @return the complaint
	 * @throws IllegalComplaintMoveException when it was not answered, or went to the
	 * Ombudsman already
	 */
	public Complaint toOmbudsman(LocalDate on) {
		if (this.status != ComplaintStatus.RESOLVED) {
			throw new IllegalComplaintMoveException(
					"A complaint goes to the Ombudsman once the council has answered it: it stands at '" + describe()
							+ "'");
		}
		if (this.ombudsmanOn != null) {
			throw new IllegalComplaintMoveException("It went to the Ombudsman on " + this.ombudsmanOn + " already");
		}
		notBefore(on, this.receivedOn, "the complaint was received");
		return with((b) -> b.ombudsmanOn = on);
	}

	/**
	 * The outcome of the last stage that answered it.
	 * @return the outcome, or null when none answered it
	 */
	public @Nullable ComplaintOutcome outcome() {
		if (this.stage3Outcome != null) {
			return this.stage3Outcome;
		}
		return (this.stage2Outcome != null) ? this.stage2Outcome : this.stage1Outcome;
	}

	/**
	 * Whether it was accepted at stage 2 without a stage 1 response.
	 * @return true when stage 1 was bypassed
	 */
	public boolean bypassedStage1() {
		return this.stage2StartedOn != null && this.stage1RespondedOn == null;
	}

	/**
	 * Where it stands, in words.
	 * @return such as "Resolved at stage 1"
	 */
	public String describe() {
		if (this.status != ComplaintStatus.RESOLVED) {
			return this.status.label();
		}
		int stage = (this.finalResponseOn != null) ? 3 : (this.stage2RespondedOn != null) ? 2 : 1;
		return "Answered at stage " + stage;
	}

	private void requireStatus(ComplaintStatus needed, String what) {
		if (this.status != needed) {
			throw new IllegalComplaintMoveException("A complaint that stands at '" + describe() + "' cannot " + what);
		}
	}

	private static void notBefore(LocalDate day, LocalDate earlier, String what) {
		if (day.isBefore(earlier)) {
			throw new IllegalComplaintMoveException("The day cannot be before " + what + " (" + earlier + ")");
		}
	}

	private Complaint with(Consumer<Builder> change) {
		Builder b = new Builder(this);
		change.accept(b);
		return b.build();
	}

	/** The values a move changes. */
	private static final class Builder {

		private final Complaint from;

		private @Nullable String stage1Extension;

		private @Nullable LocalDate stage1RespondedOn;

		private @Nullable ComplaintOutcome stage1Outcome;

		private @Nullable LocalDate stage2StartedOn;

		private @Nullable String stage2Extension;

		private @Nullable LocalDate stage2RespondedOn;

		private @Nullable ComplaintOutcome stage2Outcome;

		private @Nullable LocalDate stage3RequestedOn;

		private @Nullable LocalDate panelOn;

		private @Nullable LocalDate panelReportOn;

		private @Nullable LocalDate finalResponseOn;

		private @Nullable ComplaintOutcome stage3Outcome;

		private @Nullable LocalDate withdrawnOn;

		private @Nullable LocalDate ombudsmanOn;

		private ComplaintStatus status;

		Builder(Complaint from) {
			this.from = from;
			this.stage1Extension = from.stage1Extension;
			this.stage1RespondedOn = from.stage1RespondedOn;
			this.stage1Outcome = from.stage1Outcome;
			this.stage2StartedOn = from.stage2StartedOn;
			this.stage2Extension = from.stage2Extension;
			this.stage2RespondedOn = from.stage2RespondedOn;
			this.stage2Outcome = from.stage2Outcome;
			this.stage3RequestedOn = from.stage3RequestedOn;
			this.panelOn = from.panelOn;
			this.panelReportOn = from.panelReportOn;
			this.finalResponseOn = from.finalResponseOn;
			this.stage3Outcome = from.stage3Outcome;
			this.withdrawnOn = from.withdrawnOn;
			this.ombudsmanOn = from.ombudsmanOn;
			this.status = from.status;
		}

		Complaint build() {
			Complaint f = this.from;
			return new Complaint(f.id, f.receivedOn, f.category, f.byChild, f.serviceUsers, f.disabledUsers,
					f.lookedAfterUsers, f.gender, f.ethnicity, f.serviceArea, f.reason, f.summary, this.stage1Extension,
					this.stage1RespondedOn, this.stage1Outcome, this.stage2StartedOn, this.stage2Extension,
					this.stage2RespondedOn, this.stage2Outcome, this.stage3RequestedOn, this.panelOn,
					this.panelReportOn, this.finalResponseOn, this.stage3Outcome, this.withdrawnOn, this.ombudsmanOn,
					this.status);
		}

	}

}
