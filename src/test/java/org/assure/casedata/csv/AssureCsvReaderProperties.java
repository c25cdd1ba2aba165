package org.assure.casedata.csv;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cleaning a cell without copying it when it needs nothing gives what replacing the
 * non-breaking spaces and byte-order marks and trimming always gave.
 */
class AssureCsvReaderProperties {

	@Property(tries = 3000)
	void cleansAsTheFullReplacementDoes(@ForAll("cells") String cell) {
		assertThat(AssureCsvReader.clean(cell)).isEqualTo(cell.replace('\u00A0', ' ').replace("\uFEFF", "").trim());
	}

	@Provide
	Arbitrary<String> cells() {
		return Arbitraries.strings().withChars("ab1- \t\u00A0\uFEFF\r\n").ofMaxLength(8);
	}

}
