package org.assure.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.reporting.AnnualReportContent.Block;
import org.assure.reporting.AnnualReportContent.Contribution;
import org.assure.reporting.AnnualReportContent.Paragraph;

import org.springframework.stereotype.Component;

/**
 * The sub-groups' report cards of the year's four quarters: each group's progress,
 * critical messages and risks, quarter by quarter, as its chair wrote them.
 */
@Component
class SubGroupCardsSection implements AnnualReportSection {

	private final ReportCards cards;

	private final GroupAccounts accounts;

	SubGroupCardsSection(ReportCards cards, GroupAccounts accounts) {
		this.cards = cards;
		this.accounts = accounts;
	}

	@Override
	public AnnualReportPart part() {
		return AnnualReportPart.SUB_GROUPS;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Contribution> contribute(long partnershipId, ReportingPeriod.FinancialYear year) {
		Map<String, List<ReportCards.Card>> byGroup = new LinkedHashMap<>();
		this.cards.groups(partnershipId).forEach((group) -> byGroup.put(group, new ArrayList<>()));
		for (int quarter = 1; quarter <= 4; quarter++) {
			for (ReportCards.Card card : this.cards.current(partnershipId, year.quarter(quarter).code()).values()) {
				byGroup.computeIfAbsent(card.group(), (group) -> new ArrayList<>()).add(card);
			}
		}
		Map<String, GroupAccounts.Account> accounts = this.accounts.current(partnershipId, year);
		accounts.keySet().forEach((group) -> byGroup.computeIfAbsent(group, (g) -> new ArrayList<>()));
		List<Block> blocks = new ArrayList<>();
		if (byGroup.isEmpty()) {
			blocks.add(Paragraph
				.of("No sub-group is recorded in Assure, and no report card was written for " + year.label() + "."));
		}
		for (Map.Entry<String, List<ReportCards.Card>> group : byGroup.entrySet()) {
			GroupAccounts.Account account = accounts.get(group.getKey());
			blocks.add(new AnnualReportContent.Heading(group.getKey()));
			if (account == null) {
				blocks.add(Paragraph.of("The group has not written its account of " + year.label() + "."));
			}
			else {
				rba(blocks, "How much did we do?", account.howMuch());
				rba(blocks, "How well did we do it?", account.howWell());
				rba(blocks, "Is anyone better off?", account.betterOff());
				rba(blocks, "The evidence:", account.evidence());
			}
			blocks.add(new AnnualReportContent.Heading(group.getKey() + ": report cards"));
			if (group.getValue().isEmpty()) {
				blocks.add(Paragraph.of("The group's chair wrote no report card for " + year.label() + "."));
			}
			for (ReportCards.Card card : group.getValue()) {
				String quarter;
				try {
					quarter = ReportingPeriod.parse(card.period()).label();
				}
				catch (IllegalArgumentException ex) {
					quarter = card.period();
				}
				blocks.add(Paragraph.of(quarter + ". Progress: " + card.progress()));
				blocks.add(Paragraph.of("Critical messages: " + card.criticalMessages()));
				blocks.add(Paragraph.of("Risks: " + card.risks()));
			}
		}
		return Optional.of(new Contribution("The sub-groups' accounts and report cards", blocks));
	}

	private static void rba(List<Block> blocks, String question, String answer) {
		if (answer.isBlank()) {
			blocks.add(Paragraph.of(question + " Not written."));
			return;
		}
		String[] paragraphs = answer.split("\\R\\s*\\R");
		blocks.add(Paragraph.of(question + " " + paragraphs[0].strip()));
		for (int i = 1; i < paragraphs.length; i++) {
			blocks.add(Paragraph.of(paragraphs[i].strip()));
		}
	}

}
