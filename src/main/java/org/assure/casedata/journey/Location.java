package org.assure.casedata.journey;

/**
 * Where in a file a record was read: an element path ({@code Child[3]/CINdetails[1]}) or
 * a row ({@code row 12}), as a data-quality report names it.
 *
 * @param file the file's name
 * @param place the element path or row within it
 */
public record Location(String file, String place) {

	/**
	 * A place within this one.
	 * @param child the element and its position, or a field
	 * @return the deeper location
	 */
	public Location then(String child) {
		return new Location(this.file, this.place + "/" + child);
	}

	@Override
	public String toString() {
		return this.file + ": " + this.place;
	}

}
