package org.assure.governance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.actions.Action;
import org.assure.actions.ActionSource;
import org.assure.actions.Actions;
import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.YearChoice;
import org.assure.corrections.Corrections;
import org.assure.governance.Attendance;
import org.assure.governance.BoardGroup;
import org.assure.governance.Governance;
import org.assure.governance.GroupKind;
import org.assure.governance.Meeting;
import org.assure.governance.Member;
import org.assure.governance.Membership;
import org.assure.partnership.Agencies;
import org.assure.partnership.AssureUser;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.FormRedirects;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board and its sub-groups, their meetings, attendance and quorum, and the record of
 * attendance: every member of the partnership reads them; board managers and
 * administrators keep them.
 */
@Controller
class GovernanceController {

	private final Governance governance;

	private final Agencies agencies;

	private final Actions actions;

	private final Clock clock;

	GovernanceController(Governance governance, Agencies agencies, Actions actions, Clock clock) {
		this.governance = governance;
		this.agencies = agencies;
		this.actions = actions;
		this.clock = clock;
	}

	@GetMapping("/governance")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.READ)
	String groups(@AuthenticationPrincipal AssureUser user, Model model) {
		model.addAttribute("groups", this.governance.groups(user.requirePartnershipId()));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("reminderDays", this.governance.settings().chairReviewReminderDays());
		model.addAttribute("canEdit", mayEdit(user));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
		return "governance/groups";
	}

	@PostMapping("/governance/groups")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String createGroup(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Governance.Created created = this.governance.createGroup(user.requirePartnershipId(),
				params.getOrDefault("name", ""), GroupKind.SUB_GROUP, params.getOrDefault("termsOfReference", ""));
		if (created.id() == null) {
			redirect.addFlashAttribute("problems", new LinkedHashMap<>(created.problems()));
			redirect.addFlashAttribute("draft", new LinkedHashMap<>(params));
			return "redirect:/governance";
		}
		redirect.addFlashAttribute("success", "Sub-group added");
		return "redirect:/governance/groups/" + created.id();
	}

	@GetMapping("/governance/groups/{id}")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.READ)
	String group(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		BoardGroup group = this.governance.group(partnershipId, id).orElseThrow(NotFound::new);
		model.addAttribute("group", group);
		model.addAttribute("members", this.governance.members(partnershipId, id));
		List<Meeting> meetings = this.governance.meetings(partnershipId, id);
		model.addAttribute("meetings", meetings);
		Map<Long, String> quorate = new LinkedHashMap<>();
		this.governance.quorums(partnershipId, group, meetings)
			.forEach((meetingId, result) -> quorate.put(meetingId, result.reason()));
		model.addAttribute("quorate", quorate);
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("reminderDays", this.governance.settings().chairReviewReminderDays());
		model.addAttribute("agencies", this.agencies.of(partnershipId));
		model.addAttribute("memberships", Membership.values());
		model.addAttribute("canEdit", mayEdit(user));
		model.addAttribute("corrections", this.governance.corrections(partnershipId, Governance.GROUP_RECORD, id));
		noProblemsYet(model);
		return "governance/group";
	}

	@PostMapping("/governance/groups/{id}")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String updateGroup(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.governance.group(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = this.governance.updateGroup(partnershipId, id,
				params.getOrDefault("termsOfReference", ""), params.getOrDefault("quorumPercent", ""),
				params.getOrDefault("quorumAgencies", ""), params.getOrDefault("chair", ""),
				params.getOrDefault("viceChair", ""), params.getOrDefault("chairReviewDate", ""),
				params.getOrDefault(Corrections.REASON, ""), user.getUsername());
		return FormRedirects.back(redirect, problems, params, "Group saved", "redirect:/governance/groups/" + id);
	}

	@PostMapping("/governance/groups/{id}/members")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String addMember(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.governance.group(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = new LinkedHashMap<>();
		Long agency = agency(params, problems);
		Membership membership = membership(params);
		if (membership == null) {
			problems.put("membership", "Choose how the member sits on the group");
		}
		if (problems.isEmpty() && membership != null) {
			problems.putAll(
					this.governance
						.addMember(partnershipId, id, params.getOrDefault("seat", ""),
								params.getOrDefault("personName", ""), agency, membership, null)
						.problems());
		}
		return FormRedirects.back(redirect, problems, params, "Member added", "redirect:/governance/groups/" + id);
	}

	@PostMapping("/governance/groups/{id}/meetings")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String scheduleMeeting(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.governance.group(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate date = meetingDate(params, problems);
		if (problems.isEmpty()) {
			Governance.Created created = this.governance.scheduleMeeting(partnershipId, id, date,
					params.getOrDefault("title", ""), params.getOrDefault("agenda", ""), null);
			if (created.id() != null) {
				redirect.addFlashAttribute("success", "Meeting scheduled");
				return "redirect:/governance/meetings/" + created.id();
			}
			problems.putAll(created.problems());
		}
		return FormRedirects.back(redirect, problems, params, "", "redirect:/governance/groups/" + id);
	}

	@GetMapping("/governance/meetings/{id}")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.READ)
	String meeting(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		Meeting meeting = this.governance.meeting(partnershipId, id).orElseThrow(NotFound::new);
		model.addAttribute("meeting", meeting);
		model.addAttribute("group", this.governance.group(partnershipId, meeting.groupId()).orElseThrow());
		model.addAttribute("members", this.governance.members(partnershipId, meeting.groupId()));
		model.addAttribute("marks", this.governance.attendance(partnershipId, id));
		model.addAttribute("quorum", this.governance.quorum(partnershipId, id));
		model.addAttribute("attendances", Attendance.values());
		model.addAttribute("arising", this.actions.from(partnershipId, ActionSource.MEETING, reference(meeting)));
		model.addAttribute("agencies", this.agencies.of(partnershipId));
		model.addAttribute("canEdit", mayEdit(user));
		model.addAttribute("corrections", this.governance.corrections(partnershipId, Governance.MEETING_RECORD, id));
		noProblemsYet(model);
		return "governance/meeting";
	}

	@GetMapping("/governance/meetings/{id}/edit")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String editMeetingForm(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		Meeting meeting = this.governance.meeting(partnershipId, id).orElseThrow(NotFound::new);
		model.addAttribute("meeting", meeting);
		model.addAttribute("group", this.governance.group(partnershipId, meeting.groupId()).orElseThrow());
		noProblemsYet(model);
		return "governance/meeting-edit";
	}

	@PostMapping("/governance/meetings/{id}/edit")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String editMeeting(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.governance.meeting(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate date = meetingDate(params, problems);
		if (problems.isEmpty()) {
			problems.putAll(this.governance.editMeeting(partnershipId, id, date, params.getOrDefault("title", ""),
					params.getOrDefault("agenda", ""), params.getOrDefault(Corrections.REASON, ""),
					user.getUsername()));
		}
		if (!problems.isEmpty()) {
			return FormRedirects.back(redirect, problems, params, "", "redirect:/governance/meetings/" + id + "/edit");
		}
		return FormRedirects.back(redirect, problems, params, "Meeting corrected",
				"redirect:/governance/meetings/" + id);
	}

	@PostMapping("/governance/meetings/{id}/withdraw")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String withdrawMeeting(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		Meeting meeting = this.governance.meeting(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.governance.withdrawMeeting(partnershipId, id, reason, user.getUsername()));
		if (!problems.isEmpty()) {
			return FormRedirects.back(redirect, problems, Map.of(), "",
					"redirect:/governance/meetings/" + id + "/edit");
		}
		return FormRedirects.back(redirect, problems, Map.of(), "Meeting withdrawn",
				"redirect:/governance/groups/" + meeting.groupId());
	}

	@GetMapping("/governance/members/{id}/edit")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String editMemberForm(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		Member member = this.governance.member(partnershipId, id).orElseThrow(NotFound::new);
		model.addAttribute("member", member);
		model.addAttribute("group", this.governance.group(partnershipId, member.groupId()).orElseThrow());
		model.addAttribute("agencies", this.agencies.of(partnershipId));
		model.addAttribute("memberships", Membership.values());
		model.addAttribute("corrections", this.governance.corrections(partnershipId, Governance.MEMBER_RECORD, id));
		noProblemsYet(model);
		return "governance/member-edit";
	}

	@PostMapping("/governance/members/{id}")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String editMember(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.governance.member(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = new LinkedHashMap<>();
		Long agency = agency(params, problems);
		Membership membership = membership(params);
		if (problems.isEmpty()) {
			problems.putAll(this.governance.editMember(partnershipId, id, params.getOrDefault("seat", ""),
					params.getOrDefault("personName", ""), agency, membership, "true".equals(params.get("active")),
					params.getOrDefault(Corrections.REASON, ""), user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Member corrected",
				"redirect:/governance/members/" + id + "/edit");
	}

	@PostMapping("/governance/members/{id}/withdraw")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String withdrawMember(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		Member member = this.governance.member(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.governance.withdrawMember(partnershipId, id, reason, user.getUsername()));
		if (!problems.isEmpty()) {
			return FormRedirects.back(redirect, problems, Map.of(), "", "redirect:/governance/members/" + id + "/edit");
		}
		return FormRedirects.back(redirect, problems, Map.of(), "Member withdrawn",
				"redirect:/governance/groups/" + member.groupId());
	}

	/** The date a meeting form gives (yyyy-mm-dd), or null when blank or not a date. */
	private static @Nullable LocalDate meetingDate(Map<String, String> params, Map<String, String> problems) {
		String text = params.getOrDefault("date", "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.put("date", "Enter the meeting's date as a real date, such as 2015-06-17");
			return null;
		}
	}

	/** The partner agency a member form names, or null for none. */
	private static @Nullable Long agency(Map<String, String> params, Map<String, String> problems) {
		String text = params.getOrDefault("agency", "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			problems.put("agency", "Choose the agency from the list");
			return null;
		}
	}

	private static @Nullable Membership membership(Map<String, String> params) {
		return Arrays.stream(Membership.values())
			.filter((m) -> m.name().equals(params.getOrDefault("membership", "")))
			.findFirst()
			.orElse(null);
	}

	private static void noProblemsYet(Model model) {
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
	}

	@PostMapping("/governance/meetings/{id}/attendance")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String attendance(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		Meeting meeting = this.governance.meeting(partnershipId, id).orElseThrow(NotFound::new);
		Map<Long, Governance.Mark> marks = new LinkedHashMap<>();
		Map<String, String> problems = new LinkedHashMap<>();
		for (Member member : this.governance.members(partnershipId, meeting.groupId())) {
			String value = params.getOrDefault("member-" + member.id(), "");
			if (value.isEmpty()) {
				continue;
			}
			Attendance attendance = Arrays.stream(Attendance.values())
				.filter((a) -> a.name().equals(value))
				.findFirst()
				.orElse(null);
			if (attendance == null) {
				problems.put("member-" + member.id(), "Choose how " + member.seat() + " was at the meeting");
				continue;
			}
			marks.put(member.id(), new Governance.Mark(attendance, params.get("deputy-" + member.id())));
		}
		if (problems.isEmpty()) {
			problems.putAll(this.governance.recordAttendance(partnershipId, id, marks,
					params.getOrDefault(Corrections.REASON, ""), user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Attendance saved",
				"redirect:/governance/meetings/" + id);
	}

	@PostMapping("/governance/meetings/{id}/decisions")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String decisions(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = "decisions", defaultValue = "") String decisions,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.governance.meeting(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = new LinkedHashMap<>();
		this.governance.recordDecisions(partnershipId, id, decisions, reason, user.getUsername())
			.forEach((field, message) -> problems.put(Corrections.REASON.equals(field) ? "decisionsReason" : field,
					message));
		return FormRedirects.back(redirect, problems, Map.of("decisions", decisions), "Decisions saved",
				"redirect:/governance/meetings/" + id);
	}

	@PostMapping("/governance/meetings/{id}/actions")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String actionArising(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		Meeting meeting = this.governance.meeting(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = this.actions
			.createFromForm(partnershipId, ActionSource.MEETING, reference(meeting), params, user.getUsername())
			.problems();
		return FormRedirects.back(redirect, problems, params, "Action put on the tracker",
				"redirect:/governance/meetings/" + id);
	}

	@GetMapping("/governance/attendance")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.READ)
	String attendanceReport(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "year", required = false) @Nullable String year, Model model) {
		long partnershipId = user.requirePartnershipId();
		YearChoice choice = YearChoice.of(year,
				this.governance.latestMeetingHeld(partnershipId).orElse(LocalDate.now(this.clock)));
		if (choice.problem() != null) {
			model.addAttribute("yearError", choice.problem());
		}
		ReportingPeriod.FinancialYear chosen = choice.year();
		model.addAttribute("year", chosen);
		BoardGroup board = this.governance.groups(partnershipId)
			.stream()
			.filter((g) -> g.kind() == GroupKind.BOARD)
			.findFirst()
			.orElse(null);
		model.addAttribute("board", board);
		model.addAttribute("record",
				(board != null) ? this.governance.attendanceRecord(partnershipId, board.id(), chosen) : null);
		List<Governance.GroupAttendance> subGroups = this.governance.subGroupAttendance(partnershipId, chosen);
		model.addAttribute("subGroups", subGroups);
		List<Double> shares = subGroups.stream()
			.map(Governance.GroupAttendance::percent)
			.filter(java.util.Objects::nonNull)
			.toList();
		model.addAttribute("subGroupAverage",
				shares.isEmpty() ? null : shares.stream().mapToDouble(Double::doubleValue).average().orElse(0));
		return "governance/attendance";
	}

	static String reference(Meeting meeting) {
		return "Meeting " + meeting.id() + ": " + meeting.title();
	}

	private static boolean mayEdit(AssureUser user) {
		return user.can(Resource.GOVERNANCE, Operation.WRITE);
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static final class NotFound extends RuntimeException {

		NotFound() {
			super("No such group or meeting");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem governanceLink() {
			return new NavigationItem(BoardFunction.GOVERNANCE, "Board and sub-groups", "/governance",
					Resource.GOVERNANCE, Operation.READ);
		}

		@Bean
		NavigationItem attendanceLink() {
			return new NavigationItem(BoardFunction.GOVERNANCE, "Attendance", "/governance/attendance",
					Resource.GOVERNANCE, Operation.READ);
		}

	}

}
