package org.assure.casedata.validation;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What some SSDA903 rules need from outside the return: the returning authority's own ONS
 * code, the postcode directory the DfE derives a placement's authority and distance with,
 * and Ofsted's register of providers. Any may be missing; a rule that needs one that is
 * missing is not run, and the report says so.
 *
 * @param authority the returning authority's ONS code (E06000016), or null
 * @param postcodes the postcode directory, or null
 * @param providers the register of providers, or null
 */
public record ReferenceData(@Nullable String authority, @Nullable PostcodeDirectory postcodes,
		@Nullable ProviderRegister providers) {

	/** No reference data. */
	public static final ReferenceData NONE = new ReferenceData(null, null, null);

	/** An ONS code of a local authority in the UK: a letter and eight digits. */
	private static final Pattern ONS_CODE = Pattern.compile("[EWSN]\\d{8}");

	/**
	 * Reference data; the authority's code is checked.
	 * @throws IllegalArgumentException when the authority's code is not an ONS code
	 */
	public ReferenceData {
		if (authority != null) {
			authority = authority.strip().toUpperCase(Locale.ROOT);
			if (!ONS_CODE.matcher(authority).matches()) {
				throw new IllegalArgumentException("'" + authority
						+ "' is not a local authority's ONS code (a letter and eight digits, such as E06000016)");
			}
		}
	}

	/**
	 * Whether the rules can know each placement's authority ({@code PL_LA}): from the
	 * postcode directory, or because the return carries it.
	 * @param context the return
	 * @return whether it is known
	 */
	public boolean knowsPlacementAuthority(ReturnContext context) {
		return this.postcodes != null || context.holds("Episodes", "PL_LA");
	}

	/**
	 * Whether the rules can know each placement's distance from home
	 * ({@code PL_DISTANCE}): from the postcode directory, or because the return carries
	 * it.
	 * @param context the return
	 * @return whether it is known
	 */
	public boolean knowsDistance(ReturnContext context) {
		return this.postcodes != null || context.holds("Episodes", "PL_DISTANCE");
	}

	/**
	 * Fills in, on each of a child's episodes that does not give them, what the DfE
	 * derives from its postcodes: the placement's authority ({@code PL_LA}), whether that
	 * is the returning authority ({@code PL_LOCATION}, IN or OUT, when its code is known)
	 * and the distance from home in miles ({@code PL_DISTANCE}). A postcode the directory
	 * does not hold leaves them blank.
	 * @param child the child
	 */
	public void derive(ReturnChild child) {
		if (this.postcodes == null) {
			return;
		}
		for (Row episode : child.rows("Episodes")) {
			PostcodeDirectory.Place placement = this.postcodes.place(episode.text("PL_POST"));
			if (placement == null) {
				continue;
			}
			String placementAuthority = placement.placementAuthority();
			if (episode.text("PL_LA") == null) {
				episode.put("PL_LA", placementAuthority);
			}
			if (episode.text("PL_LOCATION") == null && this.authority != null) {
				episode.put("PL_LOCATION", this.authority.equals(placementAuthority) ? "IN" : "OUT");
			}
			PostcodeDirectory.Place home = this.postcodes.place(episode.text("HOME_POST"));
			if (episode.text("PL_DISTANCE") == null && home != null) {
				episode.put("PL_DISTANCE", PostcodeDirectory.miles(home, placement));
			}
		}
	}

	/**
	 * A provider's authority: as the register gives it, else that of its postcode.
	 * @param provider the provider
	 * @return the authority's ONS code, or null when neither says
	 */
	public @Nullable String authorityOf(ProviderRegister.Provider provider) {
		if (provider.authority() != null) {
			return provider.authority();
		}
		PostcodeDirectory.Place place = (this.postcodes != null) ? this.postcodes.place(provider.postcode()) : null;
		return (place != null) ? place.authority() : null;
	}

}
