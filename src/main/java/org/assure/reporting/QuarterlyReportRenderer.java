package org.assure.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders a quarterly report's content as HTML (one self-contained file), as PDF (from
 * the same XHTML, charts drawn as vectors) and as DOCX (headings, tables, and each chart
 * as a picture with its description as alternative text).
 */
@Component
class QuarterlyReportRenderer {

	private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private static final DateTimeFormatter EVIDENCE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/**
	 * Charts are drawn at twice the width of their 720 by 300 view box, so that they stay
	 * sharp.
	 */
	private static final float CHART_PIXELS = 1440f;

	private final ITemplateEngine templates;

	QuarterlyReportRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The report as one XHTML document, with its style inside.
	 * @param report the content
	 * @return the document
	 */
	String html(QuarterlyReportContent report) {
		Context context = new Context(Locale.UK,
				Map.of("report", report, "generatedAt", MADE_AT.format(report.generatedAt())));
		return this.templates.process("reporting/quarterly-report-document", context);
	}

	/**
	 * The report as PDF, laid out from its XHTML.
	 * @param html the document from {@link #html}
	 * @return the PDF
	 */
	byte[] pdf(String html) {
		return PdfLayout.of(html);
	}

	/**
	 * The report as a Word document.
	 * @param report the content
	 * @return the DOCX
	 */
	byte[] docx(QuarterlyReportContent report) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFStyles styles = doc.createStyles();
			heading(styles, 1, 40);
			heading(styles, 2, 32);
			heading(styles, 3, 26);
			heading(styles, 4, 22);
			doc.getProperties().getCoreProperties().setTitle(report.partnership() + ": performance report");
			doc.getProperties().getCoreProperties().setCreator("Assure");
			heading(doc, 1, report.partnership() + ": performance report");
			text(doc, report.periodLabel() + ". Themes: " + String.join(", ", report.themes()) + ".");
			text(doc, "Made by " + report.generatedBy() + " on " + MADE_AT.format(report.generatedAt())
					+ " from the figures Assure held then.");
			heading(doc, 2, "Summary");
			text(doc,
					report.indicatorCount() + " indicators: " + report.red() + " red against their target, "
							+ report.concerning() + " showing special cause variation that concerns, " + report.noData()
							+ " with no value yet.");
			heading(doc, 2, "Report cards from the sub-groups");
			if (report.cards().isEmpty()) {
				text(doc, "No sub-group has written a report card for this quarter.");
			}
			for (ReportCards.Card card : report.cards()) {
				heading(doc, 3, card.group());
				heading(doc, 4, "Critical messages");
				text(doc, card.criticalMessages());
				heading(doc, 4, "Progress");
				text(doc, card.progress());
				heading(doc, 4, "Risks");
				text(doc, card.risks());
				text(doc, "Written by " + card.writtenBy() + ".");
			}
			heading(doc, 2, "Exceptions");
			if (report.exceptions().isEmpty()) {
				text(doc, "No indicator in these themes is red, concerning, failing assurance, stale or missing a "
						+ "return.");
			}
			else {
				table(doc, List.of("Indicator", "Latest value", "Why it is here", "Commentary"),
						report.exceptions()
							.stream()
							.map((flag) -> List.of(flag.name(), flag.value(), String.join("; ", flag.reasons()),
									flag.commentaryWritten() ? "Written" : "Not written"))
							.toList());
			}
			for (QuarterlyReportContent.Section section : report.sections()) {
				heading(doc, 2, section.theme());
				if (section.items().isEmpty()) {
					text(doc, "No indicator in the catalogue belongs to this theme.");
				}
				for (QuarterlyReportContent.Item item : section.items()) {
					indicator(doc, item);
				}
				if (!section.evidence().isEmpty()) {
					heading(doc, 3, "Evidence on " + section.theme());
					for (org.assure.indicators.Evidence.Item evidence : section.evidence()) {
						labelled(doc, evidence.kind().label() + ": " + evidence.title() + ", "
								+ EVIDENCE_DATE.format(evidence.date()) + ". ", evidence.summary());
					}
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The Word document could not be written", ex);
		}
	}

	private static void indicator(XWPFDocument doc, QuarterlyReportContent.Item item) throws IOException {
		DashboardRow row = item.row();
		heading(doc, 3, row.name());
		table(doc, List.of("Latest", "Target", "Rating", "Variation", "Assurance", "Change", "Comparator"),
				List.of(List.of(row.period().isEmpty() ? row.value() : row.value() + " (" + row.period() + ")",
						row.target().isEmpty() ? "None" : row.target(), row.rating(), row.variationAndLimits(),
						row.assurance().isEmpty() ? "No target to assure" : row.assurance(),
						row.change().isEmpty() ? "None" : row.change(),
						row.comparator().isEmpty() ? "None loaded" : row.comparator())));
		XWPFRun picture = doc.createParagraph().createRun();
		try {
			picture.addPicture(new ByteArrayInputStream(png(item.chartSvg())), Document.PICTURE_TYPE_PNG,
					row.code() + ".png", Units.toEMU(450), Units.toEMU(187.5));
			picture.getCTR()
				.getDrawingArray(0)
				.getInlineArray(0)
				.getDocPr()
				.setDescr("Statistical process control chart: " + row.name() + ". " + item.chartDescription());
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
		heading(doc, 4, "What the analysis finds");
		item.findings().forEach((finding) -> text(doc, finding));
		heading(doc, 4, "Commentary on " + item.commentaryPeriod());
		QuarterlyReportContent.Commentary commentary = item.commentary();
		if (commentary == null) {
			text(doc, "The owner has not written a commentary on " + item.commentaryPeriod() + ".");
		}
		else {
			labelled(doc, "What the figures show: ", commentary.what());
			labelled(doc, "So what: ", commentary.soWhat());
			labelled(doc, "What next: ", commentary.whatNext());
			text(doc, "Written by " + commentary.writtenBy() + ".");
		}
		if (!item.values().isEmpty()) {
			table(doc, List.of("Period", "Value", "Rating"),
					item.values()
						.stream()
						.map((value) -> List.of(value.period(), value.value(), value.rag()))
						.toList());
		}
	}

	/**
	 * A chart as a PNG picture.
	 * @param svg the chart
	 * @return the picture
	 */
	static byte[] png(String svg) throws IOException {
		PNGTranscoder transcoder = new PNGTranscoder();
		transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, CHART_PIXELS);
		transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, CHART_PIXELS * 300 / 720);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
		}
		catch (TranscoderException ex) {
			throw new IOException("The chart could not be drawn", ex);
		}
		return out.toByteArray();
	}

	private static void heading(XWPFStyles styles, int level, int halfPoints) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId("Heading" + level);
		style.addNewName().setVal("heading " + level);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewUiPriority().setVal(BigInteger.valueOf(9));
		style.addNewQFormat();
		style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
		style.addNewRPr().addNewB();
		style.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
		styles.addStyle(new XWPFStyle(style, styles));
	}

	private static void heading(XWPFDocument doc, int level, String text) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setStyle("Heading" + level);
		paragraph.createRun().setText(text);
	}

	private static void text(XWPFDocument doc, String text) {
		doc.createParagraph().createRun().setText(text);
	}

	private static void labelled(XWPFDocument doc, String label, String text) {
		XWPFParagraph paragraph = doc.createParagraph();
		XWPFRun bold = paragraph.createRun();
		bold.setBold(true);
		bold.setText(label);
		paragraph.createRun().setText(text);
	}

	private static void table(XWPFDocument doc, List<String> headings, List<List<String>> rows) {
		XWPFTable table = doc.createTable(rows.size() + 1, headings.size());
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		for (int i = 0; i < headings.size(); i++) {
			XWPFRun run = head.getCell(i).getParagraphs().get(0).createRun();
			run.setBold(true);
			run.setText(headings.get(i));
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < headings.size(); c++) {
				table.getRow(r + 1).getCell(c).getParagraphs().get(0).createRun().setText(rows.get(r).get(c));
			}
		}
		table.setWidth("100%");
	}

	static byte[] utf8(String html) {
		return html.getBytes(StandardCharsets.UTF_8);
	}

}
