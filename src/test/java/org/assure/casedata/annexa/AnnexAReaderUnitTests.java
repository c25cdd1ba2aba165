package org.assure.casedata.annexa;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assure.casedata.ImportFailed;
import org.assure.casedata.journey.Journey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Workbooks laid out as authorities lay them out, beyond the two samples: a title above a
 * list's header row, sheets named other than 'List N', notes sheets.
 */
class AnnexAReaderUnitTests {

	private static final LocalDate AS_AT = LocalDate.of(2024, 3, 31);

	@Test
	void aListsHeaderRowIsFoundBelowATitleAndBlankRows() throws IOException {
		byte[] workbook = workbook((book) -> {
			Sheet sheet = book.createSheet("Annex A List_1 Contacts");
			sheet.createRow(0).createCell(0).setCellValue("List 1: Contacts in the six months before 31 March 2024");
			// row 1 left blank, as some exports do
			header(sheet.createRow(2), "Child Unique ID", "Gender", "Date of Contact", "Contact Source");
			values(sheet.createRow(3), "C1", "b) Female", "12/01/2024", "q) 6: Police");
			values(sheet.createRow(4), "C2", "a) Male", "15/02/2024", "a) 1: Individual");
			Sheet notes = book.createSheet("Notes on list 3");
			notes.createRow(0).createCell(0).setCellValue("Referrals are counted once per child.");
		});
		List<Journey.Child> children = read(workbook);
		assertThat(children).extracting((child) -> child.localId).containsExactly("C1", "C2");
		assertThat(children.get(0).contacts).singleElement().satisfies((contact) -> {
			assertThat(contact.date).isEqualTo(LocalDate.of(2024, 1, 12));
			assertThat(contact.source).isEqualTo("6");
		});
	}

	@Test
	void everySheetNotReadIsNamedWithWhy() throws IOException {
		byte[] workbook = workbook((book) -> {
			Sheet contacts = book.createSheet("List 1");
			header(contacts.createRow(0), "Child Unique ID", "Date of Contact");
			values(contacts.createRow(1), "C1", "12/01/2024");
			book.createSheet("Guidance").createRow(0).createCell(0).setCellValue("How to fill in the lists");
			Sheet adoption = book.createSheet("List 10");
			header(adoption.createRow(0), "Child Unique ID", "Date of decision");
			values(adoption.createRow(1), "C9", "01/02/2024");
			book.createSheet("Notes on list 3").createRow(0).createCell(0).setCellValue("Counted once per child.");
			book.createSheet("List 5");
		});
		List<Journey.Child> children = new ArrayList<>();
		AnnexAReader.Read read = AnnexAReader.read(new ByteArrayInputStream(workbook), "annex-a.xlsx", AS_AT,
				children::add);
		assertThat(children).extracting((child) -> child.localId).containsExactly("C1");
		assertThat(read.passedOver()).containsExactly(
				"annex-a.xlsx: sheet 'Guidance' was not read: its name is not that of one of Annex A's lists "
						+ "(List 1 to List 11)",
				"annex-a.xlsx: sheet 'List 10' was not read: lists 10 and 11 (adoption) are not part of a child's "
						+ "journey in Assure",
				"annex-a.xlsx: sheet 'Notes on list 3' was not read: it has no 'Child Unique ID' column in its first "
						+ "20 rows and its name does not begin 'List', so it is taken for notes, not a list",
				"annex-a.xlsx: sheet 'List 5' was not read: it is empty");
	}

	@Test
	void aListWithoutTheChildsIdIsRefusedByName() throws IOException {
		byte[] workbook = workbook((book) -> {
			Sheet sheet = book.createSheet("List 1");
			header(sheet.createRow(0), "Child ID", "Date of Contact");
			values(sheet.createRow(1), "C1", "12/01/2024");
		});
		assertThatExceptionOfType(ImportFailed.class).isThrownBy(() -> read(workbook))
			.withMessage("annex-a.xlsx: sheet 'List 1' has no 'Child Unique ID' column in its first 20 rows");
	}

	@Test
	void sheetNamesAreReadForTheirListNumber() {
		assertThat(AnnexAReader.listNumber("List 1")).isEqualTo(1);
		assertThat(AnnexAReader.listNumber("list_10")).isEqualTo(10);
		assertThat(AnnexAReader.listNumber("Annex A List 7 - CP plans")).isEqualTo(7);
		assertThat(AnnexAReader.listNumber("Checklist 3")).isNull();
		assertThat(AnnexAReader.listNumber("Guidance")).isNull();
		assertThat(AnnexAReader.listNumber("List 123")).isNull();
	}

	private static List<Journey.Child> read(byte[] workbook) {
		List<Journey.Child> children = new ArrayList<>();
		AnnexAReader.read(new ByteArrayInputStream(workbook), "annex-a.xlsx", AS_AT, children::add);
		return children;
	}

	private static void header(Row row, String... names) {
		values(row, names);
	}

	private static void values(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	private static byte[] workbook(java.util.function.Consumer<XSSFWorkbook> fill) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fill.accept(book);
			book.write(out);
			return out.toByteArray();
		}
	}

}
