package org.assure.governance;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Whether a meeting was quorate, by its group's rule: at least a share of the members who
 * count (every member but observers) there, from at least a number of different partner
 * agencies. Members without an agency (an independent chair, a lay member) count for the
 * share but not for the agencies.
 *
 * @param percent the share of members needed, in percent
 * @param agencies the different partner agencies needed
 * @param deputiesCount whether a deputy fills the member's seat
 */
public record Quorum(int percent, int agencies, boolean deputiesCount) {

	/**
	 * One member's attendance at the meeting.
	 *
	 * @param membership how the member sits on the group
	 * @param agencyId the member's agency, or null
	 * @param attendance how the member was at the meeting
	 */
	public record Seat(Membership membership, @Nullable Long agencyId, Attendance attendance) {
	}

	/**
	 * The judgement.
	 *
	 * @param quorate whether the meeting was quorate
	 * @param present members who count and attended
	 * @param counted members who count
	 * @param agencies different partner agencies among those attending
	 * @param reason the judgement in words, with the numbers
	 */
	public record Result(boolean quorate, int present, int counted, int agencies, String reason) {
	}

	/**
	 * Judges a meeting.
	 * @param seats every member's attendance; none means attendance is not recorded
	 * @return the judgement
	 */
	public Result judge(List<Seat> seats) {
		int counted = 0;
		int present = 0;
		Set<Long> there = new HashSet<>();
		for (Seat seat : seats) {
			if (!seat.membership().countsForQuorum()) {
				continue;
			}
			counted++;
			if (seat.attendance().attended(this.deputiesCount)) {
				present++;
				if (seat.agencyId() != null) {
					there.add(seat.agencyId());
				}
			}
		}
		if (counted == 0) {
			return new Result(false, 0, 0, 0, "Attendance is not recorded yet");
		}
		boolean enoughMembers = present * 100 >= this.percent * counted;
		boolean enoughAgencies = there.size() >= this.agencies;
		String numbers = present + " of " + counted + " members there ("
				+ String.format(Locale.ROOT, "%.0f%%", present * 100.0 / counted) + "; at least " + this.percent
				+ "% needed), from " + there.size() + ((there.size() == 1) ? " partner agency" : " partner agencies")
				+ " (at least " + this.agencies + " needed)";
		if (enoughMembers && enoughAgencies) {
			return new Result(true, present, counted, there.size(), "Quorate: " + numbers);
		}
		String missing = !enoughMembers && !enoughAgencies ? "too few members and too few agencies"
				: (!enoughMembers ? "too few members" : "too few agencies");
		return new Result(false, present, counted, there.size(), "Not quorate, " + missing + ": " + numbers);
	}

}
