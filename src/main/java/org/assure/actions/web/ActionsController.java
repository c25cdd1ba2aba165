package org.assure.actions.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assure.actions.Action;
import org.assure.actions.ActionNotFoundException;
import org.assure.actions.ActionSource;
import org.assure.actions.ActionStatus;
import org.assure.actions.Actions;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Exports;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.Choice;
import org.assure.shell.CsvCells;
import org.assure.shell.ExportFormat;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * The action tracker: every member of the partnership reads it and exports it; board
 * managers, administrators and sub-group chairs add actions; board managers and
 * administrators move any action on, an agency's data lead only the agency's own.
 */
@Controller
class ActionsController {

	private static final List<String> COLUMNS = List.of("Number", "Source", "Source reference", "Action",
			"Owning agency", "Lead", "Due", "Status", "Overdue", "Escalated", "What was done", "Evidence", "Impact");

	private final Actions actions;

	/** The due-date filters: overdue, and escalated (long overdue). */
	private static final List<Choice> DUES = List.of(new Choice("overdue", "Overdue"),
			new Choice("escalated", "Escalated"));

	private final Agencies agencies;

	private final Exports exports;

	ActionsController(Actions actions, Agencies agencies, Exports exports) {
		this.actions = actions;
		this.agencies = agencies;
		this.exports = exports;
	}

	@GetMapping("/actions")
	@Allowed(resource = Resource.ACTIONS, operation = Operation.READ)
	String list(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params, Model model) {
		long partnershipId = user.requirePartnershipId();
		Actions.Filter filter = filter(partnershipId, params);
		model.addAttribute("actions", this.actions.list(partnershipId, filter));
		model.addAttribute("replans", this.actions.replans(partnershipId));
		model.addAttribute("today", this.actions.today());
		model.addAttribute("escalateAfter", this.actions.escalateAfterDays());
		model.addAttribute("statuses",
				Choice.of(List.of(ActionStatus.values()), ActionStatus::code, ActionStatus::label));
		model.addAttribute("sources",
				Choice.of(List.of(ActionSource.values()), ActionSource::code, ActionSource::label));
		model.addAttribute("agencies", Choice.of(this.agencies.of(partnershipId), Agency::id, Agency::name));
		model.addAttribute("dues", DUES);
		model.addAttribute("chosen", params);
		model.addAttribute("query", query(params));
		model.addAttribute("canAdd", mayAdd(user));
		return "actions/list";
	}

	@GetMapping("/actions/new")
	@Allowed(resource = Resource.ACTIONS, operation = Operation.WRITE)
	String form(@AuthenticationPrincipal AssureUser user, Model model) {
		model.addAttribute("sources", ActionSource.values());
		model.addAttribute("agencies", this.agencies.of(user.requirePartnershipId()));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
		return "actions/form";
	}

	@PostMapping("/actions")
	@Allowed(resource = Resource.ACTIONS, operation = Operation.WRITE)
	String create(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		ActionSource source = ActionSource.fromCode(params.getOrDefault("source", "")).orElse(null);
		Actions.Created created = this.actions.createFromForm(user.requirePartnershipId(), source,
				params.getOrDefault("sourceReference", ""), params, user.getUsername());
		if (created.id() != null) {
			redirect.addFlashAttribute("success", "Action " + created.id() + " is on the tracker");
			return "redirect:/actions/" + created.id();
		}
		Map<String, String> problems = new LinkedHashMap<>(created.problems());
		redirect.addFlashAttribute("problems", problems);
		redirect.addFlashAttribute("draft", new LinkedHashMap<>(params));
		return "redirect:/actions/new";
	}

	@GetMapping("/actions/{id}")
	@Allowed(resource = Resource.ACTIONS, operation = Operation.READ)
	String action(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		Action action = this.actions.find(partnershipId, id).orElseThrow(NotFound::new);
		model.addAttribute("action", action);
		model.addAttribute("history", this.actions.history(partnershipId, id));
		model.addAttribute("today", this.actions.today());
		model.addAttribute("escalateAfter", this.actions.escalateAfterDays());
		model.addAttribute("moves",
				action.status().next().stream().filter((to) -> Actions.mayMove(user, action, to)).toList());
		model.addAttribute("corrections", this.actions.corrections(partnershipId, id));
		model.addAttribute("canReplan", Actions.mayReplan(user) && action.status().outstanding());
		model.addAttribute("agencies", this.agencies.of(partnershipId));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
		}
		if (!model.containsAttribute("replanProblems")) {
			model.addAttribute("replanProblems", Map.of());
			model.addAttribute("draft", Map.of());
		}
		return "actions/action";
	}

	@PostMapping("/actions/{id}/replan")
	@Allowed(resource = Resource.ACTIONS, operation = Operation.WRITE)
	String replan(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		int expected;
		try {
			expected = Integer.parseInt(params.getOrDefault("version", "-1"));
		}
		catch (NumberFormatException ex) {
			expected = -1;
		}
		Map<String, String> problems;
		try {
			problems = this.actions.replan(user, id, expected, params);
		}
		catch (ActionNotFoundException ex) {
			throw new NotFound();
		}
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("success", "Action " + id + " re-planned");
		}
		else {
			redirect.addFlashAttribute("replanProblems", new LinkedHashMap<>(problems));
			redirect.addFlashAttribute("draft", new LinkedHashMap<>(params));
		}
		return "redirect:/actions/" + id;
	}

	@PostMapping("/actions/{id}/move")
	@Allowed(resource = Resource.ACTIONS, operation = Operation.RESPOND)
	String move(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = "to", defaultValue = "") String to,
			@RequestParam(name = "version", defaultValue = "-1") String version,
			@RequestParam(name = "text", defaultValue = "") String text, RedirectAttributes redirect) {
		ActionStatus status = ActionStatus.fromCode(to).orElse(null);
		Map<String, String> problems;
		if (status == null) {
			problems = Map.of("status", "Choose what has happened to the action");
		}
		else {
			int expected;
			try {
				expected = Integer.parseInt(version);
			}
			catch (NumberFormatException ex) {
				expected = -1;
			}
			try {
				problems = this.actions.move(user, id, expected, status, text);
			}
			catch (ActionNotFoundException ex) {
				throw new NotFound();
			}
		}
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("success", "Action " + id + " is now " + status.label().toLowerCase(Locale.UK));
		}
		else {
			redirect.addFlashAttribute("problems", new LinkedHashMap<>(problems));
			redirect.addFlashAttribute("draftText", text);
			redirect.addFlashAttribute("draftTo", to);
		}
		return "redirect:/actions/" + id;
	}

	@GetMapping("/actions/export.csv")
	@Allowed(resource = Resource.ACTIONS, operation = Operation.READ)
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params) {
		long partnershipId = user.requirePartnershipId();
		List<Action> found = this.actions.list(partnershipId, filter(partnershipId, params));
		StringBuilder csv = new StringBuilder();
		csv.append(CsvCells.row(List.of(this.exports.stamp(user, false)))).append(CsvCells.row(COLUMNS));
		LocalDate today = this.actions.today();
		for (Action action : found) {
			csv.append(CsvCells.row(cells(action, today)));
		}
		return this.exports.send(user, ExportFormat.CSV, "actions", csv.toString().getBytes(StandardCharsets.UTF_8),
				"actions", found.size() + " actions");
	}

	@GetMapping("/actions/export.xlsx")
	@Allowed(resource = Resource.ACTIONS, operation = Operation.READ)
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params)
			throws IOException {
		long partnershipId = user.requirePartnershipId();
		List<Action> found = this.actions.list(partnershipId, filter(partnershipId, params));
		LocalDate today = this.actions.today();
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Actions");
			sheet.createRow(0).createCell(0).setCellValue(this.exports.stamp(user, false));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row head = sheet.createRow(2);
			for (int c = 0; c < COLUMNS.size(); c++) {
				Cell cell = head.createCell(c);
				cell.setCellValue(COLUMNS.get(c));
				cell.setCellStyle(bold);
			}
			int r = 3;
			for (Action action : found) {
				Row row = sheet.createRow(r++);
				List<String> cells = cells(action, today);
				row.createCell(0).setCellValue(action.id());
				for (int c = 1; c < cells.size(); c++) {
					row.createCell(c).setCellValue(CsvCells.neutral(cells.get(c)));
				}
			}
			sheet.createFreezePane(0, 3);
			book.write(out);
			return this.exports.send(user, ExportFormat.XLSX, "actions", out.toByteArray(), "actions",
					found.size() + " actions");
		}
	}

	private List<String> cells(Action action, LocalDate today) {
		return new ArrayList<>(Arrays.asList(String.valueOf(action.id()), action.source().label(),
				action.sourceReference(), action.title(),
				(action.ownerAgencyName() != null) ? action.ownerAgencyName() : "The board", action.ownerPerson(),
				action.dueDate().toString(), action.status().label(), action.overdue(today) ? "Yes" : "No",
				action.escalated(today, this.actions.escalateAfterDays()) ? "Yes" : "No",
				nullToEmpty(action.completionNote()), nullToEmpty(action.evidence()), nullToEmpty(action.impact())));
	}

	private static String nullToEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

	private Actions.Filter filter(long partnershipId, Map<String, String> params) {
		ActionStatus status = ActionStatus.fromCode(params.getOrDefault("status", "")).orElse(null);
		ActionSource source = ActionSource.fromCode(params.getOrDefault("source", "")).orElse(null);
		Long agency = null;
		try {
			String text = params.getOrDefault("agency", "").strip();
			if (!text.isEmpty()) {
				agency = this.agencies.find(partnershipId, Long.parseLong(text)).map((a) -> a.id()).orElse(null);
			}
		}
		catch (NumberFormatException ex) {
			agency = null;
		}
		String due = params.getOrDefault("due", "");
		return new Actions.Filter(status, source, agency, "overdue".equals(due), "escalated".equals(due));
	}

	private static String query(Map<String, String> params) {
		return params.entrySet()
			.stream()
			.filter((e) -> List.of("status", "source", "agency", "due").contains(e.getKey()) && !e.getValue().isBlank())
			.map((e) -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static boolean mayAdd(AssureUser user) {
		return user.can(Resource.ACTIONS, Operation.WRITE);
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static final class NotFound extends RuntimeException {

		NotFound() {
			super("No such action");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem actionsLink() {
			return new NavigationItem(BoardFunction.GOVERNANCE, "Actions", "/actions", Resource.ACTIONS,
					Operation.READ);
		}

	}

}
