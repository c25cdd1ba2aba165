package org.assure.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogEntry;
import org.assure.audit.AccessLogFilter;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.FormErrors;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.assure.shell.ShellIdentity;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The access log, filtered: a partnership's administrator sees the partnership's entries,
 * a deployment administrator every entry. Looking at the log is itself logged.
 */
@Controller
class AccessLogController {

	static final int PAGE_SIZE = 50;

	private final AccessLog accessLog;

	AccessLogController(AccessLog accessLog) {
		this.accessLog = accessLog;
	}

	@GetMapping("/admin/access-log")
	@Allowed(resource = Resource.ACCESS_LOG, operation = Operation.READ)
	String accessLog(@AuthenticationPrincipal ShellIdentity user,
			@RequestParam(name = "username", defaultValue = "") String username,
			@RequestParam(name = "action", defaultValue = "") String action,
			@RequestParam(name = "recordType", defaultValue = "") String recordType,
			@RequestParam(name = "recordId", defaultValue = "") String recordId,
			@RequestParam(name = "from", defaultValue = "") String from,
			@RequestParam(name = "to", defaultValue = "") String to,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		FormErrors errors = FormErrors.none();
		LocalDate fromDate = date(from, "from", errors);
		LocalDate toDate = date(to, "to", errors);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.add("to", "The 'to' date must be the same as or after the 'from' date");
		}
		AccessAction chosenAction = Arrays.stream(AccessAction.values())
			.filter((candidate) -> candidate.name().equals(action))
			.findFirst()
			.orElse(null);
		int pageNumber = pageNumber(page);
		List<AccessLogEntry> entries = List.of();
		if (errors.isEmpty()) {
			AccessLogFilter filter = new AccessLogFilter(user.partnershipId(), blankToNull(username), chosenAction,
					blankToNull(recordType), blankToNull(recordId), fromDate, toDate, pageNumber, PAGE_SIZE);
			entries = this.accessLog.find(filter);
			this.accessLog.record(AccessEvent.of(user.partnershipId(), AccessAction.SEARCH, "access-log", null));
		}
		model.addAttribute("entries", entries);
		model.addAttribute("errors", errors);
		model.addAttribute("actions", AccessAction.values());
		model.addAttribute("filter", new Filter(username, action, recordType, recordId, from, to));
		model.addAttribute("page", pageNumber);
		model.addAttribute("hasNext", entries.size() == PAGE_SIZE);
		model.addAttribute("allPartnerships", user.partnershipId() == null);
		return "audit/access-log";
	}

	private static @Nullable LocalDate date(String text, String field, FormErrors errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			errors.add(field, "Enter the date as year-month-day, for example 2015-03-31");
			return null;
		}
	}

	private static int pageNumber(String page) {
		try {
			return Math.max(0, Integer.parseInt(page));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.trim();
	}

	/**
	 * The filter as typed, to show it back.
	 *
	 * @param username the user name
	 * @param action the action's name
	 * @param recordType the kind of record
	 * @param recordId the record's id
	 * @param from the first day
	 * @param to the last day
	 */
	record Filter(String username, String action, String recordType, String recordId, String from, String to) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem accessLogNavigation() {
			return new NavigationItem(BoardFunction.ADMINISTRATION, "Access log", "/admin/access-log",
					Resource.ACCESS_LOG, Operation.READ);
		}

	}

}
