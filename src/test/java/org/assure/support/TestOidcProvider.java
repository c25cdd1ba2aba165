package org.assure.support;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local OpenID Connect provider for the tests, on the JDK's own HTTP server: discovery,
 * its signing key (RS256) and a token endpoint that checks the client's secret and the
 * code, and answers with an ID token carrying the nonce and the claims the test chose.
 * The browser's part (the provider's sign-in page) is left out: the test takes the
 * authorisation request's state and nonce and asks for a code directly.
 */
public final class TestOidcProvider implements AutoCloseable {

	/** The client id Assure is registered with. */
	public static final String CLIENT_ID = "assure-test";

	/** Its secret. */
	public static final String CLIENT_SECRET = "assure-test-secret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final KeyPair key;

	private final KeyPair otherKey;

	private final Map<String, Map<String, Object>> codes = new ConcurrentHashMap<>();

	private final Map<String, PrivateKey> signers = new ConcurrentHashMap<>();

	private TestOidcProvider() throws IOException, GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		this.key = generator.generateKeyPair();
		this.otherKey = generator.generateKeyPair();
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/.well-known/openid-configuration", this::discovery);
		this.server.createContext("/jwks", this::keys);
		this.server.createContext("/token", this::token);
		this.server.start();
	}

	/**
	 * Starts a provider on a free port.
	 * @return the provider
	 */
	public static TestOidcProvider start() {
		try {
			return new TestOidcProvider();
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("The test provider could not start", ex);
		}
	}

	/**
	 * The provider's issuer.
	 * @return such as {@code http://127.0.0.1:40123}
	 */
	public String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * A code for the token endpoint, as the provider gives one when a user has signed in.
	 * @param nonce the authorisation request's nonce
	 * @param claims the ID token's claims besides the standard ones
	 * @return the code
	 */
	public String code(String nonce, Map<String, Object> claims) {
		return code(nonce, claims, false);
	}

	/**
	 * A code whose ID token is signed with a key the provider does not publish: a
	 * forgery.
	 * @param nonce the nonce
	 * @param claims the claims
	 * @return the code
	 */
	public String forgedCode(String nonce, Map<String, Object> claims) {
		return code(nonce, claims, true);
	}

	private String code(String nonce, Map<String, Object> claims, boolean forged) {
		String code = UUID.randomUUID().toString();
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("sub", "subject-" + UUID.randomUUID());
		all.putAll(claims);
		all.put("nonce", nonce);
		this.codes.put(code, all);
		this.signers.put(code, forged ? this.otherKey.getPrivate() : this.key.getPrivate());
		return code;
	}

	private void discovery(HttpExchange exchange) throws IOException {
		String issuer = issuer();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", issuer);
		document.put("authorization_endpoint", issuer + "/authorize");
		document.put("token_endpoint", issuer + "/token");
		document.put("jwks_uri", issuer + "/jwks");
		document.put("response_types_supported", new String[] { "code" });
		document.put("subject_types_supported", new String[] { "public" });
		document.put("id_token_signing_alg_values_supported", new String[] { "RS256" });
		document.put("scopes_supported", new String[] { "openid", "profile", "email" });
		document.put("token_endpoint_auth_methods_supported", new String[] { "client_secret_basic" });
		send(exchange, 200, document);
	}

	private void keys(HttpExchange exchange) throws IOException {
		RSAPublicKey publicKey = (RSAPublicKey) this.key.getPublic();
		Map<String, Object> jwk = new LinkedHashMap<>();
		jwk.put("kty", "RSA");
		jwk.put("kid", "test");
		jwk.put("use", "sig");
		jwk.put("alg", "RS256");
		jwk.put("n", base64(unsigned(publicKey.getModulus())));
		jwk.put("e", base64(unsigned(publicKey.getPublicExponent())));
		send(exchange, 200, Map.of("keys", new Object[] { jwk }));
	}

	private void token(HttpExchange exchange) throws IOException {
		String expected = "Basic " + Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		if (!"POST".equals(exchange.getRequestMethod())
				|| !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			send(exchange, 401, Map.of("error", "invalid_client"));
			return;
		}
		Map<String, String> form = new LinkedHashMap<>();
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		String code = form.getOrDefault("code", "");
		Map<String, Object> claims = this.codes.remove(code);
		PrivateKey signer = this.signers.remove(code);
		if (!"authorization_code".equals(form.get("grant_type")) || claims == null) {
			send(exchange, 400, Map.of("error", "invalid_grant"));
			return;
		}
		Instant now = Instant.now();
		Map<String, Object> payload = new LinkedHashMap<>(claims);
		payload.put("iss", issuer());
		payload.put("aud", CLIENT_ID);
		payload.put("iat", now.getEpochSecond());
		payload.put("exp", now.plusSeconds(300).getEpochSecond());
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("access_token", "access-" + UUID.randomUUID());
		response.put("token_type", "Bearer");
		response.put("expires_in", 300);
		response.put("scope", "openid profile email");
		response.put("id_token", jwt(payload, signer));
		send(exchange, 200, response);
	}

	private static String jwt(Map<String, Object> payload, PrivateKey signer) {
		try {
			String header = base64(JSON.writeValueAsBytes(Map.of("alg", "RS256", "kid", "test", "typ", "JWT")));
			String body = base64(JSON.writeValueAsBytes(payload));
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(signer);
			signature.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
			return header + "." + body + "." + base64(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] unsigned(BigInteger value) {
		byte[] bytes = value.toByteArray();
		return (bytes[0] == 0) ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void send(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
