package org.assure.shell;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsUnitTests {

	@Test
	void defusesCellsASpreadsheetWouldRunAsFormulas() {
		assertThat(CsvCells.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(CsvCells.cell("+1")).isEqualTo("\"'+1\"");
		assertThat(CsvCells.cell("-1")).isEqualTo("\"'-1\"");
		assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
	}

	@Test
	void quotesOrdinaryCellsAndLeavesEmptyOnesEmpty() {
		assertThat(CsvCells.row(Arrays.asList("DQ101", null, "a, b"))).isEqualTo("\"DQ101\",,\"a, b\"\r\n");
	}

}
