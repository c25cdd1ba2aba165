package org.assure.training;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The training programme's settings.
 *
 * @param areas where attendees work, as the reports split them (for a programme shared by
 * two boards: each area alone, and both)
 * @param competencyLevels the competency framework's levels, from the first
 * @param scoreMost the highest evaluation score (scores run from 1)
 */
@ConfigurationProperties("assure.training")
public record TrainingSettings(@DefaultValue( {
		"Our area only", "A neighbouring area only", "Both areas" }) List<String> areas,
		@DefaultValue({ "Level 1: awareness", "Level 2: working with children and families",
				"Level 3: working directly with children and families at risk",
				"Level 4: specialist and managerial" }) List<String> competencyLevels,
		@DefaultValue("10") int scoreMost){
}
