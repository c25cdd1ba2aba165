package org.assure.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.core.io.ClassPathResource;

/**
 * Lays out the reports' XHTML as PDF: tagged for screen readers (PDF/UA, with the
 * document's language and title, headings and tables as structure) and with its fonts
 * embedded, which PDF/UA requires. The font is DejaVu Sans, shipped with Assure under its
 * own licence ({@code fonts/LICENSE-DejaVu.txt}); the reports' style sheets name it.
 */
final class PdfLayout {

	/** The font family the reports' style sheets name. */
	static final String FONT = "DejaVu Sans";

	private PdfLayout() {
	}

	/**
	 * The PDF of a document.
	 * @param xhtml the document, as XHTML with its title and language
	 * @return the PDF
	 */
	static byte[] of(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (BatikSVGDrawer svg = new BatikSVGDrawer(); PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.usePdfUaAccessibility(true);
			builder.useFont(new PDFontSupplier(font(document, "DejaVuSans.ttf")), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(new PDFontSupplier(font(document, "DejaVuSans-Bold.ttf")), FONT, 700, FontStyle.NORMAL,
					true);
			builder.useSVGDrawer(svg);
			builder.withProducer("Assure");
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The PDF could not be laid out", ex);
		}
		return out.toByteArray();
	}

	/**
	 * The font, embedded in the document without glyph substitution: a ligature (ﬀ for
	 * ff) or an alternate glyph would reach the PDF's text as another character, which a
	 * screen reader, a search or pdftotext would then read wrong.
	 */
	private static PDType0Font font(PDDocument document, String name) throws IOException {
		try (InputStream in = font(name)) {
			TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
			ttf.setEnableGsub(false);
			return PDType0Font.load(document, ttf, true);
		}
	}

	private static InputStream font(String name) {
		try {
			return new ClassPathResource("fonts/" + name).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Assure's font " + name + " is missing from the application", ex);
		}
	}

}
