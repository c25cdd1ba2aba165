package org.assure.casedata.generator;

import java.io.OutputStream;
import java.time.LocalDate;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.assure.casedata.journey.Journey;
import org.jspecify.annotations.Nullable;

/**
 * Writes journeys as a CIN census message: the children with an episode of need, in the
 * elements of the schema for the collection year ({@code GenderCurrent} to 2024,
 * {@code Sex} from 2025). Contacts, looked-after and missing episodes have no place in
 * the census and are left out.
 */
public final class CinCensusWriter implements AutoCloseable {

	private final XMLStreamWriter xml;

	private final boolean sex;

	/**
	 * Starts a message.
	 * @param out where to write
	 * @param referenceDate the census date (31 March)
	 * @throws XMLStreamException when it cannot
	 */
	public CinCensusWriter(OutputStream out, LocalDate referenceDate) throws XMLStreamException {
		this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		int collectionYear = (referenceDate.getMonthValue() >= 4) ? referenceDate.getYear() + 1
				: referenceDate.getYear();
		this.sex = collectionYear >= 2025;
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
		if (child.episodes.isEmpty()) {
			return false;
		}
		this.xml.writeStartElement("Child");
		this.xml.writeStartElement("ChildIdentifiers");
		element("LAchildID", child.localId);
		element("UPNunknown", "UN1");
		element("PersonBirthDate", (child.birthMonth != null) ? child.birthMonth.atDay(1).toString() : null);
		element(this.sex ? "Sex" : "GenderCurrent", this.sex ? child.sex : gender(child.sex));
		this.xml.writeEndElement();
		this.xml.writeStartElement("ChildCharacteristics");
		element("Ethnicity", child.ethnicity);
		this.xml.writeStartElement("Disabilities");
		for (String disability : child.disabilities) {
			element("Disability", disability);
		}
		this.xml.writeEndElement();
		this.xml.writeEndElement();
		for (Journey.Episode episode : child.episodes) {
			this.xml.writeStartElement("CINdetails");
			element("CINreferralDate", text(episode.referralDate));
			element("ReferralSource", episode.referralSource);
			element("PrimaryNeedCode", episode.primaryNeed);
			element("CINclosureDate", text(episode.closureDate));
			element("ReasonForClosure", episode.closureReason);
			element("ReferralNFA", (episode.referralNfa != null) ? (episode.referralNfa ? "1" : "0") : null);
			for (Journey.Assessment assessment : episode.assessments) {
				this.xml.writeStartElement("Assessments");
				element("AssessmentActualStartDate", text(assessment.start));
				element("AssessmentAuthorisationDate", text(assessment.authorised));
				this.xml.writeStartElement("FactorsIdentifiedAtAssessment");
				for (String factor : assessment.factors) {
					element("AssessmentFactors", factor);
				}
				this.xml.writeEndElement();
				this.xml.writeEndElement();
			}
			for (Journey.CinPlan plan : episode.cinPlans) {
				this.xml.writeStartElement("CINPlanDates");
				element("CINPlanStartDate", text(plan.start));
				element("CINPlanEndDate", text(plan.end));
				this.xml.writeEndElement();
			}
			for (Journey.Section47 enquiry : episode.section47s) {
				this.xml.writeStartElement("Section47");
				element("S47ActualStartDate", text(enquiry.start));
				element("InitialCPCtarget", text(enquiry.icpcTarget));
				element("DateOfInitialCPC", text(enquiry.icpcDate));
				element("ICPCnotRequired",
						(enquiry.icpcNotRequired != null) ? (enquiry.icpcNotRequired ? "1" : "0") : null);
				this.xml.writeEndElement();
			}
			for (Journey.ProtectionPlan plan : episode.protectionPlans) {
				this.xml.writeStartElement("ChildProtectionPlans");
				element("CPPstartDate", text(plan.start));
				element("CPPendDate", text(plan.end));
				element("InitialCategoryOfAbuse", plan.initialCategory);
				element("LatestCategoryOfAbuse", plan.latestCategory);
				element("NumberOfPreviousCPP", (plan.previousPlans != null) ? plan.previousPlans.toString() : null);
				this.xml.writeStartElement("Reviews");
				for (LocalDate review : plan.reviews) {
					element("CPPreviewDate", review.toString());
				}
				this.xml.writeEndElement();
				this.xml.writeEndElement();
			}
			this.xml.writeEndElement();
		}
		this.xml.writeEndElement();
		return true;
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
