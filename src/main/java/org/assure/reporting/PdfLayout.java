package org.assure.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

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
		try (BatikSVGDrawer svg = new BatikSVGDrawer()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
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

	private static InputStream font(String name) {
		try {
			return new ClassPathResource("fonts/" + name).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Assure's font " + name + " is missing from the application", ex);
		}
	}

}
