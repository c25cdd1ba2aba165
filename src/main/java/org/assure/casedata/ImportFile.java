package org.assure.casedata;

import java.nio.file.Path;

/**
 * A file to import.
 *
 * @param name the name to report it by (the uploaded file's name)
 * @param path where its bytes are
 */
public record ImportFile(String name, Path path) {
}
