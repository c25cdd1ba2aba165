package org.assure.casedata.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.assure.casedata.ImportFailed;
import org.assure.casedata.journey.Journey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading a file larger than one batch of the second thread: every child, in file order,
 * with its records; a file broken after the first batches fails as a whole; a reader that
 * stops early stops the second thread.
 */
class AssureCsvReaderUnitTests {

	private static final int CHILDREN = 10_000;

	@Test
	void readsEveryChildInFileOrder() {
		List<Journey.Child> read = new ArrayList<>();
		int count = AssureCsvReader.read(file(CHILDREN, -1), "many.csv", read::add);
		assertThat(count).isEqualTo(CHILDREN);
		assertThat(read).hasSize(CHILDREN);
		for (int i = 0; i < CHILDREN; i++) {
			Journey.Child child = read.get(i);
			LocalDate referred = LocalDate.of(2014, 4, 1).plusDays(i % 365);
			assertThat(child.localId).isEqualTo("C" + i);
			assertThat(child.episodes).singleElement()
				.satisfies((episode) -> assertThat(episode.referralDate).isEqualTo(referred));
			assertThat(child.location().toString()).isEqualTo("many.csv: row " + (2 * i + 2));
		}
	}

	@Test
	void aFileBrokenAfterTheFirstBatchesFailsAsAWhole() {
		assertThatThrownBy(() -> AssureCsvReader.read(file(CHILDREN, 9_000), "broken.csv", (child) -> {
		})).isInstanceOf(ImportFailed.class).hasMessageStartingWith("broken.csv: cannot be read as CSV");
	}

	@Test
	void aReaderThatStopsEarlyStopsTheSecondThread() throws InterruptedException {
		RuntimeException stop = new IllegalStateException("stop here");
		assertThatThrownBy(() -> AssureCsvReader.read(file(CHILDREN, -1), "stopped.csv", (child) -> {
			if ("C100".equals(child.localId)) {
				throw stop;
			}
		})).hasRootCauseMessage("stop here");
		assertThat(Thread.getAllStackTraces().keySet())
			.noneMatch((thread) -> thread.getName().equals("assure-csv stopped.csv") && thread.isAlive());
	}

	/**
	 * A file of children, each with a child row and a referral row; from one child on,
	 * its referral's source opens a quotation that never closes.
	 */
	private static ByteArrayInputStream file(int children, int brokenFrom) {
		StringBuilder text = new StringBuilder("child_id,record,record_id,date,source\n");
		for (int i = 0; i < children; i++) {
			text.append("C").append(i).append(",child,,,\n");
			text.append("C")
				.append(i)
				.append(",referral,R1,")
				.append(LocalDate.of(2014, 4, 1).plusDays(i % 365))
				.append(',')
				.append((i == brokenFrom) ? "\"police" : "police")
				.append('\n');
		}
		return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
	}

}
