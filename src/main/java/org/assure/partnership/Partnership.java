package org.assure.partnership;

import org.jspecify.annotations.Nullable;

/**
 * A safeguarding children partnership (a Local Safeguarding Children Board before 2019):
 * the tenant whose data Assure keeps apart from every other's.
 *
 * @param id the partnership's id
 * @param code its short code, used on the command line ({@code --partnership demo})
 * @param name its name
 * @param contactPhone the board office's telephone
 * @param contactEmail the board office's email
 */
public record Partnership(long id, String code, String name, @Nullable String contactPhone,
		@Nullable String contactEmail) {
}
