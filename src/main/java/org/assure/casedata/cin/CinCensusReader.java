package org.assure.casedata.cin;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.assure.casedata.ImportFailed;
import org.assure.casedata.SecureXml;
import org.assure.casedata.journey.Journey;
import org.assure.casedata.journey.Location;
import org.assure.casedata.journey.Values;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CIN census file (schemas 2022 to 2026) as a stream: the header first, then one
 * child at a time, so that a file of any size needs the memory of one child.
 * {@code GenderCurrent} (to 2024) and {@code Sex} (from 2025) are both read. Values that
 * cannot be read are recorded on the child for the rules to report; a file that is not
 * well-formed XML, has a DTD, or is not a CIN census message fails as a whole.
 */
public final class CinCensusReader {

	/** What the header says. */
	public record Header(@Nullable LocalDate referenceDate, @Nullable String year, @Nullable String authority) {
	}

	private final String fileName;

	private final Consumer<Header> onHeader;

	private final Consumer<Journey.Child> onChild;

	private final Deque<String> path = new ArrayDeque<>();

	private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();

	private final StringBuilder text = new StringBuilder();

	private @Nullable LocalDate referenceDate;

	private @Nullable String year;

	private @Nullable String authority;

	private boolean headerSent;

	private int children;

	private Journey.@Nullable Child child;

	private Journey.@Nullable Episode episode;

	private Journey.@Nullable Assessment assessment;

	private Journey.@Nullable CinPlan cinPlan;

	private Journey.@Nullable Section47 section47;

	private Journey.@Nullable ProtectionPlan plan;

	private CinCensusReader(String fileName, Consumer<Header> onHeader, Consumer<Journey.Child> onChild) {
		this.fileName = fileName;
		this.onHeader = onHeader;
		this.onChild = onChild;
	}

	/**
	 * Reads a file.
	 * @param in the file's bytes
	 * @param fileName its name, for the report
	 * @param onHeader called once with the header, before any child
	 * @param onChild called with each child, in file order
	 * @return the number of children read
	 * @throws ImportFailed when the file cannot be read as a CIN census
	 */
	public static int read(InputStream in, String fileName, Consumer<Header> onHeader,
			Consumer<Journey.Child> onChild) {
		CinCensusReader reader = new CinCensusReader(fileName, onHeader, onChild);
		SecureXml.walk(in, fileName, "Message", "a CIN census message", new SecureXml.Handler() {
			@Override
			public void start(String name, int line) {
				reader.start(name);
			}

			@Override
			public void text(char[] characters, int start, int length) {
				reader.text.append(characters, start, length);
			}

			@Override
			public void end(String name) {
				reader.end(name);
			}
		});
		return reader.children;
	}

	private void start(String name) {
		Map<String, Integer> counts = this.siblings.isEmpty() ? new HashMap<>() : this.siblings.peek();
		int index = counts.merge(name, 1, Integer::sum);
		this.path.push(name + "[" + index + "]");
		this.siblings.push(new HashMap<>());
		this.text.setLength(0);
		switch (name) {
			case "Children" -> sendHeader();
			case "Child" -> {
				this.children++;
				this.child = new Journey.Child(location());
			}
			case "CINdetails" -> {
				if (this.child != null) {
					this.episode = new Journey.Episode(location());
					this.child.episodes.add(this.episode);
				}
			}
			case "Assessments" -> {
				if (this.episode != null) {
					this.assessment = new Journey.Assessment(location());
					this.episode.assessments.add(this.assessment);
				}
			}
			case "CINPlanDates" -> {
				if (this.episode != null) {
					this.cinPlan = new Journey.CinPlan(location());
					this.episode.cinPlans.add(this.cinPlan);
				}
			}
			case "Section47" -> {
				if (this.episode != null) {
					this.section47 = new Journey.Section47(location());
					this.episode.section47s.add(this.section47);
				}
			}
			case "ChildProtectionPlans" -> {
				if (this.episode != null) {
					this.plan = new Journey.ProtectionPlan(location());
					this.episode.protectionPlans.add(this.plan);
				}
			}
			default -> {
				// Other elements are read when they end; unknown ones
				// (PreProceedingsandFGDM) are passed over.
			}
		}
	}

	private void end(String name) {
		String value = this.text.toString().trim();
		this.text.setLength(0);
		String parent = parent();
		try {
			element(name, parent, value);
		}
		finally {
			this.path.pop();
			this.siblings.pop();
		}
	}

	private void element(String name, @Nullable String parent, String value) {
		if ("CollectionDetails[1]".equals(parent) || isUnder("CollectionDetails")) {
			switch (name) {
				case "ReferenceDate" -> this.referenceDate = headerDate(value);
				case "Year" -> this.year = value;
				default -> {
				}
			}
			return;
		}
		if ("LEA".equals(name) && isUnder("Header")) {
			this.authority = value;
			return;
		}
		Journey.Child current = this.child;
		if (current == null) {
			return;
		}
		switch (name) {
			case "Child" -> {
				this.onChild.accept(current);
				this.child = null;
				this.episode = null;
			}
			case "LAchildID" -> current.localId = value.isEmpty() ? null : value;
			case "PersonBirthDate" -> {
				current.birthDate = date(current, current, name, value);
				if (current.birthDate != null) {
					current.birthMonth = YearMonth.from(current.birthDate);
				}
			}
			case "ExpectedPersonBirthDate" -> {
				LocalDate expected = date(current, current, name, value);
				if (current.birthMonth == null && expected != null) {
					current.birthMonth = YearMonth.from(expected);
				}
			}
			case "GenderCurrent", "Sex" -> current.sex = emptyToNull(value);
			case "Ethnicity" -> current.ethnicity = emptyToNull(value);
			case "Disability" -> {
				if (!value.isEmpty()) {
					current.disabilities.add(value);
				}
			}
			default -> episodeElement(current, name, value);
		}
	}

	private void episodeElement(Journey.Child current, String name, String value) {
		Journey.Episode episode = this.episode;
		if (episode == null) {
			return;
		}
		if (isUnder("Assessments") && this.assessment != null) {
			Journey.Assessment assessment = this.assessment;
			switch (name) {
				case "AssessmentActualStartDate" -> assessment.start = date(current, assessment, name, value);
				case "AssessmentAuthorisationDate" -> assessment.authorised = date(current, assessment, name, value);
				case "AssessmentFactors" -> {
					if (!value.isEmpty()) {
						assessment.factors.add(value);
					}
				}
				case "Assessments" -> this.assessment = null;
				default -> {
				}
			}
			return;
		}
		if (isUnder("CINPlanDates") && this.cinPlan != null) {
			Journey.CinPlan cinPlan = this.cinPlan;
			switch (name) {
				case "CINPlanStartDate" -> cinPlan.start = date(current, cinPlan, name, value);
				case "CINPlanEndDate" -> cinPlan.end = date(current, cinPlan, name, value);
				case "CINPlanDates" -> this.cinPlan = null;
				default -> {
				}
			}
			return;
		}
		if (isUnder("Section47") && this.section47 != null) {
			Journey.Section47 enquiry = this.section47;
			switch (name) {
				case "S47ActualStartDate" -> enquiry.start = date(current, enquiry, name, value);
				case "InitialCPCtarget" -> enquiry.icpcTarget = date(current, enquiry, name, value);
				case "DateOfInitialCPC" -> enquiry.icpcDate = date(current, enquiry, name, value);
				case "ICPCnotRequired" -> enquiry.icpcNotRequired = yesNo(current, enquiry, name, value);
				case "Section47" -> this.section47 = null;
				default -> {
				}
			}
			return;
		}
		if (isUnder("ChildProtectionPlans") && this.plan != null) {
			Journey.ProtectionPlan plan = this.plan;
			switch (name) {
				case "CPPstartDate" -> plan.start = date(current, plan, name, value);
				case "CPPendDate" -> plan.end = date(current, plan, name, value);
				case "InitialCategoryOfAbuse" -> plan.initialCategory = emptyToNull(value);
				case "LatestCategoryOfAbuse" -> plan.latestCategory = emptyToNull(value);
				case "NumberOfPreviousCPP" -> plan.previousPlans = number(current, plan, name, value);
				case "CPPreviewDate" -> {
					LocalDate review = date(current, plan, name, value);
					if (review != null) {
						plan.reviews.add(review);
					}
				}
				case "ChildProtectionPlans" -> this.plan = null;
				default -> {
				}
			}
			return;
		}
		switch (name) {
			case "CINreferralDate" -> episode.referralDate = date(current, episode, name, value);
			case "ReferralSource" -> episode.referralSource = emptyToNull(value);
			case "PrimaryNeedCode" -> episode.primaryNeed = emptyToNull(value);
			case "CINclosureDate" -> episode.closureDate = date(current, episode, name, value);
			case "ReasonForClosure" -> episode.closureReason = emptyToNull(value);
			case "ReferralNFA" -> episode.referralNfa = yesNo(current, episode, name, value);
			case "CINdetails" -> this.episode = null;
			default -> {
			}
		}
	}

	private void sendHeader() {
		if (!this.headerSent) {
			this.headerSent = true;
			this.onHeader.accept(new Header(this.referenceDate, this.year, this.authority));
		}
	}

	private @Nullable LocalDate headerDate(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new ImportFailed(this.fileName + ": Header/CollectionDetails/ReferenceDate '" + value
					+ "' is not a date (yyyy-mm-dd)");
		}
	}

	private @Nullable LocalDate date(Journey.Child current, Journey.Part part, String field, String value) {
		return Values.date(current, part, location(), field, value);
	}

	private @Nullable Integer number(Journey.Child current, Journey.Part part, String field, String value) {
		return Values.number(current, part, location(), field, value);
	}

	private @Nullable Boolean yesNo(Journey.Child current, Journey.Part part, String field, String value) {
		return Values.yesNo(current, part, location(), field, value);
	}

	private Location location() {
		StringBuilder place = new StringBuilder();
		var iterator = this.path.descendingIterator();
		while (iterator.hasNext()) {
			String step = iterator.next();
			if (step.startsWith("Message[") || step.startsWith("Children[")) {
				continue;
			}
			if (!place.isEmpty()) {
				place.append('/');
			}
			place.append(step);
		}
		return new Location(this.fileName, place.toString());
	}

	private @Nullable String parent() {
		if (this.path.size() < 2) {
			return null;
		}
		var iterator = this.path.iterator();
		iterator.next();
		return iterator.next();
	}

	private boolean isUnder(String element) {
		for (String step : this.path) {
			if (step.startsWith(element + "[")) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
