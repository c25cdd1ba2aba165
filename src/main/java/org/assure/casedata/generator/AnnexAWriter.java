package org.assure.casedata.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.assure.casedata.journey.Journey;
import org.jspecify.annotations.Nullable;

/**
 * Writes journeys as an Ofsted Annex A workbook: lists 1 to 9, each row a child's record
 * with the child's gender, ethnicity, date of birth and age, dates as Excel dates, codes
 * with the lettered prefixes Annex A templates use ("a) Male").
 */
final class AnnexAWriter {

	private AnnexAWriter() {
	}

	static Path write(List<Journey.Child> children, LocalDate asAt, Path file) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			CellStyle dates = workbook.createCellStyle();
			dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Lists lists = new Lists(workbook, dates, asAt);
			for (Journey.Child child : children) {
				for (Journey.Contact contact : child.contacts) {
					lists.row(1, child, contact.date, contact.source);
				}
				for (Journey.EarlyHelp help : child.earlyHelp) {
					lists.row(2, child, help.start, help.end);
				}
				for (Journey.Episode episode : child.episodes) {
					lists.row(3, child, episode.referralDate, episode.referralSource,
							Boolean.TRUE.equals(episode.referralNfa) ? "Yes" : "No");
					for (Journey.Assessment assessment : episode.assessments) {
						lists.row(4, child, assessment.start, assessment.authorised);
					}
					for (Journey.Section47 enquiry : episode.section47s) {
						lists.row(5, child, enquiry.start, Boolean.TRUE.equals(enquiry.icpcNotRequired) ? "Yes" : "No",
								enquiry.icpcDate);
					}
					lists.row(6, child, episode.referralDate,
							(episode.primaryNeed != null) ? episode.primaryNeed + " - need" : null, episode.closureDate,
							episode.closureReason);
					for (Journey.ProtectionPlan plan : episode.protectionPlans) {
						lists.row(7, child, plan.start, plan.initialCategory, plan.latestCategory,
								plan.reviews.isEmpty() ? null : plan.reviews.get(plan.reviews.size() - 1), plan.end,
								plan.previousPlans);
					}
				}
				for (Journey.LookedAfter placement : child.lookedAfter) {
					if (placement.end == null) {
						lists.row(8, child, placement.start, placement.legalStatus, placement.placementType);
					}
				}
				for (Journey.CareLeaver leaver : child.careLeaver) {
					lists.row(9, child, leaver.inTouch, leaver.activity, leaver.accommodation);
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	/** The nine sheets and their next rows. */
	private static final class Lists {

		private static final String[][] COLUMNS = { { "Date of Contact", "Contact Source" },
				{ "Assessment start date", "Assessment completion date" },
				{ "Date of Referral", "Referral Source", "Referral NFA?" },
				{ "Continuous Assessment Start Date", "Continuous Assessment Date of Authorisation" },
				{ "Strategy discussion initiating Section 47 Enquiry Start Date",
						"Was an Initial Child Protection Conference deemed unnecessary?",
						"Date of Initial Child Protection Conference" },
				{ "CIN Start Date", "Primary Need Code", "CIN Closure Date", "Reason for Closure" },
				{ "Child Protection Plan Start Date", "Initial Category of Abuse", "Latest Category of Abuse",
						"Date of latest review conference", "Child Protection Plan End Date",
						"Number of Previous Child Protection Plans" },
				{ "Date Started to be Looked After", "Child's Legal Status", "Placement Type" },
				{ "LA in Touch", "Activity Status", "Type of Accommodation" } };

		private final List<Sheet> sheets = new ArrayList<>();

		private final int[] next = new int[10];

		private final CellStyle dates;

		private final LocalDate asAt;

		Lists(SXSSFWorkbook workbook, CellStyle dates, LocalDate asAt) {
			this.dates = dates;
			this.asAt = asAt;
			for (int list = 1; list <= 9; list++) {
				Sheet sheet = workbook.createSheet("List " + list);
				Row header = sheet.createRow(0);
				List<String> names = new ArrayList<>(
						List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age"));
				names.addAll(List.of(COLUMNS[list - 1]));
				for (int i = 0; i < names.size(); i++) {
					header.createCell(i).setCellValue(names.get(i));
				}
				this.sheets.add(sheet);
				this.next[list] = 1;
			}
		}

		void row(int list, Journey.Child child, @Nullable Object... values) {
			Row row = this.sheets.get(list - 1).createRow(this.next[list]++);
			row.createCell(0).setCellValue(String.valueOf(child.localId));
			row.createCell(1)
				.setCellValue("M".equals(child.sex) ? "a) Male"
						: "F".equals(child.sex) ? "b) Female" : "c) Not stated/recorded");
			row.createCell(2).setCellValue((child.ethnicity != null) ? child.ethnicity : "");
			if (child.birthMonth != null) {
				LocalDate birth = child.birthMonth.atDay(1);
				set(row, 3, birth);
				row.createCell(4).setCellValue(ChronoUnit.YEARS.between(birth, this.asAt));
			}
			for (int i = 0; i < values.length; i++) {
				set(row, 5 + i, values[i]);
			}
		}

		private void set(Row row, int column, @Nullable Object value) {
			if (value == null) {
				return;
			}
			if (value instanceof LocalDate date) {
				var cell = row.createCell(column);
				cell.setCellValue(date);
				cell.setCellStyle(this.dates);
			}
			else if (value instanceof Integer number) {
				row.createCell(column).setCellValue(number);
			}
			else {
				row.createCell(column).setCellValue(value.toString());
			}
		}

	}

}
