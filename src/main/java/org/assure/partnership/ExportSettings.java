package org.assure.partnership;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.assure.shell.ExportFormat;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which roles may export in which format: each format is a permission of its own. Every
 * role may export every format unless a setting names the roles a format is for.
 *
 * @param csv the roles that may export CSV
 * @param xlsx the roles that may export Excel workbooks
 * @param pdf the roles that may export PDF
 * @param docx the roles that may export Word documents
 * @param html the roles that may export web pages
 */
@ConfigurationProperties("assure.exports")
public record ExportSettings(@Nullable List<Role> csv, @Nullable List<Role> xlsx, @Nullable List<Role> pdf,
		@Nullable List<Role> docx, @Nullable List<Role> html) {

	/**
	 * The roles a format is for.
	 * @param format the format
	 * @return the roles
	 */
	public Set<Role> roles(ExportFormat format) {
		List<Role> named = switch (format) {
			case CSV -> this.csv;
			case XLSX -> this.xlsx;
			case PDF -> this.pdf;
			case DOCX -> this.docx;
			case HTML -> this.html;
		};
		return (named == null || named.isEmpty()) ? EnumSet.allOf(Role.class) : EnumSet.copyOf(named);
	}

}
