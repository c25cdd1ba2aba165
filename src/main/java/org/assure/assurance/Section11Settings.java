package org.assure.assurance;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The standards a new Section 11 round asks each agency to assess itself against: a
 * setting, with the eight standards of the statutory guidance on section 11 of the
 * Children Act 2004 (DOMAIN.md §6) by default. A round keeps the standards it was opened
 * with.
 *
 * @param standards the standards, in order
 */
@ConfigurationProperties("assure.section11")
public record Section11Settings(@DefaultValue( {
		"Senior management commitment to the importance of safeguarding and promoting children's welfare",
		"A clear statement of the agency's responsibilities towards children, available for all staff",
		"A clear line of accountability within the organisation for work on safeguarding and promoting welfare",
		"Service development that takes account of the need to safeguard and promote welfare and is informed, where "
				+ "appropriate, by the views of children and families",
		"Staff training on safeguarding and promoting welfare for all staff working with, or in contact with, "
				+ "children and families",
		"Safer recruitment", "Effective inter-agency working to safeguard and promote welfare",
		"Information sharing" }) List<String> standards){

	/**
	 * The standards, blanks and repeats dropped.
	 * @param standards the standards as set
	 */
	public Section11Settings {
		standards = standards.stream().map(String::strip).filter((s) -> !s.isEmpty()).distinct().toList();
		if (standards.isEmpty()) {
			throw new IllegalArgumentException("assure.section11.standards needs at least one standard");
		}
		if (standards.stream().anyMatch((s) -> s.length() > 500)) {
			throw new IllegalArgumentException("assure.section11.standards: keep each standard to 500 characters");
		}
	}

}
