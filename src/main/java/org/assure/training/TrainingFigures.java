package org.assure.training;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The programme's figures, computed the same way wherever they show.
 */
public final class TrainingFigures {

	private TrainingFigures() {
	}

	/**
	 * The no-show rate: the places booked and not used, of the places that should have
	 * been used (attended and not), cancellations aside.
	 * @param attended the attendances
	 * @param noShows the no-shows
	 * @return the rate in percent, or null when no one was expected
	 */
	public static @Nullable Double noShowRate(int attended, int noShows) {
		int expected = attended + noShows;
		return (expected == 0) ? null : noShows * 100.0 / expected;
	}

	/**
	 * A share in percent, to one decimal place.
	 * @param part the part
	 * @param whole the whole
	 * @return such as "43.0%", or "–" when the whole is nothing
	 */
	public static String percent(int part, int whole) {
		return (whole == 0) ? "–" : String.format(Locale.UK, "%.1f%%", Math.round(part * 1000.0 / whole) / 10.0);
	}

	/**
	 * A value in percent, to one decimal place.
	 * @param value the value, or null
	 * @return such as "7.0%", or "–"
	 */
	public static String percent(@Nullable Double value) {
		return (value == null) ? "–" : String.format(Locale.UK, "%.1f%%", Math.round(value * 10.0) / 10.0);
	}

	/**
	 * The change from one count to another, in percent of the first.
	 * @param before the first
	 * @param after the second
	 * @return such as "+6.9%", or "–" when the first is nothing
	 */
	public static String change(int before, int after) {
		if (before == 0) {
			return "–";
		}
		double change = Math.round((after - before) * 1000.0 / before) / 10.0;
		return String.format(Locale.UK, "%+.1f%%", change);
	}

	/**
	 * One stage's scores, averaged.
	 *
	 * @param stage the stage
	 * @param responses how many evaluations were given
	 * @param knowledge the average knowledge score, or null with none
	 * @param skills the average skills score, or null with none
	 * @param confidence the average confidence score, or null with none
	 * @param objectivesMet the evaluations whose objectives were met (fully)
	 */
	public record StageScores(EvaluationStage stage, int responses, @Nullable Double knowledge, @Nullable Double skills,
			@Nullable Double confidence, int objectivesMet) {

		/**
		 * A score as shown, to one decimal place.
		 * @param score the score
		 * @return such as "7.4", or "–"
		 */
		public static String show(@Nullable Double score) {
			return (score == null) ? "–" : String.format(Locale.UK, "%.1f", Math.round(score * 10.0) / 10.0);
		}

		/**
		 * The average knowledge score as shown.
		 * @return such as "7.4", or "–"
		 */
		public String knowledgeShown() {
			return show(this.knowledge);
		}

		/**
		 * The average skills score as shown.
		 * @return such as "7.4", or "–"
		 */
		public String skillsShown() {
			return show(this.skills);
		}

		/**
		 * The average confidence score as shown.
		 * @return such as "7.4", or "–"
		 */
		public String confidenceShown() {
			return show(this.confidence);
		}

		/**
		 * The share of evaluations whose objectives were met.
		 * @return such as "80.0%", or "–"
		 */
		public String objectivesMetShare() {
			return percent(this.objectivesMet, this.responses);
		}

	}

	/**
	 * An evaluation given.
	 *
	 * @param stage its stage
	 * @param knowledge the knowledge score
	 * @param skills the skills score
	 * @param confidence the confidence score
	 * @param objectives whether the objectives were met
	 */
	public record Scores(EvaluationStage stage, int knowledge, int skills, int confidence, Objectives objectives) {
	}

	/**
	 * Averages the evaluations of one stage.
	 * @param stage the stage
	 * @param given every evaluation given (the stage's are picked out)
	 * @return the stage's averages
	 */
	public static StageScores averages(EvaluationStage stage, List<Scores> given) {
		List<Scores> at = given.stream().filter((s) -> s.stage() == stage).toList();
		if (at.isEmpty()) {
			return new StageScores(stage, 0, null, null, null, 0);
		}
		return new StageScores(stage, at.size(), at.stream().mapToInt(Scores::knowledge).average().orElseThrow(),
				at.stream().mapToInt(Scores::skills).average().orElseThrow(),
				at.stream().mapToInt(Scores::confidence).average().orElseThrow(),
				(int) at.stream().filter((s) -> s.objectives() == Objectives.MET).count());
	}

}
