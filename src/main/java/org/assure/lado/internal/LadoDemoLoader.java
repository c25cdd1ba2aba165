package org.assure.lado.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assure.lado.AllegationOutcome;
import org.assure.lado.Allegations;
import org.assure.lado.EmploymentSector;
import org.assure.lado.HarmType;
import org.assure.partnership.DemoPartnershipReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode's LADO referrals of April 2014 to February 2015, loaded once through the
 * allegations' own moves from the groups of {@code demo/lado/referrals-2014-15.tsv},
 * which carry the seed's counts. Days within a group are spread evenly; the flags the
 * seed counts (12 involving technology, 47 about adults who work with looked after
 * children) are spread over the referrals by a fixed stride, so each count is exact;
 * sectors and harms, which the seed shows only in charts, are illustrative.
 */
@Component
class LadoDemoLoader {

	private static final Logger logger = LoggerFactory.getLogger(LadoDemoLoader.class);

	private static final int TECHNOLOGY = 12;

	private static final int LOOKED_AFTER = 47;

	/**
	 * Sectors of the referrals about adults who work with looked after children, in turn.
	 */
	private static final List<Map.Entry<EmploymentSector, Integer>> LOOKED_AFTER_SECTORS = List.of(
			Map.entry(EmploymentSector.FOSTER_CARER, 30), Map.entry(EmploymentSector.RESIDENTIAL_CARE, 12),
			Map.entry(EmploymentSector.OTHER, 5));

	/** Sectors of the other referrals, in turn (illustrative). */
	private static final List<Map.Entry<EmploymentSector, Integer>> OTHER_SECTORS = List.of(
			Map.entry(EmploymentSector.EDUCATION, 70), Map.entry(EmploymentSector.EARLY_YEARS, 25),
			Map.entry(EmploymentSector.HEALTH, 12), Map.entry(EmploymentSector.POLICE, 6),
			Map.entry(EmploymentSector.FAITH, 10), Map.entry(EmploymentSector.VOLUNTARY, 12),
			Map.entry(EmploymentSector.TRANSPORT, 8), Map.entry(EmploymentSector.SPORT_LEISURE, 9),
			Map.entry(EmploymentSector.OTHER, 15));

	private static final HarmType[] HARMS = { HarmType.PHYSICAL, HarmType.SEXUAL, HarmType.PHYSICAL, HarmType.EMOTIONAL,
			HarmType.UNSUITABILITY, HarmType.PHYSICAL, HarmType.NEGLECT, HarmType.SEXUAL, HarmType.UNSUITABILITY,
			HarmType.EMOTIONAL };

	private final Allegations allegations;

	LadoDemoLoader(Allegations allegations) {
		this.allegations = allegations;
	}

	@EventListener
	@Order(40)
	@Transactional
	void load(DemoPartnershipReady ready) {
		long partnershipId = ready.partnershipId();
		if (this.allegations.countReceived(partnershipId, LocalDate.of(2014, 4, 1), LocalDate.of(2015, 2, 28)) > 0) {
			return;
		}
		List<String[]> groups = rows();
		int total = groups.stream().mapToInt((g) -> Integer.parseInt(g[0])).sum();
		int index = 0;
		int lookedAfterSeen = 0;
		int otherSeen = 0;
		for (String[] group : groups) {
			int count = Integer.parseInt(group[0]);
			LocalDate from = LocalDate.parse(group[2]);
			long span = ChronoUnit.DAYS.between(from, LocalDate.parse(group[3]));
			int fewest = Integer.parseInt(group[4]);
			int most = Integer.parseInt(group[5]);
			int dbs = Integer.parseInt(group[6]);
			for (int i = 0; i < count; i++, index++) {
				LocalDate received = from.plusDays((count == 1) ? 0 : span * i / (count - 1));
				boolean lookedAfter = (index * 47L) % total < LOOKED_AFTER;
				boolean technology = (index * 13L) % total < TECHNOLOGY;
				EmploymentSector sector = lookedAfter ? pick(LOOKED_AFTER_SECTORS, lookedAfterSeen++)
						: pick(OTHER_SECTORS, otherSeen++);
				Allegations.Created created = this.allegations.refer(partnershipId, new Allegations.Referral(received,
						"Demo referrer", sector, "Demo role", "Demo setting " + (index + 1),
						"Demo adult " + (index + 1), List.of(), HARMS[index % HARMS.length], technology, lookedAfter,
						"Illustrative referral built from the seed's counts",
						"Annual report 2014-15, seed line " + group[7] + " (days, sector and harm illustrative)"),
						"demo");
				if (created.id() == null) {
					throw new IllegalStateException("Demo referral refused: " + created.problems());
				}
				long id = created.id();
				refuse(this.allegations.holdStrategy(partnershipId, id, received, true, "demo"));
				if (group[1].equals("OPEN")) {
					continue;
				}
				int days = (most == fewest) ? fewest : fewest + (i * 7) % (most - fewest + 1);
				LocalDate concluded = received.plusDays(days);
				refuse(this.allegations.conclude(partnershipId, id, AllegationOutcome.valueOf(group[1]), concluded,
						"demo"));
				if (i < dbs) {
					refuse(this.allegations.referToDbs(partnershipId, id, concluded, "demo"));
				}
			}
		}
		logger.info("Demo LADO: {} referrals of April 2014 to February 2015", index);
	}

	private static EmploymentSector pick(List<Map.Entry<EmploymentSector, Integer>> shares, int seen) {
		int cumulative = 0;
		for (Map.Entry<EmploymentSector, Integer> share : shares) {
			cumulative += share.getValue();
			if (seen < cumulative) {
				return share.getKey();
			}
		}
		return shares.get(shares.size() - 1).getKey();
	}

	private static void refuse(Map<String, String> problems) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Demo LADO record refused: " + problems);
		}
	}

	private static List<String[]> rows() {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/lado/referrals-2014-15.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t", -1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
