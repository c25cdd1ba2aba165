package org.assure.governance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.actions.ActionSource;
import org.assure.actions.Actions;
import org.assure.calendar.ReportingPeriod;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo board's 2014-15 meetings reproduce Appendix (b) from their attendance (the lay
 * member at 100%, not the printed 75%); each meeting is judged quorate with its reason; a
 * meeting's attendance needs every current member and a named deputy; actions arising go
 * on the tracker.
 */
@AssureIntegrationTest
class GovernanceIntegrationTests {

	@Autowired
	private Governance governance;

	@Autowired
	private Actions actions;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void theDemoBoardReproducesAppendixBFromItsAttendance() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		BoardGroup board = board(partnershipId);
		assertThat(board.chair()).isEqualTo("Dr David Jones");
		assertThat(this.governance.members(partnershipId, board.id())).hasSize(14).anySatisfy((member) -> {
			assertThat(member.seat()).isEqualTo("Independent Chair");
			assertThat(member.personName()).isEqualTo("Dr David Jones");
		});
		List<Meeting> meetings = this.governance.meetings(partnershipId, board.id())
			.stream()
			.filter((m) -> m.date().isBefore(LocalDate.of(2015, 4, 1)))
			.toList();
		assertThat(meetings).extracting(Meeting::title)
			.containsExactly("Board meeting, June 2014", "Board meeting, September 2014",
					"Board meeting, December 2014", "Board meeting, March 2015");
		for (Meeting meeting : meetings) {
			assertThat(this.governance.quorum(partnershipId, meeting.id()).quorate()).isTrue();
		}
		assertThat(this.governance.quorum(partnershipId, meetings.get(0).id()).reason()).isEqualTo(
				"Quorate: 12 of 13 members there (92%; at least 50% needed), from 6 partner agencies (at least 3 needed)");
		AttendanceRecord record = this.governance.attendanceRecord(partnershipId, board.id(),
				ReportingPeriod.FinancialYear.starting(2014));
		assertThat(record.meetings()).containsExactly("June 2014", "September 2014", "December 2014", "March 2015");
		Map<String, Double> percents = new LinkedHashMap<>();
		record.rows().forEach((row) -> percents.put(row.seat(), row.percent()));
		assertThat(percents).hasSize(14)
			.containsEntry("Lay Member (Caroline Roberts)", 100.0)
			.containsEntry("Schools representation", 25.0)
			.containsEntry("CAFCASS (Jason Dent)", 75.0)
			.containsEntry("Leicestershire Police (Jon Brown)", 100.0);
		assertThat(String.format("%.1f", record.average())).isEqualTo("89.3");

		this.mvc
			.perform(get("/governance/attendance").param("year", "2014-15")
				.with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Lay Member"), containsString("89.3%"), containsString("June 2014"))));
	}

	@Test
	void attendanceNeedsEveryCurrentMemberAndANamedDeputyAndDecidesTheQuorum() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		long group = this.governance.createGroup(partnershipId, "Quorum test group", GroupKind.SUB_GROUP, "For a test")
			.id();
		long police = this.users.demo(Role.AGENCY_DATA_LEAD).agencyId();
		long a = this.governance.addMember(partnershipId, group, "Police", "", police, Membership.STATUTORY, null).id();
		long b = this.governance.addMember(partnershipId, group, "Lay member", "", null, Membership.LAY, null).id();
		long meeting = this.governance
			.scheduleMeeting(partnershipId, group, LocalDate.of(2015, 6, 17), "First meeting", "Terms of reference",
					null)
			.id();
		assertThat(this.governance.quorum(partnershipId, meeting).reason()).isEqualTo("Attendance is not recorded yet");
		Map<Long, Governance.Mark> marks = new LinkedHashMap<>();
		marks.put(a, new Governance.Mark(Attendance.DEPUTY, " "));
		assertThat(this.governance.recordAttendance(partnershipId, meeting, marks)).containsOnlyKeys("deputy-" + a,
				"member-" + b);
		marks.put(a, new Governance.Mark(Attendance.DEPUTY, "DI Smith"));
		marks.put(b, new Governance.Mark(Attendance.PRESENT, null));
		assertThat(this.governance.recordAttendance(partnershipId, meeting, marks)).isEmpty();
		assertThat(this.governance.quorum(partnershipId, meeting).reason()).isEqualTo(
				"Not quorate, too few agencies: 2 of 2 members there (100%; at least 50% needed), from 1 partner agency "
						+ "(at least 3 needed)");
		assertThat(this.governance.updateGroup(partnershipId, group, "For a test", "50", "1", "Chair", "", "soon",
				"The test's rule", "board-manager"))
			.containsOnlyKeys("chairReviewDate");
		assertThat(this.governance.updateGroup(partnershipId, group, "For a test", "50", "1", "Chair", "", "2015-09-30",
				"The test's rule", "board-manager"))
			.isEmpty();
		assertThat(this.governance.quorum(partnershipId, meeting).quorate()).isTrue();

		this.mvc
			.perform(post("/governance/meetings/" + meeting + "/actions").param("title", "Agree the work plan")
				.param("ownerPerson", "Chair")
				.param("dueDate", "2015-09-30")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.actions.from(partnershipId, ActionSource.MEETING, "Meeting " + meeting + ": First meeting"))
			.singleElement()
			.satisfies((action) -> assertThat(action.title()).isEqualTo("Agree the work plan"));
		this.mvc
			.perform(post("/governance/meetings/" + meeting + "/decisions").param("decisions", "Changed")
				.with(user(this.users.demo(Role.AGENCY_DATA_LEAD)))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	private BoardGroup board(long partnershipId) {
		return this.governance.groups(partnershipId)
			.stream()
			.filter((g) -> g.kind() == GroupKind.BOARD)
			.findFirst()
			.orElseThrow();
	}

}
