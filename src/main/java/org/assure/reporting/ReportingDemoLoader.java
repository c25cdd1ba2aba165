package org.assure.reporting;

import org.assure.partnership.DemoPartnershipReady;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode's figures published elsewhere: the two the seed's board reported differently
 * from the DfE's statistical releases (children in need and children looked after at 31
 * March 2015), recorded so that the board manager sees the differences before publishing
 * the 2014-15 report and chooses which each figure gives. The choice is left to the user.
 */
@Component
class ReportingDemoLoader {

	private static final String DEMO_USER = "demo";

	private final FigureSources sources;

	private final JdbcClient jdbc;

	ReportingDemoLoader(FigureSources sources, JdbcClient jdbc) {
		this.sources = sources;
		this.jdbc = jdbc;
	}

	@EventListener
	@Order(50)
	@Transactional
	void load(DemoPartnershipReady ready) {
		long partnershipId = ready.partnershipId();
		boolean loaded = this.jdbc.sql("select count(*) from published_figure where partnership_id = ?")
			.params(partnershipId)
			.query(Long.class)
			.single() > 0;
		if (loaded) {
			return;
		}
		record(partnershipId, "in-need-at-end", "2211",
				"the DfE (Characteristics of children in need: 2014 to 2015, SFR 41/2015, local authority tables)");
		record(partnershipId, "looked-after-at-end", "533",
				"the DfE (Children looked after in England year ending 31 March 2015, SFR 34/2015, local authority tables)");
	}

	private void record(long partnershipId, String code, String value, String source) {
		this.sources.record(partnershipId, code, "2014-15", value, source, DEMO_USER);
	}

}
