package org.assure.governance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.corrections.Correction;
import org.assure.corrections.FieldChange;
import org.assure.partnership.Agencies;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Correcting governance records: a member edited and withdrawn, a meeting's attendance
 * corrected, a meeting withdrawn. Each correction needs a reason, the history keeps the
 * old values, and the quorum and the record of attendance follow the corrected records.
 */
@AssureIntegrationTest
class GovernanceCorrectionsIntegrationTests {

	@Autowired
	private Governance governance;

	@Autowired
	private TestUsers users;

	@Autowired
	private Agencies agencies;

	@Autowired
	private MockMvc mvc;

	@Test
	void correctedAttendanceChangesTheQuorumAndTheRecordAndKeepsTheOldMarks() {
		long partnershipId = this.users.demoPartnershipId();
		Group g = group(partnershipId, "Attendance correction group");
		Map<Long, Governance.Mark> marks = new LinkedHashMap<>();
		marks.put(g.police, new Governance.Mark(Attendance.PRESENT, null));
		marks.put(g.health, new Governance.Mark(Attendance.APOLOGIES, null));
		marks.put(g.lay, new Governance.Mark(Attendance.APOLOGIES, null));
		assertThat(this.governance.recordAttendance(partnershipId, g.meeting, marks, "", "board-manager"))
			.as("a first record needs no reason")
			.isEmpty();
		assertThat(this.governance.quorum(partnershipId, g.meeting).quorate()).isFalse();
		assertThat(percent(partnershipId, g, "Health")).isEqualTo(0.0);

		marks.put(g.health, new Governance.Mark(Attendance.DEPUTY, "Dr Deputy"));
		assertThat(this.governance.recordAttendance(partnershipId, g.meeting, marks, " ", "board-manager"))
			.containsOnlyKeys("reason");
		assertThat(this.governance.attendance(partnershipId, g.meeting).get(g.health).attendance())
			.as("nothing is changed without a reason")
			.isEqualTo(Attendance.APOLOGIES);

		assertThat(this.governance.recordAttendance(partnershipId, g.meeting, marks,
				"The minutes were wrong: health sent a deputy", "board-manager"))
			.isEmpty();
		assertThat(this.governance.quorum(partnershipId, g.meeting).quorate()).isTrue();
		assertThat(percent(partnershipId, g, "Health")).isEqualTo(100.0);
		assertThat(this.governance.corrections(partnershipId, Governance.MEETING_RECORD, g.meeting)).singleElement()
			.satisfies((correction) -> {
				assertThat(correction.kind()).isEqualTo(Correction.Kind.EDITED);
				assertThat(correction.reason()).isEqualTo("The minutes were wrong: health sent a deputy");
				assertThat(correction.by()).isEqualTo("board-manager");
				assertThat(correction.changes())
					.containsExactly(new FieldChange("Attendance of Health", "Apologies", "Deputy (Dr Deputy)"));
			});
		assertThat(this.governance.recordAttendance(partnershipId, g.meeting, marks, "", "board-manager"))
			.as("the same marks again change nothing and need no reason")
			.isEmpty();
		assertThat(this.governance.corrections(partnershipId, Governance.MEETING_RECORD, g.meeting)).hasSize(1);
	}

	@Test
	void aMemberIsCorrectedAndWithdrawnThroughTheWebAndLeavesTheFigures() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		Group g = group(partnershipId, "Member correction group");
		Map<Long, Governance.Mark> marks = new LinkedHashMap<>();
		marks.put(g.police, new Governance.Mark(Attendance.PRESENT, null));
		marks.put(g.health, new Governance.Mark(Attendance.PRESENT, null));
		marks.put(g.lay, new Governance.Mark(Attendance.ABSENT, null));
		assertThat(this.governance.recordAttendance(partnershipId, g.meeting, marks, "", "board-manager")).isEmpty();
		assertThat(this.governance.quorum(partnershipId, g.meeting).reason()).contains("2 of 3 members there");

		String healthAgency = String.valueOf(this.governance.member(partnershipId, g.health).orElseThrow().agencyId());
		this.mvc
			.perform(post("/governance/members/" + g.health).param("seat", "Health (CCG)")
				.param("agency", healthAgency)
				.param("personName", "Dr Jones")
				.param("membership", "STATUTORY")
				.param("active", "true")
				.param("reason", "")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problems",
					Map.of("reason", "Say why the record is being corrected: the history keeps it")));
		assertThat(this.governance.member(partnershipId, g.health).orElseThrow().seat()).isEqualTo("Health");

		this.mvc
			.perform(post("/governance/members/" + g.health).param("seat", "Health (CCG)")
				.param("agency", healthAgency)
				.param("personName", "Dr Jones")
				.param("membership", "STATUTORY")
				.param("active", "true")
				.param("reason", "The seat is the CCG's")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "Member corrected"));
		assertThat(this.governance.member(partnershipId, g.health).orElseThrow().seat()).isEqualTo("Health (CCG)");
		assertThat(this.governance.corrections(partnershipId, Governance.MEMBER_RECORD, g.health)).singleElement()
			.satisfies((correction) -> assertThat(correction.changes()).containsExactly(
					new FieldChange("Seat", "Health", "Health (CCG)"), new FieldChange("Held by", null, "Dr Jones")));
		this.mvc
			.perform(get("/governance/members/" + g.health + "/edit").with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The seat is the CCG&#39;s")));

		this.mvc
			.perform(post("/governance/members/" + g.lay + "/withdraw")
				.param("reason", "Never a member: added by mistake")
				.with(user(this.users.demo(Role.AGENCY_DATA_LEAD)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/governance/members/" + g.lay + "/withdraw")
				.param("reason", "Never a member: added by mistake")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "Member withdrawn"));
		assertThat(this.governance.members(partnershipId, g.group)).extracting(Member::id)
			.containsExactly(g.police, g.health);
		assertThat(this.governance.quorum(partnershipId, g.meeting).reason()).contains("2 of 2 members there");
		assertThat(
				this.governance.attendanceRecord(partnershipId, g.group, ReportingPeriod.FinancialYear.starting(2015))
					.rows())
			.extracting(AttendanceRecord.Row::seat)
			.containsExactly("Police", "Health (CCG) (Dr Jones)");
		assertThat(this.governance.corrections(partnershipId, Governance.MEMBER_RECORD, g.lay)).singleElement()
			.satisfies((correction) -> assertThat(correction.kind()).isEqualTo(Correction.Kind.WITHDRAWN));
		this.mvc.perform(get("/governance/members/" + g.lay + "/edit").with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aWithdrawnMeetingLeavesTheRecordOfAttendance() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		Group g = group(partnershipId, "Meeting withdrawal group");
		Map<Long, Governance.Mark> marks = new LinkedHashMap<>();
		marks.put(g.police, new Governance.Mark(Attendance.PRESENT, null));
		marks.put(g.health, new Governance.Mark(Attendance.PRESENT, null));
		marks.put(g.lay, new Governance.Mark(Attendance.PRESENT, null));
		assertThat(this.governance.recordAttendance(partnershipId, g.meeting, marks, "", "board-manager")).isEmpty();
		assertThat(this.governance.editMeeting(partnershipId, g.meeting, LocalDate.of(2015, 6, 18), "First meeting",
				"Terms of reference", "It met a day later", "board-manager"))
			.isEmpty();
		assertThat(this.governance.meeting(partnershipId, g.meeting).orElseThrow().date())
			.isEqualTo(LocalDate.of(2015, 6, 18));
		assertThat(
				this.governance.attendanceRecord(partnershipId, g.group, ReportingPeriod.FinancialYear.starting(2015))
					.meetings())
			.containsExactly("June 2015");

		this.mvc
			.perform(post("/governance/meetings/" + g.meeting + "/withdraw").param("reason", "")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("problems"));
		this.mvc
			.perform(post("/governance/meetings/" + g.meeting + "/withdraw").param("reason", "Recorded twice")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.governance.meetings(partnershipId, g.group)).isEmpty();
		assertThat(
				this.governance.attendanceRecord(partnershipId, g.group, ReportingPeriod.FinancialYear.starting(2015))
					.meetings())
			.isEmpty();
		assertThat(this.governance.corrections(partnershipId, Governance.MEETING_RECORD, g.meeting))
			.extracting(Correction::kind)
			.containsExactly(Correction.Kind.EDITED, Correction.Kind.WITHDRAWN);
	}

	@Test
	void aGroupsRuleAndAMeetingsDecisionsAreCorrectedOnlyWithAReason() {
		long partnershipId = this.users.demoPartnershipId();
		Group g = group(partnershipId, "Rule correction group");
		assertThat(this.governance.corrections(partnershipId, Governance.GROUP_RECORD, g.group)).singleElement()
			.satisfies((correction) -> {
				assertThat(correction.reason()).isEqualTo("The test's rule");
				assertThat(correction.changes()).contains(new FieldChange("Quorum: share of members (%)", "50", "60"),
						new FieldChange("Chair", null, "Chair"));
			});
		assertThat(this.governance.updateGroup(partnershipId, g.group, "For a test", "70", "2", "Chair", "", "", " ",
				"board-manager"))
			.containsOnlyKeys("reason");
		assertThat(this.governance.group(partnershipId, g.group).orElseThrow().quorumPercent()).isEqualTo(60);

		assertThat(this.governance.recordDecisions(partnershipId, g.meeting, "Agreed the plan", "", "board-manager"))
			.as("first recorded: no reason needed")
			.isEmpty();
		assertThat(this.governance.recordDecisions(partnershipId, g.meeting, "Agreed the revised plan", "",
				"board-manager"))
			.containsOnlyKeys("reason");
		assertThat(this.governance.recordDecisions(partnershipId, g.meeting, "Agreed the revised plan",
				"The minutes were amended at the next meeting", "board-manager"))
			.isEmpty();
		assertThat(this.governance.corrections(partnershipId, Governance.MEETING_RECORD, g.meeting))
			.extracting(Correction::reason)
			.containsExactly("First recorded", "The minutes were amended at the next meeting");
		assertThat(this.governance.corrections(partnershipId, Governance.MEETING_RECORD, g.meeting).get(1).changes())
			.containsExactly(new FieldChange("Decisions", "Agreed the plan", "Agreed the revised plan"));
	}

	private Double percent(long partnershipId, Group g, String seat) {
		return this.governance.attendanceRecord(partnershipId, g.group, ReportingPeriod.FinancialYear.starting(2015))
			.rows()
			.stream()
			.filter((row) -> row.seat().equals(seat))
			.findFirst()
			.orElseThrow()
			.percent();
	}

	private Group group(long partnershipId, String name) {
		long group = this.governance.createGroup(partnershipId, name, GroupKind.SUB_GROUP, "For a test").id();
		assertThat(this.governance.updateGroup(partnershipId, group, "For a test", "60", "2", "Chair", "", "",
				"The test's rule", "board-manager"))
			.isEmpty();
		long police = this.users.demo(Role.AGENCY_DATA_LEAD).agencyId();
		long other = this.agencies.of(partnershipId)
			.stream()
			.filter((agency) -> agency.id() != police)
			.findFirst()
			.orElseThrow()
			.id();
		long a = this.governance.addMember(partnershipId, group, "Police", "", police, Membership.STATUTORY, null).id();
		long b = this.governance.addMember(partnershipId, group, "Health", "", other, Membership.STATUTORY, null).id();
		long c = this.governance.addMember(partnershipId, group, "Lay member", "", null, Membership.LAY, null).id();
		long meeting = this.governance
			.scheduleMeeting(partnershipId, group, LocalDate.of(2015, 6, 17), "First meeting", "Terms of reference",
					null)
			.id();
		return new Group(group, a, b, c, meeting);
	}

	private record Group(long group, long police, long health, long lay, long meeting) {
	}

}
