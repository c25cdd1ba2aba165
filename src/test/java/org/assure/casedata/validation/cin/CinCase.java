package org.assure.casedata.validation.cin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small CIN census return written in a few lines, for rule tests: a valid child of the
 * 2025-26 census whose fields the lines change, and groups the lines add.
 *
 * <pre>
 * CINdetails CINclosureDate=2025-09-01 ReasonForClosure=RC7   (changes the episode)
 * +CINdetails CINreferralDate=2025-10-01                      (adds an episode)
 * Assessments AssessmentActualStartDate=2025-06-03            (adds to the last episode)
 * Reviews CPPreviewDate=2025-08-01                            (adds to the last plan)
 * Disability HAND                                             (adds a disability)
 * +Child                                                      (adds a valid child)
 * ChildIdentifiers PersonDeathDate=2025-07-01 UPN=-           (changes the child; - removes)
 * ChildIdentifiers LAchildID=%20                              (%20 is a space)
 * </pre>
 */
final class CinCase {

	private static final String[] UPNS = { "C856123456781", "R856123456782", "M856000000011" };

	private final Map<String, String> header = new LinkedHashMap<>();

	private final List<Child> children = new ArrayList<>();

	CinCase() {
		this.header.put("Collection", "CIN");
		this.header.put("Year", "2026");
		this.header.put("ReferenceDate", "2026-03-31");
		this.header.put("SourceLevel", "L");
		this.header.put("LEA", "856");
		addChild();
	}

	static CinCase of(List<String> lines) {
		CinCase built = new CinCase();
		for (String line : lines) {
			built.apply(line.strip());
		}
		return built;
	}

	private void addChild() {
		Child child = new Child();
		int n = this.children.size() + 1;
		child.identifiers.put("LAchildID", "C" + n);
		child.identifiers.put("UPN", UPNS[(n - 1) % UPNS.length]);
		child.identifiers.put("PersonBirthDate", "2015-05-01");
		child.identifiers.put("Sex", "M");
		child.ethnicity.put("Ethnicity", "WBRI");
		Episode episode = new Episode();
		episode.details.put("CINreferralDate", "2025-06-02");
		episode.details.put("ReferralSource", "1A");
		episode.details.put("PrimaryNeedCode", "N1");
		episode.details.put("ReferralNFA", "0");
		child.episodes.add(episode);
		this.children.add(child);
	}

	private void apply(String line) {
		if (line.isEmpty()) {
			return;
		}
		String[] words = line.split("\\s+");
		String what = words[0];
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 1; i < words.length; i++) {
			int eq = words[i].indexOf('=');
			if (eq > 0) {
				fields.put(words[i].substring(0, eq), words[i].substring(eq + 1).replace("%20", " "));
			}
		}
		Child child = this.children.get(this.children.size() - 1);
		Episode episode = child.episodes.isEmpty() ? null : child.episodes.get(child.episodes.size() - 1);
		switch (what) {
			case "+Child" -> addChild();
			case "Header" -> merge(this.header, fields);
			case "ChildIdentifiers" -> merge(child.identifiers, fields);
			case "ChildCharacteristics" -> merge(child.ethnicity, fields);
			case "Disability" -> child.disabilities.add(words[1]);
			case "NoEpisodes" -> child.episodes.clear();
			case "CINdetails" -> merge(episode.details, fields);
			case "+CINdetails" -> {
				Episode added = new Episode();
				added.details.put("ReferralNFA", "0");
				merge(added.details, fields);
				child.episodes.add(added);
			}
			case "Assessments" -> episode.assessments.add(merge(new LinkedHashMap<>(), fields));
			case "CINPlanDates" -> episode.cinPlans.add(merge(new LinkedHashMap<>(), fields));
			case "Section47" -> episode.enquiries.add(merge(new LinkedHashMap<>(), fields));
			case "ChildProtectionPlans" -> {
				episode.plans.add(merge(new LinkedHashMap<>(), fields));
				episode.reviews.add(new ArrayList<>());
			}
			case "Reviews" -> episode.reviews.get(episode.reviews.size() - 1).add(fields.get("CPPreviewDate"));
			default -> throw new IllegalArgumentException("Unknown case line: " + line);
		}
	}

	private static Map<String, String> merge(Map<String, String> into, Map<String, String> fields) {
		fields.forEach((field, value) -> {
			if ("-".equals(value)) {
				into.remove(field);
			}
			else {
				into.put(field, value);
			}
		});
		return into;
	}

	String xml() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Header>");
		xml.append("<CollectionDetails>");
		element(xml, "Collection", this.header.get("Collection"));
		element(xml, "Year", this.header.get("Year"));
		element(xml, "ReferenceDate", this.header.get("ReferenceDate"));
		xml.append("</CollectionDetails><Source>");
		element(xml, "SourceLevel", this.header.get("SourceLevel"));
		element(xml, "LEA", this.header.get("LEA"));
		xml.append("</Source></Header><Children>\n");
		for (Child child : this.children) {
			xml.append("<Child><ChildIdentifiers>");
			child.identifiers.forEach((field, value) -> element(xml, field, value));
			xml.append("</ChildIdentifiers><ChildCharacteristics>");
			child.ethnicity.forEach((field, value) -> element(xml, field, value));
			if (!child.disabilities.isEmpty()) {
				xml.append("<Disabilities>");
				child.disabilities.forEach((code) -> element(xml, "Disability", code));
				xml.append("</Disabilities>");
			}
			xml.append("</ChildCharacteristics>");
			for (Episode episode : child.episodes) {
				xml.append("<CINdetails>");
				episode.details.forEach((field, value) -> element(xml, field, value));
				for (Map<String, String> assessment : episode.assessments) {
					xml.append("<Assessments>");
					assessment.forEach((field, value) -> {
						if (!"AssessmentFactors".equals(field)) {
							element(xml, field, value);
						}
					});
					if (assessment.containsKey("AssessmentFactors")) {
						xml.append("<FactorsIdentifiedAtAssessment>");
						for (String factor : assessment.get("AssessmentFactors").split(",")) {
							element(xml, "AssessmentFactors", factor);
						}
						xml.append("</FactorsIdentifiedAtAssessment>");
					}
					xml.append("</Assessments>");
				}
				for (Map<String, String> plan : episode.cinPlans) {
					xml.append("<CINPlanDates>");
					plan.forEach((field, value) -> element(xml, field, value));
					xml.append("</CINPlanDates>");
				}
				for (Map<String, String> enquiry : episode.enquiries) {
					xml.append("<Section47>");
					enquiry.forEach((field, value) -> element(xml, field, value));
					xml.append("</Section47>");
				}
				for (int i = 0; i < episode.plans.size(); i++) {
					xml.append("<ChildProtectionPlans>");
					episode.plans.get(i).forEach((field, value) -> element(xml, field, value));
					if (!episode.reviews.get(i).isEmpty()) {
						xml.append("<Reviews>");
						episode.reviews.get(i).forEach((date) -> element(xml, "CPPreviewDate", date));
						xml.append("</Reviews>");
					}
					xml.append("</ChildProtectionPlans>");
				}
				xml.append("</CINdetails>");
			}
			xml.append("</Child>\n");
		}
		return xml.append("</Children></Message>\n").toString();
	}

	private static void element(StringBuilder xml, String name, String value) {
		if (value != null) {
			xml.append('<').append(name).append('>').append(value).append("</").append(name).append('>');
		}
	}

	private static final class Child {

		private final Map<String, String> identifiers = new LinkedHashMap<>();

		private final Map<String, String> ethnicity = new LinkedHashMap<>();

		private final List<String> disabilities = new ArrayList<>();

		private final List<Episode> episodes = new ArrayList<>();

	}

	private static final class Episode {

		private final Map<String, String> details = new LinkedHashMap<>();

		private final List<Map<String, String>> assessments = new ArrayList<>();

		private final List<Map<String, String>> cinPlans = new ArrayList<>();

		private final List<Map<String, String>> enquiries = new ArrayList<>();

		private final List<Map<String, String>> plans = new ArrayList<>();

		private final List<List<String>> reviews = new ArrayList<>();

	}

}
