package com.careercompare.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, which never downloads a browser of its own.
 * Without Chromium the browser tests ({@link BrowserTest}) are skipped with the command
 * that installs it; under CI ({@code CI=true}) they fail instead.
 */
public final class Chromium implements AutoCloseable {

	public static final String INSTALL = "sudo apt-get install -y chromium";

	private static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	static boolean isInstalled() {
		return Files.isExecutable(EXECUTABLE);
	}

	static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	static String missingMessage() {
		return "Chromium not found at " + EXECUTABLE + ": install it with `" + INSTALL
				+ "` (or set CHROMIUM_PATH) to run the browser tests";
	}

	public static Chromium launch() {
		if (!isInstalled()) {
			if (isCi()) {
				Assertions.fail(missingMessage());
			}
			Assumptions.abort(missingMessage());
		}
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking")));
		return new Chromium(playwright, browser);
	}

	public Browser browser() {
		return this.browser;
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
