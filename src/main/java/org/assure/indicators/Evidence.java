package org.assure.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence tagged to themes: the modules that hold audits, case reviews and the voice of
 * children and practitioners record here what they found, by theme, and the indicator
 * pages and reports show it beside the figures of the same theme. Each piece is known by
 * its source and its key there, so that recording it again replaces it.
 */
@Service
public class Evidence {

	private final JdbcClient jdbc;

	private final Clock clock;

	Evidence(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What kind of evidence it is. */
	public enum Kind {

		/** A multi-agency case file audit. */
		AUDIT("Case file audit"),
		/** A serious case, rapid or learning review. */
		CASE_REVIEW("Case review"),
		/** A Section 11 audit of an agency. */
		SECTION_11("Section 11 audit"),
		/** What children and young people said. */
		VOICE_OF_CHILD("Voice of the child"),
		/** What practitioners said. */
		VOICE_OF_PRACTITIONERS("Voice of practitioners");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		/**
		 * The kind as people read it.
		 * @return the label
		 */
		public String label() {
			return this.label;
		}

	}

	/**
	 * A piece of evidence.
	 *
	 * @param kind what kind it is
	 * @param title its title
	 * @param summary what it found or what was said, and what changed because of it
	 * @param date when it was gathered
	 * @param source the module that owns it, such as governance
	 * @param sourceKey its key in that module
	 * @param link where to read it in Assure, or null
	 */
	public record Item(Kind kind, String title, String summary, LocalDate date, String source, String sourceKey,
			@Nullable String link) {
	}

	/**
	 * Records a piece of evidence on themes, replacing what the same source recorded
	 * before under the same key.
	 * @param partnershipId the partnership
	 * @param item the evidence
	 * @param themes the themes it speaks to; none removes it
	 */
	@Transactional
	public void tag(long partnershipId, Item item, Set<Theme> themes) {
		this.jdbc.sql("delete from evidence where partnership_id = ? and source = ? and source_key = ?")
			.params(partnershipId, item.source(), item.sourceKey())
			.update();
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		for (Theme theme : themes) {
			this.jdbc
				.sql("""
						insert into evidence (partnership_id, theme, kind, title, summary, evidence_date, source, source_key,
						       link, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(partnershipId, theme.name(), item.kind().name(), item.title(), item.summary(), item.date(),
						item.source(), item.sourceKey(), item.link(), now)
				.update();
		}
	}

	/**
	 * The evidence on a theme, newest first.
	 * @param partnershipId the partnership
	 * @param theme the theme
	 * @return the evidence
	 */
	@Transactional(readOnly = true)
	public List<Item> onTheme(long partnershipId, Theme theme) {
		return this.jdbc.sql("""
				select kind, title, summary, evidence_date, source, source_key, link from evidence
				where partnership_id = ? and theme = ? order by evidence_date desc, evidence_id desc""")
			.params(partnershipId, theme.name())
			.query((rs, row) -> new Item(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

}
