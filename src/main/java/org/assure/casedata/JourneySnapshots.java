package org.assure.casedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.assure.casedata.csv.AssureCsvReader;
import org.assure.casedata.generator.GenerateCommand;
import org.assure.casedata.journey.Journey;

/**
 * Journey facts straight from files, without the database: for benchmarks that compare
 * Assure's engine with another on the same file. The file is read by the import's own
 * Assure CSV parser; children are keyed by their id in the file, which never leaves
 * memory.
 */
public final class JourneySnapshots {

	private JourneySnapshots() {
	}

	/**
	 * Generates about a number of children's journeys over whole financial years at
	 * Leicester's rates and writes them as one Assure CSV file.
	 * @param children about how many children, over all the years
	 * @param seed the seed (the same seed, the same file)
	 * @param from the first day of the window
	 * @param to the last day of the window
	 * @param folder the folder to write into
	 * @return the file
	 */
	public static Path generateAssureCsv(int children, long seed, LocalDate from, LocalDate to, Path folder) {
		try {
			return GenerateCommand.write(GenerateCommand.generate(children, from, to, seed), "assure-csv", folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the generated journeys", ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the generated journeys", ex);
		}
	}

	/**
	 * Reads an Assure CSV file into journey facts in memory.
	 * @param file the file
	 * @return the facts
	 */
	public static JourneyFacts.Snapshot readAssureCsv(Path file) {
		List<JourneyFacts.Contact> contacts = new ArrayList<>();
		List<JourneyFacts.Episode> episodes = new ArrayList<>();
		List<JourneyFacts.Assessment> assessments = new ArrayList<>();
		List<JourneyFacts.Enquiry> enquiries = new ArrayList<>();
		List<JourneyFacts.Plan> plans = new ArrayList<>();
		List<JourneyFacts.LookedAfter> lookedAfter = new ArrayList<>();
		List<JourneyFacts.Missing> missing = new ArrayList<>();
		java.util.Map<String, JourneyFacts.Child> children = new java.util.HashMap<>();
		try (InputStream in = Files.newInputStream(file)) {
			AssureCsvReader.read(in, file.getFileName().toString(), (child) -> {
				String key = (child.localId != null) ? child.localId : child.location().toString();
				children.put(key,
						new JourneyFacts.Child(key, (child.birthMonth != null) ? child.birthMonth.atDay(1) : null,
								child.sex, child.ethnicity, String.join(",", child.disabilities), null));
				for (Journey.Contact contact : child.contacts) {
					if (contact.date != null && !contact.rejected()) {
						contacts.add(new JourneyFacts.Contact(key, contact.date));
					}
				}
				for (Journey.Episode episode : child.episodes) {
					if (episode.referralDate == null || episode.rejected()) {
						continue;
					}
					episodes.add(new JourneyFacts.Episode(key, episode.referralDate, episode.closureDate,
							episode.referralSource));
					for (Journey.Assessment assessment : episode.assessments) {
						LocalDate started = assessment.start;
						if (started != null && !assessment.rejected()) {
							assessments.add(new JourneyFacts.Assessment(key, episode.referralDate, started,
									assessment.authorised));
						}
					}
					for (Journey.Section47 enquiry : episode.section47s) {
						if (enquiry.start != null && !enquiry.rejected()) {
							enquiries.add(new JourneyFacts.Enquiry(key, enquiry.start, enquiry.icpcDate));
						}
					}
					for (Journey.ProtectionPlan plan : episode.protectionPlans) {
						if (plan.start != null && !plan.rejected()) {
							plans.add(new JourneyFacts.Plan(key, plan.start, plan.end, plan.previousPlans,
									plan.reviews.stream().sorted().toList()));
						}
					}
				}
				for (Journey.Missing episode : child.missing) {
					if (episode.start != null && !episode.rejected()) {
						missing.add(new JourneyFacts.Missing(key, episode.start, episode.end, episode.absence,
								episode.returnInterviewOffered, episode.returnInterviewAccepted));
					}
				}
				for (Journey.LookedAfter episode : child.lookedAfter) {
					if (episode.start != null && !episode.rejected()) {
						lookedAfter.add(new JourneyFacts.LookedAfter(key, episode.start, episode.end,
								episode.reasonForNewEpisode, episode.placementType));
					}
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return new JourneyFacts.Snapshot(contacts, episodes, assessments, enquiries, plans, lookedAfter, missing,
				children);
	}

}
