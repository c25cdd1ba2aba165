package org.assure.casedata;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * StAX for files from outside: no DTDs, no external entities, no entity expansion, so
 * that XXE and "billion laughs" files are refused rather than followed.
 */
public final class SecureXml {

	private SecureXml() {
	}

	/**
	 * A StAX factory that refuses DTDs and external entities.
	 * @return the factory
	 */
	public static XMLInputFactory inputFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	/**
	 * What a reader does with each element of a walked document.
	 */
	public interface Handler {

		/**
		 * An element begins.
		 * @param name its local name
		 * @param line the line it begins on
		 */
		void start(String name, int line);

		/**
		 * Text inside the current element (may come in pieces), as the parser's own
		 * characters, valid only during the call: a reader copies what it keeps, and the
		 * blanks between elements make no string.
		 * @param characters the parser's buffer
		 * @param start where the text begins in it
		 * @param length how long it is
		 */
		void text(char[] characters, int start, int length);

		/**
		 * An element ends.
		 * @param name its local name
		 */
		void end(String name);

	}

	/**
	 * Walks a document from outside, element by element, refusing what a return never
	 * holds: a DTD, an entity reference, another root element, an empty file. Each
	 * refusal is an {@link ImportFailed} naming the file (and the line where there is
	 * one).
	 * @param in the document's bytes (closed by its owner)
	 * @param fileName its name, for messages
	 * @param root the root element a document of this kind has
	 * @param kind what such a document is called, as in "a CIN census message"
	 * @param handler told of each element
	 * @throws ImportFailed when the document is refused or not well-formed
	 */
	public static void walk(InputStream in, String fileName, String root, String kind, Handler handler) {
		XMLStreamReader xml = null;
		try {
			xml = inputFactory().createXMLStreamReader(in);
			boolean first = true;
			while (xml.hasNext()) {
				switch (xml.next()) {
					case XMLStreamConstants.DTD -> throw new ImportFailed(fileName
							+ ": has a document type declaration " + "(DTD); " + kind
							+ " has none, and Assure refuses them so that no entity can be expanded " + "or fetched");
					case XMLStreamConstants.ENTITY_REFERENCE -> throw new ImportFailed(
							fileName + " at line " + xml.getLocation().getLineNumber() + ": refers to an entity '"
									+ xml.getLocalName() + "'; Assure does not expand entities");
					case XMLStreamConstants.START_ELEMENT -> {
						String name = xml.getLocalName();
						if (first && !root.equals(name)) {
							throw new ImportFailed(fileName + ": is not " + kind + " (its root element is <" + name
									+ ">, not <" + root + ">)");
						}
						first = false;
						handler.start(name, xml.getLocation().getLineNumber());
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
						handler.text(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
					case XMLStreamConstants.END_ELEMENT -> handler.end(xml.getLocalName());
					default -> {
					}
				}
			}
			if (first) {
				throw new ImportFailed(fileName + ": is empty");
			}
		}
		catch (XMLStreamException ex) {
			String where = (ex.getLocation() != null)
					? " at line " + ex.getLocation().getLineNumber() + ", column " + ex.getLocation().getColumnNumber()
					: "";
			throw new ImportFailed(fileName + where + ": not well-formed XML (" + detail(ex.getMessage()) + ")", ex);
		}
		finally {
			if (xml != null) {
				try {
					xml.close();
				}
				catch (XMLStreamException ignored) {
					// The stream is closed by its owner.
				}
			}
		}
	}

	/** The parser's message without its "ParseError at [row,col]" first line. */
	private static String detail(@Nullable String message) {
		if (message == null) {
			return "unreadable";
		}
		int newline = message.indexOf('\n');
		return ((newline >= 0) ? message.substring(newline + 1) : message).trim();
	}

}
