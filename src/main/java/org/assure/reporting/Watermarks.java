package org.assure.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * The watermark an exported report carries: who downloaded it and when (SECURITY.md). A
 * report is made once and kept; each download is stamped as it is sent. In a PDF the
 * words run along the foot of every page, marked as an artifact so that the tagged PDF
 * stays tagged; in a Word document they are its header; in a web page, a line at its top.
 */
public final class Watermarks {

	private Watermarks() {
	}

	/**
	 * A report's file with the watermark its format takes.
	 * @param format the file's format
	 * @param file the file
	 * @param stamp the words
	 * @return the stamped file
	 */
	public static byte[] stamp(QuarterlyReports.Format format, byte[] file, String stamp) {
		return switch (format) {
			case PDF -> pdf(file, stamp);
			case DOCX -> docx(file, stamp);
			case HTML ->
				QuarterlyReportRenderer.utf8(html(new String(file, java.nio.charset.StandardCharsets.UTF_8), stamp));
		};
	}

	/**
	 * A PDF with the watermark at the foot of every page.
	 * @param pdf the PDF
	 * @param stamp the words
	 * @return the stamped PDF
	 */
	public static byte[] pdf(byte[] pdf, String stamp) {
		try (PDDocument document = Loader.loadPDF(pdf);
				InputStream font = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream()) {
			PDType0Font face = PDType0Font.load(document, font, true);
			for (PDPage page : document.getPages()) {
				try (PDPageContentStream out = new PDPageContentStream(document, page,
						PDPageContentStream.AppendMode.APPEND, true, true)) {
					out.beginMarkedContent(COSName.ARTIFACT);
					out.beginText();
					out.setFont(face, 7);
					out.setNonStrokingColor(0.31f, 0.35f, 0.37f);
					out.newLineAtOffset(36, 14);
					out.showText(stamp);
					out.endText();
					out.endMarkedContent();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The PDF could not be stamped", ex);
		}
	}

	/**
	 * A Word document with the watermark as its header.
	 * @param docx the document
	 * @param stamp the words
	 * @return the stamped document
	 */
	public static byte[] docx(byte[] docx, String stamp) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + 4096)) {
			XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
			XWPFRun run = header.createParagraph().createRun();
			run.setText(stamp);
			run.setFontSize(7);
			run.setColor("505A5F");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The Word document could not be stamped", ex);
		}
	}

	/**
	 * A web page with the watermark as its first line.
	 * @param html the page
	 * @param stamp the words
	 * @return the stamped page
	 */
	public static String html(String html, String stamp) {
		String line = "<p class=\"watermark\" role=\"note\">" + HtmlUtils.htmlEscapeDecimal(stamp) + "</p>";
		int body = html.indexOf("<body");
		int open = (body >= 0) ? html.indexOf('>', body) : -1;
		return (open >= 0) ? html.substring(0, open + 1) + "\n" + line + html.substring(open + 1) : line + html;
	}

}
