package com.careercompare.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One visitor of the running site over plain HTTP, with cookies kept like a browser's and
 * forms filled in from the page as a browser would send them (hidden fields such as the
 * CSRF token included). Redirects are not followed, so tests see them.
 */
public final class Browserless {

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	private final Map<String, String> headers = new LinkedHashMap<>();

	public Browserless(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(this.cookies).build();
	}

	public Http.Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	/** POSTs the fields as a form, exactly as given (no CSRF token unless among them). */
	public Http.Response post(String path, List<String[]> fields) {
		String body = fields.stream()
			.map((field) -> encode(field[0]) + "=" + encode(field[1]))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Opens the page and sends its form (the first matching the selector) with these fields changed. */
	public Http.Response submit(String pagePath, String formSelector, Map<String, String> changes) {
		Http.Response page = get(pagePath);
		if (page.status() != 200) {
			throw new IllegalStateException(pagePath + " answered " + page.status());
		}
		return submit(page, formSelector, changes);
	}

	/**
	 * Sends a form of a page already fetched, with these fields changed ({@code null} leaves
	 * one out). A field is named as its input is, or by the input's id, as a person finds it
	 * by its label ({@code yearlySalary} for the input named {@code values[yearlySalary]}).
	 */
	public Http.Response submit(Http.Response page, String formSelector, Map<String, String> changes) {
		Document document = Jsoup.parse(page.body(), this.base);
		Element form = document.selectFirst(formSelector);
		if (!(form instanceof FormElement formElement)) {
			throw new IllegalStateException("No form " + formSelector + " on the page");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		formElement.formData().forEach((field) -> fields.put(field.key(), field.value()));
		changes.forEach((field, value) -> {
			Element input = fields.containsKey(field) ? null : formElement.getElementById(field);
			fields.put((input != null && input.hasAttr("name")) ? input.attr("name") : field, value);
		});
		List<String[]> sent = new ArrayList<>();
		fields.forEach((name, value) -> {
			if (value != null) {
				sent.add(new String[] { name, value });
			}
		});
		return post(URI.create(formElement.absUrl("action")).getRawPath(), sent);
	}

	/**
	 * Sends a page's multipart form (the first matching the selector) as a browser would,
	 * its fields as they are and this file in its file input.
	 */
	public Http.Response upload(Http.Response page, String formSelector, String fileInput, String fileName,
			byte[] file) {
		Document document = Jsoup.parse(page.body(), this.base);
		Element form = document.selectFirst(formSelector);
		if (!(form instanceof FormElement formElement)) {
			throw new IllegalStateException("No form " + formSelector + " on the page");
		}
		String boundary = "----CareerCompareTest" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		formElement.formData()
			.stream()
			.filter((field) -> !field.key().equals(fileInput))
			.forEach((field) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
					+ field.key() + "\"\r\n\r\n" + field.value() + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileInput
				+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/zip\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(formElement.absUrl("action")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Signs in through the sign-in form; the response is its redirect. */
	public Http.Response signIn(String username, String password) {
		return submit("/login", "form", Map.of("username", username, "password", password));
	}

	/** GETs where a redirect points. */
	public Http.Response follow(Http.Response redirect) {
		if (redirect.status() / 100 != 3) {
			throw new IllegalStateException("Not a redirect: " + redirect.status());
		}
		return get(redirect.location());
	}

	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/** Sends this header with every request from now on (as a proxy in front of the site would add it). */
	public Browserless sending(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public void forgetCookies() {
		this.cookies.getCookieStore().removeAll();
	}

	private Http.Response send(HttpRequest.Builder request) {
		this.headers.forEach(request::header);
		try {
			HttpResponse<byte[]> response = this.client.send(request.header("Accept", "text/html,*/*;q=0.8").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new Http.Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
