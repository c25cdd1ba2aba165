package org.assure.assurance;

import java.time.YearMonth;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the audit flow: whatever moves are tried in whatever order, an audit only
 * ever moves to a status its last one allows, only an audit held carries grades, and an
 * approved audit is graded on every question or on none.
 */
class AuditLifecycleProperties {

	private static final List<String> QUESTIONS = AuditSettings.DEFAULTS.questions();

	enum Move {

		IDENTIFY, AGREE, INVITE, HOLD, GRADE, DRAFT, APPROVE, DISSEMINATE, POSTPONE, RESCHEDULE

	}

	@Property
	void everyAcceptedMoveIsOneTheStatusAllows(@ForAll("moves") List<Move> moves) {
		AuditBuilder builder = AuditBuilder.scheduledFor(YearMonth.of(2015, 6));
		CaseFileAudit audit = builder.scheduled();
		int day = 1;
		for (Move move : moves) {
			day = Math.min(day + 1, 28);
			AuditStatus before = audit.status();
			try {
				CaseFileAudit after = apply(audit, move, builder, day);
				if (after.status() != before) {
					assertThat(before.next()).contains(after.status());
				}
				audit = after;
			}
			catch (IllegalAuditMoveException refused) {
				assertThat(refused.getMessage()).isNotBlank();
			}
		}
		if (!audit.grades().isEmpty()) {
			assertThat(audit.status().held()).as("only an audit held is graded").isTrue();
		}
		if (audit.approvedOn() != null) {
			assertThat(audit.grades().isEmpty() || audit.missingGrades(QUESTIONS).isEmpty())
				.as("an approved audit is graded on every question or on none")
				.isTrue();
		}
	}

	private static CaseFileAudit apply(CaseFileAudit audit, Move move, AuditBuilder builder, int day) {
		return switch (move) {
			case IDENTIFY -> audit.identifyCase(null, "A case");
			case AGREE -> audit.agreeLines("Lines", List.of(AuditBuilder.POLICE));
			case INVITE -> audit.sendInvitations(builder.day(day), 3);
			case HOLD -> audit.holdMeeting(builder.day(day));
			case GRADE -> audit.grade(1, QUESTIONS.get(day % QUESTIONS.size()), AuditGrade.GOOD);
			case DRAFT -> audit.draftReport(builder.day(day), "Messages");
			case APPROVE -> audit.approve(builder.day(day), "SEG", QUESTIONS);
			case DISSEMINATE -> audit.disseminate(builder.day(day), "Briefings");
			case POSTPONE -> audit.postpone(Postponement.TIME, "");
			case RESCHEDULE -> {
				assertThat(audit.rescheduleAs(YearMonth.of(2015, 9)).status()).isEqualTo(AuditStatus.SCHEDULED);
				yield audit;
			}
		};
	}

	@Provide
	Arbitrary<List<Move>> moves() {
		return Arbitraries.of(Move.class).list().ofMaxSize(25);
	}

}
