package org.assure.casedata.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns an authority's child id into a pseudonymous key: HMAC-SHA256 with a secret key
 * that lives outside the database (ARCHITECTURE.md data rules). The same child id in the
 * same partnership always gives the same key, so journeys from different files join up;
 * without the secret, the key cannot be turned back into the id.
 *
 * <p>
 * The secret comes from {@code ASSURE_PSEUDONYMISATION_KEY} (base64 or hex, at least 32
 * bytes), or from a key file ({@code ./data/pseudonymisation.key} by default) that is
 * created on first use when neither exists. Lose it and new imports no longer join with
 * old ones: back it up.
 */
@Component
public class Pseudonymiser {

	private static final Logger logger = LoggerFactory.getLogger(Pseudonymiser.class);

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	Pseudonymiser(@Value("${assure.pseudonymisation.key:}") String configuredKey,
			@Value("${assure.pseudonymisation.key-file:./data/pseudonymisation.key}") String keyFile) {
		this.key = new SecretKeySpec(secret(configuredKey, Path.of(keyFile)), ALGORITHM);
	}

	/**
	 * The pseudonymous key of a child.
	 * @param partnershipId the partnership whose id it is
	 * @param localId the authority's child id
	 * @return 64 hexadecimal characters
	 */
	public String key(long partnershipId, String localId) {
		Mac mac = this.macs.get();
		mac.update((partnershipId + ":" + localId.trim()).getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(mac.doFinal());
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static byte[] secret(String configured, Path keyFile) {
		if (!configured.isBlank()) {
			return decode(configured.trim(), "ASSURE_PSEUDONYMISATION_KEY");
		}
		try {
			if (Files.exists(keyFile)) {
				return decode(Files.readString(keyFile).trim(), keyFile.toString());
			}
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			if (keyFile.getParent() != null) {
				Files.createDirectories(keyFile.getParent());
			}
			Files.writeString(keyFile, HexFormat.of().formatHex(secret));
			try {
				Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// The file system has no POSIX permissions; the folder's own protection
				// applies.
			}
			logger.warn("Created the pseudonymisation key {}. Back it up and keep it out of the database: "
					+ "without it, new imports cannot be joined to earlier ones.", keyFile.toAbsolutePath());
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the pseudonymisation key " + keyFile, ex);
		}
	}

	private static byte[] decode(String text, String where) {
		byte[] secret;
		try {
			secret = text.matches("[0-9a-fA-F]+") ? HexFormat.of().parseHex(text)
					: java.util.Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The pseudonymisation key in " + where + " is neither hex nor base64", ex);
		}
		if (secret.length < 32) {
			throw new IllegalStateException(
					"The pseudonymisation key in " + where + " is " + secret.length + " bytes; it needs at least 32");
		}
		return secret;
	}

}
