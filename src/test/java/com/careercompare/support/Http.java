package com.careercompare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Plain HTTP against the running site, as a browser would ask: redirects are not followed. */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	public Http(int port) {
		this.base = "http://localhost:" + port;
	}

	/** GET a path (already encoded), accepting HTML like a browser, plus any extra headers as name, value pairs. */
	public Response get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		for (int i = 0; i < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<byte[]> response = CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, HttpHeaders headers, byte[] bytes) {

		public String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		public Document html() {
			return Jsoup.parse(body());
		}

		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		/** Where a redirect points, as a path on this site. */
		public String location() {
			String location = header("Location");
			return (location != null) ? URI.create(location).getRawPath()
					+ (URI.create(location).getRawQuery() != null ? "?" + URI.create(location).getRawQuery() : "")
					: null;
		}

	}

}
