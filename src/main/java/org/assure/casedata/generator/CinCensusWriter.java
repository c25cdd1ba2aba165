package org.assure.casedata.generator;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.assure.casedata.journey.Journey;
import org.jspecify.annotations.Nullable;

/**
 * Writes journeys as a CIN census message: the children with an episode of need open at
 * some time in the census year, as the census holds them at its reference date, in the
 * elements of the schema for the collection year ({@code GenderCurrent} to 2024,
 * {@code Sex} from 2025). What ended before the year (an assessment authorised, a
 * conference held, a plan ended) is left out, and what happens after the reference date
 * is not yet known; contacts, looked-after and missing episodes have no place in the
 * census. School-age children have a UPN (with its check letter); younger ones the reason
 * UN1.
 */
public final class CinCensusWriter implements AutoCloseable {

	private final XMLStreamWriter xml;

	private final boolean sex;

	private final LocalDate referenceDate;

	private final LocalDate periodStart;

	private final int collectionYear;

	private final ProblemInjection injection;

	/**
	 * Starts a message.
	 * @param out where to write
	 * @param referenceDate the census date (31 March)
	 * @throws XMLStreamException when it cannot
	 */
	public CinCensusWriter(OutputStream out, LocalDate referenceDate) throws XMLStreamException {
		this(out, referenceDate, ProblemInjection.NONE);
	}

	/**
	 * Starts a message with problems put into a share of its children.
	 * @param out where to write
	 * @param referenceDate the census date (31 March)
	 * @param injection which children to break, and how
	 * @throws XMLStreamException when it cannot
	 */
	public CinCensusWriter(OutputStream out, LocalDate referenceDate, ProblemInjection injection)
			throws XMLStreamException {
		this.injection = injection;
		this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		int collectionYear = (referenceDate.getMonthValue() >= 4) ? referenceDate.getYear() + 1
				: referenceDate.getYear();
		this.sex = collectionYear >= 2025;
		this.collectionYear = collectionYear;
		this.referenceDate = referenceDate;
		this.periodStart = referenceDate.minusYears(1).plusDays(1);
		this.xml.writeStartDocument("UTF-8", "1.0");
		this.xml.writeStartElement("Message");
		this.xml.writeStartElement("Header");
		this.xml.writeStartElement("CollectionDetails");
		element("Collection", "CIN");
		element("Year", String.valueOf(collectionYear));
		element("ReferenceDate", referenceDate.toString());
		this.xml.writeEndElement();
		this.xml.writeStartElement("Source");
		element("SourceLevel", "L");
		element("LEA", "856");
		element("SoftwareCode", "Assure generator");
		element("Release", "1");
		element("SerialNo", "001");
		element("DateTime", referenceDate.atTime(9, 0).toString());
		this.xml.writeEndElement();
		this.xml.writeEndElement();
		this.xml.writeStartElement("Children");
	}

	/**
	 * Writes a child, if the child has an episode of need.
	 * @param child the child
	 * @return whether the child was written
	 * @throws XMLStreamException when it cannot
	 */
	public boolean write(Journey.Child child) throws XMLStreamException {
		List<Journey.Episode> episodes = child.episodes.stream().filter(this::inYear).toList();
		if (episodes.isEmpty()) {
			return false;
		}
		ProblemInjection.Kind problem = (child.localId != null) ? this.injection.next(child.localId) : null;
		this.xml.writeStartElement("Child");
		this.xml.writeStartElement("ChildIdentifiers");
		element("LAchildID", child.localId);
		LocalDate birth = (child.birthMonth != null) ? child.birthMonth.atDay(1) : null;
		boolean schoolAge = birth != null && !birth.isAfter(LocalDate.of(this.collectionYear - 4, 8, 31));
		if (problem == ProblemInjection.Kind.UPN_CHECK_LETTER && child.localId != null) {
			String upn = upn(child.localId);
			element("UPN", (upn.charAt(0) == 'A' ? "B" : "A") + upn.substring(1));
		}
		else if (schoolAge && child.localId != null) {
			element("UPN", upn(child.localId));
		}
		else {
			element("UPNunknown", "UN1");
		}
		element("PersonBirthDate", (problem == ProblemInjection.Kind.BORN_AFTER_REFERENCE_DATE)
				? text(this.referenceDate.plusDays(1)) : text(birth));
		if (problem == ProblemInjection.Kind.BOTH_BIRTH_DATES) {
			element("ExpectedPersonBirthDate", text(this.referenceDate.plusMonths(2)));
		}
		element(this.sex ? "Sex" : "GenderCurrent", this.sex ? child.sex : gender(child.sex));
		this.xml.writeEndElement();
		this.xml.writeStartElement("ChildCharacteristics");
		element("Ethnicity", (problem == ProblemInjection.Kind.ETHNICITY) ? "ZZZZ" : child.ethnicity);
		this.xml.writeStartElement("Disabilities");
		for (String disability : child.disabilities) {
			element("Disability", disability);
		}
		if (problem == ProblemInjection.Kind.DISABILITY_TWICE && !child.disabilities.isEmpty()) {
			element("Disability", child.disabilities.get(0));
		}
		this.xml.writeEndElement();
		this.xml.writeEndElement();
		for (Journey.Episode episode : episodes) {
			boolean closed = known(episode.closureDate);
			boolean first = episode == episodes.get(0);
			this.xml.writeStartElement("CINdetails");
			element("CINreferralDate", text(episode.referralDate));
			element("ReferralSource",
					(first && problem == ProblemInjection.Kind.REFERRAL_SOURCE) ? "ZZ" : episode.referralSource);
			element("PrimaryNeedCode", episode.primaryNeed);
			element("CINclosureDate", closed ? text(episode.closureDate) : null);
			element("ReasonForClosure", closed ? episode.closureReason : null);
			element("ReferralNFA", (first && problem == ProblemInjection.Kind.REFERRAL_NFA) ? "maybe"
					: (episode.referralNfa != null) ? (episode.referralNfa ? "1" : "0") : null);
			for (Journey.Assessment assessment : episode.assessments) {
				boolean authorised = known(assessment.authorised);
				if (!known(assessment.start) || (authorised && assessment.authorised.isBefore(this.periodStart))
						|| (!authorised && assessment.start.isBefore(this.periodStart))) {
					continue;
				}
				this.xml.writeStartElement("Assessments");
				element("AssessmentActualStartDate", text(assessment.start));
				element("AssessmentAuthorisationDate", authorised ? text(assessment.authorised) : null);
				if (authorised) {
					this.xml.writeStartElement("FactorsIdentifiedAtAssessment");
					for (String factor : assessment.factors) {
						element("AssessmentFactors", factor);
					}
					this.xml.writeEndElement();
				}
				this.xml.writeEndElement();
			}
			for (Journey.CinPlan plan : episode.cinPlans) {
				boolean ended = known(plan.end);
				if (!known(plan.start) || (ended && plan.end.isBefore(this.periodStart))) {
					continue;
				}
				this.xml.writeStartElement("CINPlanDates");
				element("CINPlanStartDate", text(plan.start));
				element("CINPlanEndDate", ended ? text(plan.end) : null);
				this.xml.writeEndElement();
			}
			for (Journey.Section47 enquiry : episode.section47s) {
				boolean held = known(enquiry.icpcDate);
				boolean notRequired = Boolean.TRUE.equals(enquiry.icpcNotRequired);
				if (!known(enquiry.start) || (held && enquiry.icpcDate.isBefore(this.periodStart))
						|| (!held && enquiry.start.isBefore(this.periodStart))) {
					continue;
				}
				this.xml.writeStartElement("Section47");
				element("S47ActualStartDate", text(enquiry.start));
				element("InitialCPCtarget", text(enquiry.icpcTarget));
				element("DateOfInitialCPC", held ? text(enquiry.icpcDate) : null);
				element("ICPCnotRequired", (enquiry.icpcNotRequired != null) ? (notRequired ? "1" : "0") : null);
				this.xml.writeEndElement();
			}
			for (Journey.ProtectionPlan plan : episode.protectionPlans) {
				boolean ended = known(plan.end);
				if (!known(plan.start) || (ended && plan.end.isBefore(this.periodStart))) {
					continue;
				}
				this.xml.writeStartElement("ChildProtectionPlans");
				element("CPPstartDate", text(plan.start));
				element("CPPendDate", ended ? text(plan.end) : null);
				element("InitialCategoryOfAbuse", plan.initialCategory);
				element("LatestCategoryOfAbuse", plan.latestCategory);
				element("NumberOfPreviousCPP", (plan.previousPlans != null) ? plan.previousPlans.toString() : null);
				List<LocalDate> reviews = plan.reviews.stream().filter(this::known).toList();
				if (!reviews.isEmpty()) {
					this.xml.writeStartElement("Reviews");
					for (LocalDate review : reviews) {
						element("CPPreviewDate", review.toString());
					}
					this.xml.writeEndElement();
				}
				this.xml.writeEndElement();
			}
			this.xml.writeEndElement();
		}
		this.xml.writeEndElement();
		return true;
	}

	/** Whether an episode is open at some time in the census year. */
	private boolean inYear(Journey.Episode episode) {
		return known(episode.referralDate)
				&& (episode.closureDate == null || !episode.closureDate.isBefore(this.periodStart));
	}

	/**
	 * Whether a date is on or before the reference date: known when the census is taken.
	 */
	private boolean known(@Nullable LocalDate date) {
		return date != null && !date.isAfter(this.referenceDate);
	}

	/**
	 * A UPN for a generated child: Leicester's number, the child's eight digits and a
	 * final 0, led by the check letter they call for.
	 */
	public static String upn(String localId) {
		String digits = localId.replaceAll("\\D", "");
		String body = "856" + String.format("%8s", digits.length() > 8 ? digits.substring(digits.length() - 8) : digits)
			.replace(' ', '0') + "0";
		String letters = "ABCDEFGHJKLMNPQRTUVWXYZ";
		int sum = 0;
		for (int i = 0; i < body.length(); i++) {
			sum += (body.charAt(i) - '0') * (i + 2);
		}
		return letters.charAt(sum % 23) + body;
	}

	private void element(String name, @Nullable String value) throws XMLStreamException {
		if (value == null || value.isEmpty()) {
			return;
		}
		this.xml.writeStartElement(name);
		this.xml.writeCharacters(value);
		this.xml.writeEndElement();
	}

	private static @Nullable String text(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static @Nullable String gender(@Nullable String sex) {
		if (sex == null) {
			return null;
		}
		return switch (sex) {
			case "M" -> "1";
			case "F" -> "2";
			default -> "0";
		};
	}

	@Override
	public void close() throws XMLStreamException {
		this.xml.writeEndElement();
		this.xml.writeEndElement();
		this.xml.writeEndDocument();
		this.xml.close();
	}

}
