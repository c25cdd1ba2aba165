package org.assure.casedata;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Hostile changes to a file, for the fuzzing properties of every importer, the validator
 * and the linter.
 */
public final class HostileInputsMutations {

	private HostileInputsMutations() {
	}

	/**
	 * One hostile change to a file: cut short, overwritten with noise, a byte-order mark
	 * put first, re-encoded as UTF-16, a huge field, a formula, or a run of bytes
	 * repeated.
	 * @param original the file
	 * @param random the choice
	 * @return the changed file
	 */
	public static byte[] mutate(byte[] original, Random random) {
		int at = random.nextInt(Math.max(1, original.length));
		return switch (random.nextInt(7)) {
			case 0 -> java.util.Arrays.copyOf(original, at);
			case 1 -> {
				byte[] copy = original.clone();
				int length = 1 + random.nextInt(64);
				for (int i = at; i < Math.min(copy.length, at + length); i++) {
					copy[i] = (byte) random.nextInt(256);
				}
				yield copy;
			}
			case 2 -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, original);
			case 3 -> new String(original, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
			case 4 -> insert(original, at, "x".repeat(1 + random.nextInt(3_000_000)).getBytes(StandardCharsets.UTF_8));
			case 5 -> insert(original, at,
					"=HYPERLINK(\"http://example.invalid\",\"x\")\u0000\t\r".getBytes(StandardCharsets.UTF_8));
			default -> {
				int length = Math.min(original.length - at, 1 + random.nextInt(4096));
				yield insert(original, at, java.util.Arrays.copyOfRange(original, at, at + length));
			}
		};
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static byte[] insert(byte[] original, int at, byte[] inserted) {
		byte[] result = new byte[original.length + inserted.length];
		System.arraycopy(original, 0, result, 0, at);
		System.arraycopy(inserted, 0, result, at, inserted.length);
		System.arraycopy(original, at, result, at + inserted.length, original.length - at);
		return result;
	}

	/**
	 * An Office Open XML package that unpacks to far more than it weighs: a content-types
	 * part and one entry of 300 MB of spaces.
	 * @param entry the swollen entry's name, such as word/document.xml
	 * @return the package, under 2 MB
	 */
	public static byte[] zipBomb(String entry) {
		java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
					+ "content-types\"/>")
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new java.util.zip.ZipEntry(entry));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 300; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return bomb.toByteArray();
	}

}
