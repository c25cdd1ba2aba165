package org.assure.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A group's record of attendance over its meetings, as Appendix (b) prints it: for each
 * member a mark per meeting and the share attended, and the average of those shares, all
 * computed from the attendance recorded.
 *
 * @param meetings the meetings' labels, in date order
 * @param rows one per member
 * @param average the mean of the members' shares, in percent, or null without any
 * @param overall every attendance over every expected attendance, in percent, or null
 */
public record AttendanceRecord(List<String> meetings, List<Row> rows, @Nullable Double average,
		@Nullable Double overall) {

	/**
	 * One member's line.
	 *
	 * @param seat the seat, such as Leicestershire Police
	 * @param marks one per meeting: the attendance, or null where the member was not
	 * recorded (not yet a member)
	 * @param attended meetings attended
	 * @param expected meetings recorded for the member
	 * @param percent attended over expected, in percent, or null when none was expected
	 */
	public record Row(String seat, List<@Nullable Attendance> marks, int attended, int expected,
			@Nullable Double percent) {
	}

	/**
	 * Computes the record.
	 * @param meetings the meetings' labels, in date order
	 * @param seats the members' seats, in the order to print them
	 * @param marks each seat's attendance by meeting index; a missing entry is not
	 * recorded
	 * @param deputiesCount whether a deputy counts as attending
	 * @return the record
	 */
	public static AttendanceRecord of(List<String> meetings, List<String> seats,
			Map<String, Map<Integer, Attendance>> marks, boolean deputiesCount) {
		List<Row> rows = new ArrayList<>();
		double sum = 0;
		int withShare = 0;
		int allAttended = 0;
		int allExpected = 0;
		for (String seat : seats) {
			Map<Integer, Attendance> own = marks.getOrDefault(seat, Map.of());
			List<@Nullable Attendance> line = new ArrayList<>();
			int attended = 0;
			int expected = 0;
			for (int i = 0; i < meetings.size(); i++) {
				Attendance mark = own.get(i);
				line.add(mark);
				if (mark != null) {
					expected++;
					attended += mark.attended(deputiesCount) ? 1 : 0;
				}
			}
			Double percent = (expected > 0) ? attended * 100.0 / expected : null;
			if (percent != null) {
				sum += percent;
				withShare++;
			}
			allAttended += attended;
			allExpected += expected;
			rows.add(new Row(seat, line, attended, expected, percent));
		}
		return new AttendanceRecord(meetings, rows, (withShare > 0) ? sum / withShare : null,
				(allExpected > 0) ? allAttended * 100.0 / allExpected : null);
	}

}
