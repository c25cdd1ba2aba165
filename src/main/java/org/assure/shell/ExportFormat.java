package org.assure.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A format Assure exports records or reports in. Each is a permission of its own: a role
 * may be allowed one and not another (SECURITY.md: export-csv, export-pdf, ...).
 */
public enum ExportFormat {

	/** Rows, as comma-separated values. */
	CSV("csv", "text/csv;charset=UTF-8"),
	/** Rows, as an Excel workbook. */
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	/** A report, as PDF. */
	PDF("pdf", "application/pdf"),
	/** A report, as a Word document. */
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	/** A report, as a web page to keep. */
	HTML("html", "text/html;charset=UTF-8");

	private final String extension;

	private final String mediaType;

	ExportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/**
	 * The file name's extension.
	 * @return such as csv
	 */
	public String extension() {
		return this.extension;
	}

	/**
	 * The media type the file is sent as.
	 * @return the media type
	 */
	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The format of an extension.
	 * @param extension such as pdf
	 * @return the format, if Assure exports in it
	 */
	public static Optional<ExportFormat> of(String extension) {
		String wanted = extension.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((f) -> f.extension.equals(wanted)).findFirst();
	}

}
