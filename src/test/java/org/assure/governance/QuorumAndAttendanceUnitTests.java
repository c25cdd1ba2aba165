package org.assure.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Quorum by the default rule (half the members who count, three partner agencies) and the
 * attendance record computed from marks, checked against the seed's Appendix (b): the lay
 * member's four attendances are 100% (the report prints 75%), and the average of the
 * members' shares is 89.3% (the report prints 87.5%, the mean of its printed column).
 */
class QuorumAndAttendanceUnitTests {

	private static final Quorum DEFAULT = new Quorum(50, 3, true);

	@Test
	void halfTheMembersFromThreeAgenciesIsQuorate() {
		List<Quorum.Seat> seats = List.of(seat(Membership.STATUTORY, 1L, Attendance.PRESENT),
				seat(Membership.STATUTORY, 2L, Attendance.DEPUTY), seat(Membership.STATUTORY, 3L, Attendance.PRESENT),
				seat(Membership.STATUTORY, 4L, Attendance.APOLOGIES), seat(Membership.LAY, null, Attendance.ABSENT),
				seat(Membership.ADVISORY, 5L, Attendance.ABSENT));
		Quorum.Result result = DEFAULT.judge(seats);
		assertThat(result.quorate()).isTrue();
		assertThat(result.reason()).isEqualTo(
				"Quorate: 3 of 6 members there (50%; at least 50% needed), from 3 partner agencies (at least 3 needed)");
		assertThat(new Quorum(50, 3, false).judge(seats).reason()).as("without deputies counted")
			.startsWith("Not quorate, too few members and too few agencies: 2 of 6");
	}

	@Test
	void observersDoNotCountAndMembersWithoutAnAgencyAddNoAgency() {
		List<Quorum.Seat> seats = List.of(seat(Membership.STATUTORY, null, Attendance.PRESENT),
				seat(Membership.LAY, null, Attendance.PRESENT), seat(Membership.STATUTORY, 1L, Attendance.PRESENT),
				seat(Membership.STATUTORY, 1L, Attendance.PRESENT), seat(Membership.OBSERVER, 7L, Attendance.PRESENT),
				seat(Membership.OBSERVER, 8L, Attendance.PRESENT));
		Quorum.Result result = DEFAULT.judge(seats);
		assertThat(result.counted()).isEqualTo(4);
		assertThat(result.agencies()).as("two members of one agency are one agency").isEqualTo(1);
		assertThat(result.reason()).isEqualTo("Not quorate, too few agencies: 4 of 4 members there (100%; at least 50% "
				+ "needed), from 1 partner agency (at least 3 needed)");
	}

	@Test
	void justUnderHalfIsNotQuorate() {
		List<Quorum.Seat> seats = new ArrayList<>();
		for (long agency = 1; agency <= 7; agency++) {
			seats.add(seat(Membership.STATUTORY, agency, (agency <= 3) ? Attendance.PRESENT : Attendance.ABSENT));
		}
		assertThat(DEFAULT.judge(seats).quorate()).as("3 of 7 is 43%").isFalse();
		assertThat(DEFAULT.judge(seats).reason()).startsWith("Not quorate, too few members: 3 of 7 members there (43%");
		assertThat(DEFAULT.judge(List.of()).reason()).isEqualTo("Attendance is not recorded yet");
	}

	@Test
	void appendixBIsReproducedFromItsTicks() {
		// Appendix (b): June 2014, September 2014, December 2014, March 2015; a tick is
		// there.
		Map<String, String> ticks = new LinkedHashMap<>();
		ticks.put("Independent Chair", "1111");
		ticks.put("Director of Children's Services", "1111");
		ticks.put("Leicester City Council", "1110");
		ticks.put("Leicester Partnership Trust", "1111");
		ticks.put("Clinical Commissioning Group", "1111");
		ticks.put("University Hospitals Leicester", "1111");
		ticks.put("Leicestershire Police", "1111");
		ticks.put("Lay Member", "1111");
		ticks.put("Lead Member for Children's Services", "1111");
		ticks.put("Leicestershire & Rutland Probation Trust", "1111");
		ticks.put("CAFCASS", "1110");
		ticks.put("Further Education Colleges", "1111");
		ticks.put("Schools representation", "0010");
		ticks.put("Youth Offending Service", "1011");
		Map<String, Map<Integer, Attendance>> marks = new LinkedHashMap<>();
		ticks.forEach((seat, line) -> {
			Map<Integer, Attendance> own = new LinkedHashMap<>();
			for (int i = 0; i < line.length(); i++) {
				own.put(i, (line.charAt(i) == '1') ? Attendance.PRESENT : Attendance.ABSENT);
			}
			marks.put(seat, own);
		});
		AttendanceRecord record = AttendanceRecord.of(
				List.of("June 2014", "September 2014", "December 2014", "March 2015"), List.copyOf(ticks.keySet()),
				marks, true);
		Map<String, Double> percents = new LinkedHashMap<>();
		record.rows().forEach((row) -> percents.put(row.seat(), row.percent()));
		assertThat(percents).containsEntry("Lay Member", 100.0)
			.containsEntry("Leicester City Council", 75.0)
			.containsEntry("Schools representation", 25.0)
			.containsEntry("Youth Offending Service", 75.0)
			.containsEntry("Independent Chair", 100.0);
		assertThat(record.average()).isCloseTo(1250.0 / 14, within(1e-9));
		assertThat(String.format("%.1f%%", record.average())).isEqualTo("89.3%");
		assertThat(record.overall()).as("50 attendances of 56").isCloseTo(50 * 100.0 / 56, within(1e-9));
	}

	@Test
	void aMemberNotRecordedAtAMeetingIsNotCountedAgainst() {
		Map<String, Map<Integer, Attendance>> marks = Map.of("New member", Map.of(1, Attendance.PRESENT), "Old member",
				Map.of(0, Attendance.PRESENT, 1, Attendance.APOLOGIES));
		AttendanceRecord record = AttendanceRecord.of(List.of("June", "July"), List.of("Old member", "New member"),
				marks, true);
		assertThat(record.rows().get(1).percent()).isEqualTo(100.0);
		assertThat(record.rows().get(1).marks()).containsExactly(null, Attendance.PRESENT);
		assertThat(record.rows().get(0).percent()).isEqualTo(50.0);
		assertThat(record.average()).isEqualTo(75.0);
	}

	private static Quorum.Seat seat(Membership membership, Long agency, Attendance attendance) {
		return new Quorum.Seat(membership, agency, attendance);
	}

}
