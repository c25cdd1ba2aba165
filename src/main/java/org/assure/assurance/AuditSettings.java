package org.assure.assurance;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The questions each agency is graded on in a case file audit, a setting with the five
 * the board's audits ask by default.
 *
 * @param questions the questions, in the order they are asked
 */
@ConfigurationProperties("assure.audits")
public record AuditSettings(@DefaultValue( {
		"Voice of the child", "Risk assessment", "Information sharing", "Management oversight",
		"Outcome for the child" }) List<String> questions){

	/** The default questions. */
	public static final AuditSettings DEFAULTS = new AuditSettings(List.of("Voice of the child", "Risk assessment",
			"Information sharing", "Management oversight", "Outcome for the child"));

	/**
	 * The questions, blanks and repeats dropped.
	 * @param questions the questions as set
	 */
	public AuditSettings {
		questions = questions.stream().map(String::strip).filter((q) -> !q.isEmpty()).distinct().toList();
		if (questions.isEmpty()) {
			throw new IllegalArgumentException("assure.audits.questions needs at least one question");
		}
	}

}
