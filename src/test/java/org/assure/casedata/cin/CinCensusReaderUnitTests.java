package org.assure.casedata.cin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.assure.casedata.ImportFailed;
import org.assure.casedata.journey.Journey;
import org.assure.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CinCensusReaderUnitTests {

	@Test
	void readsEveryModuleOfThe2026File() throws IOException {
		List<Journey.Child> children = new ArrayList<>();
		List<CinCensusReader.Header> headers = new ArrayList<>();
		byte[] bytes = Files.readAllBytes(Fixtures.external("cin-census/CIN_Census_2026.xml"));
		int read = CinCensusReader.read(new ByteArrayInputStream(bytes), "CIN_Census_2026.xml", headers::add,
				children::add);
		assertThat(read).isEqualTo(2);
		assertThat(headers).singleElement().satisfies((header) -> assertThat(header.referenceDate()).isNotNull());
		Journey.Child first = children.get(0);
		assertThat(first.localId).isEqualTo("DfEX0000001");
		assertThat(first.sex).isEqualTo("1");
		assertThat(first.disabilities).containsExactly("HAND", "HEAR");
		Journey.Episode episode = first.episodes.get(0);
		assertThat(episode.referralSource).isEqualTo("1A");
		assertThat(episode.assessments).singleElement()
			.satisfies((assessment) -> assertThat(assessment.factors).containsExactly("1C", "RB", "6B"));
		assertThat(episode.section47s).singleElement()
			.satisfies((enquiry) -> assertThat(enquiry.icpcNotRequired).isFalse());
		assertThat(episode.protectionPlans).singleElement().satisfies((plan) -> {
			assertThat(plan.previousPlans).isEqualTo(10);
			assertThat(plan.reviews).hasSize(1);
		});
		assertThat(children.get(1).sex).isEqualTo("M");
	}

	@Test
	void readsGenderCurrentFromOlderFiles() throws IOException {
		List<Journey.Child> children = new ArrayList<>();
		byte[] bytes = Files.readAllBytes(Fixtures.external("cin-census/CIN_Census_2021.xml"));
		CinCensusReader.read(new ByteArrayInputStream(bytes), "CIN_Census_2021.xml", (header) -> {
		}, children::add);
		assertThat(children).isNotEmpty().allSatisfy((child) -> assertThat(child.sex).isEqualTo("1"));
	}

	/**
	 * A fixture with bytes overwritten at random is read or refused with a message naming
	 * the file, never with any other exception.
	 */
	@Property(tries = 300)
	void readsOrRefusesACorruptedFileButNeverCrashes(@ForAll @IntRange(min = 0, max = 4000) int position,
			@ForAll @IntRange(min = 1, max = 40) int length, @ForAll byte filler) throws IOException {
		byte[] bytes = Files.readAllBytes(Fixtures.external("cin-census/CIN_Census_2024.xml"));
		int start = Math.min(position, bytes.length - 1);
		for (int i = start; i < Math.min(bytes.length, start + length); i++) {
			bytes[i] = filler;
		}
		try {
			CinCensusReader.read(new ByteArrayInputStream(bytes), "corrupt.xml", (header) -> {
			}, (child) -> {
			});
		}
		catch (ImportFailed failed) {
			assertThat(failed.getMessage()).startsWith("corrupt.xml");
		}
	}

}
