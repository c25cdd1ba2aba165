package org.assure.governance.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.governance.Attendance;
import org.assure.governance.BusinessPlan;
import org.assure.governance.Governance;
import org.assure.governance.GroupKind;
import org.assure.governance.Membership;
import org.assure.indicators.Theme;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.DemoPartnershipReady;
import org.assure.partnership.People;
import org.assure.partnership.Seat;
import org.assure.partnership.SeatKind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode's governance, loaded once: the board with its fourteen seats and four 2014-15
 * meetings, attendance from the ticks of Appendix (b), and each programme group of
 * Appendix (a) as a sub-group with its chair. The report gives the meetings' months only,
 * so each is dated the first of its month and says so.
 */
@Component
class GovernanceDemoLoader {

	static final String BOARD = "Leicester Safeguarding Children Board";

	private static final Logger logger = LoggerFactory.getLogger(GovernanceDemoLoader.class);

	private static final List<LocalDate> MEETINGS = List.of(LocalDate.of(2014, 6, 1), LocalDate.of(2014, 9, 1),
			LocalDate.of(2014, 12, 1), LocalDate.of(2015, 3, 1));

	private static final List<String> MONTHS = List.of("June 2014", "September 2014", "December 2014", "March 2015");

	private final Governance governance;

	private final Agencies agencies;

	private final People people;

	private final BusinessPlan plan;

	GovernanceDemoLoader(Governance governance, Agencies agencies, People people, BusinessPlan plan) {
		this.plan = plan;
		this.governance = governance;
		this.agencies = agencies;
		this.people = people;
	}

	@EventListener
	@Order(30)
	@Transactional
	void load(DemoPartnershipReady ready) {
		long partnershipId = ready.partnershipId();
		if (!this.governance.groups(partnershipId).isEmpty()) {
			return;
		}
		long board = this.governance
			.createGroup(partnershipId, BOARD, GroupKind.BOARD,
					"From the annual report 2014-15 (seed line 358): the Board meets quarterly. Board membership is "
							+ "listed at Appendix (a); attendance is reported in Appendix (b). To provide effective "
							+ "scrutiny the LSCB must be independent; the local partnership and accountability "
							+ "arrangements are specified in the Board's Constitution.")
			.id();
		String chair = this.people.seats(partnershipId)
			.stream()
			.filter((seat) -> seat.kind() == SeatKind.STATUTORY_MEMBER && seat.title().equals("Independent Chair"))
			.map(Seat::holderName)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse("");
		var group = this.governance.group(partnershipId, board).orElseThrow();
		this.governance.updateGroup(partnershipId, board, group.termsOfReference(),
				String.valueOf(group.quorumPercent()), String.valueOf(group.quorumAgencies()), chair, "", "",
				"The demo board, from the annual report's Appendix (a)", "demo");
		Map<String, Agency> byName = new LinkedHashMap<>();
		this.agencies.of(partnershipId).forEach((agency) -> byName.put(agency.name(), agency));
		List<Long> meetings = new ArrayList<>();
		for (int i = 0; i < MEETINGS.size(); i++) {
			meetings.add(this.governance
				.scheduleMeeting(partnershipId, board, MEETINGS.get(i), "Board meeting, " + MONTHS.get(i),
						"Not in the annual report.",
						"Appendix (b), seed line 1747: the report gives the month only, so the date is the first "
								+ "of the month")
				.id());
		}
		List<Map<Long, Governance.Mark>> marks = new ArrayList<>();
		meetings.forEach((id) -> marks.add(new LinkedHashMap<>()));
		for (String[] row : rows("demo/governance/appendix-b.tsv")) {
			Agency agency = row[2].isEmpty() ? null : byName.get(row[2]);
			if (!row[2].isEmpty() && agency == null) {
				throw new IllegalStateException("Appendix (b) names an agency the demo does not have: " + row[2]);
			}
			String holder = holder(partnershipId, row[0], agency);
			long member = this.governance
				.addMember(partnershipId, board, row[0], (holder != null) ? holder : "",
						(agency != null) ? agency.id() : null, Membership.valueOf(row[1]), "Appendix (b), seed line "
								+ row[5] + ((holder != null) ? "; held by the Appendix (a) member of that agency" : ""))
				.id();
			for (int i = 0; i < meetings.size(); i++) {
				marks.get(i)
					.put(member, new Governance.Mark((row[3].charAt(i) == '1') ? Attendance.PRESENT : Attendance.ABSENT,
							null));
			}
		}
		for (int i = 0; i < meetings.size(); i++) {
			Map<String, String> problems = this.governance.recordAttendance(partnershipId, meetings.get(i),
					marks.get(i));
			if (!problems.isEmpty()) {
				throw new IllegalStateException("Demo attendance refused: " + problems);
			}
		}
		int subGroups = 0;
		for (Seat seat : this.people.seats(partnershipId)) {
			if (seat.kind() != SeatKind.PROGRAMME_GROUP_CHAIR || this.governance.groups(partnershipId)
				.stream()
				.anyMatch((g) -> g.name().equals(seat.groupName()))) {
				continue;
			}
			long id = this.governance.createGroup(partnershipId, seat.groupName(), GroupKind.SUB_GROUP, "").id();
			var created = this.governance.group(partnershipId, id).orElseThrow();
			this.governance.updateGroup(partnershipId, id, "", String.valueOf(created.quorumPercent()),
					String.valueOf(created.quorumAgencies()), (seat.holderName() != null) ? seat.holderName() : "", "",
					"", "The demo's programme group, from the annual report's Appendix (a)", "demo");
			subGroups++;
		}
		int activities = 0;
		for (String[] row : rows("demo/governance/business-plan-2015-17.tsv")) {
			Map<String, String> problems = this.plan.add(partnershipId,
					new BusinessPlan.NewActivity(Integer.parseInt(row[0]), row[1], row[2], row[3], row[4], row[5],
							row[6], row[7], row[9].isEmpty() ? null : Theme.fromCode(row[9]).orElseThrow(),
							row[10].isEmpty() ? null : row[10],
							"Business and Improvement Plan 2015-2017, seed line " + row[8]));
			if (!problems.isEmpty()) {
				throw new IllegalStateException("Demo plan activity refused: " + problems);
			}
			activities++;
		}
		logger.info("Demo governance: the board with 14 seats and 4 meetings of 2014-15, {} sub-groups, and the "
				+ "business plan 2015-17 with {} key activities", subGroups, activities);
	}

	/**
	 * Who holds an Appendix (b) seat, from Appendix (a): the independent chair by title,
	 * an agency's seat by the one statutory member of that agency; null when Appendix (a)
	 * names nobody, or more than one person, for it.
	 */
	private @Nullable String holder(long partnershipId, String seat, @Nullable Agency agency) {
		List<String> holders = this.people.seats(partnershipId)
			.stream()
			.filter((s) -> s.kind() == SeatKind.STATUTORY_MEMBER && s.holderName() != null)
			.filter((s) -> (agency != null) ? agency.id() == java.util.Objects.requireNonNullElse(s.agencyId(), -1L)
					: s.title().equalsIgnoreCase(seat))
			.map(Seat::holderName)
			.distinct()
			.toList();
		return (holders.size() == 1) ? holders.get(0) : null;
	}

	private static List<String[]> rows(String resource) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				rows.add(line.split("\t", -1));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
