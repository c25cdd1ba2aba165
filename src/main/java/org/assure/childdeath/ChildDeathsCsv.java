package org.assure.childdeath;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assure.shell.CsvTable;
import org.assure.shell.InvalidUploadException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a panel's existing records from a spreadsheet saved as CSV: each row a death
 * notified and, when it has been, its review at a panel (the panel recorded by its day if
 * it is not yet). Every row goes through the same rules and steps as a death recorded by
 * hand; if any row breaks one, nothing of the file is stored and every problem is named
 * by file, row, column and rule. The child is pseudonymised as the row is read; the day
 * of birth gives the age band and is never stored.
 */
@Service
public class ChildDeathsCsv {

	/** The columns, in the template's order. */
	public static final List<String> COLUMNS = List.of("died_on", "notified_on", "child", "born_on", "age_band", "kind",
			"area", "joint_agency_response", "panel_on", "category", "modifiable", "domains", "theme", "learning");

	private static final List<String> REQUIRED = List.of("died_on", "notified_on", "child", "kind", "area");

	private final ChildDeaths deaths;

	ChildDeathsCsv(ChildDeaths deaths) {
		this.deaths = deaths;
	}

	/**
	 * Imports the deaths of a file, all or nothing.
	 * @param partnershipId the partnership
	 * @param csv the file
	 * @param fileName its name, for messages
	 * @param by who imports it
	 * @return how many deaths were stored
	 * @throws InvalidUploadException naming every row, column and rule broken; nothing is
	 * stored
	 */
	@Transactional
	public int importCsv(long partnershipId, Reader csv, String fileName, String by) {
		CsvTable table = CsvTable.read(csv, fileName, REQUIRED, COLUMNS);
		List<String> problems = new ArrayList<>(table.problems());
		int stored = 0;
		for (CsvTable.Row row : table.rows()) {
			String where = fileName + " row " + row.line() + ", ";
			int before = problems.size();
			LocalDate died = row.date("died_on", where, problems);
			LocalDate notified = row.date("notified_on", where, problems);
			LocalDate born = row.date("born_on", where, problems);
			AgeBand band = row.choice("age_band", AgeBand.values(), AgeBand::label, where, problems);
			DeathKind kind = row.choice("kind", DeathKind.values(), DeathKind::label, where, problems);
			boolean jar = row.yes("joint_agency_response", where, problems);
			LocalDate panelOn = row.date("panel_on", where, problems);
			Integer category = category(row, where, problems);
			Modifiable modifiable = row.choice("modifiable", Modifiable.values(), Modifiable::label, where, problems);
			Set<FactorDomain> domains = EnumSet.noneOf(FactorDomain.class);
			for (String token : row.get("domains").split("[;|]")) {
				if (!token.isBlank()) {
					FactorDomain domain = new CsvTable.Row(row.line(), Map.of("domains", token.strip()))
						.choice("domains", FactorDomain.values(), FactorDomain::label, where, problems);
					if (domain != null) {
						domains.add(domain);
					}
				}
			}
			boolean reviewed = panelOn != null || modifiable != null;
			if (problems.size() == before && reviewed && (panelOn == null || modifiable == null)) {
				problems.add(where + "panel_on: a review gives the panel's day (panel_on) and its finding on "
						+ "modifiable factors (modifiable) together");
			}
			if (problems.size() == before && !reviewed && (category != null || !domains.isEmpty()
					|| !row.get("theme").isEmpty() || !row.get("learning").isEmpty())) {
				problems.add(where + "panel_on: a category, domains or learning belong to a review: give the panel's "
						+ "day and the finding on modifiable factors too");
			}
			if (problems.size() > before) {
				continue;
			}
			ChildDeaths.Created created = this.deaths.notify(partnershipId,
					new ChildDeaths.Notification(died, notified, row.get("child"), born, band, kind, row.get("area"),
							jar, "Imported from " + fileName + " row " + row.line()),
					by);
			CsvTable.addByColumn(problems, where, created.problems(), COLUMN_OF);
			if (created.id() == null || !reviewed) {
				stored += (created.id() != null) ? 1 : 0;
				continue;
			}
			long panelId = panel(partnershipId, java.util.Objects.requireNonNull(panelOn), by, where, problems);
			if (panelId < 0) {
				continue;
			}
			List<ChildDeaths.Learning> learning = new ArrayList<>();
			if (!row.get("theme").isEmpty() || !row.get("learning").isEmpty()) {
				learning.add(new ChildDeaths.Learning(0, created.id(), row.get("theme"), row.get("learning"), panelOn));
			}
			try {
				CsvTable.addByColumn(problems, where,
						this.deaths.review(partnershipId, created.id(),
								new ChildDeaths.Review(panelId, category, modifiable, domains, learning), by),
						COLUMN_OF);
			}
			catch (IllegalChildDeathMoveException ex) {
				problems.add(where + "panel_on: " + ex.getMessage());
			}
			stored++;
		}
		if (!problems.isEmpty()) {
			throw new InvalidUploadException(problems);
		}
		return stored;
	}

	private @Nullable Integer category(CsvTable.Row row, String where, List<String> problems) {
		String text = row.get("category");
		if (text.isEmpty()) {
			return null;
		}
		List<String> categories = this.deaths.settings().categories();
		for (int i = 0; i < categories.size(); i++) {
			if (categories.get(i).equalsIgnoreCase(text) || String.valueOf(i + 1).equals(text)) {
				return i + 1;
			}
		}
		problems.add(where + "category: a number from 1 to " + categories.size()
				+ " or a category's name as the form shows it, not '" + text + "'");
		return null;
	}

	/** The panel of a day: the one recorded, or a new one; -1 when it cannot be. */
	private long panel(long partnershipId, LocalDate on, String by, String where, List<String> problems) {
		for (int attempt = 0; attempt < 2; attempt++) {
			for (ChildDeaths.Panel panel : this.deaths.panels(partnershipId)) {
				if (panel.heldOn().equals(on)) {
					return panel.id();
				}
			}
			Map<String, String> refused = this.deaths.holdPanel(partnershipId, on, by);
			if (!refused.isEmpty()) {
				CsvTable.addByColumn(problems, where, refused, COLUMN_OF);
				return -1;
			}
		}
		return -1;
	}

	/** A form's field names as the file's columns. */
	private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("diedOn", "died_on"),
			Map.entry("notifiedOn", "notified_on"), Map.entry("bornOn", "born_on"), Map.entry("heldOn", "panel_on"),
			Map.entry("panelId", "panel_on"), Map.entry("jointAgencyResponse", "joint_agency_response"));

}
