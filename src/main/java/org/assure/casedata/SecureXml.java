package org.assure.casedata;

import javax.xml.stream.XMLInputFactory;

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

}
