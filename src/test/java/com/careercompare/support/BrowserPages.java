package com.careercompare.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Pages in {@link Chromium} for a {@link BrowserTest} class: register it as a static
 * {@code @RegisterExtension} field. Chromium starts once for the class; each test's
 * browser contexts (cookies, viewport) are closed after it. Screenshots go to
 * {@code target/screenshots}.
 */
public final class BrowserPages implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Chromium chromium;

	private final List<BrowserContext> contexts = new ArrayList<>();

	/** Visitors kept for the whole class, by name: an admin signed in once, say. */
	private final Map<String, BrowserContext> kept = new HashMap<>();

	@Override
	public void beforeAll(ExtensionContext context) {
		this.chromium = Chromium.launch();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.contexts.forEach(BrowserContext::close);
		this.contexts.clear();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.kept.values().forEach(BrowserContext::close);
		this.kept.clear();
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	/** A new visitor (own cookies) with a window of this size, scripts on or off, at this address. */
	public Page open(String url, int width, int height, boolean javaScript) {
		BrowserContext context = this.chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setJavaScriptEnabled(javaScript));
		this.contexts.add(context);
		Page page = context.newPage();
		page.navigate(url);
		return page;
	}

	/**
	 * A visitor kept for all the tests of the class under this name, with a window of this
	 * size and scripts on; {@code prepare} runs once, on the visitor's first page (to sign in).
	 */
	public BrowserContext kept(String name, int width, int height, Consumer<Page> prepare) {
		return this.kept.computeIfAbsent(name, (key) -> {
			BrowserContext context = this.chromium.browser()
				.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
			Page first = context.newPage();
			prepare.accept(first);
			first.close();
			return context;
		});
	}

	/**
	 * A page at {@code url} for an admin kept signed in for the class, one per width (signed
	 * in once, at {@code loginUrl}); each page is a tab of its own.
	 */
	public Page openSignedIn(String loginUrl, String url, int width) {
		Page page = kept("admin at " + width, width, 900, (first) -> {
			first.navigate(loginUrl);
			signIn(first);
		}).newPage();
		page.navigate(url);
		return page;
	}

	public Page open(String url, int width) {
		return open(url, width, 900, true);
	}

	/** Signs in on the sign-in page open in this page, as the first admin of {@link AdminTest}. */
	public static void signIn(Page page) {
		page.fill("#username", AdminTest.USERNAME);
		page.fill("#password", AdminTest.PASSWORD);
		page.click("main button[type=submit]");
		page.waitForURL("**/admin**");
	}

	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	/** The visible part of the page only. */
	public static void screenshotOfWindow(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}

}
