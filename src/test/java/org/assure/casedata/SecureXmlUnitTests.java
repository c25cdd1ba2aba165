package org.assure.casedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The one walk every XML return reader shares: what it passes on and what it refuses.
 */
class SecureXmlUnitTests {

	private final List<String> events = new ArrayList<>();

	private void walk(String xml) {
		SecureXml.walk(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "census.xml", "Message",
				"a CIN census message", new SecureXml.Handler() {
					@Override
					public void start(String name, int line) {
						SecureXmlUnitTests.this.events.add("<" + name + "@" + line);
					}

					@Override
					public void text(char[] characters, int start, int length) {
						String text = new String(characters, start, length);
						if (!text.isBlank()) {
							SecureXmlUnitTests.this.events.add(text.trim());
						}
					}

					@Override
					public void end(String name) {
						SecureXmlUnitTests.this.events.add(name + ">");
					}
				});
	}

	@Test
	void passesOnElementsWithTheirLinesAndText() {
		walk("<Message>\n<Child><UPN>A1</UPN></Child>\n</Message>");
		assertThat(this.events).containsExactly("<Message@1", "<Child@2", "<UPN@2", "A1", "UPN>", "Child>", "Message>");
	}

	@Test
	void refusesADocumentTypeDeclaration() {
		assertThatThrownBy(() -> walk("<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY x \"y\">]><Message/>"))
			.isInstanceOf(ImportFailed.class)
			.hasMessageContaining("census.xml")
			.hasMessageContaining("document type declaration");
	}

	@Test
	void refusesAnotherRootElement() {
		assertThatThrownBy(() -> walk("<Return><Child/></Return>")).isInstanceOf(ImportFailed.class)
			.hasMessage("census.xml: is not a CIN census message (its root element is <Return>, not <Message>)");
	}

	@Test
	void refusesAnEmptyFileAndBrokenXmlNamingTheLine() {
		assertThatThrownBy(() -> walk("")).isInstanceOf(ImportFailed.class).hasMessageContaining("census.xml");
		assertThatThrownBy(() -> walk("<Message>\n<Child>\n</Message>")).isInstanceOf(ImportFailed.class)
			.hasMessageStartingWith("census.xml at line 3")
			.hasMessageContaining("not well-formed XML");
		assertThat(this.events).contains("<Child@2");
	}

}
