package org.assure.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle allows only open to in progress to completed to evidenced to closed (with
 * reopening of completed and evidenced actions); overdue and escalated are read from the
 * due date and today.
 */
class ActionLifecycleUnitTests {

	@Test
	void onlyTheNamedMovesAreAllowedAndClosedIsFinal() {
		assertThat(ActionStatus.OPEN.next()).containsExactly(ActionStatus.IN_PROGRESS);
		assertThat(ActionStatus.IN_PROGRESS.next()).containsExactly(ActionStatus.COMPLETED);
		assertThat(ActionStatus.COMPLETED.next()).containsExactlyInAnyOrder(ActionStatus.EVIDENCED,
				ActionStatus.IN_PROGRESS);
		assertThat(ActionStatus.EVIDENCED.next()).containsExactlyInAnyOrder(ActionStatus.CLOSED,
				ActionStatus.IN_PROGRESS);
		assertThat(ActionStatus.CLOSED.next()).isEmpty();
		for (ActionStatus from : ActionStatus.values()) {
			assertThat(from.next()).as("no action stays where it is or skips back to open")
				.doesNotContain(from, ActionStatus.OPEN);
		}
		assertThat(ActionStatus.OPEN.next()).as("an open action cannot be closed or evidenced at once")
			.doesNotContainAnyElementsOf(
					EnumSet.of(ActionStatus.COMPLETED, ActionStatus.EVIDENCED, ActionStatus.CLOSED));
	}

	@Test
	void overdueAndEscalatedAreReadFromTheDueDate() {
		LocalDate due = LocalDate.of(2015, 9, 30);
		Action open = action(ActionStatus.OPEN, due);
		assertThat(open.overdue(due)).as("due today is not overdue").isFalse();
		assertThat(open.overdue(due.plusDays(1))).isTrue();
		assertThat(open.escalated(due.plusDays(28), 28)).as("28 days overdue is not yet escalated").isFalse();
		assertThat(open.escalated(due.plusDays(29), 28)).isTrue();
		assertThat(action(ActionStatus.IN_PROGRESS, due).overdue(due.plusDays(1))).isTrue();
		for (ActionStatus done : EnumSet.of(ActionStatus.COMPLETED, ActionStatus.EVIDENCED, ActionStatus.CLOSED)) {
			assertThat(action(done, due).overdue(due.plusYears(1))).as(done + " is never overdue").isFalse();
			assertThat(action(done, due).escalated(due.plusYears(1), 28)).isFalse();
		}
	}

	@Test
	void codesReadBack() {
		for (ActionStatus status : ActionStatus.values()) {
			assertThat(ActionStatus.fromCode(status.code())).hasValue(status);
		}
		for (ActionSource source : ActionSource.values()) {
			assertThat(ActionSource.fromCode(source.code())).hasValue(source);
		}
		assertThat(ActionStatus.fromCode("done")).isEmpty();
	}

	private static Action action(ActionStatus status, LocalDate due) {
		return new Action(1, 1, ActionSource.OFSTED, "Recommendation 1", "Do it", "", null, null, "Chair", due, status,
				null, null, null, "board-manager", Instant.EPOCH, 0);
	}

}
