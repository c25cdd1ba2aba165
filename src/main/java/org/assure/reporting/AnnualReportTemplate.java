package org.assure.reporting;

import java.util.List;
import java.util.Map;

/**
 * What an annual report must hold and in which order, as the statutory guidance in force
 * for the partnership asks: a Local Safeguarding Children Board's annual report under
 * Working Together 2015 (chapter 3, s14A Children Act 2004), or the safeguarding
 * partners' yearly report under Working Together 2023.
 */
public enum AnnualReportTemplate {

	/** The LSCB annual report of Working Together 2015. */
	LSCB_2015("lscb-2015", "Local Safeguarding Children Board annual report (Working Together 2015)", "Annual Report",
			"the Board",
			List.of("the Chief Executive of the council", "the Leader of the council",
					"the Police and Crime Commissioner", "the Chair of the Health and Wellbeing Board"),
			Map.ofEntries(Map.entry(AnnualReportPart.FOREWORD, "Foreword by the Independent Chair"),
					Map.entry(AnnualReportPart.CONTEXT, "Local context"),
					Map.entry(AnnualReportPart.VULNERABLE_CHILDREN, "Vulnerable children"),
					Map.entry(AnnualReportPart.GOVERNANCE, "Governance and attendance"),
					Map.entry(AnnualReportPart.SUB_GROUPS, "The sub-groups' progress"),
					Map.entry(AnnualReportPart.EFFECTIVENESS, "The effectiveness of safeguarding"),
					Map.entry(AnnualReportPart.ASSURANCE, "Quality assurance: audits and Section 11"),
					Map.entry(AnnualReportPart.LADO, "Allegations against people who work with children (LADO)"),
					Map.entry(AnnualReportPart.COMPLAINTS, "Children's complaints"),
					Map.entry(AnnualReportPart.TRAINING, "Multi-agency training"),
					Map.entry(AnnualReportPart.CHILD_DEATHS, "Child deaths"),
					Map.entry(AnnualReportPart.CASE_REVIEWS, "Serious case reviews and learning"),
					Map.entry(AnnualReportPart.CHALLENGES, "Challenges for the year ahead"),
					Map.entry(AnnualReportPart.BUSINESS_PLAN, "The business plan"),
					Map.entry(AnnualReportPart.BUDGET, "Budget"),
					Map.entry(AnnualReportPart.APPENDICES, "Appendices"))),

	/** The safeguarding partners' yearly report of Working Together 2023. */
	PARTNERS_2023("partners-2023", "Safeguarding partners' yearly report (Working Together 2023)", "Yearly Report",
			"the safeguarding partners",
			List.of("the Child Safeguarding Practice Review Panel", "What Works for Children's Social Care",
					"the Chief Executive and Leader of the council", "the Police and Crime Commissioner",
					"the Chief Constable", "the Integrated Care Board's Chief Executive",
					"the Chair of the Health and Wellbeing Board"),
			Map.ofEntries(Map.entry(AnnualReportPart.FOREWORD, "Introduction by the lead safeguarding partners"),
					Map.entry(AnnualReportPart.CONTEXT, "Our area and its children"),
					Map.entry(AnnualReportPart.VULNERABLE_CHILDREN, "Children with additional needs and at risk"),
					Map.entry(AnnualReportPart.GOVERNANCE, "The arrangements: partners, relevant agencies, meetings"),
					Map.entry(AnnualReportPart.SUB_GROUPS, "What the partnership's groups did"),
					Map.entry(AnnualReportPart.EFFECTIVENESS, "How effective the arrangements have been"),
					Map.entry(AnnualReportPart.ASSURANCE, "Multi-agency audits and Section 11"),
					Map.entry(AnnualReportPart.LADO, "Allegations against people in positions of trust (LADO)"),
					Map.entry(AnnualReportPart.COMPLAINTS, "Children's complaints"),
					Map.entry(AnnualReportPart.TRAINING, "Multi-agency training and learning"),
					Map.entry(AnnualReportPart.CHILD_DEATHS, "Child death review"),
					Map.entry(AnnualReportPart.CASE_REVIEWS,
							"Rapid reviews and local child safeguarding practice reviews"),
					Map.entry(AnnualReportPart.CHALLENGES, "What we will do next and independent scrutiny"),
					Map.entry(AnnualReportPart.BUSINESS_PLAN, "Our priorities"),
					Map.entry(AnnualReportPart.BUDGET, "Funding and spending"),
					Map.entry(AnnualReportPart.APPENDICES, "Appendices")));

	private final String code;

	private final String label;

	private final String documentName;

	private final String who;

	private final List<String> recipients;

	private final Map<AnnualReportPart, String> titles;

	AnnualReportTemplate(String code, String label, String documentName, String who, List<String> recipients,
			Map<AnnualReportPart, String> titles) {
		this.code = code;
		this.label = label;
		this.documentName = documentName;
		this.who = who;
		this.recipients = recipients;
		this.titles = titles;
	}

	/**
	 * The template's code, as settings and the command line write it.
	 * @return such as lscb-2015
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The template in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * What the document is called on its cover.
	 * @return such as "Annual Report"
	 */
	public String documentName() {
		return this.documentName;
	}

	/**
	 * Who the report speaks for.
	 * @return such as "the Board"
	 */
	public String who() {
		return this.who;
	}

	/**
	 * Whom the guidance says the report goes to.
	 * @return the statutory recipients
	 */
	public List<String> recipients() {
		return this.recipients;
	}

	/**
	 * The parts in the order the report gives them.
	 * @return every part
	 */
	public List<AnnualReportPart> parts() {
		return List.of(AnnualReportPart.values());
	}

	/**
	 * A part's title.
	 * @param part the part
	 * @return its heading
	 */
	public String title(AnnualReportPart part) {
		return this.titles.get(part);
	}

	/**
	 * The template of a code.
	 * @param code such as lscb-2015
	 * @return the template
	 * @throws IllegalArgumentException naming the codes known
	 */
	public static AnnualReportTemplate of(String code) {
		for (AnnualReportTemplate template : values()) {
			if (template.code.equalsIgnoreCase(code.strip())) {
				return template;
			}
		}
		throw new IllegalArgumentException("Choose the template lscb-2015 or partners-2023");
	}

}
