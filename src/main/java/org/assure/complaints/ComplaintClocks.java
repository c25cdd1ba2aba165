package org.assure.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.assure.calendar.ClockState;
import org.assure.calendar.WorkingDays;
import org.jspecify.annotations.Nullable;

/**
 * The clocks of a complaint's stages, in working days from {@code calendar}: stage 1 from
 * the day it was received, stage 2 from the day it started, the review panel from the
 * request, its report from the meeting and the final response from the report. An
 * extension lengthens its stage's clock; a withdrawn complaint has no clock running.
 */
public final class ComplaintClocks {

	/** A step with a timescale. */
	public enum Step {

		/** The stage 1 response. */
		STAGE_1("Stage 1 response"),

		/** The stage 2 response. */
		STAGE_2("Stage 2 response"),

		/** The review panel meets. */
		PANEL("Review panel meets"),

		/** The panel's report is issued. */
		PANEL_REPORT("Panel's report"),

		/** The council's final response. */
		FINAL_RESPONSE("Final response");

		private final String label;

		Step(String label) {
			this.label = label;
		}

		/**
		 * The step in words.
		 * @return the label
		 */
		public String label() {
			return this.label;
		}

	}

	/**
	 * A step's clock.
	 *
	 * @param step the step
	 * @param due its day
	 * @param done when it was done, or null
	 * @param state where it stands
	 */
	public record Clock(Step step, LocalDate due, @Nullable LocalDate done, ClockState state) {
	}

	private final WorkingDays workingDays;

	private final ComplaintSettings settings;

	/**
	 * The clocks under a calendar and settings.
	 * @param workingDays the working days
	 * @param settings the timescales
	 */
	public ComplaintClocks(WorkingDays workingDays, ComplaintSettings settings) {
		this.workingDays = workingDays;
		this.settings = settings;
	}

	/**
	 * The timescales in force.
	 * @return the settings
	 */
	public ComplaintSettings settings() {
		return this.settings;
	}

	/**
	 * The working days stage 1 has: 10, or 20 when extended (by default).
	 * @param complaint the complaint
	 * @return the working days
	 */
	public int stage1Allowed(Complaint complaint) {
		return (complaint.stage1Extension() != null) ? this.settings.stage1Extended() : this.settings.stage1();
	}

	/**
	 * The working days stage 2 has: 25, or 65 when extended (by default).
	 * @param complaint the complaint
	 * @return the working days
	 */
	public int stage2Allowed(Complaint complaint) {
		return (complaint.stage2Extension() != null) ? this.settings.stage2Extended() : this.settings.stage2();
	}

	/**
	 * Working days from one day to another, as the calendar counts them.
	 * @param from the first day
	 * @param to the last day
	 * @return the working days between
	 */
	public long workingDays(LocalDate from, LocalDate to) {
		return this.workingDays.between(from, to);
	}

	/**
	 * Each step's clock that has started, in order.
	 * @param complaint the complaint
	 * @param today the day
	 * @return the clocks
	 */
	public List<Clock> of(Complaint complaint, LocalDate today) {
		List<Clock> clocks = new ArrayList<>();
		boolean withdrawn = complaint.status() == ComplaintStatus.WITHDRAWN;
		if (complaint.stage1RespondedOn() != null || !complaint.bypassedStage1()) {
			clocks.add(clock(Step.STAGE_1, this.workingDays.plus(complaint.receivedOn(), stage1Allowed(complaint)),
					complaint.stage1RespondedOn(), today));
		}
		if (complaint.stage2StartedOn() != null) {
			clocks.add(clock(Step.STAGE_2, this.workingDays.plus(complaint.stage2StartedOn(), stage2Allowed(complaint)),
					complaint.stage2RespondedOn(), today));
		}
		if (complaint.stage3RequestedOn() != null) {
			clocks.add(clock(Step.PANEL, this.workingDays.plus(complaint.stage3RequestedOn(), this.settings.panel()),
					complaint.panelOn(), today));
		}
		if (complaint.panelOn() != null) {
			clocks.add(clock(Step.PANEL_REPORT, this.workingDays.plus(complaint.panelOn(), this.settings.panelReport()),
					complaint.panelReportOn(), today));
		}
		if (complaint.panelReportOn() != null) {
			clocks.add(clock(Step.FINAL_RESPONSE,
					this.workingDays.plus(complaint.panelReportOn(), this.settings.finalResponse()),
					complaint.finalResponseOn(), today));
		}
		if (withdrawn) {
			clocks.removeIf((c) -> c.done() == null);
		}
		return clocks;
	}

	/**
	 * The clock of the step a complaint waits for, if it is open.
	 * @param complaint the complaint
	 * @param today the day
	 * @return the running clock, or null when nothing is running
	 */
	public @Nullable Clock running(Complaint complaint, LocalDate today) {
		return of(complaint, today).stream()
			.filter((c) -> c.done() == null)
			.reduce((first, second) -> second)
			.orElse(null);
	}

	private Clock clock(Step step, LocalDate due, @Nullable LocalDate done, LocalDate today) {
		return new Clock(step, due, done, ClockState.of(due, done, today, this.workingDays, this.settings.dueSoon()));
	}

}
